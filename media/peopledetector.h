#pragma once

// Are there people in a picture, how many, and where: OpenCV's HOG pedestrian detector (Dalal &
// Triggs) for whole figures, small ones included, and the frontal-face Haar cascade of
// opencv-data for faces and close-ups, where a body is cut off by the frame. Reentrant: one
// PeopleDetector per thread (the classifiers are loaded once by each).

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QList>
#include <QRectF>
#include <QString>

class PeopleDetector final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleDetector)

public:
    PeopleDetector();
    ~PeopleDetector();
    PeopleDetector(const PeopleDetector &) = delete;
    PeopleDetector &operator=(const PeopleDetector &) = delete;

    // The long edge a picture should have for detect(): figures down to ~1/8 of a 16:9 frame's
    // height are found at it. A smaller picture is enlarged, a larger one reduced.
    static constexpr int kPictureEdge = 1024;

    struct Box
    {
        enum class Kind { Person, Face };
        Kind kind = Kind::Person;
        QRectF rect; // in parts of the picture's width and height (0..1), upright
        double score = 0; // the classifier's margin; higher is surer
    };
    struct Found
    {
        int count = 0; // people seen: figures, and faces that belong to no figure found
        QList<Box> boxes; // strongest first
    };
    // Boxes as the catalog and the command line keep them: [["person"|"face", x, y, width,
    // height, score], …]. fromJson() passes over what is not such a box.
    static QJsonArray toJson(const QList<Box> &boxes);
    static QList<Box> fromJson(const QJsonArray &list);

    // `picture` is any QImage, upright.
    Found detect(const QImage &picture) const;

    // Whether faces are looked for too: false when opencv-data's cascade is not installed
    // (then only whole figures are found), with why in faceCascadeError().
    bool findsFaces() const;
    QString faceCascadeError() const;

private:
    struct Private;
    Private *d;
};
