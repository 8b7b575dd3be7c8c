#pragma once

// One file -> facts + posters + filmstrip. The media layer's entry point, called by
// reelatlas-worker (and by tests). Reentrant: one MediaProcessor per thread.

#include "mediafacts.h"
#include "mediaoptions.h"

#include <QByteArray>
#include <QCoreApplication>

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

    const MediaOptions &options() const { return m_options; }

private:
    MediaOptions m_options;
};
