#pragma once

// What the media layer makes for each asset.

struct MediaOptions
{
    int gridSize = 256; // poster for the thumbnail grid, long edge
    int inspectorSize = 1024; // poster for the inspector, long edge
    int filmstripFrames = 8; // evenly spaced frames for hover-scrubbing
    int jpegQuality = 85;
    // Skip the in-loop deblocking filter of H.264/HEVC/VP9 on the sampled keyframes: invisible at
    // thumbnail size, and a good part of the decode time.
    bool fastDecode = true;
};
