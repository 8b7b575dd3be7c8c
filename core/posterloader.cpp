#include "posterloader.h"

#include "catalog.h"

#include <QDir>
#include <QHash>

#include <algorithm>

namespace {

// Requests for pictures scrolled past long ago are dropped beyond this.
constexpr std::size_t kMaxQueued = 512;
// What an entry costs besides its pixels (a missing picture is remembered too).
constexpr qsizetype kEntryBytes = 256;

qsizetype costOf(const PosterLoader::Picture &picture)
{
    return kEntryBytes + qsizetype(picture.image.sizeInBytes());
}

} // namespace

std::shared_ptr<PosterLoader> PosterLoader::forCatalog(const QString &folder)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<PosterLoader>> loaders;
    const QString key = QDir::cleanPath(QDir(folder).absolutePath());
    std::lock_guard lock(mutex);
    if (auto loader = loaders.value(key).lock())
        return loader;
    for (auto it = loaders.begin(); it != loaders.end();)
        it = it->expired() ? loaders.erase(it) : std::next(it);
    auto loader = std::make_shared<PosterLoader>(folder);
    loaders.insert(key, loader);
    return loader;
}

PosterLoader::PosterLoader(QString catalogFolder, qsizetype cacheBytes, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(catalogFolder))
    , m_cache(cacheBytes)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("PosterLoader"));
    m_thread->start(QThread::LowPriority);
}

PosterLoader::~PosterLoader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    m_thread->wait();
}

std::optional<PosterLoader::Picture> PosterLoader::cached(const QString &contentHash, Kind kind) const
{
    std::lock_guard lock(m_mutex);
    if (const Picture *picture = m_cache.object(Key { contentHash, kind }))
        return *picture;
    return std::nullopt;
}

void PosterLoader::request(const QString &contentHash, Kind kind)
{
    {
        std::lock_guard lock(m_mutex);
        const Key key { contentHash, kind };
        if (m_cache.contains(key) || (m_reading == key && !m_readingForgotten))
            return;
        // Asked again: it is wanted now, so it moves to the front of the line.
        if (const auto it = std::find(m_queue.begin(), m_queue.end(), key); it != m_queue.end())
            m_queue.erase(it);
        m_queue.push_back(key);
        while (m_queue.size() > kMaxQueued)
            m_queue.pop_front();
    }
    m_wake.notify_one();
}

std::optional<PosterLoader::Picture> PosterLoader::fetch(const QString &contentHash, Kind kind)
{
    auto picture = cached(contentHash, kind);
    if (!picture)
        request(contentHash, kind);
    return picture;
}

void PosterLoader::forget(const QString &contentHash, std::initializer_list<Kind> kinds)
{
    std::lock_guard lock(m_mutex);
    for (const Kind kind : kinds) {
        const Key key { contentHash, kind };
        m_cache.remove(key);
        if (m_reading == key)
            m_readingForgotten = true; // what it brings is the old picture
    }
}

void PosterLoader::forget(const QString &contentHash)
{
    forget(contentHash,
           { ThumbnailStore::Poster, ThumbnailStore::PosterLarge, ThumbnailStore::Filmstrip,
             ThumbnailStore::ShotFrames });
}

qsizetype PosterLoader::cachedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_cache.totalCost();
}

void PosterLoader::run()
{
    std::unique_ptr<CatalogSession> session;
    for (;;) {
        Key next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            next = m_queue.back(); // newest first
            m_queue.pop_back();
            m_reading = next;
            m_readingForgotten = false;
        }
        if (!session || !session->isConnected())
            session = std::make_unique<CatalogSession>(m_folder);
        Picture picture;
        if (session->isOpen()) {
            if (const auto stored = ThumbnailStore::get(session->thumbs(), next.hash, next.kind)) {
                picture.image = QImage::fromData(stored->jpeg, "JPG");
                picture.frames = picture.image.isNull() ? 0 : stored->frames;
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_reading.reset();
            if (m_readingForgotten) { // changed while it was read: read it again
                if (std::find(m_queue.begin(), m_queue.end(), next) == m_queue.end())
                    m_queue.push_back(next);
                continue;
            }
            if (session->isOpen()) // else nothing is known: ask again next time
                m_cache.insert(next, new Picture(picture), costOf(picture));
        }
        Q_EMIT loaded(next.hash, next.kind, picture.image, picture.frames);
    }
}
