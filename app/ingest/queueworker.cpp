#include "queueworker.h"

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"
#include "changefeed.h"
#include "pathmap.h"
#include "scanner.h"
#include "volumestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Jobs held at most per file worked on at once: those under way, those being saved, and one
// ready. More are taken when a media worker would wait, or at most one per slot is left; few
// enough that a worker that dies holds little, and that the last files of a batch are not held
// back from a worker with nothing to do.
constexpr int kJobsPerSlot = 3;
constexpr int kRetryMs = 2000; // after the catalog could not be reached
constexpr int kPollMs = 1000; // nothing to take: look again
constexpr int kAnnouncedPollMs = 10'000; // the same where new jobs are announced
constexpr int kIdlePollMs = 100; // --until-idle, others still at work: look again soon

} // namespace

QueueWorker::QueueWorker(QueueWorkerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_host(PathMap::thisMachine())
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
    // (A worker that stops once idle looks every 100 ms while others work: no news is sooner.)
    if (Catalog::isServerAddress(m_options.catalog) && !m_options.untilIdle) {
        m_announced = std::make_unique<ChangeFeed>(m_options.catalog);
        QObject::connect(m_announced.get(), &ChangeFeed::changed, this, [this](const QStringList &tables) {
            if (tables.contains(u"jobs"_s) && m_next.isActive())
                m_next.start(0); // waiting for work, and some came (or a job was given back)
        });
    }
    takeMore();
}

void QueueWorker::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &QueueWorker::wrapUp, Qt::QueuedConnection);
}

bool QueueWorker::connect()
{
    if (m_session && m_session->isConnected())
        return true;
    m_session = std::make_unique<CatalogSession>(m_options.catalog);
    if (!m_session->isOpen()) {
        retryLater(m_session->error());
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
    if (m_finished)
        return;
    m_next.stop();
    if (m_cancelled || m_ending) {
        wrapUp();
        return;
    }
    // While an analysis batch runs, or enough files are under way, nothing more is taken: each
    // file done, or a media worker with nothing to do, asks again.
    const bool starving = std::exchange(m_starving, false);
    const int room = std::max(1, m_options.jobs) * kJobsPerSlot - int(m_held.size());
    if (m_analysis || room <= 0 || (m_held.size() > m_options.jobs && !starving))
        return;
    if (!connect())
        return;
    QList<JobQueue::Job> taken;
    QString error;
    std::optional<bool> idle = false;
    // Where this machine finds the files, as mapped now (a mapping made while it works counts
    // from its next jobs on; its feed's sessions share what is read here).
    if (!m_session->reloadPathMap(error)) {
        retryLater(error);
        return;
    }
    {
        JobQueue queue(m_session->db()); // gone before the session may be closed
        // Files first; the analysis (of what is catalogued) once no file is under way here.
        auto jobs = queue.take(m_name, m_host, room, m_options.leaseS, error, JobQueue::Kind::Ingest);
        if (jobs && jobs->isEmpty() && m_held.isEmpty())
            jobs = queue.take(m_name, m_host, room, m_options.leaseS, error, JobQueue::Kind::Analyze);
        if (jobs)
            taken = *jobs;
        if (jobs && taken.isEmpty() && m_held.isEmpty() && m_options.untilIdle)
            idle = queue.idle(error);
        if (!jobs)
            idle.reset();
    }
    if (!idle) {
        // The catalog answers, but not this: a refusal that waiting will not mend (a viewer's
        // login, which may not take work), not a server gone for a moment.
        if (m_session->answers()) {
            m_summary.fatalError = tr("cannot take jobs from the queue: %1").arg(error);
            m_ending = true;
            wrapUp();
            return;
        }
        retryLater(error);
        return;
    }
    m_unreachable.clear();
    if (!taken.isEmpty()) {
        m_renew.start();
        if (taken.first().kind == JobQueue::Kind::Analyze)
            analyse(taken);
        else
            feed(taken);
        return;
    }
    if (!m_held.isEmpty())
        return;
    m_renew.stop();
    if (*idle) {
        m_ending = true;
        wrapUp();
        return;
    }
    // Others hold jobs (their leases may run out), or more may come.
    const bool announced = m_announced && m_announced->isListening();
    m_next.start(m_options.untilIdle ? kIdlePollMs : announced ? kAnnouncedPollMs : kPollMs);
}

void QueueWorker::feed(const QList<JobQueue::Job> &jobs)
{
    if (!m_feed) {
        IngestOptions options;
        options.catalogFolder = m_options.catalog;
        options.fed = true;
        options.jobs = m_options.jobs;
        options.timeoutMs = m_options.timeoutMs;
        options.workerProgram = m_options.workerProgram;
        // Each attempt tries the file afresh: one that failed here may not fail on another machine.
        options.retryFailed = true;
        m_feed = std::make_unique<IngestJob>(options);
        QObject::connect(m_feed.get(), &IngestJob::fileFinished, this, &QueueWorker::onFileFinished);
        QObject::connect(m_feed.get(), &IngestJob::starving, this, [this] {
            m_starving = true;
            m_next.start(0); // not from inside the job's own dispatch
        });
        QObject::connect(
            m_feed.get(), &IngestJob::finished, this, [this] { onEnded(m_feed); }, Qt::QueuedConnection);
        m_feed->start();
    }
    QList<QByteArray> paths;
    for (const JobQueue::Job &job : jobs) {
        m_held.append(Held { job.id, job.pathRaw });
        paths.append(job.pathRaw);
    }
    m_feed->addFiles(paths);
}

void QueueWorker::analyse(const QList<JobQueue::Job> &jobs)
{
    IngestOptions options;
    options.catalogFolder = m_options.catalog;
    options.jobs = m_options.jobs;
    options.timeoutMs = m_options.timeoutMs;
    options.workerProgram = m_options.workerProgram;
    options.retryFailed = true;
    options.analyze = true;
    options.analyzeOnly = true;
    for (const JobQueue::Job &job : jobs) {
        m_held.append(Held { job.id, job.pathRaw });
        options.analyzeIds.append(job.assetId);
    }
    m_analysis = std::make_unique<IngestJob>(options);
    QObject::connect(m_analysis.get(), &IngestJob::fileFinished, this, &QueueWorker::onFileFinished);
    QObject::connect(
        m_analysis.get(), &IngestJob::finished, this, [this] { onEnded(m_analysis); }, Qt::QueuedConnection);
    m_analysis->start();
}

void QueueWorker::onFileFinished(const QByteArray &path, const QString &failure)
{
    const auto held =
        std::find_if(m_held.begin(), m_held.end(), [&](const Held &h) { return h.path == path; });
    if (held == m_held.end())
        return;
    const Held job = *held;
    m_held.erase(held);
    report(job, failure);
    if (m_held.size() <= m_options.jobs)
        m_next.start(0); // more, before the media workers run dry (not from inside the job's signal)
}

void QueueWorker::report(const Held &held, const QString &failure)
{
    if (!connect())
        return; // the lease runs out; another worker does it again
    QString error;
    const bool ok = failure.isEmpty()
        ? JobQueue(m_session->db()).finish(held.id, m_name, error)
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

void QueueWorker::onEnded(std::unique_ptr<IngestJob> &job)
{
    if (!job)
        return;
    const IngestSummary summary = job->summary();
    const bool wasFeed = &job == &m_feed;
    job.release()->deleteLater();
    // What it did not report: given back (cancelled), failed with the reason (the catalog failed
    // under it), or done (nothing to do: already analysed). The feed's and the batch's jobs are
    // never under way at once.
    const QList<Held> unreported = m_held;
    m_held.clear();
    QList<qint64> giveBack;
    for (const Held &held : unreported) {
        if (!summary.fatalError.isEmpty())
            report(held, summary.fatalError);
        else if (summary.cancelled || (wasFeed && m_ending))
            giveBack.append(held.id);
        else
            report(held, {});
    }
    if (!giveBack.isEmpty() && connect()) {
        QString error;
        JobQueue(m_session->db()).release(giveBack, m_name, error);
    }
    if (m_cancelled || m_ending) {
        wrapUp();
        return;
    }
    if (!summary.fatalError.isEmpty()) {
        // The catalog failed under the job (a server restarting): wait for it, then go on.
        retryLater(summary.fatalError);
        return;
    }
    takeMore();
}

void QueueWorker::wrapUp()
{
    if (m_finished)
        return;
    m_ending = true;
    m_next.stop();
    // The jobs under way end first (files in the media workers finish and are saved).
    if (m_analysis) {
        if (m_cancelled)
            m_analysis->cancel();
        return; // back here when it ends
    }
    if (m_feed) {
        if (m_cancelled)
            m_feed->cancel();
        else
            m_feed->endOfInput();
        return;
    }
    finish();
}

void QueueWorker::renewLease()
{
    if (!m_session || !m_session->isConnected())
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
    m_next.stop();
    m_summary.cancelled = m_cancelled;
    m_summary.seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0;
    Q_EMIT finished();
}

std::optional<QueueWorker::Queued> QueueWorker::queueFiles(const QString &catalog,
                                                           const QList<QByteArray> &roots, bool retryFailed,
                                                           QString &error)
{
    if (!Catalog::prepare(catalog, Catalog::OpenMode::Create, error))
        return std::nullopt;
    CatalogSession session(catalog);
    if (!session.isOpen()) {
        error = session.error();
        return std::nullopt;
    }
    // The files found are looked up by their paths, a batch at a time (IngestJob::lookUpKnown):
    // nothing of the catalog is held for the whole scan.
    const AssetStore store(session.db());
    Queued queued;
    QList<QByteArray> paths;
    QList<ScanEntry> batch;
    bool readable = true;
    const auto flush = [&] {
        const auto known = readable ? IngestJob::knownAmong(store, batch, error) : std::nullopt;
        readable = known.has_value();
        for (const ScanEntry &entry : std::as_const(batch)) {
            ++queued.found;
            // As IngestJob::classify (an offline file is queued: its worker marks it present).
            const auto it =
                known ? known->constFind(entry.path) : QHash<QByteArray, KnownFile>::const_iterator {};
            if (known && it != known->cend() && it->status != "offline"_L1
                && IngestJob::isUnchanged(*it, entry, retryFailed)) {
                ++queued.unchanged;
                continue;
            }
            paths.append(entry.path);
        }
        batch.clear();
    };
    const std::atomic<bool> never { false };
    Scanner scanner(roots, { QFile::encodeName(catalog) });
    scanner.run(
        [&](const ScanEntry &entry) {
            // (A file is found once: the scanner knows each by its device and inode.)
            batch.append(entry);
            if (batch.size() >= 256)
                flush();
        },
        [&](const ScanNote &note) {
            queued.skips.append(FileNote { IngestJob::displayPath(note.path), note.reason });
        },
        never);
    flush();
    if (!readable)
        return std::nullopt;

    QList<std::pair<QByteArray, QString>> folders;
    for (const QByteArray &root : roots) {
        struct stat st = {};
        if (::stat(root.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            folders.append({ root, IngestJob::displayPath(root) });
    }
    if (!VolumeStore(session.db()).addScanRoots(folders, error))
        return std::nullopt;
    const auto added = JobQueue(session.db()).queueFiles(paths, PathMap::thisMachine(), error);
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
                                .analysisCandidates(MediaProcessor::kAnalysisVersion,
                                                    parsed ? &*parsed : nullptr, retryFailed, error);
    if (!candidates)
        return std::nullopt;
    QList<std::pair<qint64, QByteArray>> assets;
    for (const AnalysisCandidate &candidate : *candidates)
        assets.append({ candidate.id, candidate.pathRaw });
    const auto added = JobQueue(session.db()).queueAnalysis(assets, PathMap::thisMachine(), error);
    if (!added)
        return std::nullopt;
    Queued queued;
    queued.found = int(assets.size());
    queued.queued = *added;
    queued.alreadyQueued = queued.found - *added;
    return queued;
}
