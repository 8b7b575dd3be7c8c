#include "mediatypes.h"

#include <QByteArray>

#include <algorithm>
#include <array>

namespace MediaTypes {

namespace {

// Video: MP4/MOV family (phones, DJI, GoPro, Sony XAVC, Canon), Matroska/WebM, MPEG-TS (AVCHD
// .mts/.m2ts, broadcast .ts), MPEG-PS (.mpg, .vob, JVC .mod/.tod), MXF (XDCAM, P2, ARRI), AVI,
// Windows Media, Flash, DV.
constexpr std::array kVideo { "3g2", "3gp", "asf", "avi", "dv",  "f4v",  "flv",  "m2t", "m2ts",
                              "m2v", "m4v", "mkv", "mod", "mov", "mp4",  "mpeg", "mpg", "mts",
                              "mxf", "qt",  "tod", "ts",  "vob", "webm", "wmv" };
constexpr std::array kPhoto { "avif", "heic", "heif", "hif", "jpe",  "jpeg",
                              "jpg",  "jxl",  "png",  "tif", "tiff", "webp" };
// Camera RAW formats Exiv2 reads (metadata and embedded previews).
constexpr std::array kRaw { "3fr", "arw", "cr2", "cr3", "crw", "dng", "erf", "mrw", "nef",
                            "nrw", "orf", "pef", "raf", "rw2", "rwl", "sr2", "srf", "srw" };

QByteArray extensionOf(QByteArrayView fileName)
{
    const qsizetype dot = fileName.lastIndexOf('.');
    if (dot <= 0 || dot == fileName.size() - 1 || fileName.size() - dot > 6)
        return {};
    return fileName.sliced(dot + 1).toByteArray().toLower();
}

} // namespace

std::optional<MediaKind> kindForFileName(QByteArrayView fileName)
{
    if (fileName.startsWith("._"))
        return std::nullopt;
    const QByteArray ext = extensionOf(fileName);
    if (ext.isEmpty())
        return std::nullopt;
    const auto matches = [&](const char *candidate) { return ext == candidate; };
    if (std::any_of(kVideo.begin(), kVideo.end(), matches))
        return MediaKind::Video;
    if (std::any_of(kPhoto.begin(), kPhoto.end(), matches) || std::any_of(kRaw.begin(), kRaw.end(), matches))
        return MediaKind::Photo;
    return std::nullopt;
}

QByteArray rawPhotoFormat(QByteArrayView fileName)
{
    const QByteArray ext = fileName.startsWith("._") ? QByteArray() : extensionOf(fileName);
    const auto matches = [&](const char *candidate) { return ext == candidate; };
    return std::any_of(kRaw.begin(), kRaw.end(), matches) ? ext : QByteArray();
}
} // namespace MediaTypes
