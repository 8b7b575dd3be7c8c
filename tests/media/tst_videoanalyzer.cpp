// Clips made at test time with the ffmpeg tool, each probing one thing real cameras and phones
// write (or get wrong): rotation, HDR, variable frame rate, interlacing, metadata, damage.

#include "hdrfixtures.h"
#include "mediaprocessor.h"
#include "pictureanalysis.h"
#include "testsupport.h"
#include "videoanalyzer.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;
using TestSupport::ClipSpec;

namespace {

QImage thumbnailOf(const MediaPictures &pictures, ThumbnailKind kind, int *frames = nullptr)
{
    for (const Thumbnail &thumbnail : pictures.thumbnails) {
        if (thumbnail.kind == kind) {
            if (frames)
                *frames = thumbnail.frames;
            return QImage::fromData(thumbnail.jpeg);
        }
    }
    return {};
}

} // namespace

class TestVideoAnalyzer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MediaProcessor m_processor;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    MediaProcessor::Result process(const QString &name) const
    {
        return m_processor.process(QFile::encodeName(file(name)));
    }

    void make(const QString &name, const ClipSpec &spec)
    {
        QString error;
        QVERIFY2(TestSupport::makeClip(file(name), spec, &error), qPrintable(error));
    }

    void ffmpeg(const QStringList &args)
    {
        QString error;
        QVERIFY2(TestSupport::ffmpeg(args, &error), qPrintable(error));
    }

    // The same test pattern as SDR and as HDR (BT.2100, reference white at 203 cd/m2).
    void makeHdr(const QString &name, const QString &transfer)
    {
        ClipSpec spec;
        spec.seconds = 2;
        spec.audio = false;
        spec.videoCodec = u"libx265"_s;
        spec.pixelFormat = u"yuv420p10le"_s;
        spec.source = u"testsrc2=s=320x240:r=25:d=2,zscale=tin=bt709:min=bt709:pin=bt709:rin=limited:t=%1:"
                      "m=bt2020nc:p=bt2020:r=limited:npl=203"_s.arg(transfer);
        spec.extraOutputArgs = { u"-color_primaries"_s, u"bt2020"_s,  u"-color_trc"_s, transfer,
                                 u"-colorspace"_s,      u"bt2020nc"_s };
        make(name, spec);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { QVERIFY(TestSupport::removeTree(QFile::encodeName(m_dir.path()))); }

    void basicClip()
    {
        ClipSpec spec;
        spec.seconds = 4;
        spec.extraOutputArgs = { u"-metadata"_s, u"creation_time=2024-05-01T08:00:00Z"_s };
        make(u"basic.mp4"_s, spec);
        const auto result = process(u"basic.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        const MediaFacts &f = result.facts;
        QCOMPARE(f.kind, MediaKind::Video);
        QCOMPARE(f.container, u"mov"_s);
        QCOMPARE(f.width.value_or(0), 320);
        QCOMPARE(f.height.value_or(0), 240);
        QCOMPARE(f.displayAspect, u"4:3"_s);
        QCOMPARE(f.rotation, 0);
        QCOMPARE(f.fps.value_or(0), 25.0);
        QVERIFY(std::abs(f.durationS.value_or(0) - 4.0) < 0.05);
        QCOMPARE(f.videoCodec, u"h264"_s);
        QCOMPARE(f.pixelFormat, u"yuv420p"_s);
        QCOMPARE(f.bitDepth.value_or(0), 8);
        QCOMPARE(f.hdr, u"none"_s);
        QCOMPARE(f.audioCodec, u"aac"_s);
        QCOMPARE(f.audioSampleRate.value_or(0), 44100);
        QVERIFY(f.bitrateBps.value_or(0) > 0);
        QCOMPARE(f.createdAt, QDateTime(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(!f.gps);
        QCOMPARE(f.formatClass->id, u"sd"_s);

        const QImage poster = thumbnailOf(result.pictures, ThumbnailKind::Poster);
        QCOMPARE(poster.size(), QSize(256, 192));
        // Never enlarged: a 320 px clip gives a 320 px inspector poster.
        QCOMPARE(thumbnailOf(result.pictures, ThumbnailKind::PosterLarge).size(), QSize(320, 240));
        // Four keyframes at full cost when catalogued; the analysis pass makes the full filmstrip.
        int frames = 0;
        const QImage strip = thumbnailOf(result.pictures, ThumbnailKind::Filmstrip, &frames);
        QCOMPARE(frames, 4);
        QCOMPARE(strip.size(), QSize(4 * 256, 192));
        QVERIFY(result.pictures.posterStats);
        QVERIFY(!result.pictures.posterStats->isBlank());
        QVERIFY(result.pictures.posterTimeS.has_value());
    }

    void rotatedPhoneClip_data()
    {
        QTest::addColumn<int>("tag"); // the legacy "rotate" tag written by the muxer
        QTest::addColumn<int>("rotation"); // clockwise degrees to show it upright
        QTest::addColumn<QString>("whiteSide");
        QTest::newRow("rotate=90") << 90 << 270 << "left";
        QTest::newRow("rotate=270") << 270 << 90 << "right";
        QTest::newRow("rotate=180") << 180 << 180 << "bottom";
    }

    void rotatedPhoneClip()
    {
        QFETCH(int, tag);
        QFETCH(int, rotation);
        QFETCH(QString, whiteSide);
        // Coded picture: white top half, black bottom half; the display matrix turns it.
        const QString coded = u"coded_%1.mp4"_s.arg(tag);
        const QString name = u"rotated_%1.mp4"_s.arg(tag);
        ClipSpec spec;
        spec.seconds = 2;
        spec.audio = false;
        spec.source = u"color=c=black:s=320x240:r=25:d=2,drawbox=x=0:y=0:w=320:h=120:color=white:t=fill"_s;
        make(coded, spec);
        ffmpeg({ u"-i"_s, file(coded), u"-c"_s, u"copy"_s, u"-metadata:s:v:0"_s, u"rotate=%1"_s.arg(tag),
                 file(name) });

        const auto result = process(name);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.rotation, rotation);
        const bool sideways = rotation != 180;
        QCOMPARE(result.facts.width.value_or(0), sideways ? 240 : 320);
        QCOMPARE(result.facts.height.value_or(0), sideways ? 320 : 240);
        QCOMPARE(result.facts.displayAspect, sideways ? u"3:4"_s : u"4:3"_s);
        const QImage poster = thumbnailOf(result.pictures, ThumbnailKind::PosterLarge);
        QCOMPARE(poster.size(), sideways ? QSize(240, 320) : QSize(320, 240));
        const int w = poster.width(), h = poster.height();
        const double left = TestSupport::meanLuma(poster, QRect(0, 0, w / 2 - 4, h));
        const double right = TestSupport::meanLuma(poster, QRect(w / 2 + 4, 0, w / 2 - 4, h));
        const double top = TestSupport::meanLuma(poster, QRect(0, 0, w, h / 2 - 4));
        const double bottom = TestSupport::meanLuma(poster, QRect(0, h / 2 + 4, w, h / 2 - 4));
        if (whiteSide == "left"_L1)
            QVERIFY(left > 0.9 && right < 0.1);
        else if (whiteSide == "right"_L1)
            QVERIFY(right > 0.9 && left < 0.1);
        else
            QVERIFY(bottom > 0.9 && top < 0.1);
    }

    void hdrIsToneMapped_data()
    {
        QTest::addColumn<QString>("transfer");
        QTest::addColumn<QString>("hdr");
        QTest::newRow("PQ") << "smpte2084"
                            << "hdr10";
        QTest::newRow("HLG") << "arib-std-b67"
                             << "hlg";
    }

    void hdrIsToneMapped()
    {
        QFETCH(QString, transfer);
        QFETCH(QString, hdr);
        ClipSpec sdr;
        sdr.seconds = 2;
        sdr.audio = false;
        if (!QFile::exists(file(u"sdr.mp4"_s)))
            make(u"sdr.mp4"_s, sdr);
        const QString name = u"hdr_%1.mp4"_s.arg(transfer);
        makeHdr(name, transfer);
        const auto result = process(name);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.hdr, hdr);
        QCOMPARE(result.facts.colorTransfer, transfer);
        QCOMPARE(result.facts.colorPrimaries, u"bt2020"_s);
        QCOMPARE(result.facts.bitDepth.value_or(0), 10);
        QCOMPARE(result.facts.pixelFormat, u"yuv420p10le"_s);
        // Shown as the SDR original would be: a picture converted without tone mapping keeps
        // a quarter to two fifths of the colourfulness and looks washed out.
        const PictureStats reference = *process(u"sdr.mp4"_s).pictures.posterStats;
        const PictureStats mapped = *result.pictures.posterStats;
        QVERIFY2(mapped.colorfulness > 0.6 * reference.colorfulness,
                 qPrintable(u"%1 vs %2"_s.arg(mapped.colorfulness).arg(reference.colorfulness)));
        QVERIFY(std::abs(mapped.brightness - reference.brightness) < 0.15);
    }

    void dolbyVision_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("compatibility");
        QTest::addColumn<bool>("approximateColours");
        QTest::newRow("profile 8.1, HDR10 base layer") << 8 << 1 << false;
        QTest::newRow("profile 5, no compatible base layer") << 5 << 0 << true;
    }

    void dolbyVision()
    {
        QFETCH(int, profile);
        QFETCH(int, compatibility);
        QFETCH(bool, approximateColours);
        const QString name = u"dolby_vision_%1.mp4"_s.arg(profile);
        makeHdr(name, u"smpte2084"_s); // MP4 with moov after mdat, as ffmpeg writes it by default
        QString error;
        QVERIFY2(HdrFixtures::addDolbyVisionConfiguration(file(name), profile, compatibility, &error),
                 qPrintable(error));
        const auto result = process(name);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.hdr, u"dolby_vision"_s);
        QCOMPARE(result.facts.streams.value("dolby_vision_profile"_L1).toInteger(), profile);
        QCOMPARE(result.facts.warnings.join(u' ').contains(u"Dolby Vision"_s), approximateColours);
    }

    void hdr10Plus()
    {
        ClipSpec spec;
        spec.seconds = 2;
        spec.audio = false;
        spec.videoCodec = u"libx265"_s;
        spec.pixelFormat = u"yuv420p10le"_s;
        spec.extraOutputArgs = { u"-color_primaries"_s, u"bt2020"_s,   u"-color_trc"_s, u"smpte2084"_s,
                                 u"-colorspace"_s,      u"bt2020nc"_s, u"-f"_s,         u"hevc"_s };
        make(u"plain.hevc"_s, spec);
        QVERIFY(TestSupport::writeFile(
            QFile::encodeName(file(u"plus.hevc"_s)),
            HdrFixtures::withHdr10PlusSei(TestSupport::readFile(file(u"plain.hevc"_s)))));
        ffmpeg({ u"-f"_s, u"hevc"_s, u"-framerate"_s, u"25"_s, u"-i"_s, file(u"plus.hevc"_s), u"-c"_s,
                 u"copy"_s, u"-tag:v"_s, u"hvc1"_s, file(u"hdr10plus.mp4"_s) });
        auto result = process(u"hdr10plus.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.hdr, u"hdr10plus"_s);
        // The same stream without the SEI is plain HDR10.
        ffmpeg({ u"-f"_s, u"hevc"_s, u"-framerate"_s, u"25"_s, u"-i"_s, file(u"plain.hevc"_s), u"-c"_s,
                 u"copy"_s, u"-tag:v"_s, u"hvc1"_s, file(u"hdr10.mp4"_s) });
        result = process(u"hdr10.mp4"_s);
        QCOMPARE(result.facts.hdr, u"hdr10"_s);
    }

    void hdr4kClass()
    {
        // The verified anchor of DESIGN.md (3840x2160, 50 fps, 10-bit, BT.2020, PQ), as probed.
        ClipSpec spec;
        spec.width = 3840;
        spec.height = 2160;
        spec.fps = 50;
        spec.seconds = 0.2;
        spec.audio = false;
        spec.videoCodec = u"libx265"_s;
        spec.pixelFormat = u"yuv420p10le"_s;
        spec.extraOutputArgs = { u"-color_primaries"_s, u"bt2020"_s,      u"-color_trc"_s,
                                 u"smpte2084"_s,        u"-colorspace"_s, u"bt2020nc"_s };
        make(u"uhd.mov"_s, spec);
        const auto result = process(u"uhd.mov"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(result.facts.formatClass);
        QCOMPARE(result.facts.formatClass->id, u"4k-uhd"_s);
        QCOMPARE(result.facts.formatClass->zh, u"4K超高清"_s);
    }

    void noAudio()
    {
        ClipSpec spec;
        spec.audio = false;
        make(u"silent.mp4"_s, spec);
        const auto result = process(u"silent.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(result.facts.audioCodec.isEmpty());
        QVERIFY(!result.facts.audioChannels);
        QVERIFY(!result.facts.audioSampleRate);
    }

    void audioOnly()
    {
        ffmpeg(
            { u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=d=2"_s, u"-c:a"_s, u"aac"_s, file(u"audio_only.mp4"_s) });
        const auto result = process(u"audio_only.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"only audio"_s), qPrintable(result.error));
        QCOMPARE(result.facts.audioCodec, u"aac"_s); // what was found is kept
    }

    void variableFrameRate()
    {
        // 1 s at 25 fps, then frames 0.1 s apart: what phones write in low light.
        ClipSpec spec;
        spec.audio = false;
        spec.source = u"testsrc2=s=320x240:r=25:d=3,setpts='if(lt(N,25),N*0.04,1+(N-25)*0.1)/TB'"_s;
        spec.extraOutputArgs = { u"-fps_mode"_s, u"vfr"_s };
        spec.seconds = 10;
        make(u"vfr.mp4"_s, spec);
        const auto result = process(u"vfr.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        // The average rate: 75 frames over 5.92 s.
        QVERIFY2(std::abs(result.facts.fps.value_or(0) - 75 / 5.92) < 0.05,
                 qPrintable(QString::number(result.facts.fps.value_or(0))));
        QVERIFY(std::abs(result.facts.durationS.value_or(0) - 5.92) < 0.05);
        QVERIFY(!result.pictures.thumbnails.isEmpty());
    }

    void interlaced()
    {
        ClipSpec spec;
        spec.width = 720;
        spec.height = 576;
        spec.videoCodec = u"mpeg2video"_s;
        spec.audio = false;
        spec.seconds = 2;
        spec.extraOutputArgs = {
            u"-flags"_s, u"+ilme+ildct"_s, u"-top"_s, u"1"_s, u"-field_order"_s, u"tt"_s
        };
        make(u"interlaced.ts"_s, spec);
        const auto result = process(u"interlaced.ts"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.container, u"mpegts"_s);
        QCOMPARE(result.facts.videoCodec, u"mpeg2video"_s);
        QCOMPARE(result.facts.fieldOrder, u"tt"_s);
        QCOMPARE(result.facts.displayAspect, u"5:4"_s);
    }

    void phoneMetadata()
    {
        ClipSpec spec;
        spec.seconds = 2;
        spec.extraOutputArgs = {
            u"-movflags"_s, u"use_metadata_tags"_s,
            u"-metadata"_s, u"com.apple.quicktime.make=Apple"_s,
            u"-metadata"_s, u"com.apple.quicktime.model=iPhone 15 Pro"_s,
            u"-metadata"_s, u"com.apple.quicktime.location.ISO6709=+36.0600+120.3800+012.000/"_s,
            u"-metadata"_s, u"com.apple.quicktime.creationdate=2024-07-10T18:30:00+0800"_s
        };
        make(u"iphone.mov"_s, spec);
        const auto result = process(u"iphone.mov"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.cameraMake, u"Apple"_s);
        QCOMPARE(result.facts.cameraModel, u"iPhone 15 Pro"_s);
        QVERIFY(result.facts.gps);
        QCOMPARE(result.facts.gps->lat, 36.06);
        QCOMPARE(result.facts.gps->lon, 120.38);
        QCOMPARE(result.facts.gps->altM.value_or(0), 12.0);
        // Local time with its offset, stored as UTC.
        QCOMPARE(result.facts.createdAt.toString(Qt::ISODate), u"2024-07-10T10:30:00Z"_s);
    }

    void androidLocationAndNoFix()
    {
        ClipSpec spec;
        spec.seconds = 1;
        spec.extraOutputArgs = { u"-metadata"_s, u"location=+22.5431+114.0579/"_s };
        make(u"android.mp4"_s, spec);
        auto result = process(u"android.mp4"_s);
        QVERIFY(result.facts.gps);
        QCOMPARE(result.facts.gps->lat, 22.5431);
        spec.extraOutputArgs = { u"-metadata"_s, u"location=+00.0000+000.0000/"_s };
        make(u"nofix.mp4"_s, spec);
        result = process(u"nofix.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(!result.facts.gps); // 0,0 is what a camera without a fix writes
    }

    void timecode()
    {
        ClipSpec spec;
        spec.seconds = 1;
        spec.extraOutputArgs = { u"-timecode"_s, u"01:02:03:04"_s };
        make(u"timecode.mov"_s, spec);
        QCOMPARE(process(u"timecode.mov"_s).facts.timecode, u"01:02:03:04"_s);
    }

    void posterSkipsBlackOpening()
    {
        // Three seconds of black (a fade-in, a lens cap), then the picture.
        ClipSpec spec;
        spec.audio = false;
        spec.seconds = 6;
        spec.source =
            u"color=c=black:s=320x240:r=25:d=3[b];testsrc2=s=320x240:r=25:d=3[t];[b][t]concat=n=2:v=1"_s;
        make(u"black_start.mp4"_s, spec);
        const auto result = process(u"black_start.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(!result.pictures.posterStats->isBlank());
        QVERIFY(result.pictures.posterStats->brightness > 0.15);
        QVERIFY(result.pictures.posterTimeS.value_or(0) >= 3.0);
        const QImage poster = thumbnailOf(result.pictures, ThumbnailKind::Poster);
        QVERIFY(TestSupport::meanLuma(poster, poster.rect()) > 0.15);
    }

    // A person chose the frame at a time for the poster: that frame, decoded on from the keyframe
    // before it (one keyframe in the whole clip here), not the keyframe itself.
    void posterAtAChosenTime()
    {
        ClipSpec spec;
        spec.audio = false;
        spec.seconds = 6;
        spec.source = u"color=c=red:s=320x240:r=25:d=2[r];color=c=green:s=320x240:r=25:d=2[g];"
                      "color=c=blue:s=320x240:r=25:d=2[b];[r][g][b]concat=n=3:v=1"_s;
        spec.extraOutputArgs = { u"-g"_s, u"1000"_s, u"-sc_threshold"_s, u"0"_s, u"-bf"_s, u"2"_s };
        make(u"rgb.mp4"_s, spec);
        const auto colourAt = [&](double seconds, double *shownAt = nullptr) {
            MediaOptions options;
            options.posterAtS = seconds;
            const auto result = MediaProcessor(options).process(QFile::encodeName(file(u"rgb.mp4"_s)));
            if (result.status != MediaProcessor::Status::Ok || !result.pictures.posterChosenS)
                return QColor();
            if (shownAt)
                *shownAt = result.pictures.posterTimeS.value_or(-1);
            const QImage large = thumbnailOf(result.pictures, ThumbnailKind::PosterLarge);
            const QImage grid = thumbnailOf(result.pictures, ThumbnailKind::Poster);
            if (large.isNull() || grid.isNull())
                return QColor();
            return large.pixelColor(large.rect().center());
        };
        double shownAt = -1;
        const QColor green = colourAt(3.0, &shownAt);
        QVERIFY2(green.green() > 100 && green.red() < 80 && green.blue() < 80, qPrintable(green.name()));
        QVERIFY2(std::abs(shownAt - 3.0) < 0.05, qPrintable(QString::number(shownAt)));
        const QColor blue = colourAt(5.5);
        QVERIFY2(blue.blue() > 150 && blue.red() < 80 && blue.green() < 80, qPrintable(blue.name()));
        const QColor red = colourAt(0.5);
        QVERIFY2(red.red() > 150 && red.green() < 80, qPrintable(red.name()));
        // Past the end: the last frame.
        const QColor last = colourAt(60, &shownAt);
        QVERIFY2(last.blue() > 150, qPrintable(last.name()));
        QVERIFY(shownAt > 5.8 && shownAt < 6.01);
        // Not asked for: ReelAtlas picks, and says it was not chosen.
        QVERIFY(!process(u"rgb.mp4"_s).pictures.posterChosenS);
    }

    void hugeDimensions()
    {
        // 8K MJPEG: decodes fast, still exercises the big-picture paths.
        ClipSpec spec;
        spec.width = 7680;
        spec.height = 4320;
        spec.fps = 2;
        spec.seconds = 1;
        spec.audio = false;
        spec.videoCodec = u"mjpeg"_s;
        spec.pixelFormat = u"yuvj420p"_s;
        make(u"huge.avi"_s, spec);
        const auto result = process(u"huge.avi"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.width.value_or(0), 7680);
        QCOMPARE(result.facts.formatClass->id, u"8k"_s);
        // Decoded at 1/8 of its size (MJPEG can): the poster is about the inspector's size.
        const QSize poster = thumbnailOf(result.pictures, ThumbnailKind::PosterLarge).size();
        QVERIFY2(poster.width() >= 1024 * 9 / 10 && poster.width() <= 1024
                     && poster.height() * 16 == poster.width() * 9,
                 qPrintable(u"%1x%2"_s.arg(poster.width()).arg(poster.height())));
    }

    // A clip whose stream claims 16000 × 13000 pixels (208 MP): a small MJPEG clip whose sample
    // description and frame header are patched, as a hostile file would be. Refused before a
    // decoder is opened.
    void picturesTooLargeToDecode()
    {
        QImage small(64, 48, QImage::Format_RGB888);
        small.fill(Qt::gray);
        QVERIFY(small.save(file(u"frame.jpg"_s), "JPEG"));
        ffmpeg({ u"-f"_s, u"image2"_s, u"-loop"_s, u"1"_s, u"-framerate"_s, u"2"_s, u"-t"_s, u"1"_s, u"-i"_s,
                 file(u"frame.jpg"_s), u"-c:v"_s, u"copy"_s, file(u"toolarge.mov"_s) });
        QByteArray mov = TestSupport::readFile(file(u"toolarge.mov"_s));
        // The visual sample entry ('jpeg'): width and height 24 bytes after its type.
        const qsizetype entry = mov.indexOf("jpeg", mov.indexOf("stsd"));
        QVERIFY(entry > 0);
        qToBigEndian<quint16>(16000, mov.data() + entry + 28);
        qToBigEndian<quint16>(13000, mov.data() + entry + 30);
        for (qsizetype sof = mov.indexOf("\xFF\xC0"); sof >= 0; sof = mov.indexOf("\xFF\xC0", sof + 2)) {
            qToBigEndian<quint16>(13000, mov.data() + sof + 5);
            qToBigEndian<quint16>(16000, mov.data() + sof + 7);
        }
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"toolarge.mov"_s)), mov));
        const auto result = process(u"toolarge.mov"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"too large"_s), qPrintable(result.error));
    }

    // A short AVCHD clip as some Sony cameras write them: open GOPs, and no frame flagged as a
    // keyframe (no IDR picture, no recovery point). The ffmpeg tool decodes a picture from it;
    // so must we. Made from a longer clip: its middle cut out at transport-packet boundaries,
    // the recovery-point messages taken out.
    void shortOpenGopTransportStream()
    {
        ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=1440x1080:rate=50"_s, u"-t"_s, u"2"_s,
                 u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-x264-params"_s,
                 u"open-gop=1:keyint=25:min-keyint=25:scenecut=0:repeat-headers=1:bframes=3"_s, u"-f"_s,
                 u"mpegts"_s, file(u"avchd-full.mts"_s) });
        const QByteArray full = TestSupport::readFile(file(u"avchd-full.mts"_s));
        const qsizetype packets = full.size() / 188;
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"avchd-cut.mts"_s)),
                                       full.mid(packets * 58 / 100 * 188, (packets * 32 / 100) * 188)));
        ffmpeg({ u"-i"_s, file(u"avchd-cut.mts"_s), u"-c"_s, u"copy"_s, u"-bsf:v"_s,
                 u"filter_units=remove_types=6"_s, u"-f"_s, u"mpegts"_s, file(u"avchd.mts"_s) });
        const auto result = process(u"avchd.mts"_s);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.width.value_or(0), 1440);
        QVERIFY(result.facts.durationS.value_or(0) < 1);
        QVERIFY(!thumbnailOf(result.pictures, ThumbnailKind::PosterLarge).isNull());
    }

    // A Google Pixel motion photo's MP4: the 30 fps clip beside a ~1 fps track of full-size
    // stills. The facts are the clip's.
    void motionPhotoPicksTheMovingTrack()
    {
        ffmpeg({ u"-f"_s,
                 u"lavfi"_s,
                 u"-i"_s,
                 u"testsrc2=size=1280x960:rate=1.1"_s,
                 u"-f"_s,
                 u"lavfi"_s,
                 u"-i"_s,
                 u"testsrc2=size=640x480:rate=30"_s,
                 u"-t"_s,
                 u"2"_s,
                 u"-map"_s,
                 u"0:v"_s,
                 u"-map"_s,
                 u"1:v"_s,
                 u"-c:v"_s,
                 u"libx264"_s,
                 u"-preset"_s,
                 u"ultrafast"_s,
                 u"-disposition:v:0"_s,
                 u"default"_s,
                 u"-disposition:v:1"_s,
                 u"default"_s,
                 file(u"PXL_20240710_MP.mp4"_s) });
        const auto result = process(u"PXL_20240710_MP.mp4"_s);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.width.value_or(0), 640);
        QVERIFY(std::abs(result.facts.fps.value_or(0) - 30) < 0.01);
    }

    // A codec this FFmpeg cannot decode (H.266/VVC in FFmpeg 5.1) is named, not "none".
    void undecodableCodecIsNamed()
    {
        make(u"vvc-source.mp4"_s, ClipSpec());
        QByteArray mp4 = TestSupport::readFile(file(u"vvc-source.mp4"_s));
        const qsizetype entry = mp4.indexOf("avc1", mp4.indexOf("stsd"));
        QVERIFY(entry > 0);
        mp4.replace(entry, 4, "vvc1");
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"vvc.mp4"_s)), mp4));
        const auto result = process(u"vvc.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"vvc"_s) && !result.error.contains(u"none"_s),
                 qPrintable(result.error));
        QCOMPARE(result.facts.videoCodec, u"vvc"_s);
    }

    // The analysis pass over a whole clip: a cut between two scenes and a dissolve, found where
    // they are although most B-frames are not decoded; a damaged or empty file is an error.
    void shotsOfAWholeClip()
    {
        ffmpeg({ u"-f"_s,
                 u"lavfi"_s,
                 u"-i"_s,
                 u"testsrc2=size=640x360:rate=25:duration=2"_s,
                 u"-f"_s,
                 u"lavfi"_s,
                 u"-i"_s,
                 u"mandelbrot=size=640x360:rate=25"_s,
                 u"-f"_s,
                 u"lavfi"_s,
                 u"-i"_s,
                 u"smptehdbars=size=640x360:rate=25:duration=3"_s,
                 u"-filter_complex"_s,
                 u"[1]trim=duration=3,setpts=PTS-STARTPTS[m];[0][m]concat=n=2[a];[a]settb=AVTB[a2];[2]settb="
                 u"AVTB[b];"
                 "[a2][b]xfade=transition=fade:duration=1:offset=4[v]"_s,
                 u"-map"_s,
                 u"[v]"_s,
                 u"-c:v"_s,
                 u"libx264"_s,
                 u"-preset"_s,
                 u"veryfast"_s,
                 u"-pix_fmt"_s,
                 u"yuv420p"_s,
                 file(u"edit.mp4"_s) });
        VideoAnalyzer::ShotScan scan;
        QString error;
        QVERIFY2(VideoAnalyzer().scanShots(QFile::encodeName(file(u"edit.mp4"_s)), scan, error),
                 qPrintable(error));
        QStringList found;
        for (const ShotDetector::Boundary &b : std::as_const(scan.boundaries))
            found.append(QString::number(b.timeS, 'f', 2));
        QCOMPARE(scan.boundaries.size(), 2);
        QVERIFY2(std::abs(scan.boundaries.at(0).timeS - 2.0) <= 0.12, qPrintable(found.join(u' ')));
        QCOMPARE(scan.boundaries.at(0).kind, ShotDetector::Kind::Cut);
        QVERIFY2(std::abs(scan.boundaries.at(1).timeS - 4.5) <= 0.3, qPrintable(found.join(u' ')));
        QVERIFY(scan.durationS > 6.5 && scan.durationS < 7.5); // 2 + 3 s, then 3 s dissolved in over 1
        // The full filmstrip from the same decoding: eight frames at the grid's size, each from
        // its eighth of the clip (the first from the test pattern, the last from the bars).
        QCOMPARE(scan.filmstripFrames, 8);
        QCOMPARE(scan.filmstrip.size(), QSize(8 * 256, 144));
        const QImage first = scan.filmstrip.copy(0, 0, 256, 144),
                     last = scan.filmstrip.copy(7 * 256, 0, 256, 144);
        QVERIFY(first != last);

        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"noise.mp4"_s)),
                                       TestSupport::randomBytes(20000, 3)));
        QVERIFY(!VideoAnalyzer().scanShots(QFile::encodeName(file(u"noise.mp4"_s)), scan, error));
        QVERIFY(!error.isEmpty());
    }

    void truncatedKeepsWhatCanBeRead()
    {
        ClipSpec spec;
        spec.seconds = 8;
        spec.width = 640;
        spec.height = 360;
        spec.extraOutputArgs = { u"-movflags"_s, u"+faststart"_s };
        make(u"whole.mp4"_s, spec);
        const QByteArray bytes = TestSupport::readFile(file(u"whole.mp4"_s));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(file(u"cut.mp4"_s)), bytes.left(bytes.size() * 4 / 10)));
        const auto result = process(u"cut.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(!thumbnailOf(result.pictures, ThumbnailKind::Poster).isNull());
        QVERIFY2(result.facts.warnings.join(u' ').contains(u"truncated"_s),
                 qPrintable(result.facts.warnings.join(u' ')));
    }

    void truncatedBeforeTheIndexFails()
    {
        ClipSpec spec;
        spec.seconds = 3;
        make(u"index_at_end.mp4"_s, spec); // no faststart: the moov atom is written last
        const QByteArray bytes = TestSupport::readFile(file(u"index_at_end.mp4"_s));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(file(u"no_index.mp4"_s)), bytes.left(bytes.size() / 2)));
        const auto result = process(u"no_index.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"moov atom not found"_s), qPrintable(result.error));
    }

    void emptyAndRandomFiles()
    {
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"zero.mp4"_s)), {}));
        auto result = process(u"zero.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(result.error.contains(u"empty"_s));

        for (const QString &name : { u"random.mov"_s, u"random.mts"_s, u"random.mkv"_s, u"random.avi"_s }) {
            QVERIFY(TestSupport::writeFile(QFile::encodeName(file(name)),
                                           TestSupport::randomBytes(256 * 1024, 7)));
            result = process(name);
            QCOMPARE(result.status, MediaProcessor::Status::Failed);
            QVERIFY(!result.error.isEmpty());
        }
    }

    void playlistsCannotReachOtherFiles()
    {
        // An HLS playlist named .mp4 would make a permissive FFmpeg read /etc/passwd.
        QVERIFY(TestSupport::writeFile(
            QFile::encodeName(file(u"playlist.mp4"_s)),
            "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n/etc/passwd\n#EXT-X-ENDLIST\n"));
        const auto result = process(u"playlist.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(result.pictures.thumbnails.isEmpty());
    }

    void vanishedAndSpecialFiles()
    {
        auto result = process(u"not-there.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Vanished);
        QVERIFY(QDir(m_dir.path()).mkdir(u"dir.mp4"_s));
        result = process(u"dir.mp4"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(result.error.contains(u"regular"_s));
    }

    void chineseAndNonUtf8Names()
    {
        ClipSpec spec;
        spec.seconds = 1;
        make(u"源.mp4"_s, spec);
        const QByteArray bytes = TestSupport::readFile(file(u"源.mp4"_s));
        const QByteArray chinese = QFile::encodeName(file(u"山东古镇老街.mp4"_s));
        // "古镇" in GBK, as a Chinese Windows drive spells it: not valid UTF-8.
        const QByteArray gbk = QFile::encodeName(m_dir.path()) + "/\xb9\xc5\xd5\xf2.mp4";
        QVERIFY(TestSupport::writeFile(chinese, bytes));
        QVERIFY(TestSupport::writeFile(gbk, bytes));
        QCOMPARE(m_processor.process(chinese).status, MediaProcessor::Status::Ok);
        const auto result = m_processor.process(gbk);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.width.value_or(0), 320);
    }
};

QTEST_GUILESS_MAIN(TestVideoAnalyzer)
#include "tst_videoanalyzer.moc"
