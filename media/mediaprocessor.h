#pragma once

// One file -> facts + posters + filmstrip. The media layer's entry point, called by
// reelatlas-worker (and by tests). Reentrant: one MediaProcessor per thread.

#include "mediafacts.h"
#include "mediaoptions.h"
#include "peopledetector.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

class MediaProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(MediaProcessor)

public:
    explicit MediaProcessor(const MediaOptions &options = {});

    enum class Status { Ok, Failed, Vanished };
    struct Result
    {
        Status status = Status::Failed;
        QString error; // why, when Failed; names no path (the caller knows it)
        MediaFacts facts;
        MediaPictures pictures;
    };

    // `path` in the file system's own bytes (need not be UTF-8).
    Result process(const QByteArray &path) const;

    // The analysis pass: what is in the picture. Bump kAnalysisVersion when an analyser
    // improves, so that "analyze" runs again over what an older one made.
    // 1: shots and the filmstrip. 2: people, and the signature copies are found by. 3: a frame
    // for each shot (ThumbnailKind::ShotFrames), and the look: colours, exposure, warmth.
    // 4: each shot's own signature (find what looks like one shot), the weather it looks like, and
    // people looked for in shots shorter than the stills' spacing.
    static constexpr int kAnalysisVersion = 4;
    struct Shot
    {
        double startS = 0;
        double endS = 0;
        QString kind; // how it begins: "cut", "dissolve", "fade"; empty for the first
        std::optional<int> people; // the most seen in one of its stills; unknown if none was looked at
        QList<PeopleDetector::Box> boxes; // where, in that still
        QStringList colours; // of its frame (PictureAnalysis::look)
        std::optional<quint64> signature; // the perceptual hash of its frame
    };
    struct Analysis
    {
        Status status = Status::Failed;
        QString error;
        QList<Shot> shots; // in order; a photo or a clip without boundaries has one
        std::optional<int> people; // the most in any shot
        // The signature copies are found by: the perceptual hash of a photo, of each of a clip's
        // filmstrip frames (evenly spaced, so a copy re-encoded or trimmed a little has the same).
        QList<quint64> signature;
        // How the whole looks (a clip: its filmstrip, evenly spaced frames).
        QStringList colours;
        QString exposure;
        int temperatureK = 0;
        QString weather; // PictureAnalysis::Look::weather
        MediaPictures pictures; // a clip's full filmstrip
        QStringList warnings;
        QCborMap toCbor() const;
        static Analysis fromCbor(const QCborMap &map);
    };
    Analysis analyze(const QByteArray &path) const;

    const MediaOptions &options() const { return m_options; }

private:
    // The file's first bytes, or nullopt with why (and whether it is gone) when it is no regular,
    // readable, non-empty file.
    static std::optional<QByteArray> readHead(const QByteArray &path, Status &status, QString &error);

    MediaOptions m_options;
    mutable std::unique_ptr<PeopleDetector> m_people; // made by the first analyze()
};
