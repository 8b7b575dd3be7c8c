// The command-line contract of spec/cli.md that does not depend on media: exit statuses, where
// output goes, catalog selection, refusal of newer catalogs.

#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // files and folders
    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on the run's server
    const QString &catalog() const { return m_catalog; }

private Q_SLOTS:
    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("unknown global option") << QStringList { u"--frob"_s, u"init"_s };
        QTest::newRow("unknown command option") << QStringList { u"export"_s, u"--frob"_s };
        QTest::newRow("bad export format") << QStringList { u"export"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("ingest without paths") << QStringList { u"ingest"_s };
        QTest::newRow("ingest bad jobs") << QStringList { u"ingest"_s, u"--jobs"_s, u"none"_s, u"/tmp"_s };
        QTest::newRow("search without words") << QStringList { u"search"_s };
        QTest::newRow("tag without verb") << QStringList { u"tag"_s, u"海岸"_s, u"1"_s };
        QTest::newRow("tag without assets") << QStringList { u"tag"_s, u"add"_s, u"海岸"_s };
        QTest::newRow("tag with both")
            << QStringList { u"tag"_s, u"add"_s, u"海岸"_s, u"--query"_s, u"x"_s, u"1"_s };
        QTest::newRow("tag bad path") << QStringList { u"tag"_s, u"add"_s, u"天气//晴"_s, u"1"_s };
        QTest::newRow("thumbnail without out") << QStringList { u"thumbnail"_s, u"1"_s };
        QTest::newRow("thumbnail bad size")
            << QStringList { u"thumbnail"_s, u"1"_s, u"--out"_s, u"x.jpg"_s, u"--size"_s, u"-3"_s };
        QTest::newRow("show two things") << QStringList { u"show"_s, u"1"_s, u"2"_s };
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        const auto result = cli(QStringList { u"--catalog"_s, catalog() } + args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("usage: reelatlas-cli"));
        QVERIFY(result.out.isEmpty());
    }

    void helpAndVersion()
    {
        auto result = cli({ u"--help"_s });
        QCOMPARE(result.exitCode, 0);
        for (const char *command :
             { "init", "ingest", "rescan", "export", "show", "search", "tag", "thumbnail" })
            QVERIFY2(result.out.contains(command), command);
        result = cli({ u"ingest"_s, u"--help"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--jobs"));
        result = cli({ u"--version"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("reelatlas-cli "));
    }

    void readingAMissingCatalogIsAnError()
    {
        // A folder that is not there, or an empty database.
        const QString missing =
            Backends::onPostgres() ? Backends::newCatalog() : m_dir.filePath(u"nothing-here"_s);
        for (const QStringList &args : { QStringList { u"export"_s }, QStringList { u"show"_s, u"1"_s },
                                         QStringList { u"search"_s, u"海"_s } }) {
            const auto result = cli(QStringList { u"--catalog"_s, missing } + args);
            QCOMPARE(result.exitCode, 1);
            QVERIFY(QString::fromUtf8(result.err).contains(missing));
        }
        QVERIFY(!QFile::exists(missing)); // readers never create a catalog
        QVERIFY(!Catalog::exists(missing));
    }

    void initAndEmptyExports()
    {
        QCOMPARE(cli({ u"--catalog"_s, catalog(), u"init"_s }).exitCode, 0);
        QCOMPARE(cli({ u"--catalog"_s, catalog(), u"init"_s }).exitCode, 0); // idempotent
        QVERIFY(Catalog::exists(catalog()));
        auto result = cli({ u"--catalog"_s, catalog(), u"export"_s });
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray() && document.array().isEmpty());
        result = cli({ u"--catalog"_s, catalog(), u"export"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("id,path,kind,status,error,size_bytes,content_hash,"));
        QCOMPARE(result.out.count('\n'), 1);
        result = cli({ u"--catalog"_s, catalog(), u"export"_s, u"--format"_s, u"csv"_s, u"--bom"_s });
        QVERIFY(result.out.startsWith("\xEF\xBB\xBFid,"));
        result = cli({ u"--catalog"_s, catalog(), u"search"_s, u"海边"_s, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(result.out).isArray());
        result = cli({ u"--catalog"_s, catalog(), u"show"_s, u"7"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("no asset with id 7"));
        result = cli({ u"--catalog"_s, catalog(), u"check"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("catalog: ok"));
        result = cli({ u"--catalog"_s, catalog(), u"optimize"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(Backends::onPostgres() ? "Updating the server's statistics"
                                                            : "Rewriting the catalog file in order"),
                 result.err.constData());
        // The sizes are measured on either engine (a server's: its schema's tables).
        QVERIFY2(result.err.contains(" before, ") && !result.err.contains(" 0 bytes"),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());
        result = cli({ u"--catalog"_s, catalog(), u"optimize"_s, u"--quiet"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        result = cli({ u"--catalog"_s, m_dir.filePath(u"no-such-catalog"_s), u"optimize"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("no-such-catalog"));
    }

    void catalogFromEnvironmentAndAfterTheCommand()
    {
        const QString viaEnvironment =
            Backends::onPostgres() ? Backends::newCatalog() : m_dir.filePath(u"env-catalog"_s);
        QProcessEnvironment environment;
        environment.insert(u"REELATLAS_CATALOG"_s, viaEnvironment);
        QCOMPARE(cli({ u"init"_s }, environment).exitCode, 0);
        QVERIFY(Catalog::exists(viaEnvironment));
        const QString afterCommand =
            Backends::onPostgres() ? Backends::newCatalog() : m_dir.filePath(u"after"_s);
        QCOMPARE(cli({ u"init"_s, u"--catalog"_s, afterCommand }).exitCode, 0);
        QVERIFY(Catalog::exists(afterCommand));
    }

    void serverAddressIsNotAFolder()
    {
        QTemporaryDir here;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(here.path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
        const auto result =
            cli({ u"--catalog"_s, u"postgresql://editor:s3cret@localhost/reelatlas"_s, u"init"_s });
        QCOMPARE(result.exitCode, 1); // no server there: said so, by its address without the password
        QVERIFY2(result.err.contains("postgresql://editor@localhost/reelatlas"), result.err.constData());
        QVERIFY(!result.err.contains("s3cret"));
        QCOMPARE(QDir(here.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void ingestOfAMissingPathIsFatal()
    {
        const auto result =
            cli({ u"--catalog"_s, catalog(), u"ingest"_s, m_dir.filePath(u"no-such-folder"_s) });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("no-such-folder"));
    }

    void newerCatalogIsRefused()
    {
        const QString future = Backends::onPostgres() ? Backends::newCatalog() : m_dir.filePath(u"future"_s);
        QCOMPARE(cli({ u"--catalog"_s, future, u"init"_s }).exitCode, 0);
        {
            CatalogSession session(future);
            QString error;
            QVERIFY(CatalogBackend::of(session.db()).setSchemaVersion(session.db(), 500, error));
        }
        for (const QStringList &args : { QStringList { u"export"_s }, QStringList { u"init"_s },
                                         QStringList { u"ingest"_s, m_dir.path() } }) {
            const auto result = cli(QStringList { u"--catalog"_s, future } + args);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("newer ReelAtlas"), result.err.constData());
        }
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestCli)
#include "tst_cli.moc"
