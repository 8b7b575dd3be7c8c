// A catalog on a PostgreSQL server used through reelatlas-cli, as a workstation would: init on an
// empty database (twice, and by two at once), an ingest, a search in Chinese and pinyin, tags,
// a check; against a server of the test's own (tests/support/pgserver).

#include "pgserver.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

class TestServerCatalog : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void initMakesTheSchemaOnce()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(u"office"_s, &error), qPrintable(error));
        const QString url = m_server.url(u"office"_s);
        // Not a catalog yet: readers say so and make nothing.
        auto result = TestSupport::cli({ u"--catalog"_s, url, u"search"_s, u"古镇"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no catalog in the database"), result.err.constData());
        // Two workstations at once: both succeed, the schema is made once.
        QFuture<TestSupport::Result> other = QtConcurrent::run([url] {
            return TestSupport::cli({ u"--catalog"_s, url, u"init"_s });
        });
        result = TestSupport::cli({ u"--catalog"_s, url, u"init"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("catalog ready: postgresql:///office"), result.err.constData());
        QVERIFY2(other.result().exitCode == 0, other.result().err.constData());
        QString out;
        QVERIFY(m_server.psql(u"office"_s, u"SELECT version FROM reelatlas_schema"_s, &out, &error));
        QCOMPARE(out, u"14"_s); // resources/sql/postgresql/catalog: one row, the last step
        QVERIFY(m_server.psql(u"office"_s, u"SELECT count(*) FROM catalog_info WHERE key = 'catalog_id'"_s,
                              &out, &error));
        QCOMPARE(out, u"1"_s);
        QVERIFY(m_server.psql(u"office"_s, u"SELECT version FROM reelatlas_thumbnails.reelatlas_schema"_s,
                              &out, &error));
        QCOMPARE(out, u"1"_s);
        result = TestSupport::cli({ u"--catalog"_s, url, u"init"_s }); // nothing to do
        QCOMPARE(result.exitCode, 0);
        result = TestSupport::cli({ u"--catalog"_s, url, u"check"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("catalog: ok"), result.out.constData());
    }

    // Media catalogued on the server, found by their words, tagged.
    void ingestSearchAndTag()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(u"media"_s, &error), qPrintable(error));
        const QString url = m_server.url(u"media"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"media"_s)));
        QVERIFY2(TestSupport::makePhoto(m_dir.filePath(u"media/古镇老街.jpg"_s), 640, 480, &error),
                 qPrintable(error));
        TestSupport::ClipSpec spec;
        spec.seconds = 1;
        QVERIFY2(TestSupport::makeClip(m_dir.filePath(u"media/harbour_dusk.mp4"_s), spec, &error),
                 qPrintable(error));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(m_dir.filePath(u"media/broken.mov"_s)), "not a movie"));
        QProcessEnvironment environment;
        environment.insert(u"REELATLAS_WORKER"_s, TestSupport::workerPath());
        auto result = TestSupport::cli(
            { u"--catalog"_s, url, u"ingest"_s, m_dir.filePath(u"media"_s), u"--json"_s }, environment);
        QVERIFY2(result.exitCode == 3, result.err.constData()); // done, one file failed
        const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary.value("added"_L1).toInt(), 2); // and the broken one catalogued as failed
        QCOMPARE(summary.value("failed"_L1).toInt(), 1);
        const auto search = [&](const QString &text) {
            const auto found = TestSupport::cli({ u"--catalog"_s, url, u"search"_s, text, u"--json"_s });
            QStringList names;
            for (const QJsonValue &asset : QJsonDocument::fromJson(found.out).array())
                names.append(QFileInfo(asset.toObject().value("path"_L1).toString()).fileName());
            return found.exitCode == 0 ? names : QStringList { u"error: "_s + QString::fromUtf8(found.err) };
        };
        QCOMPARE(search(u"古镇"_s), QStringList { u"古镇老街.jpg"_s });
        QCOMPARE(search(u"guzhen"_s), QStringList { u"古镇老街.jpg"_s });
        QCOMPARE(search(u"gzlj"_s), QStringList { u"古镇老街.jpg"_s });
        QCOMPARE(search(u"harbour kind:video"_s), QStringList { u"harbour_dusk.mp4"_s });
        QCOMPARE(search(u"status:failed"_s), QStringList { u"broken.mov"_s });
        result = TestSupport::cli(
            { u"--catalog"_s, url, u"tag"_s, u"add"_s, u"天气/晴"_s, u"--query"_s, u"古镇"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(search(u"tag:天气/晴"_s), QStringList { u"古镇老街.jpg"_s });
        QCOMPARE(search(u"sunny"_s), QStringList { u"古镇老街.jpg"_s }); // the tag's words, searched
        // The posters are on the server, by content hash.
        QString out;
        QVERIFY(m_server.psql(u"media"_s,
                              u"SELECT count(DISTINCT content_hash) FROM reelatlas_thumbnails.thumbnails"_s,
                              &out, &error));
        QCOMPARE(out, u"2"_s);
        const QString poster = m_dir.filePath(u"poster.jpg"_s);
        result = TestSupport::cli({ u"--catalog"_s, url, u"thumbnail"_s,
                                    m_dir.filePath(u"media/古镇老街.jpg"_s), u"--out"_s, poster });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFileInfo(poster).size() > 1000);
    }

    // `catalog copy`: the server's catalog (ingestSearchAndTag's) into a folder, that folder onto
    // another database, each the same; into something that holds a catalog: refused.
    void catalogCopyBothWays()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(u"copied"_s, &error), qPrintable(error));
        const QString server = m_server.url(u"media"_s), copied = m_server.url(u"copied"_s);
        const QString folder = m_dir.filePath(u"taken-home"_s);
        auto result = TestSupport::cli({ u"catalog"_s, u"copy"_s, u"--from"_s, server, u"--to"_s, folder });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("copied 3 clips and photos"), result.err.constData());
        result = TestSupport::cli(
            { u"--catalog"_s, folder, u"catalog"_s, u"copy"_s, u"--to"_s, copied, u"--quiet"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        const auto exported = [](const QString &catalog) {
            return TestSupport::cli({ u"--catalog"_s, catalog, u"export"_s, u"--format"_s, u"json"_s }).out;
        };
        const QByteArray original = exported(server);
        QVERIFY(QJsonDocument::fromJson(original).array().size() == 3);
        QCOMPARE(exported(folder), original);
        QCOMPARE(exported(copied), original);
        const auto found = TestSupport::cli({ u"--catalog"_s, copied, u"search"_s, u"sunny"_s });
        QVERIFY2(found.out.contains("古镇老街.jpg"), found.out.constData());
        result = TestSupport::cli({ u"catalog"_s, u"copy"_s, u"--from"_s, folder, u"--to"_s, copied });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("already holds a catalog"), result.err.constData());
        result = TestSupport::cli({ u"catalog"_s, u"copy"_s, u"--from"_s, folder });
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerCatalog)
#include "tst_servercatalog.moc"
