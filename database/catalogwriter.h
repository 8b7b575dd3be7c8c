#pragma once

// The catalog's one writer: a thread of its own with its own connections, committing queued
// operations in batched transactions (one transaction per ~100 ms of work instead of one per file).
// Each operation runs in a savepoint, so one that fails is rolled back alone.
//
// Threading: submit() and flush() may be called from any thread. Callbacks run on the writer
// thread after their batch committed (or failed).

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class CatalogSession;

class CatalogWriter final
{
public:
    struct Operation
    {
        // Runs inside the batch transaction; returns false with a message to roll itself back.
        std::function<bool(CatalogSession &, QString &error)> apply;
        // After the batch: ok is false when apply failed or the batch could not be committed.
        std::function<void(bool ok, const QString &error)> done;
    };

    // With `create`, the writer makes or upgrades the catalog itself (on its own thread) before
    // its first write; otherwise the catalog must have been prepared.
    explicit CatalogWriter(const QString &catalogFolder, bool create = false);
    ~CatalogWriter(); // commits what is queued, then stops
    Q_DISABLE_COPY_MOVE(CatalogWriter)

    // Queues an operation; blocks while the queue is full (back-pressure on the producers).
    void submit(Operation operation);
    // Waits until everything submitted so far is committed. False after a fatal error.
    bool flush();
    // Commits what is queued without waiting for more to gather (does not block).
    void commitNow();
    // Why the writer stopped (cannot open the catalog, disk full, ...), or empty.
    QString fatalError() const;

private:
    void run();
    void commitBatch(CatalogSession &session, std::deque<Operation> &batch);

    static constexpr size_t kMaxQueued = 64;
    const QString m_folder;
    const bool m_create;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::deque<Operation> m_queue;
    quint64 m_submitted = 0;
    quint64 m_finished = 0;
    bool m_stopping = false;
    bool m_commitNow = false;
    QString m_fatalError;
    std::thread m_thread;
};
