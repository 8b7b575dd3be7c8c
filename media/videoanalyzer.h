#pragma once

// Probes a clip with libavformat/libavcodec and makes its poster and filmstrip.
// Reentrant: one VideoAnalyzer per thread.

#include "mediafacts.h"
#include "mediaoptions.h"
#include "shotdetector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

struct AVIOContext;

class VideoAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(VideoAnalyzer)

public:
    explicit VideoAnalyzer(const MediaOptions &options = {});

    // Fills facts and pictures. Returns false with a reason when the file cannot be used; facts
    // found before the failure are kept in `facts`.
    bool analyze(const QByteArray &path, MediaFacts &facts, MediaPictures &pictures, QString &error);
    // The same for a file already in memory (fuzzing, tests).
    bool analyzeData(QByteArrayView data, MediaFacts &facts, MediaPictures &pictures, QString &error);

    // The analysis pass over the whole clip: every frame decoded as small and as cheaply as the
    // codec allows (reduced-size decoding where it has it, no loop filter, scaled straight to
    // the detector's size) and its shot boundaries found.
    struct ShotScan
    {
        QList<ShotDetector::Boundary> boundaries;
        double durationS = 0; // of what was decoded
        int frames = 0;
        QStringList warnings; // damage passed over
        // The full filmstrip (MediaOptions::filmstripFrames evenly spaced frames, upright, at the
        // grid's size) from the same decoding.
        QImage filmstrip;
        int filmstripFrames = 0;
        // The perceptual hash of each filmstrip frame: the clip's signature for finding copies.
        QList<quint64> frameHashes;
        // Stills for looking at what is in the picture (people): upright, grey, at most
        // PeopleDetector::kPictureEdge on the long edge, evenly spaced over the clip (one a second;
        // a long clip's are thinned to kMaxStills, further apart), and one more from the first
        // frame after each sharp change (up to kMaxStills of those), so that every shot has some,
        // even one shorter than the spacing.
        struct Still
        {
            double timeS = 0;
            QImage picture;
            QImage frame; // in colour, kShotFrameEdge on the long edge: a shot's frame
            bool atChange = false; // taken because the picture changed sharply, not for the spacing
        };
        static constexpr int kShotFrameEdge = 192;
        static constexpr int kMaxStills = 96;
        QList<Still> stills;
    };
    bool scanShots(const QByteArray &path, ShotScan &scan, QString &error);

    // Pictures of one size side by side, as a filmstrip is stored.
    static QImage strip(const QList<QImage> &tiles);

private:
    // analyze() on the file at `url`, or on `io` (a custom AVIOContext, `url` then names nothing).
    bool analyzeInput(const char *url, AVIOContext *io, MediaFacts &facts, MediaPictures &pictures,
                      QString &error);

    MediaOptions m_options;
};
