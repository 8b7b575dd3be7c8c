#include "videoanalyzer.h"

#include "ffmpegutil.h"
#include "frameconverter.h"
#include "geoparse.h"
#include "peopledetector.h"
#include "pictureanalysis.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>

extern "C" {
#include <libavutil/display.h>
#include <libavutil/dovi_meta.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Demuxers a clip library needs. Everything else is refused before it runs: playlist and
// concatenation formats (hls, concat, ...) would let a hostile file make FFmpeg read other files.
constexpr const char kFormatWhitelist[] =
    "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mpegts,mpeg,mpegvideo,mxf,avi,asf,"
    "flv,dv,h264,hevc,m4v,gxf,nut,ogg,rm,wtv,ivf,obu,mjpeg,vc1,yuv4mpegpipe,"
    "lxf,r3d,mlv,cine";

constexpr int kMaxPacketsPerSample = 3000;
// The analysis pass decodes no smaller than this (long edge) where the codec can reduce: people
// are looked for in its stills.
constexpr int kStillMinEdge = 720;
// Stills taken at sharp changes are at least this far apart (a whip pan or strobe is one, not many).
constexpr double kMinChangeStillGapS = 0.25;

QString containerName(const AVInputFormat *format)
{
    const QString names = QString::fromLatin1(format->name);
    return names.section(u',', 0, 0);
}

QString dictValue(const AVDictionary *dict, const char *key)
{
    const AVDictionaryEntry *entry = av_dict_get(dict, key, nullptr, 0);
    return entry ? QString::fromUtf8(entry->value).trimmed() : QString();
}

QCborMap dictToCbor(const AVDictionary *dict)
{
    QCborMap map;
    const AVDictionaryEntry *entry = nullptr;
    while ((entry = av_dict_get(dict, "", entry, AV_DICT_IGNORE_SUFFIX)) && map.size() < 64) {
        map.insert(QString::fromUtf8(entry->key).left(128), QString::fromUtf8(entry->value).left(1024));
    }
    return map;
}

// Dates in container metadata: "2024-07-10T18:30:00.000000Z" (mvhd creation_time),
// "2024-07-10T18:30:00+0800" (com.apple.quicktime.creationdate), "2024-07-10 18:30:00".
QDateTime parseMetadataDate(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression compactOffset(u"([+-]\\d{2})(\\d{2})$"_s);
    text.replace(compactOffset, u"\\1:\\2"_s);
    text.replace(u' ', u'T');
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z'))
        when.setTimeZone(QTimeZone::utc()); // no zone written: QuickTime and Matroska dates are UTC
    // Cameras without a clock write 1904-01-01 or 1970-01-01 ("zero" in their epoch).
    if (when.date().year() < 1971)
        return {};
    return when.toUTC();
}

double rationalToDouble(AVRational r)
{
    return r.num > 0 && r.den > 0 ? av_q2d(r) : 0.0;
}

QString rationalText(AVRational r)
{
    return u"%1/%2"_s.arg(r.num).arg(r.den);
}

QString colorName(const char *name, bool specified)
{
    return specified && name ? QString::fromLatin1(name) : QString();
}

QString fieldOrderName(AVFieldOrder order)
{
    switch (order) {
    case AV_FIELD_PROGRESSIVE:
        return u"progressive"_s;
    case AV_FIELD_TT:
        return u"tt"_s;
    case AV_FIELD_BB:
        return u"bb"_s;
    case AV_FIELD_TB:
        return u"tb"_s;
    case AV_FIELD_BT:
        return u"bt"_s;
    default:
        return {};
    }
}

// The stream a viewer would see: not cover art, the default one first, then the largest.
// The clip's picture among the file's video tracks: moving pictures before slide shows (a Google
// Pixel motion photo's MP4 has its 30 fps clip beside a ~1 fps track of stills, at full photo
// size), then the default track, then the largest.
AVStream *pickVideoStream(AVFormatContext *fmt)
{
    AVStream *best = nullptr;
    auto rank = [](const AVStream *st) {
        const qint64 area = qint64(st->codecpar->width) * st->codecpar->height;
        double fps = rationalToDouble(st->avg_frame_rate);
        if (fps <= 0)
            fps = rationalToDouble(st->r_frame_rate);
        const bool moving = fps <= 0 || fps >= 5; // unknown counts as moving
        return (moving ? (qint64(1) << 50) : 0)
            + (st->disposition & AV_DISPOSITION_DEFAULT ? (qint64(1) << 40) : 0)
            + std::min<qint64>(area, (qint64(1) << 40) - 1);
    };
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        AVStream *st = fmt->streams[i];
        if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO)
            continue;
        if (st->disposition & (AV_DISPOSITION_ATTACHED_PIC | AV_DISPOSITION_TIMED_THUMBNAILS))
            continue;
        if (!best || rank(st) > rank(best))
            best = st;
    }
    return best;
}

AVStream *firstStreamOfType(AVFormatContext *fmt, AVMediaType type)
{
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        if (fmt->streams[i]->codecpar->codec_type == type)
            return fmt->streams[i];
    }
    return nullptr;
}

// The codec's FFmpeg name; for one this FFmpeg does not know (H.266/VVC in FFmpeg 5.1), what the
// container calls it (its sample entry's four letters), so that people learn what it is.
QString codecName(const AVCodecParameters *par)
{
    if (par->codec_id != AV_CODEC_ID_NONE)
        return QString::fromLatin1(avcodec_get_name(par->codec_id));
    char fourcc[AV_FOURCC_MAX_STRING_SIZE] = {};
    av_fourcc_make_string(fourcc, par->codec_tag);
    const QString tag = QString::fromLatin1(fourcc).trimmed().toLower();
    static const QHash<QString, QString> known {
        { u"vvc1"_s, u"vvc"_s }, { u"vvi1"_s, u"vvc"_s }, { u"evc1"_s, u"evc"_s }, { u"avs3"_s, u"avs3"_s }
    };
    if (const auto it = known.constFind(tag); it != known.cend())
        return *it;
    return par->codec_tag != 0 && !tag.contains(u'[') ? tag : u"unknown"_s;
}

// MP4/MOV and Matroska headers already hold what a probe needs; avformat_find_stream_info would
// decode several frames per stream to learn it again (~30 ms per file).
bool headerIsEnough(AVFormatContext *fmt, const AVStream *video)
{
    const QString name = containerName(fmt->iformat);
    if (name != "mov"_L1 && name != "matroska"_L1)
        return false;
    const AVCodecParameters *par = video->codecpar;
    if (par->codec_id == AV_CODEC_ID_NONE || par->width <= 0 || par->height <= 0)
        return false;
    if (rationalToDouble(video->avg_frame_rate) <= 0 && rationalToDouble(video->r_frame_rate) <= 0)
        return false;
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const AVCodecParameters *p = fmt->streams[i]->codecpar;
        if (p->codec_type == AVMEDIA_TYPE_AUDIO
            && (p->codec_id == AV_CODEC_ID_NONE || p->sample_rate <= 0 || p->ch_layout.nb_channels <= 0))
            return false;
    }
    return true;
}

// The first non-empty value among `keys`, in the container's tags and then in each stream's.
QString firstTag(const AVFormatContext *fmt, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = dictValue(fmt->metadata, key);
        if (!value.isEmpty())
            return value;
    }
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        for (const char *key : keys) {
            const QString value = dictValue(fmt->streams[i]->metadata, key);
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

// Creation time, camera and position from QuickTime/MP4 (mvhd, udta, mdta keys), Matroska and
// MXF tags, as FFmpeg exposes them.
void readMetadata(const AVFormatContext *fmt, MediaFacts &facts)
{
    // The Apple key carries the local offset; mvhd creation_time is UTC but often missing or 0.
    for (const char *key : { "com.apple.quicktime.creationdate", "creation_time", "date", "DATE_RECORDED" }) {
        const QDateTime when = parseMetadataDate(firstTag(fmt, { key }));
        if (when.isValid()) {
            facts.createdAt = when;
            break;
        }
    }
    facts.cameraMake =
        firstTag(fmt, { "com.apple.quicktime.make", "make", "com.android.manufacturer", "manufacturer" });
    facts.cameraModel = firstTag(fmt, { "com.apple.quicktime.model", "model", "com.android.model" });
    if (facts.cameraMake.isEmpty()) {
        // DJI drones and GoPro cameras name themselves in the encoder / handler tags.
        const QString encoder = firstTag(fmt, { "encoder" });
        if (encoder.startsWith("DJI"_L1)) {
            facts.cameraMake = u"DJI"_s;
            if (facts.cameraModel.isEmpty() && encoder.size() > 3)
                facts.cameraModel = encoder.mid(3).trimmed();
        } else if (firstTag(fmt, { "handler_name" }).contains("GoPro"_L1)) {
            facts.cameraMake = u"GoPro"_s;
        }
    }
    for (const char *key : { "com.apple.quicktime.location.ISO6709", "location", "location-eng" }) {
        if (const auto point = GeoParse::fromIso6709(firstTag(fmt, { key }))) {
            facts.gps = point;
            break;
        }
    }
    facts.timecode = firstTag(fmt, { "timecode" });
}

// Clockwise degrees to show the picture upright, from the display matrix (0, 90, 180, 270).
int rotationOf(const AVStream *st, bool &mirrored)
{
    mirrored = false;
    size_t size = 0;
    const uint8_t *data = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!data || size < 9 * sizeof(int32_t))
        return 0;
    int32_t matrix[9];
    memcpy(matrix, data, sizeof matrix);
    // A negative determinant means the picture is also flipped; undo the flip to read the angle.
    const double det = double(matrix[0]) * matrix[4] - double(matrix[1]) * matrix[3];
    if (det < 0) {
        mirrored = true;
        av_display_matrix_flip(matrix, 1, 0);
    }
    const double ccw = av_display_rotation_get(matrix);
    if (std::isnan(ccw))
        return 0;
    int clockwise = int(std::lround(-ccw / 90.0)) * 90;
    clockwise = ((clockwise % 360) + 360) % 360;
    return clockwise;
}

QCborMap streamRecord(const AVStream *st)
{
    const AVCodecParameters *par = st->codecpar;
    QCborMap map;
    map.insert(u"index"_s, st->index);
    map.insert(u"type"_s, QString::fromLatin1(av_get_media_type_string(par->codec_type)));
    map.insert(u"codec"_s, QString::fromLatin1(avcodec_get_name(par->codec_id)));
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        map.insert(u"profile"_s, QString::fromLatin1(profile));
    if (par->codec_tag) {
        char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
        av_fourcc_make_string(tag, par->codec_tag);
        map.insert(u"codec_tag"_s, QString::fromLatin1(tag));
    }
    if (par->bit_rate > 0)
        map.insert(u"bit_rate"_s, qint64(par->bit_rate));
    if (par->codec_type == AVMEDIA_TYPE_VIDEO) {
        map.insert(u"width"_s, par->width);
        map.insert(u"height"_s, par->height);
        if (st->sample_aspect_ratio.num > 0)
            map.insert(u"sample_aspect_ratio"_s, rationalText(st->sample_aspect_ratio));
        map.insert(u"avg_frame_rate"_s, rationalText(st->avg_frame_rate));
        map.insert(u"r_frame_rate"_s, rationalText(st->r_frame_rate));
        if (st->nb_frames > 0)
            map.insert(u"nb_frames"_s, qint64(st->nb_frames));
    } else if (par->codec_type == AVMEDIA_TYPE_AUDIO) {
        map.insert(u"sample_rate"_s, par->sample_rate);
        map.insert(u"channels"_s, par->ch_layout.nb_channels);
        char layout[128] = {};
        if (av_channel_layout_describe(&par->ch_layout, layout, sizeof layout) > 0)
            map.insert(u"channel_layout"_s, QString::fromLatin1(layout));
    }
    map.insert(u"time_base"_s, rationalText(st->time_base));
    if (st->duration != AV_NOPTS_VALUE)
        map.insert(u"duration_s"_s, double(st->duration) * av_q2d(st->time_base));
    if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
        map.insert(u"attached_pic"_s, true);
    const QCborMap tags = dictToCbor(st->metadata);
    if (!tags.isEmpty())
        map.insert(u"tags"_s, tags);
    return map;
}

// `start` + `seconds` in a stream's time base, without overflow whatever a hostile header says.
int64_t streamTimestamp(int64_t start, double seconds, AVRational timeBase)
{
    const double unit = av_q2d(timeBase);
    if (!(unit > 0) || !std::isfinite(seconds))
        return start;
    const double target = double(start) + seconds / unit;
    constexpr double limit = double(int64_t(1) << 62);
    return int64_t(std::clamp(target, -limit, limit));
}

// Reads keyframes out of one video stream.
class KeyframeReader final
{
public:
    KeyframeReader(AVFormatContext *fmt, AVStream *stream, AVCodecContext *decoder)
        : m_fmt(fmt)
        , m_stream(stream)
        , m_decoder(decoder)
        , m_packet(av_packet_alloc())
        , m_frame(av_frame_alloc())
    {
    }

    // The keyframe at or before `ts` (stream time base), or the first one after it when the
    // demuxer can only seek approximately. Null when nothing could be decoded, or when the seek
    // landed on the keyframe decoded last time (then sameAsLast() is true and nothing is decoded:
    // short clips have fewer keyframes than filmstrip slots).
    FramePtr keyframeAt(int64_t ts)
    {
        m_sameAsLast = false;
        // Fast path: send the keyframe alone and drain the decoder, so that exactly one picture
        // is decoded. Some streams (field pairs in separate packets, open GOPs) give nothing that
        // way; then decode forward from the keyframe until a picture comes out.
        if (FramePtr frame = decodeFrom(ts, Start::KeyframeAlone))
            return frame;
        if (m_sameAsLast)
            return {};
        if (m_drainGaveNothing) {
            if (FramePtr frame = decodeFrom(ts, Start::Keyframe))
                return frame;
        }
        // No packet flagged as a keyframe at all: short open-GOP clips (AVCHD .mts from Sony
        // cameras) whose I-frames are neither IDR nor marked as recovery points. Decode forward
        // from wherever the seek landed, as the ffmpeg tool does, until a picture comes out.
        if (!m_sawKeyframe)
            return decodeFrom(ts, Start::AnyPacket);
        return {};
    }

    // The frame shown at `ts` (stream time base): decoded forward from the keyframe before it,
    // the last frame whose time is not after `ts` (the last of the clip when `ts` is past its end;
    // the first after the keyframe when the seek landed late). Null when nothing decodes.
    FramePtr frameAt(int64_t ts)
    {
        m_lastKeyPosition = AV_NOPTS_VALUE; // whatever was decoded before, this is decoded anew
        avcodec_flush_buffers(m_decoder);
        if (!seek(ts))
            return {};
        FramePtr shown;
        bool started = false;
        const auto take = [&] {
            while (receive()) {
                const int64_t pts = m_frame->best_effort_timestamp;
                if (shown && pts != AV_NOPTS_VALUE && pts > ts)
                    return true; // past it: the one before is shown at ts
                shown = takeFrame();
                if (pts != AV_NOPTS_VALUE && pts >= ts)
                    return true;
            }
            return false;
        };
        for (int packets = 0; packets < kMaxPacketsPerSample;) {
            const int ret = av_read_frame(m_fmt, m_packet.get());
            if (ret < 0) {
                if (ret != AVERROR_EOF)
                    m_lastError = ret;
                break;
            }
            if (m_packet->stream_index != m_stream->index
                || (!started && !(m_packet->flags & AV_PKT_FLAG_KEY) && m_sawKeyframe)) {
                av_packet_unref(m_packet.get());
                continue;
            }
            ++packets;
            started = true;
            m_sawKeyframe = m_sawKeyframe || (m_packet->flags & AV_PKT_FLAG_KEY);
            if (avcodec_send_packet(m_decoder, m_packet.get()) < 0)
                m_lastError = AVERROR_INVALIDDATA; // a damaged packet: the next may decode
            av_packet_unref(m_packet.get());
            if (take())
                return shown;
        }
        avcodec_send_packet(m_decoder, nullptr); // the end: what the decoder holds
        take();
        return shown;
    }

    int lastError() const { return m_lastError; }
    bool sameAsLast() const { return m_sameAsLast; }

private:
    bool seek(int64_t ts)
    {
        int ret = av_seek_frame(m_fmt, m_stream->index, ts, AVSEEK_FLAG_BACKWARD);
        if (ret < 0)
            ret = avformat_seek_file(m_fmt, m_stream->index, INT64_MIN, ts, INT64_MAX, 0);
        if (ret < 0)
            m_lastError = ret;
        return ret >= 0;
    }

    bool receive()
    {
        const int ret = avcodec_receive_frame(m_decoder, m_frame.get());
        if (ret == 0)
            return true;
        if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF)
            m_lastError = ret;
        return false;
    }

    FramePtr takeFrame()
    {
        m_lastKeyPosition = m_pendingKeyPosition;
        FramePtr out(av_frame_alloc());
        av_frame_move_ref(out.get(), m_frame.get());
        return out;
    }

    enum class Start {
        KeyframeAlone, // the keyframe, then drain the decoder
        Keyframe, // from the keyframe on
        AnyPacket, // from the first packet on
    };

    FramePtr decodeFrom(int64_t ts, Start start)
    {
        const bool drainAfterKeyframe = start == Start::KeyframeAlone;
        m_drainGaveNothing = false;
        avcodec_flush_buffers(m_decoder);
        // Demuxers seek by keyframes: where none is flagged, a seek lands anywhere, often past
        // the only intra picture. Such a stream is read from its first byte (every slot then
        // shows the first picture that decodes: a poster, if not a filmstrip).
        if (start == Start::AnyPacket ? av_seek_frame(m_fmt, -1, 0, AVSEEK_FLAG_BYTE) < 0 && !seek(0)
                                      : !seek(ts))
            return {};
        bool started = false;
        for (int packets = 0; packets < kMaxPacketsPerSample;) {
            int ret = av_read_frame(m_fmt, m_packet.get());
            if (ret < 0) {
                if (ret != AVERROR_EOF)
                    m_lastError = ret;
                break;
            }
            if (m_packet->stream_index != m_stream->index) {
                av_packet_unref(m_packet.get());
                continue;
            }
            ++packets;
            const bool key = m_packet->flags & AV_PKT_FLAG_KEY;
            m_sawKeyframe = m_sawKeyframe || key;
            if (!started && !key && start != Start::AnyPacket) {
                av_packet_unref(m_packet.get());
                continue;
            }
            if (!started) {
                const int64_t keyPosition = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
                if (keyPosition != AV_NOPTS_VALUE && keyPosition == m_lastKeyPosition) {
                    av_packet_unref(m_packet.get());
                    m_sameAsLast = true;
                    return {};
                }
                m_pendingKeyPosition = keyPosition;
            }
            ret = avcodec_send_packet(m_decoder, m_packet.get());
            av_packet_unref(m_packet.get());
            if (ret < 0) {
                m_lastError = ret; // a damaged packet: try the next keyframe
                if (!started)
                    continue;
            }
            started = true;
            if (receive())
                return takeFrame();
            if (drainAfterKeyframe) {
                avcodec_send_packet(m_decoder, nullptr);
                if (receive())
                    return takeFrame();
                m_drainGaveNothing = true;
                return {};
            }
        }
        if (started) { // end of file or of the packet budget: take what the decoder holds
            avcodec_send_packet(m_decoder, nullptr);
            if (receive())
                return takeFrame();
        }
        return {};
    }

    AVFormatContext *m_fmt;
    AVStream *m_stream;
    AVCodecContext *m_decoder;
    PacketPtr m_packet;
    FramePtr m_frame;
    int m_lastError = 0;
    bool m_drainGaveNothing = false;
    bool m_sameAsLast = false;
    bool m_sawKeyframe = false;
    int64_t m_lastKeyPosition = AV_NOPTS_VALUE;
    int64_t m_pendingKeyPosition = AV_NOPTS_VALUE;
};

struct Sample
{
    int64_t pts = AV_NOPTS_VALUE;
    QImage tile;
    PictureStats stats;
};

QImage filmstripOf(const QList<Sample> &samples)
{
    QList<QImage> tiles;
    for (const Sample &sample : samples)
        tiles.append(sample.tile);
    return VideoAnalyzer::strip(tiles);
}

} // namespace

QImage VideoAnalyzer::strip(const QList<QImage> &tiles)
{
    if (tiles.isEmpty())
        return {};
    const QSize tile = tiles.first().size();
    QImage strip(tile.width() * int(tiles.size()), tile.height(), QImage::Format_RGB888);
    strip.fill(Qt::black);
    QPainter painter(&strip);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (qsizetype i = 0; i < tiles.size(); ++i)
        painter.drawImage(QRect(QPoint(int(i) * tile.width(), 0), tile), tiles.at(i));
    return strip;
}

VideoAnalyzer::VideoAnalyzer(const MediaOptions &options)
    : m_options(options)
{
}

bool VideoAnalyzer::analyze(const QByteArray &path, MediaFacts &facts, MediaPictures &pictures,
                            QString &error)
{
    return analyzeInput(path.constData(), nullptr, facts, pictures, error);
}

bool VideoAnalyzer::analyzeData(QByteArrayView data, MediaFacts &facts, MediaPictures &pictures,
                                QString &error)
{
    const FFmpeg::MemoryInput input(data);
    if (!input.context()) {
        facts.kind = MediaKind::Video;
        error = tr("out of memory");
        return false;
    }
    return analyzeInput("", input.context(), facts, pictures, error);
}

bool VideoAnalyzer::analyzeInput(const char *url, AVIOContext *io, MediaFacts &facts, MediaPictures &pictures,
                                 QString &error)
{
    FFmpeg::LogCapture log;
    facts.kind = MediaKind::Video;
    const auto failWith = [&](const QString &what, int errnum) {
        QString detail = log.firstError();
        const QString ffmpegText = errnum < 0 ? FFmpeg::errorString(errnum) : QString();
        if (detail.isEmpty())
            detail = ffmpegText;
        else if (!ffmpegText.isEmpty() && !detail.contains(ffmpegText, Qt::CaseInsensitive))
            detail += u" ("_s + ffmpegText + u')';
        error = detail.isEmpty() ? what : what + u": "_s + detail;
        return false;
    };

    AVFormatContext *rawFmt = avformat_alloc_context();
    if (!rawFmt)
        return failWith(tr("out of memory"), AVERROR(ENOMEM));
    rawFmt->format_whitelist = av_strdup(kFormatWhitelist);
    if (io) {
        rawFmt->pb = io;
        rawFmt->flags |= AVFMT_FLAG_CUSTOM_IO;
    }
    AVDictionary *openOptions = nullptr;
    av_dict_set(&openOptions, "protocol_whitelist", "file", 0);
    int ret = avformat_open_input(&rawFmt, url, nullptr, &openOptions);
    av_dict_free(&openOptions);
    if (ret < 0) // avformat_open_input frees the context on failure
        return failWith(tr("not a video file FFmpeg can read"), ret);
    FormatContextPtr fmt(rawFmt);

    facts.container = containerName(fmt->iformat);
    AVStream *video = pickVideoStream(fmt.get());
    if (!video || !headerIsEnough(fmt.get(), video)) {
        ret = avformat_find_stream_info(fmt.get(), nullptr);
        if (ret < 0)
            facts.warnings.append(tr("stream details incomplete: %1").arg(FFmpeg::errorString(ret)));
        video = pickVideoStream(fmt.get());
    }

    // Container-level facts.
    if (fmt->duration != AV_NOPTS_VALUE && fmt->duration > 0)
        facts.durationS = double(fmt->duration) / AV_TIME_BASE;
    if (fmt->bit_rate > 0)
        facts.bitrateBps = fmt->bit_rate;
    if (AVStream *audio = firstStreamOfType(fmt.get(), AVMEDIA_TYPE_AUDIO)) {
        facts.audioCodec = QString::fromLatin1(avcodec_get_name(audio->codecpar->codec_id));
        if (audio->codecpar->ch_layout.nb_channels > 0)
            facts.audioChannels = audio->codecpar->ch_layout.nb_channels;
        if (audio->codecpar->sample_rate > 0)
            facts.audioSampleRate = audio->codecpar->sample_rate;
    }
    readMetadata(fmt.get(), facts);

    QCborArray streamList;
    for (unsigned i = 0; i < fmt->nb_streams && i < 32; ++i)
        streamList.append(streamRecord(fmt->streams[i]));
    facts.streams.insert(u"format"_s, QString::fromLatin1(fmt->iformat->name));
    facts.streams.insert(u"streams"_s, streamList);
    const QCborMap formatTags = dictToCbor(fmt->metadata);
    if (!formatTags.isEmpty())
        facts.streams.insert(u"tags"_s, formatTags);

    if (!video) {
        if (!facts.audioCodec.isEmpty())
            return failWith(tr("no picture: the file holds only audio (%1)").arg(facts.audioCodec), 0);
        return failWith(tr("no video stream in the file"), 0);
    }

    // Stream-level facts.
    AVCodecParameters *par = video->codecpar;
    facts.videoCodec = codecName(par);
    if (const char *profile = avcodec_profile_name(par->codec_id, par->profile))
        facts.videoProfile = QString::fromLatin1(profile);
    bool mirrored = false;
    facts.rotation = rotationOf(video, mirrored);
    facts.mirrored = mirrored;
    const bool sideways = facts.rotation == 90 || facts.rotation == 270;
    if (par->width > 0 && par->height > 0) {
        facts.width = sideways ? par->height : par->width;
        facts.height = sideways ? par->width : par->height;
    }
    AVRational sar =
        video->sample_aspect_ratio.num > 0 ? video->sample_aspect_ratio : par->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0)
        sar = AVRational { 1, 1 };
    if (facts.width && facts.height) {
        AVRational dar;
        const int64_t dw = int64_t(sideways ? par->height : par->width) * (sideways ? sar.den : sar.num);
        const int64_t dh = int64_t(sideways ? par->width : par->height) * (sideways ? sar.num : sar.den);
        av_reduce(&dar.num, &dar.den, dw, dh, 1024 * 1024);
        facts.displayAspect = u"%1:%2"_s.arg(dar.num).arg(dar.den);
    }
    double fps = rationalToDouble(video->avg_frame_rate);
    if (fps <= 0)
        fps = rationalToDouble(video->r_frame_rate);
    if (fps > 0 && fps < 10000)
        facts.fps = fps;
    if (!facts.durationS && video->duration != AV_NOPTS_VALUE && video->duration > 0)
        facts.durationS = double(video->duration) * av_q2d(video->time_base);
    if (!facts.bitrateBps && facts.durationS && *facts.durationS > 0 && fmt->pb) {
        const int64_t size = avio_size(fmt->pb);
        if (size > 0)
            facts.bitrateBps = qint64(double(size) * 8 / *facts.durationS);
    }
    if (par->format >= 0)
        facts.pixelFormat = QString::fromLatin1(av_get_pix_fmt_name(AVPixelFormat(par->format)));
    facts.colorPrimaries = colorName(av_color_primaries_name(par->color_primaries),
                                     par->color_primaries != AVCOL_PRI_UNSPECIFIED);
    facts.colorTransfer =
        colorName(av_color_transfer_name(par->color_trc), par->color_trc != AVCOL_TRC_UNSPECIFIED);
    facts.colorSpace =
        colorName(av_color_space_name(par->color_space), par->color_space != AVCOL_SPC_UNSPECIFIED);
    facts.colorRange =
        colorName(av_color_range_name(par->color_range), par->color_range != AVCOL_RANGE_UNSPECIFIED);
    facts.fieldOrder = fieldOrderName(par->field_order);
    bool dolbyVision = false;
    size_t doviSize = 0;
    if (const auto *dovi = reinterpret_cast<const AVDOVIDecoderConfigurationRecord *>(
            av_stream_get_side_data(video, AV_PKT_DATA_DOVI_CONF, &doviSize))) {
        dolbyVision = true;
        facts.streams.insert(u"dolby_vision_profile"_s, dovi->dv_profile);
        if (dovi->dv_bl_signal_compatibility_id == 0)
            facts.warnings.append(tr("Dolby Vision profile %1 without a compatible base layer: the poster's "
                                     "colours are approximate")
                                      .arg(dovi->dv_profile));
    }

    // Decoder.
    const AVCodec *codec = avcodec_find_decoder(par->codec_id);
    if (!codec)
        return failWith(tr("no decoder for the %1 video codec in this FFmpeg build").arg(facts.videoCodec),
                        0);
    if (std::int64_t(par->width) * par->height > kMaxPicturePixels)
        return failWith(
            tr("the picture is too large to decode (%1 × %2 pixels)").arg(par->width).arg(par->height), 0);
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), par) < 0)
        return failWith(tr("out of memory"), AVERROR(ENOMEM));
    // Also for frames whose size changes mid-stream: the decoder refuses to allocate them.
    decoder->max_pixels = kMaxPicturePixels;
    decoder->pkt_timebase = video->time_base;
    decoder->thread_count = 1; // files run in parallel; one thread each is fastest overall
    if (m_options.fastDecode) {
        decoder->skip_loop_filter = AVDISCARD_ALL;
        decoder->flags2 |= AV_CODEC_FLAG2_FAST;
        // Codecs that decode at 1/2, 1/4 or 1/8 of the size (MJPEG, MPEG-1/2/4, DV …) decode no
        // larger than the largest poster needs (as JPEG stills: about the inspector's size).
        const int longEdge = std::max(par->width, par->height);
        for (int lowres = codec->max_lowres; lowres > 0; --lowres) {
            if ((longEdge >> lowres) >= m_options.inspectorSize * 9 / 10) {
                decoder->lowres = lowres;
                break;
            }
        }
    }
    ret = avcodec_open2(decoder.get(), codec, nullptr);
    if (ret < 0)
        return failWith(tr("cannot open the %1 decoder").arg(facts.videoCodec), ret);

    // Sample evenly spaced keyframes: they are the filmstrip and the poster candidates.
    KeyframeReader reader(fmt.get(), video, decoder.get());
    const int slotCount = std::max(1, m_options.keyframes);
    const int64_t start = video->start_time != AV_NOPTS_VALUE ? video->start_time : 0;
    double span = facts.durationS.value_or(0);
    if (video->duration != AV_NOPTS_VALUE && video->duration > 0)
        span = double(video->duration) * av_q2d(video->time_base);
    std::unique_ptr<FrameConverter> converter;
    QList<Sample> samples;
    FramePtr bestFrame;
    int bestIndex = -1;
    int missed = 0;
    bool hdr10plus = false;
    for (int slot = 0; slot < slotCount; ++slot) {
        const double offset = span > 0 ? span * (slot + 0.5) / slotCount : 0.0;
        const int64_t ts = streamTimestamp(start, offset, video->time_base);
        FramePtr frame = reader.keyframeAt(ts);
        if (!frame && reader.sameAsLast() && !samples.isEmpty()) {
            samples.append(samples.last()); // short clip: fewer keyframes than slots
            continue;
        }
        if (!frame) {
            ++missed;
            continue;
        }
        const int64_t pts = frame->best_effort_timestamp;
        if (!converter) {
            // The first picture completes what the container left out.
            if (facts.pixelFormat.isEmpty() && frame->format >= 0)
                facts.pixelFormat = QString::fromLatin1(av_get_pix_fmt_name(AVPixelFormat(frame->format)));
            if (facts.colorPrimaries.isEmpty())
                facts.colorPrimaries = colorName(av_color_primaries_name(frame->color_primaries),
                                                 frame->color_primaries != AVCOL_PRI_UNSPECIFIED);
            if (facts.colorTransfer.isEmpty())
                facts.colorTransfer = colorName(av_color_transfer_name(frame->color_trc),
                                                frame->color_trc != AVCOL_TRC_UNSPECIFIED);
            if (facts.colorSpace.isEmpty())
                facts.colorSpace = colorName(av_color_space_name(frame->colorspace),
                                             frame->colorspace != AVCOL_SPC_UNSPECIFIED);
            if (facts.colorRange.isEmpty())
                facts.colorRange = colorName(av_color_range_name(frame->color_range),
                                             frame->color_range != AVCOL_RANGE_UNSPECIFIED);
            if (facts.fieldOrder.isEmpty())
                facts.fieldOrder = !frame->interlaced_frame ? u"progressive"_s
                    : frame->top_field_first                ? u"tt"_s
                                                            : u"bb"_s;
            Transfer transfer = Transfer::Sdr;
            if (facts.colorTransfer == "smpte2084"_L1)
                transfer = Transfer::Pq;
            else if (facts.colorTransfer == "arib-std-b67"_L1)
                transfer = Transfer::Hlg;
            converter = std::make_unique<FrameConverter>(transfer, facts.rotation, facts.mirrored, sar);
        }
        if (av_frame_get_side_data(frame.get(), AV_FRAME_DATA_DYNAMIC_HDR_PLUS))
            hdr10plus = true;
        Sample sample;
        sample.pts = pts;
        sample.tile = converter->convert(frame.get(), m_options.gridSize);
        if (sample.tile.isNull()) {
            ++missed;
            continue;
        }
        sample.stats = PictureAnalysis::analyze(sample.tile);
        if (bestIndex < 0 || sample.stats.score > samples.at(bestIndex).stats.score) {
            bestIndex = int(samples.size());
            bestFrame = std::move(frame);
        }
        samples.append(sample);
    }

    // Facts that depend on the decoded pictures.
    if (const AVPixFmtDescriptor *desc =
            av_pix_fmt_desc_get(av_get_pix_fmt(facts.pixelFormat.toLatin1().constData())))
        facts.bitDepth = desc->comp[0].depth;
    else if (par->bits_per_raw_sample > 0)
        facts.bitDepth = par->bits_per_raw_sample;
    if (dolbyVision)
        facts.hdr = u"dolby_vision"_s;
    else if (hdr10plus && facts.colorTransfer == "smpte2084"_L1)
        facts.hdr = u"hdr10plus"_s;
    else if (facts.colorTransfer == "smpte2084"_L1)
        facts.hdr = u"hdr10"_s;
    else if (facts.colorTransfer == "arib-std-b67"_L1)
        facts.hdr = u"hlg"_s;

    if (samples.isEmpty())
        return failWith(tr("no picture could be decoded"), reader.lastError());
    if (missed > 0 && missed < slotCount)
        facts.warnings.append(tr("only %1 of %2 sample points could be decoded (the file may be damaged or "
                                 "truncated)")
                                  .arg(slotCount - missed)
                                  .arg(slotCount));

    // A person's choice: the frame shown at that time, decoded in full (with the loop filter:
    // frames decoded on from a keyframe without it drift), not the keyframe before it.
    Sample chosen;
    if (m_options.posterAtS >= 0) {
        decoder->skip_loop_filter = AVDISCARD_DEFAULT;
        if (FramePtr frame = reader.frameAt(streamTimestamp(start, m_options.posterAtS, video->time_base))) {
            chosen.tile = converter->convert(frame.get(), m_options.gridSize);
            if (!chosen.tile.isNull()) {
                chosen.pts = frame->best_effort_timestamp;
                chosen.stats = PictureAnalysis::analyze(chosen.tile);
                bestFrame = std::move(frame);
                pictures.posterChosenS = m_options.posterAtS;
            }
        }
        if (chosen.tile.isNull())
            facts.warnings.append(tr("the frame at %1 s chosen for the poster could not be decoded; the "
                                     "poster is the best sampled frame")
                                      .arg(m_options.posterAtS, 0, 'f', 2));
    }
    const Sample &best = chosen.tile.isNull() ? samples.at(bestIndex) : chosen;
    pictures.add(ThumbnailKind::Poster, best.tile, m_options.jpegQuality);
    pictures.add(ThumbnailKind::PosterLarge, converter->convert(bestFrame.get(), m_options.inspectorSize),
                 m_options.jpegQuality);
    pictures.add(ThumbnailKind::Filmstrip, filmstripOf(samples), m_options.jpegQuality - 10,
                 int(samples.size()));
    pictures.posterStats = best.stats;
    if (best.pts != AV_NOPTS_VALUE)
        pictures.posterTimeS = std::max(0.0, (double(best.pts) - double(start)) * av_q2d(video->time_base));
    return true;
}

bool VideoAnalyzer::scanShots(const QByteArray &path, ShotScan &scan, QString &error)
{
    FFmpeg::LogCapture log;
    AVFormatContext *rawFmt = avformat_alloc_context();
    if (!rawFmt) {
        error = tr("out of memory");
        return false;
    }
    rawFmt->format_whitelist = av_strdup(kFormatWhitelist);
    AVDictionary *openOptions = nullptr;
    av_dict_set(&openOptions, "protocol_whitelist", "file", 0);
    int ret = avformat_open_input(&rawFmt, path.constData(), nullptr, &openOptions);
    av_dict_free(&openOptions);
    if (ret < 0) {
        error = tr("not a video file FFmpeg can read: %1").arg(FFmpeg::errorString(ret));
        return false;
    }
    FormatContextPtr fmt(rawFmt);
    AVStream *video = pickVideoStream(fmt.get());
    if (!video || !headerIsEnough(fmt.get(), video)) {
        avformat_find_stream_info(fmt.get(), nullptr);
        video = pickVideoStream(fmt.get());
    }
    if (!video) {
        error = tr("no video stream in the file");
        return false;
    }
    // Only the picture's packets are read.
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        if (fmt->streams[i] != video)
            fmt->streams[i]->discard = AVDISCARD_ALL;
    }
    AVCodecParameters *par = video->codecpar;
    const AVCodec *codec = avcodec_find_decoder(par->codec_id);
    if (!codec) {
        error = tr("no decoder for the %1 video codec in this FFmpeg build").arg(codecName(par));
        return false;
    }
    if (std::int64_t(par->width) * par->height > kMaxPicturePixels) {
        error = tr("the picture is too large to decode (%1 × %2 pixels)").arg(par->width).arg(par->height);
        return false;
    }
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), par) < 0) {
        error = tr("out of memory");
        return false;
    }
    decoder->pkt_timebase = video->time_base;
    decoder->max_pixels = kMaxPicturePixels;
    decoder->thread_count = 1; // files run in parallel
    // Every frame is looked at small: no deblocking, the codec's shortcuts, and for the codecs
    // that can (MJPEG, MPEG-1/2/4, DV …) decoding at 1/2, 1/4 or 1/8 of the size.
    decoder->skip_loop_filter = AVDISCARD_ALL;
    decoder->flags2 |= AV_CODEC_FLAG2_FAST;
    // Frames no other frame refers to (most B-frames) are not decoded at all: a third to a half
    // of the work, and a cut still shows between the frames that are (encoders start a shot
    // with a reference frame). Measured on the benchmark's 720p H.264 set: 375 -> 526 frames/s,
    // the same boundaries.
    decoder->skip_frame = AVDISCARD_NONREF;
    for (int lowres = codec->max_lowres; lowres > 0; --lowres) {
        // Big enough for the filmstrip and for finding people in the stills.
        if ((std::max(par->width, par->height) >> lowres) >= std::max(m_options.gridSize, kStillMinEdge)) {
            decoder->lowres = lowres;
            break;
        }
    }
    ret = avcodec_open2(decoder.get(), codec, nullptr);
    if (ret < 0) {
        error = tr("cannot open the %1 decoder: %2").arg(codecName(par), FFmpeg::errorString(ret));
        return false;
    }

    double fps = rationalToDouble(video->avg_frame_rate);
    if (fps <= 0 || fps > 1000)
        fps = rationalToDouble(video->r_frame_rate);
    ShotDetector detector(fps);

    // The filmstrip: the first frame decoded at or after each of its evenly spaced times, turned
    // upright and tone-mapped as the posters are.
    double span =
        fmt->duration != AV_NOPTS_VALUE && fmt->duration > 0 ? double(fmt->duration) / AV_TIME_BASE : 0;
    if (video->duration != AV_NOPTS_VALUE && video->duration > 0)
        span = double(video->duration) * av_q2d(video->time_base);
    const int stripFrames = std::max(1, m_options.filmstripFrames);
    bool mirrored = false;
    const int rotation = rotationOf(video, mirrored);
    AVRational sar =
        video->sample_aspect_ratio.num > 0 ? video->sample_aspect_ratio : par->sample_aspect_ratio;
    if (sar.num <= 0 || sar.den <= 0)
        sar = AVRational { 1, 1 };
    const Transfer transfer = par->color_trc == AVCOL_TRC_SMPTE2084 ? Transfer::Pq
        : par->color_trc == AVCOL_TRC_ARIB_STD_B67                  ? Transfer::Hlg
                                                                    : Transfer::Sdr;
    FrameConverter converter(transfer, rotation, mirrored, sar);
    QList<Sample> strip;
    FrameConverter stillConverter(transfer, rotation, mirrored, sar);
    double stillInterval = 1.0;
    double nextStill = 0.5;
    int spacedStills = 0;
    int changeStills = 0;
    double lastChangeStill = -1;
    const auto stripTime = [&](qsizetype slot) { return span * (double(slot) + 0.5) / stripFrames; };
    const PacketPtr packet(av_packet_alloc());
    const FramePtr frame(av_frame_alloc());
    SwsContextPtr scaler;
    uint8_t small[ShotDetector::kWidth * ShotDetector::kHeight * 3];
    const double timeBase = av_q2d(video->time_base);
    const int64_t start = video->start_time != AV_NOPTS_VALUE ? video->start_time : 0;
    double lastTime = 0;
    int damaged = 0;
    const auto take = [&] {
        while (avcodec_receive_frame(decoder.get(), frame.get()) == 0) {
            SwsContext *context = sws_getCachedContext(scaler.release(), frame->width, frame->height,
                                                       AVPixelFormat(frame->format), ShotDetector::kWidth,
                                                       ShotDetector::kHeight, AV_PIX_FMT_RGB24, SWS_AREA,
                                                       nullptr, nullptr, nullptr);
            scaler.reset(context);
            if (!context)
                continue;
            uint8_t *planes[1] = { small };
            const int strides[1] = { ShotDetector::kWidth * 3 };
            sws_scale(context, frame->data, frame->linesize, 0, frame->height, planes, strides);
            const int64_t pts = frame->best_effort_timestamp;
            const double t = pts != AV_NOPTS_VALUE ? double(pts - start) * timeBase
                                                   : lastTime + (fps > 0 ? 1 / fps : 0.04);
            lastTime = std::max(lastTime, t);
            detector.addFrame(t, small, ShotDetector::kWidth, ShotDetector::kHeight,
                              ShotDetector::kWidth * 3);
            if (strip.size() < stripFrames && (span <= 0 || t >= stripTime(strip.size()))) {
                Sample sample;
                sample.tile = converter.convert(frame.get(), m_options.gridSize);
                // A gap in the frames (a long GOP, damage) may pass several times: each shows this.
                while (!sample.tile.isNull() && strip.size() < stripFrames) {
                    strip.append(sample);
                    if (span <= 0 || t < stripTime(strip.size()))
                        break;
                }
            }
            // A still for the spacing, or for a shot that may start here (a short one between
            // two cuts would otherwise have none of its own), not more than a few a second.
            const bool spaced = t >= nextStill;
            const bool atChange = !spaced && changeStills < ShotScan::kMaxStills && detector.changedSharply()
                && t - lastChangeStill >= kMinChangeStillGapS;
            if (spaced || atChange) {
                const QImage picture = stillConverter.convert(frame.get(), PeopleDetector::kPictureEdge);
                if (!picture.isNull())
                    scan.stills.append({ t, picture.convertToFormat(QImage::Format_Grayscale8),
                                         picture.scaled(ShotScan::kShotFrameEdge, ShotScan::kShotFrameEdge,
                                                        Qt::KeepAspectRatio, Qt::SmoothTransformation),
                                         atChange });
                if (atChange) {
                    ++changeStills;
                    lastChangeStill = t;
                } else {
                    nextStill = t + stillInterval;
                    if (++spacedStills > ShotScan::kMaxStills) {
                        // A long clip: half as many spaced stills, twice as far apart.
                        QList<ShotScan::Still> kept;
                        int nth = 0;
                        double lastSpaced = 0;
                        spacedStills = 0;
                        for (ShotScan::Still &still : scan.stills) {
                            if (still.atChange) {
                                kept.append(std::move(still));
                            } else if (nth++ % 2 == 0) {
                                ++spacedStills;
                                lastSpaced = still.timeS;
                                kept.append(std::move(still));
                            }
                        }
                        scan.stills = std::move(kept);
                        stillInterval *= 2;
                        nextStill = lastSpaced + stillInterval;
                    }
                }
            }
            av_frame_unref(frame.get());
        }
    };
    while (av_read_frame(fmt.get(), packet.get()) >= 0) {
        if (packet->stream_index == video->index && avcodec_send_packet(decoder.get(), packet.get()) < 0)
            ++damaged;
        av_packet_unref(packet.get());
        take();
    }
    avcodec_send_packet(decoder.get(), nullptr);
    take();
    if (detector.frameCount() == 0) {
        const QString detail = log.firstError();
        error = detail.isEmpty() ? tr("no picture could be decoded")
                                 : tr("no picture could be decoded") + u": "_s + detail;
        return false;
    }
    if (damaged > 0)
        scan.warnings.append(tr("%n damaged packet(s) passed over", nullptr, damaged));
    scan.boundaries = detector.boundaries();
    scan.frames = detector.frameCount();
    while (!strip.isEmpty() && strip.size() < stripFrames)
        strip.append(strip.last()); // a short clip: the last frame fills the rest
    scan.filmstrip = filmstripOf(strip);
    for (const Sample &sample : std::as_const(strip))
        scan.frameHashes.append(PictureAnalysis::perceptualHash(sample.tile));
    scan.filmstripFrames = int(strip.size());
    scan.durationS = lastTime + (fps > 0 ? 1 / fps : 0);
    return true;
}
