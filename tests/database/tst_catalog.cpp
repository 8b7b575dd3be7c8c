#include "catalog.h"
#include "catalogbackend.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsAFolderWithBothDatabases()
    {
        const QString folder = m_dir.filePath(u"new/nested/catalog"_s);
        QVERIFY(!Catalog::exists(folder));
        QString error;
        QVERIFY2(Catalog::prepare(folder, Catalog::OpenMode::Create, error), qPrintable(error));
        QVERIFY(Catalog::exists(folder));
        QVERIFY(QFile::exists(folder + u"/thumbnails.sqlite"_s));
        CatalogSession session(folder);
        QVERIFY(session.isOpen());
        QCOMPARE(CatalogBackend::sqlite().schemaVersion(session.db()), Catalog::catalogSchemaVersion());
        QCOMPARE(CatalogBackend::sqlite().schemaVersion(session.thumbs()), Catalog::thumbnailSchemaVersion());
        QVERIFY(Catalog::catalogSchemaVersion() >= 1);
        QSqlQuery query(session.db());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT count(*) FROM location_categories"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        for (const char *table :
             { "assets", "tags", "asset_tags", "locations", "facilities", "experts", "contacts",
               "productions", "production_candidates", "expert_locations", "volumes" }) {
            QVERIFY2(query.exec(u"SELECT count(*) FROM %1"_s.arg(QLatin1StringView(table))), table);
        }
        QCOMPARE(CatalogBackend::sqlite().integrityCheck(session.db()), u"ok"_s);
    }

    void prepareIsIdempotent()
    {
        const QString folder = m_dir.filePath(u"twice"_s);
        QString error;
        QVERIFY(Catalog::prepare(folder, Catalog::OpenMode::Create, error));
        {
            CatalogSession session(folder);
            QSqlQuery(session.db()).exec(u"INSERT INTO tags (name, created_at) VALUES ('海岸', 'now')"_s);
        }
        QVERIFY2(Catalog::prepare(folder, Catalog::OpenMode::MustExist, error), qPrintable(error));
        CatalogSession session(folder);
        QSqlQuery query(session.db());
        QVERIFY(query.exec(u"SELECT count(*) FROM tags WHERE name = '海岸'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void upgradesAVersion1Catalog()
    {
        // A catalog as the first release wrote it, with an asset and tags.
        const QString folder = m_dir.filePath(u"version1"_s);
        QVERIFY(QDir().mkpath(folder));
        {
            QString error;
            QSqlDatabase db =
                CatalogBackend::sqlite().open(folder + u"/catalog.sqlite"_s, u"v1"_s, false, error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QFile v1(u":/sql/catalog/001_initial.sql"_s);
            QVERIFY(v1.open(QIODevice::ReadOnly));
            QVERIFY2(CatalogBackend::sqlite().runScript(db, v1.readAll(), error), qPrintable(error));
            QVERIFY(CatalogBackend::sqlite().setSchemaVersion(db, 1, error));
            QVERIFY(CatalogBackend::sqlite().runScript(
                db,
                "INSERT INTO assets (kind, path, path_raw, file_name, size_bytes, mtime_ns, "
                "added_at, updated_at, title, weather) VALUES ('video', '/m/古镇.mp4', "
                "CAST('/m/古镇.mp4' AS BLOB), '古镇.mp4', 1, 1, 'x', 'x', '老街', '晴');"
                "INSERT INTO tags (id, parent_id, name, created_at) VALUES (1, NULL, '地点', 'x'),"
                " (2, 1, '海边', 'x');"
                "INSERT INTO asset_tags VALUES (1, 2);",
                error));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"v1"_s);
        }
        QString error;
        QVERIFY2(Catalog::prepare(folder, Catalog::OpenMode::MustExist, error), qPrintable(error));
        CatalogSession session(folder);
        QCOMPARE(CatalogBackend::sqlite().schemaVersion(session.db()), Catalog::catalogSchemaVersion());
        QSqlQuery query(session.db());
        QVERIFY(query.exec(u"SELECT path FROM tags WHERE id = 2"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"地点/海边"_s);
        // The search index holds what was there before the upgrade.
        for (const char *words : { "\"古 镇\"", "\"lao jie\"", "\"海 边\"" }) {
            QVERIFY(query.exec(u"SELECT count(*) FROM asset_fts WHERE asset_fts MATCH '%1'"_s.arg(
                QString::fromUtf8(words))));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() == 1, words);
        }
        QVERIFY(query.exec(u"SELECT count(*) FROM tags WHERE vocabulary = 'weather'"_s) && query.next());
        QVERIFY(query.value(0).toInt() > 5);
        QCOMPARE(CatalogBackend::sqlite().integrityCheck(session.db()), u"ok"_s);
    }

    void missingCatalogIsNotCreatedByReaders()
    {
        const QString folder = m_dir.filePath(u"absent"_s);
        QString error;
        QVERIFY(!Catalog::prepare(folder, Catalog::OpenMode::MustExist, error));
        QVERIFY(error.contains(folder));
        QVERIFY(!QFile::exists(folder));
    }

    void aFileIsNotACatalog()
    {
        const QString path = m_dir.filePath(u"file"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QString error;
        QVERIFY(!Catalog::prepare(path, Catalog::OpenMode::Create, error));
        QVERIFY(error.contains(u"file"_s));
    }

    void newerCatalogIsRefusedUntouched()
    {
        const QString folder = m_dir.filePath(u"future"_s);
        QString error;
        QVERIFY(Catalog::prepare(folder, Catalog::OpenMode::Create, error));
        {
            CatalogSession session(folder);
            QVERIFY(CatalogBackend::sqlite().setSchemaVersion(session.db(), 999, error));
        }
        QVERIFY(!Catalog::prepare(folder, Catalog::OpenMode::MustExist, error));
        QVERIFY2(error.contains(u"newer ReelAtlas"_s), qPrintable(error));
        CatalogSession session(folder);
        QCOMPARE(CatalogBackend::sqlite().schemaVersion(session.db()), 999);
    }

    void garbageIsNotOpened()
    {
        const QString folder = m_dir.filePath(u"garbage"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + u"/catalog.sqlite"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QString error;
        QVERIFY(!Catalog::prepare(folder, Catalog::OpenMode::MustExist, error));
        QVERIFY(!error.isEmpty());
    }

    void catalogFolderOption()
    {
        qputenv("REELATLAS_CATALOG", "/tmp/from-environment");
        QCOMPARE(Catalog::resolveFolder(u"/tmp/given"_s), u"/tmp/given"_s);
        QCOMPARE(Catalog::resolveFolder({}), u"/tmp/from-environment"_s);
        qunsetenv("REELATLAS_CATALOG");
        QVERIFY(Catalog::resolveFolder({}).endsWith(u"ReelAtlas/catalog"_s));
        QVERIFY(QDir::isAbsolutePath(Catalog::resolveFolder(u"relative"_s)));
    }

    // A PostgreSQL address is never taken for a folder: nothing named "postgresql:" is made, and
    // the message does not show the password.
    void serverAddressIsNeverAFolder()
    {
        QTemporaryDir here;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(here.path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
        for (const QString &address :
             { u"postgresql://editor:s3cret@nas.local/reelatlas"_s, u"postgres://nas/reelatlas"_s,
               u"postgresql:///reelatlas?host=/run/postgresql"_s, u"PostgreSQL://nas:5433/reelatlas"_s }) {
            QVERIFY(Catalog::isServerAddress(address));
            QCOMPARE(Catalog::resolveFolder(address), address);
            qputenv("REELATLAS_CATALOG", address.toUtf8());
            QCOMPARE(Catalog::resolveFolder({}), address);
            qunsetenv("REELATLAS_CATALOG");
            QString error;
            QVERIFY(!Catalog::prepare(address, Catalog::OpenMode::Create, error));
            QVERIFY2(error.contains(u"PostgreSQL"_s), qPrintable(error));
            QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
            CatalogSession session(address);
            QVERIFY(!session.isOpen());
            QVERIFY(!session.error().contains(u"s3cret"_s));
        }
        QCOMPARE(QDir(here.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        // A folder whose name only begins so is a folder.
        QVERIFY(!Catalog::isServerAddress(u"postgresql-archive"_s));
        QCOMPARE(Catalog::resolveFolder(u"postgresql-archive"_s), here.filePath(u"postgresql-archive"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
