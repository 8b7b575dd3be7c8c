#pragma once

// Probes a clip with libavformat/libavcodec and makes its poster and filmstrip.
// Reentrant: one VideoAnalyzer per thread.

#include "mediafacts.h"
#include "mediaoptions.h"

#include <QByteArray>
#include <QCoreApplication>

class VideoAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(VideoAnalyzer)

public:
    explicit VideoAnalyzer(const MediaOptions &options = {});

    // Fills facts and pictures. Returns false with a reason when the file cannot be used; facts
    // found before the failure are kept in `facts`.
    bool analyze(const QByteArray &path, MediaFacts &facts, MediaPictures &pictures, QString &error);

private:
    MediaOptions m_options;
};
