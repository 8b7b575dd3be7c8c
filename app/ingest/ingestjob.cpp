#include "ingestjob.h"

#include "assetstore.h"
#include "catalog.h"
#include "catalogwriter.h"
#include "pathmap.h"
#include "thumbnailstore.h"
#include "volumestore.h"
#include "workerclient.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStorageInfo>
#include <QStringDecoder>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kScanBatch = 256;
constexpr int kMaxCrashAttempts = 2; // a crash may be bad luck once; twice is the file

QJsonArray notesToJson(const QList<FileNote> &notes)
{
    QJsonArray array;
    for (const FileNote &note : notes)
        array.append(QJsonObject { { u"path"_s, note.path }, { u"reason"_s, note.reason } });
    return array;
}

// The file system identity of a volume: the UUID of the device mounted there, when it has one.
QString filesystemUuid(const QByteArray &device)
{
    const QDir byUuid(u"/dev/disk/by-uuid"_s);
    const QString target = QFileInfo(QFile::decodeName(device)).canonicalFilePath();
    const QStringList entries = byUuid.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!target.isEmpty() && QFileInfo(byUuid.filePath(entry)).canonicalFilePath() == target)
            return entry;
    }
    return {};
}

} // namespace

QJsonObject IngestSummary::toJson() const
{
    QJsonObject object { { u"found"_s, found },
                         { u"added"_s, added },
                         { u"updated"_s, updated },
                         { u"unchanged"_s, unchanged },
                         { u"relinked"_s, relinked },
                         { u"failed"_s, failed },
                         { u"offline"_s, offline },
                         { u"skipped"_s, int(skips.size()) },
                         { u"failures"_s, notesToJson(failures) },
                         { u"skips"_s, notesToJson(skips) },
                         { u"seconds"_s, std::round(seconds * 100) / 100 } };
    if (analysis) {
        object.insert(u"analyzed"_s, analyzed);
        object.insert(u"analysis_failed"_s, analysisFailed);
    }
    if (cancelled)
        object.insert(u"cancelled"_s, true);
    if (!fatalError.isEmpty())
        object.insert(u"error"_s, fatalError);
    return object;
}

IngestJob::IngestJob(IngestOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_limits(WorkerClient::limitsFor(m_options.jobs, m_options.timeoutMs, m_options.background))
{
}

IngestJob::~IngestJob()
{
    m_cancelled = true;
    m_aborted = true;
    if (m_scanThread.joinable())
        m_scanThread.join();
    for (WorkerClient *worker : std::as_const(m_workers))
        worker->stop();
    m_writer.reset();
}

QString IngestJob::displayPath(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(raw);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString chinese = gb18030.decode(raw);
        if (!gb18030.hasError())
            return chinese;
    }
    return text;
}

void IngestJob::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(
        this, [this] { maybeFinish(); }, Qt::QueuedConnection);
}

void IngestJob::abort()
{
    m_aborted = true;
    cancel();
}

void IngestJob::fail(const QString &fatalError)
{
    if (m_summary.fatalError.isEmpty())
        m_summary.fatalError = fatalError;
    m_cancelled = true;
    m_aborted = true;
    m_identifyQueue.clear();
    m_processQueue.clear();
    m_analyzeQueue.clear();
    maybeFinish();
}

void IngestJob::start()
{
    m_clock.start();
    m_lastProgress.start();
    QString error;
    if (!Catalog::prepare(m_options.catalogFolder, Catalog::OpenMode::Create, error)) {
        fail(error);
        return;
    }
    if (m_options.analyzeOnly) {
        // Nothing to find: the catalogued assets that need it are analysed.
        m_writer = std::make_unique<CatalogWriter>(m_options.catalogFolder);
        m_scanDone = true;
        m_offlinePassDone = true;
        if (queueAnalysis())
            dispatch();
        reportProgress(true);
        maybeFinish();
        return;
    }
    if (!loadCatalog())
        return;
    m_writer = std::make_unique<CatalogWriter>(m_options.catalogFolder);
    if (m_options.fed) {
        reportProgress(true);
        return;
    }

    // Remember the folders, so that "rescan" can walk them again.
    if (!m_options.rescan) {
        const QList<QByteArray> roots = m_options.roots;
        submitWrite(
            [roots](CatalogSession &session, QString &err) {
                QList<std::pair<QByteArray, QString>> folders;
                for (const QByteArray &root : roots) {
                    struct stat st = {};
                    if (::stat(root.constData(), &st) == 0 && S_ISDIR(st.st_mode))
                        folders.append({ root, displayPath(root) }); // single files are not scan roots
                }
                return VolumeStore(session.db()).addScanRoots(folders, err);
            },
            {});
    }
    startScanner();
    reportProgress(true);
}

bool IngestJob::loadCatalog()
{
    m_lookup = std::make_unique<CatalogSession>(m_options.catalogFolder, true);
    CatalogSession &session = *m_lookup;
    if (!session.isOpen()) {
        fail(session.error());
        return false;
    }
    // Nothing of the catalog is held for the whole run: each batch of files found is looked up
    // by its paths (lookUpKnown()), and what was not found is read in pages at the end
    // (markMissingOffline()). A million files' paths and hashes held at once took hundreds of
    // megabytes. A rescan first walks every catalogued file for those outside its folders.
    QString error;
    // What was catalogued before the run is what it can find missing: an asset another
    // workstation adds meanwhile, in a folder this run has passed, is not.
    const auto last = AssetStore(session.db()).lastId(error);
    if (!last) {
        fail(tr("cannot read the catalog: %1").arg(error));
        return false;
    }
    m_lastIdBefore = *last;
    if (!m_options.rescan)
        return true;
    if (m_options.roots.isEmpty()) {
        const auto roots = VolumeStore(session.db()).scanRoots(error);
        if (!roots) {
            fail(tr("cannot read the catalog: %1").arg(error));
            return false;
        }
        m_options.roots = *roots;
    }
    const bool read = AssetStore(session.db())
                          .forEachKnownFile(
                              {},
                              [this](const KnownFile &file) {
                                  if (!isUnderRoots(file.pathRaw))
                                      m_looseFiles.append(file);
                                  return true;
                              },
                              error);
    if (!read) {
        fail(tr("cannot read the catalog: %1").arg(error));
        return false;
    }
    return true;
}

bool IngestJob::isUnderRoots(const QByteArray &path) const
{
    return std::any_of(m_options.roots.cbegin(), m_options.roots.cend(),
                       [&](const QByteArray &root) { return PathMap::isUnder(path, root); });
}

std::optional<QHash<QByteArray, KnownFile>>
IngestJob::knownAmong(const AssetStore &store, const QList<ScanEntry> &entries, QString &error)
{
    QList<QByteArray> paths;
    paths.reserve(entries.size());
    for (const ScanEntry &entry : entries)
        paths.append(entry.path);
    const auto files = store.knownFilesAt(paths, error);
    if (!files)
        return std::nullopt;
    QHash<QByteArray, KnownFile> known;
    for (const KnownFile &file : *files)
        known.insert(file.pathRaw, file);
    return known;
}

bool IngestJob::isUnchanged(const KnownFile &known, const ScanEntry &entry, bool retryFailed)
{
    const bool sameFile = known.sizeBytes == entry.sizeBytes && known.mtimeNs == entry.mtimeNs;
    const bool retry = known.hasError && (retryFailed || known.processedVersion < kProcessorVersion);
    return sameFile && !retry;
}

bool IngestJob::lookUpKnown(const QList<ScanEntry> &entries)
{
    m_known.clear(); // the last batch's: classified
    if (entries.isEmpty() || !m_lookup)
        return true;
    QString error;
    auto known = knownAmong(AssetStore(m_lookup->db()), entries, error);
    if (!known) {
        fail(tr("cannot read the catalog: %1").arg(error));
        return false;
    }
    m_known = std::move(*known);
    return true;
}

void IngestJob::startScanner()
{
    const QList<QByteArray> excluded { QFile::encodeName(m_options.catalogFolder) };
    QList<QByteArray> loose;
    for (const KnownFile &file : std::as_const(m_looseFiles))
        loose.append(file.pathRaw);
    auto scanner = std::make_shared<Scanner>(m_options.roots, excluded, loose);
    m_scanThread = std::thread([this, scanner] {
        QList<ScanEntry> entries;
        QList<ScanNote> notes;
        QElapsedTimer sincePost;
        sincePost.start();
        const auto post = [&](bool last) {
            QList<QByteArray> unreadable = last ? scanner->unreadableFolders() : QList<QByteArray>();
            QMetaObject::invokeMethod(
                this,
                [this, entries, notes, last, unreadable] {
                    if (last)
                        m_unreadable = unreadable;
                    onScanned(entries, notes, last);
                },
                Qt::QueuedConnection);
            entries.clear();
            notes.clear();
            sincePost.restart();
        };
        scanner->run(
            [&](const ScanEntry &entry) {
                entries.append(entry);
                if (entries.size() >= kScanBatch || sincePost.elapsed() > 100)
                    post(false);
            },
            [&](const ScanNote &note) { notes.append(note); }, m_cancelled);
        post(true);
    });
}

void IngestJob::addFiles(const QList<QByteArray> &paths)
{
    // Looked at as the scan looks at the files given to it (the same reasons), here: a few
    // file-system calls.
    QList<ScanEntry> entries;
    QList<ScanNote> notes;
    QSet<QByteArray> answered;
    const std::atomic<bool> never { false };
    Scanner(paths, {}).run(
        [&](const ScanEntry &entry) {
            entries.append(entry);
            answered.insert(entry.path);
        },
        [&](const ScanNote &note) {
            notes.append(note);
            answered.insert(note.path);
        },
        never);
    for (const QByteArray &path : paths) {
        if (!answered.contains(path))
            notes.append(ScanNote { path, tr("not a clip or photo ReelAtlas reads") });
    }
    onScanned(entries, notes, false);
}

void IngestJob::endOfInput()
{
    m_scanDone = true;
    maybeFinish();
}

void IngestJob::onScanned(const QList<ScanEntry> &entries, const QList<ScanNote> &notes, bool last)
{
    for (const ScanNote &note : notes) {
        m_summary.skips.append(FileNote { displayPath(note.path), note.reason });
        Q_EMIT fileFinished(note.path, note.reason);
    }
    if (!m_cancelled && lookUpKnown(entries)) {
        for (const ScanEntry &entry : entries)
            classify(entry);
    }
    if (last) {
        m_scanDone = true;
        if (m_scanThread.joinable())
            m_scanThread.join();
    }
    dispatch();
    reportProgress(last);
    maybeFinish();
}

void IngestJob::classify(const ScanEntry &entry)
{
    // (A file is found once: the scanner knows each by its device and inode.)
    ++m_summary.found;
    const auto known = m_known.constFind(entry.path);
    if (known == m_known.cend()) {
        m_identifyQueue.enqueue(Task { .entry = entry });
        return;
    }
    m_found.insert(known->id);
    if (isUnchanged(*known, entry, m_options.retryFailed)) {
        ++m_summary.unchanged;
        ++m_done;
        Q_EMIT fileFinished(entry.path, {});
        if (known->status == "offline"_L1) { // the drive is back
            const qint64 id = known->id;
            submitWrite([id](CatalogSession &session,
                             QString &error) { return AssetStore(session.db()).markPresent(id, error); },
                        {});
        }
        return;
    }
    Task task { .entry = entry, .knownId = known->id };
    task.posterAtS = known->posterChosenS; // a person's choice of poster is made again
    m_processQueue.enqueue(task);
}

WorkerClient *IngestJob::idleWorker()
{
    for (WorkerClient *worker : std::as_const(m_workers)) {
        if (!worker->isBusy())
            return worker;
    }
    if (m_workers.size() >= m_limits.jobs)
        return nullptr;
    // Started only when there is work: a re-run with nothing changed starts no worker at all.
    auto *worker = new WorkerClient(m_options.workerProgram, m_options.timeoutMs, m_limits, this);
    connect(worker, &WorkerClient::replied, this,
            [this, worker](const QCborMap &request, const QCborMap &reply) {
                onReplied(worker, request, reply);
            });
    connect(worker, &WorkerClient::failed, this,
            [this, worker](const QCborMap &request, const QString &reason, WorkerClient::Failure failure) {
                onWorkerFailed(worker, request, reason, failure);
            });
    m_workers.append(worker);
    return worker;
}

void IngestJob::dispatch()
{
    while (!m_cancelled
           && (!m_identifyQueue.isEmpty() || !m_processQueue.isEmpty() || !m_analyzeQueue.isEmpty())) {
        WorkerClient *worker = idleWorker();
        if (!worker)
            return;
        // Identification is cheap and decides relinks; do it first so decoding work queues up.
        const bool identify = !m_identifyQueue.isEmpty();
        const bool process = !identify && !m_processQueue.isEmpty();
        Task task = identify ? m_identifyQueue.dequeue()
            : process        ? m_processQueue.dequeue()
                             : m_analyzeQueue.dequeue();
        QCborMap request;
        request.insert(u"op"_s, identify ? u"identify"_s : process ? u"process"_s : u"analyze"_s);
        request.insert(u"path"_s, task.entry.path);
        if (process && task.posterAtS)
            request.insert(u"poster_at_s"_s, *task.posterAtS);
        m_currentPath = displayPath(task.entry.path);
        m_inFlight.insert(worker, task);
        worker->send(request);
    }
    // Fed: a media worker is about to wait for files while the files given are still being
    // saved; the feeder gives more now rather than once they are committed.
    if (m_options.fed && !m_cancelled && m_identifyQueue.isEmpty() && m_processQueue.isEmpty()
        && m_inFlight.size() < m_limits.jobs)
        Q_EMIT starving();
}

void IngestJob::onReplied(WorkerClient *worker, const QCborMap &request, const QCborMap &reply)
{
    if (!m_inFlight.contains(worker))
        return;
    const Task task = m_inFlight.take(worker);
    // After a cancel, work that was under way is still saved; nothing new starts.
    if (!m_aborted) {
        const QString op = request.value("op"_L1).toString();
        if (op == "identify"_L1)
            onIdentified(task, reply);
        else if (op == "analyze"_L1)
            onAnalyzed(task, reply);
        else
            onProcessed(task, reply);
    }
    dispatch();
    reportProgress(false);
    maybeFinish();
}

void IngestJob::onWorkerFailed(WorkerClient *worker, const QCborMap &request, const QString &reason,
                               WorkerClient::Failure failure)
{
    if (!m_inFlight.contains(worker))
        return;
    Task task = m_inFlight.take(worker);
    if (failure == WorkerClient::Failure::StartFailed) {
        fail(reason);
        return;
    }
    if (!m_cancelled) {
        // A hang is not retried (it would cost the whole timeout again).
        const bool retryable = failure != WorkerClient::Failure::TimedOut;
        if (retryable && ++task.attempts < kMaxCrashAttempts) {
            // Try once more in a fresh worker, first in line.
            const QString op = request.value("op"_L1).toString();
            if (op == "identify"_L1)
                m_identifyQueue.prepend(task);
            else if (op == "analyze"_L1)
                m_analyzeQueue.prepend(task);
            else
                m_processQueue.prepend(task);
        } else if (task.analyzeId > 0) {
            saveAnalysis(task, AnalysisRecord::failed(reason));
        } else {
            recordFailure(task, reason);
        }
    }
    dispatch();
    maybeFinish();
}

void IngestJob::skipVanished(const Task &task)
{
    ++m_done;
    const QString reason = tr("deleted while it was being scanned");
    m_summary.skips.append(FileNote { displayPath(task.entry.path), reason });
    Q_EMIT fileFinished(task.entry.path, reason);
}

void IngestJob::onIdentified(Task task, const QCborMap &reply)
{
    const QString status = reply.value("status"_L1).toString();
    if (status == "vanished"_L1) {
        skipVanished(task);
        return;
    }
    if (status != "ok"_L1) {
        recordFailure(task, reply.value("error"_L1).toString());
        return;
    }
    task.contentHash = reply.value("hash"_L1).toString();
    task.entry.sizeBytes = reply.value("size"_L1).toInteger();
    task.entry.mtimeNs = reply.value("mtime_ns"_L1).toInteger();

    // Moved or renamed: a catalogued file with this content whose old path is gone.
    const QList<QByteArray> candidates = pathsWithHash(task.contentHash);
    for (const QByteArray &oldPath : candidates) {
        const auto known = m_known.constFind(oldPath);
        if (known == m_known.cend() || m_found.contains(known->id) || m_relinked.contains(known->id)
            || known->sizeBytes != task.entry.sizeBytes)
            continue;
        struct stat st = {};
        if (::lstat(oldPath.constData(), &st) == 0)
            continue; // still there: this is a copy, not a move
        if (!placeIsHere(oldPath))
            continue; // another machine's file (a shared catalog), not one moved here
        const qint64 id = known->id;
        m_relinked.insert(id);
        m_found.insert(id);
        const FileLocation location = locationOf(task.entry);
        ++m_pendingWrites;
        m_writer->submit(
            CatalogWriter::Operation { [id, location](CatalogSession &session, QString &error) {
                                          return AssetStore(session.db()).relink(id, location, error);
                                      },
                                       [this, task, id](bool ok, const QString &error) {
                                           QMetaObject::invokeMethod(
                                               this,
                                               [this, task, id, ok, error] {
                                                   --m_pendingWrites;
                                                   if (ok) {
                                                       ++m_done;
                                                       ++m_summary.relinked;
                                                       Q_EMIT fileFinished(task.entry.path, {});
                                                   } else {
                                                       // The record could not be moved: catalogue the file at
                                                       // its new place.
                                                       m_relinked.remove(id);
                                                       m_found.remove(id);
                                                       m_processQueue.enqueue(task);
                                                       noteWriteError(error);
                                                       dispatch();
                                                   }
                                                   maybeFinish();
                                               },
                                               Qt::QueuedConnection);
                                       } });
        return;
    }
    // A copy of a clip whose poster a person chose: the pictures they share stay that choice.
    for (const QByteArray &path : candidates) {
        if (const auto known = m_known.constFind(path); known != m_known.cend() && known->posterChosenS)
            task.posterAtS = known->posterChosenS;
    }
    m_processQueue.enqueue(task);
}

QList<QByteArray> IngestJob::pathsWithHash(const QString &contentHash)
{
    QList<QByteArray> paths;
    if (contentHash.isEmpty() || !m_lookup)
        return paths;
    QString error;
    const auto files = AssetStore(m_lookup->db()).knownFilesWithHash(contentHash, error);
    if (!files)
        return paths; // (not moved, then: catalogued at its new place; nothing is lost)
    for (const KnownFile &file : *files) {
        m_known.insert(file.pathRaw, file); // looked at by the caller now
        paths.append(file.pathRaw);
    }
    return paths;
}

bool IngestJob::placeIsHere(const QByteArray &path)
{
    // A file is moved from a place this machine sees: some folder of its path below the top
    // level is here (/home/ann of /home/ann/footage/a.mov, /mnt/nas of /mnt/nas/2024/a.mov). A
    // path of another machine's (/Volumes/NAS/…, //nas/…, a share mounted elsewhere and not
    // mapped: pathmap.h) has none, and a copy of its file found here is a copy, not the file.
    QByteArray folder = path.left(path.lastIndexOf('/'));
    while (folder.count('/') >= 2) {
        struct stat st = {};
        if (::stat(folder.constData(), &st) == 0)
            return S_ISDIR(st.st_mode);
        folder.truncate(folder.lastIndexOf('/'));
    }
    return false;
}

FileLocation IngestJob::locationOf(const ScanEntry &entry)
{
    FileLocation location;
    location.pathRaw = entry.path;
    location.path = displayPath(entry.path);
    location.fileName = displayPath(entry.path.mid(entry.path.lastIndexOf('/') + 1));
    location.sizeBytes = entry.sizeBytes;
    location.mtimeNs = entry.mtimeNs;
    location.volumeId = volumeFor(entry.path);
    return location;
}

std::optional<qint64> IngestJob::volumeFor(const QByteArray &path)
{
    struct stat st = {};
    const quint64 device = ::stat(path.constData(), &st) == 0 ? quint64(st.st_dev) : 0;
    const auto cached = m_volumeByDevice.constFind(device);
    if (cached != m_volumeByDevice.cend())
        return *cached;
    const QStorageInfo storage(displayPath(path.left(path.lastIndexOf('/') + 1)));
    std::optional<qint64> id;
    if (storage.isValid()) {
        const QString uuid = filesystemUuid(storage.device());
        const QString mount = storage.rootPath();
        const QString label = storage.name();
        auto result = std::make_shared<std::optional<qint64>>();
        m_writer->submit(
            CatalogWriter::Operation { [uuid, mount, label, result](CatalogSession &session, QString &error) {
                                          *result = VolumeStore(session.db()).seen(uuid, label, mount, error);
                                          return result->has_value();
                                      },
                                       {} });
        m_writer->flush(); // once per device
        id = *result;
    }
    m_volumeByDevice.insert(device, id);
    return id;
}

void IngestJob::onProcessed(Task task, const QCborMap &reply)
{
    if (reply.contains("hash"_L1)) { // the identity as the worker read the file
        task.contentHash = reply.value("hash"_L1).toString();
        task.entry.sizeBytes = reply.value("size"_L1).toInteger();
        task.entry.mtimeNs = reply.value("mtime_ns"_L1).toInteger();
    }
    const QString status = reply.value("status"_L1).toString();
    if (status == "vanished"_L1) {
        skipVanished(task);
        return;
    }
    QCborMap facts = reply.value("facts"_L1).toMap();
    if (status != "ok"_L1) {
        recordFailure(task, reply.value("error"_L1).toString(), facts);
        return;
    }
    ProcessedFile file;
    file.location = locationOf(task.entry);
    file.contentHash = task.contentHash;
    file.kind = facts.take(u"kind"_s).toString();
    file.facts = facts;
    QCborMap pictures = reply.value("pictures"_L1).toMap();
    file.thumbnails = WorkerProtocol::thumbnailsOf(pictures.take(u"thumbnails"_s).toArray());
    file.derived = pictures;
    file.processedVersion = kProcessorVersion;
    save(std::move(file), !task.knownId);
}

bool IngestJob::queueAnalysis()
{
    m_analysisQueued = true;
    m_summary.analysis = true;
    if (!m_writer->flush()) { // what this run wrote is read back
        fail(m_writer->fatalError());
        return false;
    }
    CatalogSession session(m_options.catalogFolder, true);
    if (!session.isOpen()) {
        fail(session.error());
        return false;
    }
    std::optional<AssetQuery> query;
    if (m_options.analyzeOnly && !m_options.analyzeQuery.trimmed().isEmpty()) {
        query = AssetQueryParser::parse(m_options.analyzeQuery);
        if (!query->errors.isEmpty()) {
            fail(query->errors.join(u"; "_s));
            return false;
        }
    }
    QString error;
    const auto candidates = AssetStore(session.db())
                                .analysisCandidates(MediaProcessor::kAnalysisVersion,
                                                    query ? &*query : nullptr, m_options.retryFailed, error);
    if (!candidates) {
        fail(tr("cannot read the catalog: %1").arg(error));
        return false;
    }
    const QSet<qint64> only(m_options.analyzeIds.cbegin(), m_options.analyzeIds.cend());
    for (const AnalysisCandidate &candidate : *candidates) {
        // After an ingest: what it found (or moved); "analyze": everything asked for.
        if (!m_options.analyzeOnly && !m_found.contains(candidate.id))
            continue;
        if (!only.isEmpty() && !only.contains(candidate.id))
            continue;
        Task task;
        task.entry.path = candidate.pathRaw;
        task.analyzeId = candidate.id;
        task.contentHash = candidate.contentHash;
        m_analyzeQueue.enqueue(task);
    }
    m_summary.found += m_options.analyzeOnly ? int(m_analyzeQueue.size()) : 0;
    m_analysisTotal = int(m_analyzeQueue.size());
    return !m_analyzeQueue.isEmpty();
}

void IngestJob::onAnalyzed(const Task &task, const QCborMap &reply)
{
    const QString status = reply.value("status"_L1).toString();
    if (status == "vanished"_L1) {
        ++m_done;
        const QString reason = tr("deleted before it was analysed");
        m_summary.skips.append(FileNote { displayPath(task.entry.path), reason });
        Q_EMIT fileFinished(task.entry.path, reason);
        return;
    }
    if (status != "ok"_L1) {
        saveAnalysis(task, AnalysisRecord::failed(reply.value("error"_L1).toString(tr("unknown error"))));
        return;
    }
    const MediaProcessor::Analysis found = MediaProcessor::Analysis::fromCbor(reply);
    AnalysisRecord analysis;
    for (const MediaProcessor::Shot &shot : found.shots) {
        analysis.shots.append(ShotRecord {
            shot.startS, shot.endS, shot.kind, shot.people, PeopleDetector::toJson(shot.boxes), shot.colours,
            shot.signature ? QString::number(*shot.signature, 16).rightJustified(16, u'0') : QString() });
    }
    analysis.signature = found.signature;
    analysis.colours = found.colours;
    analysis.exposure = found.exposure;
    analysis.temperatureK = found.temperatureK;
    analysis.weather = found.weather;
    saveAnalysis(
        task, analysis,
        WorkerProtocol::thumbnailsOf(reply.value("pictures"_L1).toMap().value("thumbnails"_L1).toArray()));
}

void IngestJob::saveAnalysis(const Task &task, AnalysisRecord analysis,
                             const QList<StoredThumbnail> &pictures)
{
    const qint64 id = task.analyzeId;
    const QString hash = task.contentHash;
    const QString path = displayPath(task.entry.path);
    const QString failure = analysis.error;
    analysis.version = MediaProcessor::kAnalysisVersion;
    submitWrite(
        [id, hash, analysis, pictures](CatalogSession &session, QString &error) mutable {
            // The full filmstrip, made by the analysis' own decoding, replaces the first one.
            for (const StoredThumbnail &picture : pictures) {
                if (hash.isEmpty())
                    break;
                if (!ThumbnailStore::put(session.thumbs(), hash, picture, error))
                    return false;
                if (picture.kind == int(ThumbnailKind::Filmstrip))
                    analysis.filmstripFrames = picture.frames;
            }
            return AssetStore(session.db()).saveAnalysis(id, analysis, error);
        },
        [this, path, raw = task.entry.path, failure](bool ok, const QString &error) {
            ++m_done;
            if (ok && failure.isEmpty()) {
                ++m_summary.analyzed;
                Q_EMIT fileFinished(raw, {});
            } else {
                ++m_summary.analysisFailed;
                const QString why = tr("analysis: %1").arg(ok ? failure : error);
                m_summary.failures.append(FileNote { path, why });
                Q_EMIT fileFailed(path, why);
                Q_EMIT fileFinished(raw, why);
            }
            reportProgress(false);
        });
}

void IngestJob::recordFailure(const Task &task, const QString &reason, const QCborMap &facts)
{
    ProcessedFile file;
    file.location = locationOf(task.entry);
    file.contentHash = task.contentHash;
    QCborMap known = facts;
    const QString kind = known.take(u"kind"_s).toString();
    file.kind = !kind.isEmpty() ? kind : task.entry.kind == MediaKind::Photo ? u"photo"_s : u"video"_s;
    file.facts = known;
    file.failed = true;
    file.error = reason.isEmpty() ? tr("unknown error") : reason;
    file.processedVersion = kProcessorVersion;
    save(std::move(file), !task.knownId);
}

void IngestJob::save(ProcessedFile file, bool isNew)
{
    const bool failed = file.failed;
    const QString path = file.location.path;
    const QByteArray raw = file.location.pathRaw;
    const QString reason = file.error;
    auto shared = std::make_shared<ProcessedFile>(std::move(file));
    auto savedId = std::make_shared<qint64>(0);
    ++m_pendingWrites;
    m_writer->submit(CatalogWriter::Operation {
        [shared, savedId](CatalogSession &session, QString &error) {
            for (const StoredThumbnail &thumbnail : std::as_const(shared->thumbnails)) {
                if (!ThumbnailStore::put(session.thumbs(), shared->contentHash, thumbnail, error))
                    return false;
            }
            const auto id = AssetStore(session.db()).save(*shared, error);
            *savedId = id.value_or(0); // read on this job's thread once done
            return id.has_value();
        },
        [this, failed, isNew, path, raw, reason, savedId](bool ok, const QString &error) {
            QMetaObject::invokeMethod(
                this,
                [=, this] {
                    --m_pendingWrites;
                    ++m_done;
                    if (ok)
                        m_found.insert(*savedId);
                    if (!ok)
                        noteWriteError(error);
                    if (!ok || failed) {
                        ++m_summary.failed;
                        const QString why = ok ? reason : tr("cannot be catalogued: %1").arg(error);
                        m_summary.failures.append(FileNote { path, why });
                        Q_EMIT fileFailed(path, why);
                        Q_EMIT fileFinished(raw, why);
                    } else {
                        ++(isNew ? m_summary.added : m_summary.updated);
                        Q_EMIT fileFinished(raw, {});
                    }
                    reportProgress(false);
                    maybeFinish();
                },
                Qt::QueuedConnection);
        } });
}

void IngestJob::submitWrite(std::function<bool(CatalogSession &, QString &)> apply,
                            std::function<void(bool, QString)> done)
{
    ++m_pendingWrites;
    m_writer->submit(CatalogWriter::Operation {
        std::move(apply), [this, done = std::move(done)](bool ok, const QString &error) {
            QMetaObject::invokeMethod(
                this,
                [this, done, ok, error] {
                    --m_pendingWrites;
                    if (!ok)
                        noteWriteError(error);
                    if (done)
                        done(ok, error);
                    maybeFinish();
                },
                Qt::QueuedConnection);
        } });
}

void IngestJob::maybeFinish()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        m_identifyQueue.clear();
        m_processQueue.clear();
        m_analyzeQueue.clear();
        if (m_aborted) {
            for (WorkerClient *worker : std::as_const(m_workers))
                worker->stop();
            m_inFlight.clear();
        }
    }
    const bool scanning =
        m_options.fed ? !m_scanDone && !m_cancelled : m_scanThread.joinable() && !m_scanDone;
    if (scanning || !m_inFlight.isEmpty() || !m_identifyQueue.isEmpty() || !m_processQueue.isEmpty()
        || !m_analyzeQueue.isEmpty())
        return;
    if (m_pendingWrites > 0) {
        if (m_writer)
            m_writer->commitNow(); // nothing else is coming: no point gathering a batch
        return;
    }
    if (!m_cancelled && m_writer && !m_offlinePassDone) {
        m_offlinePassDone = true;
        markMissingOffline();
        m_writer->commitNow();
        return; // back here when the offline marks are written
    }
    // Everything found is catalogued: now what is in the pictures.
    if (!m_cancelled && m_writer && m_options.analyze && !m_analysisQueued && queueAnalysis()) {
        dispatch();
        return;
    }
    finish();
}

void IngestJob::markMissingOffline()
{
    // Catalogued files under the scanned folders (and, for a rescan, the loose files) that were
    // not found and not moved are offline. Never those inside a folder we could not read. Read
    // in pages: what the run found is held by id only.
    QList<qint64> missing;
    const auto consider = [&](const KnownFile &file) {
        if (file.status == "offline"_L1 || file.id > m_lastIdBefore || m_found.contains(file.id)
            || m_relinked.contains(file.id))
            return;
        const bool unreadable =
            std::any_of(m_unreadable.cbegin(), m_unreadable.cend(),
                        [&](const QByteArray &folder) { return PathMap::isUnder(file.pathRaw, folder); });
        if (!unreadable)
            missing.append(file.id);
    };
    for (const KnownFile &file : std::as_const(m_looseFiles))
        consider(file);
    QString readError;
    if (m_lookup && !m_options.roots.isEmpty() // (none: files given one by one, a worker's)
        && !AssetStore(m_lookup->db())
                .forEachKnownFile(
                    m_options.roots,
                    [&](const KnownFile &file) {
                        consider(file);
                        return true;
                    },
                    readError)) {
        if (m_summary.fatalError.isEmpty())
            m_summary.fatalError = tr("cannot mark missing files offline: %1").arg(readError);
        return;
    }
    // Written a piece at a time: each write is a savepoint of the writer's transaction, and
    // SQLite keeps what a savepoint changed in memory until it ends (200 MB for 200,000 files
    // marked in one).
    constexpr qsizetype kPiece = 2000;
    const QList<QByteArray> roots = m_options.roots;
    for (qsizetype at = 0; at == 0 || at < missing.size(); at += kPiece) {
        const QList<qint64> piece = missing.mid(at, kPiece);
        const bool last = at + kPiece >= missing.size();
        submitWrite(
            [piece, roots, last](CatalogSession &session, QString &error) {
                return AssetStore(session.db()).markOffline(piece, error)
                    && (!last || VolumeStore(session.db()).markScanned(roots, error));
            },
            [this, count = int(piece.size())](bool ok, const QString &error) {
                if (ok)
                    m_summary.offline += count;
                else if (m_summary.fatalError.isEmpty())
                    m_summary.fatalError = tr("cannot mark missing files offline: %1").arg(error);
            });
    }
}

void IngestJob::noteWriteError(const QString &)
{
    // The catalog itself cannot be written (disk full, I/O error): decoding more files is wasted.
    if (m_writer && !m_writer->fatalError().isEmpty())
        fail(m_writer->fatalError());
}

void IngestJob::finish()
{
    m_finished = true;
    m_lookup.reset(); // closed on the thread that opened it
    for (WorkerClient *worker : std::as_const(m_workers))
        worker->stop();
    if (m_writer && !m_writer->flush() && m_summary.fatalError.isEmpty())
        m_summary.fatalError = m_writer->fatalError();
    m_summary.cancelled = m_cancelled && m_summary.fatalError.isEmpty();
    m_summary.seconds = m_clock.elapsed() / 1000.0;
    reportProgress(true);
    Q_EMIT finished();
}

void IngestJob::reportProgress(bool force)
{
    if (!force && m_lastProgress.elapsed() < 200)
        return;
    m_lastProgress.restart();
    IngestProgress progress;
    progress.found = m_summary.found + (m_options.analyzeOnly ? 0 : m_analysisTotal);
    progress.done = m_done;
    progress.failed = m_summary.failed + m_summary.analysisFailed;
    progress.scanning = !m_scanDone;
    const double seconds = m_clock.elapsed() / 1000.0;
    progress.filesPerSecond = seconds > 0.5 ? m_done / seconds : 0;
    if (!progress.scanning && progress.filesPerSecond > 0)
        progress.etaSeconds = (progress.found - progress.done) / progress.filesPerSecond;
    progress.currentPath = m_currentPath;
    Q_EMIT progressed(progress);
}
