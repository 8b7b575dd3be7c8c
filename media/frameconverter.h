#pragma once

// Decoded video frame -> upright 8-bit sRGB QImage at thumbnail size.
// Scales first and does everything else (field selection, HDR tone mapping, rotation) on the small
// picture, where it is cheap. Not thread-safe: one converter per decoding thread.

#include "ffmpegutil.h"

#include <QImage>

#include <array>
#include <vector>

enum class Transfer { Sdr, Pq, Hlg };

class FrameConverter final
{
public:
    // rotation: degrees clockwise to show upright; mirrored: flip horizontally before rotating.
    FrameConverter(Transfer transfer, int rotation, bool mirrored, AVRational sampleAspect);
    ~FrameConverter();
    Q_DISABLE_COPY_MOVE(FrameConverter)

    // The frame at display aspect, fitting in maxEdge x maxEdge (never enlarged), upright.
    // Returns a null image when swscale cannot handle the frame.
    QImage convert(const AVFrame *frame, int maxEdge);

    // Size convert() gives for a coded size, before rotation.
    QSize scaledSize(int codedWidth, int codedHeight, int maxEdge) const;

private:
    bool scale(const AVFrame *frame, int outWidth, int outHeight, AVPixelFormat outFormat, uint8_t *out,
               int outStride);
    void toneMap(QImage &out) const;

    Transfer m_transfer;
    int m_rotation;
    bool m_mirrored;
    AVRational m_sampleAspect;
    SwsContext *m_sws = nullptr; // owned; sws_getCachedContext replaces it when the sizes change
    std::vector<uint16_t> m_rgb48; // HDR intermediate
    std::array<float, 4096> m_toLinear {}; // 12-bit code value -> display light relative to 203 nits
    std::array<uint8_t, 4096> m_toSrgb {}; // linear 0..1 in 4096 steps -> 8-bit sRGB
};
