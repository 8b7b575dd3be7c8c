// The EXIF reader (ExifReader, through Exiv2) on a file in memory (JPEG, TIFF, PNG, WebP … as
// Exiv2 recognises them), and on the same bytes as a bare EXIF block, as HEIF files carry it.
// Damaged metadata must give warnings and what could be read, never a crash or an exception.

#include "exifreader.h"
#include "fuzzsupport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

void check(const ExifFacts &facts)
{
    if (facts.orientation) {
        Fuzz::require(*facts.orientation >= 1 && *facts.orientation <= 8, "orientation out of 1..8");
        int rotation = -1;
        bool mirrored = false;
        ExifReader::orientationToTransform(*facts.orientation, rotation, mirrored);
        Fuzz::require(rotation % 90 == 0 && rotation >= 0 && rotation < 360, "rotation not a quarter turn");
    }
    if (facts.gps) {
        Fuzz::require(facts.gps->isValid(), "an invalid GPS position kept");
        Fuzz::require(!facts.gps->altM || std::isfinite(*facts.gps->altM), "altitude not finite");
    }
    Fuzz::require(!facts.createdAt.isValid() || facts.createdAt.timeSpec() == Qt::UTC,
                  "a time that is not UTC");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(ExifReader::readData(data, size));
    check(ExifReader::readBlock(data, size));
    return 0;
}
