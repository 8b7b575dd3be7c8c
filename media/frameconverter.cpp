#include "frameconverter.h"

#include <QTransform>

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cmath>

namespace {

// BT.2408: HDR reference (diffuse) white is 203 cd/m2; it is mapped near the top of the SDR range.
constexpr double kReferenceWhiteNits = 203.0;
constexpr double kHlgPeakNits = 1000.0; // nominal HLG display, system gamma 1.2 (BT.2100)

double pqToNits(double e)
{
    constexpr double m1 = 2610.0 / 16384.0;
    constexpr double m2 = 2523.0 / 4096.0 * 128.0;
    constexpr double c1 = 3424.0 / 4096.0;
    constexpr double c2 = 2413.0 / 4096.0 * 32.0;
    constexpr double c3 = 2392.0 / 4096.0 * 32.0;
    const double p = std::pow(std::clamp(e, 0.0, 1.0), 1.0 / m2);
    return 10000.0 * std::pow(std::max(p - c1, 0.0) / (c2 - c3 * p), 1.0 / m1);
}

double hlgToSceneLinear(double e)
{
    constexpr double a = 0.17883277;
    constexpr double b = 0.28466892;
    constexpr double c = 0.55991073;
    e = std::clamp(e, 0.0, 1.0);
    return e <= 0.5 ? e * e / 3.0 : (std::exp((e - c) / a) + b) / 12.0;
}

double srgbEncode(double linear)
{
    linear = std::clamp(linear, 0.0, 1.0);
    return linear <= 0.0031308 ? 12.92 * linear : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
}

// Linear up to the knee, then an exponential shoulder that approaches 1 without clipping, so
// highlights keep detail and reference white lands at ~85 % of the SDR range.
inline float shoulder(float x)
{
    constexpr float knee = 0.6f;
    if (x <= knee)
        return x;
    return knee + (1.0f - knee) * (1.0f - std::exp(-(x - knee) / (1.0f - knee)));
}

int swsColorspace(AVColorSpace space, Transfer transfer, int height)
{
    switch (space) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
        return SWS_CS_ITU601;
    default:
        // Unspecified: what the picture size and transfer imply.
        if (transfer != Transfer::Sdr)
            return SWS_CS_BT2020;
        return height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

bool isFullRangeFormat(int format)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
    case AV_PIX_FMT_YUVJ422P:
    case AV_PIX_FMT_YUVJ444P:
    case AV_PIX_FMT_YUVJ440P:
    case AV_PIX_FMT_YUVJ411P:
        return true;
    default:
        return false;
    }
}

} // namespace

FrameConverter::FrameConverter(Transfer transfer, int rotation, bool mirrored, AVRational sampleAspect)
    : m_transfer(transfer)
    , m_rotation(rotation)
    , m_mirrored(mirrored)
    , m_sampleAspect(sampleAspect)
{
    if (m_transfer == Transfer::Sdr)
        return;
    for (size_t i = 0; i < m_toLinear.size(); ++i) {
        const double code = double(i) / double(m_toLinear.size() - 1);
        m_toLinear[i] = m_transfer == Transfer::Pq ? float(pqToNits(code) / kReferenceWhiteNits)
                                                   : float(hlgToSceneLinear(code));
    }
    for (size_t i = 0; i < m_toSrgb.size(); ++i)
        m_toSrgb[i] = uint8_t(std::lround(255.0 * srgbEncode(double(i) / double(m_toSrgb.size() - 1))));
}

FrameConverter::~FrameConverter()
{
    sws_freeContext(m_sws);
}

QSize FrameConverter::scaledSize(int codedWidth, int codedHeight, int maxEdge) const
{
    double displayWidth = codedWidth;
    const double displayHeight = codedHeight;
    if (m_sampleAspect.num > 0 && m_sampleAspect.den > 0)
        displayWidth = codedWidth * av_q2d(m_sampleAspect);
    const double factor = std::min(1.0, double(maxEdge) / std::max(displayWidth, displayHeight));
    return QSize(std::max(1, int(std::lround(displayWidth * factor))),
                 std::max(1, int(std::lround(displayHeight * factor))));
}

bool FrameConverter::scale(const AVFrame *frame, int outWidth, int outHeight, AVPixelFormat outFormat,
                           uint8_t *out, int outStride)
{
    int srcHeight = frame->height;
    const uint8_t *planes[AV_NUM_DATA_POINTERS] = {};
    int strides[AV_NUM_DATA_POINTERS] = {};
    for (int i = 0; i < AV_NUM_DATA_POINTERS; ++i) {
        planes[i] = frame->data[i];
        strides[i] = frame->linesize[i];
    }
    // Interlaced material: scale one field (every other line) so the picture has no combing.
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(AVPixelFormat(frame->format));
    if (frame->interlaced_frame && frame->height >= 4 && desc && !(desc->flags & AV_PIX_FMT_FLAG_PAL)
        && !(desc->flags & AV_PIX_FMT_FLAG_BITSTREAM)) {
        srcHeight = frame->height / 2;
        for (int i = 0; i < AV_NUM_DATA_POINTERS; ++i)
            strides[i] *= 2;
    }

    const bool shrinkALot = outWidth * 2 <= frame->width;
    const int flags = (shrinkALot ? SWS_AREA : SWS_BICUBIC) | SWS_ACCURATE_RND;
    m_sws = sws_getCachedContext(m_sws, frame->width, srcHeight, AVPixelFormat(frame->format), outWidth,
                                 outHeight, outFormat, flags, nullptr, nullptr, nullptr);
    if (!m_sws)
        return false;

    const int space = swsColorspace(frame->colorspace, m_transfer, frame->height);
    const int srcRange = frame->color_range == AVCOL_RANGE_JPEG || isFullRangeFormat(frame->format) ? 1 : 0;
    int *invTable = nullptr;
    int *table = nullptr;
    int curSrcRange = 0, curDstRange = 0, brightness = 0, contrast = 0, saturation = 0;
    if (sws_getColorspaceDetails(m_sws, &invTable, &curSrcRange, &table, &curDstRange, &brightness, &contrast,
                                 &saturation)
        >= 0) {
        sws_setColorspaceDetails(m_sws, sws_getCoefficients(space), srcRange,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, brightness, contrast, saturation);
    }
    uint8_t *dst[4] = { out, nullptr, nullptr, nullptr };
    int dstStride[4] = { outStride, 0, 0, 0 };
    return sws_scale(m_sws, planes, strides, 0, srcHeight, dst, dstStride) == outHeight;
}

QImage FrameConverter::convert(const AVFrame *frame, int maxEdge)
{
    if (!frame || frame->width <= 0 || frame->height <= 0 || frame->format < 0)
        return {};
    const QSize size = scaledSize(frame->width, frame->height, maxEdge);
    QImage image(size, QImage::Format_RGB888);
    if (image.isNull())
        return {};

    if (m_transfer == Transfer::Sdr) {
        if (!scale(frame, size.width(), size.height(), AV_PIX_FMT_RGB24, image.bits(),
                   int(image.bytesPerLine())))
            return {};
    } else {
        m_rgb48.resize(size_t(size.width()) * size_t(size.height()) * 3);
        if (!scale(frame, size.width(), size.height(), AV_PIX_FMT_RGB48,
                   reinterpret_cast<uint8_t *>(m_rgb48.data()), size.width() * 6))
            return {};
        toneMap(image);
    }

    if (m_mirrored)
        image = image.mirrored(true, false);
    if (m_rotation != 0)
        image = image.transformed(QTransform().rotate(m_rotation));
    return image;
}

void FrameConverter::toneMap(QImage &out) const
{
    // BT.2020 -> BT.709 primaries, in linear light.
    constexpr float m[3][3] = { { 1.6605f, -0.5876f, -0.0728f },
                                { -0.1246f, 1.1329f, -0.0083f },
                                { -0.0182f, -0.1006f, 1.1187f } };
    const int width = out.width();
    const int height = out.height();
    const float lastIndex = float(m_toSrgb.size() - 1);
    for (int y = 0; y < height; ++y) {
        const uint16_t *src = m_rgb48.data() + size_t(y) * size_t(width) * 3;
        uint8_t *dst = out.scanLine(y);
        for (int x = 0; x < width; ++x, src += 3, dst += 3) {
            float r = m_toLinear[src[0] >> 4];
            float g = m_toLinear[src[1] >> 4];
            float b = m_toLinear[src[2] >> 4];
            if (m_transfer == Transfer::Hlg) {
                // HLG OOTF: scene light -> display light on the nominal 1000 cd/m2 display.
                const float ys = 0.2627f * r + 0.6780f * g + 0.0593f * b;
                const float gain =
                    ys > 0 ? float(kHlgPeakNits / kReferenceWhiteNits) * std::pow(ys, 0.2f) : 0.0f;
                r *= gain;
                g *= gain;
                b *= gain;
            }
            float r7 = std::max(0.0f, m[0][0] * r + m[0][1] * g + m[0][2] * b);
            float g7 = std::max(0.0f, m[1][0] * r + m[1][1] * g + m[1][2] * b);
            float b7 = std::max(0.0f, m[2][0] * r + m[2][1] * g + m[2][2] * b);
            const float peak = std::max({ r7, g7, b7 });
            if (peak > 0.6f) { // scale by the max channel so hues do not shift
                const float s = shoulder(peak) / peak;
                r7 *= s;
                g7 *= s;
                b7 *= s;
            }
            dst[0] = m_toSrgb[size_t(std::min(r7, 1.0f) * lastIndex + 0.5f)];
            dst[1] = m_toSrgb[size_t(std::min(g7, 1.0f) * lastIndex + 0.5f)];
            dst[2] = m_toSrgb[size_t(std::min(b7, 1.0f) * lastIndex + 0.5f)];
        }
    }
}
