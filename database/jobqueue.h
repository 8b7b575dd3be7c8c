#pragma once

// Batch work kept in the catalog, so that any number of machines share it: "ingest --queue" and
// "analyze --queue" put jobs here (a file to catalogue, an asset to analyse), and each
// "reelatlas-cli worker" takes some, does them in its own media workers and says how each went.
//
// A job a worker takes is leased to it for a number of seconds, which it renews while it lives;
// when a lease runs out (the worker died, or lost the network) the job waits again for anyone.
// A job whose attempts failed, or whose workers stopped, three times is failed with the reason.
// Taking, renewing and finishing jobs are each one statement, whole by itself (no transaction,
// never the catalog's write lock): on a server, taking jobs skips rows another worker is taking
// (FOR UPDATE SKIP LOCKED), so handing out work waits for nobody; finishing a job names the
// worker, so a worker whose lease ran out cannot finish a job another took over. Queueing is
// one write transaction, so that a folder is queued whole or not at all.
//
// Works on the connection it is given, on that connection's thread.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class JobQueue final
{
    Q_DECLARE_TR_FUNCTIONS(JobQueue)

public:
    static constexpr int kMaxAttempts = 3;

    enum class Kind { Ingest, Analyze };

    struct Job
    {
        qint64 id = 0;
        Kind kind = Kind::Ingest;
        QByteArray pathRaw; // where this machine opens it (pathmap.h)
        qint64 assetId = 0; // Analyze
        int attempts = 0; // this one included
    };

    struct Counts
    {
        int waiting = 0;
        int running = 0;
        int done = 0;
        int failed = 0;
        int cancelled = 0;
    };

    // One job of the queue as people see it (the GUI's queue, "worker --list").
    struct Entry
    {
        qint64 id = 0;
        Kind kind = Kind::Ingest;
        QByteArray pathRaw; // as the catalog spells it, the same for every machine
        QString state; // waiting, running, done, failed, cancelled
        int attempts = 0;
        QString host; // running: where; else where it last ran
        QString error;
    };

    explicit JobQueue(QSqlDatabase db);

    // Queues files to catalogue (raw absolute paths), and assets to analyse (id and path). A file
    // or asset already waiting or running is not queued again. The number queued.
    std::optional<int> queueFiles(const QList<QByteArray> &paths, const QString &by, QString &error);
    std::optional<int> queueAnalysis(const QList<std::pair<qint64, QByteArray>> &assets, const QString &by,
                                     QString &error);

    // Takes up to `count` jobs (of `kind` only, when given), oldest first, for `worker` on
    // `host`, leased for `leaseS` seconds: waiting ones, and those whose lease ran out (which
    // count another attempt). Jobs whose workers stopped kMaxAttempts times are failed first.
    std::optional<QList<Job>> take(const QString &worker, const QString &host, int count, double leaseS,
                                   QString &error, std::optional<Kind> kind = std::nullopt);
    // The worker is alive: every job it holds is leased for `leaseS` seconds from now.
    bool renew(const QString &worker, double leaseS, QString &error);
    // A job the worker holds is done; false (and no error) when it no longer holds it.
    bool finish(qint64 id, const QString &worker, QString &error);
    // An attempt failed: the job waits again for another worker, or is failed with `reason` after
    // kMaxAttempts attempts.
    bool failAttempt(qint64 id, const QString &worker, const QString &reason, QString &error);
    // Jobs the worker holds and did not start (it is stopping): they wait again, the attempt not
    // counted.
    bool release(const QList<qint64> &ids, const QString &worker, QString &error);

    std::optional<Counts> counts(QString &error) const;
    // Whether nothing is waiting or running anywhere.
    std::optional<bool> idle(QString &error) const;
    // The jobs not done, oldest first (at most `limit`), then failed and cancelled ones.
    std::optional<QList<Entry>> unfinished(int limit, QString &error) const;
    // People's say: failed or cancelled jobs wait again with their attempts cleared; waiting or
    // running ones are cancelled (a running one's worker finds out when it reports). The number
    // of jobs changed.
    std::optional<int> retry(const QList<qint64> &ids, QString &error);
    std::optional<int> cancel(const QList<qint64> &ids, QString &error);

private:
    std::optional<int> queue(Kind kind, const QList<std::pair<qint64, QByteArray>> &items, const QString &by,
                             QString &error);

    QSqlDatabase m_db;
};
