#pragma once

// What the ingest pipeline writes about files and reads back to decide what to do.

#include "geo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Where a file is and what the file system says of it.
struct FileLocation
{
    QByteArray pathRaw; // as the file system spells it
    QString path; // decoded for people
    QString fileName;
    std::optional<qint64> volumeId;
    qint64 sizeBytes = 0;
    qint64 mtimeNs = 0;
};

// A catalogued file, as the ingest pipeline needs to know it.
struct KnownFile
{
    qint64 id = 0;
    QByteArray pathRaw;
    qint64 sizeBytes = 0;
    qint64 mtimeNs = 0;
    QString contentHash;
    QString status; // ok, failed, offline
    bool hasError = false;
    int processedVersion = 0;
    std::optional<double> posterChosenS; // the frame a person made the poster (a clip)
};

// A shot of a clip, as the analysis pass found it.
struct ShotRecord
{
    double startS = 0;
    double endS = 0;
    QString kind; // how it begins: "cut", "dissolve", "fade"; empty for the first
    std::optional<int> people; // the most seen in one of its stills; unknown when none was looked at
    // Where they were: ["person"|"face", x, y, width, height, score] in parts of the picture.
    QJsonArray peopleBoxes;
    QStringList colours; // of its frame, by name, most of it first
    QString signature; // the perceptual hash of its frame, 16 hex digits; empty: none
};

// What the analysis pass found in one asset, or why it could not look.
struct AnalysisRecord
{
    int version = 0; // of the analysers
    QList<ShotRecord> shots;
    std::optional<int> filmstripFrames; // when it made the filmstrip again
    // Perceptual hashes copies are found by: a photo's one, a clip's evenly spaced frames.
    QList<quint64> signature;
    // How the whole looks: colours by name (most of the picture first), "dark" / "normal" /
    // "bright", the light's colour temperature (0: unknown).
    QStringList colours;
    QString exposure;
    int temperatureK = 0;
    QString weather; // the weather it looks like (a suggestion): sunny, overcast, fog, snow
    QString error; // it could not look: why (then nothing else is kept)

    static AnalysisRecord failed(const QString &why)
    {
        AnalysisRecord record;
        record.error = why;
        return record;
    }
};

// An asset the analysis pass has yet to look at (or looked at with an older analyser).
struct AnalysisCandidate
{
    qint64 id = 0;
    QByteArray pathRaw;
    QString path; // for people
    QString contentHash; // its pictures' key
};

// A picture for the thumbnail store.
struct StoredThumbnail
{
    int kind = 1; // a ThumbnailStore::Kind: grid poster, inspector poster, filmstrip, shots' frames
    QByteArray jpeg;
    int width = 0;
    int height = 0;
    int frames = 1;
};

// A clip's poster: its pictures (grid and inspector size) and the frame they show. Who chose it:
// a person (chosenS, the time they picked) or ReelAtlas (chosenS empty).
struct PosterRecord
{
    std::optional<double> chosenS;
    std::optional<double> timeS; // of the frame shown
    QList<StoredThumbnail> pictures; // ThumbnailKind Poster and PosterLarge
};

// The outcome of processing one file.
struct ProcessedFile
{
    FileLocation location;
    QString contentHash;
    QString kind; // "video" or "photo"
    bool failed = false;
    QString error;
    QCborMap facts; // asset field names -> values (spec/cli.md), as the media worker reports them
    QCborMap derived; // poster_time_s, sharpness, ... (derived facts)
    QList<StoredThumbnail> thumbnails;
    int processedVersion = 0;
};

// One asset as the library grid and table show it.
struct AssetRow
{
    qint64 id = 0;
    QString fileName;
    QString path;
    QString title;
    QString kind; // video, photo
    QString status; // ok, failed, offline
    QString error;
    double durationS = -1; // < 0: none
    double fps = 0;
    QString codec;
    QString formatClassZh;
    QString formatClassEn;
    QString hdr;
    int width = 0;
    int height = 0;
    qint64 sizeBytes = 0;
    QString createdAt; // ISO 8601, may be empty
    QString addedAt;
    bool hasPoster = false;
    int filmstripFrames = 0;
    QString contentHash;
    int people = -1; // the analysis pass's; < 0: not looked for
    int shotCount = 0; // the analysis pass's; 0: not analysed
};

// A clip or photo as another record shows it (a location's, an expert's, a production's).
struct AssetBrief
{
    qint64 id = 0;
    QString contentHash;
    QString title;
    QString fileName;
    QString kind; // video, photo
    bool hasPoster = false;
    std::optional<qint64> locationId;
    std::optional<Geo::LatLon> gps;
};

// What the facet counts need of one asset, as the catalog holds it. The texts are the catalog's
// own bytes (UTF-8), valid only while the row is visited.
struct AssetFacetRow
{
    qint64 id = 0;
    QByteArrayView formatClass; // its names: AssetStore::formatClassNames
    std::optional<qint64> width, height;
    QByteArrayView hdr, videoCodec;
    std::optional<double> fps, durationS;
    int year = 0; // of its creation; 0 unknown
    QByteArrayView yearText; // the first four characters of created_at; null when there is none
    QByteArrayView kind, status;
    std::optional<qint64> people;
    QByteArrayView light;
    QByteArrayView colors; // a JSON array of names
    QByteArrayView camera; // the generated column camera: filter
};
