#include "commands.h"

#include "assetfields.h"
#include "assetstore.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "catalogcopy.h"
#include "cliutil.h"
#include "csvfile.h"
#include "ingestjob.h"
#include "pathmap.h"
#include "postermaker.h"
#include "progress.h"
#include "queueworker.h"
#include "recordcommands.h"
#include "scanner.h"
#include "shotlist.h"
#include "similarity.h"
#include "sql.h"
#include "tagstore.h"
#include "thumbnailstore.h"
#include "volumestore.h"
#include "workerclient.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The bytes the user typed for `argument`, made absolute without resolving symbolic links.
QByteArray rawAbsolutePath(const CliContext &context, const QString &argument)
{
    return Scanner::absolutePath(Scanner::rawArgument(argument, context.rawArguments));
}

// An asset by id ("42") or by the path of its file.
std::optional<qint64> resolveAsset(const CliContext &context, const AssetStore &store,
                                   const QString &idOrPath, QString &error)
{
    bool isNumber = false;
    const qint64 id = idOrPath.toLongLong(&isNumber);
    if (isNumber) {
        if (store.assetJson(id))
            return id;
        error = Cli::tr("there is no asset with id %1 in the catalog").arg(id);
        return std::nullopt;
    }
    const QByteArray path = rawAbsolutePath(context, idOrPath);
    if (const auto found = store.idForPath(path))
        return found;
    error = Cli::tr("%1 is not in the catalog").arg(IngestJob::displayPath(path));
    return std::nullopt;
}

// Opens an existing catalog and finds the asset named by the one positional argument (an id or
// a path); prints the reason and returns nullopt otherwise.
std::optional<qint64> openAsset(const CliContext &context, const CommandLine &line,
                                std::unique_ptr<CatalogSession> &session)
{
    if (!openExisting(line.catalogFolder(context), session))
        return std::nullopt;
    QString error;
    const auto id = resolveAsset(context, AssetStore(session->db()), line.positional().first(), error);
    if (!id)
        printError(error);
    return id;
}

// ----------------------------------------------------------------- Ctrl-C

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Cancels the work on SIGINT/SIGTERM while alive, so that what was done is committed; a second
// signal stops it at once.
class InterruptGuard
{
public:
    explicit InterruptGuard(IngestJob &job)
        : InterruptGuard(
            job, [&job] { job.cancel(); }, [&job] { job.abort(); })
    {
    }
    explicit InterruptGuard(QueueWorker &worker)
        : InterruptGuard(
            worker, [&worker] { worker.cancel(); }, [] { std::_Exit(ExitCode::Fatal); })
    {
    }
    InterruptGuard(QObject &context, std::function<void()> cancel, std::function<void()> abort)
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &context, [this, cancel, abort] {
            char byte;
            while (::read(g_signalPipe[0], &byte, 1) > 0) { }
            if (m_interrupted++ == 0) {
                printInfo(Cli::tr("interrupted: finishing the files under way (press Ctrl-C again to stop at "
                                  "once); run the same command again to resume"));
                cancel();
            } else {
                abort();
            }
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        for (int &fd : g_signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_interrupted = 0;
};

// ----------------------------------------------------------------- ingest, rescan

// After an ingest that added assets to a large catalog: its search index merged into one piece
// when it has grown by a fifth since (Catalog::mergeAdvised), as the desktop does after an import.
// A failure is said and changes nothing else: the catalog holds what was ingested either way.
void keepSearchIndex(const QString &folder, bool quiet)
{
    QString error;
    if (!Catalog::mergeAdvised(folder, error).value_or(false))
        return;
    if (!quiet)
        printInfo(Cli::tr("merging the search index, which has grown by a fifth…"));
    QElapsedTimer clock;
    clock.start();
    if (!Catalog::mergeSearchIndexes(folder, nullptr, error))
        printError(error);
    else if (!quiet)
        printInfo(Cli::tr("search index merged in %1 s").arg(double(clock.elapsed()) / 1000, 0, 'f', 1));
}

int runIngest(IngestOptions options, bool json, bool quiet)
{
    IngestJob job(options);
    ProgressPrinter printer(ProgressPrinter::modeFor(quiet));
    QEventLoop loop;
    QObject::connect(&job, &IngestJob::progressed, &loop,
                     [&](const IngestProgress &p) { printer.update(p); });
    QObject::connect(&job, &IngestJob::finished, &loop, &QEventLoop::quit);
    InterruptGuard guard(job);
    QTimer::singleShot(0, &job, &IngestJob::start);
    loop.exec();
    printer.finish();

    const IngestSummary &summary = job.summary();
    if (json)
        writeAll(stdout, QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    if (!quiet) {
        for (const FileNote &note : summary.skips)
            printInfo(Cli::tr("skipped %1: %2").arg(note.path, note.reason));
        for (const FileNote &note : summary.failures)
            printInfo(Cli::tr("failed %1: %2").arg(note.path, note.reason));
        if (options.analyzeOnly)
            printInfo(Cli::tr("%1 to analyse: %2 analysed, %3 could not be (%4 s)")
                          .arg(summary.found)
                          .arg(summary.analyzed)
                          .arg(summary.analysisFailed)
                          .arg(summary.seconds, 0, 'f', 1));
        else
            printInfo(
                Cli::tr(
                    "%1 files found: %2 added, %3 updated, %4 unchanged, %5 relinked, %6 failed, %7 marked "
                    "offline, "
                    "%8 skipped (%9 s)")
                    .arg(summary.found)
                    .arg(summary.added)
                    .arg(summary.updated)
                    .arg(summary.unchanged)
                    .arg(summary.relinked)
                    .arg(summary.failed)
                    .arg(summary.offline)
                    .arg(summary.skips.size())
                    .arg(summary.seconds, 0, 'f', 1));
        if (summary.analysis && !options.analyzeOnly)
            printInfo(
                Cli::tr("analysed %1, %2 could not be").arg(summary.analyzed).arg(summary.analysisFailed));
    }
    if (!summary.fatalError.isEmpty()) {
        printError(summary.fatalError);
        return ExitCode::Fatal;
    }
    if (summary.cancelled) {
        printError(Cli::tr("interrupted before the end; what was done is kept"));
        return ExitCode::Fatal;
    }
    if (summary.added > 0)
        keepSearchIndex(options.catalogFolder, quiet);
    return summary.failed > 0 || summary.analysisFailed > 0 ? ExitCode::SomeFailed : ExitCode::Ok;
}

// "ingest --queue", "analyze --queue": what was queued, as people read it or as JSON.
int printQueued(const std::optional<QueueWorker::Queued> &queued, const QString &error, bool json, bool quiet)
{
    if (!queued) {
        printError(error);
        return ExitCode::Fatal;
    }
    if (json)
        writeAll(stdout,
                 QJsonDocument(QJsonObject { { u"found"_s, queued->found },
                                             { u"queued"_s, queued->queued },
                                             { u"unchanged"_s, queued->unchanged },
                                             { u"already_queued"_s, queued->alreadyQueued },
                                             { u"skipped"_s, int(queued->skips.size()) } })
                     .toJson(QJsonDocument::Indented));
    if (!quiet) {
        for (const FileNote &note : queued->skips)
            printInfo(Cli::tr("skipped %1: %2").arg(note.path, note.reason));
        printInfo(Cli::tr("%1 queued for the workers (reelatlas-cli worker); %2 already queued, %3 unchanged")
                      .arg(queued->queued)
                      .arg(queued->alreadyQueued)
                      .arg(queued->unchanged));
    }
    return ExitCode::Ok;
}

const QCommandLineOption &queueOption()
{
    static const QCommandLineOption option { u"queue"_s,
                                             Cli::tr(
                                                 "Queue the work in the catalog for \"reelatlas-cli worker\" "
                                                 "on any machine, instead of doing it here.") };
    return option;
}

struct IngestFlags
{
    QCommandLineOption jobs { u"jobs"_s, Cli::tr("Files processed at once (default: the number of cores)."),
                              u"N"_s };
    QCommandLineOption json { u"json"_s, Cli::tr("Print the summary as JSON on stdout.") };
    QCommandLineOption quiet { { u"q"_s, u"quiet"_s }, Cli::tr("No progress or summary on stderr.") };
    QCommandLineOption timeout { u"timeout"_s,
                                 Cli::tr("Seconds one file may take before it is given up (default 120)."),
                                 u"S"_s };
    QCommandLineOption retryFailed { u"retry-failed"_s,
                                     Cli::tr("Try files that failed before again even if unchanged.") };

    QList<QCommandLineOption> all() const { return { jobs, json, quiet, timeout, retryFailed }; }

    // Fills `options` from the parsed flags; returns an exit status on a usage error, else -1.
    int apply(const char *command, const QCommandLineParser &parser, IngestOptions &options) const
    {
        options.jobs = QThread::idealThreadCount();
        if (parser.isSet(jobs)) {
            bool ok = false;
            options.jobs = parser.value(jobs).toInt(&ok);
            if (!ok || options.jobs < 1 || options.jobs > 256)
                return usageError(command, Cli::tr("--jobs needs a number from 1 to 256"));
        }
        if (parser.isSet(timeout)) {
            bool ok = false;
            const double seconds = parser.value(timeout).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 86400)
                return usageError(command, Cli::tr("--timeout needs a number of seconds"));
            options.timeoutMs = int(seconds * 1000);
        }
        options.retryFailed = parser.isSet(retryFailed);
        options.workerProgram = WorkerClient::defaultProgram();
        if (const WorkerClient::Limits limits = WorkerClient::limitsFor(options.jobs, options.timeoutMs);
            limits.jobs < options.jobs && parser.isSet(jobs))
            printInfo(Cli::tr("note: %1 files at once, not %2: that many workers do not fit in this "
                              "machine's memory (%3 MB each)")
                          .arg(limits.jobs)
                          .arg(options.jobs)
                          .arg(limits.memoryMb));
        return -1;
    }
};

int cmdIngest(const CliContext &context, const QStringList &arguments)
{
    IngestFlags flags;
    const QCommandLineOption analyze { u"analyze"_s,
                                       Cli::tr("Then analyse what was found (shots; see \"analyze\").") };
    CommandLine line("ingest", flags.all() + QList<QCommandLineOption> { analyze, queueOption() });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    IngestOptions options;
    if (const int status = flags.apply("ingest", line.parser(), options); status >= 0)
        return status;
    if (line.positional().isEmpty())
        return usageError("ingest", Cli::tr("name at least one folder or file to ingest"));
    for (const QString &argument : line.positional()) {
        const QByteArray path = rawAbsolutePath(context, argument);
        struct stat st = {};
        if (::stat(path.constData(), &st) != 0) {
            printError(
                Cli::tr("cannot ingest %1: %2").arg(argument, QString::fromLocal8Bit(strerror(errno))));
            return ExitCode::Fatal;
        }
        options.roots.append(path);
    }
    options.catalogFolder = line.catalogFolder(context);
    options.analyze = line.parser().isSet(analyze);
    if (line.parser().isSet(queueOption())) {
        if (options.analyze)
            return usageError("ingest",
                              Cli::tr("--analyze and --queue: queue the analysis once the files are "
                                      "catalogued (analyze --queue)"));
        QString error;
        const auto queued =
            QueueWorker::queueFiles(options.catalogFolder, options.roots, options.retryFailed, error);
        return printQueued(queued, error, line.parser().isSet(flags.json), line.parser().isSet(flags.quiet));
    }
    return runIngest(options, line.parser().isSet(flags.json), line.parser().isSet(flags.quiet));
}

// ----------------------------------------------------------------- worker

int cmdWorker(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption jobs { u"jobs"_s,
                                    Cli::tr("Files worked on at once (default: the number of cores)."),
                                    u"N"_s };
    const QCommandLineOption untilIdle {
        u"until-idle"_s, Cli::tr("Stop once no job is waiting or running anywhere (else wait for more).")
    };
    const QCommandLineOption lease { u"lease"_s,
                                     Cli::tr("Seconds after this worker's last sign of life that another "
                                             "may take its jobs over (default 60)."),
                                     u"S"_s };
    const QCommandLineOption timeout {
        u"timeout"_s, Cli::tr("Seconds one file may take before it is given up (default 120)."), u"S"_s
    };
    const QCommandLineOption quiet { { u"q"_s, u"quiet"_s }, Cli::tr("No progress or summary on stderr.") };
    CommandLine line("worker", { jobs, untilIdle, lease, timeout, quiet });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (!line.positional().isEmpty())
        return usageError("worker", Cli::tr("worker takes no paths: it does what the catalog's queue holds"));
    QueueWorkerOptions options;
    options.catalog = line.catalogFolder(context);
    options.jobs = QThread::idealThreadCount();
    if (line.parser().isSet(jobs)) {
        bool ok = false;
        options.jobs = line.parser().value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 256)
            return usageError("worker", Cli::tr("--jobs needs a number from 1 to 256"));
    }
    if (line.parser().isSet(lease)) {
        bool ok = false;
        options.leaseS = line.parser().value(lease).toDouble(&ok);
        if (!ok || options.leaseS < 1 || options.leaseS > 86400)
            return usageError("worker", Cli::tr("--lease needs a number of seconds from 1 to 86400"));
    }
    if (line.parser().isSet(timeout)) {
        bool ok = false;
        const double seconds = line.parser().value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return usageError("worker", Cli::tr("--timeout needs a number of seconds"));
        options.timeoutMs = int(seconds * 1000);
    }
    options.untilIdle = line.parser().isSet(untilIdle);
    options.workerProgram = WorkerClient::defaultProgram();
    const bool silent = line.parser().isSet(quiet);

    QueueWorker worker(options);
    QEventLoop loop;
    QObject::connect(&worker, &QueueWorker::jobFinished, &loop,
                     [silent](const QString &path, const QString &failure) {
                         if (silent)
                             return;
                         if (failure.isEmpty())
                             printInfo(Cli::tr("done %1").arg(path));
                         else
                             printInfo(Cli::tr("failed %1: %2").arg(path, failure));
                     });
    QObject::connect(&worker, &QueueWorker::waiting, &loop, [](const QString &reason) {
        printInfo(Cli::tr("cannot reach the catalog, trying again: %1").arg(reason));
    });
    QObject::connect(&worker, &QueueWorker::finished, &loop, &QEventLoop::quit);
    InterruptGuard guard(worker);
    if (!silent)
        printInfo(Cli::tr("worker \"%1\" on %2").arg(worker.name(), Catalog::displayName(options.catalog)));
    QTimer::singleShot(0, &worker, &QueueWorker::start);
    loop.exec();
    const QueueWorkerSummary &summary = worker.summary();
    if (!silent)
        printInfo(Cli::tr("%1 jobs done, %2 attempts failed (%3 s)")
                      .arg(summary.done)
                      .arg(summary.failed)
                      .arg(summary.seconds, 0, 'f', 1));
    if (!summary.fatalError.isEmpty()) {
        printError(summary.fatalError);
        return ExitCode::Fatal;
    }
    return summary.failed > 0 ? ExitCode::SomeFailed : ExitCode::Ok;
}

// ----------------------------------------------------------------- analyze, shots

int cmdAnalyze(const CliContext &context, const QStringList &arguments)
{
    IngestFlags flags;
    const QCommandLineOption query { u"query"_s, Cli::tr("Only the assets that match the query."), u"Q"_s };
    CommandLine line("analyze", flags.all() + QList<QCommandLineOption> { query, queueOption() });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (!line.positional().isEmpty())
        return usageError("analyze", Cli::tr("analyze takes no paths (use --query to choose assets)"));
    IngestOptions options;
    if (const int status = flags.apply("analyze", line.parser(), options); status >= 0)
        return status;
    const QString text = line.parser().value(query);
    if (const AssetQuery parsed = AssetQueryParser::parse(text); !parsed.errors.isEmpty())
        return usageError("analyze", parsed.errors.join(u"; "_s));
    options.analyzeOnly = true;
    options.analyze = true;
    options.analyzeQuery = text;
    options.catalogFolder = line.catalogFolder(context);
    QString error;
    if (line.parser().isSet(queueOption())) {
        const auto queued =
            QueueWorker::queueAnalysis(options.catalogFolder, text, options.retryFailed, error);
        return printQueued(queued, error, line.parser().isSet(flags.json), line.parser().isSet(flags.quiet));
    }
    if (!Catalog::prepare(options.catalogFolder, Catalog::OpenMode::MustExist, error)) {
        printError(error);
        return ExitCode::Fatal;
    }
    return runIngest(options, line.parser().isSet(flags.json), line.parser().isSet(flags.quiet));
}

int cmdShots(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the shots as JSON on stdout.") };
    const QCommandLineOption csv { u"csv"_s, Cli::tr("Write the shots as CSV, for spreadsheets.") };
    const QCommandLineOption edl { u"edl"_s,
                                   Cli::tr("Write the shots as an EDL (CMX 3600), for editing programs.") };
    const QCommandLineOption out { u"out"_s, Cli::tr("Write to FILE instead of stdout."), u"FILE"_s };
    CommandLine line("shots", { json, csv, edl, out });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional().size() != 1)
        return usageError("shots", Cli::tr("name one asset, by id or by path"));
    std::unique_ptr<CatalogSession> session;
    const auto id = openAsset(context, line, session);
    if (!id)
        return ExitCode::Fatal;
    const AssetStore store(session->db());
    const auto shots = store.shots(*id);
    if (!shots) {
        const QJsonObject analysis = store.assetJson(*id)->value("analysis"_L1).toObject();
        printError(analysis.contains("error"_L1)
                       ? Cli::tr("asset %1 could not be analysed: %2")
                             .arg(*id)
                             .arg(analysis.value("error"_L1).toString())
                       : Cli::tr("asset %1 is not analysed yet (reelatlas-cli analyze)").arg(*id));
        return ExitCode::Fatal;
    }
    if (int(line.parser().isSet(json)) + int(line.parser().isSet(csv)) + int(line.parser().isSet(edl)) > 1)
        return usageError("shots", Cli::tr("give one of --json, --csv and --edl"));
    if (line.parser().isSet(csv) || line.parser().isSet(edl)) {
        const QJsonObject asset = store.assetJson(*id).value_or(QJsonObject());
        const ShotList::Clip clip { asset.value("file_name"_L1).toString(),
                                    asset.value("fps"_L1).toDouble(25),
                                    asset.value("timecode"_L1).toString() };
        Output output;
        if (!output.open(line.parser().value(out)))
            return ExitCode::Fatal;
        output.write(line.parser().isSet(csv) ? ShotList::csv(clip, *shots) : ShotList::edl(clip, *shots));
        return output.finish() ? ExitCode::Ok : ExitCode::Fatal;
    }
    if (line.parser().isSet(json)) {
        writeAll(stdout, QJsonDocument(AssetStore::toJson(*shots)).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    const auto clock = [](double seconds) {
        const int total = int(seconds * 100 + 0.5);
        return u"%1:%2.%3"_s.arg(total / 6000)
            .arg((total / 100) % 60, 2, 10, QChar(u'0'))
            .arg(total % 100, 2, 10, QChar(u'0'));
    };
    for (qsizetype i = 0; i < shots->size(); ++i) {
        const ShotRecord &shot = shots->at(i);
        const QString people = !shot.people ? QString()
            : *shot.people == 0             ? Cli::tr("nobody")
                                            : Cli::tr("%n people", nullptr, *shot.people);
        std::printf("%3lld  %s - %s  %-8s  %s\n", qint64(i + 1), qUtf8Printable(clock(shot.startS)),
                    qUtf8Printable(clock(shot.endS)), qUtf8Printable(shot.kind), qUtf8Printable(people));
    }
    return ExitCode::Ok;
}

// ----------------------------------------------------------------- similar, duplicates

namespace {

std::optional<SimilarityIndex> loadSimilarity(CatalogSession &session)
{
    QString error;
    auto index = SimilarityIndex::load(session.db(), error);
    if (!index)
        printError(Cli::tr("cannot read the catalog: %1").arg(error));
    return index;
}

QJsonObject briefAsset(qint64 id, const std::optional<QJsonObject> &asset)
{
    return QJsonObject { { u"id"_s, id },
                         { u"path"_s, asset ? asset->value("path"_L1) : QJsonValue() },
                         { u"kind"_s, asset ? asset->value("kind"_L1) : QJsonValue() } };
}

QJsonObject briefAsset(const AssetStore &store, qint64 id)
{
    return briefAsset(id, store.assetJson(id));
}

} // namespace

int cmdSimilar(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the assets as JSON on stdout.") };
    const QCommandLineOption limit { u"limit"_s, Cli::tr("At most N assets (20)."), u"N"_s, u"20"_s };
    CommandLine line("similar", { json, limit });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional().size() != 1)
        return usageError("similar", Cli::tr("name one asset, by id or by path"));
    bool limitOk = false;
    const int most = line.parser().value(limit).toInt(&limitOk);
    if (!limitOk || most < 1)
        return usageError("similar", Cli::tr("--limit needs a whole number of 1 or more"));
    std::unique_ptr<CatalogSession> session;
    const auto id = openAsset(context, line, session);
    if (!id)
        return ExitCode::Fatal;
    const AssetStore store(session->db());
    const auto index = loadSimilarity(*session);
    if (!index)
        return ExitCode::Fatal;
    if (!index->contains(*id)) {
        printError(Cli::tr("asset %1 is not analysed yet (reelatlas-cli analyze)").arg(*id));
        return ExitCode::Fatal;
    }
    const QList<SimilarityIndex::Match> matches = index->similar(*id, most);
    const int copyDistance =
        SimilarityIndex::copyDistance(briefAsset(store, *id).value("kind"_L1) == "video"_L1);
    if (line.parser().isSet(json)) {
        QJsonArray list;
        for (const SimilarityIndex::Match &match : matches) {
            QJsonObject item = briefAsset(store, match.id);
            item.insert(u"distance"_s, match.distance);
            item.insert(u"copy"_s, match.distance <= copyDistance);
            list.append(item);
        }
        writeAll(stdout, QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (matches.isEmpty())
        std::printf("%s\n",
                    qUtf8Printable(Cli::tr("nothing like it among %1 analysed assets").arg(index->size())));
    for (const SimilarityIndex::Match &match : matches) {
        std::printf("%8lld  %3d%s  %s\n", match.id, match.distance,
                    match.distance <= copyDistance ? qUtf8Printable(u" "_s + Cli::tr("copy")) : "",
                    qUtf8Printable(briefAsset(store, match.id).value("path"_L1).toString()));
    }
    return ExitCode::Ok;
}

int cmdDuplicates(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the groups as JSON on stdout.") };
    CommandLine line("duplicates", { json });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (!line.positional().isEmpty())
        return usageError("duplicates", Cli::tr("duplicates takes no arguments"));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;
    const auto index = loadSimilarity(*session);
    if (!index)
        return ExitCode::Fatal;
    const QList<QList<qint64>> groups = index->copyGroups();
    QList<qint64> ids;
    for (const QList<qint64> &group : groups)
        ids += group;
    QString error;
    const auto assets = AssetStore(session->db()).assetsJson(ids, error);
    if (!assets) {
        printError(error);
        return ExitCode::Fatal;
    }
    const auto brief = [&](qint64 id) {
        const auto asset = assets->constFind(id);
        return briefAsset(id, asset != assets->cend() ? std::optional(*asset) : std::nullopt);
    };
    if (line.parser().isSet(json)) {
        QJsonArray list;
        for (const QList<qint64> &group : groups) {
            QJsonArray members;
            for (const qint64 id : group)
                members.append(brief(id));
            list.append(members);
        }
        writeAll(stdout, QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        std::printf(
            "%s\n",
            qUtf8Printable(Cli::tr("group %1 (%n copies)", nullptr, int(groups[i].size())).arg(i + 1)));
        for (const qint64 id : groups[i])
            std::printf("  %8lld  %s\n", id, qUtf8Printable(brief(id).value("path"_L1).toString()));
    }
    std::printf(
        "%s\n",
        qUtf8Printable(Cli::tr("%n group(s) of copies among %1 analysed assets", nullptr, int(groups.size()))
                           .arg(index->size())));
    return ExitCode::Ok;
}

int cmdRescan(const CliContext &context, const QStringList &arguments)
{
    IngestFlags flags;
    CommandLine line("rescan", flags.all());
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (!line.positional().isEmpty())
        return usageError("rescan", Cli::tr("rescan takes no paths: it re-checks everything in the catalog"));
    IngestOptions options;
    if (const int status = flags.apply("rescan", line.parser(), options); status >= 0)
        return status;
    options.rescan = true;
    options.catalogFolder = line.catalogFolder(context);
    QString error;
    if (!Catalog::prepare(options.catalogFolder, Catalog::OpenMode::MustExist, error)) {
        printError(error);
        return ExitCode::Fatal;
    }
    return runIngest(options, line.parser().isSet(flags.json), line.parser().isSet(flags.quiet));
}

// ----------------------------------------------------------------- init, check

int cmdInit(const CliContext &context, const QStringList &arguments)
{
    CommandLine line("init", {});
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (!line.positional().isEmpty())
        return usageError("init", Cli::tr("init takes no arguments"));
    const QString folder = line.catalogFolder(context);
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error)) {
        printError(error);
        return ExitCode::Fatal;
    }
    printInfo(Cli::tr("catalog ready: %1").arg(Catalog::displayName(folder)));
    return ExitCode::Ok;
}

int cmdCheck(const CliContext &context, const QStringList &arguments)
{
    CommandLine line("check", {});
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QString folder = line.catalogFolder(context);
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::MustExist, error)) {
        printError(error);
        return ExitCode::Fatal;
    }
    CatalogSession session(folder);
    if (!session.isOpen()) {
        printError(session.error());
        return ExitCode::Fatal;
    }
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    const QString records = backend.integrityCheck(session.db());
    const QString thumbnails = backend.integrityCheck(session.thumbs());
    std::printf("catalog: %s\nthumbnails: %s\n", qUtf8Printable(records), qUtf8Printable(thumbnails));
    return records == "ok"_L1 && thumbnails == "ok"_L1 ? ExitCode::Ok : ExitCode::Fatal;
}

int cmdOptimize(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption quiet { { u"q"_s, u"quiet"_s }, Cli::tr("No progress on stderr.") };
    CommandLine line("optimize", { quiet });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QString folder = line.catalogFolder(context);
    const bool talk = !line.parser().isSet(quiet);
    const auto size = [&] { return Catalog::recordBytes(folder).value_or(0); };
    const qint64 before = size();
    QElapsedTimer clock;
    clock.start();
    QString error;
    // Killed half-way (Ctrl-C), SQLite's log leaves the catalog as it was.
    const bool done = Catalog::optimize(
        folder, nullptr,
        [&](const QString &what, int, int) {
            if (talk)
                printInfo(what + u"…"_s);
        },
        error);
    if (!done) {
        printError(error);
        return ExitCode::Fatal;
    }
    if (talk) {
        const QLocale locale;
        printInfo(Cli::tr("catalog optimized in %1 s: %2 before, %3 now")
                      .arg(QString::number(double(clock.elapsed()) / 1000.0, 'f', 1),
                           locale.formattedDataSize(before), locale.formattedDataSize(size())));
    }
    return ExitCode::Ok;
}

int cmdCatalog(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption from { u"from"_s,
                                    Cli::tr("The catalog to copy (a folder or a server's address)."),
                                    u"CATALOG"_s };
    const QCommandLineOption to { u"to"_s,
                                  Cli::tr("Where the copy goes: a new folder, or an empty database."),
                                  u"CATALOG"_s };
    const QCommandLineOption quiet { { u"q"_s, u"quiet"_s }, Cli::tr("No progress on stderr.") };
    CommandLine line("catalog", { from, to, quiet });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QStringList positional = line.positional();
    if (positional.value(0) != "copy"_L1 || positional.size() != 1)
        return usageError("catalog", Cli::tr("say \"copy\", with --to (and --from, else the catalog)"));
    if (!line.parser().isSet(to))
        return usageError("catalog", Cli::tr("say where the copy goes with --to"));
    const QString source =
        line.parser().isSet(from) ? line.parser().value(from) : line.catalogFolder(context);
    const QString target = line.parser().value(to);
    const bool talk = !line.parser().isSet(quiet);
    QElapsedTimer clock;
    clock.start();
    qint64 lastTold = -1;
    QList<CatalogCopy::Copied> copied;
    QString error;
    // All or nothing: killed half-way (Ctrl-C), the destination's transaction never commits.
    const bool done = CatalogCopy::copy(
        source, target,
        [&](const QString &table, qint64 rows) {
            if (talk && (rows == 0 || clock.elapsed() - lastTold >= 1000)) {
                lastTold = clock.elapsed();
                printInfo(rows == 0 ? Cli::tr("copying %1…").arg(table)
                                    : Cli::tr("copying %1: %2 rows").arg(table).arg(rows));
            }
        },
        nullptr, copied, error);
    if (!done) {
        printError(error);
        return ExitCode::Fatal;
    }
    if (talk) {
        qint64 assets = 0, records = 0, pictures = 0;
        for (const CatalogCopy::Copied &table : std::as_const(copied)) {
            if (table.table == "assets"_L1)
                assets = table.rows;
            else if (table.table == "thumbnails"_L1)
                pictures = table.rows;
            else if (table.table == "locations"_L1 || table.table == "facilities"_L1
                     || table.table == "experts"_L1)
                records += table.rows;
        }
        printInfo(
            Cli::tr("copied %1 clips and photos, %2 locations, facilities and experts and %3 thumbnails to "
                    "%4 in %5 s")
                .arg(assets)
                .arg(records)
                .arg(pictures)
                .arg(Catalog::displayName(target),
                     QString::number(double(clock.elapsed()) / 1000.0, 'f', 1)));
    }
    return ExitCode::Ok;
}

int cmdUsers(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption role { u"role"_s,
                                    Cli::tr("viewer (searches and browses, never reads a fee or a "
                                            "confidential contact), editor or admin."),
                                    u"ROLE"_s };
    const QCommandLineOption password { u"password"_s,
                                        Cli::tr("The login's password (else it has none: set one with psql, "
                                                "or let the server's own rules admit it)."),
                                        u"P"_s };
    CommandLine line("users", { role, password });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QStringList positional = line.positional();
    if (positional.size() != 2 || positional.first() != "add"_L1)
        return usageError("users", Cli::tr("say \"add\" and the login's name"));
    const QString name = positional.at(1).trimmed();
    const QString chosen = line.parser().value(role);
    if (!QStringList { u"viewer"_s, u"editor"_s, u"admin"_s }.contains(chosen))
        return usageError("users", Cli::tr("give --role viewer, editor or admin"));
    if (name.isEmpty())
        return usageError("users", Cli::tr("give the login's name"));
    const QString catalog = line.catalogFolder(context);
    if (!Catalog::isServerAddress(catalog))
        return usageError("users",
                          Cli::tr("users are for a catalog on a PostgreSQL server (--catalog "
                                  "postgresql://…); a catalog folder is one person's"));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(catalog, session))
        return ExitCode::Fatal;
    QString error;
    bool refused = false;
    if (!Catalog::addUser(*session, name, chosen,
                          line.parser().isSet(password) ? line.parser().value(password) : QString(), refused,
                          error)) {
        printError(
            refused ? Cli::tr("only the catalog's owner or an admin may add users (%1)").arg(error.trimmed())
                    : Cli::tr("cannot add the user %1: %2").arg(name, error.trimmed()));
        return ExitCode::Fatal;
    }
    printInfo(Cli::tr("%1 may now sign in to %2 as a %3").arg(name, Catalog::displayName(catalog), chosen));
    return ExitCode::Ok;
}

// Where this machine (or --machine) finds the catalog's folders (database/pathmap.h).
int cmdPaths(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption machine { u"machine"_s,
                                       Cli::tr("The machine whose mappings these are (its host name; "
                                               "else this one: %1).")
                                           .arg(PathMap::thisMachine()),
                                       u"NAME"_s };
    const QCommandLineOption all { u"all"_s, Cli::tr("list: every machine's mappings.") };
    const QCommandLineOption json = jsonOption();
    CommandLine line("paths", { machine, all, json });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QStringList positional = line.positional();
    const QString action = positional.value(0, u"list"_s);
    const QString who =
        line.parser().isSet(machine) ? line.parser().value(machine).trimmed() : PathMap::thisMachine();
    if (who.isEmpty())
        return usageError("paths", Cli::tr("give the machine's name"));
    const bool listing = action == "list"_L1 && positional.size() <= 1;
    if (!listing && !(action == "map"_L1 && positional.size() == 3)
        && !(action == "unmap"_L1 && positional.size() == 2))
        return usageError("paths",
                          Cli::tr("say \"list\", \"map CATALOG_FOLDER LOCAL_FOLDER\" or \"unmap "
                                  "CATALOG_FOLDER\""));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;
    VolumeStore store(session->db());
    QString error;
    if (listing) {
        const auto mappings = store.mappings(line.parser().isSet(all) ? QString() : who, error);
        if (!mappings)
            return fatalError(Cli::tr("cannot read the path mappings: %1").arg(error));
        if (line.parser().isSet(json)) {
            QJsonArray out;
            for (const VolumeStore::Mapping &mapping : *mappings)
                out.append(QJsonObject { { u"machine"_s, mapping.machine },
                                         { u"catalog_folder"_s, mapping.catalogShown },
                                         { u"local_folder"_s, mapping.localShown },
                                         { u"updated_at"_s, mapping.updatedAt } });
            return writeAll(stdout, jsonText(out)) ? ExitCode::Ok : ExitCode::Fatal;
        }
        QByteArray text;
        for (const VolumeStore::Mapping &mapping : *mappings)
            text +=
                (mapping.machine + u'\t' + mapping.catalogShown + u" \u2192 "_s + mapping.localShown + u'\n')
                    .toUtf8();
        if (mappings->isEmpty())
            printInfo(Cli::tr("%1 finds every file where the catalog says it is (no mappings)").arg(who));
        return writeAll(stdout, text) ? ExitCode::Ok : ExitCode::Fatal;
    }
    // The catalog's folder is kept as typed (another machine's spelling, perhaps a Windows one);
    // this machine's own folder is made absolute.
    const QByteArray catalogRoot =
        PathMap::folder(Scanner::rawArgument(positional.at(1), context.rawArguments));
    if (catalogRoot.isEmpty())
        return usageError("paths", Cli::tr("give the catalog's folder"));
    if (action == "unmap"_L1) {
        bool removed = false;
        if (!store.unmap(who, catalogRoot, removed, error))
            return fatalError(Cli::tr("cannot change the path mappings: %1").arg(error));
        if (!removed)
            return fatalError(Cli::tr("%1 does not map %2").arg(who, IngestJob::displayPath(catalogRoot)));
        printInfo(Cli::tr("%1 finds %2 where the catalog says it is again")
                      .arg(who, IngestJob::displayPath(catalogRoot)));
        return ExitCode::Ok;
    }
    const QByteArray typed = Scanner::rawArgument(positional.at(2), context.rawArguments);
    const QByteArray localRoot = PathMap::folder(
        who == PathMap::thisMachine() && !typed.startsWith("\\\\") ? Scanner::absolutePath(typed) : typed);
    VolumeStore::Mapping mapping {
        who, catalogRoot, IngestJob::displayPath(catalogRoot), localRoot, IngestJob::displayPath(localRoot),
        {}
    };
    if (!store.map(mapping, error))
        return fatalError(Cli::tr("cannot map %1: %2").arg(mapping.catalogShown, error));
    printInfo(Cli::tr("%1 finds %2 at %3").arg(who, mapping.catalogShown, mapping.localShown));
    if (who == PathMap::thisMachine() && !QFileInfo(mapping.localShown).isDir())
        printInfo(Cli::tr("note: %1 is not a folder here now").arg(mapping.localShown));
    return ExitCode::Ok;
}

// ----------------------------------------------------------------- export, show, search

// The query language of the search box. On a malformed query (or an empty one when `required`)
// prints the reasons as a usage error and sets `status`.
std::optional<AssetQuery> parseQuery(const char *command, const QString &text, bool required, int &status)
{
    const AssetQuery query = AssetQueryParser::parse(text);
    if (!query.isValid()) {
        status =
            usageError(command, Cli::tr("cannot understand the query: %1").arg(query.errors.join(u"; "_s)));
        return std::nullopt;
    }
    if (required && query.isEmpty()) {
        status = usageError(command,
                            Cli::tr("the query \"%1\" asks for nothing: give words or filters").arg(text));
        return std::nullopt;
    }
    return query;
}

const QCommandLineOption &sortOption()
{
    static const QCommandLineOption option {
        u"sort"_s, Cli::tr("relevance (default), newest, oldest, longest, shortest or name."), u"ORDER"_s,
        u"relevance"_s
    };
    return option;
}

std::optional<AssetSort> parseSort(const QString &text)
{
    static const QHash<QString, AssetSort> sorts {
        { u"relevance"_s, AssetSort::Relevance }, { u"newest"_s, AssetSort::Newest },
        { u"oldest"_s, AssetSort::Oldest },       { u"longest"_s, AssetSort::Longest },
        { u"shortest"_s, AssetSort::Shortest },   { u"name"_s, AssetSort::Name }
    };
    const auto it = sorts.constFind(text.toLower());
    return it == sorts.cend() ? std::nullopt : std::optional(*it);
}

int cmdExport(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption format { u"format"_s, Cli::tr("json (default) or csv."), u"FORMAT"_s,
                                      u"json"_s };
    const QCommandLineOption query { u"query"_s, Cli::tr("Only the assets that match the query."), u"Q"_s };
    const QCommandLineOption out { { u"o"_s, u"out"_s },
                                   Cli::tr("Write to FILE instead of stdout."),
                                   u"FILE"_s };
    const QCommandLineOption bom { u"bom"_s, Cli::tr("Start CSV with a UTF-8 byte order mark (for Excel).") };
    CommandLine line("export", { format, query, out, bom, sortOption() });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    int status = ExitCode::Ok;
    const auto assetQuery = parseQuery("export", line.parser().value(query), false, status);
    if (!assetQuery)
        return status;
    const auto sort = parseSort(line.parser().value(sortOption()));
    if (!sort)
        return usageError("export",
                          Cli::tr("--sort is relevance, newest, oldest, longest, shortest or name"));
    const QString kind = line.parser().value(format);
    if (kind != "json"_L1 && kind != "csv"_L1)
        return usageError("export", Cli::tr("--format is json or csv, not \"%1\"").arg(kind));
    if (!line.positional().isEmpty())
        return usageError("export", Cli::tr("export takes no arguments (use --query to choose assets)"));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;

    Output output;
    if (!output.open(line.parser().value(out)))
        return ExitCode::Fatal;
    if (kind == "csv"_L1) {
        if (line.parser().isSet(bom))
            output.write("\xEF\xBB\xBF");
        output.write(Csv::line(AssetFields::csvHeader()));
    } else {
        output.write("[");
    }
    bool first = true;
    QString error;
    const bool ran = AssetStore(session->db())
                         .forEachMatching(
                             *assetQuery, *sort, 0,
                             [&](const QJsonObject &asset) {
                                 if (kind == "csv"_L1) {
                                     output.write(Csv::line(AssetFields::toCsvRow(asset)));
                                 } else {
                                     output.write((first ? "\n" : ",\n")
                                                  + QJsonDocument(asset).toJson(QJsonDocument::Compact));
                                     first = false;
                                 }
                             },
                             error);
    if (!ran) {
        output.abandon();
        printError(Cli::tr("cannot read the catalog: %1").arg(error));
        return ExitCode::Fatal;
    }
    if (kind == "json"_L1)
        output.write(first ? "]\n" : "\n]\n");
    if (!output.finish())
        return ExitCode::Fatal;
    return ExitCode::Ok;
}

void printAssetForPeople(const QJsonObject &asset)
{
    for (const QString &name : AssetFields::csvHeader()) {
        QString value;
        if (name.startsWith("gps_"_L1) || name.startsWith("format_class_"_L1)) {
            value =
                AssetFields::toCsvRow(QJsonObject { { u"gps"_s, asset.value("gps"_L1) },
                                                    { u"format_class"_s, asset.value("format_class"_L1) } })
                    .at(AssetFields::csvHeader().indexOf(name));
        } else {
            const QJsonValue field = asset.value(name);
            if (field.isNull() || field.isUndefined())
                continue;
            value = field.isArray() ? AssetFields::toCsvRow(QJsonObject { { name, field } })
                                          .at(AssetFields::csvHeader().indexOf(name))
                                    : field.toVariant().toString();
        }
        if (!value.isEmpty())
            std::printf("%-18s %s\n", qUtf8Printable(name), qUtf8Printable(value));
    }
}

int cmdShow(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the asset as JSON.") };
    CommandLine line("show", { json });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional().size() != 1)
        return usageError("show", Cli::tr("name one asset, by id or by path"));
    std::unique_ptr<CatalogSession> session;
    const auto id = openAsset(context, line, session);
    if (!id)
        return ExitCode::Fatal;
    const QJsonObject asset = *AssetStore(session->db()).assetJson(*id);
    if (line.parser().isSet(json))
        writeAll(stdout, QJsonDocument(asset).toJson(QJsonDocument::Indented));
    else
        printAssetForPeople(asset);
    return ExitCode::Ok;
}

int cmdSearch(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the results as a JSON array of assets.") };
    const QCommandLineOption limit { u"limit"_s, Cli::tr("At most N results (default 100; 0 = all)."), u"N"_s,
                                     u"100"_s };
    CommandLine line("search", { json, limit, sortOption() });
    line.setDashedWordsPositional(); // search 海边 -雨
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    const QString text = line.positional().join(u' ').simplified();
    if (text.isEmpty())
        return usageError("search", Cli::tr("give the words to search for"));
    int status = ExitCode::Ok;
    const auto query = parseQuery("search", text, true, status);
    if (!query)
        return status;
    const auto sort = parseSort(line.parser().value(sortOption()));
    if (!sort)
        return usageError("search",
                          Cli::tr("--sort is relevance, newest, oldest, longest, shortest or name"));
    bool ok = false;
    const int max = line.parser().value(limit).toInt(&ok);
    if (!ok || max < 0)
        return usageError("search", Cli::tr("--limit needs a number"));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;
    if (query->similarTo != 0) {
        const auto asset = AssetStore(session->db()).assetJson(query->similarTo);
        if (!asset) {
            printError(Cli::tr("no asset %1 in the catalog").arg(query->similarTo));
            return ExitCode::Fatal;
        }
        if (!asset->value("analysis"_L1).isObject())
            printInfo(Cli::tr("asset %1 is not analysed yet (reelatlas-cli analyze), so nothing is compared "
                              "with it")
                          .arg(query->similarTo));
    }
    QJsonArray results;
    QString error;
    const bool ran = AssetStore(session->db())
                         .forEachMatching(
                             *query, *sort, max,
                             [&](const QJsonObject &asset) {
                                 if (line.parser().isSet(json)) {
                                     results.append(asset);
                                     return;
                                 }
                                 const QString title = asset.value("title"_L1).toString();
                                 std::printf("%lld\t%s\t%s%s\n", qint64(asset.value("id"_L1).toDouble()),
                                             qUtf8Printable(asset.value("status"_L1).toString()),
                                             qUtf8Printable(asset.value("path"_L1).toString()),
                                             title.isEmpty() ? "" : qUtf8Printable(u"\t"_s + title));
                             },
                             error);
    if (!ran) {
        printError(Cli::tr("cannot search the catalog: %1").arg(error));
        return ExitCode::Fatal;
    }
    if (line.parser().isSet(json))
        writeAll(stdout, QJsonDocument(results).toJson(QJsonDocument::Indented));
    return ExitCode::Ok;
}

// ----------------------------------------------------------------- tag

int cmdTag(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption query { u"query"_s, Cli::tr("Tag the assets that match the query."), u"Q"_s };
    CommandLine line("tag", { query });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    QStringList positional = line.positional();
    if (positional.size() < 2 || (positional.first() != "add"_L1 && positional.first() != "remove"_L1))
        return usageError("tag", Cli::tr("say \"add\" or \"remove\", then the tag"));
    const bool add = positional.takeFirst() == "add"_L1;
    const QString tagPath = positional.takeFirst();
    const bool byQuery = line.parser().isSet(query);
    if (byQuery == !positional.isEmpty())
        return usageError("tag",
                          Cli::tr("choose the assets either with --query or with their ids, not both"));
    QList<qint64> ids;
    for (const QString &text : std::as_const(positional)) {
        bool ok = false;
        ids.append(text.toLongLong(&ok));
        if (!ok)
            return usageError("tag", Cli::tr("\"%1\" is not an asset id").arg(text));
    }
    QString error;
    const QString normalized = TagStore::normalizePath(tagPath, error);
    if (normalized.isEmpty())
        return usageError("tag", error);

    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;
    auto &db = session->db();
    if (byQuery) {
        int status = ExitCode::Ok;
        const auto assetQuery = parseQuery("tag", line.parser().value(query), true, status);
        if (!assetQuery)
            return status;
        const auto matching = AssetStore(db).idsMatching(*assetQuery, AssetSort::Newest, 0, error);
        if (!matching) {
            printError(Cli::tr("cannot search the catalog: %1").arg(error));
            return ExitCode::Fatal;
        }
        ids = *matching;
    }
    Sql::Transaction transaction(db);
    if (!transaction.isOpen()) {
        printError(Cli::tr("cannot change tags: %1").arg(transaction.error()));
        return ExitCode::Fatal;
    }
    TagStore tags(db);
    int changed = 0;
    if (add) {
        const auto tagId = tags.ensurePath(normalized, error);
        changed = tagId ? tags.addToAssets(*tagId, ids, error) : -1;
    } else if (const auto tagId = tags.findPath(normalized)) {
        changed = tags.removeFromAssets(*tagId, ids, error);
    }
    if (changed < 0) {
        printError(Cli::tr("cannot change tags: %1").arg(error));
        return ExitCode::Fatal;
    }
    if (!transaction.commit(error)) {
        printError(Cli::tr("cannot save the tags: %1").arg(error));
        return ExitCode::Fatal;
    }
    printInfo(add ? Cli::tr("tagged %n asset(s) with %1", nullptr, changed).arg(normalized)
                  : Cli::tr("removed %1 from %n asset(s)", nullptr, changed).arg(normalized));
    return ExitCode::Ok;
}

// ----------------------------------------------------------------- poster

// Reads a time as seconds ("12.5") or as [[h:]m:]s ("1:02.5").
std::optional<double> parseTime(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    double seconds = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double value = parts.at(i).toDouble(&ok);
        if (!ok || value < 0 || !std::isfinite(value) || (i > 0 && value >= 60))
            return std::nullopt;
        seconds = seconds * 60 + value;
    }
    return seconds;
}

int cmdPoster(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption at { u"at"_s,
                                  Cli::tr("Make the frame at this time the poster (seconds, or m:ss.s)."),
                                  u"TIME"_s };
    const QCommandLineOption automatic { u"auto"_s, Cli::tr("Let ReelAtlas pick the poster again.") };
    const QCommandLineOption json { u"json"_s, Cli::tr("Print the poster's time as JSON.") };
    CommandLine line("poster", { at, automatic, json });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional().size() != 1)
        return usageError("poster", Cli::tr("name one clip, by id or by path"));
    if (line.parser().isSet(at) && line.parser().isSet(automatic))
        return usageError("poster", Cli::tr("give --at or --auto, not both"));
    std::optional<double> time;
    if (line.parser().isSet(at)) {
        time = parseTime(line.parser().value(at));
        if (!time)
            return usageError(
                "poster", Cli::tr("\"%1\" is not a time (seconds, or m:ss)").arg(line.parser().value(at)));
    }
    std::unique_ptr<CatalogSession> session;
    const auto id = openAsset(context, line, session);
    if (!id)
        return ExitCode::Fatal;
    AssetStore store(session->db());
    QJsonObject asset = *store.assetJson(*id);
    if (asset.value("kind"_L1).toString() != "video"_L1) {
        printError(Cli::tr("asset %1 is not a clip: a photo is its own poster").arg(*id));
        return ExitCode::Fatal;
    }
    if (line.parser().isSet(at) || line.parser().isSet(automatic)) {
        const double duration = asset.value("duration_s"_L1).toDouble(0);
        if (time && duration > 0 && *time > duration) {
            printError(Cli::tr("the clip is %1 s long; %2 s is past its end")
                           .arg(QLocale().toString(duration, 'f', 2), QLocale().toString(*time, 'f', 2)));
            return ExitCode::Fatal;
        }
        QString error;
        const QByteArray path = store.rawPathOf(*id).value_or(QByteArray());
        const auto poster = PosterMaker::makeNow(path, time, 0, error);
        if (!poster) {
            printError(
                Cli::tr("cannot make the poster of %1: %2").arg(asset.value("path"_L1).toString(), error));
            return ExitCode::Fatal;
        }
        // Both databases in one go: the pictures and the record, or neither.
        Sql::Transaction pictures(session->thumbs());
        Sql::Transaction record(session->db());
        if (!pictures.isOpen() || !record.isOpen()) {
            printError(Cli::tr("cannot save the poster: %1")
                           .arg(pictures.isOpen() ? record.error() : pictures.error()));
            return ExitCode::Fatal;
        }
        if (!store.setPoster(*id, *poster, session->thumbs(), error) || !pictures.commit(error)
            || !record.commit(error)) {
            printError(Cli::tr("cannot save the poster: %1").arg(error));
            return ExitCode::Fatal;
        }
        asset = *store.assetJson(*id);
    }
    const QJsonValue chosen = asset.value("poster_chosen_s"_L1);
    if (line.parser().isSet(json)) {
        const QJsonObject poster { { u"id"_s, *id },
                                   { u"poster_time_s"_s, asset.value("poster_time_s"_L1) },
                                   { u"chosen"_s, chosen.isDouble() },
                                   { u"chosen_s"_s, chosen } };
        writeAll(stdout, QJsonDocument(poster).toJson(QJsonDocument::Indented));
    } else {
        const QString when = QLocale().toString(asset.value("poster_time_s"_L1).toDouble(), 'f', 2);
        const QString text = chosen.isDouble()
            ? Cli::tr("poster of %1: the frame at %2 s, chosen").arg(*id).arg(when)
            : Cli::tr("poster of %1: the frame at %2 s, picked by ReelAtlas").arg(*id).arg(when);
        std::printf("%s\n", qUtf8Printable(text));
    }
    return ExitCode::Ok;
}

// ----------------------------------------------------------------- thumbnail

// A poster larger than the stored one, made again from the file by a worker.
QImage posterFromFile(const QByteArray &path, int size, QString &error)
{
    const auto poster = PosterMaker::makeNow(path, std::nullopt, size, error);
    for (const StoredThumbnail &picture : poster ? poster->pictures : QList<StoredThumbnail>()) {
        if (picture.kind == ThumbnailStore::PosterLarge)
            return QImage::fromData(picture.jpeg);
    }
    return {};
}

int cmdThumbnail(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption out { { u"o"_s, u"out"_s },
                                   Cli::tr("The picture file to write (.jpg or .png)."),
                                   u"FILE"_s };
    const QCommandLineOption size { u"size"_s, Cli::tr("Long edge in pixels (default 1024)."), u"N"_s,
                                    u"1024"_s };
    CommandLine line("thumbnail", { out, size });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional().size() != 1)
        return usageError("thumbnail", Cli::tr("name one asset, by id or by path"));
    if (!line.parser().isSet(out))
        return usageError("thumbnail", Cli::tr("say where to write the picture with --out FILE.jpg"));
    bool ok = false;
    const int edge = line.parser().value(size).toInt(&ok);
    if (!ok || edge < 16 || edge > 16384)
        return usageError("thumbnail", Cli::tr("--size needs a number of pixels from 16 to 16384"));
    const QString outFile = line.parser().value(out);
    const QByteArray suffix = QFileInfo(outFile).suffix().toLower().toLatin1();
    if (!QImageWriter::supportedImageFormats().contains(suffix == "jpeg" ? QByteArray("jpg") : suffix))
        return usageError(
            "thumbnail",
            Cli::tr("cannot write \"%1\" pictures; use .jpg or .png").arg(QString::fromLatin1(suffix)));

    std::unique_ptr<CatalogSession> session;
    const auto id = openAsset(context, line, session);
    if (!id)
        return ExitCode::Fatal;
    const AssetStore store(session->db());
    QString error;
    const QString hash = store.hashAndKind(*id)->first;
    const auto stored = ThumbnailStore::get(
        session->thumbs(), hash, edge <= 256 ? ThumbnailStore::Poster : ThumbnailStore::PosterLarge);
    if (!stored) {
        printError(Cli::tr("asset %1 has no poster (%2)")
                       .arg(*id)
                       .arg(store.assetJson(*id)->value("error"_L1).toString(Cli::tr("it was never made"))));
        return ExitCode::Fatal;
    }
    QImage image = QImage::fromData(stored->jpeg);
    if (std::max(image.width(), image.height()) < edge) {
        // The stored poster is smaller than asked: make it again from the file when it is here.
        const QJsonObject asset = *store.assetJson(*id);
        const qint64 sourceEdge =
            std::max(asset.value("width"_L1).toInteger(), asset.value("height"_L1).toInteger());
        if (sourceEdge > std::max(image.width(), image.height())) {
            const QImage fresh = posterFromFile(store.rawPathOf(*id).value_or(QByteArray()), edge, error);
            if (!fresh.isNull())
                image = fresh;
            else
                printInfo(Cli::tr("note: the file cannot be read (%1); writing the stored %2 px poster")
                              .arg(error.isEmpty() ? Cli::tr("offline") : error)
                              .arg(std::max(image.width(), image.height())));
        }
    }
    if (std::max(image.width(), image.height()) > edge)
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Written beside its place and moved there whole: a failure leaves the old file.
    QSaveFile file(outFile);
    QImageWriter writer(&file, suffix);
    writer.setQuality(90);
    const bool written = file.open(QIODevice::WriteOnly) && writer.write(image);
    const QString reason = written ? QString() : (file.isOpen() ? writer.errorString() : file.errorString());
    if (!written)
        file.cancelWriting();
    if (!file.commit() || !written) {
        printError(
            Cli::tr("cannot write %1: %2").arg(outFile, reason.isEmpty() ? file.errorString() : reason));
        return ExitCode::Fatal;
    }
    printInfo(Cli::tr("wrote %1 (%2 × %3)").arg(outFile).arg(image.width()).arg(image.height()));
    return ExitCode::Ok;
}

} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "reelatlas-cli: %s\n", qUtf8Printable(message));
}

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands {
        { "init", "", QT_TRANSLATE_NOOP("Cli", "Create the catalog (does nothing if it exists)."), cmdInit },
        { "ingest",
          "PATH... [--jobs N] [--json] [--timeout S] [--retry-failed] [--quiet] [--analyze] [--queue]",
          QT_TRANSLATE_NOOP("Cli",
                            "Find media under the paths, probe it, make posters and filmstrips, "
                            "and catalogue it. Unchanged files are skipped, moved files relinked."),
          cmdIngest },
        { "analyze", "[--query Q] [--jobs N] [--json] [--timeout S] [--retry-failed] [--quiet] [--queue]",
          QT_TRANSLATE_NOOP(
              "Cli",
              "The analysis pass (shots, people) over the catalogued assets that lack the current "
              "version of it. Resumable: what is done is kept."),
          cmdAnalyze },
        { "worker", "[--jobs N] [--until-idle] [--lease S] [--timeout S] [--quiet]",
          QT_TRANSLATE_NOOP("Cli",
                            "Take jobs queued in the catalog (ingest --queue, analyze --queue) and do them; "
                            "any number of machines may work on one queue. A job whose worker stops is taken "
                            "over when its lease runs out; one that fails three times is failed."),
          cmdWorker },
        { "shots", "ID|PATH [--json|--csv|--edl] [--out FILE]",
          QT_TRANSLATE_NOOP("Cli", "The clip's shots, in order; as an EDL or CSV for editing programs."),
          cmdShots },
        { "similar", "ID|PATH [--json] [--limit N]",
          QT_TRANSLATE_NOOP("Cli",
                            "The analysed assets that look most like this one, nearest first, with how far."),
          cmdSimilar },
        { "duplicates", "[--json]",
          QT_TRANSLATE_NOOP(
              "Cli", "Groups of copies: the same picture or clip resized, re-encoded, trimmed a little."),
          cmdDuplicates },
        { "rescan", "[--jobs N] [--json] [--timeout S] [--retry-failed] [--quiet]",
          QT_TRANSLATE_NOOP("Cli",
                            "Re-check every catalogued file: changed ones are probed again, moved "
                            "ones relinked, missing ones marked offline."),
          cmdRescan },
        { "export", "[--format json|csv] [--query Q] [--out FILE] [--bom]",
          QT_TRANSLATE_NOOP("Cli", "Every asset, or those matching the query, as JSON or CSV."), cmdExport },
        { "show", "ID|PATH [--json]", QT_TRANSLATE_NOOP("Cli", "One asset."), cmdShow },
        { "search", "QUERY [--json] [--limit N]",
          QT_TRANSLATE_NOOP("Cli",
                            "Assets matching the query, best match first: words in Chinese, English, "
                            "pinyin or initials, and field filters (tag:天气/晴 dur:<10 fps:>=50 hdr:yes "
                            "orient:portrait year:2024 codec:hevc status:offline)."),
          cmdSearch },
        { "tag", "add|remove TAG (--query Q | ID...)",
          QT_TRANSLATE_NOOP("Cli", "Add a tag (天气/晴) to assets, or remove it."), cmdTag },
        { "poster", "ID|PATH [--at TIME | --auto] [--json]",
          QT_TRANSLATE_NOOP("Cli",
                            "Show the clip's poster frame, make the frame at TIME its poster, or let "
                            "ReelAtlas pick it again. Kept when the clip is read or analysed again."),
          cmdPoster },
        { "thumbnail", "ID|PATH --out FILE.jpg [--size N]",
          QT_TRANSLATE_NOOP("Cli", "Write the poster at N pixels on the long edge."), cmdThumbnail },
        { "check", "", QT_TRANSLATE_NOOP("Cli", "Check the catalog's databases for damage."), cmdCheck },
        { "optimize", "[--quiet]",
          QT_TRANSLATE_NOOP("Cli",
                            "Merge the search index and rewrite the catalog file in order, so that "
                            "searches read fast after a restart. Worth it after a large import or "
                            "removal; about a minute and a half for a million assets."),
          cmdOptimize },
        { "catalog", "copy [--from CATALOG] --to CATALOG [--quiet]",
          QT_TRANSLATE_NOOP("Cli",
                            "Copy the whole catalog, thumbnails and ids included, into a new folder or an "
                            "empty PostgreSQL database (postgresql://…), all or nothing: a folder onto a "
                            "server to share it, and back."),
          cmdCatalog },
        { "users", "add NAME --role viewer|editor|admin [--password P]",
          QT_TRANSLATE_NOOP("Cli",
                            "(A catalog on a PostgreSQL server.) A login with the grants of its role: a "
                            "viewer searches and browses but never reads a fee, a rate or a confidential "
                            "contact, which the server itself keeps from it; an editor edits; an admin "
                            "also adds users."),
          cmdUsers },
        { "paths",
          "[list [--all] [--json] | map CATALOG_FOLDER LOCAL_FOLDER | unmap CATALOG_FOLDER] [--machine NAME]",
          QT_TRANSLATE_NOOP("Cli",
                            "Where this machine finds the catalog's folders: a share that another machine "
                            "catalogued as /mnt/nas and this one mounts at /Volumes/NAS is mapped once, and "
                            "every command, window and worker here opens its files there. The catalog keeps "
                            "one spelling for everyone."),
          cmdPaths },
        { "locations", "list|show|add|set|remove|import|export|near|fields ...",
          QT_TRANSLATE_NOOP("Cli",
                            "Locations (外景地): list and search them, show, add, change, remove, import and "
                            "export them (CSV, JSON), and find those near a point."),
          cmdLocations },
        { "facilities", "list|show|add|set|remove|import|export|near|fields ...",
          QT_TRANSLATE_NOOP("Cli", "Facilities and services (拍摄资源): as for locations."), cmdFacilities },
        { "experts", "list|show|add|set|remove|import|export|fields ...",
          QT_TRANSLATE_NOOP("Cli", "Experts (专家): as for locations, without the map."), cmdExperts },
        { "productions", "list|show|add|set|remove|candidate|expert|clip ...",
          QT_TRANSLATE_NOOP("Cli",
                            "Productions' requests: their candidate locations (proposed, visited, chosen, "
                            "rejected), experts and clips."),
          cmdProductions },
        { "package", "export --production ID --out FILE.pdf [--lang zh|en] [--office NAME] [--mbtiles FILE]",
          QT_TRANSLATE_NOOP("Cli", "Write a production's scout package as PDF."), cmdPackage },
    };
    return commands;
}
