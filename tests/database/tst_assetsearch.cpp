// The query language against a catalog: what a staff member types and what they must get.

#include "assetquery.h"
#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogfixtures.h"
#include "similarity.h"
#include "sql.h"
#include "tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    const char *name;
    const char *path;
    const char *title;
    const char *kind;
    int width, height;
    double fps, duration;
    const char *codec;
    const char *hdr;
    const char *formatEn;
    const char *formatZh;
    const char *created;
    const char *status;
    const char *camera;
    qint64 size;
    QStringList tags;
};

const Sample kSamples[] = {
    { "sea",
      "/lib/山东古镇老街/海边日落.mp4",
      "黄昏的海边",
      "video",
      1920,
      1080,
      25,
      12,
      "h264",
      "none",
      "Full HD",
      "全高清",
      "2024-07-10T10:00:00Z",
      "ok",
      "",
      300'000'000,
      { u"天气/晴"_s } },
    { "xiamen",
      "/lib/厦门/鼓浪屿.mov",
      "厦门鼓浪屿",
      "video",
      3840,
      2160,
      50,
      8,
      "hevc",
      "hdr10",
      "4K UHD",
      "4K超高清",
      "2023-05-01T02:00:00Z",
      "ok",
      "",
      3'000'000'000,
      { u"天气/雨"_s } },
    { "wall",
      "/lib/长城/great_wall.mp4",
      "长城 Great Wall at first light",
      "video",
      1080,
      1920,
      30,
      45,
      "h264",
      "none",
      "Full HD",
      "全高清",
      "2022-01-01T00:00:00Z",
      "ok",
      "DJI",
      800'000'000,
      { u"时段/清晨"_s } },
    { "photo",
      "/lib/🌊photos/IMG_0001.JPG", // a character outside the BMP: one to SQL, two to QString
      nullptr,
      "photo",
      4000,
      3000,
      0,
      0,
      nullptr,
      nullptr,
      nullptr,
      nullptr,
      "2024-07-11T08:00:00Z",
      "ok",
      "Canon",
      5'000'000,
      { u"𠀀浪/礁石"_s } },
    { "archive",
      "/lib/old/archive.mxf",
      nullptr,
      "video",
      1920,
      1080,
      25,
      120,
      "mpeg2video",
      "none",
      "Full HD",
      "全高清",
      nullptr,
      "offline",
      "",
      9'000'000'000,
      {} },
    { "broken",
      "/lib/bad/broken.mov",
      nullptr,
      "video",
      0,
      0,
      0,
      0,
      nullptr,
      nullptr,
      nullptr,
      nullptr,
      nullptr,
      "failed",
      "",
      10,
      {} },
};

} // namespace

class TestAssetSearch : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    std::unique_ptr<CatalogSession> m_session;
    QHash<qint64, QString> m_names;

    QStringList search(const QString &text, AssetSort sort = AssetSort::Name, bool asYouType = false)
    {
        const AssetQuery query = AssetQueryParser::parse(text, asYouType);
        [&] { QVERIFY2(query.isValid(), qPrintable(query.errors.join(u"; "_s))); }();
        QString error;
        const auto ids = AssetStore(m_session->db()).idsMatching(query, sort, 0, error);
        [&] { QVERIFY2(ids.has_value(), qPrintable(error)); }();
        QStringList names;
        for (const qint64 id : ids.value_or(QList<qint64>()))
            names.append(m_names.value(id));
        if (sort == AssetSort::Name)
            names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
        for (const Sample &s : kSamples) {
            ProcessedFile file;
            file.location.pathRaw = s.path;
            file.location.path = QString::fromUtf8(s.path);
            file.location.fileName = file.location.path.section(u'/', -1);
            file.location.sizeBytes = s.size;
            file.kind = QString::fromLatin1(s.kind);
            file.failed = qstrcmp(s.status, "failed") == 0;
            file.error = file.failed ? u"moov atom not found"_s : QString();
            if (s.width) {
                file.facts.insert(u"width"_s, s.width);
                file.facts.insert(u"height"_s, s.height);
            }
            if (s.fps) {
                file.facts.insert(u"fps"_s, s.fps);
                file.facts.insert(u"duration_s"_s, s.duration);
            }
            for (const auto &[key, value] :
                 { std::pair { "video_codec", s.codec }, std::pair { "hdr", s.hdr },
                   std::pair { "format_class_en", s.formatEn }, std::pair { "format_class_zh", s.formatZh },
                   std::pair { "created_at", s.created }, std::pair { "camera_make", s.camera } }) {
                if (value && *value)
                    file.facts.insert(QLatin1StringView(key), QString::fromUtf8(value));
            }
            // The class's id beside its names, as the classifier writes them ("4K UHD": 4k-uhd).
            if (s.formatEn && *s.formatEn)
                file.facts.insert(u"format_class"_s,
                                  QString::fromUtf8(s.formatEn).toLower().replace(u' ', u'-'));
            const auto id = AssetStore(m_session->db()).save(file, error);
            QVERIFY2(id, qPrintable(error));
            m_names.insert(*id, QString::fromLatin1(s.name));
            QSqlQuery query(m_session->db());
            if (s.title) {
                query.prepare(u"UPDATE assets SET title = ? WHERE id = ?"_s);
                query.addBindValue(QString::fromUtf8(s.title));
                query.addBindValue(*id);
                QVERIFY(query.exec());
            }
            if (qstrcmp(s.status, "offline") == 0)
                QVERIFY(AssetStore(m_session->db()).markOffline({ *id }, error));
            TagStore tags(m_session->db());
            for (const QString &tag : s.tags)
                QCOMPARE(tags.addToAssets(*tags.ensurePath(tag, error), { *id }, error), 1);
        }
    }

    void cleanupTestCase() { m_session.reset(); }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *name : names)
                out.append(QString::fromLatin1(name));
            out.sort();
            return out;
        };
        // Chinese, pinyin, initials (DESIGN.md: 古镇 from "古镇", "guzhen", "gz"; one character)
        QTest::newRow("chinese") << u"古镇"_s << list({ "sea" });
        QTest::newRow("full pinyin") << u"guzhen"_s << list({ "sea" });
        QTest::newRow("initials") << u"gz"_s << list({ "sea" });
        QTest::newRow("one character") << u"镇"_s << list({ "sea" });
        QTest::newRow("place name reading 厦门") << u"xiamen"_s << list({ "xiamen" });
        QTest::newRow("place name reading 长城") << u"changcheng"_s << list({ "wall" });
        QTest::newRow("initials of 鼓浪屿") << u"gly"_s << list({ "xiamen" });
        QTest::newRow("english, any case") << u"GREAT wall"_s << list({ "wall" });
        QTest::newRow("file name") << u"IMG_0001"_s << list({ "photo" });
        QTest::newRow("number in a name") << u"0001"_s << list({ "photo" });
        QTest::newRow("tag in chinese") << u"晴"_s << list({ "sea" });
        QTest::newRow("tag in english") << u"sunny"_s << list({ "sea" });
        QTest::newRow("all words must match") << u"海边 日落"_s << list({ "sea" });
        QTest::newRow("excluded word")
            << u"-海边"_s << list({ "xiamen", "wall", "photo", "archive", "broken" });
        // filters
        QTest::newRow("tag root") << u"tag:天气"_s << list({ "sea", "xiamen" });
        QTest::newRow("tag path") << u"tag:天气/晴"_s << list({ "sea" });
        QTest::newRow("tag by name") << u"tag:雨"_s << list({ "xiamen" });
        QTest::newRow("not tagged") << u"-tag:天气/雨 kind:video"_s
                                    << list({ "sea", "wall", "archive", "broken" });
        QTest::newRow("format 4K includes 4K UHD") << u"format:4K"_s << list({ "xiamen" });
        QTest::newRow("format in chinese") << u"format:全高清"_s << list({ "sea", "wall", "archive" });
        QTest::newRow("format two words") << u"format:\"Full HD\""_s << list({ "sea", "wall", "archive" });
        QTest::newRow("shorter than") << u"dur:<10"_s << list({ "xiamen" });
        QTest::newRow("at least a minute") << u"dur:>=1m"_s << list({ "archive" });
        QTest::newRow("duration range") << u"dur:5..15"_s << list({ "sea", "xiamen" });
        QTest::newRow("high frame rate") << u"fps:>=50"_s << list({ "xiamen" });
        QTest::newRow("frame rate") << u"fps:25"_s << list({ "sea", "archive" });
        QTest::newRow("hdr") << u"hdr:yes"_s << list({ "xiamen" });
        QTest::newRow("no hdr videos")
            << u"hdr:no kind:video"_s << list({ "sea", "wall", "archive", "broken" });
        QTest::newRow("portrait") << u"orient:portrait"_s << list({ "wall" });
        QTest::newRow("portrait in chinese") << u"方向：竖屏"_s << list({ "wall" });
        QTest::newRow("landscape") << u"orient:landscape"_s << list({ "sea", "xiamen", "photo", "archive" });
        QTest::newRow("year") << u"year:2024"_s << list({ "sea", "photo" });
        QTest::newRow("year range") << u"year:2022..2023"_s << list({ "xiamen", "wall" });
        QTest::newRow("month") << u"date:2024-07"_s << list({ "sea", "photo" });
        // Years and dates are ranges of times (an index answers them): each comparison's edges.
        QTest::newRow("after a year") << u"year:>2023"_s << list({ "sea", "photo" });
        QTest::newRow("from a year") << u"year:>=2023"_s << list({ "sea", "xiamen", "photo" });
        QTest::newRow("before a year") << u"year:<2023"_s << list({ "wall" });
        QTest::newRow("up to a year") << u"year:<=2023"_s << list({ "xiamen", "wall" });
        QTest::newRow("not a year") << u"year:!=2024"_s << list({ "xiamen", "wall" });
        QTest::newRow("after a day") << u"date:>2024-07-10"_s << list({ "photo" });
        QTest::newRow("up to a day") << u"date:<=2024-07-10"_s << list({ "sea", "xiamen", "wall" });
        QTest::newRow("before a month") << u"date:<2024-07"_s << list({ "xiamen", "wall" });
        QTest::newRow("a day") << u"date:2024-07-11"_s << list({ "photo" });
        QTest::newRow("codec alias") << u"codec:h265"_s << list({ "xiamen" });
        QTest::newRow("offline") << u"status:offline"_s << list({ "archive" });
        QTest::newRow("failed in chinese") << u"状态:失败"_s << list({ "broken" });
        QTest::newRow("photos") << u"类型：照片"_s << list({ "photo" });
        QTest::newRow("camera") << u"camera:dji"_s << list({ "wall" });
        QTest::newRow("bigger than") << u"size:>2GB"_s << list({ "xiamen", "archive" });
        QTest::newRow("folder") << u"folder:/lib/厦门"_s << list({ "xiamen" });
        QTest::newRow("folder outside the BMP") << u"folder:/lib/🌊photos"_s << list({ "photo" });
        QTest::newRow("tag root outside the BMP") << u"tag:𠀀浪"_s << list({ "photo" });
        QTest::newRow("tag path outside the BMP") << u"tag:𠀀浪/礁石"_s << list({ "photo" });
        // After words a tag is looked up asset by asset (AssetQueryParser's other spelling).
        QTest::newRow("a word and a tag root") << u"lib tag:天气"_s << list({ "sea", "xiamen" });
        QTest::newRow("a word and a tag by name") << u"lib tag:雨"_s << list({ "xiamen" });
        QTest::newRow("a word, not tagged")
            << u"lib -tag:天气/雨 kind:video"_s << list({ "sea", "wall", "archive", "broken" });
        QTest::newRow("a word and a tag outside the BMP") << u"lib tag:𠀀浪"_s << list({ "photo" });
        QTest::newRow("words and filters")
            << u"海边 tag:天气/晴 format:全高清 dur:<20 year:2024 fps:>=25 orient:landscape"_s
            << list({ "sea" });
        // hostile: text, never syntax
        QTest::newRow("sql") << u"' OR 1=1 --"_s << list({});
        QTest::newRow("fts operators") << u"NEAR(海 边) OR *"_s << list({});
        QTest::newRow("quotes in a word") << u"海\"边\""_s << list({ "sea" });
        // A NUL (found by fuzz_assetquery) separates words; in a word, FTS5 read it as the end
        // of the query ("unterminated string").
        QTest::newRow("a NUL between words") << u"海边\0日落"_s << list({ "sea" });
        QTest::newRow("a NUL in a phrase") << u"\"海\0边\""_s << list({ "sea" });
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(this->search(query), expected);
    }

    // similar:ID selects the look-alikes of an analysed asset, nearest first in "best match", and
    // combines with the other filters; an asset not analysed has none.
    void lookAlikes()
    {
        const auto idOf = [this](const char *name) { return m_names.key(QString::fromLatin1(name)); };
        const auto analyse = [this](qint64 id, QList<quint64> signature) {
            AnalysisRecord analysis;
            analysis.version = 1;
            analysis.signature = std::move(signature);
            QString error;
            QVERIFY2(AssetStore(m_session->db()).saveAnalysis(id, analysis, error), qPrintable(error));
        };
        const QList<quint64> strip { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777, 0x8888 };
        QList<quint64> near = strip, nearer = strip, far = strip;
        for (quint64 &hash : near)
            hash ^= 0x7; // 3 bits a frame
        for (quint64 &hash : nearer)
            hash ^= 0x1;
        for (quint64 &hash : far)
            hash = ~hash; // unrelated
        analyse(idOf("sea"), strip);
        analyse(idOf("xiamen"), near);
        analyse(idOf("wall"), nearer);
        analyse(idOf("archive"), far);
        analyse(idOf("photo"), { 0x1111 }); // a photo is not compared with clips

        const QString sea = QString::number(idOf("sea"));
        QCOMPARE(search(u"similar:"_s + sea, AssetSort::Relevance), (QStringList { u"wall"_s, u"xiamen"_s }));
        QCOMPARE(search(u"相似:"_s + sea + u" fps:>=50"_s, AssetSort::Relevance),
                 (QStringList { u"xiamen"_s }));
        QCOMPARE(search(u"similar:"_s + sea + u" -hdr:yes"_s, AssetSort::Name), (QStringList { u"wall"_s }));
        QVERIFY(search(u"similar:"_s + QString::number(idOf("broken")), AssetSort::Relevance).isEmpty());

        // As the desktop's reader does it: with the signatures read once and kept (on a server,
        // in the order they were written above, not by id).
        QString error;
        const auto index = SimilarityIndex::load(m_session->db(), error);
        QVERIFY2(index, qPrintable(error));
        AssetStore store(m_session->db());
        store.setSimilarityIndex(&*index);
        const auto ids =
            store.idsMatching(AssetQueryParser::parse(u"similar:"_s + sea), AssetSort::Relevance, 0, error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(*ids, (QList<qint64> { idOf("wall"), idOf("xiamen") }));

        // A picture from outside the catalog, by its signature: itself included, nearest first.
        QStringList hex;
        for (const quint64 hash : strip)
            hex.append(QString::number(hash, 16).rightJustified(16, u'0'));
        QCOMPARE(search(u"similar:#"_s + hex.join(u','), AssetSort::Relevance),
                 (QStringList { u"sea"_s, u"wall"_s, u"xiamen"_s }));
        QVERIFY(!AssetQueryParser::parse(u"similar:#12345"_s).isValid());
        // One picture (a shot's frame, a photo dropped on the search box): photos, and clips by
        // their frame nearest to it (wall's 0x5554 0 bits away, sea's 0x5555 1, xiamen's 0x5552
        // 2; the photo 0x1111 5); "archive" has none within reach.
        QCOMPARE(search(u"similar:#0000000000005554"_s, AssetSort::Relevance),
                 (QStringList { u"wall"_s, u"sea"_s, u"xiamen"_s, u"photo"_s }));
        QCOMPARE(search(u"similar:#0000000000001111"_s, AssetSort::Name),
                 (QStringList { u"photo"_s, u"sea"_s, u"wall"_s, u"xiamen"_s }));
        // id: names assets (the Duplicates window shows a group with it).
        QCOMPARE(search(u"id:%1,%2"_s.arg(idOf("sea")).arg(idOf("wall"))),
                 (QStringList { u"sea"_s, u"wall"_s }));
        QCOMPARE(search(u"-id:%1 kind:video status:ok"_s.arg(idOf("sea"))),
                 (QStringList { u"wall"_s, u"xiamen"_s }));
        for (const QString &bad : { u"id:x"_s, u"id:1,-2"_s, u"similar:abc"_s, u"-similar:1"_s,
                                    u"similar:1 similar:2"_s, u"similar:0"_s })
            QVERIFY2(!AssetQueryParser::parse(bad).isValid(), qPrintable(bad));

        // Back as they were for the other tests.
        for (const char *name : { "sea", "xiamen", "wall", "archive", "photo" })
            analyse(idOf(name), {});
    }

    // color: and light:, from what the analysis saw and from the sun where and when it was filmed.
    void lightAndColour()
    {
        const auto idOf = [this](const char *name) { return m_names.key(QString::fromLatin1(name)); };
        const auto analyse = [this](qint64 id, QStringList colours,
                                    std::optional<std::pair<QString, double>> filmed) {
            QSqlQuery query(m_session->db());
            query.prepare(
                u"UPDATE assets SET created_at = ?, gps_lat = 36.0671, gps_lon = 120.3826 WHERE id = ?"_s);
            query.addBindValue(filmed ? QVariant(filmed->first) : QVariant());
            query.addBindValue(id);
            QVERIFY(query.exec());
            AnalysisRecord analysis;
            analysis.version = 1;
            analysis.colours = std::move(colours);
            QString error;
            QVERIFY2(AssetStore(m_session->db()).saveAnalysis(id, analysis, error), qPrintable(error));
            if (filmed) {
                const auto asset = AssetStore(m_session->db()).assetJson(id);
                QVERIFY(asset);
                QVERIFY(std::abs(asset->value("sun_elevation"_L1).toDouble() - filmed->second) < 0.2);
            }
        };
        QHash<qint64, QVariantList> saved; // when and where, as the other tests have them
        QSqlQuery read(m_session->db());
        QVERIFY(read.exec(u"SELECT id, created_at, gps_lat, gps_lon FROM assets"_s));
        while (read.next())
            saved.insert(read.value(0).toLongLong(), { read.value(1), read.value(2), read.value(3) });
        analyse(idOf("sea"), { u"blue"_s, u"grey"_s },
                std::pair { u"2024-06-21T11:20:00Z"_s, -0.73 }); // golden
        analyse(idOf("xiamen"), { u"green"_s }, std::pair { u"2024-06-21T04:00:00Z"_s, 77.37 }); // day
        analyse(idOf("wall"), { u"black"_s, u"blue"_s },
                std::pair { u"2024-06-21T14:00:00Z"_s, -24.03 }); // night
        analyse(idOf("photo"), { u"white"_s }, std::nullopt); // no time: no light

        QCOMPARE(search(u"color:blue"_s), (QStringList { u"sea"_s, u"wall"_s }));
        QCOMPARE(search(u"颜色:蓝"_s), (QStringList { u"sea"_s, u"wall"_s }));
        QCOMPARE(search(u"colour:gray"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"color:blue -color:black"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"lib color:blue"_s), (QStringList { u"sea"_s, u"wall"_s })); // after words
        QCOMPARE(search(u"lib color:blue -color:black"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"light:golden"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"光线:夜晚"_s), QStringList { u"wall"_s });
        QCOMPARE(search(u"light:day color:green"_s), QStringList { u"xiamen"_s });
        QVERIFY(search(u"light:blue"_s).isEmpty());
        QVERIFY(!search(u"-light:night"_s).contains(u"wall"_s));
        QVERIFY(search(u"-light:night"_s).contains(u"photo"_s)); // unknown light is not night
        // Exposure and warmth, as the analysis measured them.
        QSqlQuery look(m_session->db());
        QVERIFY(look.exec(
            u"UPDATE assets SET exposure = 'dark', color_temp_k = 3200 WHERE id = %1"_s.arg(idOf("sea"))));
        QVERIFY(look.exec(
            u"UPDATE assets SET exposure = 'bright', color_temp_k = 7500 WHERE id = %1"_s.arg(idOf("wall"))));
        QVERIFY(look.exec(u"UPDATE assets SET exposure = 'normal', color_temp_k = 5600 WHERE id = %1"_s.arg(
            idOf("xiamen"))));
        QCOMPARE(search(u"exposure:dark"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"曝光:亮"_s), QStringList { u"wall"_s });
        QCOMPARE(search(u"warmth:warm"_s), QStringList { u"sea"_s });
        QCOMPARE(search(u"色温:冷"_s), QStringList { u"wall"_s });
        QCOMPARE(search(u"warmth:neutral"_s), QStringList { u"xiamen"_s });
        QCOMPARE(search(u"kelvin:<6000"_s), (QStringList { u"sea"_s, u"xiamen"_s }));
        QCOMPARE(search(u"warmth:5000..8000 -exposure:bright"_s), QStringList { u"xiamen"_s });
        QVERIFY(look.exec(u"UPDATE assets SET exposure = NULL, color_temp_k = NULL"_s));
        for (const QString &bad :
             { u"color:plaid"_s, u"light:noon"_s, u"exposure:medium"_s, u"warmth:hot"_s, u"warmth:-5"_s })
            QVERIFY2(!AssetQueryParser::parse(bad).isValid(), qPrintable(bad));
        // Analysed again without colours or a time: none are left over; the other tests' facts back.
        for (const char *name : { "sea", "xiamen", "wall", "photo" })
            analyse(idOf(name), {}, std::nullopt);
        QVERIFY(search(u"color:blue"_s).isEmpty());
        QVERIFY(search(u"light:golden"_s).isEmpty());
        QSqlQuery restore(m_session->db());
        restore.prepare(u"UPDATE assets SET created_at = ?, gps_lat = ?, gps_lon = ? WHERE id = ?"_s);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            for (const QVariant &value : it.value())
                restore.addBindValue(value);
            restore.addBindValue(it.key());
            QVERIFY(restore.exec());
        }
    }

    void relevanceAndSorting()
    {
        // 海边 is in sea's title and path: it ranks first for "海边".
        QCOMPARE(search(u"海边"_s, AssetSort::Relevance).value(0), u"sea"_s);
        QCOMPARE(search(u"kind:video status:ok"_s, AssetSort::Longest),
                 (QStringList { u"wall"_s, u"sea"_s, u"xiamen"_s }));
        QCOMPARE(search(u"kind:video status:ok"_s, AssetSort::Newest),
                 (QStringList { u"sea"_s, u"xiamen"_s, u"wall"_s }));
    }

    void bestMatchIsWhereTheWordsAre()
    {
        // 灯塔 in the file's path only (newest), in the description, in a tag, in the title
        // (oldest): title first, then tag, then description, then the rest.
        QString error;
        QList<qint64> ids;
        const char *places[] = { "path", "description", "tag", "title" };
        for (int i = 0; i < 4; ++i) {
            ProcessedFile file;
            file.location.pathRaw =
                QByteArray("/rank/") + (i == 0 ? "灯塔" : "x") + QByteArray::number(i) + ".mp4";
            file.location.path = QString::fromUtf8(file.location.pathRaw);
            file.location.fileName = file.location.path.section(u'/', -1);
            file.kind = u"video"_s;
            file.facts.insert(u"created_at"_s, u"202%1-01-01T00:00:00Z"_s.arg(4 - i));
            const auto id = AssetStore(m_session->db()).save(file, error);
            QVERIFY2(id, qPrintable(error));
            ids.append(*id);
            m_names.insert(*id, QString::fromLatin1(places[i]));
        }
        AssetStore store(m_session->db());
        QVERIFY(store.setField({ ids[1] }, u"description"_s, u"远处的灯塔"_s, error));
        TagStore tags(m_session->db());
        QCOMPARE(tags.addToAssets(*tags.ensurePath(u"地标/灯塔"_s, error), { ids[2] }, error), 1);
        QVERIFY(store.setField({ ids[3] }, u"title"_s, u"灯塔日出"_s, error));
        const QStringList expected { u"title"_s, u"tag"_s, u"description"_s, u"path"_s };
        QCOMPARE(search(u"灯塔"_s, AssetSort::Relevance), expected);
        QCOMPARE(search(u"dengta"_s, AssetSort::Relevance), expected);
        QCOMPARE(search(u"dt"_s, AssetSort::Relevance, true), expected);
        // Longer initials are a phrase of the tokenizer's pairs: 灯塔日出 is "dt tr rc".
        QCOMPARE(search(u"dtrc"_s, AssetSort::Relevance), QStringList { u"title"_s });
        QCOMPARE(search(u"dtr"_s, AssetSort::Relevance, true), QStringList { u"title"_s });
        QCOMPARE(search(u"dtc"_s, AssetSort::Relevance), QStringList {});
        // Unordered, the same assets.
        const auto unordered = store.idsMatchingUnordered(AssetQueryParser::parse(u"灯塔"_s), error);
        QVERIFY(unordered);
        QCOMPARE(QSet<qint64>(unordered->cbegin(), unordered->cend()),
                 QSet<qint64>(ids.cbegin(), ids.cend()));
        QCOMPARE(store.idsMatchingIn(AssetQueryParser::parse(u"灯塔"_s), u"title"_s, error).value(),
                 QList<qint64> { ids[3] });
    }

    // Where the words are (AssetStore::idsWithTiers, one pass over the matches) is what a query
    // of each relevance column alone says (idsMatchingIn): for words with alternatives (pinyin,
    // initials), prefixes, several words, and with a filter.
    void tiersAgreeWithColumnSearches()
    {
        const AssetStore store(m_session->db());
        for (const char *text :
             { "灯塔", "dengta", "dt", "dtr", "海边", "晴", "sunny", "lib", "gu", "g", "海边 日落",
               "lib 灯塔", "dengta kind:video", "l", "wall great", "0001", "deng" }) {
            const AssetQuery query = AssetQueryParser::parse(QString::fromUtf8(text), true);
            QString error;
            const auto tiered = store.idsWithTiers(query, error);
            QVERIFY2(tiered, qPrintable(error));
            QCOMPARE(tiered->tiers.size(), tiered->ids.size());
            QList<QSet<qint64>> in;
            for (const QString &column : AssetStore::relevanceColumns()) {
                const auto ids = store.idsMatchingIn(query, column, error);
                QVERIFY2(ids, qPrintable(error));
                in.append(QSet<qint64>(ids->cbegin(), ids->cend()));
            }
            for (qsizetype i = 0; i < tiered->ids.size(); ++i) {
                int expected = int(in.size());
                for (int c = int(in.size()) - 1; c >= 0; --c) {
                    if (in.at(c).contains(tiered->ids.at(i)))
                        expected = c;
                }
                QVERIFY2(tiered->tiers.at(i) == expected,
                         qPrintable(u"%1: asset %2 in tier %3, not %4"_s.arg(QString::fromUtf8(text))
                                        .arg(tiered->ids.at(i))
                                        .arg(tiered->tiers.at(i))
                                        .arg(expected)));
            }
            const auto unordered = store.idsMatchingUnordered(query, error);
            QCOMPARE(QSet<qint64>(tiered->ids.cbegin(), tiered->ids.cend()),
                     QSet<qint64>(unordered->cbegin(), unordered->cend()));
            if (!query.conditions.isEmpty())
                continue;
            // The same among candidates, each one's row tested (CatalogBackend::matchesRow): every
            // other asset of the catalog, and one it does not have.
            const auto all = store.idsMatchingUnordered(AssetQuery {}, error);
            QVERIFY2(all && all->size() > 4, qPrintable(error));
            QList<qint64> candidates { 1'000'000'000 };
            for (qsizetype i = 0; i < all->size(); i += 2)
                candidates.append(all->at(i));
            QMap<qint64, quint8> expected;
            for (qsizetype i = 0; i < tiered->ids.size(); ++i) {
                if (candidates.contains(tiered->ids.at(i)))
                    expected.insert(tiered->ids.at(i), tiered->tiers.at(i));
            }
            const auto among = store.idsWithTiersAmong(query, candidates, error);
            QVERIFY2(among, qPrintable(error));
            QMap<qint64, quint8> got;
            for (qsizetype i = 0; i < among->ids.size(); ++i)
                got.insert(among->ids.at(i), among->tiers.at(i));
            QVERIFY2(got == expected, text);
        }
    }

    // A word in the description and the tags is ranked by the tags, which come first in the
    // order of best match, though the description comes first in the index.
    void tierIsTheFirstColumnInOrder()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        CatalogSession session(dir.path());
        CatalogFixtures::Asset both;
        both.path = "/t/pier.mp4";
        both.title = u"pier"_s;
        both.description = u"sunny harbour"_s;
        both.tags = { u"天气/sunny"_s };
        const auto bothId = CatalogFixtures::add(session, both, &error);
        QVERIFY2(bothId, qPrintable(error));
        CatalogFixtures::Asset titled;
        titled.path = "/t/sunny.mp4";
        titled.title = u"sunny"_s;
        const auto titledId = CatalogFixtures::add(session, titled, &error);
        QVERIFY2(titledId, qPrintable(error));
        const AssetStore store(session.db());
        const auto tierOf = [&](const char *text, qint64 id) {
            const auto tiered = store.idsWithTiers(AssetQueryParser::parse(QString::fromUtf8(text)), error);
            const qsizetype at = tiered ? tiered->ids.indexOf(id) : -1;
            return at < 0 ? -1 : int(tiered->tiers.at(at));
        };
        const QStringList columns = AssetStore::relevanceColumns();
        QCOMPARE(tierOf("sunny", *bothId), int(columns.indexOf(u"tags"_s)));
        QCOMPARE(tierOf("sunny", *titledId), int(columns.indexOf(u"title"_s)));
        QCOMPARE(tierOf("harbour", *bothId), int(columns.indexOf(u"description"_s)));
        QCOMPARE(tierOf("pier sunny", *bothId), int(columns.size())); // no one column has both
    }

    // A search a newer one made pointless stops at its next row, and the connection answers the
    // next search as usual (on a server, the statement was cancelled there).
    void aSupersededSearchStops()
    {
        AssetStore store(m_session->db());
        int rows = 0;
        store.setStopWhen([&rows] { return ++rows > 1; });
        const AssetQuery everything = AssetQueryParser::parse(u"lib"_s); // every sample's folder
        QString error;
        QVERIFY(!store.idsWithTiers(everything, error));
        QCOMPARE(error, QString::fromLatin1(AssetStore::kStopped));
        QCOMPARE(rows, 2);
        rows = 0;
        error.clear();
        QVERIFY(!store.idsMatchingUnordered(everything, error));
        QCOMPARE(error, QString::fromLatin1(AssetStore::kStopped));
        rows = 0;
        error.clear();
        QVERIFY(!store.idsMatching(AssetQueryParser::parse(QString()), AssetSort::Newest, 0, error));
        QCOMPARE(error, QString::fromLatin1(AssetStore::kStopped));

        store.setStopWhen({});
        error.clear();
        const auto all = store.idsWithTiers(everything, error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->ids.size(), qsizetype(std::size(kSamples)));
    }

    // The last catalogued matches come with the same places as the whole answer gives them;
    // with a caller's own test, the server reads a first page's worth, and says when that was
    // not all.
    void lastCataloguedAreRankedAsTheWhole()
    {
        const AssetStore store(m_session->db());
        QString error;
        for (const char *text : { "lib", "gu", "海边", "lib sunset" }) {
            const AssetQuery query = AssetQueryParser::parse(QString::fromUtf8(text), true);
            const auto whole = store.idsWithTiers(query, error);
            QVERIFY2(whole, qPrintable(error));
            bool finished = false;
            const auto last = store.idsLastCatalogued(query, 3, 10'000, finished, error);
            QVERIFY2(last, qPrintable(error));
            QVERIFY(finished);
            QCOMPARE(last->ids.size(), std::min<qsizetype>(3, whole->ids.size()));
            for (qsizetype i = 0; i < last->ids.size(); ++i) {
                QVERIFY(i == 0 || last->ids.at(i) < last->ids.at(i - 1)); // the last first
                const qsizetype at = whole->ids.indexOf(last->ids.at(i));
                QVERIFY(at >= 0);
                QCOMPARE(last->tiers.at(i), whole->tiers.at(at));
            }
        }
        const QString many = Backends::newCatalog();
        QVERIFY(Catalog::prepare(many, Catalog::OpenMode::Create, error));
        CatalogSession session(many);
        for (int i = 0; i < AssetStore::kKeepRead + 4; ++i) {
            CatalogFixtures::Asset asset;
            asset.path = "/pier/" + QByteArray::number(i) + ".mp4";
            QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
        }
        bool finished = true;
        const auto none = AssetStore(session.db())
                              .idsLastCatalogued(AssetQueryParser::parse(u"pier"_s), 1, 10'000, finished,
                                                 error, [](qint64) { return false; });
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->ids.isEmpty());
        // A folder's index is walked to its end; a server reads kKeepRead matches for one wanted.
        QCOMPARE(finished, !Backends::onPostgres());
    }

    void searchAsYouType()
    {
        QCOMPARE(search(u"guzh"_s, AssetSort::Name, true), QStringList { u"sea"_s });
        QCOMPARE(search(u"gre"_s, AssetSort::Name, true), QStringList { u"wall"_s });
        QCOMPARE(search(u"海"_s, AssetSort::Name, true), QStringList { u"sea"_s });
    }

    void indexFollowsEdits()
    {
        QString error;
        TagStore tags(m_session->db());
        const qint64 sea = m_names.key(u"sea"_s);
        // Retitle, retag, rename a tag: the words follow at once (the retitling by SQL in a write
        // transaction, as ReelAtlas writes: on a server its commit makes the words).
        {
            Sql::Transaction transaction(m_session->db());
            QSqlQuery query(m_session->db());
            QVERIFY(query.exec(u"UPDATE assets SET title = '港口的清晨' WHERE id = %1"_s.arg(sea)));
            query.finish();
            QVERIFY2(transaction.commit(error), qPrintable(error));
        }
        QCOMPARE(search(u"港口"_s), QStringList { u"sea"_s });
        QVERIFY(search(u"黄昏"_s).isEmpty());
        const qint64 harbour = *tags.ensurePath(u"地点/渔港"_s, error);
        QCOMPARE(tags.addToAssets(harbour, { sea }, error), 1);
        QCOMPARE(search(u"yugang"_s), QStringList { u"sea"_s });
        QVERIFY(tags.rename(harbour, u"码头"_s, error));
        QCOMPARE(search(u"码头"_s), QStringList { u"sea"_s });
        QVERIFY(search(u"渔港"_s).isEmpty());
        QVERIFY(tags.remove(*tags.findPath(u"地点"_s), error));
        QVERIFY(search(u"码头"_s).isEmpty());
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestAssetSearch)
#include "tst_assetsearch.moc"
