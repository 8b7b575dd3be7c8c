#pragma once

// One machine's share of the catalog's job queue (database/jobqueue.h): takes a few jobs at a
// time, does them as an IngestJob does (isolated media workers, the one catalog writer), and
// reports each job as its file is done, so that a worker killed mid-batch loses only the files
// under way. While it holds jobs it renews their lease; when the catalog cannot be reached (a
// server restarting, the network gone) it waits and tries again, and its leases run out for
// others to take the work over.
//
// Threading: lives on one thread with an event loop (the CLI's main thread); cancel() from any
// thread.

#include "ingestjob.h"
#include "jobqueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class CatalogSession;
class ChangeFeed;

struct QueueWorkerOptions
{
    QString catalog;
    int jobs = 2; // files at once
    double leaseS = 60; // a job is taken over this long after the worker's last sign of life
    bool untilIdle = false; // return once nothing is waiting or running anywhere
    int timeoutMs = 120'000;
    QString workerProgram;
};

struct QueueWorkerSummary
{
    int done = 0;
    int failed = 0; // attempts that failed (the job may wait for another worker)
    double seconds = 0;
    bool cancelled = false;
    QString fatalError;
};

class QueueWorker final : public QObject
{
    Q_OBJECT

public:
    explicit QueueWorker(QueueWorkerOptions options, QObject *parent = nullptr);
    ~QueueWorker() override;

    void start();
    // Takes no more jobs; the files under way finish and are reported, the jobs not started are
    // given back. Any thread.
    void cancel();

    const QueueWorkerSummary &summary() const { return m_summary; }

    struct Queued
    {
        int found = 0; // files found, or assets that need the analysis
        int queued = 0;
        int unchanged = 0; // catalogued already, as they are: not queued
        int alreadyQueued = 0; // waiting or running already
        QList<FileNote> skips; // what the scan could not look at
    };
    // "ingest --queue": finds the media under `roots` (on this thread) and queues those not
    // catalogued as they are (all of them with `retryFailed`... failed ones included), for any
    // machine's worker. The folders are remembered for "rescan". Nullopt with the reason.
    static std::optional<Queued> queueFiles(const QString &catalog, const QList<QByteArray> &roots,
                                            bool retryFailed, QString &error);
    // "analyze --queue": the assets matching `query` (empty: all) that lack the current analysis.
    static std::optional<Queued> queueAnalysis(const QString &catalog, const QString &query, bool retryFailed,
                                               QString &error);
    // This worker in the queue: "HOST PID".
    const QString &name() const { return m_name; }

Q_SIGNALS:
    // A job ended here: `failure` empty when done.
    void jobFinished(const QString &path, const QString &failure);
    // The catalog could not be reached: waiting to try again (said once until it can).
    void waiting(const QString &reason);
    void finished();

private:
    struct Held
    {
        qint64 id = 0;
        QByteArray path;
    };

    bool connect();
    void takeMore();
    void feed(const QList<JobQueue::Job> &jobs);
    void analyse(const QList<JobQueue::Job> &jobs);
    void onFileFinished(const QByteArray &path, const QString &failure);
    // A job of ours ended (the feed, or an analysis batch): what it did not report is reported.
    void onEnded(std::unique_ptr<IngestJob> &job);
    void renewLease();
    void report(const Held &held, const QString &failure);
    void retryLater(const QString &reason);
    void wrapUp();
    void finish();

    QueueWorkerOptions m_options;
    QueueWorkerSummary m_summary;
    QString m_name;
    QString m_host;
    std::unique_ptr<CatalogSession> m_session;
    std::unique_ptr<IngestJob> m_feed; // catalogues the files of the jobs taken, as they come
    std::unique_ptr<IngestJob> m_analysis; // a batch of analysis jobs
    QList<Held> m_held; // taken, not reported yet
    QTimer m_renew;
    QTimer m_next; // the next visit to the queue
    // A catalog on a server announces new jobs (010_jobs_announced_when_waiting.sql): a worker waiting for
    // work takes them at once, and looks by itself only now and then (a lease that ran out).
    std::unique_ptr<ChangeFeed> m_announced;
    QElapsedTimer m_clock;
    QString m_unreachable; // the reason last said, while the catalog cannot be reached
    std::atomic<bool> m_cancelled { false };
    bool m_starving = false; // the feed's media workers have nothing to do
    bool m_ending = false; // nothing more is taken; finished once the jobs under way end
    bool m_finished = false;
};
