// Copying a catalog between a folder and a PostgreSQL database of a server of the test's own,
// both ways: every record, link, id and thumbnail arrives, the destination searches as the source
// does, new ids follow the copied ones; a destination that holds something is refused, and a copy
// that fails or is cancelled leaves nothing.

#include "assetstore.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "catalogcopy.h"
#include "catalogfixtures.h"
#include "pgserver.h"
#include "productionstore.h"
#include "recordquery.h"
#include "recordstore.h"
#include "savedsearchstore.h"
#include "sql.h"
#include "tagstore.h"
#include "thumbnailstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatalogCopy : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_source; // a folder catalog with something of everything
    QList<qint64> m_assets;
    qint64 m_location = 0, m_expert = 0, m_production = 0, m_movedTag = 0;

    QString freshDatabase()
    {
        QString error;
        const QString name = u"copy%1"_s.arg(++m_databases);
        if (!m_server.createDatabase(name, &error))
            qWarning("%s", qPrintable(error));
        return m_server.url(name);
    }

    // What a catalog holds, read the same way from either engine: every asset as JSON, every
    // record, production and saved search, the tags with their paths, search answers, and the
    // thumbnails' bytes.
    static QStringList contents(const QString &catalog)
    {
        CatalogSession session(catalog, true);
        QStringList out;
        if (!session.isOpen())
            return { session.error() };
        QString error;
        AssetStore assets(session.db());
        const auto ids = assets.idsMatching(AssetQueryParser::parse(QString()), AssetSort::Oldest, 0, error);
        for (const qint64 id : ids.value_or(QList<qint64> {})) {
            QJsonObject asset = assets.assetJson(id).value_or(QJsonObject());
            out.append(QString::fromUtf8(QJsonDocument(asset).toJson(QJsonDocument::Compact)));
            if (const auto hash = assets.hashAndKind(id)) {
                for (const ThumbnailStore::Kind kind :
                     { ThumbnailStore::Poster, ThumbnailStore::Filmstrip }) {
                    const auto picture = ThumbnailStore::get(session.thumbs(), hash->first, kind);
                    out.append(u"picture %1/%2: %3 bytes %4"_s.arg(id)
                                   .arg(int(kind))
                                   .arg(picture ? picture->jpeg.size() : -1)
                                   .arg(picture ? QString::number(qHash(picture->jpeg)) : QString()));
                }
            }
        }
        RecordStore records(session.db());
        for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert }) {
            const auto hits =
                records.search(RecordQueryParser::parse(kind, QString()), RecordSort::Relevance, 0, error);
            for (const RecordStore::Hit &hit : hits.value_or(QList<RecordStore::Hit> {})) {
                QJsonObject record = records.get(kind, hit.id).value_or(QJsonObject());
                record.remove(u"updated_at"_s);
                out.append(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
            }
        }
        ProductionStore productions(session.db());
        for (const ProductionStore::Summary &summary : productions.list())
            out.append(QString::fromUtf8(QJsonDocument(productions.get(summary.id).value_or(QJsonObject()))
                                             .toJson(QJsonDocument::Compact)));
        for (const SavedSearchStore::SavedSearch &saved : SavedSearchStore(session.db()).all())
            out.append(u"saved %1 %2 %3 %4"_s.arg(saved.id).arg(saved.name, saved.query, saved.sort));
        for (const TagStore::Tag &tag : TagStore(session.db()).all())
            out.append(u"tag %1 %2 %3"_s.arg(tag.id).arg(tag.path).arg(tag.parentId.value_or(0)));
        for (const char *words : { "古镇", "guzhen", "gz", "tag:天气/晴", "老码头" }) {
            const auto found = assets.idsMatching(AssetQueryParser::parse(QString::fromUtf8(words)),
                                                  AssetSort::Relevance, 0, error);
            QStringList texts;
            for (const qint64 id : found.value_or(QList<qint64> { -1 }))
                texts.append(QString::number(id));
            out.append(QString::fromUtf8(words) + u": "_s + texts.join(u' '));
        }
        out.append(u"catalog_id "_s + Catalog::info(session.db(), u"catalog_id"_s));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_source = m_dir.filePath(u"source"_s);
        QVERIFY2(Catalog::prepare(m_source, Catalog::OpenMode::Create, error), qPrintable(error));
        CatalogSession session(m_source);
        const QStringList titles { u"古镇老街清晨"_s, u"海边日落"_s, u"老码头"_s, u"雪山"_s };
        for (qsizetype i = 0; i < titles.size(); ++i) {
            CatalogFixtures::Asset asset;
            asset.path = "/媒体/card/C" + QByteArray::number(i) + ".MP4";
            asset.title = titles.at(i);
            asset.tags = { i % 2 ? u"天气/晴"_s : u"场景/老街"_s };
            asset.posterColor = i == 3 ? QColor() : QColor::fromHsv(int(i) * 60, 200, 200);
            asset.filmstripFrames = i == 0 ? 4 : 0;
            const auto id = CatalogFixtures::add(session, asset, &error);
            QVERIFY2(id, qPrintable(error));
            m_assets.append(*id);
        }
        // A path that is not UTF-8 stays its bytes.
        {
            CatalogFixtures::Asset asset;
            asset.path = QByteArray("/media/\xb2\xe2\xca\xd4.mov");
            const auto id = CatalogFixtures::add(session, asset, &error);
            QVERIFY2(id, qPrintable(error));
            m_assets.append(*id);
        }
        Sql::Transaction transaction(session.db());
        // A tag moved under one made after it: its parent has the larger id.
        TagStore tags(session.db());
        m_movedTag = tags.ensurePath(u"旧分类"_s, error).value_or(0);
        const qint64 later = tags.ensurePath(u"新分类"_s, error).value_or(0);
        QVERIFY(m_movedTag && later && tags.move(m_movedTag, later, error));
        QCOMPARE(tags.addToAssets(m_movedTag, { m_assets[2] }, error), 1);
        // Records pointing at assets (a cover, a photo) and assets pointing at records.
        QList<RecordProblem> problems;
        RecordStore records(session.db());
        m_location = records
                         .save(RecordKind::Location,
                               { { u"code"_s, u"QD-7"_s },
                                 { u"name_zh"_s, u"老码头"_s },
                                 { u"lat"_s, 36.06 },
                                 { u"lon"_s, 120.32 },
                                 { u"fee"_s, u"3000元/天"_s },
                                 { u"cover_asset_id"_s, m_assets[2] },
                                 { u"contacts"_s,
                                   QJsonArray { QJsonObject { { u"name"_s, u"王经理"_s },
                                                              { u"phone"_s, u"13800138000"_s } } } } },
                               problems, error)
                         .value_or(0);
        QVERIFY2(m_location, qPrintable(error));
        m_expert = records
                       .save(RecordKind::Expert,
                             { { u"name_zh"_s, u"李顾问"_s }, { u"photo_asset_id"_s, m_assets[1] } },
                             problems, error)
                       .value_or(0);
        QVERIFY2(m_expert, qPrintable(error));
        QVERIFY(
            records.save(RecordKind::Facility,
                         { { u"name_zh"_s, u"东方影都1号棚"_s }, { u"lat"_s, 36.0 }, { u"lon"_s, 120.0 } },
                         problems, error));
        m_production =
            ProductionStore(session.db()).save({ { u"title"_s, u"海边的故事"_s } }, error).value_or(0);
        QVERIFY2(m_production, qPrintable(error));
        ProductionStore productions(session.db());
        QVERIFY(productions.setCandidate(m_production, m_location, u"visited"_s, u"好"_s, error));
        QVERIFY(productions.setExpert(m_production, m_expert, u"顾问"_s, error));
        QVERIFY(productions.addAssets(m_production, { m_assets[0], m_assets[1] }, error));
        QVERIFY(SavedSearchStore(session.db()).add(u"晴天"_s, u"tag:天气/晴"_s, u"newest"_s, error));
        QVERIFY(AssetStore(session.db()).setField({ m_assets[0] }, u"location_id"_s, m_location, error));
        QVERIFY2(transaction.commit(error), qPrintable(error));
    }

    // Every table of either engine's schema is copied or made by the destination.
    void everyTableIsCopiedOrDerived()
    {
        const QString server = freshDatabase();
        QString error;
        QVERIFY2(Catalog::prepare(server, Catalog::OpenMode::Create, error), qPrintable(error));
        for (const QString &catalog : { m_source, server }) {
            CatalogSession session(catalog, true);
            const bool onServer = Catalog::isServerAddress(catalog);
            QSqlQuery query(session.db());
            QVERIFY(query.exec(onServer
                                   ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_type = 'BASE TABLE'"_s
                                   : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
            int seen = 0;
            while (query.next()) {
                const QString table = query.value(0).toString();
                QVERIFY2(CatalogCopy::tables().contains(table) || CatalogCopy::isDerived(table),
                         qPrintable(table + u" is neither copied nor made by the destination"_s));
                QVERIFY2(!(CatalogCopy::tables().contains(table) && CatalogCopy::isDerived(table)),
                         qPrintable(table));
                ++seen;
            }
            QVERIFY(seen > 20);
        }
    }

    // A folder onto a server, and back into a new folder: the same catalog all three times.
    void folderToServerAndBack()
    {
        const QStringList before = contents(m_source);
        QVERIFY(before.size() > 20);
        QVERIFY2(before.join(u'\n').contains(u"tag:天气/晴: "_s), qPrintable(before.join(u'\n')));
        const QString server = freshDatabase();
        QList<CatalogCopy::Copied> copied;
        QString error;
        QStringList tables;
        QVERIFY2(CatalogCopy::copy(
                     m_source, server, [&](const QString &table, qint64) { tables.append(table); }, nullptr,
                     copied, error),
                 qPrintable(error));
        QVERIFY(tables.contains(u"assets"_s) && tables.contains(u"thumbnails"_s));
        qint64 assets = -1;
        for (const CatalogCopy::Copied &table : std::as_const(copied)) {
            if (table.table == "assets"_L1)
                assets = table.rows;
        }
        QCOMPARE(assets, m_assets.size());
        const QStringList onServer = contents(server);
        QCOMPARE(onServer, before);

        const QString back = m_dir.filePath(u"back"_s);
        QVERIFY2(CatalogCopy::copy(server, back, {}, nullptr, copied, error), qPrintable(error));
        QCOMPARE(contents(back), before);
        QVERIFY(!QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Dirs).join(u' ').contains(u".copying"_s));

        // The server hands out ids after the copied ones; the path's bytes came through.
        CatalogSession session(server);
        CatalogFixtures::Asset asset;
        asset.path = "/media/new.mp4";
        const auto id = CatalogFixtures::add(session, asset, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, m_assets.last() + 1);
        QCOMPARE(AssetStore(session.db()).rawPathOf(m_assets.last()).value_or(QByteArray()),
                 QByteArray("/media/\xb2\xe2\xca\xd4.mov"));
        QList<RecordProblem> problems;
        const auto location =
            RecordStore(session.db())
                .save(RecordKind::Location, { { u"name_zh"_s, u"新外景地"_s } }, problems, error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(*location > m_location);
    }

    // Into something that holds a catalog: refused, and nothing there changes.
    void refusesADestinationThatHoldsSomething()
    {
        const QString server = freshDatabase();
        QList<CatalogCopy::Copied> copied;
        QString error;
        QVERIFY2(CatalogCopy::copy(m_source, server, {}, nullptr, copied, error), qPrintable(error));
        const QStringList there = contents(server);
        QVERIFY(!CatalogCopy::copy(m_source, server, {}, nullptr, copied, error));
        QVERIFY2(error.contains(u"already holds a catalog"_s), qPrintable(error));
        QCOMPARE(contents(server), there);

        QVERIFY(!CatalogCopy::copy(server, m_source, {}, nullptr, copied, error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QVERIFY(!CatalogCopy::copy(m_dir.filePath(u"none"_s), server, {}, nullptr, copied, error));
        QVERIFY2(error.contains(u"holds no catalog"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none"_s)));
    }

    // A row the server cannot take (text with a NUL in it, which SQLite keeps): the copy fails
    // naming the table, and the database holds an empty catalog, as before. Cancelled: the same;
    // into a folder, no folder.
    void failedOrCancelledLeavesNothing()
    {
        QString error;
        const QString damaged = m_dir.filePath(u"damaged"_s);
        QList<CatalogCopy::Copied> copied;
        QVERIFY2(CatalogCopy::copy(m_source, damaged, {}, nullptr, copied, error), qPrintable(error));
        {
            CatalogSession session(damaged);
            QSqlQuery query(session.db());
            QVERIFY(query.exec(
                u"UPDATE assets SET notes = 'a' || char(0) || 'b' WHERE id = %1"_s.arg(m_assets[1])));
        }
        const QString server = freshDatabase();
        QVERIFY(!CatalogCopy::copy(damaged, server, {}, nullptr, copied, error));
        QVERIFY2(error.contains(u"assets"_s), qPrintable(error));
        {
            CatalogSession session(server, true);
            QCOMPARE(AssetStore(session.db()).count(error).value_or(-1), 0);
            QSqlQuery query(session.db());
            QVERIFY(query.exec(u"SELECT count(*) FROM locations"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec(u"SELECT count(*) FROM reelatlas_thumbnails.thumbnails"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        // Once the damage is mended, the same database takes the copy.
        {
            CatalogSession session(damaged);
            QVERIFY(QSqlQuery(session.db()).exec(u"UPDATE assets SET notes = NULL"_s));
        }
        QVERIFY2(CatalogCopy::copy(damaged, server, {}, nullptr, copied, error), qPrintable(error));

        std::atomic<bool> stop { false };
        const QString folder = m_dir.filePath(u"cancelled"_s);
        QVERIFY(!CatalogCopy::copy(
            server, folder,
            [&](const QString &table, qint64) {
                if (table == "assets"_L1)
                    stop = true;
            },
            &stop, copied, error));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QDir(m_dir.path()).entryList(QDir::Hidden | QDir::Dirs).join(u' ').contains(u".copying"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCopy)
#include "tst_catalogcopy.moc"
