#include "queueworker.h"

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"
#include "scanner.h"
#include "volumestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSysInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Jobs taken at once per file worked on at once: enough to keep the media workers busy between
// two visits to the queue, few enough that a worker that dies holds little.
constexpr int kJobsPerSlot = 4;
constexpr int kRetryMs = 2000; // after the catalog could not be reached
constexpr int kPollMs = 1000; // nothing to take: look again

} // namespace

QueueWorker::QueueWorker(QueueWorkerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_host(QSysInfo::machineHostName())
{
    m_name = u"%1 %2"_s.arg(m_host).arg(QCoreApplication::applicationPid());
    m_renew.setInterval(std::max(200, int(m_options.leaseS * 1000 / 3)));
    QObject::connect(&m_renew, &QTimer::timeout, this, &QueueWorker::renewLease);
    m_next.setSingleShot(true);
    QObject::connect(&m_next, &QTimer::timeout, this, &QueueWorker::takeMore);
}

QueueWorker::~QueueWorker() = default;

void QueueWorker::start()
{
    m_clock.start();
    QString error;
    if (!Catalog::prepare(m_options.catalog, Catalog::OpenMode::MustExist, error)) {
        m_summary.fatalError = error;
        finish();
        return;
    }
    takeMore();
}

void QueueWorker::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_batch)
                m_batch->cancel(); // the files under way finish; onBatchFinished gives the rest back
            else if (!m_finished)
                finish();
        },
        Qt::QueuedConnection);
}

bool QueueWorker::connect()
{
    if (m_session && m_session->isOpen())
        return true;
    m_session = std::make_unique<CatalogSession>(m_options.catalog);
    if (!m_session->isOpen()) {
        retryLater(m_session->error());
        m_session.reset();
        return false;
    }
    return true;
}

void QueueWorker::retryLater(const QString &reason)
{
    if (m_unreachable != reason) {
        m_unreachable = reason;
        Q_EMIT waiting(reason);
    }
    m_session.reset(); // opened afresh: a server that restarted ended the old connection
    m_next.start(kRetryMs);
}

void QueueWorker::takeMore()
{
    if (m_finished || m_batch)
        return;
    m_next.stop();
    if (m_cancelled) {
        finish();
        return;
    }
    if (m_taken.isEmpty()) {
        if (!connect())
            return;
        QString error;
        std::optional<bool> idle = false;
        {
            JobQueue queue(m_session->db()); // gone before the session may be closed
            auto taken = queue.take(m_name, m_host, std::max(1, m_options.jobs) * kJobsPerSlot,
                                    m_options.leaseS, error);
            if (taken)
                m_taken = *taken;
            if (taken && m_taken.isEmpty() && m_options.untilIdle)
                idle = queue.idle(error);
            if (!taken)
                idle.reset();
        }
        if (!idle) {
            retryLater(error);
            return;
        }
        m_unreachable.clear();
        if (m_taken.isEmpty()) {
            if (*idle)
                finish();
            else
                m_next.start(kPollMs); // others hold jobs (their leases may run out), or more may come
            return;
        }
        m_renew.start();
    }
    runBatch();
}

void QueueWorker::runBatch()
{
    // The jobs of one kind taken together: files to catalogue, or assets to analyse.
    const JobQueue::Kind kind = m_taken.first().kind;
    IngestOptions options;
    options.catalogFolder = m_options.catalog;
    options.jobs = m_options.jobs;
    options.timeoutMs = m_options.timeoutMs;
    options.workerProgram = m_options.workerProgram;
    // Each attempt tries the file afresh: one that failed here may not fail on another machine.
    options.retryFailed = true;
    if (kind == JobQueue::Kind::Analyze) {
        options.analyze = true;
        options.analyzeOnly = true;
    }
    m_held.clear();
    for (auto it = m_taken.begin(); it != m_taken.end();) {
        if (it->kind != kind) {
            ++it;
            continue;
        }
        m_held.append(Held { it->id, it->pathRaw, it->assetId });
        if (kind == JobQueue::Kind::Analyze)
            options.analyzeIds.append(it->assetId);
        else
            options.roots.append(it->pathRaw);
        it = m_taken.erase(it);
    }
    m_batch = std::make_unique<IngestJob>(options);
    QObject::connect(m_batch.get(), &IngestJob::fileFinished, this, &QueueWorker::onFileFinished);
    QObject::connect(m_batch.get(), &IngestJob::finished, this, &QueueWorker::onBatchFinished,
                     Qt::QueuedConnection);
    m_batch->start();
}

void QueueWorker::onFileFinished(const QByteArray &path, const QString &failure)
{
    for (Held &held : m_held) {
        if (!held.reported && held.path == path)
            report(held, failure);
    }
}

void QueueWorker::report(Held &held, const QString &failure)
{
    held.reported = true;
    if (!connect())
        return; // the lease runs out; another worker does it again
    QString error;
    const bool ok = failure.isEmpty() ? JobQueue(m_session->db()).finish(held.id, m_name, error)
                                      : JobQueue(m_session->db()).failAttempt(held.id, m_name, failure, error);
    if (!error.isEmpty()) {
        m_session.reset();
        return;
    }
    if (ok || !failure.isEmpty()) {
        ++(failure.isEmpty() ? m_summary.done : m_summary.failed);
        Q_EMIT jobFinished(IngestJob::displayPath(held.path), failure);
    }
}

void QueueWorker::onBatchFinished()
{
    const IngestSummary summary = m_batch->summary();
    m_batch.release()->deleteLater();
    QList<qint64> notStarted;
    for (Held &held : m_held) {
        if (held.reported)
            continue;
        if (!summary.fatalError.isEmpty())
            report(held, summary.fatalError);
        else if (summary.cancelled)
            notStarted.append(held.id);
        else
            report(held, {}); // nothing to do: not media, or already analysed
    }
    if (m_cancelled) {
        for (const JobQueue::Job &job : std::as_const(m_taken))
            notStarted.append(job.id);
        m_taken.clear();
    }
    if (!notStarted.isEmpty() && connect()) {
        QString error;
        JobQueue(m_session->db()).release(notStarted, m_name, error);
    }
    m_held.clear();
    if (m_taken.isEmpty())
        m_renew.stop();
    if (!summary.fatalError.isEmpty() && !m_cancelled) {
        // The catalog failed under the batch (a server restarting): wait for it, then go on.
        retryLater(summary.fatalError);
        return;
    }
    takeMore();
}

void QueueWorker::renewLease()
{
    if (!m_session || !m_session->isOpen())
        return;
    QString error;
    if (!JobQueue(m_session->db()).renew(m_name, m_options.leaseS, error))
        Q_EMIT waiting(error);
}

void QueueWorker::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_renew.stop();
    m_summary.cancelled = m_cancelled;
    m_summary.seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0;
    m_session.reset();
    Q_EMIT finished();
}

std::optional<QueueWorker::Queued> QueueWorker::queueFiles(const QString &catalog, const QList<QByteArray> &roots,
                                                           bool retryFailed, QString &error)
{
    if (!Catalog::prepare(catalog, Catalog::OpenMode::Create, error))
        return std::nullopt;
    CatalogSession session(catalog);
    if (!session.isOpen()) {
        error = session.error();
        return std::nullopt;
    }
    const auto files = AssetStore(session.db()).knownFiles(error);
    if (!files)
        return std::nullopt;
    QHash<QByteArray, KnownFile> known;
    for (const KnownFile &file : *files)
        known.insert(file.pathRaw, file);

    Queued queued;
    QList<QByteArray> paths;
    QSet<QByteArray> seen;
    const std::atomic<bool> never { false };
    Scanner scanner(roots, { QFile::encodeName(catalog) });
    scanner.run(
        [&](const ScanEntry &entry) {
            if (seen.contains(entry.path))
                return; // overlapping roots
            seen.insert(entry.path);
            ++queued.found;
            // As IngestJob::classify: the same file, catalogued without a failure to try again.
            const auto it = known.constFind(entry.path);
            if (it != known.cend() && it->status != "offline"_L1 && it->sizeBytes == entry.sizeBytes
                && it->mtimeNs == entry.mtimeNs
                && !(it->hasError && (retryFailed || it->processedVersion < kProcessorVersion))) {
                ++queued.unchanged;
                return;
            }
            paths.append(entry.path);
        },
        [&](const ScanNote &note) { queued.skips.append(FileNote { IngestJob::displayPath(note.path), note.reason }); },
        never);

    QList<std::pair<QByteArray, QString>> folders;
    for (const QByteArray &root : roots) {
        struct stat st = {};
        if (::stat(root.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            folders.append({ root, IngestJob::displayPath(root) });
    }
    if (!VolumeStore(session.db()).addScanRoots(folders, error))
        return std::nullopt;
    const auto added = JobQueue(session.db()).queueFiles(paths, QSysInfo::machineHostName(), error);
    if (!added)
        return std::nullopt;
    queued.queued = *added;
    queued.alreadyQueued = int(paths.size()) - *added;
    return queued;
}

std::optional<QueueWorker::Queued> QueueWorker::queueAnalysis(const QString &catalog, const QString &query,
                                                              bool retryFailed, QString &error)
{
    if (!Catalog::prepare(catalog, Catalog::OpenMode::MustExist, error))
        return std::nullopt;
    std::optional<AssetQuery> parsed;
    if (!query.trimmed().isEmpty()) {
        parsed = AssetQueryParser::parse(query);
        if (!parsed->errors.isEmpty()) {
            error = parsed->errors.join(u"; "_s);
            return std::nullopt;
        }
    }
    CatalogSession session(catalog);
    if (!session.isOpen()) {
        error = session.error();
        return std::nullopt;
    }
    const auto candidates = AssetStore(session.db())
                                .analysisCandidates(MediaProcessor::kAnalysisVersion, parsed ? &*parsed : nullptr,
                                                    retryFailed, error);
    if (!candidates)
        return std::nullopt;
    QList<std::pair<qint64, QByteArray>> assets;
    for (const AnalysisCandidate &candidate : *candidates)
        assets.append({ candidate.id, candidate.pathRaw });
    const auto added = JobQueue(session.db()).queueAnalysis(assets, QSysInfo::machineHostName(), error);
    if (!added)
        return std::nullopt;
    Queued queued;
    queued.found = int(assets.size());
    queued.queued = *added;
    queued.alreadyQueued = queued.found - *added;
    return queued;
}
