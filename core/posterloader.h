#pragma once

// The one loader of the catalog's pictures (posters, filmstrips, shots' frames) that every view
// shares: one thread, one connection, one cache bounded by bytes (as digiKam's views share one
// thumbnail thread). The newest request is served first (what the user is looking at now);
// a picture that is cached or already on its way is not read twice.
//
// Threading: forCatalog(), cached(), request() and forget() may be called from any thread;
// loaded() is emitted on the loader's thread, so connect to it with a queued connection (the
// default across threads). Every view that shares the loader hears every picture it loads:
// each keeps to the pictures it asked for.

#include "thumbnailstore.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

class PosterLoader final : public QObject
{
    Q_OBJECT

public:
    using Kind = ThumbnailStore::Kind;
    // The cache holds about 600 grid posters (ten screens of the grid at 1920 x 1200), or fewer
    // with large posters and filmstrips; a poster scrolled back to after that is read again in
    // about a millisecond. The largest part of the window's memory at any catalog size: 128 MB
    // took a window on a million assets past its 500 MB (issue 11).
    static constexpr qsizetype kDefaultCacheBytes = 96 * 1024 * 1024;

    // The loader of the catalog in `folder`, shared with every other user of that catalog in
    // this process while any holds it.
    static std::shared_ptr<PosterLoader> forCatalog(const QString &folder);

    explicit PosterLoader(QString catalogFolder, qsizetype cacheBytes = kDefaultCacheBytes,
                          QObject *parent = nullptr);
    ~PosterLoader() override;

    struct Picture
    {
        QImage image; // null: the catalog has no such picture
        int frames = 0; // how many pictures side by side it holds (a filmstrip, shots' frames)
    };
    // What the cache holds for it, without reading the catalog.
    std::optional<Picture> cached(const QString &contentHash, Kind kind) const;
    // Reads it in the background, unless it is cached or already asked for; loaded() follows.
    void request(const QString &contentHash, Kind kind);
    // What the cache holds, or nothing yet: then it is requested.
    std::optional<Picture> fetch(const QString &contentHash, Kind kind);
    // Its pictures changed (a poster chosen, a clip analysed): what the cache holds of them is
    // dropped, and a read under way is read again.
    void forget(const QString &contentHash, std::initializer_list<Kind> kinds);
    void forget(const QString &contentHash);

    qsizetype cachedBytes() const;
    const QString &folder() const { return m_folder; }

Q_SIGNALS:
    void loaded(const QString &contentHash, PosterLoader::Kind kind, const QImage &image, int frames);

private:
    struct Key
    {
        QString hash;
        Kind kind;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.hash, int(key.kind));
        }
    };
    void run();

    const QString m_folder;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Key> m_queue; // newest at the back
    std::optional<Key> m_reading;
    bool m_readingForgotten = false;
    QCache<Key, Picture> m_cache;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
