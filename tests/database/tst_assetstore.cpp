#include "assetfields.h"
#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "tagstore.h"
#include "thumbnailstore.h"

#include <QCborArray>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ProcessedFile clip(const QByteArray &path)
{
    ProcessedFile file;
    file.location.pathRaw = path;
    file.location.path = QString::fromUtf8(path);
    file.location.fileName = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
    file.location.sizeBytes = 1000;
    file.location.mtimeNs = 42;
    file.contentHash = u"hash-"_s + QString::fromUtf8(path.toHex());
    file.kind = u"video"_s;
    file.facts.insert(u"container"_s, u"mov"_s);
    file.facts.insert(u"width"_s, 1920);
    file.facts.insert(u"height"_s, 1080);
    file.facts.insert(u"rotation"_s, 0);
    file.facts.insert(u"duration_s"_s, 12.5);
    file.facts.insert(u"fps"_s, 25.0);
    file.facts.insert(u"video_codec"_s, u"h264"_s);
    file.facts.insert(u"hdr"_s, u"none"_s);
    file.facts.insert(u"format_class"_s, u"full-hd"_s);
    file.facts.insert(u"format_class_zh"_s, u"全高清"_s);
    file.facts.insert(u"format_class_en"_s, u"Full HD"_s);
    file.facts.insert(u"gps_lat"_s, 36.06);
    file.facts.insert(u"gps_lon"_s, 120.38);
    file.facts.insert(u"warnings"_s, QCborArray { u"a warning"_s });
    file.derived.insert(u"dominant_colors"_s, QCborArray { u"#102030"_s });
    file.thumbnails.append(StoredThumbnail { ThumbnailStore::Poster, "jpeg-bytes", 256, 144, 1 });
    file.processedVersion = 1;
    return file;
}

} // namespace

class TestAssetStore : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    std::unique_ptr<CatalogSession> m_session;

    AssetStore store() { return AssetStore(m_session->db()); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
    }
    void cleanupTestCase() { m_session.reset(); }

    void saveAndReadBack()
    {
        QString error;
        const auto id = store().save(clip("/media/海边/clip1.mp4"), error);
        QVERIFY2(id, qPrintable(error));
        const QJsonObject asset = *store().assetJson(*id);
        QCOMPARE(asset.value("path"_L1).toString(), u"/media/海边/clip1.mp4"_s);
        QCOMPARE(asset.value("kind"_L1).toString(), u"video"_s);
        QCOMPARE(asset.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(asset.value("width"_L1).toInt(), 1920);
        QCOMPARE(asset.value("duration_s"_L1).toDouble(), 12.5);
        QCOMPARE(asset.value("gps"_L1).toObject().value("lat"_L1).toDouble(), 36.06);
        QVERIFY(asset.value("gps"_L1).toObject().value("alt_m"_L1).isNull());
        QCOMPARE(asset.value("format_class"_L1).toObject().value("zh"_L1).toString(), u"全高清"_s);
        QCOMPARE(asset.value("poster"_L1).toBool(), true);
        QCOMPARE(asset.value("warnings"_L1).toArray().first().toString(), u"a warning"_s);
        QCOMPARE(asset.value("tags"_L1).toArray().size(), 0);
        // Missing facts are null, never 0 or "".
        for (const char *field : { "error", "audio_codec", "audio_channels", "created_at", "camera_make",
                                   "bit_depth", "location_id", "title", "color_transfer" })
            QVERIFY2(asset.value(QLatin1StringView(field)).isNull(), field);
        QVERIFY(store().idForPath("/media/海边/clip1.mp4") == id);

        // Many at once, as each alone; an asset that is not there is left out.
        const auto other = store().save(clip("/media/other/clip2.mp4"), error);
        QVERIFY2(other, qPrintable(error));
        TagStore tags(m_session->db());
        const auto rain = tags.ensurePath(u"天气/雨"_s, error);
        QVERIFY2(rain && tags.addToAssets(*rain, { *other }, error), qPrintable(error));
        const auto both = store().assetsJson({ *other, 999'999, *id }, error);
        QVERIFY2(both, qPrintable(error));
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->value(*id), *store().assetJson(*id));
        QCOMPARE(both->value(*other), *store().assetJson(*other));
        QCOMPARE(both->value(*other).value("tags"_L1).toArray().size(), 1);
        QVERIFY(store().assetsJson({}, error)->isEmpty());
    }

    void reprocessingKeepsUserFacts()
    {
        QString error;
        const auto id = store().save(clip("/media/b.mp4"), error);
        QSqlQuery query(m_session->db());
        QVERIFY(query.exec(u"UPDATE assets SET title = '黄昏的海' WHERE id = %1"_s.arg(*id)));
        TagStore tags(m_session->db());
        tags.addToAssets(*tags.ensurePath(u"海岸"_s, error), { *id }, error);

        ProcessedFile changed = clip("/media/b.mp4");
        changed.facts.remove(u"gps_lat"_s);
        changed.facts.remove(u"gps_lon"_s);
        changed.facts.insert(u"width"_s, 3840);
        QCOMPARE(store().save(changed, error), id); // same row
        const QJsonObject asset = *store().assetJson(*id);
        QCOMPARE(asset.value("width"_L1).toInt(), 3840);
        QVERIFY(asset.value("gps"_L1).isNull()); // a fact that went away is cleared
        QCOMPARE(asset.value("title"_L1).toString(), u"黄昏的海"_s);
        QCOMPARE(asset.value("tags"_L1).toArray().first().toString(), u"海岸"_s);
    }

    void failedFilesKeepTheirReason()
    {
        ProcessedFile broken = clip("/media/broken.mp4");
        broken.failed = true;
        broken.error = u"moov atom not found"_s;
        broken.facts = {};
        broken.thumbnails.clear();
        QString error;
        const auto id = store().save(broken, error);
        const QJsonObject asset = *store().assetJson(*id);
        QCOMPARE(asset.value("status"_L1).toString(), u"failed"_s);
        QCOMPARE(asset.value("error"_L1).toString(), u"moov atom not found"_s);
        QCOMPARE(asset.value("poster"_L1).toBool(), false);
        QVERIFY(asset.value("width"_L1).isNull());
    }

    void relinkOfflineAndBack()
    {
        QString error;
        const auto id = store().save(clip("/old/place.mp4"), error);
        QVERIFY(store().markOffline({ *id }, error));
        QCOMPARE(store().assetJson(*id)->value("status"_L1).toString(), u"offline"_s);
        QVERIFY(store().markPresent(*id, error));
        QCOMPARE(store().assetJson(*id)->value("status"_L1).toString(), u"ok"_s);
        FileLocation moved;
        moved.pathRaw = "/new/place renamed.mp4";
        moved.path = u"/new/place renamed.mp4"_s;
        moved.fileName = u"place renamed.mp4"_s;
        moved.sizeBytes = 1000;
        moved.mtimeNs = 43;
        QVERIFY(store().relink(*id, moved, error));
        QVERIFY(!store().idForPath("/old/place.mp4"));
        QCOMPARE(store().idForPath("/new/place renamed.mp4"), id);
        QCOMPARE(store().assetJson(*id)->value("file_name"_L1).toString(), u"place renamed.mp4"_s);
    }

    void nonUtf8PathsStayDistinct()
    {
        QString error;
        const auto a = store().save(clip("/gbk/\xb9\xc5\xd5\xf2.mp4"), error);
        const auto b = store().save(clip("/gbk/\xb9\xc5\xd5\xf3.mp4"), error);
        QVERIFY(a && b && *a != *b);
        QCOMPARE(store().rawPathOf(*a), QByteArray("/gbk/\xb9\xc5\xd5\xf2.mp4"));
    }

    // What an import looks up: the files at given paths (more than one statement's binds), and
    // those under folders read in pages in the order of their paths, whatever the page's size.
    void knownFilesByPathAndInPages()
    {
        QString error;
        QList<QByteArray> under;
        for (int i = 0; i < 7; ++i) {
            const QByteArray path = "/known/shoot/" + QByteArray::number(i) + ".mp4";
            QVERIFY2(store().save(clip(path), error), qPrintable(error));
            under.append(path);
        }
        QVERIFY2(store().save(clip("/known/shoot"), error), qPrintable(error)); // the root itself
        QVERIFY2(store().save(clip("/known/shooting/x.mp4"), error), qPrintable(error)); // not below
        QVERIFY2(store().save(clip("/known/shoot\xff/y.mp4"), error), qPrintable(error)); // not below
        under.prepend("/known/shoot");

        QList<QByteArray> asked;
        for (int i = 0; i < 600; ++i)
            asked.append("/known/nowhere/" + QByteArray::number(i) + ".mp4");
        asked.insert(5, under.at(3));
        asked.append(under.at(6));
        const auto at = store().knownFilesAt(asked, error);
        QVERIFY2(at, qPrintable(error));
        QList<QByteArray> found;
        for (const KnownFile &file : *at)
            found.append(file.pathRaw);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<QByteArray> { under.at(3), under.at(6) }));
        QCOMPARE(at->first().contentHash, u"hash-"_s + QString::fromUtf8(at->first().pathRaw.toHex()));

        for (const int page : { 1, 2, 3, 8, 5000 }) {
            QList<QByteArray> walked;
            QVERIFY2(store().forEachKnownFile(
                         { "/known/shoot/" },
                         [&](const KnownFile &file) {
                             walked.append(file.pathRaw);
                             return true;
                         },
                         error, page),
                     qPrintable(error));
            QCOMPARE(walked, under);
        }
        // Stopped by the visitor: nothing more.
        int visited = 0;
        QVERIFY(store().forEachKnownFile(
            { "/known/shoot" }, [&](const KnownFile &) { return ++visited < 3; }, error, 2));
        QCOMPARE(visited, 3);
    }

    void searchWords()
    {
        QString error;
        const auto sea = store().save(clip("/lib/山东古镇老街_海边.mp4"), error);
        const auto street = store().save(clip("/lib/street_night.mov"), error);
        const auto ids = [&](const QString &q) {
            return *store().idsMatching(AssetQueryParser::parse(q), AssetSort::Newest, 0, error);
        };
        QVERIFY(ids(u"古镇"_s).contains(*sea));
        QVERIFY(!ids(u"古镇"_s).contains(*street));
        QVERIFY(ids(u"古"_s).contains(*sea)); // one character works
        QVERIFY(ids(u"STREET"_s).contains(*street));
        QVERIFY(ids(u"古镇 海边"_s).contains(*sea)); // all words must match
        QVERIFY(ids(u"古镇 night"_s).isEmpty());
        QVERIFY(ids(u"全高清"_s).contains(*street)); // format class
        TagStore tags(m_session->db());
        tags.addToAssets(*tags.ensurePath(u"天气/晴"_s, error), { *street }, error);
        QCOMPARE(ids(u"晴"_s), QList<qint64> { *street });
    }

    // A pinyin phrase with an unfinished one-letter syllable ("guz": 古镇 as "gu z…") is looked
    // for where the pair of initials is ("gz"); best match asks where the phrase is, not where
    // that pair is: an asset with another "gz" pair in its title (高祖, gao zu) and 古镇 in its
    // description comes after one with 古镇 in its title, though it is the newer.
    void pinyinGuardsFindTheSameAndRankByThePhrase()
    {
        QString error;
        const auto titled = store().save(clip("/guard/a.mp4"), error);
        const auto other = store().save(clip("/guard/b.mp4"), error);
        const auto latin = store().save(clip("/guard/c.mp4"), error);
        QVERIFY2(titled && other && latin, qPrintable(error));
        QVERIFY(store().setField({ *titled }, u"title"_s, u"古镇清晨"_s, error));
        QVERIFY(store().setField({ *other }, u"title"_s, u"高祖庙"_s, error));
        QVERIFY(store().setField({ *other }, u"description"_s, u"山下的古镇"_s, error));
        QVERIFY(
            store().setField({ *latin }, u"title"_s, u"高 zoo"_s, error)); // a pair with no second character
        const auto ids = [&](const QString &q, AssetSort sort) { // among this test's assets
            QList<qint64> out = store()
                                    .idsMatching(AssetQueryParser::parse(q, true), sort, 0, error)
                                    .value_or(QList<qint64> {});
            out.removeIf([&](qint64 id) { return id != *titled && id != *other && id != *latin; });
            return out;
        };
        QCOMPARE(ids(u"guz"_s, AssetSort::Relevance), (QList<qint64> { *titled, *other }));
        QCOMPARE(ids(u"guzh"_s, AssetSort::Relevance), (QList<qint64> { *titled, *other })); // unguarded
        QCOMPARE(ids(u"gaoz"_s, AssetSort::Newest), (QList<qint64> { *other }));
        QVERIFY(!ids(u"gaoz"_s, AssetSort::Newest).contains(*latin)); // "gao z…" is two characters
    }

    // Every asset's own tags, past the pieces the tags are read in (500 assets).
    void matchingAssetsCarryTheirTags()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        CatalogSession session(dir.path());
        AssetStore assets(session.db());
        TagStore tags(session.db());
        const qint64 odd = *tags.ensurePath(u"场景/奇"_s, error),
                     seventh = *tags.ensurePath(u"天气/晴"_s, error);
        QVERIFY(session.db().transaction());
        for (int i = 0; i < 1203; ++i) {
            const auto id = assets.save(clip("/many/" + QByteArray::number(i) + ".mp4"), error);
            QVERIFY2(id, qPrintable(error));
            if (i % 2)
                QVERIFY(tags.addToAssets(odd, { *id }, error));
            if (i % 7 == 0)
                QVERIFY(tags.addToAssets(seventh, { *id }, error));
        }
        QVERIFY(session.db().commit());
        int seen = 0;
        QVERIFY(assets.forEachMatching(
            AssetQueryParser::parse(u"folder:/many"_s), AssetSort::Oldest, 0,
            [&](const QJsonObject &asset) {
                const int i = asset.value(u"path"_s).toString().section(u'/', -1).section(u'.', 0, 0).toInt();
                QStringList expected;
                if (i % 2)
                    expected.append(u"场景/奇"_s);
                if (i % 7 == 0)
                    expected.append(u"天气/晴"_s);
                QCOMPARE(asset.value(u"tags"_s).toVariant().toStringList(), expected);
                ++seen;
            },
            error));
        QCOMPARE(seen, 1203);
    }

    void hostileQueriesAreText()
    {
        QString error;
        const auto ids = [&](const QString &q) {
            return store().idsMatching(AssetQueryParser::parse(q), AssetSort::Newest, 0, error);
        };
        // Punctuation alone asks for nothing; operators and SQL are searched for as words.
        const qsizetype all = ids(QString())->size();
        QVERIFY(all > 3);
        QVERIFY(AssetQueryParser::parse(u"%"_s).isEmpty());
        QVERIFY(ids(u"' OR 1=1 --"_s)->isEmpty());
        QVERIFY(ids(u"NEAR(a b) AND c*"_s)->isEmpty());
        QVERIFY(ids(u"\"; DROP TABLE assets; --"_s));
        QSqlQuery query(m_session->db());
        QVERIFY(query.exec(u"SELECT count(*) FROM assets"_s) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY(ids(u"\\"_s));
    }

    void csvRows()
    {
        QString error;
        const auto id = store().save(clip("/csv/one, \"two\".mp4"), error);
        const QJsonObject asset = *store().assetJson(*id);
        const QStringList row = AssetFields::toCsvRow(asset);
        const QStringList header = AssetFields::csvHeader();
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(header.indexOf(u"gps_lat"_s)), u"36.06"_s);
        QCOMPARE(row.at(header.indexOf(u"format_class_en"_s)), u"Full HD"_s);
        QCOMPARE(row.at(header.indexOf(u"audio_codec"_s)), QString()); // null is an empty cell
        QCOMPARE(row.at(header.indexOf(u"width"_s)), u"1920"_s);
    }

    // What a selection shares: read until every field differs, never stopping before a field
    // that differs only at the last row; a value none has is a shared null.
    void sharedValuesOfASelection()
    {
        QString error;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(*store().save(clip("/shared/" + QByteArray::number(i) + ".mp4"), error));
        QVERIFY(store().setField(ids, u"licence"_s, u"CC BY"_s, error));
        QVERIFY(store().setField(ids, u"rights_holder"_s, u"青岛影视局"_s, error));
        QVERIFY(store().setField({ ids[1] }, u"title"_s, u"栈桥"_s, error)); // differs at the second
        QVERIFY(store().setField({ ids[4] }, u"licence"_s, u"CC0"_s, error)); // and at the last
        const QStringList columns { u"title"_s, u"licence"_s, u"rights_holder"_s, u"location_id"_s };
        const auto shared = store().sharedValues(ids + QList<qint64> { 424242 }, columns, {}, error);
        QVERIFY2(shared, qPrintable(error));
        QCOMPARE(shared->found, 5);
        QCOMPARE(shared->values.size(), 4);
        QVERIFY(!shared->values[0]); // title
        QVERIFY(!shared->values[1]); // licence: only the last one differs
        QCOMPARE(shared->values[2], QVariant(u"青岛影视局"_s));
        QVERIFY(shared->values[3] && shared->values[3]->isNull()); // no location for any

        // Every column differs after two rows: the rest is not read, and all are taken to exist.
        QVERIFY(store().setField({ ids[1] }, u"rights_holder"_s, u"其他"_s, error));
        QVERIFY(store().setField({ ids[1] }, u"licence"_s, u"CC BY-SA"_s, error));
        int asked = 0;
        const auto early = store().sharedValues(
            ids, { u"title"_s, u"licence"_s, u"rights_holder"_s }, [&asked] { return ++asked > 1000; },
            error);
        QVERIFY2(early, qPrintable(error));
        QCOMPARE(early->found, 5);
        QVERIFY(!early->values[0] && !early->values[1] && !early->values[2]);

        // Asked to stop: nothing, and no error.
        const auto stopped = store().sharedValues(
            ids, { u"title"_s }, [] { return true; }, error);
        QVERIFY(!stopped);
        QVERIFY(error.isEmpty());
        QVERIFY(!store().sharedValues(ids, { u"path"_s }, {}, error)); // not an editable field
        QVERIFY(!error.isEmpty());
    }

    void editedFieldsComeBackOnUndo()
    {
        QString error;
        const qint64 a = *store().save(clip("/edit/a.mp4"), error);
        const qint64 b = *store().save(clip("/edit/b.mp4"), error);
        QVERIFY(store().setField({ a }, u"title"_s, u"老街"_s, error));
        const auto previous = store().setField({ a, b, 424242 }, u"title"_s, u"海边"_s, error);
        QVERIFY2(previous, qPrintable(error));
        QCOMPARE(previous->size(), 2); // the asset that is not there has no previous value
        QCOMPARE(previous->value(a).toString(), u"老街"_s);
        QVERIFY(previous->value(b).isNull());
        QCOMPARE(store().assetJson(b)->value(u"title"_s).toString(), u"海边"_s);
        // The search index follows the edit.
        QVERIFY(store()
                    .idsMatching(AssetQueryParser::parse(u"haibian"_s), AssetSort::Name, 0, error)
                    ->contains(b));
        QVERIFY(store().restoreField(u"title"_s, *previous, error));
        QCOMPARE(store().assetJson(a)->value(u"title"_s).toString(), u"老街"_s);
        QVERIFY(store().assetJson(b)->value(u"title"_s).isNull());
        QVERIFY(!store()
                     .idsMatching(AssetQueryParser::parse(u"haibian"_s), AssetSort::Name, 0, error)
                     ->contains(b));
        // Only user facts are editable; a column name is never taken from outside the list.
        QVERIFY(!store().setField({ a }, u"width"_s, 1, error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store().setField({ a }, u"title = 'x'; --"_s, 1, error));
    }

    void removedAssetsComeBackExactly()
    {
        QString error;
        const qint64 id = *store().save(clip("/remove/河边.mp4"), error);
        QVERIFY(store().setField({ id }, u"description"_s, u"河边的柳树"_s, error));
        TagStore tags(m_session->db());
        const qint64 tag = *tags.ensurePath(u"天气/雨"_s, error);
        QCOMPARE(tags.addToAssets(tag, { id }, error), 1);
        const QJsonObject before = *store().assetJson(id);

        const auto snapshot = store().remove({ id, 777777 }, error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->rows.size(), 1);
        QVERIFY(!store().assetJson(id));
        QVERIFY(!store()
                     .idsMatching(AssetQueryParser::parse(u"柳树"_s), AssetSort::Name, 0, error)
                     ->contains(id));

        QVERIFY2(store().restore(*snapshot, error), qPrintable(error));
        QCOMPARE(*store().assetJson(id), before); // same id, facts, user facts and tags
        QVERIFY(store()
                    .idsMatching(AssetQueryParser::parse(u"liushu"_s), AssetSort::Name, 0, error)
                    ->contains(id));
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestAssetStore)
#include "tst_assetstore.moc"
