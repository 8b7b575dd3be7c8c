// Makes the fuzz targets' seed inputs and dictionaries at build time (nothing binary is kept in
// the repository; the clips are made by make-media-seeds.sh with the ffmpeg tool):
//
//   reelatlas-fuzz-seeds OUTPUT GOLDEN_TSV TEXT_SEEDS_DIR
//
// OUTPUT/assetquery, recordquery: one query a file: the committed lines of TEXT_SEEDS_DIR, the
//   inputs of the query parser's golden file, and each filter's help examples; with
//   assetquery.dict and recordquery.dict, every filter name (and its aliases) and operator.
// OUTPUT/csv: the sample catalog's records exported as the program exports them (full backup and
//   redacted, with and without a byte order mark), the same in GB18030 and UTF-16, and small
//   files with quotes, line breaks in cells, Chinese headings and damage; csv.dict: the headings.
// OUTPUT/exif: small JPEG, PNG, TIFF and WebP pictures with EXIF (and XMP) written by Exiv2 —
//   orientations, GPS in each hemisphere, below sea level, time zones, GPS clocks — and the same
//   EXIF as bare blocks (a TIFF header and IFDs, as HEIF files carry it).

#include "assetquery.h"
#include "fuzzcatalog.h"
#include "recordexchange.h"
#include "recordquery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStringEncoder>

// Exiv2 0.27's public headers still use std::auto_ptr.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <cstdio>
#include <cstdlib>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "reelatlas-fuzz-seeds: %s\n", qPrintable(what));
    std::exit(1);
}

// Files named by their content (as libFuzzer names its corpus), so that a seed made twice is one.
void writeSeed(const QString &folder, const QByteArray &data)
{
    QDir().mkpath(folder);
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
    QFile file(folder + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        fail(u"cannot write %1"_s.arg(file.fileName()));
}

void writeDictionary(const QString &path, const QStringList &tokens)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(u"cannot write %1"_s.arg(path));
    QSet<QString> seen;
    for (const QString &token : tokens) {
        if (token.isEmpty() || seen.contains(token))
            continue;
        seen.insert(token);
        // libFuzzer's dictionary: "…" with \\ and \" escaped, other bytes as \xNN.
        QByteArray escaped;
        for (const char c : token.toUtf8()) {
            if (c == '"' || c == '\\')
                escaped += '\\' + QByteArray(1, c);
            else if (c >= 0x20 && c < 0x7f)
                escaped += c;
            else
                escaped += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        }
        file.write("\"" + escaped + "\"\n");
    }
}

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot read %1"_s.arg(path));
    QStringList out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            out.append(QString::fromUtf8(line));
    }
    return out;
}

// "tag:天气/晴, tag:海岸" -> the examples; "(an asset's id)" and the like left out.
QStringList examples(const char *help)
{
    QStringList out;
    for (QString example : QString::fromUtf8(help).split(u", "_s)) {
        if (const qsizetype note = example.indexOf(u" ("_s); note > 0)
            example.truncate(note);
        out.append(example);
    }
    return out;
}

const QStringList kOperators { u"<"_s, u"<="_s,  u">"_s,  u">="_s,  u"="_s,    u"!="_s, u".."_s,
                               u"-"_s, u"\""_s,  u"“"_s,  u"”"_s,   u"："_s,   u"－"_s, u"　"_s,
                               u"*"_s, u"AND"_s, u"OR"_s, u"NOT"_s, u"NEAR"_s, u"^"_s,  u"'"_s,
                               u"%"_s, u"_"_s,   u"/"_s,  u","_s,   u"#"_s,    u"km"_s, u"GB"_s };

void querySeeds(const QString &out, const QString &golden, const QString &textSeeds)
{
    QStringList assetQueries = lines(textSeeds + u"/assetquery.txt"_s);
    for (const QString &line : lines(golden))
        assetQueries.append(line.section(u'\t', 0, 0));
    QStringList assetTokens = kOperators;
    for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
        assetQueries += examples(field.help);
        for (const QString &name : QStringList { field.name } + field.aliases)
            assetTokens += { name + u':', name + u"："_s };
    }
    for (const QString &query : std::as_const(assetQueries))
        writeSeed(out + u"/assetquery"_s, query.toUtf8());
    writeDictionary(out + u"/assetquery.dict"_s, assetTokens);

    QStringList recordQueries = lines(textSeeds + u"/recordquery.txt"_s);
    QStringList recordTokens = kOperators;
    for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert }) {
        for (const RecordQueryParser::Filter &filter : RecordQueryParser::filters(kind)) {
            recordQueries += examples(filter.help);
            for (const QString &name : QStringList { filter.name } + filter.aliases)
                recordTokens += { name + u':', name + u"："_s };
        }
    }
    for (const QString &query : std::as_const(recordQueries))
        writeSeed(out + u"/recordquery"_s, query.toUtf8());
    writeDictionary(out + u"/recordquery.dict"_s, recordTokens);
}

QByteArray encoded(const QByteArray &utf8, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        fail(u"Qt cannot write %1"_s.arg(QLatin1StringView(encoding)));
    return encoder.encode(QString::fromUtf8(utf8));
}

void csvSeeds(const QString &out)
{
    const QString folder = out + u"/csv"_s;
    QSqlDatabase db = Fuzz::catalog();
    QStringList headings { u"id"_s, u"coordinates"_s, u"datum"_s, u"confidential"_s };
    for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert }) {
        for (const bool confidential : { true, false }) {
            QString error;
            const auto file = RecordExchange::exportRecords(db, RecordQueryParser::parse(kind, QString()),
                                                            RecordExchange::Format::Csv, confidential,
                                                            !confidential, error);
            if (!file)
                fail(u"cannot export the sample records: "_s + error);
            writeSeed(folder, *file);
            const QByteArray plain = file->startsWith("\xEF\xBB\xBF") ? file->mid(3) : *file;
            writeSeed(folder, encoded(plain, "GB18030"));
            writeSeed(folder, "\xFF\xFE" + encoded(plain, "UTF-16LE"));
            writeSeed(folder, "\xFE\xFF" + encoded(plain, "UTF-16BE"));
        }
        for (const RecordField &field : RecordSchema::fields(kind))
            headings += { field.key, QString::fromUtf8(field.label) };
        headings += RecordExchange::csvHeader(kind, 2, true);
    }
    const QByteArray chinese = u"编号,名称,英文名,类别,城市,坐标,联系人,电话,备注\r\n"
                               "QD-0002,栈桥,Zhanqiao,海岸风光,青岛,\"36.06, 120.32\",王芳,0532-8288 1234,"
                               "\"多行\n备注，含“引号”和 \"\"双引号\"\"\"\r\n"
                               ",,,,,,,,\r\n"
                               "QD-0003,小鱼山,,,青岛,36°03'N 120°19'E,,,'=SUM(A1)\r\n"_s.toUtf8();
    writeSeed(folder, chinese);
    writeSeed(folder, "\xEF\xBB\xBF" + chinese);
    writeSeed(folder, encoded(chinese, "GB18030"));
    writeSeed(folder, "name_zh,lat,lon\nA,36.1,120.4\r\nB,-33.86,151.2\n\n\nC,,\n");
    writeSeed(folder, "code,name_zh\r\nQD-0001,改名\r\nqd-0001,重复\r\n#1,编号\r\n");
    writeSeed(folder,
              "id,name_en,consent_to_publish,languages,expertise\r\n1,Zhang,是,中文、英语,地方史; 建筑\r\n");
    writeSeed(folder, "name_zh,notes\r\n\"unclosed,1\r\nmore,2\r\n"); // a quote never closed
    writeSeed(folder, "name_zh\r\n\xe4\xb8\r\n"); // neither UTF-8 nor GB18030
    writeSeed(folder, QByteArray("name_zh,x\r\nA\0B,1\r\n", 17)); // a NUL byte
    writeDictionary(
        out + u"/csv.dict"_s,
        headings
            + QStringList { u","_s, u"\""_s, u"\"\""_s, u"\r\n"_s, u"'="_s, u"\xFEFF"_s, u"；"_s, u"、"_s });
}

// ---- EXIF

void setRationals(Exiv2::ExifData &exif, const char *key, const char *values)
{
    Exiv2::URationalValue value;
    value.read(values);
    exif.add(Exiv2::ExifKey(key), &value);
}

struct ExifSample
{
    int orientation = 1;
    const char *latRef = "N";
    const char *lat = "36/1 4/1 1200/100";
    const char *lonRef = "E";
    const char *lon = "120/1 22/1 3000/100";
    const char *altitude = "25/1";
    bool belowSea = false;
    const char *offset = "+08:00"; // or nullptr: from the GPS clock
    bool gpsClock = false;
    const char *make = "DJI";
};

Exiv2::ExifData exifOf(const ExifSample &sample)
{
    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = sample.make;
    exif["Exif.Image.Model"] = std::string("FC3582\0\0  ", 10); // NUL- and space-padded, as cameras do
    exif["Exif.Image.Orientation"] = uint16_t(sample.orientation);
    exif["Exif.Image.DateTime"] = "2024:07:10 18:31:00";
    exif["Exif.Photo.DateTimeOriginal"] = "2024:07:10 18:30:00";
    exif["Exif.Photo.DateTimeDigitized"] = "2024:07:10 18:30:00";
    if (sample.offset)
        exif["Exif.Photo.OffsetTimeOriginal"] = sample.offset;
    exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = sample.latRef;
    setRationals(exif, "Exif.GPSInfo.GPSLatitude", sample.lat);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = sample.lonRef;
    setRationals(exif, "Exif.GPSInfo.GPSLongitude", sample.lon);
    Exiv2::Value::AutoPtr altitudeRef = Exiv2::Value::create(Exiv2::unsignedByte);
    altitudeRef->read(sample.belowSea ? "1" : "0");
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitudeRef"), altitudeRef.get());
    setRationals(exif, "Exif.GPSInfo.GPSAltitude", sample.altitude);
    if (sample.gpsClock) {
        exif["Exif.GPSInfo.GPSDateStamp"] = "2024:07:10";
        setRationals(exif, "Exif.GPSInfo.GPSTimeStamp", "10/1 30/1 5/1");
    }
    return exif;
}

QByteArray picture(const char *format)
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QPainter(&image).fillRect(0, 0, 8, 6, QColor(240, 200, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, 50))
        fail(u"Qt cannot write %1"_s.arg(QLatin1StringView(format)));
    return bytes;
}

QByteArray withMetadata(const QByteArray &file, const Exiv2::ExifData &exif, bool xmp)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(file.constData()), long(file.size()));
    image->readMetadata();
    image->setExifData(exif);
    if (xmp) {
        Exiv2::XmpData data;
        data["Xmp.exif.DateTimeOriginal"] = "2024-07-10T18:30:00+08:00";
        data["Xmp.tiff.Make"] = "Apple";
        data["Xmp.tiff.Model"] = "iPhone 15 Pro";
        image->setXmpData(data);
    }
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buffer = io.read(long(io.size()));
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
}

void exifSeeds(const QString &out)
{
    const QString folder = out + u"/exif"_s;
    Exiv2::XmpParser::initialize();
    QList<ExifSample> samples;
    for (int orientation = 1; orientation <= 8; ++orientation) {
        ExifSample sample;
        sample.orientation = orientation;
        samples.append(sample);
    }
    ExifSample south; // Sydney, from the GPS clock, below sea level
    south.latRef = "S";
    south.lat = "33/1 51/1 5400/100";
    south.lonRef = "E";
    south.lon = "151/1 12/1 3600/100";
    south.belowSea = true;
    south.offset = nullptr;
    south.gpsClock = true;
    south.make = "Canon";
    samples.append(south);
    ExifSample west; // New York, no zone at all
    west.lonRef = "W";
    west.lon = "74/1 0/1 2100/100";
    west.offset = nullptr;
    west.make = "SONY";
    samples.append(west);
    ExifSample broken; // zero denominators, a fix at 0,0, a zone that is not one
    broken.lat = "0/1 0/0 0/1";
    broken.lon = "0/1";
    broken.altitude = "1/0";
    broken.offset = "+8";
    samples.append(broken);

    try {
        const QByteArray jpeg = picture("JPEG");
        const QByteArray others[] = { picture("PNG"), picture("TIFF"), picture("WEBP") };
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const Exiv2::ExifData exif = exifOf(samples.at(i));
            writeSeed(folder, withMetadata(jpeg, exif, i % 4 == 0));
            Exiv2::Blob block;
            Exiv2::ExifParser::encode(block, i % 2 ? Exiv2::bigEndian : Exiv2::littleEndian, exif);
            writeSeed(folder,
                      QByteArray(reinterpret_cast<const char *>(block.data()), qsizetype(block.size())));
        }
        for (const QByteArray &file : others)
            writeSeed(folder, withMetadata(file, exifOf(samples.at(5)), true));
        writeSeed(folder, jpeg); // no metadata at all
    } catch (const std::exception &e) {
        fail(u"Exiv2: "_s + QString::fromUtf8(e.what()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        fail(u"usage: reelatlas-fuzz-seeds OUTPUT GOLDEN_TSV TEXT_SEEDS_DIR"_s);
    const QString out = args.at(1);
    querySeeds(out, args.at(2), args.at(3));
    csvSeeds(out);
    exifSeeds(out);
    return 0;
}
