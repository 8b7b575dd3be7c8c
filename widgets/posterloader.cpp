#include "posterloader.h"

#include "catalog.h"
#include "thumbnailstore.h"

PosterLoader::PosterLoader(QString catalogFolder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(catalogFolder))
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

void PosterLoader::request(const QString &contentHash, int kind)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Request { contentHash, kind });
        // Old requests are for rows scrolled past long ago; keep the queue short.
        while (m_queue.size() > 512)
            m_queue.pop_front();
    }
    m_wake.notify_one();
}

void PosterLoader::cancelAll()
{
    std::lock_guard lock(m_mutex);
    m_queue.clear();
}

void PosterLoader::run()
{
    std::unique_ptr<CatalogSession> session;
    for (;;) {
        Request next;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            next = m_queue.back(); // newest first
            m_queue.pop_back();
        }
        if (!session)
            session = std::make_unique<CatalogSession>(m_folder);
        QImage image;
        int frames = 0;
        if (session->isOpen()) {
            if (const auto stored = ThumbnailStore::get(session->thumbs(), next.hash, next.kind)) {
                image = QImage::fromData(stored->jpeg, "JPG");
                frames = stored->frames;
            }
        }
        Q_EMIT loaded(next.hash, next.kind, image, image.isNull() ? 0 : frames);
    }
}
