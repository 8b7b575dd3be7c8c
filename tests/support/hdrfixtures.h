#pragma once

// Fixtures no tool here can write: Dolby Vision configuration and HDR10+ metadata. Both are made
// by editing files the ffmpeg tool wrote, following the published formats.

#include <QByteArray>
#include <QString>

namespace HdrFixtures {

// Adds a 'dvcC' box (Dolby Vision decoder configuration record, ETSI / Dolby ISOBMFF spec) to
// the first 'hvc1'/'hev1' sample entry of an MP4 whose 'moov' box comes after 'mdat' (ffmpeg's
// default), so that no chunk offset moves. Returns false when the file is not of that shape.
bool addDolbyVisionConfiguration(const QString &mp4, int profile, int compatibilityId,
                                 QString *error = nullptr);

// Inserts an HDR10+ SEI (SMPTE ST 2094-40 in ITU-T T.35, as HDR10+ streams carry it) before
// every picture of a raw HEVC Annex B stream.
QByteArray withHdr10PlusSei(const QByteArray &annexB);

} // namespace HdrFixtures
