#pragma once

// EXIF/XMP facts of a photo through Exiv2. Reentrant (Exiv2's log handler is routed per thread).

#include "mediafacts.h"

#include <QByteArray>

#include <optional>

struct ExifFacts
{
    std::optional<int> orientation; // EXIF Orientation tag, 1..8
    QDateTime createdAt; // UTC
    QString cameraMake;
    QString cameraModel;
    std::optional<GeoPoint> gps;
    QStringList warnings; // damaged or unreadable metadata, named
};

namespace ExifReader {

// Metadata of the image file at `path` (JPEG, PNG, TIFF, WebP, ...). Never throws: a damaged
// block gives a warning and whatever could be read.
ExifFacts readFile(const QByteArray &path);
// The same for an image file already in memory (fuzzing, tests).
ExifFacts readData(const uchar *data, size_t size);

// A raw EXIF block (a TIFF header and IFDs), as HEIF files carry it.
ExifFacts readBlock(const uchar *data, size_t size);

// A camera RAW file (CR2, CR3, NEF, ARW, DNG, RAF, ORF, RW2, ...): its metadata, the size of the
// picture, and the embedded JPEG preview that best covers `wantedEdge` pixels (the smallest one at
// least that large, else the largest). Cameras embed previews because RAW data needs developing.
struct RawPreview
{
    ExifFacts exif;
    int width = 0; // of the RAW picture, as stored (before orientation)
    int height = 0;
    QByteArray previewJpeg;
    QString error; // no usable preview, or not a RAW file Exiv2 reads
};
RawPreview readRaw(const QByteArray &path, int wantedEdge);

// Orientation tag -> clockwise rotation and horizontal mirroring applied first.
void orientationToTransform(int orientation, int &rotation, bool &mirrored);

} // namespace ExifReader
