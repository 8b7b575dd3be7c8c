#pragma once

// Batch ingest: find media under folders, identify, probe and picture each file in isolated
// workers, and catalogue the results through the one catalog writer. Incremental (unchanged
// files are not opened), relinks moved files by content hash, marks missing files offline, and
// resumes after an interruption because every result is committed as it comes.
//
// Threading: an IngestJob lives on one thread with an event loop (the CLI's main thread, or a
// worker thread of the GUI). start() runs there; cancel() may be called from any thread.

#include "assetrecords.h"
#include "mediaprocessor.h"
#include "scanner.h"
#include "workerclient.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <atomic>
#include <memory>
#include <thread>

class AssetStore;
class CatalogSession;
class CatalogWriter;

// Bump when media processing improves, so that files which failed before are tried again.
inline constexpr int kProcessorVersion = 1;

struct IngestOptions
{
    QString catalogFolder;
    QList<QByteArray> roots; // absolute raw paths; with `rescan`, empty means the catalog's own roots
    bool rescan = false; // also re-check every catalogued file outside the roots
    int jobs = 2; // at most: fewer when that many workers do not fit in memory (WorkerClient::limitsFor)
    int timeoutMs = 120'000;
    bool retryFailed = false;
    QString workerProgram; // reelatlas-worker
    // The analysis pass (what is in the picture) over what this run found, after it is
    // catalogued; with `analyzeOnly`, over the catalogued assets matching `analyzeQuery` (the
    // search box's language; empty: all) instead of finding anything. Either way only assets
    // whose analysis is missing or older than the analysers are looked at.
    bool analyze = false;
    bool analyzeOnly = false;
    QString analyzeQuery;
    QList<qint64> analyzeIds; // with `analyzeOnly`: only these assets (a worker's analysis jobs)
    // Files come by addFiles() until endOfInput(), instead of from a scan of `roots`: a queue's
    // worker feeds one job the files of the jobs it takes, so that its media workers and what it
    // knows of the catalog last from one job to the next.
    bool fed = false;
    // Work in the background: the workers run at a low scheduling priority and give way to the
    // desktop and everything else on the machine.
    bool background = false;
};

struct FileNote
{
    QString path;
    QString reason;
};

struct IngestSummary
{
    int found = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int relinked = 0;
    int failed = 0;
    int offline = 0;
    bool analysis = false; // the analysis pass ran
    int analyzed = 0;
    int analysisFailed = 0; // also in failures, "analysis: …"
    QList<FileNote> failures;
    QList<FileNote> skips; // not catalogued: vanished files, links, loops, unreadable folders
    double seconds = 0;
    bool cancelled = false;
    QString fatalError;

    QJsonObject toJson() const;
};

struct IngestProgress
{
    int found = 0;
    int done = 0;
    int failed = 0;
    bool scanning = true;
    double filesPerSecond = 0;
    double etaSeconds = -1; // unknown while scanning
    QString currentPath;
};

class IngestJob final : public QObject
{
    Q_OBJECT

public:
    explicit IngestJob(IngestOptions options, QObject *parent = nullptr);
    ~IngestJob() override;

    void start();
    // With IngestOptions::fed: more files (raw absolute paths) to catalogue; a path given again
    // is looked at again. Each gets its fileFinished(), also one that is not a clip or photo, or
    // cannot be read. endOfInput(): no more come; the job finishes once they are done.
    void addFiles(const QList<QByteArray> &paths);
    void endOfInput();
    // Stops taking new work; files under way finish and are saved. May be called from any thread.
    void cancel();
    // Stops at once: workers are killed, what is already committed stays. Any thread.
    void abort();
    const IngestSummary &summary() const { return m_summary; }

    // A file name for people: UTF-8, else GB18030 (names from Chinese Windows), else UTF-8 with
    // replacement characters.
    static QString displayPath(const QByteArray &raw);
    // The catalogued files among `entries`, by raw path (the index of paths); nullopt with the
    // reason when the catalog cannot be read.
    static std::optional<QHash<QByteArray, KnownFile>>
    knownAmong(const AssetStore &store, const QList<ScanEntry> &entries, QString &error);
    // Whether `entry` is `known` as catalogued, with no failure to try again: nothing to do.
    static bool isUnchanged(const KnownFile &known, const ScanEntry &entry, bool retryFailed);

Q_SIGNALS:
    void progressed(const IngestProgress &progress);
    void fileFailed(const QString &path, const QString &reason);
    // A file is dealt with (catalogued, found unchanged, moved, failed, or gone), or an asset's
    // analysis: `failure` empty, or why not. For a queue's worker, which reports each job.
    void fileFinished(const QByteArray &pathRaw, const QString &failure);
    // With IngestOptions::fed: a media worker has nothing to do.
    void starving();
    void finished();

private:
    struct Task
    {
        ScanEntry entry;
        std::optional<qint64> knownId {}; // the path is catalogued (changed file)
        QString contentHash {};
        int attempts = 0;
        qint64 analyzeId = 0; // an analysis task: the asset
        std::optional<double> posterAtS {}; // the poster a person chose (a changed clip)
    };

    bool loadCatalog();
    // Whether `path` is at or below one of the folders scanned.
    bool isUnderRoots(const QByteArray &path) const;
    // The catalogued files among `entries`, by their paths, into m_known; false (and the job
    // failed) when the catalog cannot be read.
    bool lookUpKnown(const QList<ScanEntry> &entries);
    void startScanner();
    void onScanned(const QList<ScanEntry> &entries, const QList<ScanNote> &notes, bool last);
    void classify(const ScanEntry &entry);
    void dispatch();
    WorkerClient *idleWorker();
    void onReplied(WorkerClient *worker, const QCborMap &request, const QCborMap &reply);
    void onWorkerFailed(WorkerClient *worker, const QCborMap &request, const QString &reason,
                        WorkerClient::Failure failure);
    void onIdentified(Task task, const QCborMap &reply);
    void onProcessed(Task task, const QCborMap &reply);
    bool queueAnalysis();
    void onAnalyzed(const Task &task, const QCborMap &reply);
    void saveAnalysis(const Task &task, AnalysisRecord analysis, const QList<StoredThumbnail> &pictures = {});
    void skipVanished(const Task &task);
    void recordFailure(const Task &task, const QString &reason, const QCborMap &facts = {});
    void save(ProcessedFile file, bool isNew);
    std::optional<qint64> volumeFor(const QByteArray &path);
    // Whether a catalogued file's place is on this machine at all (so that its file, gone from
    // there, may have moved here).
    static bool placeIsHere(const QByteArray &path);
    // The catalogued paths of files with this content (a file moved here from anywhere), asked
    // of the catalog's index when such a file comes; kept in m_known.
    QList<QByteArray> pathsWithHash(const QString &contentHash);
    FileLocation locationOf(const ScanEntry &entry);
    void submitWrite(std::function<bool(CatalogSession &, QString &)> apply,
                     std::function<void(bool, QString)> done);
    void maybeFinish();
    void markMissingOffline();
    void finish();
    void reportProgress(bool force);
    void fail(const QString &fatalError);
    void noteWriteError(const QString &error);

    IngestOptions m_options;
    const WorkerClient::Limits m_limits; // how many workers, and what each may take
    IngestSummary m_summary;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastProgress;
    std::unique_ptr<CatalogWriter> m_writer;
    QList<WorkerClient *> m_workers;
    QHash<WorkerClient *, Task> m_inFlight;
    QQueue<Task> m_identifyQueue;
    QQueue<Task> m_processQueue;
    QQueue<Task> m_analyzeQueue;
    int m_pendingWrites = 0;
    int m_done = 0;

    // By raw path: the catalogued files of the batch being classified (lookUpKnown()), or those
    // with the content hash being looked at (pathsWithHash()).
    QHash<QByteArray, KnownFile> m_known;
    // On the job's thread: loadCatalog(), lookUpKnown(), pathsWithHash(), markMissingOffline().
    std::unique_ptr<CatalogSession> m_lookup;
    QSet<qint64> m_found; // assets found this run: at their path, moved, or catalogued by it
    qint64 m_lastIdBefore = 0; // the largest asset id when the run began
    QSet<qint64> m_relinked; // assets moved to a path found this run
    QList<KnownFile> m_looseFiles; // rescan: catalogued files outside every root
    QList<QByteArray> m_unreadable;
    QHash<quint64, std::optional<qint64>> m_volumeByDevice;
    QString m_currentPath;

    std::thread m_scanThread;
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_aborted { false };
    bool m_scanDone = false;
    bool m_offlinePassDone = false;
    bool m_analysisQueued = false;
    int m_analysisTotal = 0; // analysis tasks queued
    bool m_finished = false;
};
