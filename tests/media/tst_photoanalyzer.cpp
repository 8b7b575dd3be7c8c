// Photos as cameras and phones write them: EXIF orientation, local time with and without an
// offset, GPS in the four quadrants, HEIC, and the damage that real cards and transfers produce.

#include "mediaprocessor.h"
#include "testsupport.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace {

QImage posterOf(const MediaPictures &pictures, ThumbnailKind kind = ThumbnailKind::PosterLarge)
{
    for (const Thumbnail &thumbnail : pictures.thumbnails) {
        if (thumbnail.kind == kind)
            return QImage::fromData(thumbnail.jpeg);
    }
    return {};
}

void setExif(const QString &file, const QList<std::pair<const char *, QString>> &tags)
{
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(QFile::encodeName(file).toStdString());
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    for (const auto &[key, value] : tags) {
        const Exiv2::ExifKey exifKey(key);
        Exiv2::Value::AutoPtr v = Exiv2::Value::create(exifKey.defaultTypeId());
        v->read(value.toStdString());
        exif.add(exifKey, v.get());
    }
    image->writeMetadata();
}

// A DNG as a converter writes it without a preview: one IFD of 16-bit RGGB sensor data (a
// gradient with a red left half), the DNG tags LibRaw needs, and no thumbnail or preview.
QByteArray dngWithoutPreview(int width, int height)
{
    QByteArray sensor;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool red = (y % 2 == 0) && (x % 2 == 0), blue = (y % 2 == 1) && (x % 2 == 1);
            const int level = x < width / 2 ? (red ? 3800 : 300) : (red || blue ? 1500 : 1500);
            const quint16 v = quint16(level);
            sensor.append(char(v & 0xff)).append(char(v >> 8));
        }
    }
    struct Entry
    {
        quint16 tag, type;
        quint32 count;
        QByteArray value; // little-endian bytes
    };
    const auto u16 = [](std::initializer_list<int> values) {
        QByteArray out;
        for (const int v : values)
            out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
        return out;
    };
    const auto u32 = [](std::initializer_list<qint64> values) {
        QByteArray out;
        for (const qint64 v : values)
            for (int i = 0; i < 4; ++i)
                out.append(char((v >> (8 * i)) & 0xff));
        return out;
    };
    const QByteArray model("ReelAtlas Test DNG");
    // An identity-like camera matrix (XYZ to camera), as SRATIONALs over 10000.
    const QByteArray matrix = u32({ 10000, 10000, 0, 10000, 0, 10000, 0, 10000, 10000, 10000, 0, 10000, 0,
                                    10000, 0, 10000, 10000, 10000 });
    QList<Entry> entries {
        { 254, 4, 1, u32({ 0 }) }, // NewSubFileType: the main picture
        { 256, 4, 1, u32({ width }) },
        { 257, 4, 1, u32({ height }) },
        { 258, 3, 1, u16({ 16 }) }, // BitsPerSample
        { 259, 3, 1, u16({ 1 }) }, // no compression
        { 262, 3, 1, u16({ 32803 }) }, // CFA
        { 271, 2, 10, QByteArray("ReelAtlas\0", 10) }, // Make
        { 272, 2, quint32(model.size() + 1), model + '\0' }, // Model
        { 273, 4, 1, QByteArray() }, // StripOffsets: filled below
        { 277, 3, 1, u16({ 1 }) }, // SamplesPerPixel
        { 278, 4, 1, u32({ height }) }, // RowsPerStrip
        { 279, 4, 1, u32({ sensor.size() }) }, // StripByteCounts
        { 284, 3, 1, u16({ 1 }) }, // PlanarConfiguration
        { 33421, 3, 2, u16({ 2, 2 }) }, // CFARepeatPatternDim
        { 33422, 1, 4, QByteArray("\0\1\1\2", 4) }, // CFAPattern RGGB
        { 50706, 1, 4, QByteArray("\1\4\0\0", 4) }, // DNGVersion 1.4
        { 50708, 2, quint32(model.size() + 1), model + '\0' }, // UniqueCameraModel
        { 50714, 4, 1, u32({ 0 }) }, // BlackLevel
        { 50717, 4, 1, u32({ 4095 }) }, // WhiteLevel
        { 50721, 10, 9, matrix }, // ColorMatrix1
        { 50778, 3, 1, u16({ 21 }) }, // CalibrationIlluminant1 D65
    };
    const quint32 ifdOffset = 8;
    const quint32 ifdSize = 2 + quint32(entries.size()) * 12 + 4;
    QByteArray extra; // values longer than four bytes, after the IFD
    quint32 extraOffset = ifdOffset + ifdSize;
    const quint32 dataOffset = [&] {
        quint32 size = 0;
        for (const Entry &e : entries)
            if (e.value.size() > 4)
                size += quint32(e.value.size() + (e.value.size() % 2));
        return extraOffset + size;
    }();
    QByteArray ifd = u16({ int(entries.size()) });
    for (Entry &e : entries) {
        if (e.tag == 273)
            e.value = u32({ dataOffset });
        ifd += u16({ e.tag, e.type }) + u32({ e.count });
        if (e.value.size() <= 4) {
            ifd += e.value + QByteArray(4 - e.value.size(), '\0');
        } else {
            ifd += u32({ extraOffset + quint32(extra.size()) });
            extra += e.value;
            if (extra.size() % 2)
                extra += '\0';
        }
    }
    ifd += u32({ 0 });
    return QByteArray("II*\0", 4) + u32({ ifdOffset }) + ifd + extra + sensor;
}

} // namespace

class TestPhotoAnalyzer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MediaProcessor m_processor;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    MediaProcessor::Result process(const QString &name) const
    {
        return m_processor.process(QFile::encodeName(file(name)));
    }

    // A 400x300 JPEG whose top half is white and bottom half black.
    void makeHalfWhite(const QString &name, const QString &box = u"x=0:y=0:w=400:h=150"_s)
    {
        QString error;
        QVERIFY2(TestSupport::ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s,
                                       u"color=c=black:s=400x300,drawbox=%1:color=white:t=fill"_s.arg(box),
                                       u"-frames:v"_s, u"1"_s, file(name) },
                                     &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { QVERIFY(TestSupport::removeTree(QFile::encodeName(m_dir.path()))); }

    void cameraJpeg()
    {
        makeHalfWhite(u"camera.jpg"_s);
        setExif(file(u"camera.jpg"_s),
                { { "Exif.Image.Orientation", u"6"_s },
                  { "Exif.Image.Make", u"Canon"_s },
                  { "Exif.Image.Model", u"EOS R5"_s },
                  { "Exif.Photo.DateTimeOriginal", u"2024:07:10 18:30:00"_s },
                  { "Exif.Photo.OffsetTimeOriginal", u"+08:00"_s },
                  { "Exif.GPSInfo.GPSLatitudeRef", u"S"_s },
                  { "Exif.GPSInfo.GPSLatitude", u"33/1 51/1 2400/100"_s },
                  { "Exif.GPSInfo.GPSLongitudeRef", u"W"_s },
                  { "Exif.GPSInfo.GPSLongitude", u"70/1 38/1 5244/100"_s },
                  { "Exif.GPSInfo.GPSAltitudeRef", u"0"_s },
                  { "Exif.GPSInfo.GPSAltitude", u"5205/10"_s } });
        const auto result = process(u"camera.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        const MediaFacts &f = result.facts;
        QCOMPARE(f.kind, MediaKind::Photo);
        QCOMPARE(f.container, u"jpeg"_s);
        QCOMPARE(f.rotation, 90);
        QCOMPARE(f.width.value_or(0), 300); // upright
        QCOMPARE(f.height.value_or(0), 400);
        QCOMPARE(f.cameraMake, u"Canon"_s);
        QCOMPARE(f.cameraModel, u"EOS R5"_s);
        QCOMPARE(f.createdAt.toString(Qt::ISODate), u"2024-07-10T10:30:00Z"_s);
        QVERIFY(f.gps);
        QVERIFY(std::abs(f.gps->lat - -(33 + 51 / 60.0 + 24 / 3600.0)) < 1e-6);
        QVERIFY(std::abs(f.gps->lon - -(70 + 38 / 60.0 + 52.44 / 3600.0)) < 1e-6);
        QCOMPARE(f.gps->altM.value_or(0), 520.5);
        QVERIFY(!f.formatClass);
        QVERIFY(f.warnings.isEmpty());
        // Turned 90 degrees clockwise: the white top is now on the right.
        const QImage poster = posterOf(result.pictures);
        QCOMPARE(poster.size(), QSize(300, 400));
        QVERIFY(TestSupport::meanLuma(poster, QRect(160, 0, 140, 400)) > 0.9);
        QVERIFY(TestSupport::meanLuma(poster, QRect(0, 0, 140, 400)) < 0.1);
        QCOMPARE(posterOf(result.pictures, ThumbnailKind::Poster).size(), QSize(192, 256));
    }

    void mirroredOrientation()
    {
        makeHalfWhite(u"mirror.jpg"_s, u"x=0:y=0:w=200:h=300"_s); // left half white
        setExif(file(u"mirror.jpg"_s), { { "Exif.Image.Orientation", u"2"_s } });
        const auto result = process(u"mirror.jpg"_s);
        QCOMPARE(result.facts.rotation, 0);
        QVERIFY(result.facts.mirrored);
        const QImage poster = posterOf(result.pictures);
        QVERIFY(TestSupport::meanLuma(poster, QRect(210, 0, 190, 300)) > 0.9);
    }

    void localTimeFromTheGpsClock()
    {
        // No OffsetTimeOriginal (most cameras before 2017): the GPS clock (UTC) gives the zone.
        QString error;
        QVERIFY(TestSupport::makePhoto(file(u"gpsclock.jpg"_s), 320, 240, &error));
        setExif(file(u"gpsclock.jpg"_s),
                { { "Exif.Photo.DateTimeOriginal", u"2024:07:10 18:30:05"_s },
                  { "Exif.GPSInfo.GPSDateStamp", u"2024:07:10"_s },
                  { "Exif.GPSInfo.GPSTimeStamp", u"10/1 30/1 3/1"_s } });
        QCOMPARE(process(u"gpsclock.jpg"_s).facts.createdAt.toString(Qt::ISODate), u"2024-07-10T10:30:05Z"_s);
    }

    void noFixIsNoGps()
    {
        QString error;
        QVERIFY(TestSupport::makePhoto(file(u"nofix.jpg"_s), 320, 240, &error));
        setExif(file(u"nofix.jpg"_s),
                { { "Exif.GPSInfo.GPSLatitudeRef", u"N"_s },
                  { "Exif.GPSInfo.GPSLatitude", u"0/1 0/1 0/1"_s },
                  { "Exif.GPSInfo.GPSLongitudeRef", u"E"_s },
                  { "Exif.GPSInfo.GPSLongitude", u"0/1 0/1 0/1"_s } });
        const auto result = process(u"nofix.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY(!result.facts.gps);
    }

    void corruptExifKeepsThePhoto()
    {
        QString error;
        QVERIFY(TestSupport::makePhoto(file(u"source.jpg"_s), 640, 480, &error));
        const QByteArray jpeg = TestSupport::readFile(file(u"source.jpg"_s));
        // An APP1 Exif segment whose first IFD claims 65535 entries in 40 bytes.
        QByteArray tiff =
            QByteArray("II*\0\x08\0\0\0", 8) + QByteArray("\xff\xff", 2) + QByteArray(40, '\x01');
        QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
        QByteArray segment("\xff\xe1");
        segment.append(char((app1.size() + 2) >> 8)).append(char((app1.size() + 2) & 0xff)).append(app1);
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"corrupt_exif.jpg"_s)),
                                       jpeg.left(2) + segment + jpeg.mid(2)));
        const auto result = process(u"corrupt_exif.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.width.value_or(0), 640);
        QVERIFY(!posterOf(result.pictures).isNull());
        QVERIFY2(result.facts.warnings.join(u' ').contains(u"metadata"_s),
                 qPrintable(result.facts.warnings.join(u' ')));
    }

    void truncatedJpegIsKeptWithAWarning()
    {
        QString error;
        QVERIFY(TestSupport::makePhoto(file(u"big.jpg"_s), 1600, 1200, &error));
        const QByteArray jpeg = TestSupport::readFile(file(u"big.jpg"_s));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(file(u"truncated.jpg"_s)), jpeg.left(jpeg.size() / 3)));
        const auto result = process(u"truncated.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QVERIFY2(result.facts.warnings.join(u' ').contains(u"damaged"_s),
                 qPrintable(result.facts.warnings.join(u' ')));
    }

    void otherFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("encoderArgs");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("bitDepth");
        QTest::newRow("png") << "p.png" << QStringList() << "png" << 8;
        QTest::newRow("16-bit png") << "p16.png" << QStringList { u"-pix_fmt"_s, u"rgb48be"_s } << "png"
                                    << 16;
        QTest::newRow("webp") << "p.webp" << QStringList { u"-c:v"_s, u"libwebp"_s } << "webp" << 8;
        QTest::newRow("tiff") << "p.tif" << QStringList() << "tiff" << 8;
    }

    void otherFormats()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, encoderArgs);
        QFETCH(QString, container);
        QFETCH(int, bitDepth);
        QString error;
        QVERIFY2(TestSupport::ffmpeg(QStringList { u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=s=1600x900"_s,
                                                   u"-frames:v"_s, u"1"_s }
                                         + encoderArgs + QStringList { file(name) },
                                     &error),
                 qPrintable(error));
        const auto result = process(name);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.container, container);
        QCOMPARE(result.facts.width.value_or(0), 1600);
        QCOMPARE(result.facts.height.value_or(0), 900);
        QCOMPARE(result.facts.bitDepth.value_or(0), bitDepth);
        QCOMPARE(posterOf(result.pictures).size(), QSize(1024, 576));
    }

    void heicFromAPhone()
    {
        makeHalfWhite(u"for_heic.jpg"_s);
        setExif(file(u"for_heic.jpg"_s),
                { { "Exif.Image.Make", u"Apple"_s },
                  { "Exif.Image.Model", u"iPhone 15 Pro"_s },
                  { "Exif.Photo.DateTimeOriginal", u"2024:03:01 09:15:00"_s },
                  { "Exif.Photo.OffsetTimeOriginal", u"+08:00"_s } });
        QString error;
        QVERIFY2(TestSupport::run(
                     u"heif-enc"_s,
                     { u"-q"_s, u"50"_s, u"-o"_s, file(u"phone.heic"_s), file(u"for_heic.jpg"_s) }, &error),
                 qPrintable(error));
        const auto result = process(u"phone.heic"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.container, u"heif"_s);
        QCOMPARE(result.facts.width.value_or(0), 400);
        QCOMPARE(result.facts.height.value_or(0), 300);
        QCOMPARE(result.facts.rotation, 0);
        QCOMPARE(result.facts.cameraModel, u"iPhone 15 Pro"_s);
        QCOMPARE(result.facts.createdAt.toString(Qt::ISODate), u"2024-03-01T01:15:00Z"_s);
        const QImage poster = posterOf(result.pictures);
        QCOMPARE(poster.size(), QSize(400, 300));
        QVERIFY(TestSupport::meanLuma(poster, QRect(0, 0, 400, 140)) > 0.85);
    }

    void staleExifOrientationInHeif()
    {
        // heif-enc copies EXIF orientation 6 but stores the pixels as they are (no irot): HEIF
        // readers show them unturned, so the facts must say 0, not 90.
        makeHalfWhite(u"stale.jpg"_s);
        setExif(file(u"stale.jpg"_s), { { "Exif.Image.Orientation", u"6"_s } });
        QString error;
        QVERIFY2(TestSupport::run(u"heif-enc"_s,
                                  { u"-q"_s, u"50"_s, u"-o"_s, file(u"stale.heic"_s), file(u"stale.jpg"_s) },
                                  &error),
                 qPrintable(error));
        const auto result = process(u"stale.heic"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.rotation, 0);
        QCOMPARE(result.facts.width.value_or(0), 400);
    }

    void cameraRawUsesItsEmbeddedPreview()
    {
        // A TIFF-based RAW (as DNG, NEF, ARW, CR2 are): sensor-sized main image, JPEG preview in
        // IFD1, orientation 8 (turn 270 degrees clockwise).
        QString error;
        QVERIFY(TestSupport::ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"color=c=gray:s=640x480"_s,
                                      u"-frames:v"_s, u"1"_s, file(u"raw.tif"_s) },
                                    &error));
        makeHalfWhite(u"preview.jpg"_s);
        {
            Exiv2::Image::AutoPtr image =
                Exiv2::ImageFactory::open(QFile::encodeName(file(u"raw.tif"_s)).toStdString());
            image->readMetadata();
            const QByteArray preview = TestSupport::readFile(file(u"preview.jpg"_s));
            Exiv2::ExifThumb(image->exifData())
                .setJpegThumbnail(reinterpret_cast<const Exiv2::byte *>(preview.constData()),
                                  long(preview.size()));
            image->writeMetadata();
        }
        setExif(file(u"raw.tif"_s),
                { { "Exif.Image.DNGVersion", u"1 4 0 0"_s },
                  { "Exif.Image.Orientation", u"8"_s },
                  { "Exif.Image.Make", u"Canon"_s },
                  { "Exif.Photo.DateTimeOriginal", u"2024:05:05 06:30:00"_s },
                  { "Exif.Photo.OffsetTimeOriginal", u"+08:00"_s } });
        QVERIFY(QFile::rename(file(u"raw.tif"_s), file(u"IMG_0001.DNG"_s)));
        const auto result = process(u"IMG_0001.DNG"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.container, u"dng"_s);
        QCOMPARE(result.facts.rotation, 270);
        QCOMPARE(result.facts.width.value_or(0), 480); // the RAW picture's size, upright
        QCOMPARE(result.facts.height.value_or(0), 640);
        QCOMPARE(result.facts.cameraMake, u"Canon"_s);
        QCOMPARE(result.facts.createdAt.toString(Qt::ISODate), u"2024-05-04T22:30:00Z"_s);
        const QImage poster = posterOf(result.pictures);
        QCOMPARE(poster.size(), QSize(300, 400)); // the 400x300 preview, turned
        QVERIFY(TestSupport::meanLuma(poster, QRect(0, 0, 140, 400))
                > 0.9); // the white top is now on the left
    }

    void rawWithoutPreviewOrNotRaw()
    {
        QString error;
        QVERIFY(TestSupport::ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=s=320x240"_s, u"-frames:v"_s,
                                      u"1"_s, file(u"plain.tif"_s) },
                                    &error));
        QVERIFY(QFile::rename(file(u"plain.tif"_s), file(u"nopreview.NEF"_s)));
        auto result = process(u"nopreview.NEF"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"preview"_s), qPrintable(result.error));
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"random.cr2"_s)),
                                       TestSupport::randomBytes(40'000, 11)));
        result = process(u"random.cr2"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"RAW"_s), qPrintable(result.error));
    }

    void notAPicture()
    {
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"random.jpg"_s)),
                                       TestSupport::randomBytes(50'000, 9)));
        auto result = process(u"random.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(result.error.contains(u"JPEG"_s));
        // A JPEG header and then garbage.
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(file(u"header_only.jpg"_s)),
                                   QByteArray("\xff\xd8\xff\xe0", 4) + TestSupport::randomBytes(5000, 10)));
        result = process(u"header_only.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"header is damaged"_s), qPrintable(result.error));
        // A JPEG's first four bytes alone: cut short, not an "Unknown error".
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"four_bytes.jpg"_s)),
                                       QByteArray("\xff\xd8\xff\xe0", 4)));
        result = process(u"four_bytes.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"ends after 4 byte"_s), qPrintable(result.error));
    }

    void hugeDimensionsAreRefusedWithoutDecoding()
    {
        // A PNG that claims 100000 x 100000 pixels (40 GB decoded) in a few bytes.
        QByteArray ihdr("IHDR");
        char size[8];
        qToBigEndian<quint32>(100000, size);
        qToBigEndian<quint32>(100000, size + 4);
        ihdr.append(size, 8).append(QByteArray("\x08\x02\x00\x00\x00", 5));
        const auto chunk = [](const QByteArray &typeAndData) {
            char length[4];
            qToBigEndian<quint32>(quint32(typeAndData.size() - 4), length);
            char crc[4];
            qToBigEndian<quint32>(0, crc);
            return QByteArray(length, 4) + typeAndData + QByteArray(crc, 4);
        };
        const QByteArray png =
            QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk(ihdr) + chunk("IDAT\x78\x9c") + chunk("IEND");
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"huge.png"_s)), png));
        const auto result = process(u"huge.png"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(!result.error.isEmpty());
    }

    // A JPEG's header can claim any size: 20000 × 15000 (300 MP; a progressive JPEG keeps every
    // coefficient in memory however small it is decoded) is refused before decoding, like PNG.
    void hugeJpegIsRefusedBeforeDecoding()
    {
        QImage small(64, 48, QImage::Format_RGB888);
        small.fill(Qt::gray);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(small.save(&buffer, "JPEG"));
        const qsizetype sof = jpeg.indexOf("\xFF\xC0");
        QVERIFY(sof > 0);
        qToBigEndian<quint16>(15000, jpeg.data() + sof + 5); // height
        qToBigEndian<quint16>(20000, jpeg.data() + sof + 7); // width
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"huge.jpg"_s)), jpeg));
        const auto result = process(u"huge.jpg"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"too large"_s), qPrintable(result.error));
        QCOMPARE(result.facts.width.value_or(0), 20000);
    }

    // JPEG XL (cjxl from libjxl-tools): a JPEG recompressed without loss keeps its EXIF; a
    // picture coded sideways comes out upright; damage is named, not a crash.
    void jpegXl()
    {
        QString error;
        QVERIFY2(TestSupport::makePhoto(file(u"xl.jpg"_s), 640, 480, &error), qPrintable(error));
        setExif(file(u"xl.jpg"_s),
                { { "Exif.Image.Make", u"Canon"_s },
                  { "Exif.Image.Model", u"Canon EOS R5"_s },
                  { "Exif.Photo.DateTimeOriginal", u"2024:07:10 18:30:00"_s } });
        QVERIFY2(TestSupport::run(u"cjxl"_s, { file(u"xl.jpg"_s), file(u"xl.jxl"_s) }, &error),
                 qPrintable(error));
        auto result = process(u"xl.jxl"_s);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.kind, MediaKind::Photo);
        QCOMPARE(result.facts.container, u"jxl"_s);
        QCOMPARE(result.facts.width.value_or(0), 640);
        QCOMPARE(result.facts.height.value_or(0), 480);
        QCOMPARE(result.facts.cameraModel, u"Canon EOS R5"_s);
        QVERIFY(result.facts.createdAt.isValid());
        QCOMPARE(posterOf(result.pictures).size(), QSize(640, 480));

        // Lossless from a PNG: the pixels as they were (a black stripe on the left).
        QImage wide(640, 480, QImage::Format_RGB888);
        wide.fill(Qt::white);
        for (int y = 0; y < 480; ++y)
            for (int x = 0; x < 80; ++x)
                wide.setPixelColor(x, y, Qt::black);
        QVERIFY(wide.save(file(u"wide.png"_s)));
        QVERIFY2(TestSupport::run(u"cjxl"_s,
                                  { file(u"wide.png"_s), file(u"lossless.jxl"_s), u"-d"_s, u"0"_s }, &error),
                 qPrintable(error));
        const QByteArray bytes = TestSupport::readFile(file(u"lossless.jxl"_s));
        result = process(u"lossless.jxl"_s);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.width.value_or(0), 640);
        const QImage poster = posterOf(result.pictures);
        QVERIFY(poster.pixelColor(20, 240).lightness() < 40);
        QVERIFY(poster.pixelColor(400, 240).lightness() > 215);

        // Truncated and random bytes.
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"cut.jxl"_s)), bytes.left(bytes.size() / 3)));
        result = process(u"cut.jxl"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY2(result.error.contains(u"damaged"_s), qPrintable(result.error));
        QVERIFY(TestSupport::writeFile(QFile::encodeName(file(u"noise.jxl"_s)),
                                       QByteArray("\xFF\x0A") + TestSupport::randomBytes(5000, 7)));
        result = process(u"noise.jxl"_s);
        QCOMPARE(result.status, MediaProcessor::Status::Failed);
        QVERIFY(!result.error.isEmpty());
    }

    // Image sequences without a still image (HEIF brand msf1, AVIF brand avis): their pictures
    // are a track, read as a clip.
    void imageSequences_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codec");
        QTest::newRow("heif msf1") << u"burst.heic"_s
                                   << QStringList { u"-c:v"_s,         u"libx265"_s,
                                                    u"-x265-params"_s, u"log-level=error"_s,
                                                    u"-tag:v"_s,       u"hvc1"_s,
                                                    u"-brand"_s,       u"msf1"_s };
        QTest::newRow("avif avis") << u"anim.avif"_s
                                   << QStringList { u"-c:v"_s, u"libaom-av1"_s, u"-cpu-used"_s,
                                                    u"8"_s,    u"-brand"_s,     u"avis"_s };
    }

    void imageSequences()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codec);
        QString error;
        QVERIFY2(TestSupport::ffmpeg(QStringList { u"-f"_s, u"lavfi"_s, u"-i"_s,
                                                   u"testsrc2=size=320x240:rate=10"_s, u"-t"_s, u"1"_s }
                                         + codec + QStringList { u"-f"_s, u"mp4"_s, file(name) },
                                     &error),
                 qPrintable(error));
        const auto result = process(name);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.width.value_or(0), 320);
        QVERIFY(!posterOf(result.pictures).isNull());
    }

    // A DNG without an embedded preview: the sensor data is developed (LibRaw).
    void dngWithoutAPreviewIsDeveloped()
    {
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(file(u"nopreview.dng"_s)), dngWithoutPreview(256, 192)));
        const auto result = process(u"nopreview.dng"_s);
        QVERIFY2(result.status == MediaProcessor::Status::Ok, qPrintable(result.error));
        QCOMPARE(result.facts.container, u"dng"_s);
        QCOMPARE(result.facts.cameraModel, u"ReelAtlas Test DNG"_s);
        const QImage poster = posterOf(result.pictures);
        QVERIFY(!poster.isNull());
        // Red on the left, grey on the right.
        const QColor left = poster.pixelColor(poster.width() / 8, poster.height() / 2);
        const QColor right = poster.pixelColor(poster.width() * 7 / 8, poster.height() / 2);
        QVERIFY2(left.red() > left.green() + 40, qPrintable(left.name()));
        QVERIFY2(std::abs(right.red() - right.green()) < 40, qPrintable(right.name()));
    }

    void chineseAndNonUtf8Names()
    {
        QString error;
        QVERIFY(TestSupport::makePhoto(file(u"海边日落.jpg"_s), 320, 240, &error));
        QCOMPARE(process(u"海边日落.jpg"_s).status, MediaProcessor::Status::Ok);
        const QByteArray gbk = QFile::encodeName(m_dir.path()) + "/\xba\xa3\xb1\xdf.jpg"; // 海边 in GBK
        QVERIFY(TestSupport::writeFile(gbk, TestSupport::readFile(file(u"海边日落.jpg"_s))));
        const auto result = m_processor.process(gbk);
        QCOMPARE(result.status, MediaProcessor::Status::Ok);
        QCOMPARE(result.facts.width.value_or(0), 320);
    }
};

QTEST_GUILESS_MAIN(TestPhotoAnalyzer)
#include "tst_photoanalyzer.moc"
