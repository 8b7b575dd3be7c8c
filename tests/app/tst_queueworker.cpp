// Batch work spread over machines, as users run it: "ingest --queue" and "analyze --queue" fill
// the catalog's queue, "reelatlas-cli worker" processes take it. Two workers on one queue, a
// worker killed with kill -9 mid-batch (its jobs are taken over; nothing lost or doubled), and a
// server restarted under a worker (it waits and goes on). On both engines.

#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "jobqueue.h"
#include "pgserver.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

namespace {

#ifdef REELATLAS_FAULT_INJECTION
constexpr bool kFaultInjection = true;
#else
constexpr bool kFaultInjection = false;
#endif

} // namespace

class TestQueueWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;

    // A folder of `count` copies of the clip (distinct files: one byte appended to each).
    QString clips(const QString &name, int count)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QByteArray bytes = TestSupport::readFile(m_clip);
        for (int i = 0; i < count; ++i)
            TestSupport::writeFile(QFile::encodeName(u"%1/镜头%2.mp4"_s.arg(folder).arg(i)), bytes + char(i));
        return folder;
    }

    QJsonObject queueFolder(const QString &catalog, const QString &folder)
    {
        const auto result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--queue"_s, u"--json"_s, folder });
        [&] { QVERIFY2(result.exitCode == 0, result.err.constData()); }();
        return QJsonDocument::fromJson(result.out).object();
    }

    std::unique_ptr<QProcess> startWorker(const QString &catalog, const QStringList &extra,
                                          const QString &faults = {}, const QString &machine = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!faults.isEmpty())
            environment.insert(u"REELATLAS_TEST_FAULTS"_s, faults);
        if (!machine.isEmpty())
            environment.insert(u"REELATLAS_MACHINE"_s, machine);
        process->setProcessEnvironment(environment);
        process->start(TestSupport::cliPath(), QStringList { u"--catalog"_s, catalog, u"worker"_s } + extra);
        [&] { QVERIFY(process->waitForStarted()); }();
        return process;
    }

    // state → number of jobs, and the jobs as "state attempts worker" by path.
    QHash<QString, int> states(const QString &catalog)
    {
        CatalogSession session(catalog, true);
        QHash<QString, int> counts;
        QSqlQuery query(session.db());
        if (query.exec(u"SELECT state, count(*) FROM jobs GROUP BY state"_s)) {
            while (query.next())
                counts.insert(query.value(0).toString(), query.value(1).toInt());
        }
        return counts;
    }

    int expiredLeases(const QString &catalog)
    {
        CatalogSession session(catalog, true);
        QSqlQuery query(session.db());
        if (!query.exec(u"SELECT count(*) FROM jobs WHERE state = 'running' AND lease_until < %1"_s.arg(
                CatalogBackend::of(session.db()).nowSeconds()))
            || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    QList<QStringList> jobs(const QString &catalog)
    {
        CatalogSession session(catalog, true);
        QList<QStringList> rows;
        QSqlQuery query(session.db());
        if (query.exec(
                u"SELECT state, CAST(attempts AS TEXT), COALESCE(worker, ''), COALESCE(error, '') FROM jobs "
                "ORDER BY id"_s)) {
            while (query.next())
                rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString() });
        }
        return rows;
    }

    QJsonArray exportAll(const QString &catalog)
    {
        const auto result = cli({ u"--catalog"_s, catalog, u"export"_s });
        [&] { QCOMPARE(result.exitCode, 0); }();
        return QJsonDocument::fromJson(result.out).array();
    }

    // Every path of `folder` catalogued exactly once.
    void verifyEachOnce(const QString &catalog, const QString &folder, int expected)
    {
        const QJsonArray assets = exportAll(catalog);
        QSet<QString> paths;
        int inFolder = 0;
        for (const QJsonValue &asset : assets) {
            const QString path = asset.toObject().value("path"_L1).toString();
            QVERIFY2(!paths.contains(path), qPrintable(path + u" catalogued twice"_s));
            paths.insert(path);
            inFolder += path.startsWith(folder + u'/') ? 1 : 0;
        }
        QCOMPARE(inFolder, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(u"clip.mp4"_s);
        TestSupport::ClipSpec spec;
        spec.seconds = 1;
        QString error;
        QVERIFY2(TestSupport::makeClip(m_clip, spec, &error), qPrintable(error));
    }

    void twoWorkersShareOneQueue()
    {
        const QString catalog = Backends::newCatalog();
        const QString folder = clips(u"shared"_s, 7);
        QVERIFY(TestSupport::writeFile(QFile::encodeName(folder + u"/random.mov"_s),
                                       TestSupport::randomBytes(20'000, 7)));
        QVERIFY(TestSupport::writeFile(QFile::encodeName(folder + u"/empty.mp4"_s), {}));
        QJsonObject queued = queueFolder(catalog, folder);
        QCOMPARE(queued.value("found"_L1).toInt(), 9);
        QCOMPARE(queued.value("queued"_L1).toInt(), 9);
        // Queued again before any worker ran: nothing twice.
        queued = queueFolder(catalog, folder);
        QCOMPARE(queued.value("queued"_L1).toInt(), 0);
        QCOMPARE(queued.value("already_queued"_L1).toInt(), 9);

        auto first = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"1"_s });
        auto second = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"1"_s });
        for (QProcess *worker : { first.get(), second.get() }) {
            QVERIFY(worker->waitForFinished(120'000));
            QVERIFY2(worker->exitCode() == 0 || worker->exitCode() == 3,
                     worker->readAllStandardError().constData());
        }
        const QList<QStringList> rows = jobs(catalog);
        QCOMPARE(rows.size(), 9);
        QSet<QString> workers;
        int failed = 0;
        for (const QStringList &row : rows) {
            if (row.at(0) == "failed"_L1) {
                ++failed;
                QCOMPARE(row.at(1), u"3"_s); // tried three times, then failed with the reason
                QVERIFY2(!row.at(3).isEmpty(), qPrintable(row.join(u' ')));
                continue;
            }
            QCOMPARE(row.at(0), u"done"_s);
            QCOMPARE(row.at(1), u"1"_s); // each done once
            workers.insert(row.at(2));
        }
        QCOMPARE(failed, 2);
        QCOMPARE(workers.size(), 2); // both took a share
        verifyEachOnce(catalog, folder, 9);

        // The catalog is as a local ingest leaves it: queueing the folder again queues nothing.
        queued = queueFolder(catalog, folder);
        QCOMPARE(queued.value("queued"_L1).toInt(), 0);
        QCOMPARE(queued.value("unchanged"_L1).toInt(), 9);

        // What is in the pictures, queued and done the same way.
        const auto analysis = cli({ u"--catalog"_s, catalog, u"analyze"_s, u"--queue"_s, u"--json"_s });
        QCOMPARE(analysis.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(analysis.out).object().value("queued"_L1).toInt(), 7);
        auto analyst = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"2"_s });
        QVERIFY(analyst->waitForFinished(120'000));
        QCOMPARE(analyst->exitCode(), 0);
        int analysed = 0;
        for (const QJsonValue &asset : exportAll(catalog))
            analysed += asset.toObject().value("analysis"_L1).isObject() ? 1 : 0;
        QCOMPARE(analysed, 7);
        QCOMPARE(states(catalog).value(u"done"_s), 14);
    }

    void aKilledWorkersJobsAreTakenOver()
    {
        if (!kFaultInjection)
            QSKIP("this build makes no file slow on purpose: configure with -DREELATLAS_FAULT_INJECTION=ON");
        const QString catalog = Backends::newCatalog();
        const QString folder = clips(u"killed"_s, 6);
        QCOMPARE(queueFolder(catalog, folder).value("queued"_L1).toInt(), 6);

        // Each file takes a second: the worker is killed with files under way.
        auto doomed = startWorker(catalog, { u"--jobs"_s, u"1"_s, u"--lease"_s, u"1"_s }, u"slow=*"_s);
        QTRY_VERIFY_WITH_TIMEOUT(states(catalog).value(u"done"_s) >= 1, 60'000);
        // Alive, it keeps its lease (1 s) though its files take longer.
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(500);
            QCOMPARE(expiredLeases(catalog), 0);
        }
        doomed->kill(); // SIGKILL: no goodbye
        QVERIFY(doomed->waitForFinished());
        const int doneBefore = states(catalog).value(u"done"_s);
        // Each job was reported as its file was done: the dead worker's are kept.
        QVERIFY2(doneBefore < 6 && doneBefore >= 1, qPrintable(QString::number(doneBefore)));
        QVERIFY(states(catalog).value(u"running"_s) >= 1); // held by the dead worker
        QTRY_VERIFY_WITH_TIMEOUT(expiredLeases(catalog) >= 1, 10'000);

        QElapsedTimer clock;
        clock.start();
        auto heir = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"2"_s, u"--lease"_s, u"2"_s });
        QVERIFY(heir->waitForFinished(120'000));
        QVERIFY2(heir->exitCode() == 0, heir->readAllStandardError().constData());
        const QHash<QString, int> after = states(catalog);
        QCOMPARE(after.value(u"done"_s), 6);
        QCOMPARE(after.value(u"running"_s), 0);
        int takenOver = 0;
        for (const QStringList &row : jobs(catalog))
            takenOver += row.at(1) == "2"_L1 ? 1 : 0;
        QVERIFY2(takenOver >= 1, "the dead worker's jobs were taken over");
        QVERIFY(takenOver <= 6 - doneBefore);
        verifyEachOnce(catalog, folder, 6);
    }

    // Path mappings (database/pathmap.h): machine "alpha" queues a share's files where it mounts
    // the share; "beta" mounts it elsewhere, maps the catalog's folder to its own once, and works
    // the queue. One asset per file, spelled as the catalog first saw it; each machine opens the
    // files where it mounts them.
    void aMachineFindsTheShareWhereItMountsIt()
    {
        const auto on = [](const QString &machine) {
            QProcessEnvironment environment;
            environment.insert(u"REELATLAS_MACHINE"_s, machine);
            return environment;
        };
        const QString catalog = Backends::newCatalog();
        const QString alphaMount = clips(u"nas-alpha"_s, 3);
        auto result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--queue"_s, u"--json"_s, alphaMount },
                          on(u"alpha"_s));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value("queued"_L1).toInt(), 3);

        // Beta mounts the share elsewhere: alpha's folder is not there.
        const QString betaMount = m_dir.filePath(u"mnt-beta/素材"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"mnt-beta"_s)));
        QVERIFY(QDir().rename(alphaMount, betaMount));
        result = cli({ u"--catalog"_s, catalog, u"paths"_s, u"map"_s, alphaMount + u'/', betaMount },
                     on(u"beta"_s));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = cli({ u"--catalog"_s, catalog, u"paths"_s, u"--json"_s }, on(u"beta"_s));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray mappings = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(mappings.size(), 1);
        QCOMPARE(mappings.at(0)[u"catalog_folder"_s].toString(), alphaMount);
        QCOMPARE(mappings.at(0)[u"local_folder"_s].toString(), betaMount);
        result = cli({ u"--catalog"_s, catalog, u"paths"_s, u"--json"_s }, on(u"alpha"_s));
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0); // alpha's own view is unchanged

        auto worker = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"1"_s }, {}, u"beta"_s);
        QVERIFY(worker->waitForFinished(120'000));
        QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
        QCOMPARE(states(catalog).value(u"done"_s), 3);
        QList<qint64> ids;
        for (const QJsonValue &value : exportAll(catalog)) {
            const QJsonObject asset = value.toObject();
            QVERIFY2(asset.value("path"_L1).toString().startsWith(alphaMount + u'/'),
                     qPrintable(asset.value("path"_L1).toString())); // the catalog's spelling
            QCOMPARE(asset.value("status"_L1).toString(), u"ok"_s);
            ids.append(asset.value("id"_L1).toInteger());
        }
        QCOMPARE(ids.size(), 3);
        {
            CatalogSession session(catalog, true);
            QSqlQuery query(session.db());
            QVERIFY(query.exec(u"SELECT DISTINCT host FROM jobs"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"beta"_s);
        }

        // Beta cataloguing its own mount finds the same files, unchanged: nothing twice.
        result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, u"--jobs"_s, u"1"_s, betaMount },
                     on(u"beta"_s));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary.value("unchanged"_L1).toInt(), 3);
        QCOMPARE(summary.value("added"_L1).toInt(), 0);
        QCOMPARE(exportAll(catalog).size(), 3);
        // A file named by beta's path is the catalog's asset, and its picture is read from there.
        const QString shot = m_dir.filePath(u"beta-poster.jpg"_s);
        result = cli({ u"--catalog"_s, catalog, u"thumbnail"_s, betaMount + u"/镜头0.mp4"_s, u"--out"_s, shot,
                       u"--size"_s, u"320"_s },
                     on(u"beta"_s));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFileInfo(shot).size() > 0);
        // Alpha, without a mapping, looks where it catalogued them, and says the file is not there.
        result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, u"--jobs"_s, u"1"_s, alphaMount },
                     on(u"alpha"_s));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QFile::encodeName(alphaMount)), result.err.constData());
        QCOMPARE(exportAll(catalog).size(), 3);

        // Unmapped, beta sees the catalog's spelling again.
        result = cli({ u"--catalog"_s, catalog, u"paths"_s, u"unmap"_s, alphaMount }, on(u"beta"_s));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = cli({ u"--catalog"_s, catalog, u"paths"_s, u"unmap"_s, alphaMount }, on(u"beta"_s));
        QVERIFY(result.exitCode != 0); // nothing left to unmap
    }

    // A shared catalog holds files of machines that this one does not see (no mapping here). A
    // copy of such a file catalogued here is a copy: the other machine's record keeps its place,
    // rather than being taken for moved (its old place is not gone, only not here).
    void anotherMachinesFileIsNotTakenForMoved()
    {
        const QString catalog = Backends::newCatalog();
        const QString folder = clips(u"alpha-only"_s, 1);
        auto result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, u"--jobs"_s, u"1"_s, folder });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray alphas = "/alpha-nas/footage/镜头0.mp4"; // as another machine catalogued it
        {
            CatalogSession session(catalog);
            QSqlQuery query(session.db());
            query.prepare(u"UPDATE assets SET path_raw = ?, path = ?"_s);
            query.addBindValue(alphas);
            query.addBindValue(QString::fromUtf8(alphas));
            QVERIFY(query.exec());
        }
        result = cli({ u"--catalog"_s, catalog, u"ingest"_s, u"--json"_s, u"--jobs"_s, u"1"_s, folder });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary.value("relinked"_L1).toInt(), 0);
        QCOMPARE(summary.value("added"_L1).toInt(), 1);
        QSet<QString> paths;
        for (const QJsonValue &asset : exportAll(catalog))
            paths.insert(asset.toObject().value("path"_L1).toString());
        QCOMPARE(paths, (QSet<QString> { QString::fromUtf8(alphas), folder + u"/镜头0.mp4"_s }));
    }

    // On a server, a worker waiting for work is told of new jobs (008_jobs_announced.sql) and
    // takes them at once, not at its next look, ten seconds later.
    void aWaitingWorkerIsToldOfNewJobs()
    {
        if (!Backends::onPostgres())
            QSKIP("a catalog folder announces nothing: its workers look every second");
        const QString catalog = Backends::newCatalog();
        QCOMPARE(cli({ u"--catalog"_s, catalog, u"init"_s }).exitCode, 0);
        auto worker = startWorker(catalog, { u"--jobs"_s, u"1"_s });
        const auto connections = [&] {
            CatalogSession session(catalog, true);
            QSqlQuery query(session.db());
            query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ReelAtlas %1'"_s.arg(
                worker->processId()));
            return query.next() ? query.value(0).toInt() : -1;
        };
        // Its own connection and the one that listens: it looked, found nothing, and waits. (A
        // CI run beside tst_ingest's media workers once took 20 s to get there; what is tested is
        // the time from the new job on.) Once seen is enough: QTRY asks again after its loop,
        // and a count that had just been reached once read lower there (a CI run).
        bool waiting = false;
        QTRY_VERIFY_WITH_TIMEOUT(waiting = waiting || connections() >= 2, 60'000);
        QTest::qWait(1500);
        const QString folder = clips(u"announced"_s, 1);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(queueFolder(catalog, folder).value("queued"_L1).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(states(catalog).value(u"done"_s), 1, 30'000);
        QVERIFY2(clock.elapsed() < 7000, qPrintable(QString::number(clock.elapsed())));
        worker->terminate();
        QVERIFY(worker->waitForFinished(30'000));
    }

    void aServerRestartIsWaitedFor()
    {
        if (!Backends::onPostgres())
            QSKIP("a catalog folder has no server to restart");
        if (!kFaultInjection)
            QSKIP("this build makes no file slow on purpose: configure with -DREELATLAS_FAULT_INJECTION=ON");
        const QString catalog = Backends::newCatalog();
        const QString folder = clips(u"restart"_s, 5);
        QCOMPARE(queueFolder(catalog, folder).value("queued"_L1).toInt(), 5);
        auto worker = startWorker(catalog, { u"--until-idle"_s, u"--jobs"_s, u"1"_s, u"--lease"_s, u"3"_s },
                                  u"slow=*"_s);
        QTRY_VERIFY_WITH_TIMEOUT(states(catalog).value(u"done"_s) >= 1, 60'000);
        PgServer *server = Backends::server();
        QVERIFY(server);
        QString error;
        QVERIFY2(server->stop(false, &error), qPrintable(error));
        QTest::qWait(2500);
        QCOMPARE(worker->state(), QProcess::Running); // waiting, not gone
        QVERIFY2(server->start(&error), qPrintable(error));
        QVERIFY(worker->waitForFinished(120'000));
        const QByteArray said = worker->readAllStandardError();
        QVERIFY2(worker->exitCode() == 0 || worker->exitCode() == 3, said.constData());
        QVERIFY2(said.contains("cannot reach the catalog"), said.constData());
        QCOMPARE(states(catalog).value(u"done"_s), 5);
        verifyEachOnce(catalog, folder, 5);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestQueueWorker)
#include "tst_queueworker.moc"
