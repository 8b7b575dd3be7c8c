// reelatlas-recordbench: the scouting lookup on a large catalog (issue 4's goals). Fills the
// catalog, once, with realistic synthetic locations (clustered around real film cities, Chinese
// names, categories, eras, tags, descriptions, contacts) and experts, through the real stores;
// then measures, side by side with the naive way of doing the same:
//   near      "near LAT,LON radius R" (R*Tree + exact distance)   vs a full scan with haversine
//   words     words typed a keystroke at a time (FTS5, pinyin)    vs LIKE over the same text
//   package   a 30-candidate scout package with 3 photos each, as PDF
//
//   reelatlas-recordbench --catalog DIR [--locations 100000] [--experts 20000] [--queries 300] [--json FILE]

#include "catalog.h"
#include "catalogbackend.h"
#include "productionstore.h"
#include "recordquery.h"
#include "recordreader.h"
#include "recordstore.h"
#include "scoutpackage.h"
#include "thumbnailstore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct City
{
    const char *zh;
    const char *province;
    double lat, lon;
};
constexpr City kCities[] = {
    { "青岛", "山东", 36.067, 120.383 },     { "厦门", "福建", 24.480, 118.089 },
    { "重庆", "重庆", 29.563, 106.551 },     { "西安", "陕西", 34.341, 108.940 },
    { "苏州", "江苏", 31.299, 120.585 },     { "丽江", "云南", 26.872, 100.230 },
    { "平遥", "山西", 37.189, 112.176 },     { "东阳", "浙江", 29.162, 120.305 },
    { "哈尔滨", "黑龙江", 45.803, 126.535 }, { "大理", "云南", 25.607, 100.268 },
    { "长沙", "湖南", 28.228, 112.939 },     { "成都", "四川", 30.573, 104.066 },
    { "上海", "上海", 31.230, 121.474 },     { "北京", "北京", 39.904, 116.407 },
    { "广州", "广东", 23.129, 113.264 },     { "威海", "山东", 37.513, 122.120 },
    { "烟台", "山东", 37.464, 121.448 },     { "桂林", "广西", 25.274, 110.290 },
    { "敦煌", "甘肃", 40.142, 94.662 },      { "银川", "宁夏", 38.487, 106.231 },
    { "三亚", "海南", 18.253, 109.512 },     { "拉萨", "西藏", 29.650, 91.140 },
    { "乌鲁木齐", "新疆", 43.826, 87.617 },  { "呼伦贝尔", "内蒙古", 49.212, 119.766 },
};
const QStringList kPlaces { u"古镇"_s,   u"老街"_s,   u"海边栈道"_s, u"灯塔"_s,     u"渔港"_s,   u"沙滩"_s,
                            u"山谷"_s,   u"瀑布"_s,   u"梯田"_s,     u"古寺"_s,     u"城墙"_s,   u"胡同"_s,
                            u"码头"_s,   u"老厂房"_s, u"大桥"_s,     u"夜市"_s,     u"火车站"_s, u"老洋房"_s,
                            u"石板路"_s, u"四合院"_s, u"礼堂"_s,     u"政府大楼"_s, u"图书馆"_s, u"医院"_s,
                            u"教堂"_s,   u"弄堂"_s,   u"天主堂"_s,   u"民国别墅"_s };
const QStringList kPrefixes { u"东"_s, u"西"_s, u"南"_s, u"北"_s, u"老"_s, u"新"_s, u"上"_s,
                              u"下"_s, u"大"_s, u"小"_s, u"红"_s, u"青"_s, u"金"_s, u"银"_s,
                              u"石"_s, u"龙"_s, u"凤"_s, u"白"_s, u"黄"_s, u"云"_s };
const QStringList kCategories { u"government"_s, u"public-facility"_s,  u"landmark"_s, u"commerce"_s,
                                u"coast"_s,      u"mountains-rivers"_s, u"period"_s,   u"foreign-style"_s };
const QStringList kEras { u"民国"_s, u"1930s"_s, u"1950s"_s, u"1980s"_s, u"清代"_s, u"当代"_s, u"未来"_s };
const QStringList kExpertise { u"地方史"_s, u"民国建筑"_s, u"无人机航拍"_s, u"水下摄影"_s, u"外景制片"_s,
                               u"民俗"_s,   u"军事顾问"_s, u"方言"_s,       u"动物训练"_s, u"古建筑"_s };
const QStringList kSurnames { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s,
                              u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s };
const QStringList kGiven { u"伟"_s, u"芳"_s, u"娜"_s, u"敏"_s,   u"静"_s,   u"强"_s,
                           u"磊"_s, u"洋"_s, u"艳"_s, u"勇"_s,   u"军"_s,   u"杰"_s,
                           u"涛"_s, u"明"_s, u"超"_s, u"秀英"_s, u"建华"_s, u"海燕"_s };

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

// A point about `km` (normally distributed) around a city.
Geo::LatLon around(QRandomGenerator &random, const City &city, double km)
{
    const double u1 = std::max(1e-12, random.generateDouble()), u2 = random.generateDouble();
    const double r = std::sqrt(-2 * std::log(u1)) * km;
    const double angle = 2 * M_PI * u2;
    return { city.lat + r * std::cos(angle) / 111.2,
             city.lon + r * std::sin(angle) / (111.2 * std::cos(city.lat * M_PI / 180)) };
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QByteArray photo(QRandomGenerator &random, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, height);
    const int hue = random.bounded(360);
    sky.setColorAt(0, QColor::fromHsv(hue, 110, 235));
    sky.setColorAt(0.55, QColor::fromHsv((hue + 30) % 360, 70, 205));
    sky.setColorAt(0.56, QColor::fromHsv((hue + 150) % 360, 140, 110));
    sky.setColorAt(1, QColor::fromHsv((hue + 160) % 360, 160, 60));
    painter.fillRect(image.rect(), sky);
    for (int s = 0; s < 40; ++s) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv((hue + 200 + s * 7) % 360, 90, 60 + random.bounded(120)));
        const int x = random.bounded(width), w = 20 + random.bounded(width / 6),
                  h = 10 + random.bounded(height / 3);
        painter.drawRect(x, height * 55 / 100 - h, w, h);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

bool generate(CatalogSession &session, int locations, int experts, QRandomGenerator &random)
{
    RecordStore store(session.db());
    const int haveLocations = store.count(RecordKind::Location),
              haveExperts = store.count(RecordKind::Expert);
    QElapsedTimer clock;
    clock.start();
    // The backend's own transactions: a server makes its search index rows at commit.
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    QString failure;
    const auto commitEvery = [&](int i) {
        if (i % 2000 == 1999) {
            backend.commit(session.db(), failure);
            backend.beginWrite(session.db(), failure);
            std::fprintf(stderr, "\r%d records (%.0f/s)   ", i + 1,
                         (i + 1) / (double(clock.elapsed()) / 1000 + 1e-9));
        }
    };
    backend.beginWrite(session.db(), failure);
    for (int i = haveLocations; i < locations; ++i) {
        const City &city = kCities[random.bounded(int(std::size(kCities)))];
        const Geo::LatLon p = around(random, city, 15 + random.bounded(40));
        const QString place = pick(random, kPlaces);
        const QString name =
            QString::fromUtf8(city.zh) + pick(random, kPrefixes) + pick(random, kPrefixes) + place;
        QJsonObject record {
            { u"code"_s, u"L%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')) },
            { u"name_zh"_s, name },
            { u"category"_s, pick(random, kCategories) },
            { u"setting"_s,
              random.bounded(3) == 0  ? u"interior"_s
                  : random.bounded(2) ? u"exterior"_s
                                      : u"both"_s },
            { u"eras"_s, QJsonArray { pick(random, kEras) } },
            { u"province"_s, QString::fromUtf8(city.province) },
            { u"city"_s, QString::fromUtf8(city.zh) },
            { u"address"_s,
              QString::fromUtf8(city.zh) + pick(random, kPrefixes)
                  + u"路%1号"_s.arg(random.bounded(1, 999)) },
            { u"lat"_s, p.lat },
            { u"lon"_s, p.lon },
            { u"description"_s,
              u"%1的%2，适合拍摄%3与%4场景，周边有%5。"_s.arg(QString::fromUtf8(city.zh), place,
                                                              pick(random, kEras), pick(random, kPlaces),
                                                              pick(random, kPlaces)) },
            { u"best_season"_s, pick(random, QStringList { u"春"_s, u"夏"_s, u"秋"_s, u"冬"_s, u"四季"_s }) },
            { u"status"_s, random.bounded(4) == 0 ? u"review"_s : u"public"_s },
            { u"fee"_s, u"%1元/天"_s.arg(random.bounded(5, 200) * 100) },
            { u"contacts"_s,
              QJsonArray { QJsonObject { { u"name"_s, pick(random, kSurnames) + u"主任"_s },
                                         { u"phone"_s, u"13%1"_s.arg(random.bounded(100000000, 999999999)) },
                                         { u"confidential"_s, random.bounded(2) == 0 } } } },
        };
        QList<RecordProblem> problems;
        QString error;
        if (!store.save(RecordKind::Location, record, problems, error)) {
            std::fprintf(stderr, "\ncannot add a location: %s\n", qPrintable(error));
            return false;
        }
        commitEvery(i);
    }
    for (int i = haveExperts; i < experts; ++i) {
        const City &city = kCities[random.bounded(int(std::size(kCities)))];
        QJsonObject record {
            { u"name_zh"_s,
              pick(random, kSurnames) + pick(random, kGiven)
                  + (random.bounded(2) ? pick(random, kGiven) : QString()) },
            { u"organisation"_s,
              QString::fromUtf8(city.zh)
                  + pick(random, QStringList { u"档案馆"_s, u"电影制片厂"_s, u"大学"_s, u"博物馆"_s }) },
            { u"expertise"_s, QJsonArray { pick(random, kExpertise), pick(random, kExpertise) } },
            { u"languages"_s,
              QJsonArray { u"中文"_s,
                           pick(random, QStringList { u"英语"_s, u"日语"_s, u"韩语"_s, u"粤语"_s }) } },
            { u"province"_s, QString::fromUtf8(city.province) },
            { u"city"_s, QString::fromUtf8(city.zh) },
            { u"consent_to_publish"_s, random.bounded(3) > 0 },
        };
        QList<RecordProblem> problems;
        QString error;
        if (!store.save(RecordKind::Expert, record, problems, error)) {
            std::fprintf(stderr, "\ncannot add an expert: %s\n", qPrintable(error));
            return false;
        }
        commitEvery(i);
    }
    if (!backend.commit(session.db(), failure) || !failure.isEmpty()) {
        std::fprintf(stderr, "\ncannot write the records: %s\n", qPrintable(failure));
        return false;
    }
    std::fprintf(stderr, "\n");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ReelAtlas"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption catalogOption(u"catalog"_s, u"The catalog (filled once)."_s, u"DIR"_s);
    const QCommandLineOption locationsOption(u"locations"_s, u"Locations (default 100000)."_s, u"N"_s,
                                             u"100000"_s);
    const QCommandLineOption expertsOption(u"experts"_s, u"Experts (default 20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption queriesOption(u"queries"_s, u"Near searches measured (default 300)."_s, u"N"_s,
                                           u"300"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the figures to FILE."_s, u"FILE"_s);
    parser.addOptions({ catalogOption, locationsOption, expertsOption, queriesOption, jsonOption });
    parser.process(app);
    const QString folder = parser.value(catalogOption);
    if (folder.isEmpty())
        parser.showHelp(2);
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CatalogSession session(folder);
    QRandomGenerator random(7);
    if (!generate(session, parser.value(locationsOption).toInt(), parser.value(expertsOption).toInt(),
                  random))
        return 1;
    RecordStore store(session.db());
    QJsonObject out;
    out.insert(u"locations"_s, store.count(RecordKind::Location));
    out.insert(u"experts"_s, store.count(RecordKind::Expert));

    // ---- near: R*Tree + exact distance, against a full scan computing every distance.
    const int queries = parser.value(queriesOption).toInt();
    QList<double> nearMs, scanMs;
    qint64 found = 0;
    for (int i = 0; i < queries; ++i) {
        const City &city = kCities[random.bounded(int(std::size(kCities)))];
        Geo::LatLon centre = around(random, city, 20);
        centre = { std::round(centre.lat * 1e5) / 1e5,
                   std::round(centre.lon * 1e5) / 1e5 }; // as the text says
        const double radius = 5 + random.bounded(46); // 5..50 km
        const QString text =
            u"near:%1,%2 radius:%3"_s.arg(centre.lat, 0, 'f', 5).arg(centre.lon, 0, 'f', 5).arg(radius);
        QElapsedTimer clock;
        clock.start();
        const auto hits = store.search(RecordQueryParser::parse(RecordKind::Location, text),
                                       RecordSort::Distance, 0, error);
        nearMs.append(double(clock.nsecsElapsed()) / 1e6);
        found += hits ? hits->size() : 0;
        if (i % 10 == 0) {
            clock.restart();
            QList<std::pair<double, qint64>> all;
            CatalogBackend::of(session.db())
                .forEachRow(
                    session.db(), u"SELECT id, lat, lon FROM locations WHERE lat IS NOT NULL"_s, {},
                    [&](const CatalogBackend::Row &row) {
                        const double km = Geo::distanceKm(centre, { row.real(1), row.real(2) });
                        if (km <= radius)
                            all.append({ km, row.integer(0) });
                    },
                    error);
            std::sort(all.begin(), all.end());
            scanMs.append(double(clock.nsecsElapsed()) / 1e6);
            if (hits && all.size() != hits->size()) {
                std::fprintf(stderr, "near search disagrees with the scan: %lld vs %lld (%s)\n",
                             qint64(hits->size()), qint64(all.size()), qPrintable(text));
                QSet<qint64> seen;
                for (const RecordStore::Hit &hit : *hits)
                    seen.insert(hit.id);
                for (const auto &[km, id] : all) {
                    if (!seen.contains(id))
                        std::fprintf(stderr, "  missing #%lld at %.6f km\n", id, km);
                }
            }
        }
    }
    out.insert(u"near_p50_ms"_s, percentile(nearMs, 0.5));
    out.insert(u"near_p95_ms"_s, percentile(nearMs, 0.95));
    out.insert(u"near_max_ms"_s, percentile(nearMs, 1.0));
    out.insert(u"near_mean_results"_s, double(found) / std::max(1, queries));
    out.insert(u"near_full_scan_p50_ms"_s, percentile(scanMs, 0.5));

    // ---- words, typed a keystroke at a time (the last word a prefix), and the same by LIKE.
    const QStringList typed { u"青岛老街"_s,
                              u"qingdao laojie"_s,
                              u"gz"_s,
                              u"古镇"_s,
                              u"minguo bieshu"_s,
                              u"海边栈道 city:威海"_s,
                              u"lt setting:exterior"_s,
                              u"灯塔"_s,
                              u"sjz"_s,
                              u"火车站 era:民国"_s,
                              u"老洋房 category:period"_s,
                              u"礼堂 status:public"_s };
    QList<double> wordMs, likeMs;
    for (const QString &query : typed) {
        for (int length = 1; length <= query.size(); ++length) {
            const QString prefix = query.left(length);
            if (prefix.endsWith(u' ') || prefix.endsWith(u':'))
                continue;
            QElapsedTimer clock;
            clock.start();
            const RecordQuery parsed = RecordQueryParser::parse(RecordKind::Location, prefix, true);
            const auto hits = store.search(parsed, RecordSort::Relevance, 0, error);
            wordMs.append(double(clock.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("REELATLAS_BENCH_VERBOSE"))
                std::fprintf(stderr, "%8.2f ms %6lld  %s\n", wordMs.last(), qint64(hits ? hits->size() : -1),
                             qPrintable(prefix));
        }
        // The naive way, once per query: every word with LIKE over names and description.
        QElapsedTimer clock;
        clock.start();
        QStringList likes;
        QVariantList binds;
        for (const QString &word : query.split(u' ', Qt::SkipEmptyParts)) {
            if (word.contains(u':'))
                continue;
            likes.append(u"(name_zh LIKE ? OR description LIKE ? OR address LIKE ?)"_s);
            binds += { u"%"_s + word + u"%"_s, u"%"_s + word + u"%"_s, u"%"_s + word + u"%"_s };
        }
        CatalogBackend::of(session.db())
            .integerColumn(session.db(), u"SELECT id FROM locations WHERE "_s + likes.join(u" AND "_s), binds,
                           error);
        likeMs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    out.insert(u"words_keystrokes"_s, wordMs.size());
    out.insert(u"words_p50_ms"_s, percentile(wordMs, 0.5));
    out.insert(u"words_p95_ms"_s, percentile(wordMs, 0.95));
    out.insert(u"words_max_ms"_s, percentile(wordMs, 1.0));
    out.insert(u"words_like_scan_p50_ms"_s, percentile(likeMs, 0.5));

    // ---- the same keystrokes as the records page asks them (RecordReader, on its own thread and
    // connection): until rows are shown (a first page, or the whole), and until the whole with its
    // summaries and facets. Each keystroke's whole is waited for before the next.
    {
        RecordReader reader(folder);
        QList<double> shownMs, wholeMs;
        int firstPages = 0;
        for (const QString &query : typed) {
            for (int length = 1; length <= query.size(); ++length) {
                const QString prefix = query.left(length);
                // A filter's name typed whole ("era:") is searched as the search box does when
                // its values are offered (after its pause of 150 ms).
                if (prefix.endsWith(u' '))
                    continue;
                QEventLoop loop;
                QElapsedTimer clock;
                double shown = -1, whole = -1;
                quint64 ticket = 0;
                const auto connection = QObject::connect(
                    &reader, &RecordReader::searched, &loop, [&](const RecordSearchResult &result) {
                        if (result.ticket != ticket)
                            return;
                        const double at = double(clock.nsecsElapsed()) / 1e6;
                        if (shown < 0)
                            shown = at;
                        if (!result.complete)
                            ++firstPages;
                        if (result.complete) {
                            whole = at;
                            loop.quit();
                        }
                    });
                clock.start();
                ticket = reader.search(RecordKind::Location, prefix, RecordSort::Relevance);
                QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
                loop.exec();
                QObject::disconnect(connection);
                if (whole < 0) {
                    std::fprintf(stderr, "no answer for %s\n", qPrintable(prefix));
                    return 1;
                }
                shownMs.append(shown);
                wholeMs.append(whole);
                if (qEnvironmentVariableIsSet("REELATLAS_BENCH_VERBOSE"))
                    std::fprintf(stderr, "page %8.2f ms shown, %8.2f ms whole  %s\n", shown, whole,
                                 qPrintable(prefix));
            }
        }
        out.insert(u"page_words_shown_p50_ms"_s, percentile(shownMs, 0.5));
        out.insert(u"page_words_shown_p95_ms"_s, percentile(shownMs, 0.95));
        out.insert(u"page_words_whole_p50_ms"_s, percentile(wholeMs, 0.5));
        out.insert(u"page_words_whole_p95_ms"_s, percentile(wholeMs, 0.95));
        out.insert(u"page_words_first_pages"_s, firstPages);
    }

    // The worst word for pinyin splitting (it splits in many ways at its start and in none at its
    // end: 2^23 tries before it was made linear), typed a keystroke at a time, as a search and
    // as a saved search in the sidebar would run it.
    const QString worst = u"an"_s.repeated(23) + u"xq"_s;
    QList<double> worstMs;
    for (int length = 1; length <= worst.size(); ++length) {
        QElapsedTimer clock;
        clock.start();
        const RecordQuery parsed = RecordQueryParser::parse(RecordKind::Location, worst.left(length), true);
        const double parseMs = double(clock.nsecsElapsed()) / 1e6;
        const auto hits = store.search(parsed, RecordSort::Relevance, 0, error);
        worstMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("REELATLAS_BENCH_VERBOSE"))
            std::fprintf(stderr, "%8.2f ms (parsed in %.2f) %6lld  %s\n", worstMs.last(), parseMs,
                         qint64(hits ? hits->size() : -1), qPrintable(worst.left(length)));
    }
    out.insert(u"worst_pinyin_word_max_ms"_s, percentile(worstMs, 1.0));

    // Experts by words too.
    QList<double> expertMs;
    for (const QString &query : { u"zw"_s, u"王伟"_s, u"dfs"_s, u"地方史 lang:英语"_s, u"wurenji"_s }) {
        for (int length = 1; length <= query.size(); ++length) {
            QElapsedTimer clock;
            clock.start();
            store.search(RecordQueryParser::parse(RecordKind::Expert, query.left(length), true),
                         RecordSort::Relevance, 0, error);
            expertMs.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    out.insert(u"experts_words_p95_ms"_s, percentile(expertMs, 0.95));

    // ---- a 30-candidate package with 3 photos each (1024 px posters, as the ingest stores them).
    const auto candidates =
        store.search(RecordQueryParser::parse(RecordKind::Location, u"near:36.067,120.383 radius:60"_s),
                     RecordSort::Distance, 30, error);
    if (!candidates || candidates->size() < 30) {
        std::fprintf(stderr, "not enough locations near Qingdao for the package\n");
        return 1;
    }
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    backend.beginWrite(session.db(), error); // the photos in one transaction
    QJsonArray links;
    for (const RecordStore::Hit &hit : *candidates) {
        links.append(QJsonObject { { u"location_id"_s, hit.id },
                                   { u"status"_s, u"proposed"_s },
                                   { u"notes"_s, u"可拍夜戏，需提前申请。"_s } });
        for (int k = 0; k < 3; ++k) {
            const QString hash = u"bench-%1-%2"_s.arg(hit.id).arg(k);
            QSqlQuery insert(session.db());
            insert.prepare(u"INSERT INTO assets (kind, path, path_raw, file_name, size_bytes, "
                           u"mtime_ns, content_hash, "
                           "status, added_at, updated_at, has_poster, location_id) VALUES ('photo', ?, ?, ?, "
                           "1, 0, ?, 'ok', "
                           "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1, ?) ON CONFLICT DO NOTHING"_s);
            const QString path = u"/bench/%1.jpg"_s.arg(hash);
            insert.addBindValue(path);
            insert.addBindValue(path.toUtf8());
            insert.addBindValue(hash + u".jpg"_s);
            insert.addBindValue(hash);
            insert.addBindValue(hit.id);
            insert.exec();
            StoredThumbnail thumbnail;
            thumbnail.kind = ThumbnailStore::PosterLarge;
            thumbnail.jpeg = photo(random, 1024, 576);
            thumbnail.width = 1024;
            thumbnail.height = 576;
            ThumbnailStore::put(session.thumbs(), hash, thumbnail, error);
        }
    }
    if (!backend.commit(session.db(), error)) {
        std::fprintf(stderr, "cannot add the photos: %s\n", qPrintable(error));
        return 1;
    }
    const auto production = ProductionStore(session.db())
                                .save(QJsonObject { { u"title"_s, u"海风往事"_s },
                                                    { u"producer"_s, u"李制片"_s },
                                                    { u"needs"_s, u"1930年代海边老街"_s },
                                                    { u"base_lat"_s, 36.067 },
                                                    { u"base_lon"_s, 120.383 },
                                                    { u"candidates"_s, links } },
                                      error);
    if (!production) {
        std::fprintf(stderr, "cannot add the production: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    QList<double> packageMs;
    qint64 bytes = 0;
    int pages = 0;
    for (int run = 0; run < 3; ++run) {
        ScoutPackage::Options options;
        options.productionId = *production;
        const QString pdf = dir.filePath(u"package.pdf"_s);
        QElapsedTimer clock;
        clock.start();
        pages = ScoutPackage::write(session, options, pdf, error).value_or(0);
        packageMs.append(double(clock.nsecsElapsed()) / 1e6);
        bytes = QFile(pdf).size();
    }
    out.insert(u"package_candidates"_s, 30);
    out.insert(u"package_pages"_s, pages);
    out.insert(u"package_median_ms"_s, percentile(packageMs, 0.5));
    out.insert(u"package_mb"_s, double(bytes) / 1e6);
    ProductionStore(session.db()).remove(*production, error);
    QSqlQuery(session.db()).exec(u"DELETE FROM assets WHERE path LIKE '/bench/%'"_s);

    QStringList keys = out.keys();
    for (const QString &key : keys) {
        const QJsonValue v = out.value(key);
        std::printf("%-28s %s\n", qPrintable(key),
                    qPrintable(v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString()));
    }
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(out).toJson());
    }
    return 0;
}
