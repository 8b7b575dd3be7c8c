#include "mediaprocessor.h"

#include "formatclassifier.h"
#include "mediatypes.h"
#include "photoanalyzer.h"
#include "pictureanalysis.h"
#include "videoanalyzer.h"

#include <QCborArray>
#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Stills looked at for people: a shot's people are the most seen in one of its stills. Each costs
// ~0.1 s of one core (a 720p frame), a tenth of a second of scanning, so a shot gets one, and one
// more for every kSecondsPerStill it lasts (a drone flight passes people by) up to kStillsPerShot;
// a clip of many shots gets one per shot.
constexpr int kStillsPerShot = 3;
constexpr double kSecondsPerStill = 10;
constexpr int kStillsPerClip = 24;

void lookForPeople(const PeopleDetector &detector, const QList<VideoAnalyzer::ShotScan::Still> &stills,
                   QList<MediaProcessor::Shot> &shots)
{
    const bool fewShots = shots.size() * kStillsPerShot <= kStillsPerClip;
    for (MediaProcessor::Shot &shot : shots) {
        const int perShot = fewShots
            ? std::clamp(int((shot.endS - shot.startS) / kSecondsPerStill) + 1, 1, kStillsPerShot)
            : 1;
        QList<const VideoAnalyzer::ShotScan::Still *> inShot;
        for (const VideoAnalyzer::ShotScan::Still &still : stills) {
            if (still.timeS >= shot.startS && still.timeS < shot.endS)
                inShot.append(&still);
        }
        if (inShot.isEmpty())
            continue; // shorter than the stills' spacing: unknown
        // Evenly spread over the shot; a single one from its middle.
        const int count = int(std::min<qsizetype>(perShot, inShot.size()));
        for (int i = 0; i < count; ++i) {
            const qsizetype at = count == 1 ? inShot.size() / 2 : i * (inShot.size() - 1) / (count - 1);
            const PeopleDetector::Found found = detector.detect(inShot.at(at)->picture);
            if (!shot.people || found.count > *shot.people) {
                shot.people = found.count;
                shot.boxes = found.boxes;
            }
        }
    }
}

// Each shot's frame: the still nearest its middle, one of its own when it has any (a shot shorter
// than the stills' spacing shows the nearest). For the first kMaxShotFrames shots.
constexpr int kMaxShotFrames = 200;

QList<QImage> shotFrames(const QList<VideoAnalyzer::ShotScan::Still> &stills,
                         const QList<MediaProcessor::Shot> &shots)
{
    QList<QImage> frames;
    for (const MediaProcessor::Shot &shot : shots) {
        if (frames.size() >= kMaxShotFrames)
            break;
        const double middle = (shot.startS + shot.endS) / 2;
        const VideoAnalyzer::ShotScan::Still *best = nullptr;
        const auto score = [&](const VideoAnalyzer::ShotScan::Still &still) {
            const bool inside = still.timeS >= shot.startS && still.timeS < shot.endS;
            return std::pair(!inside, std::abs(still.timeS - middle));
        };
        for (const VideoAnalyzer::ShotScan::Still &still : stills) {
            if (!still.frame.isNull() && (!best || score(still) < score(*best)))
                best = &still;
        }
        if (!best || (!frames.isEmpty() && best->frame.size() != frames.first().size()))
            break;
        frames.append(best->frame);
    }
    return frames;
}

// What a worker said were colours, of the names there are (a garbled reply names no others).
QStringList knownColours(const QCborArray &list)
{
    QStringList out;
    for (const QCborValue &value : list) {
        if (PictureAnalysis::colourNames().contains(value.toString()) && out.size() < 8)
            out.append(value.toString());
    }
    return out;
}

std::optional<int> mostPeople(const QList<MediaProcessor::Shot> &shots)
{
    std::optional<int> most;
    for (const MediaProcessor::Shot &shot : shots) {
        if (shot.people && (!most || *shot.people > *most))
            most = shot.people;
    }
    return most;
}

} // namespace

MediaProcessor::MediaProcessor(const MediaOptions &options)
    : m_options(options)
{
}

std::optional<QByteArray> MediaProcessor::readHead(const QByteArray &path, Status &status, QString &error)
{
    status = Status::Failed;
    struct stat st = {};
    if (::stat(path.constData(), &st) != 0) {
        const int code = errno;
        status = code == ENOENT ? Status::Vanished : Status::Failed;
        error = tr("cannot read the file's details: %1").arg(QString::fromLocal8Bit(strerror(code)));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        error = tr("not a regular file");
        return std::nullopt;
    }
    if (st.st_size == 0) {
        error = tr("the file is empty (0 bytes)");
        return std::nullopt;
    }
    QByteArray head(64, Qt::Uninitialized);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int code = errno;
        status = code == ENOENT ? Status::Vanished : Status::Failed;
        error = tr("cannot open: %1").arg(QString::fromLocal8Bit(strerror(code)));
        return std::nullopt;
    }
    const ssize_t n = ::pread(fd, head.data(), size_t(head.size()), 0);
    const int code = errno;
    ::close(fd);
    if (n < 0) {
        error = tr("cannot read: %1").arg(QString::fromLocal8Bit(strerror(code)));
        return std::nullopt;
    }
    head.truncate(n);
    return head;
}

MediaProcessor::Result MediaProcessor::process(const QByteArray &path) const
{
    Result result;
    const std::optional<QByteArray> read = readHead(path, result.status, result.error);
    if (!read)
        return result;
    const QByteArray &head = *read;

    const qsizetype slash = path.lastIndexOf('/');
    const auto kindByName = MediaTypes::kindForFileName(QByteArrayView(path).sliced(slash + 1));
    const QString photoFormat = PhotoAnalyzer::sniffFormat(head);
    const QByteArray rawFormat = MediaTypes::rawPhotoFormat(QByteArrayView(path).sliced(slash + 1));
    bool ok = false;
    if (!rawFormat.isEmpty()) {
        // By name: most RAW formats are TIFF inside, but their main image is undeveloped sensor data.
        ok = PhotoAnalyzer(m_options).analyzeRaw(path, QString::fromLatin1(rawFormat), result.facts,
                                                 result.pictures, result.error);
    } else if (!photoFormat.isEmpty()) {
        ok = PhotoAnalyzer(m_options).analyze(path, photoFormat, result.facts, result.pictures, result.error);
        if (!ok && PhotoAnalyzer::isImageSequence(head)) {
            // A HEIF or AVIF image sequence with no still image: its pictures are a track,
            // which FFmpeg reads as it reads a clip.
            Result sequence;
            if (VideoAnalyzer(m_options).analyze(path, sequence.facts, sequence.pictures, sequence.error)) {
                result = sequence;
                result.facts.formatClass = FormatClassifier::builtIn().classify(result.facts);
                ok = true;
            }
        }
    } else if (kindByName == MediaKind::Photo) {
        result.facts.kind = MediaKind::Photo;
        result.error = tr("not a JPEG, PNG, TIFF, WebP, HEIF or JPEG XL picture (unrecognised content)");
    } else {
        ok = VideoAnalyzer(m_options).analyze(path, result.facts, result.pictures, result.error);
        result.facts.formatClass = FormatClassifier::builtIn().classify(result.facts);
    }
    result.status = ok ? Status::Ok : Status::Failed;
    return result;
}

MediaProcessor::Analysis MediaProcessor::analyze(const QByteArray &path) const
{
    Analysis out;
    const std::optional<QByteArray> read = readHead(path, out.status, out.error);
    if (!read)
        return out;
    const QByteArray &head = *read;
    const QByteArrayView name = QByteArrayView(path).sliced(path.lastIndexOf('/') + 1);
    const bool sequence = PhotoAnalyzer::isImageSequence(head);
    if (!m_people)
        m_people = std::make_unique<PeopleDetector>(); // loads its classifiers once per thread
    const PeopleDetector &detector = *m_people;
    if (!detector.findsFaces())
        out.warnings.append(detector.faceCascadeError());
    if (!MediaTypes::rawPhotoFormat(name).isEmpty()
        || (!PhotoAnalyzer::sniffFormat(head).isEmpty() && !sequence)) {
        // A photo is one shot. Its people are looked for in the large poster, made as at ingest
        // (turned upright, whatever the format).
        const Result photo = process(path);
        if (photo.status != Status::Ok) {
            out.status = photo.status;
            out.error = photo.error;
            return out;
        }
        Shot shot;
        for (const Thumbnail &thumbnail : photo.pictures.thumbnails) {
            if (thumbnail.kind != ThumbnailKind::PosterLarge)
                continue;
            const QImage picture = QImage::fromData(thumbnail.jpeg, "JPEG");
            if (!picture.isNull()) {
                out.signature = { PictureAnalysis::perceptualHash(picture) };
                const PictureAnalysis::Look look = PictureAnalysis::look(picture);
                out.colours = shot.colours = look.colours;
                out.exposure = look.exposure;
                out.temperatureK = look.temperatureK;
                out.weather = look.weather;
                const PeopleDetector::Found found = detector.detect(picture);
                shot.people = found.count;
                shot.boxes = found.boxes;
            }
        }
        out.shots.append(shot);
        out.people = shot.people;
        out.status = Status::Ok;
        return out;
    }
    VideoAnalyzer::ShotScan scan;
    if (!VideoAnalyzer(m_options).scanShots(path, scan, out.error))
        return out;
    static const char *const kKinds[] = { "cut", "dissolve", "fade" };
    Shot current;
    for (const ShotDetector::Boundary &boundary : std::as_const(scan.boundaries)) {
        current.endS = boundary.timeS;
        out.shots.append(current);
        current = Shot();
        current.startS = boundary.timeS;
        current.kind = QString::fromLatin1(kKinds[int(boundary.kind)]);
    }
    current.endS = std::max(current.startS, scan.durationS);
    out.shots.append(current);
    lookForPeople(detector, scan.stills, out.shots);
    out.signature = scan.frameHashes;
    out.people = mostPeople(out.shots);
    out.warnings += scan.warnings;
    out.pictures.add(ThumbnailKind::Filmstrip, scan.filmstrip, m_options.jpegQuality - 10,
                     scan.filmstripFrames);
    const QList<QImage> frames = shotFrames(scan.stills, out.shots);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        out.shots[i].colours = PictureAnalysis::look(frames.at(i)).colours;
        out.shots[i].signature = PictureAnalysis::perceptualHash(frames.at(i));
    }
    const PictureAnalysis::Look look = PictureAnalysis::look(scan.filmstrip);
    out.colours = look.colours;
    out.exposure = look.exposure;
    out.temperatureK = look.temperatureK;
    out.weather = look.weather;
    out.pictures.add(ThumbnailKind::ShotFrames, VideoAnalyzer::strip(frames), m_options.jpegQuality - 10,
                     int(frames.size()));
    out.status = Status::Ok;
    return out;
}

QCborMap MediaProcessor::Analysis::toCbor() const
{
    QCborArray list;
    for (const Shot &shot : shots) {
        QCborMap item { { u"start_s"_s, shot.startS }, { u"end_s"_s, shot.endS } };
        if (!shot.kind.isEmpty())
            item.insert(u"kind"_s, shot.kind);
        if (shot.people) {
            item.insert(u"people"_s, *shot.people);
            item.insert(u"boxes"_s, QCborArray::fromJsonArray(PeopleDetector::toJson(shot.boxes)));
        }
        if (!shot.colours.isEmpty())
            item.insert(u"colours"_s, QCborArray::fromStringList(shot.colours));
        if (shot.signature)
            item.insert(u"signature"_s, QString::number(*shot.signature, 16).rightJustified(16, u'0'));
        list.append(item);
    }
    QCborMap map { { u"shots"_s, list } };
    if (!colours.isEmpty())
        map.insert(u"colours"_s, QCborArray::fromStringList(colours));
    if (!exposure.isEmpty())
        map.insert(u"exposure"_s, exposure);
    if (temperatureK > 0)
        map.insert(u"temperature_k"_s, temperatureK);
    if (!weather.isEmpty())
        map.insert(u"weather"_s, weather);
    if (people)
        map.insert(u"people"_s, *people);
    if (!signature.isEmpty()) {
        QCborArray hashes;
        for (const quint64 hash : signature)
            hashes.append(QString::number(hash, 16).rightJustified(16, u'0'));
        map.insert(u"signature"_s, hashes);
    }
    if (!pictures.thumbnails.isEmpty())
        map.insert(u"pictures"_s, pictures.toCbor());
    if (!warnings.isEmpty())
        map.insert(u"warnings"_s, QCborArray::fromStringList(warnings));
    return map;
}

MediaProcessor::Analysis MediaProcessor::Analysis::fromCbor(const QCborMap &map)
{
    Analysis out;
    for (const QCborValue &value : map.value("shots"_L1).toArray()) {
        const QCborMap item = value.toMap();
        Shot shot;
        shot.startS = item.value("start_s"_L1).toDouble();
        shot.endS = item.value("end_s"_L1).toDouble();
        shot.kind = item.value("kind"_L1).toString();
        if (item.value("people"_L1).isInteger()) {
            shot.people = int(std::clamp<qint64>(item.value("people"_L1).toInteger(), 0, 10000));
            shot.boxes = PeopleDetector::fromJson(item.value("boxes"_L1).toArray().toJsonArray());
        }
        shot.colours = knownColours(item.value("colours"_L1).toArray());
        bool hex = false;
        const QString signature = item.value("signature"_L1).toString();
        if (const quint64 hash = signature.toULongLong(&hex, 16); hex && signature.size() == 16)
            shot.signature = hash;
        out.shots.append(shot);
    }
    out.colours = knownColours(map.value("colours"_L1).toArray());
    static const QStringList exposures { u"dark"_s, u"normal"_s, u"bright"_s };
    if (const QString exposure = map.value("exposure"_L1).toString(); exposures.contains(exposure))
        out.exposure = exposure;
    out.temperatureK = int(std::clamp<qint64>(map.value("temperature_k"_L1).toInteger(), 0, 100'000));
    if (const QString weather = map.value("weather"_L1).toString();
        PictureAnalysis::weatherNames().contains(weather))
        out.weather = weather;
    out.people = mostPeople(out.shots);
    for (const QCborValue &value : map.value("signature"_L1).toArray()) {
        bool ok = false;
        const quint64 hash = value.toString().toULongLong(&ok, 16);
        if (ok)
            out.signature.append(hash);
    }
    for (const QCborValue &value : map.value("warnings"_L1).toArray())
        out.warnings.append(value.toString());
    return out;
}
