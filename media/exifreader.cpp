#include "exifreader.h"

#include <QCoreApplication>
#include <QTimeZone>

// Exiv2 0.27's public headers still use std::auto_ptr.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <cmath>
#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace ExifReader {

namespace {

thread_local QStringList *t_exivMessages = nullptr;

void exivLogHandler(int level, const char *message)
{
    if (level < Exiv2::LogMsg::warn || !t_exivMessages || t_exivMessages->size() >= 4)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (!text.isEmpty() && !t_exivMessages->contains(text))
        t_exivMessages->append(text);
}

void installHandlerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::LogMsg::setHandler(exivLogHandler);
        Exiv2::XmpParser::initialize();
#ifdef EXV_ENABLE_BMFF
        Exiv2::enableBMFF(true);
#endif
    });
}

// Collects Exiv2's warnings for the current thread while alive.
class MessageScope
{
public:
    explicit MessageScope(QStringList &messages) { t_exivMessages = &messages; }
    ~MessageScope() { t_exivMessages = nullptr; }
    Q_DISABLE_COPY_MOVE(MessageScope)
};

QString text(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() == 0)
        return {};
    // Camera strings are NUL-padded and space-padded fixed fields.
    QString value = QString::fromUtf8(it->toString().c_str());
    const qsizetype nul = value.indexOf(QChar(0));
    if (nul >= 0)
        value.truncate(nul);
    return value.trimmed();
}

QString xmpText(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    return QString::fromUtf8(it->toString().c_str()).trimmed();
}

std::optional<double> rationalAt(const Exiv2::Exifdatum &datum, long index)
{
    if (datum.count() <= index)
        return std::nullopt;
    const Exiv2::Rational r = datum.toRational(index);
    if (r.second == 0)
        return std::nullopt;
    return double(r.first) / double(r.second);
}

std::optional<double> degrees(const Exiv2::ExifData &exif, const char *key, const char *refKey,
                              char negativeRef)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() < 1)
        return std::nullopt;
    const auto d = rationalAt(*it, 0);
    if (!d)
        return std::nullopt;
    const double m = rationalAt(*it, 1).value_or(0);
    const double s = rationalAt(*it, 2).value_or(0);
    double value = *d + m / 60 + s / 3600;
    const QString ref = text(exif, refKey).toUpper();
    if (ref.startsWith(QLatin1Char(negativeRef)))
        value = -value;
    return value;
}

std::optional<GeoPoint> gpsOf(const Exiv2::ExifData &exif)
{
    const auto lat = degrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S');
    const auto lon = degrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W');
    if (!lat || !lon)
        return std::nullopt;
    GeoPoint point { *lat, *lon, std::nullopt };
    const auto altIt = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitude"));
    if (altIt != exif.end()) {
        if (auto alt = rationalAt(*altIt, 0)) {
            const auto refIt = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitudeRef"));
            if (refIt != exif.end() && refIt->count() > 0 && refIt->toLong() == 1)
                *alt = -*alt; // below sea level
            point.altM = *alt;
        }
    }
    if (!point.isValid())
        return std::nullopt;
    return point;
}

// "2024:07:10 18:30:00" (EXIF) or "2024-07-10T18:30:00+08:00" (XMP).
QDateTime parseLocal(const QString &value)
{
    QDateTime when = QDateTime::fromString(value.left(19), u"yyyy:MM:dd HH:mm:ss"_s);
    if (!when.isValid())
        when = QDateTime::fromString(value, Qt::ISODate);
    if (!when.isValid() || when.date().year() < 1900)
        return {};
    return when;
}

QDateTime gpsTimestamp(const Exiv2::ExifData &exif)
{
    const QDate date = QDate::fromString(text(exif, "Exif.GPSInfo.GPSDateStamp"), u"yyyy:MM:dd"_s);
    const auto it = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSTimeStamp"));
    if (!date.isValid() || it == exif.end())
        return {};
    const auto h = rationalAt(*it, 0), m = rationalAt(*it, 1), s = rationalAt(*it, 2);
    if (!h || !m || !s)
        return {};
    const int msecs = int(std::lround(((*h * 60 + *m) * 60 + *s) * 1000));
    if (msecs < 0 || msecs >= 24 * 3600 * 1000)
        return {};
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(msecs), QTimeZone::utc());
}

// DateTimeOriginal is local time. Its zone comes from OffsetTimeOriginal (EXIF 2.31), else from
// the GPS clock (UTC) when the camera has one, else the computer's time zone is assumed.
QDateTime creationTime(const Exiv2::ExifData &exif)
{
    QDateTime local;
    QString offset;
    for (const auto &[dateKey, offsetKey] :
         { std::pair { "Exif.Photo.DateTimeOriginal", "Exif.Photo.OffsetTimeOriginal" },
           std::pair { "Exif.Photo.DateTimeDigitized", "Exif.Photo.OffsetTimeDigitized" },
           std::pair { "Exif.Image.DateTime", "Exif.Photo.OffsetTime" } }) {
        local = parseLocal(text(exif, dateKey));
        if (local.isValid()) {
            offset = text(exif, offsetKey);
            break;
        }
    }
    if (!local.isValid())
        return {};
    const QDateTime naive(local.date(), local.time(), QTimeZone::utc());
    if (offset.size() == 6 && (offset.at(0) == u'+' || offset.at(0) == u'-')) {
        const int sign = offset.at(0) == u'-' ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60);
        return naive.addSecs(-seconds).toUTC();
    }
    const QDateTime gps = gpsTimestamp(exif);
    if (gps.isValid()) {
        const qint64 diff = gps.secsTo(naive); // local - UTC, rounded to a quarter hour
        const qint64 quarter = 15 * 60;
        const qint64 rounded = (diff >= 0 ? diff + quarter / 2 : diff - quarter / 2) / quarter * quarter;
        if (std::abs(rounded) <= 14 * 3600)
            return naive.addSecs(-rounded).toUTC();
    }
    return QDateTime(local.date(), local.time(), QTimeZone::systemTimeZone()).toUTC();
}

void fillFromExif(const Exiv2::ExifData &exif, ExifFacts &facts)
{
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation != exif.end() && orientation->count() > 0) {
        const long value = orientation->toLong();
        if (value >= 1 && value <= 8)
            facts.orientation = int(value);
    }
    facts.createdAt = creationTime(exif);
    facts.cameraMake = text(exif, "Exif.Image.Make");
    facts.cameraModel = text(exif, "Exif.Image.Model");
    facts.gps = gpsOf(exif);
}

void fillFromXmp(const Exiv2::XmpData &xmp, ExifFacts &facts)
{
    if (!facts.createdAt.isValid()) {
        for (const char *key :
             { "Xmp.exif.DateTimeOriginal", "Xmp.photoshop.DateCreated", "Xmp.xmp.CreateDate" }) {
            const QDateTime when = parseLocal(xmpText(xmp, key));
            if (when.isValid()) {
                facts.createdAt = when.toUTC();
                break;
            }
        }
    }
    if (facts.cameraMake.isEmpty())
        facts.cameraMake = xmpText(xmp, "Xmp.tiff.Make");
    if (facts.cameraModel.isEmpty())
        facts.cameraModel = xmpText(xmp, "Xmp.tiff.Model");
} // Runs `read` with Exiv2's warnings collected into `facts` and its exceptions given to `failed`
// (Exiv2 throws on damaged files; nothing may escape into the caller).
template<typename Read, typename Failed> void guarded(ExifFacts &facts, Read &&read, Failed &&failed)
{
    installHandlerOnce();
    QStringList messages;
    {
        MessageScope scope(messages);
        try {
            read();
        } catch (const std::exception &e) {
            failed(QString::fromUtf8(e.what()));
        }
    }
    for (const QString &message : std::as_const(messages))
        facts.warnings.append(QCoreApplication::translate("ExifReader", "metadata damaged: %1").arg(message));
}

Exiv2::Image::AutoPtr openImage(const QByteArray &path)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(std::string(path.constData(), size_t(path.size())));
    image->readMetadata();
    return image;
}

Exiv2::Image::AutoPtr openImage(const uchar *data, size_t size)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(data, long(std::min<size_t>(size, std::numeric_limits<long>::max())));
    image->readMetadata();
    return image;
}

// The facts of the image `open` returns (an Exiv2::Image::AutoPtr, metadata read).
template<typename Open> ExifFacts readImage(Open &&open)
{
    ExifFacts facts;
    guarded(
        facts,
        [&] {
            const Exiv2::Image::AutoPtr image = open();
            fillFromExif(image->exifData(), facts);
            fillFromXmp(image->xmpData(), facts);
        },
        [&](const QString &what) {
            facts.warnings.append(
                QCoreApplication::translate("ExifReader", "metadata unreadable: %1").arg(what));
        });
    return facts;
}

} // namespace

ExifFacts readFile(const QByteArray &path)
{
    return readImage([&] { return openImage(path); });
}

ExifFacts readData(const uchar *data, size_t size)
{
    return readImage([&] { return openImage(data, size); });
}

ExifFacts readBlock(const uchar *data, size_t size)
{
    ExifFacts facts;
    guarded(
        facts,
        [&] {
            Exiv2::ExifData exif;
            Exiv2::ExifParser::decode(exif, data, uint32_t(std::min<size_t>(size, UINT32_MAX)));
            fillFromExif(exif, facts);
        },
        [&](const QString &what) {
            facts.warnings.append(
                QCoreApplication::translate("ExifReader", "metadata unreadable: %1").arg(what));
        });
    return facts;
}
RawPreview readRaw(const QByteArray &path, int wantedEdge)
{
    RawPreview raw;
    guarded(
        raw.exif,
        [&] {
            const Exiv2::Image::AutoPtr image = openImage(path);
            fillFromExif(image->exifData(), raw.exif);
            fillFromXmp(image->xmpData(), raw.exif);
            raw.width = image->pixelWidth();
            raw.height = image->pixelHeight();
            Exiv2::PreviewManager manager(*image);
            const Exiv2::PreviewPropertiesList previews = manager.getPreviewProperties(); // smallest first
            const Exiv2::PreviewProperties *chosen = nullptr;
            for (const Exiv2::PreviewProperties &properties : previews) {
                if (properties.mimeType_ != "image/jpeg")
                    continue;
                chosen = &properties;
                if (int(std::max(properties.width_, properties.height_)) >= wantedEdge)
                    break;
            }
            if (chosen) {
                const Exiv2::PreviewImage preview = manager.getPreviewImage(*chosen);
                raw.previewJpeg =
                    QByteArray(reinterpret_cast<const char *>(preview.pData()), int(preview.size()));
                if (raw.width <= 0 || raw.height <= 0) {
                    raw.width = int(chosen->width_);
                    raw.height = int(chosen->height_);
                }
            } else {
                raw.error = QCoreApplication::translate("ExifReader", "the RAW file has no embedded preview");
            }
        },
        [&](const QString &what) {
            raw.error =
                QCoreApplication::translate("ExifReader", "not a RAW file Exiv2 can read: %1").arg(what);
        });
    return raw;
}
void orientationToTransform(int orientation, int &rotation, bool &mirrored)
{
    // EXIF 2.32, tag 0x0112: the transform that shows the stored picture upright.
    switch (orientation) {
    case 2:
        rotation = 0;
        mirrored = true;
        break;
    case 3:
        rotation = 180;
        mirrored = false;
        break;
    case 4:
        rotation = 180;
        mirrored = true;
        break;
    case 5:
        rotation = 270;
        mirrored = true;
        break;
    case 6:
        rotation = 90;
        mirrored = false;
        break;
    case 7:
        rotation = 90;
        mirrored = true;
        break;
    case 8:
        rotation = 270;
        mirrored = false;
        break;
    default:
        rotation = 0;
        mirrored = false;
        break;
    }
}

} // namespace ExifReader
