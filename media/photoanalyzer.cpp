#include "photoanalyzer.h"

#include "exifreader.h"
#include "pictureanalysis.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QTransform>
#include <QtEndian>

#include <libheif/heif.h>

#include <climits>
#include <cstring>
#include <fcntl.h>
#include <jxl/decode.h>
#include <jxl/decode_cxx.h>
#include <libraw/libraw.h>
#include <limits>
#include <memory>
#include <mutex>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Largest picture decoded, at any size (PNG, TIFF, WebP and HEIF have no reduced-size decoding;
// JPEG's keeps a progressive picture's every coefficient in memory).
constexpr qint64 kMaxPixels = kMaxPicturePixels;
constexpr int kAllocationLimitMb = 1024;

// EXIF as HEIF and JPEG XL files carry it: a 4-byte offset to the TIFF header, then the block.
ExifFacts exifOfIsoBox(const QByteArray &box)
{
    if (box.size() <= 4)
        return {};
    const quint32 offset = 4 + qFromBigEndian<quint32>(box.constData());
    if (offset >= quint32(box.size()))
        return {};
    return ExifReader::readBlock(reinterpret_cast<const uchar *>(box.constData()) + offset,
                                 size_t(box.size()) - offset);
}

// Opens the file by descriptor: the path is raw bytes and need not be valid UTF-8.
bool openByBytes(const QByteArray &path, QFile &file, QString &error)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = PhotoAnalyzer::tr("cannot open: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        error = PhotoAnalyzer::tr("cannot open: %1").arg(file.errorString());
        return false;
    }
    return true;
}

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
    // JPEG XL: a bare codestream, or the ISO BMFF container.
    if (head.startsWith("\xFF\x0A") || head.startsWith(QByteArrayView("\0\0\0\x0CJXL \r\n\x87\n", 12)))
        return u"jxl"_s;
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

bool PhotoAnalyzer::isImageSequence(const QByteArray &head)
{
    if (head.size() < 16 || head.mid(4, 4) != "ftyp")
        return false;
    const qsizetype boxSize = std::min<qsizetype>(head.size(), qFromBigEndian<quint32>(head.constData()));
    static const QByteArrayList sequenceBrands { "msf1", "hevs", "avcs", "avis" };
    for (qsizetype at = 8; at + 4 <= boxSize; at += 4) {
        if (at != 12 && sequenceBrands.contains(head.mid(at, 4))) // 12: the minor version
            return true;
    }
    return false;
}

bool PhotoAnalyzer::analyze(const QByteArray &path, const QString &format, MediaFacts &facts,
                            MediaPictures &pictures, QString &error)
{
    facts.kind = MediaKind::Photo;
    facts.container = format;
    QImage image;
    const bool decoded = format == "heif"_L1 || format == "avif"_L1 ? decodeHeif(path, facts, image, error)
        : format == "jxl"_L1                                        ? decodeJxl(path, facts, image, error)
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
    if (raw.previewJpeg.isEmpty()) {
        // No embedded preview (DNG files from converters that leave it out): develop the sensor
        // data itself, at half size.
        QImage developed;
        QString developError;
        if (!developRaw(path, facts, developed, developError)) {
            error = raw.error.isEmpty() ? developError : raw.error + u"; "_s + developError;
            return false;
        }
        makePictures(upright(developed, facts.rotation, facts.mirrored), pictures);
        return true;
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

    QFile file;
    if (!openByBytes(path, file, error))
        return false;
    QImageReader reader(&file, format.toLatin1());
    reader.setAutoTransform(false);
    QImageReader::setAllocationLimit(kAllocationLimitMb); // process-wide in Qt 6.4
    const QSize size = reader.size();
    if (!size.isValid()) {
        // Qt's plugins say "Unknown error" when the header ends or makes no sense: say which.
        constexpr qint64 kShortestHeader = 64; // no picture format's header with a size is shorter
        const QString why = reader.error() != QImageReader::UnknownError ? reader.errorString()
            : file.size() < kShortestHeader
            ? tr("the file ends after %n byte(s), before the picture's size", nullptr, int(file.size()))
            : tr("its header is damaged: no picture size found in it");
        error = tr("not a readable %1 image: %2").arg(format.toUpper(), why);
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

    heif_item_id exifId = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle.get(), "Exif", &exifId, 1) == 1) {
        const size_t size = heif_image_handle_get_metadata_size(handle.get(), exifId);
        QByteArray block(qsizetype(size), Qt::Uninitialized);
        if (heif_image_handle_get_metadata(handle.get(), exifId, block.data()).code == heif_error_Ok) {
            const ExifFacts exif = exifOfIsoBox(block);
            applyExif(exif, facts);
            if (exif.orientation)
                ExifReader::orientationToTransform(*exif.orientation, facts.rotation, facts.mirrored);
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

bool PhotoAnalyzer::developRaw(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error)
{
    const auto raw = std::make_unique<LibRaw>();
    libraw_output_params_t &params = raw->imgdata.params;
    params.half_size = 1; // a poster needs no more: four times less work
    params.use_camera_wb = 1;
    params.output_bps = 8;
    params.user_flip = 0; // as stored: turned upright by EXIF orientation, like the previews
    int ret = raw->open_file(path.constData());
    if (ret != LIBRAW_SUCCESS) {
        error = tr("not a RAW picture LibRaw reads: %1").arg(QString::fromUtf8(libraw_strerror(ret)));
        return false;
    }
    const libraw_image_sizes_t &sizes = raw->imgdata.sizes;
    if (!withinPixelCap(sizes.raw_width, sizes.raw_height, error))
        return false;
    if (!facts.width && sizes.width > 0 && sizes.height > 0) {
        const bool sideways = facts.rotation == 90 || facts.rotation == 270;
        facts.width = sideways ? sizes.height : sizes.width;
        facts.height = sideways ? sizes.width : sizes.height;
    }
    if ((ret = raw->unpack()) != LIBRAW_SUCCESS || (ret = raw->dcraw_process()) != LIBRAW_SUCCESS) {
        error = tr("the picture data is damaged: %1").arg(QString::fromUtf8(libraw_strerror(ret)));
        return false;
    }
    const std::unique_ptr<libraw_processed_image_t, void (*)(libraw_processed_image_t *)> developed(
        raw->dcraw_make_mem_image(&ret), &LibRaw::dcraw_clear_mem);
    if (!developed || developed->type != LIBRAW_IMAGE_BITMAP || developed->colors != 3 || developed->bits != 8
        || developed->width == 0 || developed->height == 0) {
        error = tr("the picture data is damaged: %1").arg(QString::fromUtf8(libraw_strerror(ret)));
        return false;
    }
    const QImage view(developed->data, developed->width, developed->height, developed->width * 3,
                      QImage::Format_RGB888);
    image = fitWithin(view, m_options.inspectorSize).copy();
    facts.bitDepth = raw->imgdata.color.raw_bps > 0 ? int(raw->imgdata.color.raw_bps) : facts.bitDepth;
    return true;
}

bool PhotoAnalyzer::decodeJxl(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error)
{
    // The whole file in memory (libjxl decodes from a buffer; photos are a few megabytes, and
    // the worker's memory limit bounds what a hostile one can ask).
    QFile file;
    if (!openByBytes(path, file, error))
        return false;
    const QByteArray data = file.readAll();

    const JxlDecoderPtr decoder = JxlDecoderMake(nullptr);
    if (!decoder
        || JxlDecoderSubscribeEvents(decoder.get(), JXL_DEC_BASIC_INFO | JXL_DEC_BOX | JXL_DEC_FULL_IMAGE)
            != JXL_DEC_SUCCESS) {
        error = tr("out of memory");
        return false;
    }
    JxlDecoderSetDecompressBoxes(decoder.get(), JXL_TRUE); // EXIF may be Brotli-compressed ("brob")
    JxlDecoderSetInput(decoder.get(), reinterpret_cast<const uint8_t *>(data.constData()),
                       size_t(data.size()));
    JxlDecoderCloseInput(decoder.get());

    const JxlPixelFormat format { 3, JXL_TYPE_UINT8, JXL_NATIVE_ENDIAN, 0 };
    JxlBasicInfo info {};
    std::vector<uint8_t> pixels; // rows of 3 bytes a pixel, no padding: what the decoder writes
    QSize size;
    bool whole = false;
    QByteArray exif;
    bool inExif = false;
    const auto endExifBox = [&] {
        if (inExif)
            exif.chop(qsizetype(JxlDecoderReleaseBoxBuffer(decoder.get())));
        inExif = false;
    };
    for (;;) {
        const JxlDecoderStatus status = JxlDecoderProcessInput(decoder.get());
        if (status == JXL_DEC_ERROR) {
            error = tr("the picture data is damaged: %1").arg(tr("JPEG XL decoding failed"));
            return false;
        }
        if (status == JXL_DEC_NEED_MORE_INPUT) {
            if (whole)
                break; // the picture is whole; only what follows it is cut off
            error = tr("the picture data is damaged: %1").arg(tr("the file ends too early"));
            return false;
        }
        if (status == JXL_DEC_SUCCESS)
            break;
        if (status == JXL_DEC_BASIC_INFO) {
            if (JxlDecoderGetBasicInfo(decoder.get(), &info) != JXL_DEC_SUCCESS) {
                error = tr("not a readable %1 image: %2").arg(u"JPEG XL"_s, tr("no header"));
                return false;
            }
            // The decoder hands out the pixels turned upright (orientations 5-8 swap the sides).
            ExifReader::orientationToTransform(int(info.orientation), facts.rotation, facts.mirrored);
            const bool sideways = info.orientation > JXL_ORIENT_FLIP_VERTICAL;
            facts.width = int(sideways ? info.ysize : info.xsize);
            facts.height = int(sideways ? info.xsize : info.ysize);
            facts.bitDepth = int(info.bits_per_sample);
            if (!withinPixelCap(int(std::min<uint32_t>(info.xsize, INT_MAX)),
                                int(std::min<uint32_t>(info.ysize, INT_MAX)), error))
                return false;
        } else if (status == JXL_DEC_BOX) {
            endExifBox();
            JxlBoxType type {};
            if (JxlDecoderGetBoxType(decoder.get(), type, JXL_TRUE) == JXL_DEC_SUCCESS
                && QByteArrayView(type, 4) == "Exif") {
                exif.resize(64 * 1024);
                JxlDecoderSetBoxBuffer(decoder.get(), reinterpret_cast<uint8_t *>(exif.data()),
                                       size_t(exif.size()));
                inExif = true;
            }
        } else if (status == JXL_DEC_BOX_NEED_MORE_OUTPUT) {
            const qsizetype used = exif.size() - qsizetype(JxlDecoderReleaseBoxBuffer(decoder.get()));
            if (exif.size() >= 16 * 1024 * 1024) { // no camera writes EXIF this large
                inExif = false;
                exif.clear();
                continue;
            }
            exif.resize(exif.size() * 2);
            JxlDecoderSetBoxBuffer(decoder.get(), reinterpret_cast<uint8_t *>(exif.data()) + used,
                                   size_t(exif.size() - used));
        } else if (status == JXL_DEC_NEED_IMAGE_OUT_BUFFER) {
            size_t bytes = 0;
            const bool sideways = info.orientation > JXL_ORIENT_FLIP_VERTICAL;
            size = QSize(int(sideways ? info.ysize : info.xsize), int(sideways ? info.xsize : info.ysize));
            if (JxlDecoderImageOutBufferSize(decoder.get(), &format, &bytes) != JXL_DEC_SUCCESS
                || size.isEmpty() || qsizetype(bytes) != qsizetype(size.width()) * size.height() * 3) {
                error = tr("the picture data is damaged: no pixels");
                return false;
            }
            pixels.resize(bytes);
            JxlDecoderSetImageOutBuffer(decoder.get(), &format, pixels.data(), bytes);
        } else if (status == JXL_DEC_FULL_IMAGE) {
            whole = true;
            // An animation: its first frame is the picture; the rest are skipped.
            JxlDecoderSkipFrames(decoder.get(), std::numeric_limits<size_t>::max() / 2);
        }
    }
    endExifBox();
    if (!whole) {
        error = tr("the picture data is damaged: no pixels");
        return false;
    }
    // The codestream's orientation is the one the decoder applied; EXIF gives the rest.
    if (!exif.isEmpty())
        applyExif(exifOfIsoBox(exif), facts);
    const QImage view(pixels.data(), size.width(), size.height(), size.width() * 3, QImage::Format_RGB888);
    image = fitWithin(view, m_options.inspectorSize).copy();
    return true;
}
