#pragma once

// Which file names the scanner treats as media. Reentrant.

#include "mediafacts.h"

#include <QByteArrayView>

#include <optional>

namespace MediaTypes {

// By extension, case-insensitively: camera, phone, drone and broadcast video containers and
// photo formats. Also false for sidecars that share an extension with media, such as macOS
// AppleDouble files ("._IMG_0001.MOV", 4 KiB of resource fork on every drive a Mac has written).
std::optional<MediaKind> kindForFileName(QByteArrayView fileName);

// Camera RAW photos (CR2, CR3, NEF, ARW, DNG, RAF, ORF, RW2, PEF, SRW, ...): the lower-case
// extension, or an empty string.
QByteArray rawPhotoFormat(QByteArrayView fileName);

} // namespace MediaTypes
