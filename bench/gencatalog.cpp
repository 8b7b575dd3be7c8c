// reelatlas-gencatalog: fills a catalog with realistic synthetic assets for the desktop app's
// benchmark: clips and photos with the facts real cameras, phones and drones write (codecs,
// sizes, frame rates, HDR, creation times, cameras, GPS), Chinese and English titles, tags from
// the controlled vocabulary and a scene hierarchy, volumes, and posters in the thumbnail store;
// and what the analysis pass finds: shots, people, and signatures that cluster as real pictures'
// perceptual hashes do (pictures of one kind of place near each other, some 4 % of the assets
// copies of another: resized, re-encoded, trimmed).
// Everything goes through the real stores, so the search index is built as an import builds it.
//
//   reelatlas-gencatalog --catalog DIR [--count 100000] [--seed 1]

#include "assetstore.h"
#include "catalog.h"
#include "formatclassifier.h"
#include "mediafacts.h"
#include "mediaprocessor.h"
#include "tagstore.h"
#include "thumbnailstore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <bit>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

const QStringList kPlaces { u"古镇"_s, u"老街"_s,   u"海边"_s,   u"栈桥"_s,   u"灯塔"_s,   u"渔港"_s,
                            u"沙滩"_s, u"山谷"_s,   u"瀑布"_s,   u"梯田"_s,   u"古寺"_s,   u"城墙"_s,
                            u"胡同"_s, u"码头"_s,   u"老厂房"_s, u"大桥"_s,   u"夜市"_s,   u"稻田"_s,
                            u"雪山"_s, u"草原"_s,   u"沙漠"_s,   u"湖泊"_s,   u"森林"_s,   u"竹林"_s,
                            u"教堂"_s, u"火车站"_s, u"老洋房"_s, u"石板路"_s, u"四合院"_s, u"天际线"_s,
                            u"长城"_s, u"河道"_s,   u"礁石"_s,   u"港口"_s,   u"隧道"_s,   u"盘山公路"_s };
const QStringList kCities { u"青岛"_s, u"厦门"_s,   u"重庆"_s, u"西安"_s, u"苏州"_s, u"丽江"_s, u"平遥"_s,
                            u"横店"_s, u"哈尔滨"_s, u"大理"_s, u"长沙"_s, u"成都"_s, u"上海"_s, u"北京"_s,
                            u"广州"_s, u"威海"_s,   u"烟台"_s, u"桂林"_s, u"敦煌"_s, u"乌镇"_s };
const QStringList kMoods { u"清晨"_s, u"黄昏"_s, u"航拍"_s, u"延时"_s, u"雨后"_s, u"夜景"_s, u"日出"_s,
                           u"日落"_s, u"晨雾"_s, u"雪景"_s, u"全景"_s, u"特写"_s, u"逆光"_s, u"空镜"_s };
const QStringList kEnglish { u"harbour at dawn"_s, u"old street"_s,    u"coastline aerial"_s,
                             u"city skyline"_s,    u"mountain road"_s, u"night market"_s,
                             u"rice terraces"_s,   u"lighthouse"_s };
const QStringList kScenes { u"场景/海边"_s, u"场景/古镇"_s, u"场景/城市"_s, u"场景/山川"_s,
                            u"场景/乡村"_s, u"场景/工业"_s, u"场景/年代"_s, u"场景/室内"_s };

struct Camera
{
    const char *make;
    const char *model;
    const char *prefix;
};
constexpr Camera kCameras[] = {
    { "DJI", "Mavic 3 Pro", "DJI_" },
    { "DJI", "Air 2S", "DJI_" },
    { "Sony", "ILCE-7SM3", "C" },
    { "Apple", "iPhone 15 Pro", "IMG_" },
    { "Canon", "EOS R5", "MVI_" },
    { "Panasonic", "DC-GH6", "P" },
    { "Blackmagic Design", "Pocket Cinema Camera 6K", "A001_C" },
};

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

// Picks by weight: `weights` add up to anything.
int weighted(QRandomGenerator &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (const int w : weights)
        total += w;
    int r = random.bounded(total);
    int index = 0;
    for (const int w : weights) {
        if (r < w)
            return index;
        r -= w;
        ++index;
    }
    return index - 1;
}

// A pool of posters: landscapes of sky, horizon and ground in varied colours, as JPEG.
QList<QByteArray> posterPool(int count, QRandomGenerator &random)
{
    QList<QByteArray> pool;
    for (int i = 0; i < count; ++i) {
        QImage image(256, 144, QImage::Format_RGB32);
        QPainter painter(&image);
        QLinearGradient sky(0, 0, 0, 144);
        const int hue = random.bounded(360);
        sky.setColorAt(0, QColor::fromHsv(hue, 120, 230));
        sky.setColorAt(0.55, QColor::fromHsv((hue + 30) % 360, 80, 200));
        sky.setColorAt(0.56, QColor::fromHsv((hue + 150) % 360, 140, 110));
        sky.setColorAt(1, QColor::fromHsv((hue + 160) % 360, 160, 60));
        painter.fillRect(image.rect(), sky);
        painter.setPen(Qt::NoPen);
        for (int s = 0; s < 4; ++s) {
            painter.setBrush(QColor::fromHsv((hue + 200 + s * 20) % 360, 90, 70 + s * 20));
            const int x = random.bounded(256), w = 30 + random.bounded(90), h = 10 + random.bounded(50);
            painter.drawRect(x, 80 - h, w, h);
        }
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG", 80);
        pool.append(bytes);
    }
    return pool;
}

// `hash` with `bits` random bits flipped.
quint64 flipped(quint64 hash, int bits, QRandomGenerator &random)
{
    quint64 mask = 0;
    while (std::popcount(mask) < bits)
        mask |= 1ull << random.bounded(64);
    return hash ^ mask;
}

// Signatures as the analysis makes them (a photo's one hash, a clip's eight frames'), drawn
// around "looks" (one kind of picture: a harbour at dusk from the air), each asset 8 to 16 bits
// from its look, so that two of one look are similar (~20 bits apart) and unrelated pictures
// ~32 apart; a few assets are copies of an earlier one, a few bits from it.
class Signatures
{
public:
    explicit Signatures(QRandomGenerator &random)
        : m_random(random)
    {
        for (auto &look : m_looks) {
            for (quint64 &frame : look)
                frame = random.generate64();
        }
    }

    QList<quint64> next(bool photo)
    {
        QList<QList<quint64>> &earlier = photo ? m_photos : m_clips;
        QList<quint64> out;
        if (!earlier.isEmpty() && m_random.bounded(100) < 4) {
            const QList<quint64> &original = earlier.at(m_random.bounded(int(earlier.size())));
            for (const quint64 hash : original)
                out.append(flipped(hash, m_random.bounded(photo ? 7 : 4), m_random));
            return out;
        }
        // Some looks are far more common than others (the city's famous views).
        const double skew = m_random.generateDouble();
        const auto &look = m_looks[size_t(double(m_looks.size()) * skew * skew) % m_looks.size()];
        for (int i = 0; i < (photo ? 1 : 8); ++i)
            out.append(flipped(look[size_t(i)], 8 + m_random.bounded(9), m_random));
        if (earlier.size() < 20'000)
            earlier.append(out);
        else
            earlier[m_random.bounded(int(earlier.size()))] = out;
        return out;
    }

private:
    QRandomGenerator &m_random;
    std::array<std::array<quint64, 8>, 2000> m_looks {};
    QList<QList<quint64>> m_photos, m_clips;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication app(argc, argv); // QPainter for the posters
    QCoreApplication::setApplicationName(u"ReelAtlas"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption catalogOption(u"catalog"_s, u"The catalog to fill (made if missing)."_s,
                                           u"DIR"_s);
    const QCommandLineOption countOption(u"count"_s, u"How many assets (default 100000)."_s, u"N"_s,
                                         u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption noMergeOption(
        u"no-merge"_s,
        u"Leave the search index in the pieces its writing left (no Catalog::mergeSearchIndexes)."_s);
    parser.addOptions({ catalogOption, countOption, seedOption, noMergeOption });
    parser.process(app);
    const QString folder = parser.value(catalogOption);
    const int count = parser.value(countOption).toInt();
    if (folder.isEmpty() || count <= 0) {
        qCritical("usage: reelatlas-gencatalog --catalog DIR [--count N] [--seed S]");
        return 2;
    }
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    CatalogSession session(folder);
    if (!session.isOpen()) {
        qCritical("%s", qPrintable(session.error()));
        return 1;
    }
    QRandomGenerator random(parser.value(seedOption).toUInt());
    const QList<QByteArray> posters = posterPool(96, random);
    QElapsedTimer clock;
    clock.start();

    // Volumes: drones' cards, a camera's SSD, a NAS. The query is finished before the assets are
    // written: a statement left open holds a read snapshot, and the write-ahead log cannot be
    // checkpointed past it (it grew to 38 GB over a million assets).
    QList<std::pair<qint64, QString>> volumes;
    QSqlQuery query(session.db());
    for (const auto &[label, mount] :
         { std::pair { "DRONE_2024", "/media/staff/DRONE_2024" },
           std::pair { "A7S3_SSD", "/media/staff/A7S3_SSD" },
           std::pair { "外景素材盘", "/media/staff/外景素材盘" }, std::pair { "", "/mnt/nas/空镜头库" } }) {
        query.prepare(u"INSERT INTO volumes (label, mount_path, last_seen_at) VALUES (?, ?, ?) "
                      "ON CONFLICT DO NOTHING"_s);
        query.addBindValue(QString::fromUtf8(label));
        query.addBindValue(QString::fromUtf8(mount));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        query.exec();
        query.prepare(u"SELECT id FROM volumes WHERE mount_path = ?"_s);
        query.addBindValue(QString::fromUtf8(mount));
        if (query.exec() && query.next())
            volumes.append({ query.value(0).toLongLong(), QString::fromUtf8(mount) });
        query.finish();
    }

    // The tags: the seeded vocabulary's leaves, scene tags with places under them.
    TagStore tags(session.db());
    QList<qint64> vocabulary[6];
    const char *roots[] = { "景别", "时段", "季节", "天气", "运镜", "速度" };
    const auto all = tags.all();
    for (const TagStore::Tag &tag : all) {
        for (int r = 0; r < 6; ++r) {
            if (tag.path.startsWith(QString::fromUtf8(roots[r]) + u'/'))
                vocabulary[r].append(tag.id);
        }
    }
    QList<qint64> sceneTags;
    QHash<QString, qint64> cityTags;
    session.db().transaction();
    for (const QString &scene : kScenes) {
        for (int i = 0; i < 4; ++i)
            sceneTags.append(*tags.ensurePath(
                scene + u'/' + kPlaces.at((kScenes.indexOf(scene) * 4 + i) % kPlaces.size()), error));
    }
    for (const QString &city : kCities)
        cityTags.insert(city, *tags.ensurePath(u"地区/"_s + city, error));
    session.db().commit();

    AssetStore store(session.db());
    Signatures signatures(random);
    const FormatClassifier &classifier = FormatClassifier::builtIn();
    const QDateTime start(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
    std::map<qint64, QList<qint64>> tagged; // tag -> the batch's assets it is given to
    const auto tagAll = [&] {
        for (const auto &[tag, ids] : tagged) {
            if (tags.addToAssets(tag, ids, error) < 0)
                return false;
        }
        tagged.clear();
        return true;
    };
    session.db().transaction();
    session.thumbs().transaction();
    for (int n = 0; n < count; ++n) {
        const bool photo = random.bounded(100) < 25;
        const Camera &camera = kCameras[random.bounded(int(std::size(kCameras)))];
        const QString city = pick(random, kCities);
        const QString place = pick(random, kPlaces);
        const QDateTime created = start.addSecs(qint64(random.bounded(10 * 365 * 24 * 3600)));
        const auto &[volumeId, mount] = volumes.at(random.bounded(int(volumes.size())));

        MediaFacts facts;
        facts.kind = photo ? MediaKind::Photo : MediaKind::Video;
        QString fileName;
        if (photo) {
            facts.container = u"jpeg"_s;
            facts.videoCodec = u"mjpeg"_s;
            const int size = weighted(random, { 50, 30, 20 });
            facts.width = size == 0 ? 4000 : size == 1 ? 6000 : 8192;
            facts.height = size == 0 ? 3000 : size == 1 ? 4000 : 5460;
            if (random.bounded(100) < 15)
                std::swap(*facts.width, *facts.height);
            fileName = u"DSC_%1.JPG"_s.arg(n % 10000, 4, 10, QLatin1Char('0'));
        } else {
            const int codec = weighted(random, { 50, 35, 8, 3, 2, 2 });
            facts.videoCodec =
                QStringList { u"h264"_s, u"hevc"_s, u"prores"_s, u"mpeg2video"_s, u"vp9"_s, u"mjpeg"_s }.at(
                    codec);
            facts.container = codec == 2 ? u"mov"_s
                : codec == 3             ? u"mpegts"_s
                : codec == 4             ? u"webm"_s
                                         : u"mp4"_s;
            const int size = weighted(random, { 50, 30, 10, 5, 3, 2 });
            const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 }, { 1080, 1920 },
                                     { 1280, 720 },  { 4096, 2160 }, { 2720, 1530 } };
            facts.width = sizes[size][0];
            facts.height = sizes[size][1];
            const double rates[] = { 23.976, 24, 25, 29.97, 30, 50, 59.94, 60, 120 };
            facts.fps = rates[weighted(random, { 8, 10, 25, 8, 20, 12, 5, 10, 2 })];
            facts.durationS = std::clamp(std::exp(random.generateDouble() * 4.5 + 1.0), 2.0, 900.0);
            facts.bitDepth = codec == 1 || codec == 2 ? 10 : 8;
            const int hdr = codec == 1 ? weighted(random, { 70, 14, 12, 4 }) : 0;
            facts.hdr = QStringList { u"none"_s, u"hlg"_s, u"hdr10"_s, u"dolby_vision"_s }.at(hdr);
            if (hdr > 0) {
                facts.colorPrimaries = u"bt2020"_s;
                facts.colorTransfer = hdr == 1 ? u"arib-std-b67"_s : u"smpte2084"_s;
            } else {
                facts.colorPrimaries = u"bt709"_s;
                facts.colorTransfer = u"bt709"_s;
            }
            facts.bitrateBps = qint64(*facts.width) * *facts.height * 6;
            if (random.bounded(100) < 70) {
                facts.audioCodec = u"aac"_s;
                facts.audioChannels = 2;
                facts.audioSampleRate = 48000;
            }
            fileName = u"%1%2.%3"_s.arg(QString::fromLatin1(camera.prefix))
                           .arg(n % 10000, 4, 10, QLatin1Char('0'))
                           .arg(codec == 2 ? u"MOV"_s : u"MP4"_s);
            if (random.bounded(100) < 20)
                fileName = u"%1_%2_%3.mp4"_s.arg(city, place).arg(n % 1000, 3, 10, QLatin1Char('0'));
            facts.formatClass = classifier.classify(facts);
        }
        facts.createdAt = created;
        facts.cameraMake = QString::fromLatin1(camera.make);
        facts.cameraModel = QString::fromLatin1(camera.model);
        if (random.bounded(100) < 50)
            facts.gps = GeoPoint { 18 + random.generateDouble() * 30, 100 + random.generateDouble() * 22,
                                   std::nullopt };

        ProcessedFile file;
        // Footage arrives card by card; the card folder keeps every generated path unique.
        const QString path = u"%1/%2/%3/CARD%4/%5"_s.arg(mount)
                                 .arg(created.date().year())
                                 .arg(city + place)
                                 .arg(n / 400, 4, 10, QLatin1Char('0'))
                                 .arg(fileName);
        file.location.path = path;
        file.location.pathRaw = path.toUtf8();
        file.location.fileName = fileName;
        file.location.volumeId = volumeId;
        file.location.sizeBytes = photo
            ? 4'000'000 + random.bounded(20'000'000)
            : qint64(*facts.durationS * double(facts.bitrateBps.value_or(8'000'000)) / 8);
        file.location.mtimeNs = created.toMSecsSinceEpoch() * 1'000'000;
        file.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(file.location.pathRaw + QByteArray::number(n), QCryptographicHash::Sha1)
                .toHex()
                .left(32));
        file.kind = photo ? u"photo"_s : u"video"_s;
        QCborMap cbor = facts.toCbor();
        cbor.remove(u"kind"_s);
        file.facts = cbor;
        const int status = weighted(random, { 96, 1, 3 }); // ok, failed, offline
        file.failed = status == 1;
        if (file.failed)
            file.error = u"moov atom not found (the file was not finished writing)"_s;
        else
            file.thumbnails.append(
                StoredThumbnail { 1, posters.at(random.bounded(int(posters.size()))), 256, 144, 1 });
        file.processedVersion = 1;
        for (const StoredThumbnail &thumbnail : std::as_const(file.thumbnails))
            ThumbnailStore::put(session.thumbs(), file.contentHash, thumbnail, error);
        const auto id = store.save(file, error);
        if (!id) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        if (status != 1) {
            // Analysed (offline ones before they went offline): shots with people, a signature.
            AnalysisRecord analysis;
            analysis.version = MediaProcessor::kAnalysisVersion;
            analysis.signature = signatures.next(photo);
            const int people = weighted(random, { 60, 20, 10, 10 }); // none, one, two, a crowd
            const int shotCount = photo ? 1 : 1 + weighted(random, { 50, 25, 15, 10 }) * 2;
            const double length = photo ? 0 : *facts.durationS;
            for (int shot = 0; shot < shotCount; ++shot) {
                ShotRecord record;
                record.startS = length * shot / shotCount;
                record.endS = length * (shot + 1) / shotCount;
                record.kind = shot == 0 ? QString() : u"cut"_s; // how the shot begins; a photo: one still
                record.people = people < 3 ? people : 3 + random.bounded(12);
                analysis.shots.append(record);
            }
            if (!store.saveAnalysis(*id, analysis, error)) {
                qCritical("%s", qPrintable(error));
                return 1;
            }
        }
        if (status == 2)
            store.markOffline({ *id }, error);
        if (random.bounded(100) < 45) {
            const QString title = random.bounded(100) < 85 ? city + place + pick(random, kMoods)
                                                           : pick(random, kEnglish) + u", "_s + city;
            store.setField({ *id }, u"title"_s, title, error);
        }
        if (random.bounded(100) < 20)
            store.setField(
                { *id }, u"description"_s,
                u"%1的%2，%3拍摄，画面中无人物，适合作为空镜头。"_s.arg(city, place, pick(random, kMoods)),
                error);
        // Tags: the vocabulary often, a scene and a region sometimes. Given a batch at a time, as
        // the desktop tags a selection: one statement a tag, not one an asset.
        for (int r = 0; r < 6; ++r) {
            if (random.bounded(100) < (r == 0 || r == 3 ? 55 : 30) && !vocabulary[r].isEmpty())
                tagged[vocabulary[r].at(random.bounded(int(vocabulary[r].size())))].append(*id);
        }
        if (random.bounded(100) < 50)
            tagged[sceneTags.at(random.bounded(int(sceneTags.size())))].append(*id);
        if (random.bounded(100) < 40)
            tagged[cityTags.value(city)].append(*id);
        if ((n + 1) % 2000 == 0 || n + 1 == count) {
            if (!tagAll()) {
                qCritical("%s", qPrintable(error));
                return 1;
            }
        }
        if ((n + 1) % 2000 == 0) {
            session.db().commit();
            session.thumbs().commit();
            session.db().transaction();
            session.thumbs().transaction();
            fprintf(stderr, "\r%d / %d assets (%.0f/s)", n + 1, count,
                    (n + 1) * 1000.0 / double(clock.elapsed()));
        }
    }
    session.db().commit();
    session.thumbs().commit();
    fprintf(stderr, "\n%d assets in %.1f s\n", count, double(clock.elapsed()) / 1000.0);
    // As `ingest` and the desktop leave a catalog they have grown by a fifth.
    if (!parser.isSet(noMergeOption) && Catalog::mergeAdvised(folder, error).value_or(false)) {
        clock.restart();
        if (!Catalog::mergeSearchIndexes(folder, nullptr, error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        fprintf(stderr, "search index merged in %.1f s\n", double(clock.elapsed()) / 1000.0);
    }
    return 0;
}
