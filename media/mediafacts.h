#pragma once

// The technical and derived facts of one clip or photo, as the media layer finds them.
// Field names in toCbor() are the asset field names of spec/cli.md; missing facts are left out
// (they become null in the catalog), never written as 0 or "".

#include <QCborMap>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>

enum class MediaKind { Video, Photo };

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
    std::optional<double> altM;

    // A fix at exactly 0,0 is what cameras write when they have none.
    bool isValid() const;
};

struct FormatClass
{
    QString id;
    QString zh;
    QString en;
};

// What OpenCV found in a picture: used to choose the poster and stored as derived facts.
struct PictureStats
{
    double sharpness = 0; // variance of the Laplacian of the 8-bit luma, at thumbnail size
    double brightness = 0; // mean luma, 0..1
    double contrast = 0; // standard deviation of luma, 0..1
    double entropy = 0; // of the luma histogram, bits (0..8)
    double colorfulness = 0; // Hasler & Suesstrunk, 0..~150
    QStringList dominantColors; // "#rrggbb", most frequent first
    quint64 phash = 0; // 64-bit DCT perceptual hash
    double score = 0; // poster suitability, higher is better
    bool isBlank() const; // black, white or a flat colour
};

struct MediaFacts
{
    MediaKind kind = MediaKind::Video;
    QString container;
    std::optional<int> width; // upright: coded size swapped when rotation is 90 or 270
    std::optional<int> height;
    QString displayAspect;
    int rotation = 0; // degrees clockwise to show the picture upright
    bool mirrored = false;
    std::optional<double> durationS;
    std::optional<double> fps;
    QString videoCodec;
    QString videoProfile;
    std::optional<int> bitDepth;
    QString pixelFormat;
    QString colorPrimaries;
    QString colorTransfer;
    QString colorSpace;
    QString colorRange;
    QString fieldOrder;
    QString hdr = QStringLiteral("none"); // none, hdr10, hlg, dolby_vision, hdr10plus
    std::optional<qint64> bitrateBps;
    QString audioCodec;
    std::optional<int> audioChannels;
    std::optional<int> audioSampleRate;
    QString timecode;
    QDateTime createdAt; // UTC, invalid when unknown
    QString cameraMake;
    QString cameraModel;
    std::optional<GeoPoint> gps;
    std::optional<FormatClass> formatClass;
    QStringList warnings; // things that went wrong without making the file unusable
    QCborMap streams; // every stream and tag, for the record (media_json)

    QCborMap toCbor() const;
};

// The pictures made for one asset, ready to store.
// ShotFrames: a clip's shots, one representative frame each, side by side as a filmstrip's.
enum class ThumbnailKind { Poster = 1, PosterLarge = 2, Filmstrip = 3, ShotFrames = 4 };

struct Thumbnail
{
    ThumbnailKind kind = ThumbnailKind::Poster;
    QByteArray jpeg;
    int width = 0; // of the whole picture (a filmstrip: all its frames side by side)
    int height = 0;
    int frames = 1;
};

struct MediaPictures
{
    QList<Thumbnail> thumbnails;
    std::optional<double> posterTimeS;
    std::optional<double> posterChosenS; // the time a person chose it at (MediaOptions::posterAtS)
    std::optional<PictureStats> posterStats;

    // Encodes `image` as JPEG and adds it; does nothing for a null image.
    void add(ThumbnailKind kind, const QImage &image, int quality, int frames = 1);
    QCborMap toCbor() const;
};
