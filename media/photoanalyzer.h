#pragma once

// Probes a photo (JPEG, PNG, TIFF, WebP, HEIF/HEIC, AVIF, JPEG XL) and makes its posters. Reentrant.

#include "mediafacts.h"
#include "mediaoptions.h"

#include <QByteArray>
#include <QCoreApplication>

class PhotoAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoAnalyzer)

public:
    explicit PhotoAnalyzer(const MediaOptions &options = {});

    // The photo format from the first bytes of a file ("jpeg", "png", "tiff", "webp", "heif",
    // "avif", "jxl"), or an empty string when it is none of them.
    static QString sniffFormat(const QByteArray &head);
    // Whether the file's type box names an image sequence (HEIF msf1/hevs, AVIF avis): its
    // pictures may be a track only, without a still image, which FFmpeg reads as video.
    static bool isImageSequence(const QByteArray &head);

    bool analyze(const QByteArray &path, const QString &format, MediaFacts &facts, MediaPictures &pictures,
                 QString &error);
    // A camera RAW file; `format` is its extension ("cr2", "nef", "dng", ...).
    bool analyzeRaw(const QByteArray &path, const QString &format, MediaFacts &facts, MediaPictures &pictures,
                    QString &error);

private:
    bool decodeWithQt(const QByteArray &path, const QString &format, MediaFacts &facts, QImage &image,
                      QString &error);
    bool decodeHeif(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error);
    bool decodeJxl(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error);
    // A RAW file's sensor data developed (LibRaw, half size), as stored (not turned upright).
    bool developRaw(const QByteArray &path, MediaFacts &facts, QImage &image, QString &error);
    void makePictures(const QImage &upright, MediaPictures &pictures) const;

    MediaOptions m_options;
};
