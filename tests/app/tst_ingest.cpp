// Batch ingest through reelatlas-cli, as a user runs it: incremental re-runs, moved and missing
// files, broken and hostile files, workers that crash or hang, files that vanish, unreadable
// files, and a kill -9 in the middle of a batch.

#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogfixtures.h"
#include "ingestjob.h"
#include "mediaprocessor.h"
#include "sql.h"
#include "sqlitebackend.h"
#include "testsupport.h"
#include "thumbnailstore.h"
#include "workerclient.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::cli;
using TestSupport::ClipSpec;

namespace {

QProcessEnvironment faults(const QString &spec)
{
    QProcessEnvironment environment;
    environment.insert(u"REELATLAS_TEST_FAULTS"_s, spec);
    return environment;
}

// Worker crashes, hangs and vanishing files are made on purpose only by builds with fault
// injection (the default but for Release; ./build.sh turns it on): elsewhere those checks are
// skipped, saying so.
#ifdef REELATLAS_FAULT_INJECTION
constexpr bool kFaultInjection = true;
#else
constexpr bool kFaultInjection = false;
#endif
#define REQUIRE_FAULT_INJECTION()                                                                            \
    do {                                                                                                     \
        if (!kFaultInjection)                                                                                \
            QSKIP("this build makes no worker fail on purpose: configure with "                              \
                  "-DREELATLAS_FAULT_INJECTION=ON");                                                         \
    } while (false)

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip; // a small H.264 clip to copy around
    QString m_photo; // a small JPEG

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    void copy(const QString &from, const QString &to)
    {
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        QVERIFY(QFile::copy(from, to));
    }

    // Runs ingest --json and returns the summary.
    QJsonObject ingest(const QString &catalog, const QStringList &paths, int expectedExit,
                       const QProcessEnvironment &environment = {}, const QStringList &extra = {})
    {
        const auto result =
            cli(QStringList { u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, u"--jobs"_s, u"2"_s } + extra
                    + paths,
                environment);
        [&] { QVERIFY2(result.exitCode == expectedExit, result.err.constData()); }();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        // stdout is one JSON document and nothing else, even with progress on stderr.
        [&] { QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData()); }();
        return document.object();
    }

    QJsonArray exportAll(const QString &catalog, const QStringList &extra = {})
    {
        const auto result = cli(QStringList { u"--catalog"_s, catalog, u"export"_s } + extra);
        [&] { QCOMPARE(result.exitCode, 0); }();
        return QJsonDocument::fromJson(result.out).array();
    }

    QJsonObject assetAt(const QJsonArray &assets, const QString &filePath)
    {
        for (const QJsonValue &value : assets) {
            if (value.toObject().value("path"_L1).toString() == filePath)
                return value.toObject();
        }
        return {};
    }

    // Assets committed so far (read while an ingest may be writing: WAL readers do not block).
    static int assetCount(const QString &catalog)
    {
        if (!Catalog::exists(catalog))
            return 0;
        CatalogSession session(catalog);
        QSqlQuery query(session.db());
        return query.exec(u"SELECT count(*) FROM assets"_s) && query.next() ? query.value(0).toInt() : 0;
    }

    QString reasonFor(const QJsonObject &summary, const char *list, const QString &filePath)
    {
        const QJsonArray notes = summary.value(QLatin1StringView(list)).toArray();
        for (const QJsonValue &value : notes) {
            if (value.toObject().value("path"_L1).toString() == filePath)
                return value.toObject().value("reason"_L1).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = path(u"source/clip.mp4"_s);
        m_photo = path(u"source/photo.jpg"_s);
        QDir().mkpath(path(u"source"_s));
        ClipSpec spec;
        spec.seconds = 2;
        QString error;
        QVERIFY2(TestSupport::makeClip(m_clip, spec, &error), qPrintable(error));
        QVERIFY2(TestSupport::makePhoto(m_photo, 640, 480, &error), qPrintable(error));
        // A portrait phone clip and a second distinct clip.
        ClipSpec other;
        other.seconds = 2;
        other.source = u"mandelbrot=s=320x240:r=25"_s;
        QVERIFY2(TestSupport::makeClip(path(u"source/other.mp4"_s), other, &error), qPrintable(error));
        QVERIFY(TestSupport::ffmpeg({ u"-i"_s, path(u"source/other.mp4"_s), u"-c"_s, u"copy"_s,
                                      u"-metadata:s:v:0"_s, u"rotate=270"_s, path(u"source/portrait.mp4"_s) },
                                    &error));
    }

    void ingestThenNothingChanged()
    {
        const QString library = path(u"library"_s);
        const QString catalog = Backends::newCatalog();
        copy(m_clip, library + u"/海边/黄昏.mp4"_s);
        copy(m_photo, library + u"/海边/IMG_0001.JPG"_s);
        copy(path(u"source/portrait.mp4"_s), library + u"/phone/portrait.mp4"_s);
        copy(path(u"source/other.mp4"_s), library + u"/other.mov"_s);

        QJsonObject summary = ingest(catalog, { library }, 0);
        QCOMPARE(summary.value("found"_L1).toInt(), 4);
        QCOMPARE(summary.value("added"_L1).toInt(), 4);
        QCOMPARE(summary.value("failed"_L1).toInt(), 0);
        QVERIFY(summary.contains("seconds"_L1));
        QVERIFY(summary.value("failures"_L1).isArray());

        const QJsonArray assets = exportAll(catalog);
        QCOMPARE(assets.size(), 4);
        const QJsonObject clip = assetAt(assets, library + u"/海边/黄昏.mp4"_s);
        QCOMPARE(clip.value("kind"_L1).toString(), u"video"_s);
        QCOMPARE(clip.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(clip.value("poster"_L1).toBool(), true);
        QCOMPARE(clip.value("width"_L1).toInt(), 320);
        QCOMPARE(clip.value("container"_L1).toString(), u"mov"_s);
        QCOMPARE(clip.value("content_hash"_L1).toString().size(), 32);
        QCOMPARE(clip.value("filmstrip_frames"_L1).toInt(), 4); // eight once analysed
        const QJsonObject portrait = assetAt(assets, library + u"/phone/portrait.mp4"_s);
        QCOMPARE(portrait.value("rotation"_L1).toInt(), 90);
        QCOMPARE(portrait.value("width"_L1).toInt(), 240);
        QCOMPARE(portrait.value("height"_L1).toInt(), 320);
        const QJsonObject photo = assetAt(assets, library + u"/海边/IMG_0001.JPG"_s);
        QCOMPARE(photo.value("kind"_L1).toString(), u"photo"_s);
        QVERIFY(photo.value("duration_s"_L1).isNull());
        QVERIFY(photo.value("format_class"_L1).isNull());

        // Nothing changed: nothing is decoded. A worker that cannot start proves none was needed.
        QProcessEnvironment noWorker;
        noWorker.insert(u"REELATLAS_WORKER"_s, u"/nonexistent/reelatlas-worker"_s);
        summary = ingest(catalog, { library }, 0, noWorker);
        QCOMPARE(summary.value("found"_L1).toInt(), 4);
        QCOMPARE(summary.value("unchanged"_L1).toInt(), 4);
        QCOMPARE(summary.value("added"_L1).toInt(), 0);
        QCOMPARE(exportAll(catalog).size(), 4);

        // show by id and by path; search; csv
        const QString id = QString::number(clip.value("id"_L1).toInt());
        auto result = cli({ u"--catalog"_s, catalog, u"show"_s, id, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value("path"_L1).toString(),
                 library + u"/海边/黄昏.mp4"_s);
        result = cli({ u"--catalog"_s, catalog, u"show"_s, library + u"/海边/黄昏.mp4"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("黄昏.mp4"));
        result = cli({ u"--catalog"_s, catalog, u"search"_s, u"海边"_s, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 2);
        result = cli(
            { u"--catalog"_s, catalog, u"export"_s, u"--format"_s, u"csv"_s, u"--query"_s, u"portrait"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 2);
    }

    void tagsThumbnailsMovesAndOffline()
    {
        const QString library = path(u"library2"_s);
        const QString catalog = Backends::newCatalog();
        copy(m_clip, library + u"/a/clip.mp4"_s);
        copy(path(u"source/other.mp4"_s), library + u"/a/other.mp4"_s);
        copy(m_photo, library + u"/b/photo.jpg"_s);
        ingest(catalog, { library }, 0);
        const int clipId = assetAt(exportAll(catalog), library + u"/a/clip.mp4"_s).value("id"_L1).toInt();

        // Batch tagging by query and by id.
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"tag"_s, u"add"_s, u"天气/晴"_s, u"--query"_s, u"clip"_s })
                     .exitCode,
                 0);
        QCOMPARE(
            cli({ u"--catalog"_s, catalog, u"tag"_s, u"add"_s, u"海岸"_s, QString::number(clipId) }).exitCode,
            0);
        QJsonObject clip = assetAt(exportAll(catalog), library + u"/a/clip.mp4"_s);
        QCOMPARE(clip.value("tags"_L1).toArray(), (QJsonArray { u"天气/晴"_s, u"海岸"_s }));

        // Thumbnails from the catalog, at the size asked (never enlarged past the source).
        const QString out = path(u"poster.jpg"_s);
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"thumbnail"_s, QString::number(clipId), u"--out"_s, out,
                       u"--size"_s, u"128"_s })
                     .exitCode,
                 0);
        QCOMPARE(QImage(out).size(), QSize(128, 96));

        // Moved and renamed: relinked, same id, tags kept.
        QVERIFY(QDir().mkpath(library + u"/moved"_s));
        QVERIFY(QFile::rename(library + u"/a/clip.mp4"_s, library + u"/moved/renamed 古镇.mp4"_s));
        // Gone (its drive unplugged): offline, with its tags and poster.
        QVERIFY(QDir().mkpath(path(u"unplugged"_s)));
        QVERIFY(QFile::rename(library + u"/b/photo.jpg"_s, path(u"unplugged/photo.jpg"_s)));
        QJsonObject summary = ingest(catalog, { library }, 0);
        QCOMPARE(summary.value("relinked"_L1).toInt(), 1);
        QCOMPARE(summary.value("offline"_L1).toInt(), 1);
        QCOMPARE(summary.value("added"_L1).toInt(), 0);
        QJsonArray assets = exportAll(catalog);
        QCOMPARE(assets.size(), 3);
        clip = assetAt(assets, library + u"/moved/renamed 古镇.mp4"_s);
        QCOMPARE(clip.value("id"_L1).toInt(), clipId);
        QCOMPARE(clip.value("tags"_L1).toArray().size(), 2);
        const QJsonObject photo = assetAt(assets, library + u"/b/photo.jpg"_s);
        QCOMPARE(photo.value("status"_L1).toString(), u"offline"_s);
        QCOMPARE(photo.value("poster"_L1).toBool(), true);
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"thumbnail"_s, QString::number(photo.value("id"_L1).toInt()),
                       u"--out"_s, out })
                     .exitCode,
                 0); // offline assets keep their posters

        // Moved out of the folders an import scans, into another: found by its content, not by
        // its old folder (which the import does not read), and back again.
        QVERIFY(QDir().mkpath(path(u"elsewhere"_s)));
        QVERIFY(QFile::rename(library + u"/moved/renamed 古镇.mp4"_s, path(u"elsewhere/clip again.mp4"_s)));
        summary = ingest(catalog, { path(u"elsewhere"_s) }, 0);
        QCOMPARE(summary.value("relinked"_L1).toInt(), 1);
        QCOMPARE(summary.value("added"_L1).toInt(), 0);
        QCOMPARE(assetAt(exportAll(catalog), path(u"elsewhere/clip again.mp4"_s)).value("id"_L1).toInt(),
                 clipId);
        QVERIFY(QFile::rename(path(u"elsewhere/clip again.mp4"_s), library + u"/moved/renamed 古镇.mp4"_s));
        summary = ingest(catalog, { library }, 0);
        QCOMPARE(summary.value("relinked"_L1).toInt(), 1);
        QCOMPARE(summary.value("added"_L1).toInt(), 0);
        QCOMPARE(summary.value("offline"_L1).toInt(), 0); // the photo was already
        QCOMPARE(exportAll(catalog).size(), 3);

        // The photo comes back unchanged: online again, same id, not decoded again. A changed
        // file is updated in place.
        QVERIFY(QFile::rename(path(u"unplugged/photo.jpg"_s), library + u"/b/photo.jpg"_s));
        QFile::remove(library + u"/a/other.mp4"_s);
        copy(m_clip, library + u"/a/other.mp4"_s);
        summary = ingest(catalog, { library }, 0);
        QCOMPARE(summary.value("updated"_L1).toInt(), 1);
        QCOMPARE(summary.value("unchanged"_L1).toInt(), 2);
        assets = exportAll(catalog);
        QCOMPARE(assetAt(assets, library + u"/b/photo.jpg"_s).value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(assetAt(assets, library + u"/b/photo.jpg"_s).value("id"_L1), photo.value("id"_L1));
        QCOMPARE(assets.size(), 3);

        // rescan walks the remembered folders.
        QVERIFY(QFile::remove(library + u"/a/other.mp4"_s));
        const auto result = cli({ u"--catalog"_s, catalog, u"rescan"_s, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value("offline"_L1).toInt(), 1);
    }

    void brokenAndHostileFiles()
    {
        const QString bad = path(u"bad"_s);
        const QString catalog = Backends::newCatalog();
        QDir().mkpath(bad + u"/sub"_s);
        copy(m_clip, bad + u"/good.mp4"_s);
        copy(m_photo, bad + u"/古镇老街.jpg"_s);
        QVERIFY(TestSupport::writeFile(QFile::encodeName(bad + u"/zero.mp4"_s), {}));
        QVERIFY(TestSupport::writeFile(QFile::encodeName(bad + u"/random.mov"_s),
                                       TestSupport::randomBytes(100'000, 1)));
        QVERIFY(TestSupport::writeFile(QFile::encodeName(bad + u"/random.jpg"_s),
                                       TestSupport::randomBytes(50'000, 2)));
        const QByteArray clip = TestSupport::readFile(m_clip);
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(bad + u"/truncated.mp4"_s), clip.left(clip.size() / 3)));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(bad) + "/gbk_\xb9\xc5\xd5\xf2.mp4", clip)); // GBK 古镇
        QCOMPARE(::symlink("..", QFile::encodeName(bad + u"/sub/loop"_s).constData()), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(bad + u"/pipe.mp4"_s).constData(), 0644), 0);
        QString error;
        QVERIFY(TestSupport::ffmpeg(
            { u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=d=1"_s, u"-c:a"_s, u"aac"_s, bad + u"/audio_only.mp4"_s },
            &error));

        const QJsonObject summary = ingest(catalog, { bad }, 3);
        QCOMPARE(summary.value("found"_L1).toInt(), 8); // the pipe is not a file
        QCOMPARE(summary.value("failed"_L1).toInt(), 5);
        QVERIFY(reasonFor(summary, "failures", bad + u"/zero.mp4"_s).contains(u"empty"_s));
        QVERIFY(!reasonFor(summary, "failures", bad + u"/random.mov"_s).isEmpty());
        QVERIFY(reasonFor(summary, "failures", bad + u"/random.jpg"_s).contains(u"JPEG"_s));
        QVERIFY(reasonFor(summary, "failures", bad + u"/truncated.mp4"_s).contains(u"moov"_s));
        QVERIFY(reasonFor(summary, "failures", bad + u"/audio_only.mp4"_s).contains(u"audio"_s));
        QVERIFY(reasonFor(summary, "skips", bad + u"/sub/loop"_s).contains(u"loop"_s));
        QVERIFY(reasonFor(summary, "skips", bad + u"/pipe.mp4"_s).contains(u"pipe"_s));

        const QJsonArray assets = exportAll(catalog);
        QCOMPARE(assets.size(), 8); // failed files are catalogued as failed, with the reason
        QCOMPARE(assetAt(assets, bad + u"/good.mp4"_s).value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(assetAt(assets, bad + u"/古镇老街.jpg"_s).value("status"_L1).toString(), u"ok"_s);
        // The GBK name is shown decoded, and the file was read through its real bytes.
        QCOMPARE(assetAt(assets, bad + u"/gbk_古镇.mp4"_s).value("status"_L1).toString(), u"ok"_s);
        const QJsonObject zero = assetAt(assets, bad + u"/zero.mp4"_s);
        QCOMPARE(zero.value("status"_L1).toString(), u"failed"_s);
        QVERIFY(zero.value("error"_L1).toString().contains(u"empty"_s));
        QCOMPARE(zero.value("poster"_L1).toBool(), false);

        // Unchanged failures are not retried (they would fail again)...
        QJsonObject again = ingest(catalog, { bad }, 0);
        QCOMPARE(again.value("unchanged"_L1).toInt(), 8);
        // ...unless asked.
        again = ingest(catalog, { bad }, 3, {}, { u"--retry-failed"_s });
        QCOMPARE(again.value("failed"_L1).toInt(), 5);
        QCOMPARE(exportAll(catalog).size(), 8);
    }

    void workersThatCrashOrHang()
    {
        REQUIRE_FAULT_INJECTION();
        const QString folder = path(u"faults"_s);
        const QString catalog = Backends::newCatalog();
        copy(m_clip, folder + u"/crash.mp4"_s);
        copy(path(u"source/other.mp4"_s), folder + u"/hang.mp4"_s);
        copy(m_photo, folder + u"/fine.jpg"_s);
        copy(path(u"source/portrait.mp4"_s), folder + u"/fine.mp4"_s);
        const QJsonObject summary = ingest(catalog, { folder }, 3, faults(u"crash=crash.mp4;hang=hang.mp4"_s),
                                           { u"--timeout"_s, u"3"_s });
        QCOMPARE(summary.value("found"_L1).toInt(), 4);
        QCOMPARE(summary.value("added"_L1).toInt(), 2);
        QCOMPARE(summary.value("failed"_L1).toInt(), 2);
        QVERIFY2(reasonFor(summary, "failures", folder + u"/crash.mp4"_s).contains(u"crashed"_s),
                 qPrintable(reasonFor(summary, "failures", folder + u"/crash.mp4"_s)));
        QVERIFY(reasonFor(summary, "failures", folder + u"/hang.mp4"_s).contains(u"timed out"_s));
        const QJsonArray assets = exportAll(catalog);
        QCOMPARE(assetAt(assets, folder + u"/crash.mp4"_s).value("status"_L1).toString(), u"failed"_s);
        QCOMPARE(assetAt(assets, folder + u"/fine.mp4"_s).value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(assetAt(assets, folder + u"/fine.jpg"_s).value("status"_L1).toString(), u"ok"_s);
    }

    // What a hostile file meets in a worker: a processor-time limit beside the timeout (a file
    // that keeps the processor busy is stopped by it, and not tried again), a memory limit
    // shared out among the workers, and no core file.
    void workerLimits()
    {
        REQUIRE_FAULT_INJECTION();
        const QString folder = path(u"limits"_s);
        const QString catalog = Backends::newCatalog();
        copy(m_clip, folder + u"/spin.mp4"_s);
        copy(m_photo, folder + u"/fine.jpg"_s);
        QProcessEnvironment environment = faults(u"spin=spin.mp4"_s);
        environment.insert(u"REELATLAS_WORKER_CPU_SECONDS"_s, u"1"_s);
        const QJsonObject summary = ingest(catalog, { folder }, 3, environment, { u"--timeout"_s, u"600"_s });
        QCOMPARE(summary.value("added"_L1).toInt(), 1);
        QCOMPARE(summary.value("failed"_L1).toInt(), 1);
        const QString reason = reasonFor(summary, "failures", folder + u"/spin.mp4"_s);
        QVERIFY2(reason.contains(u"processor time"_s), qPrintable(reason));

        // The limits of a running worker, read while it waits on a file that hangs.
        copy(m_clip, folder + u"/hang.mp4"_s);
        QProcess ingest;
        QProcessEnvironment hang = QProcessEnvironment::systemEnvironment();
        hang.insert(u"REELATLAS_TEST_FAULTS"_s, u"hang=hang.mp4"_s);
        ingest.setProcessEnvironment(hang);
        ingest.start(TestSupport::cliPath(),
                     { u"--catalog"_s, catalog, u"ingest"_s, u"--quiet"_s, u"--timeout"_s, u"60"_s,
                       u"--jobs"_s, u"1"_s, folder + u"/hang.mp4"_s });
        QVERIFY(ingest.waitForStarted());
        // Read once the worker has its request (its processor-time allowance is set then).
        QString limits;
        QTRY_VERIFY_WITH_TIMEOUT(
            (limits = workerLimitsOf(ingest.processId())).contains(u"Max cpu time"_s)
                && !limits.section(u"Max cpu time"_s, 1).simplified().startsWith(u"unlimited"_s),
            20'000);
        ingest.kill();
        ingest.waitForFinished();
        const auto limit = [&](const QString &name) {
            for (const QString &line : limits.split(u'\n')) {
                if (line.startsWith(name))
                    return line.mid(name.size()).simplified().section(u' ', 0, 1); // soft, hard
            }
            return QString();
        };
        QCOMPARE(limit(u"Max core file size"_s), u"0 0"_s);
        const WorkerClient::Limits expected = WorkerClient::limitsFor(1, 60'000);
        // The file's allowance from the time it came: what the worker had used, and 2 × 60 s.
        bool number = false;
        const int cpuSoft = limit(u"Max cpu time"_s).section(u' ', 0, 0).toInt(&number);
        QVERIFY2(number && cpuSoft > expected.cpuSeconds && cpuSoft <= expected.cpuSeconds + 30,
                 qPrintable(limit(u"Max cpu time"_s)));
        QCOMPARE(expected.cpuSeconds, 120);
#ifndef __SANITIZE_ADDRESS__
        QCOMPARE(limit(u"Max data size"_s), u"%1 %1"_s.arg(qint64(expected.memoryMb) * 1024 * 1024));
#endif
        QVERIFY(expected.memoryMb >= 1024 && expected.memoryMb <= 3072);

        // More workers than fit in memory are not started, and the command line says so.
        const WorkerClient::Limits many = WorkerClient::limitsFor(256, 120'000);
        const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGESIZE);
        QVERIFY(qint64(many.jobs) * many.memoryMb <= qint64(pages) * pageSize / (1024 * 1024) * 3 / 4);
        QVERIFY(many.memoryMb >= 1024);
        QCOMPARE(WorkerClient::limitsFor(1, 120'000).cpuSeconds, 240);
        const auto noted =
            cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--jobs"_s, u"256"_s, folder + u"/fine.jpg"_s });
        QCOMPARE(noted.exitCode, 0);
        // Said when fewer are started, and only then.
        QVERIFY2(noted.err.contains("files at once, not 256") == (many.jobs < 256), noted.err.constData());
    }

    // The /proc limits of a reelatlas-worker whose parent is `parent`, or empty.
    static QString workerLimitsOf(qint64 parent)
    {
        const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            if (pid.toLongLong() <= 0)
                continue;
            const QByteArray stat = TestSupport::readFile(u"/proc/%1/stat"_s.arg(pid));
            const qsizetype close = stat.lastIndexOf(')');
            if (close < 0 || !stat.left(close).contains("reelatlas-work"))
                continue;
            if (stat.mid(close + 2).split(' ').value(1).toLongLong() == parent)
                return QString::fromUtf8(TestSupport::readFile(u"/proc/%1/limits"_s.arg(pid)));
        }
        return {};
    }

    // A phone clip filmed in Qingdao just after sunset (its position and time in the file, as
    // phones write them): the light is golden, its colours are named, both searchable.
    void lightAndColourOfAClip()
    {
        const QString folder = path(u"light"_s);
        const QString catalog = Backends::newCatalog();
        QDir().mkpath(folder);
        TestSupport::ClipSpec spec;
        spec.seconds = 2;
        spec.extraOutputArgs = TestSupport::filmedAt(u"+36.0671+120.3826/"_s, u"2024-06-21T11:20:00Z"_s);
        QString error;
        QVERIFY2(TestSupport::makeClip(folder + u"/dusk.mp4"_s, spec, &error), qPrintable(error));
        spec.extraOutputArgs.clear(); // no position: no light
        QVERIFY2(TestSupport::makeClip(folder + u"/nowhere.mp4"_s, spec, &error), qPrintable(error));
        const QJsonObject summary = ingest(catalog, { folder }, 0, {}, { u"--analyze"_s });
        QCOMPARE(summary.value("analyzed"_L1).toInt(), 2);
        const QJsonObject dusk = assetAt(exportAll(catalog), folder + u"/dusk.mp4"_s);
        QCOMPARE(dusk.value("light"_L1).toString(), u"golden"_s);
        QVERIFY(std::abs(dusk.value("sun_elevation"_L1).toDouble() + 0.73) < 0.2);
        const QJsonArray colours = dusk.value("colors"_L1).toArray();
        QVERIFY(!colours.isEmpty());
        const QString colour = colours.first().toString();
        const auto names = [&](const QString &query) {
            const auto result = cli({ u"--catalog"_s, catalog, u"search"_s, u"--json"_s, query });
            [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
            QStringList out;
            for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array())
                out.append(QFileInfo(value[u"path"_s].toString()).fileName());
            out.sort();
            return out;
        };
        QCOMPARE(names(u"light:golden"_s), QStringList { u"dusk.mp4"_s });
        QCOMPARE(names(u"光线:黄金时刻"_s), QStringList { u"dusk.mp4"_s });
        QCOMPARE(names(u"color:"_s + colour), (QStringList { u"dusk.mp4"_s, u"nowhere.mp4"_s }));
        QCOMPARE(names(u"kind:video -light:golden"_s), QStringList { u"nowhere.mp4"_s });
        // Each shot's colours too.
        const auto shots = cli({ u"--catalog"_s, catalog, u"shots"_s, folder + u"/dusk.mp4"_s, u"--json"_s });
        QVERIFY(!QJsonDocument::fromJson(shots.out).array().at(0)[u"colors"_s].toArray().isEmpty());
    }

    // A person makes the frame at a time the poster: the stored pictures show it; it survives
    // the analysis pass and the file being read again (changed on disk); --auto gives it back to
    // ReelAtlas; what cannot be done says why and changes nothing.
    void posterChosenByAPerson()
    {
        const QString folder = path(u"poster"_s);
        const QString catalog = Backends::newCatalog();
        QDir().mkpath(folder);
        TestSupport::ClipSpec spec;
        spec.audio = false;
        spec.seconds = 6;
        spec.source = u"color=c=red:s=320x240:r=25:d=2[r];color=c=green:s=320x240:r=25:d=2[g];"
                      "color=c=blue:s=320x240:r=25:d=2[b];[r][g][b]concat=n=3:v=1"_s;
        QString error;
        const QString clip = folder + u"/rgb.mp4"_s;
        QVERIFY2(TestSupport::makeClip(clip, spec, &error), qPrintable(error));
        QVERIFY2(TestSupport::makePhoto(folder + u"/still.jpg"_s, 320, 240, &error), qPrintable(error));
        ingest(catalog, { folder }, 0);
        const auto run = [&](const QStringList &args) {
            return cli(QStringList { u"--catalog"_s, catalog } + args);
        };
        const auto posterColour = [&] {
            const QString out = path(u"poster-out.png"_s);
            const auto written = run({ u"thumbnail"_s, clip, u"--out"_s, out, u"--size"_s, u"256"_s });
            [&] { QVERIFY2(written.exitCode == 0, written.err.constData()); }();
            const QImage image(out);
            return image.isNull() ? QColor() : image.pixelColor(image.rect().center());
        };
        const auto poster = [&] {
            const auto result = run({ u"poster"_s, clip, u"--json"_s });
            [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
            return QJsonDocument::fromJson(result.out).object();
        };
        QCOMPARE(poster().value("chosen"_L1).toBool(), false);

        auto result = run({ u"poster"_s, clip, u"--at"_s, u"0:03"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("chosen"), result.out.constData());
        QCOMPARE(poster().value("chosen_s"_L1).toDouble(), 3.0);
        QColor colour = posterColour();
        QVERIFY2(colour.green() > 100 && colour.red() < 80, qPrintable(colour.name()));

        // The analysis pass, then the file changed on disk (read again): still the chosen frame.
        ingest(catalog, { folder }, 0, {}, { u"--analyze"_s });
        QCOMPARE(poster().value("chosen_s"_L1).toDouble(), 3.0);
        QVERIFY(posterColour().green() > 100);
        QFile file(clip);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        file.close();
        const QJsonObject again = ingest(catalog, { folder }, 0);
        QCOMPARE(again.value("updated"_L1).toInt(), 1);
        QCOMPARE(poster().value("chosen_s"_L1).toDouble(), 3.0);
        colour = posterColour();
        QVERIFY2(colour.green() > 100 && colour.red() < 80, qPrintable(colour.name()));

        // Refused, with the reason, and nothing changed.
        for (const QStringList &bad :
             { QStringList { u"poster"_s, clip, u"--at"_s, u"9"_s },
               QStringList { u"poster"_s, clip, u"--at"_s, u"soon"_s },
               QStringList { u"poster"_s, clip, u"--at"_s, u"2"_s, u"--auto"_s },
               QStringList { u"poster"_s, folder + u"/still.jpg"_s, u"--at"_s, u"1"_s } }) {
            result = run(bad);
            QVERIFY2(result.exitCode != 0, qPrintable(bad.join(u' ')));
            QVERIFY2(!result.err.isEmpty(), qPrintable(bad.join(u' ')));
        }
        QCOMPARE(poster().value("chosen_s"_L1).toDouble(), 3.0);

        result = run({ u"poster"_s, clip, u"--auto"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(poster().value("chosen"_L1).toBool(), false);
        QVERIFY(poster().value("chosen_s"_L1).isNull());
    }

    // The analysis pass: ingest --analyze finds the shots of what it catalogued; "shots" lists
    // them; "analyze" does only what is missing; a changed file is analysed again; a file that
    // crashes the analyser is named, keeps its facts, and is tried again on request.
    void analysisPass()
    {
        const QString folder = path(u"analysis"_s);
        const QString catalog = Backends::newCatalog();
        QDir().mkpath(folder);
        QString error;
        QVERIFY2(
            TestSupport::ffmpeg({ u"-i"_s, m_clip, u"-i"_s, path(u"source/other.mp4"_s), u"-filter_complex"_s,
                                  u"[0:v][1:v]concat=n=2[v]"_s, u"-map"_s, u"[v]"_s, u"-c:v"_s, u"libx264"_s,
                                  u"-preset"_s, u"veryfast"_s, folder + u"/two-shots.mp4"_s },
                                &error),
            qPrintable(error));
        copy(m_photo, folder + u"/still.jpg"_s);
        // A photograph with somebody in it (opencv-doc's footballer).
        copy(u"/usr/share/doc/opencv-doc/examples/data/messi5.jpg"_s, folder + u"/footballer.jpg"_s);
        QJsonObject summary = ingest(catalog, { folder }, 0, {}, { u"--analyze"_s });
        QCOMPARE(summary.value("added"_L1).toInt(), 3);
        QCOMPARE(summary.value("analyzed"_L1).toInt(), 3);

        // People: none in the test patterns, somebody in the photograph; searchable.
        const QJsonArray analysed = exportAll(catalog);
        QCOMPARE(assetAt(analysed, folder + u"/two-shots.mp4"_s).value("people"_L1).toInt(-1), 0);
        QCOMPARE(assetAt(analysed, folder + u"/still.jpg"_s).value("people"_L1).toInt(-1), 0);
        QVERIFY(assetAt(analysed, folder + u"/footballer.jpg"_s).value("people"_L1).toInt(-1) >= 1);
        const auto found = [&](const QString &query) {
            // "--": a query may begin with "-" (-people:none).
            const auto result = cli({ u"--catalog"_s, catalog, u"search"_s, u"--json"_s, u"--"_s, query });
            [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
            QStringList names;
            for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array())
                names.append(QFileInfo(value[u"path"_s].toString()).fileName());
            names.sort();
            return names;
        };
        QCOMPARE(found(u"people:none"_s), QStringList({ u"still.jpg"_s, u"two-shots.mp4"_s }));
        QCOMPARE(found(u"人物:无"_s), QStringList({ u"still.jpg"_s, u"two-shots.mp4"_s }));
        QCOMPARE(found(u"people:yes"_s), QStringList({ u"footballer.jpg"_s }));
        QCOMPARE(found(u"-people:none"_s), QStringList({ u"footballer.jpg"_s }));
        QCOMPARE(found(u"people:>=1 kind:video"_s), QStringList());
        QVERIFY(cli({ u"--catalog"_s, catalog, u"search"_s, u"people:lots"_s }).exitCode != 0);

        const auto shotsOf = [&](const QString &file) {
            const auto result = cli({ u"--catalog"_s, catalog, u"shots"_s, file, u"--json"_s });
            [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
            return QJsonDocument::fromJson(result.out).array();
        };
        const QJsonArray shots = shotsOf(folder + u"/two-shots.mp4"_s);
        QCOMPARE(shots.size(), 2);
        QCOMPARE(shots.at(0)[u"start_s"_s].toDouble(), 0.0);
        QVERIFY(std::abs(shots.at(1)[u"start_s"_s].toDouble() - 2.0) < 0.15);
        QCOMPARE(shots.at(0)[u"end_s"_s].toDouble(), shots.at(1)[u"start_s"_s].toDouble());
        QVERIFY(std::abs(shots.at(1)[u"end_s"_s].toDouble() - 4.0) < 0.15);
        QCOMPARE(shots.at(1)[u"begins_with"_s].toString(), u"cut"_s);
        QCOMPARE(shotsOf(folder + u"/still.jpg"_s).size(), 1); // a photo is one shot
        const auto edl =
            cli({ u"--catalog"_s, catalog, u"shots"_s, folder + u"/two-shots.mp4"_s, u"--edl"_s });
        QCOMPARE(edl.exitCode, 0);
        QVERIFY(edl.out.startsWith("TITLE: two-shots.mp4\r\nFCM: NON-DROP FRAME\r\n"));
        QVERIFY(edl.out.contains("\r\n002  AX       V     C        "));
        QCOMPARE(shots.at(1)[u"people"_s].toInt(-1), 0);
        const QJsonArray footballer = shotsOf(folder + u"/footballer.jpg"_s);
        QCOMPARE(footballer.size(), 1);
        QVERIFY(footballer.at(0)[u"people"_s].toInt() >= 1);
        const QJsonArray box = footballer.at(0)[u"people_boxes"_s].toArray().at(0).toArray();
        QVERIFY(box.at(0).toString() == "face"_L1 || box.at(0).toString() == "person"_L1);
        QVERIFY(box.at(3).toDouble() > 0 && box.at(3).toDouble() <= 1);
        const QJsonObject clip = assetAt(exportAll(catalog), folder + u"/two-shots.mp4"_s);
        QCOMPARE(clip.value("shots"_L1).toInt(), 2);
        QCOMPARE(clip.value("filmstrip_frames"_L1).toInt(), 8); // made by the analysis pass
        QCOMPARE(clip.value("analysis"_L1).toObject().value("version"_L1).toInt(),
                 MediaProcessor::kAnalysisVersion);
        {
            // A frame of each shot, side by side, from the middle of the shot.
            CatalogSession session(catalog, true);
            const auto frames = ThumbnailStore::get(
                session.thumbs(), clip.value("content_hash"_L1).toString(), ThumbnailStore::ShotFrames);
            QVERIFY(frames);
            QCOMPARE(frames->frames, 2);
            const QImage strip = QImage::fromData(frames->jpeg, "JPG");
            QCOMPARE(strip.width() % 2, 0);
            // testsrc2, then the Mandelbrot set: two different pictures.
            const QImage first = strip.copy(0, 0, strip.width() / 2, strip.height())
                                     .scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const QImage second = strip.copy(strip.width() / 2, 0, strip.width() / 2, strip.height())
                                      .scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const QColor a = first.pixelColor(0, 0), b = second.pixelColor(0, 0);
            QVERIFY2(std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                             + std::abs(a.blue() - b.blue())
                         > 60,
                     qPrintable(a.name() + u' ' + b.name()));
        }

        // Nothing is analysed twice.
        summary =
            QJsonDocument::fromJson(cli({ u"--catalog"_s, catalog, u"analyze"_s, u"--json"_s }).out).object();
        QCOMPARE(summary.value("found"_L1).toInt(), 0);

        // A changed file is catalogued again and its analysis made again.
        copy(path(u"source/other.mp4"_s), folder + u"/two-shots.mp4"_s);
        QVERIFY(assetAt(exportAll(catalog), folder + u"/two-shots.mp4"_s).value("analysis"_L1).isObject());
        summary = ingest(catalog, { folder }, 0);
        QCOMPARE(summary.value("updated"_L1).toInt(), 1);
        QVERIFY(assetAt(exportAll(catalog), folder + u"/two-shots.mp4"_s).value("analysis"_L1).isNull());
        QVERIFY(cli({ u"--catalog"_s, catalog, u"shots"_s, folder + u"/two-shots.mp4"_s }).exitCode == 1);

        // The analyser crashes on it: named, kept, not analysed; tried again on request.
        REQUIRE_FAULT_INJECTION();
        const auto crashed =
            cli({ u"--catalog"_s, catalog, u"analyze"_s, u"--json"_s, u"--query"_s, u"kind:video"_s },
                faults(u"crash=two-shots.mp4"_s));
        QCOMPARE(crashed.exitCode, 3);
        summary = QJsonDocument::fromJson(crashed.out).object();
        QCOMPARE(summary.value("analysis_failed"_L1).toInt(), 1);
        QVERIFY(reasonFor(summary, "failures", folder + u"/two-shots.mp4"_s).contains(u"analysis"_s));
        const QJsonObject failed = assetAt(exportAll(catalog), folder + u"/two-shots.mp4"_s);
        QCOMPARE(failed.value("status"_L1).toString(), u"ok"_s);
        QVERIFY(!failed.value("analysis"_L1).toObject().value("error"_L1).toString().isEmpty());
        QVERIFY(cli({ u"--catalog"_s, catalog, u"shots"_s, folder + u"/two-shots.mp4"_s })
                    .err.contains("could not be analysed"));
        summary = QJsonDocument::fromJson(
                      cli({ u"--catalog"_s, catalog, u"analyze"_s, u"--json"_s, u"--retry-failed"_s }).out)
                      .object();
        QCOMPARE(summary.value("analyzed"_L1).toInt(), 1);
        QCOMPARE(shotsOf(folder + u"/two-shots.mp4"_s).size(), 1);
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"analyze"_s, u"--query"_s, u"dur:<<"_s }).exitCode, 2);
    }

    // Copies of a photograph (resized, re-encoded, brightened, PNG, cropped) and of a clip (another
    // codec and size, trimmed) are grouped; another part of the same street is similar, not a copy.
    void copiesAndLookAlikes()
    {
        const QString folder = path(u"copies"_s);
        const QString catalog = Backends::newCatalog();
        QDir().mkpath(folder);
        const QString samples = u"/usr/share/doc/opencv-doc/examples/data"_s;
        copy(samples + u"/building.jpg"_s, folder + u"/hotel.jpg"_s);
        copy(samples + u"/aero1.jpg"_s, folder + u"/town.jpg"_s);
        const auto make = [&](const QStringList &args) {
            QString error;
            QVERIFY2(TestSupport::ffmpeg(args, &error), qPrintable(error));
        };
        const QString hotel = folder + u"/hotel.jpg"_s;
        make({ u"-i"_s, hotel, u"-vf"_s, u"scale=iw/2:-2"_s, folder + u"/hotel-small.jpg"_s });
        make({ u"-i"_s, hotel, u"-q:v"_s, u"20"_s, folder + u"/hotel-low-quality.jpg"_s });
        make({ u"-i"_s, hotel, u"-vf"_s, u"eq=brightness=0.08"_s, folder + u"/hotel-brighter.jpg"_s });
        make({ u"-i"_s, hotel, folder + u"/hotel.png"_s });
        make({ u"-i"_s, hotel, u"-vf"_s, u"crop=iw*0.96:ih*0.96"_s, folder + u"/hotel-cropped.jpg"_s });
        const QString street = folder + u"/street.mp4"_s;
        make({ u"-ss"_s, u"10"_s, u"-t"_s, u"8"_s, u"-i"_s, samples + u"/vtest.avi"_s, u"-c:v"_s,
               u"libx264"_s, u"-preset"_s, u"veryfast"_s, street });
        make({ u"-i"_s, street, u"-c:v"_s, u"mpeg4"_s, u"-q:v"_s, u"5"_s, u"-vf"_s, u"scale=384:-2"_s,
               folder + u"/street-mpeg4.avi"_s });
        make({ u"-ss"_s, u"0.25"_s, u"-i"_s, street, u"-t"_s, u"7.6"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s,
               u"veryfast"_s, folder + u"/street-trimmed.mp4"_s });
        make({ u"-ss"_s, u"40"_s, u"-t"_s, u"8"_s, u"-i"_s, samples + u"/vtest.avi"_s, u"-c:v"_s,
               u"libx264"_s, u"-preset"_s, u"veryfast"_s, folder + u"/street-later.mp4"_s });
        const QJsonObject summary = ingest(catalog, { folder }, 0, {}, { u"--analyze"_s });
        QCOMPARE(summary.value("analyzed"_L1).toInt(), 11);

        const auto result = cli({ u"--catalog"_s, catalog, u"duplicates"_s, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        QList<QStringList> groups;
        for (const QJsonValue &group : QJsonDocument::fromJson(result.out).array()) {
            QStringList names;
            for (const QJsonValue &member : group.toArray())
                names.append(QFileInfo(member[u"path"_s].toString()).fileName());
            names.sort();
            groups.append(names);
        }
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0),
                 QStringList({ u"hotel-brighter.jpg"_s, u"hotel-cropped.jpg"_s, u"hotel-low-quality.jpg"_s,
                               u"hotel-small.jpg"_s, u"hotel.jpg"_s, u"hotel.png"_s }));
        QCOMPARE(groups.at(1),
                 QStringList({ u"street-mpeg4.avi"_s, u"street-trimmed.mp4"_s, u"street.mp4"_s }));

        // Look-alikes of the clip, nearest first: its copies, then the same street later on.
        const auto similar = cli({ u"--catalog"_s, catalog, u"similar"_s, street, u"--json"_s });
        QCOMPARE(similar.exitCode, 0);
        const QJsonArray matches = QJsonDocument::fromJson(similar.out).array();
        QCOMPARE(matches.size(), 3);
        QVERIFY(matches.at(0)[u"copy"_s].toBool() && matches.at(1)[u"copy"_s].toBool());
        QCOMPARE(QFileInfo(matches.at(2)[u"path"_s].toString()).fileName(), u"street-later.mp4"_s);
        QVERIFY(!matches.at(2)[u"copy"_s].toBool());
        QVERIFY(matches.at(0)[u"distance"_s].toInt() <= matches.at(2)[u"distance"_s].toInt());
        QCOMPARE(
            QJsonDocument::fromJson(
                cli({ u"--catalog"_s, catalog, u"similar"_s, hotel, u"--json"_s, u"--limit"_s, u"2"_s }).out)
                .array()
                .size(),
            2);
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"similar"_s, hotel, u"--limit"_s, u"none"_s }).exitCode, 2);
        QVERIFY(cli({ u"--catalog"_s, catalog, u"similar"_s, u"99999"_s }).exitCode != 0);
    }

    // A folder of thousands of catalogued files, all gone (a card erased, a share's folder
    // emptied): each is marked offline, in pieces; nothing outside the folder, and nothing that
    // was offline already counted again.
    void aLargeFolderGoneIsMarkedOffline()
    {
        const QString folder = path(u"erased"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        constexpr int kGone = 4100;
        {
            CatalogSession session(catalog);
            Sql::Transaction transaction(session.db());
            QVERIFY2(transaction.isOpen(), qPrintable(transaction.error()));
            const auto add = [&](const QByteArray &at, const QString &status = u"ok"_s) {
                CatalogFixtures::Asset asset;
                asset.path = at;
                asset.status = status;
                asset.posterColor = QColor(); // none: thousands of them
                return CatalogFixtures::add(session, asset, &error).has_value();
            };
            const QByteArray under = QFile::encodeName(folder);
            for (int i = 0; i < kGone; ++i)
                QVERIFY2(
                    add(under + "/CARD" + QByteArray::number(i % 7) + "/C" + QByteArray::number(i) + ".MP4"),
                    qPrintable(error));
            QVERIFY2(add(under + "/was-offline.mp4", u"offline"_s), qPrintable(error));
            QVERIFY2(add(under + "-other/kept.mp4") && add("/elsewhere/kept.mp4"), qPrintable(error));
            QVERIFY2(transaction.commit(error), qPrintable(error));
        }
        const QJsonObject summary = ingest(catalog, { folder }, 0);
        QCOMPARE(summary.value("found"_L1).toInt(), 0);
        QCOMPARE(summary.value("offline"_L1).toInt(), kGone);
        CatalogSession session(catalog);
        QSqlQuery query(session.db());
        QVERIFY(query.exec(u"SELECT status, count(*) FROM assets GROUP BY status ORDER BY status"_s));
        QList<std::pair<QString, int>> counts;
        while (query.next())
            counts.append({ query.value(0).toString(), query.value(1).toInt() });
        QCOMPARE(counts, (QList<std::pair<QString, int>> { { u"offline"_s, kGone + 1 }, { u"ok"_s, 2 } }));
    }

    // An asset another workstation catalogues under the folder while an import of it runs is
    // not marked offline by that import: it looks for what was catalogued when it began.
    void anAssetCataloguedMeanwhileIsNotMarkedOffline()
    {
        const QString folder = path(u"meanwhile"_s);
        copy(m_clip, folder + u"/here.mp4"_s);
        const QString catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        IngestOptions options;
        options.catalogFolder = catalog;
        options.roots = { QFile::encodeName(folder) };
        options.workerProgram = TestSupport::workerPath();
        IngestJob job(options);
        std::optional<qint64> meanwhile;
        connect(&job, &IngestJob::fileFinished, this, [&] {
            if (meanwhile)
                return;
            CatalogSession session(catalog);
            CatalogFixtures::Asset asset;
            asset.path = QFile::encodeName(folder + u"/on-their-machine.mp4"_s); // not here
            asset.posterColor = QColor();
            meanwhile = CatalogFixtures::add(session, asset, &error);
        });
        QSignalSpy finished(&job, &IngestJob::finished);
        job.start();
        QVERIFY(finished.wait(60'000));
        QVERIFY2(meanwhile, qPrintable(error));
        QCOMPARE(job.summary().added, 1);
        QCOMPARE(job.summary().offline, 0);
        CatalogSession session(catalog);
        QCOMPARE(AssetStore(session.db()).assetJson(*meanwhile)->value("status"_L1).toString(), u"ok"_s);
    }

    void fileDeletedDuringTheScan()
    {
        REQUIRE_FAULT_INJECTION();
        const QString folder = path(u"vanish"_s);
        const QString catalog = Backends::newCatalog();
        copy(m_clip, folder + u"/stays.mp4"_s);
        copy(m_photo, folder + u"/goes.jpg"_s);
        const QJsonObject summary = ingest(catalog, { folder }, 0, faults(u"vanish=goes.jpg"_s));
        QCOMPARE(summary.value("found"_L1).toInt(), 2);
        QCOMPARE(summary.value("added"_L1).toInt(), 1);
        QVERIFY(reasonFor(summary, "skips", folder + u"/goes.jpg"_s).contains(u"deleted"_s));
        QCOMPARE(exportAll(catalog).size(), 1);
    }

    void unreadableFileAndFolder()
    {
        const QString folder = path(u"locked"_s);
        const QString catalog = Backends::newCatalog();
        const QString home = path(u"locked-home"_s);
        copy(m_clip, folder + u"/readable.mp4"_s);
        copy(m_photo, folder + u"/secret.jpg"_s);
        copy(m_clip, folder + u"/closed/inside.mp4"_s);
        QCOMPARE(::chmod(QFile::encodeName(folder + u"/secret.jpg"_s).constData(), 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder + u"/closed"_s).constData(), 0), 0);
        QStringList command { TestSupport::cliPath() };
        QString worker = TestSupport::workerPath();
        if (::geteuid() == 0) {
            // Root reads anything: run the CLI as nobody, on folders nobody may write to. The
            // build tree may sit in a home folder nobody cannot enter, so copy the programs.
            QVERIFY(QDir().mkpath(home));
            QVERIFY(QDir().mkpath(path(u"programs"_s)));
            if (!Backends::onPostgres())
                QVERIFY(QDir().mkpath(catalog));
            QStringList writable { m_dir.path(), folder, home, path(u"programs"_s) };
            if (!Backends::onPostgres()) // the catalog, in the run's folder of catalogs
                writable += { catalog, QFileInfo(catalog).absolutePath() };
            for (const QString &place : std::as_const(writable))
                QCOMPARE(::chmod(QFile::encodeName(place).constData(), 0777), 0);
            const QString cli = path(u"programs/reelatlas-cli"_s);
            worker = path(u"programs/reelatlas-worker"_s);
            QVERIFY(QFile::copy(TestSupport::cliPath(), cli));
            QVERIFY(QFile::copy(TestSupport::workerPath(), worker));
            command = QStringList { u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                    cli };
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"REELATLAS_WORKER"_s, worker);
        environment.insert(u"HOME"_s, home);
        process.setProcessEnvironment(environment);
        process.start(command.takeFirst(),
                      command + QStringList { u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, folder });
        QVERIFY(process.waitForFinished(120'000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 3);
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(summary.value("added"_L1).toInt(), 1);
        QVERIFY2(reasonFor(summary, "failures", folder + u"/secret.jpg"_s).contains(u"Permission denied"_s),
                 err.constData());
        QVERIFY(reasonFor(summary, "skips", folder + u"/closed"_s).contains(u"Permission denied"_s));
        ::chmod(QFile::encodeName(folder + u"/closed"_s).constData(), 0755);
        ::chmod(QFile::encodeName(folder + u"/secret.jpg"_s).constData(), 0644);
    }

    void workerThatCannotStart()
    {
        const QString folder = path(u"nostart"_s);
        copy(m_clip, folder + u"/a.mp4"_s);
        QProcessEnvironment environment;
        environment.insert(u"REELATLAS_WORKER"_s, path(u"no/such/reelatlas-worker"_s));
        const auto result = cli({ u"--catalog"_s, Backends::newCatalog(), u"ingest"_s, folder }, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot start the media worker"), result.err.constData());
    }

    void interruptKeepsWhatIsUnderWay()
    {
        REQUIRE_FAULT_INJECTION();
        const QString folder = path(u"interrupt"_s);
        const QString catalog = Backends::newCatalog();
        const int files = 6;
        for (int i = 0; i < files; ++i)
            copy(m_photo, folder + u"/p%1.jpg"_s.arg(i));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"REELATLAS_TEST_FAULTS"_s, u"slow=*"_s);
        process.setProcessEnvironment(environment);
        process.start(TestSupport::cliPath(),
                      { u"--catalog"_s, catalog, u"ingest"_s, u"--jobs"_s, u"1"_s, u"--json"_s, folder });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(assetCount(catalog) >= 1, 60'000);
        process.terminate(); // SIGTERM, like Ctrl-C: finish the file under way, start no other
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(summary.value("cancelled"_L1).toBool(), true);
        const int kept = assetCount(catalog);
        QCOMPARE(kept, summary.value("added"_L1).toInt());
        QVERIFY(kept >= 1 && kept < files);
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"check"_s }).exitCode, 0);
        const QJsonObject resumed = ingest(catalog, { folder }, 0);
        QCOMPARE(resumed.value("unchanged"_L1).toInt(), kept);
        QCOMPARE(resumed.value("added"_L1).toInt(), files - kept);
    }

    void killedMidBatchResumesExactlyOnce()
    {
        REQUIRE_FAULT_INJECTION();
        const QString folder = path(u"resume"_s);
        const QString catalog = Backends::newCatalog();
        const int files = 8;
        for (int i = 0; i < files; ++i)
            copy(i % 2 ? m_photo : m_clip, folder + u"/file%1.%2"_s.arg(i).arg(i % 2 ? u"jpg"_s : u"mp4"_s));

        // Every file takes a second: kill -9 once a few are committed.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"REELATLAS_TEST_FAULTS"_s, u"slow=*"_s);
        process.setProcessEnvironment(environment);
        process.start(TestSupport::cliPath(),
                      { u"--catalog"_s, catalog, u"ingest"_s, u"--jobs"_s, u"1"_s, u"--quiet"_s, folder });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(assetCount(catalog) >= 2, 60'000);
        process.kill(); // SIGKILL: no chance to clean up
        QVERIFY(process.waitForFinished());
        const int before = assetCount(catalog);
        QVERIFY(before < files);

        // The catalog opens and is intact...
        auto result = cli({ u"--catalog"_s, catalog, u"check"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("catalog: ok") && result.out.contains("thumbnails: ok"));
        // ...and the same command finishes the batch, every file exactly once.
        const QJsonObject summary = ingest(catalog, { folder }, 0);
        QCOMPARE(summary.value("found"_L1).toInt(), files);
        QCOMPARE(summary.value("unchanged"_L1).toInt() + summary.value("added"_L1).toInt(), files);
        QVERIFY(summary.value("unchanged"_L1).toInt() >= before);
        const QJsonArray assets = exportAll(catalog);
        QCOMPARE(assets.size(), files);
        QSet<QString> paths;
        for (const QJsonValue &asset : assets) {
            paths.insert(asset.toObject().value("path"_L1).toString());
            QCOMPARE(asset.toObject().value("status"_L1).toString(), u"ok"_s);
        }
        QCOMPARE(paths.size(), files);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestIngest)
#include "tst_ingest.moc"
