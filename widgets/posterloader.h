#pragma once

// Loads posters from the catalog's thumbnail store and decodes them, on a thread of its own.
// The newest request is served first (the rows the user is looking at now), and requests that
// are no longer wanted can be dropped.
//
// Threading: request() and cancelAll() may be called from any thread; loaded() is emitted on
// the loader's thread, so connect to it with a queued connection (the default across threads).

#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class PosterLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PosterLoader(QString catalogFolder, QObject *parent = nullptr);
    ~PosterLoader() override;

    // kind: 1 grid poster, 2 inspector poster, 3 filmstrip (ThumbnailStore::Kind).
    void request(const QString &contentHash, int kind = 1);
    void cancelAll();

Q_SIGNALS:
    // A null image when there is no such picture; `frames`: how many pictures side by side it
    // holds (a filmstrip's, the shots' frames).
    void loaded(const QString &contentHash, int kind, const QImage &image, int frames);

private:
    void run();

    struct Request
    {
        QString hash;
        int kind;
    };
    const QString m_folder;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Request> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
