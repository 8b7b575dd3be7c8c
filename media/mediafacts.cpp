#include "mediafacts.h"

#include "jpeg.h"

#include <QCborArray>

using namespace Qt::StringLiterals;

namespace {

void putString(QCborMap &map, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(key, value);
}

template<typename T> void putOptional(QCborMap &map, const QString &key, const std::optional<T> &value)
{
    if (value)
        map.insert(key, *value);
}

} // namespace

bool GeoPoint::isValid() const
{
    const bool zero = lat == 0 && lon == 0;
    return !zero && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

bool PictureStats::isBlank() const
{
    // Near-black, near-white, or so flat that nothing can be recognised (fades, slates, lens cap).
    return brightness < 0.06 || brightness > 0.96 || contrast < 0.025 || entropy < 2.0;
}

QCborMap MediaFacts::toCbor() const
{
    QCborMap map;
    map.insert(u"kind"_s, kind == MediaKind::Video ? u"video"_s : u"photo"_s);
    putString(map, u"container"_s, container);
    putOptional(map, u"width"_s, width);
    putOptional(map, u"height"_s, height);
    putString(map, u"display_aspect"_s, displayAspect);
    map.insert(u"rotation"_s, rotation);
    if (mirrored)
        map.insert(u"mirrored"_s, true);
    putOptional(map, u"duration_s"_s, durationS);
    putOptional(map, u"fps"_s, fps);
    putString(map, u"video_codec"_s, videoCodec);
    putString(map, u"video_profile"_s, videoProfile);
    putOptional(map, u"bit_depth"_s, bitDepth);
    putString(map, u"pixel_format"_s, pixelFormat);
    putString(map, u"color_primaries"_s, colorPrimaries);
    putString(map, u"color_transfer"_s, colorTransfer);
    putString(map, u"color_space"_s, colorSpace);
    putString(map, u"color_range"_s, colorRange);
    putString(map, u"field_order"_s, fieldOrder);
    if (kind == MediaKind::Video)
        map.insert(u"hdr"_s, hdr);
    putOptional(map, u"bitrate_bps"_s, bitrateBps);
    putString(map, u"audio_codec"_s, audioCodec);
    putOptional(map, u"audio_channels"_s, audioChannels);
    putOptional(map, u"audio_sample_rate"_s, audioSampleRate);
    putString(map, u"timecode"_s, timecode);
    if (createdAt.isValid())
        map.insert(u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate));
    putString(map, u"camera_make"_s, cameraMake);
    putString(map, u"camera_model"_s, cameraModel);
    if (gps && gps->isValid()) {
        map.insert(u"gps_lat"_s, gps->lat);
        map.insert(u"gps_lon"_s, gps->lon);
        putOptional(map, u"gps_alt_m"_s, gps->altM);
    }
    if (formatClass) {
        map.insert(u"format_class"_s, formatClass->id);
        map.insert(u"format_class_zh"_s, formatClass->zh);
        map.insert(u"format_class_en"_s, formatClass->en);
    }
    if (!warnings.isEmpty())
        map.insert(u"warnings"_s, QCborArray::fromStringList(warnings));
    if (!streams.isEmpty())
        map.insert(u"media"_s, streams);
    return map;
}

void MediaPictures::add(ThumbnailKind kind, const QImage &image, int quality, int frames)
{
    const QByteArray jpeg = Jpeg::encode(image, quality);
    if (jpeg.isEmpty())
        return;
    thumbnails.append(Thumbnail { kind, jpeg, image.width(), image.height(), frames });
}

QCborMap MediaPictures::toCbor() const
{
    QCborMap map;
    QCborArray list;
    for (const Thumbnail &thumbnail : thumbnails) {
        QCborMap item;
        item.insert(u"kind"_s, int(thumbnail.kind));
        item.insert(u"jpeg"_s, thumbnail.jpeg);
        item.insert(u"width"_s, thumbnail.width);
        item.insert(u"height"_s, thumbnail.height);
        item.insert(u"frames"_s, thumbnail.frames);
        list.append(item);
        if (thumbnail.kind == ThumbnailKind::Filmstrip)
            map.insert(u"filmstrip_frames"_s, thumbnail.frames);
    }
    map.insert(u"thumbnails"_s, list);
    putOptional(map, u"poster_time_s"_s, posterTimeS);
    putOptional(map, u"poster_chosen_s"_s, posterChosenS);
    if (posterStats) {
        const PictureStats &s = *posterStats;
        map.insert(u"sharpness"_s, s.sharpness);
        map.insert(u"brightness"_s, s.brightness);
        map.insert(u"contrast"_s, s.contrast);
        map.insert(u"colorfulness"_s, s.colorfulness);
        map.insert(u"dominant_colors"_s, QCborArray::fromStringList(s.dominantColors));
        // hex keeps all 64 bits portable (SQLite and JSON integers are signed / doubles)
        map.insert(u"phash"_s, u"%1"_s.arg(s.phash, 16, 16, QLatin1Char('0')));
    }
    return map;
}
