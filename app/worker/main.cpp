// reelatlas-worker: the isolated media worker. A coordinator (reelatlas-cli, reelatlas) starts a
// few of these and feeds them files over stdin/stdout (see workerprotocol.h), so that a file that
// crashes or hangs FFmpeg, libheif or Exiv2 costs only that file: the coordinator notices, records
// the file as failed, and starts a new worker.
//
//   reelatlas-worker                 serve requests on stdin/stdout
//   reelatlas-worker --probe FILE    print one file's facts as JSON (and --out DIR: its pictures)

#include "contenthash.h"
#include "ffmpegutil.h"
#include "mediaprocessor.h"
#include "translations.h"
#include "videoanalyzer.h"
#include "workerprotocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_protocolOut = -1; // private copy of the original stdout
rlim_t g_cpuSecondsPerFile = 0; // 0: no limit

// The limits a hostile file meets (the coordinator sets them in the environment):
// REELATLAS_WORKER_MEMORY_MB bounds the data segment, REELATLAS_WORKER_CPU_SECONDS the processor
// time each file may use, and no core file is ever written (it would hold the file's decoded
// contents, and take the disk). AddressSanitizer builds leave the data-segment limit to the
// sanitizer (its shadow memory does not fit one) and keep the process traceable for its leak
// check. REELATLAS_WORKER_NICE lowers the worker's scheduling priority (background analysis).
void limitProcess()
{
    const rlimit noCore { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &noCore);
#ifndef __SANITIZE_ADDRESS__
    ::prctl(PR_SET_DUMPABLE, 0); // also when core files go to a program (core_pattern "|…")
    if (const qint64 limitMb = qEnvironmentVariableIntValue("REELATLAS_WORKER_MEMORY_MB"); limitMb > 0) {
        const rlimit limit { rlim_t(limitMb) << 20, rlim_t(limitMb) << 20 };
        ::setrlimit(RLIMIT_DATA, &limit);
    }
#endif
    if (const int seconds = qEnvironmentVariableIntValue("REELATLAS_WORKER_CPU_SECONDS"); seconds > 0)
        g_cpuSecondsPerFile = rlim_t(seconds);
    if (const int nice = qEnvironmentVariableIntValue("REELATLAS_WORKER_NICE"); nice > 0)
        ::setpriority(PRIO_PROCESS, 0, std::min(nice, 19));
}

// Allows the next file g_cpuSecondsPerFile of processor time from now: the limit counts the
// process's whole life, so it is moved on before each file. Past it the kernel sends SIGXCPU.
void allowProcessorTimeForOneFile()
{
    if (g_cpuSecondsPerFile == 0)
        return;
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const rlim_t used = rlim_t(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1;
    const rlimit limit { used + g_cpuSecondsPerFile, RLIM_INFINITY };
    ::setrlimit(RLIMIT_CPU, &limit);
}

bool readExactly(int fd, char *data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QString statusName(MediaProcessor::Status status)
{
    switch (status) {
    case MediaProcessor::Status::Ok:
        return u"ok"_s;
    case MediaProcessor::Status::Vanished:
        return u"vanished"_s;
    case MediaProcessor::Status::Failed:
        break;
    }
    return u"failed"_s;
}

#ifdef REELATLAS_FAULT_INJECTION
// Test builds: REELATLAS_TEST_FAULTS="crash=a.mp4,b.mov;hang=c.mp4;spin=f.mp4;slow=d.mp4;vanish=e.mp4"
// makes this worker crash, hang (waiting), hang (busy), take a second, or delete the file first
// when it meets one of those names ("*" matches every file).
void injectFault(const QByteArray &path, bool processing)
{
    const QByteArray spec = qgetenv("REELATLAS_TEST_FAULTS");
    if (spec.isEmpty())
        return;
    const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
    for (const QByteArray &entry : spec.split(';')) {
        const qsizetype eq = entry.indexOf('=');
        const QByteArrayList names = entry.mid(eq + 1).split(',');
        if (eq < 0 || (!names.contains(name) && !names.contains("*")))
            continue;
        const QByteArray kind = entry.left(eq).trimmed();
        if (kind == "vanish")
            ::unlink(path.constData());
        if (!processing)
            continue;
        if (kind == "crash") {
            ::signal(SIGSEGV, SIG_DFL); // a crash as the kernel makes it, not a sanitizer's report
            ::raise(SIGSEGV);
        }
        if (kind == "slow")
            ::sleep(1);
        if (kind == "hang") {
            for (;;)
                ::pause();
        }
        if (kind == "spin") { // busy, not waiting: what the processor-time limit is for
            volatile quint64 counter = 0;
            for (;;)
                counter = counter + 1;
        }
    }
}
#else
void injectFault(const QByteArray &, bool) { }
#endif

QCborMap handle(const QCborMap &request, const MediaProcessor &processor)
{
    const QString op = request.value("op"_L1).toString();
    const QByteArray path = request.value("path"_L1).toByteArray();
    allowProcessorTimeForOneFile();
    QCborMap reply;
    if (op == "identify"_L1) {
        injectFault(path, false);
        FileIdentity identity;
        QString error;
        switch (ContentHash::identify(path, identity, error)) {
        case ContentHash::Outcome::Ok:
            reply.insert(u"status"_s, u"ok"_s);
            reply.insert(u"hash"_s, identity.contentHash);
            reply.insert(u"size"_s, identity.sizeBytes);
            reply.insert(u"mtime_ns"_s, identity.mtimeNs);
            break;
        case ContentHash::Outcome::Vanished:
            reply.insert(u"status"_s, u"vanished"_s);
            break;
        case ContentHash::Outcome::Failed:
            reply.insert(u"status"_s, u"failed"_s);
            reply.insert(u"error"_s, error);
            break;
        }
        return reply;
    }
    if (op == "process"_L1) {
        injectFault(path, true);
        MediaOptions options = processor.options();
        if (const qint64 size = request.value("inspector_size"_L1).toInteger(); size >= 16 && size <= 16384)
            options.inspectorSize = int(size); // a larger poster on request (reelatlas-cli thumbnail --size)
        // A clip's poster at the time a person chose (the preview, reelatlas-cli poster --at).
        if (const double at = request.value("poster_at_s"_L1).toDouble(-1); at >= 0 && std::isfinite(at))
            options.posterAtS = at;
        // The file's identity comes with the result: a changed file at a known path is processed
        // without a separate identify step, and its pictures are stored under its new hash.
        FileIdentity identity;
        QString identifyError;
        if (ContentHash::identify(path, identity, identifyError) == ContentHash::Outcome::Ok) {
            reply.insert(u"hash"_s, identity.contentHash);
            reply.insert(u"size"_s, identity.sizeBytes);
            reply.insert(u"mtime_ns"_s, identity.mtimeNs);
        }
        const MediaProcessor::Result result = MediaProcessor(options).process(path);
        reply.insert(u"status"_s, statusName(result.status));
        if (!result.error.isEmpty())
            reply.insert(u"error"_s, result.error);
        reply.insert(u"facts"_s, result.facts.toCbor());
        reply.insert(u"pictures"_s, result.pictures.toCbor());
        return reply;
    }
    if (op == "analyze"_L1) {
        injectFault(path, true);
        const MediaProcessor::Analysis analysis = processor.analyze(path);
        reply = analysis.toCbor();
        reply.insert(u"status"_s, statusName(analysis.status));
        if (!analysis.error.isEmpty())
            reply.insert(u"error"_s, analysis.error);
        reply.insert(u"version"_s, MediaProcessor::kAnalysisVersion);
        return reply;
    }
    reply.insert(u"status"_s, u"failed"_s);
    reply.insert(u"error"_s, u"unknown request \"%1\""_s.arg(op));
    return reply;
}

int serve(const MediaProcessor &processor)
{
    for (;;) {
        char header[4];
        if (!readExactly(STDIN_FILENO, header, sizeof header))
            return 0; // the coordinator closed the pipe: done
        const quint32 length = qFromBigEndian<quint32>(header);
        if (qsizetype(length) > WorkerProtocol::kMaxMessageBytes)
            return 2;
        QByteArray body(qsizetype(length), Qt::Uninitialized);
        if (!readExactly(STDIN_FILENO, body.data(), length))
            return 2;
        const QCborMap request = QCborValue::fromCbor(body).toMap();
        if (request.value("op"_L1).toString() == "quit"_L1)
            return 0;
        QCborMap reply = handle(request, processor);
        reply.insert(u"id"_s, request.value("id"_L1));
        if (!writeAll(g_protocolOut, WorkerProtocol::encode(reply)))
            return 0;
    }
}

QJsonValue cborToJson(const QCborValue &value)
{
    // Byte strings (JPEGs) are summarised; everything else converts as is.
    if (value.isByteArray())
        return u"<%1 bytes>"_s.arg(value.toByteArray().size());
    if (value.isMap()) {
        QJsonObject object;
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key().toString(), cborToJson(it.value()));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        const QCborArray cborArray = value.toArray();
        for (const QCborValue &item : cborArray)
            array.append(cborToJson(item));
        return array;
    }
    return value.toJsonValue();
}

int probeOne(const MediaProcessor &processor, const QString &file, const QString &outDir)
{
    const QByteArray path = QFile::encodeName(file);
    QCborMap request;
    request.insert(u"op"_s, u"process"_s);
    request.insert(u"path"_s, path);
    const QCborMap reply = handle(request, processor);
    std::fputs(QJsonDocument(cborToJson(reply).toObject()).toJson().constData(), stdout);
    if (!outDir.isEmpty()) {
        QDir().mkpath(outDir);
        const QCborArray thumbnails = reply.value("pictures"_L1).toMap().value("thumbnails"_L1).toArray();
        const QString base = QFileInfo(file).completeBaseName();
        static const char *const kNames[] = { "", "poster", "poster_large", "filmstrip" };
        for (const QCborValue &value : thumbnails) {
            const QCborMap thumbnail = value.toMap();
            const qint64 kind = thumbnail.value("kind"_L1).toInteger();
            if (kind < 1 || kind > 3)
                continue;
            QFile out(QDir(outDir).filePath(base + u'.' + QLatin1StringView(kNames[kind]) + u".jpg"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(thumbnail.value("jpeg"_L1).toByteArray());
        }
    }
    return reply.value("status"_L1).toString() == "ok"_L1 ? 0 : 3;
}

// One line of JSON: the clip's shot boundaries, how many frames were looked at, and how long it took.
int shotsOf(const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    VideoAnalyzer::ShotScan scan;
    QString error;
    const bool ok = VideoAnalyzer().scanShots(QFile::encodeName(file), scan, error);
    QJsonArray boundaries;
    static const char *const kKinds[] = { "cut", "dissolve", "fade" };
    for (const ShotDetector::Boundary &b : scan.boundaries)
        boundaries.append(QJsonObject { { u"time_s"_s, b.timeS },
                                        { u"kind"_s, QLatin1StringView(kKinds[int(b.kind)]) },
                                        { u"strength"_s, b.strength } });
    QJsonObject line { { u"file"_s, file },
                       { u"boundaries"_s, boundaries },
                       { u"frames"_s, scan.frames },
                       { u"duration_s"_s, scan.durationS },
                       { u"seconds"_s, double(clock.nsecsElapsed()) / 1e9 } };
    if (!ok)
        line.insert(u"error"_s, error);
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    return ok ? 0 : 3;
}

// One line of JSON: what the analysis pass finds in the file (shots, people and their boxes).
int analysisOf(const MediaProcessor &processor, const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    const MediaProcessor::Analysis analysis = processor.analyze(QFile::encodeName(file));
    QCborMap map = analysis.toCbor();
    map.remove(u"pictures"_s);
    QJsonObject line = map.toJsonObject();
    line.insert(u"file"_s, file);
    line.insert(u"seconds"_s, double(clock.nsecsElapsed()) / 1e9);
    if (analysis.status != MediaProcessor::Status::Ok)
        line.insert(u"error"_s, analysis.error);
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    return analysis.status == MediaProcessor::Status::Ok ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    // Die with the coordinator, and never take the machine down with a hostile file.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::signal(SIGPIPE, SIG_IGN);
    limitProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ReelAtlas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REELATLAS_VERSION));
    Translations::install(QLocale());
    FFmpeg::installLogHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"ReelAtlas media worker"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption probeOption(u"probe"_s,
                                         u"Print the facts of FILE... as JSON, one document each."_s);
    const QCommandLineOption outOption(u"out"_s, u"With --probe: write the pictures to DIR."_s, u"DIR"_s);
    const QCommandLineOption fullDecodeOption(u"no-fast-decode"_s, u"Decode with the loop filter."_s);
    const QCommandLineOption shotsOption(u"shots"_s,
                                         u"Print the shot boundaries of FILE... as JSON, one line each."_s);
    const QCommandLineOption analyzeOption(
        u"analyze"_s,
        u"Print what the analysis pass finds in FILE... (shots, people) as JSON, one line each."_s);
    parser.addOptions({ probeOption, outOption, fullDecodeOption, shotsOption, analyzeOption });
    parser.addPositionalArgument(u"FILE"_s, u"With --probe: the files to probe."_s, u"[FILE...]"_s);
    parser.process(app);

    MediaOptions options;
    options.fastDecode = !parser.isSet(fullDecodeOption);
    const MediaProcessor processor(options);
    if (parser.isSet(shotsOption)) {
        int status = 0;
        for (const QString &file : parser.positionalArguments())
            status = std::max(status, shotsOf(file));
        return status;
    }
    if (parser.isSet(analyzeOption)) {
        int status = 0;
        for (const QString &file : parser.positionalArguments())
            status = std::max(status, analysisOf(processor, file));
        return status;
    }
    if (parser.isSet(probeOption)) {
        int status = 0;
        const QStringList files = parser.positionalArguments();
        for (const QString &file : files)
            status = std::max(status, probeOne(processor, file, parser.value(outOption)));
        return status;
    }

    // Keep the protocol on a private descriptor; anything a library prints goes to stderr.
    g_protocolOut = ::dup(STDOUT_FILENO);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    return serve(processor);
}
