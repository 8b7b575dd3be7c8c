// The media probe (VideoAnalyzer, through libavformat and libavcodec, with the same demuxers
// allowed as for files) on a file in memory: its facts, a few keyframes decoded, the posters and
// the filmstrip. Whatever the file holds, it fails with a reason or gives pictures.

#include "fuzzsupport.h"
#include "videoanalyzer.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As ingest does it, but smaller and with fewer keyframes: each input costs less.
    MediaOptions options;
    options.keyframes = 2;
    options.gridSize = 64;
    options.inspectorSize = 128;
    options.posterAtS = size % 2 ? 0.1 : -1; // a person's poster choice, on some inputs
    MediaFacts facts;
    MediaPictures pictures;
    QString error;
    const bool ok = VideoAnalyzer(options).analyzeData(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), facts, pictures, error);
    if (!ok) {
        Fuzz::require(!error.isEmpty(), "failed without a reason");
        return 0;
    }
    Fuzz::require(!pictures.thumbnails.isEmpty(), "no pictures from a clip that worked");
    Fuzz::require(facts.rotation == 0 || facts.rotation == 90 || facts.rotation == 180
                      || facts.rotation == 270,
                  "rotation not a quarter turn");
    Fuzz::require(!facts.durationS || std::isfinite(*facts.durationS), "duration not finite");
    Fuzz::require(!facts.fps || (*facts.fps > 0 && *facts.fps < 10000), "frame rate out of range");
    facts.toCbor(); // as the worker sends them
    pictures.toCbor();
    return 0;
}
