#include "catalog.h"
#include "catalogbackend.h"
#include "catalogfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
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
    // the message (no server answers there) does not show the password.
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
            // No server there: the address in the message, without the password.
            QVERIFY(!Catalog::prepare(address, Catalog::OpenMode::Create, error));
            QVERIFY2(error.contains(Catalog::displayName(address)), qPrintable(error));
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

    // Optimizing merges each search index into one piece and rewrites the file without its free
    // pages; every asset, id and search answer stays as it was.
    void optimizeKeepsEverythingAndCompacts()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"catalog"_s);
        Grown grown = grow(folder);
        QVERIFY(grown.segmentsBefore > 1);
        QVERIFY(grown.freePagesBefore > 0);

        QList<int> steps;
        int total = 0;
        QString error;
        QVERIFY2(Catalog::optimize(
                     folder, nullptr,
                     [&](const QString &what, int done, int count) {
                         QVERIFY(!what.isEmpty());
                         steps.append(done);
                         total = count;
                     },
                     error),
                 qPrintable(error));
        QCOMPARE(total, 5); // four search indexes, then the rewrite
        QCOMPARE(steps, QList<int>({ 0, 1, 2, 3, 4 }));
        const State after = state(folder);
        QCOMPARE(after.segments, 1);
        QCOMPARE(after.freePages, 0);
        QCOMPARE(after.ids, grown.before.ids);
        QCOMPARE(after.answers, grown.before.answers);
        QCOMPARE(after.integrity, u"ok"_s);
        QVERIFY(QFileInfo(QDir(folder).filePath(u"catalog.sqlite"_s)).size() < grown.sizeBefore);
    }

    // Cancelled before the rewrite: nothing more is done, and nothing is lost.
    void optimizeStopsWhenCancelled()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"catalog"_s);
        Grown grown = grow(folder);
        std::atomic<bool> stop { false };
        QString error;
        QVERIFY(!Catalog::optimize(
            folder, &stop,
            [&](const QString &, int done, int count) {
                if (done == count - 1)
                    stop = true; // before the rewrite
            },
            error));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        const State after = state(folder);
        QVERIFY(after.freePages >= grown.freePagesBefore); // not rewritten (the merge frees more)
        QCOMPARE(after.ids, grown.before.ids);
        QCOMPARE(after.answers, grown.before.answers);
        // Cancelled from the start: not even the indexes are touched.
        QTemporaryDir other;
        const QString second = other.filePath(u"catalog"_s);
        const Grown fresh = grow(second);
        stop = true;
        QVERIFY(!Catalog::optimize(
            second, &stop, [](const QString &, int, int) {}, error));
        QCOMPARE(state(second).segments, fresh.segmentsBefore);
    }

    // Optimizing is suggested for a large catalog never optimized, or grown by a fifth since.
    void optimizeIsAdvisedWhenGrown()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"catalog"_s);
        grow(folder); // 60 assets
        QString error;
        const auto advised = [&](qint64 from) { return Catalog::optimizeAdvised(folder, error, from); };
        QCOMPARE(advised(50), std::optional(true)); // never optimized
        QCOMPARE(advised(61), std::optional(false)); // too small to matter
        QVERIFY(Catalog::optimize(
            folder, nullptr, [](const QString &, int, int) {}, error));
        QCOMPARE(advised(50), std::optional(false));
        const auto add = [&](int count) {
            CatalogSession session(folder);
            for (int i = 0; i < count; ++i) {
                CatalogFixtures::Asset asset;
                asset.path =
                    "/media/more" + QByteArray::number(QRandomGenerator::global()->generate()) + ".mp4";
                QVERIFY(CatalogFixtures::add(session, asset, &error));
            }
        };
        add(12); // 72: grown by 12, less than a fifth (14)
        QCOMPARE(advised(50), std::optional(false));
        add(3); // 75: by 15, a fifth
        QCOMPARE(advised(50), std::optional(true));
        QCOMPARE(Catalog::optimizeAdvised(dir.filePath(u"none"_s), error, 1), std::nullopt);
        QVERIFY(!error.isEmpty());
        QCOMPARE(Catalog::optimizeAdvised(u"postgresql:///nowhere?host=/nonexistent"_s, error, 1),
                 std::optional(false)); // a server keeps its own tables
    }

    // After an import: the search indexes merged into one piece each, in steps, the file not
    // rewritten; every asset, id and answer as it was. Due again when the catalog has grown by a
    // fifth since it was merged or optimized. Stopped between steps, what is merged stays.
    void searchIndexMergedInSteps()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"catalog"_s);
        const Grown grown = grow(folder); // 60 assets
        QVERIFY(grown.segmentsBefore > 1);
        QString error;
        QCOMPARE(Catalog::mergeAdvised(folder, error, 50), std::optional(true)); // never merged
        QCOMPARE(Catalog::mergeAdvised(folder, error, 61), std::optional(false)); // too small
        std::atomic<bool> stop { true };
        QVERIFY(!Catalog::mergeSearchIndexes(folder, &stop, error)); // stopped before the first step
        QVERIFY2(error.contains(u"cancelled"_s) && error.contains(folder), qPrintable(error));
        QCOMPARE(state(folder).segments, grown.segmentsBefore);
        QCOMPARE(Catalog::mergeAdvised(folder, error, 50), std::optional(true));

        QVERIFY2(Catalog::mergeSearchIndexes(folder, nullptr, error), qPrintable(error));
        const State after = state(folder);
        QCOMPARE(after.segments, 1);
        QVERIFY(after.freePages >= grown.freePagesBefore); // not rewritten: optimize does that
        QCOMPARE(after.ids, grown.before.ids);
        QCOMPARE(after.answers, grown.before.answers);
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(Catalog::mergeAdvised(folder, error, 50), std::optional(false));
        // Optimizing still does what merging does not, and is still advised.
        QCOMPARE(Catalog::optimizeAdvised(folder, error, 50), std::optional(true));
        QVERIFY(Catalog::mergeSearchIndexes(folder, nullptr, error)); // one step that finds nothing
        QCOMPARE(state(folder).segments, 1);
        {
            CatalogSession session(folder);
            for (int i = 0; i < 15; ++i) { // 75: grown by a fifth
                CatalogFixtures::Asset asset;
                asset.path = "/media/merged" + QByteArray::number(i) + ".mp4";
                QVERIFY(CatalogFixtures::add(session, asset, &error));
            }
        }
        QCOMPARE(Catalog::mergeAdvised(folder, error, 50), std::optional(true));
        QCOMPARE(Catalog::mergeAdvised(u"postgresql:///nowhere?host=/nonexistent"_s, error, 1),
                 std::optional(false)); // a server's indexes keep themselves
        QVERIFY(Catalog::mergeSearchIndexes(u"postgresql:///nowhere?host=/nonexistent"_s, nullptr, error));
        QVERIFY(!Catalog::mergeSearchIndexes(dir.filePath(u"none"_s), nullptr, error));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"none"_s)));
    }

    void optimizeNeedsACatalog()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Catalog::optimize(
            dir.filePath(u"none"_s), nullptr, [](const QString &, int, int) {}, error));
        QVERIFY2(error.contains(dir.filePath(u"none"_s)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"none"_s)));
    }

private:
    struct State
    {
        QList<qint64> ids;
        QStringList answers; // per word searched: the ids found
        int segments = 0;
        int freePages = 0;
        QString integrity;
    };
    struct Grown
    {
        State before;
        int segmentsBefore = 0;
        int freePagesBefore = 0;
        qint64 sizeBefore = 0;
    };

    static State state(const QString &folder)
    {
        State out;
        CatalogSession session(folder);
        QSqlQuery query(session.db());
        query.exec(u"SELECT id FROM assets ORDER BY id"_s);
        while (query.next())
            out.ids.append(query.value(0).toLongLong());
        for (const QString &word : { u"lighthouse"_s, u"海边"_s, u"dengta"_s, u"h*"_s }) {
            query.prepare(u"SELECT rowid FROM asset_fts WHERE asset_fts MATCH ? ORDER BY rowid"_s);
            query.addBindValue(word);
            query.exec();
            QStringList found;
            while (query.next())
                found.append(query.value(0).toString());
            out.answers.append(word + u": "_s + found.join(u' '));
        }
        query.exec(u"SELECT count(DISTINCT segid) FROM asset_fts_idx"_s);
        out.segments = query.next() ? query.value(0).toInt() : -1;
        query.exec(u"PRAGMA freelist_count"_s);
        out.freePages = query.next() ? query.value(0).toInt() : -1;
        out.integrity = CatalogBackend::of(session.db()).integrityCheck(session.db());
        return out;
    }

    // A catalog grown one asset at a time (a search index in many pieces), a third of it then
    // removed (free pages).
    static Grown grow(const QString &folder)
    {
        Grown out;
        QString error;
        if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error)) {
            qWarning("%s", qPrintable(error));
            return out;
        }
        {
            CatalogSession session(folder);
            for (int i = 0; i < 90; ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/media/clip" + QByteArray::number(i) + ".mp4";
                asset.title = i % 2 ? u"海边灯塔 %1"_s.arg(i) : u"Harbour lighthouse %1"_s.arg(i);
                asset.description = QString(u"黄昏 dusk over the harbour "_s).repeated(40 + i);
                asset.posterColor = QColor();
                if (!CatalogFixtures::add(session, asset, &error))
                    qWarning("%s", qPrintable(error));
            }
            QSqlQuery(session.db()).exec(u"DELETE FROM assets WHERE id % 3 = 0"_s);
        }
        out.before = state(folder);
        out.segmentsBefore = out.before.segments;
        out.freePagesBefore = out.before.freePages;
        out.sizeBefore = QFileInfo(QDir(folder).filePath(u"catalog.sqlite"_s)).size();
        return out;
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
