#pragma once

// What the media layer makes for each asset.

#include <cstdint>

// No picture larger than this is decoded, photo or video frame (a 200 MP still is ~600 MB as
// RGB): a hostile file's header can claim any size, and the decoder would try to allocate it.
inline constexpr std::int64_t kMaxPicturePixels = 200'000'000;

struct MediaOptions
{
    int gridSize = 256; // poster for the thumbnail grid, long edge
    int inspectorSize = 1024; // poster for the inspector, long edge
    // Keyframes decoded at full size when a clip is catalogued: the poster's candidates and a
    // first filmstrip. Each costs a whole picture's decoding (30 ms for H.264 1080p, 150 ms for
    // 4K HEVC), so ingest decodes few; the analysis pass, which decodes the clip anyway, makes the
    // full filmstrip of filmstripFrames.
    int keyframes = 4;
    int filmstripFrames = 8; // evenly spaced frames for hover-scrubbing, made by the analysis pass
    int jpegQuality = 85;
    // Skip the in-loop deblocking filter of H.264/HEVC/VP9 on the sampled keyframes: invisible at
    // thumbnail size, and a good part of the decode time.
    bool fastDecode = true;
    // A clip's poster is the frame shown at this time (seconds from its start) when it is >= 0:
    // a person chose it. Otherwise it is the best of the sampled keyframes.
    double posterAtS = -1;
};
