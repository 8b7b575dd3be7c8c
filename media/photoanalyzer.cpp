#include "photoanalyzer.h"

#include "exifreader.h"
#include "pictureanalysis.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QTransform>

#include <libheif/heif.h>

#include <fcntl.h>
#include <memory>
#include <mutex>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Largest picture decoded, at any size (PNG, TIFF, WebP and HEIF have no reduced-size decoding;
// JPEG's keeps a progressive picture's every coefficient in memory).
constexpr qint64 kMaxPixels = kMaxPicturePixels;
constexpr int kAllocationLimitMb = 1024;

bool withinPixelCap(int width, int height, QString &error)
{
    if (qint64(width) * height <= kMaxPixels)
        return true;
    error = PhotoAnalyzer::tr("the picture is too large to make a thumbnail (%1 × %2 pixels)")
                .arg(width)
                .arg(height);
    return false;
}

struct HeifContextFree
{
    void operator()(heif_context *ctx) const { heif_context_free(ctx); }
};
struct HeifHandleRelease
{
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};
struct HeifImageRelease
{
    void operator()(heif_image *image) const { heif_image_release(image); }
};

// Qt's image plugins report recoverable damage (libjpeg's "Premature end of JPEG file", ...) only
// through qWarning while still returning a picture; collect those messages for the asset.
thread_local QStringList *t_decoderMessages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void decoderMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_decoderMessages && (type == QtWarningMsg || type == QtCriticalMsg)) {
        const QString text = message.trimmed();
        if (!text.isEmpty() && t_decoderMessages->size() < 4 && !t_decoderMessages->contains(text))
            t_decoderMessages->append(text);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class DecoderMessageScope
{
public:
    explicit DecoderMessageScope(QStringList &messages)
    {
        static std::once_flag once;
        std::call_once(once, [] { g_previousHandler = qInstallMessageHandler(decoderMessageHandler); });
        t_decoderMessages = &messages;
    }
    ~DecoderMessageScope() { t_decoderMessages = nullptr; }
    Q_DISABLE_COPY_MOVE(DecoderMessageScope)
};

QImage fitWithin(const QImage &image, int maxEdge)
{
    if (image.width() <= maxEdge && image.height() <= maxEdge)
        return image;
    return image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage upright(const QImage &image, int rotation, bool mirrored)
{
    QImage out = mirrored ? image.mirrored(true, false) : image;
    if (rotation != 0)
        out = out.transformed(QTransform().rotate(rotation));
    return out;
}

void applyExif(const ExifFacts &exif, MediaFacts &facts)
{
    facts.createdAt = exif.createdAt;
    facts.cameraMake = exif.cameraMake;
    facts.cameraModel = exif.cameraModel;
    facts.gps = exif.gps;
    facts.warnings += exif.warnings;
}

} // namespace

PhotoAnalyzer::PhotoAnalyzer(const MediaOptions &options)
    : m_options(options)
{
}

QString PhotoAnalyzer::sniffFormat(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return u"jpeg"_s;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return u"png"_s;
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return u"tiff"_s;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return u"webp"_s;
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp") {
        const QByteArray brand = head.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            return u"avif"_s;
        static const QByteArrayList heifBrands { "heic", "heix", "heim", "heis",
                                                 "hevc", "hevx", "mif1", "msf1" };
        if (heifBrands.contains(brand))
            return u"heif"_s;
    }
    return {};
}

bool PhotoAnalyzer::analyze(const QByteArray &path, const QString &format, MediaFacts &facts,
                            MediaPictures &pictures, QString &error)
{
    facts.kind = MediaKind::Photo;
    facts.container = format;
    QImage image;
    const bool decoded = format == "heif"_L1 || format == "avif"_L1
        ? decodeHeif(path, facts, image, error)
        : decodeWithQt(path, format, facts, image, error);
    if (!decoded)
        return false;
    makePictures(image, pictures);
    return true;
}

void PhotoAnalyzer::makePictures(const QImage &upright, MediaPictures &pictures) const
{
    const QImage large = fitWithin(upright, m_options.inspectorSize);
    const QImage small = fitWithin(large, m_options.gridSize);
    pictures.add(ThumbnailKind::Poster, small, m_options.jpegQuality);
    pictures.add(ThumbnailKind::PosterLarge, large, m_options.jpegQuality);
    pictures.posterStats = PictureAnalysis::analyze(small);
}

bool PhotoAnalyzer::analyzeRaw(const QByteArray &path, const QString &format, MediaFacts &facts,
                               MediaPictures &pictures, QString &error)
{
    facts.kind = MediaKind::Photo;
    facts.container = format;
    const ExifReader::RawPreview raw = ExifReader::readRaw(path, m_options.inspectorSize);
    applyExif(raw.exif, facts);
    if (raw.exif.orientation)
        ExifReader::orientationToTransform(*raw.exif.orientation, facts.rotation, facts.mirrored);
    if (raw.width > 0 && raw.height > 0) {
        const bool sideways = facts.rotation == 90 || facts.rotation == 270;
        facts.width = sideways ? raw.height : raw.width;
        facts.height = sideways ? raw.width : raw.height;
    }
    if (!raw.error.isEmpty()) {
        error = raw.error;
        return false;
    }
    QStringList decoderMessages;
    QImage preview;
    {
        QBuffer buffer;
        buffer.setData(raw.previewJpeg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        reader.setDecideFormatFromContent(false);
        const QSize size = reader.size();
        if (size.isValid() && !withinPixelCap(size.width(), size.height(), error))
            return false;
        DecoderMessageScope scope(decoderMessages);
        preview = reader.read();
    }
    if (preview.isNull()) {
        error = tr("the picture data is damaged: %1").arg(decoderMessages.value(0, tr("no pixels")));
        return false;
    }
    // Embedded previews are stored as the sensor saw them: turn them like the picture.
    makePictures(upright(fitWithin(preview, m_options.inspectorSize).convertToFormat(QImage::Format_RGB888),
                         facts.rotation, facts.mirrored),
                 pictures);
    return true;
}
bool PhotoAnalyzer::decodeWithQt(const QByteArray &path, const QString &format, MediaFacts &facts,
                                 QImage &image, QString &error)
{
    const ExifFacts exif = ExifReader::readFile(path);
    applyExif(exif, facts);
    int rotation = 0;
    bool mirrored = false;
    // EXIF orientation applies to JPEG, TIFF and WebP pixels; PNG pixels are stored upright.
    if (exif.orientation && format != "png"_L1)
        ExifReader::orientationToTransform(*exif.orientation, rotation, mirrored);

    // Open by descriptor: the path is raw bytes and need not be valid UTF-8.
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = tr("cannot open: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        error = tr("cannot open: %1").arg(file.errorString());
        return false;
    }
    QImageReader reader(&file, format.toLatin1());
    reader.setAutoTransform(false);
    QImageReader::setAllocationLimit(kAllocationLimitMb); // process-wide in Qt 6.4
    const QSize size = reader.size();
    if (!size.isValid()) {
        error = tr("not a readable %1 image: %2").arg(format.toUpper(), reader.errorString());
        return false;
    }
    const bool sideways = rotation == 90 || rotation == 270;
    facts.width = sideways ? size.height() : size.width();
    facts.height = sideways ? size.width() : size.height();
    facts.rotation = rotation;
    facts.mirrored = mirrored;
    const QImage::Format pixelFormat = reader.imageFormat();
    facts.bitDepth = pixelFormat == QImage::Format_RGBA64 || pixelFormat == QImage::Format_RGBX64
            || pixelFormat == QImage::Format_Grayscale16
        ? 16
        : 8;

    // Before any decoding, JPEG's reduced-size one too: a progressive JPEG keeps every
    // coefficient of the whole picture in memory, whatever size it is decoded to.
    if (!withinPixelCap(size.width(), size.height(), error))
        return false;
    const int maxEdge = m_options.inspectorSize;
    if (format == "jpeg"_L1 && std::max(size.width(), size.height()) > maxEdge) {
        // libjpeg decodes straight to 1/2, 1/4 or 1/8 of the size. Take the smallest fraction that
        // still gives about the inspector size (a 4000 px photo: 1000 px at 1/4, not 2000 px at 1/2
        // scaled down again): ~30 ms instead of ~60 ms for 12 MP.
        const int longEdge = std::max(size.width(), size.height());
        for (const int denominator : { 8, 4, 2 }) {
            if ((longEdge + denominator - 1) / denominator >= maxEdge * 9 / 10) {
                reader.setScaledSize(QSize((size.width() + denominator - 1) / denominator,
                                           (size.height() + denominator - 1) / denominator));
                break;
            }
        }
    } else if (size.width() > maxEdge || size.height() > maxEdge) {
        reader.setScaledSize(size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
    }
    QStringList decoderMessages;
    QImage decoded;
    {
        DecoderMessageScope scope(decoderMessages);
        decoded = reader.read();
    }
    if (decoded.isNull()) {
        error = tr("the picture data is damaged: %1").arg(decoderMessages.value(0, reader.errorString()));
        return false;
    }
    for (const QString &message : std::as_const(decoderMessages))
        facts.warnings.append(tr("the picture data is damaged: %1").arg(message));
    image = upright(decoded.convertToFormat(QImage::Format_RGB888), rotation, mirrored);
    return true;
}

bool PhotoAnalyzer::decodeHeif(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error)
{
    std::unique_ptr<heif_context, HeifContextFree> ctx(heif_context_alloc());
    heif_error err = heif_context_read_from_file(ctx.get(), path.constData(), nullptr);
    if (err.code != heif_error_Ok) {
        error = tr("not a readable HEIF image: %1").arg(QString::fromUtf8(err.message));
        return false;
    }
    heif_image_handle *rawHandle = nullptr;
    err = heif_context_get_primary_image_handle(ctx.get(), &rawHandle);
    if (err.code != heif_error_Ok) {
        error = tr("not a readable HEIF image: %1").arg(QString::fromUtf8(err.message));
        return false;
    }
    std::unique_ptr<heif_image_handle, HeifHandleRelease> handle(rawHandle);

    // EXIF in HEIF: a 4-byte offset to the TIFF header, then the block.
    heif_item_id exifId = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle.get(), "Exif", &exifId, 1) == 1) {
        const size_t size = heif_image_handle_get_metadata_size(handle.get(), exifId);
        QByteArray block(qsizetype(size), Qt::Uninitialized);
        if (size > 4
            && heif_image_handle_get_metadata(handle.get(), exifId, block.data()).code == heif_error_Ok) {
            const auto *bytes = reinterpret_cast<const uchar *>(block.constData());
            const size_t offset = 4
                + ((size_t(bytes[0]) << 24) | (size_t(bytes[1]) << 16) | (size_t(bytes[2]) << 8)
                   | size_t(bytes[3]));
            if (offset < size) {
                const ExifFacts exif = ExifReader::readBlock(bytes + offset, size - offset);
                applyExif(exif, facts);
                if (exif.orientation)
                    ExifReader::orientationToTransform(*exif.orientation, facts.rotation, facts.mirrored);
            }
        }
    }

    // libheif applies the HEIF transforms (irot, imir) itself, and HEIF readers ignore EXIF
    // orientation. The picture was coded sideways exactly when its coded size (ispe) is the
    // transposed display size; EXIF only says which way (encoders that copy EXIF without
    // writing irot leave a stale orientation behind).
    const int width = heif_image_handle_get_width(handle.get());
    const int height = heif_image_handle_get_height(handle.get());
    const bool codedSideways = width != height && heif_image_handle_get_ispe_width(handle.get()) == height
        && heif_image_handle_get_ispe_height(handle.get()) == width;
    const bool exifSideways = facts.rotation == 90 || facts.rotation == 270;
    if (codedSideways != exifSideways) {
        facts.rotation = codedSideways ? 90 : 0;
        facts.mirrored = false;
    }
    facts.width = width;
    facts.height = height;
    const int bits = heif_image_handle_get_luma_bits_per_pixel(handle.get());
    if (bits > 0)
        facts.bitDepth = bits;
    if (!withinPixelCap(width, height, error))
        return false;

    heif_image *rawImage = nullptr;
    err =
        heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB, heif_chroma_interleaved_RGB, nullptr);
    if (err.code != heif_error_Ok) {
        error = tr("the picture data is damaged: %1").arg(QString::fromUtf8(err.message));
        return false;
    }
    std::unique_ptr<heif_image, HeifImageRelease> decoded(rawImage);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(decoded.get(), heif_channel_interleaved, &stride);
    const int w = heif_image_get_width(decoded.get(), heif_channel_interleaved);
    const int h = heif_image_get_height(decoded.get(), heif_channel_interleaved);
    if (!pixels || w <= 0 || h <= 0) {
        error = tr("the picture data is damaged: no pixels");
        return false;
    }
    // Wrap libheif's buffer, then copy while scaling down.
    const QImage view(pixels, w, h, stride, QImage::Format_RGB888);
    image = fitWithin(view, m_options.inspectorSize).copy();
    return true;
}
