#include "peopledetector.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Where Debian's opencv-data (and OpenCV built from source) put the cascades.
QString findCascade(const QString &name)
{
    const QStringList folders { u"/usr/share/opencv4/haarcascades"_s,
                                u"/usr/local/share/opencv4/haarcascades"_s,
                                u"/usr/share/opencv/haarcascades"_s };
    for (const QString &folder : folders) {
        const QString path = folder + u'/' + name;
        if (QFileInfo(path).isReadable())
            return path;
    }
    return {};
}

// Measured on the labelled set of bench/people.sh (frames of opencv-doc's street video, its
// photos, scenes without anybody): HOG margins of real figures are mostly above 1, those of
// trees, railings and shadows below 0.8.
constexpr double kPersonMargin = 0.8;
// HOG's pyramid step: 1.1 finds the figures that 1.05 does at half its cost.
constexpr double kPyramidStep = 1.1;
// Faces are looked for in a smaller picture: a face that matters in an "is it empty" question is
// not a dot, and the cascade's cost grows with the area.
constexpr int kFaceEdge = 512;
constexpr int kFaceMinSize = 24;
constexpr int kFaceNeighbours = 5;
constexpr double kFaceStep = 1.15;
constexpr double kMaxEnlargement = 2.0;

cv::Mat toGray(const QImage &picture, int edge, double &scale)
{
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                       size_t(gray.bytesPerLine()));
    // Enlarged at most twice: a figure of a few dozen source pixels is noise, not a person
    // (HOG sees 20 x 40 pixel "people" in test patterns enlarged three times).
    scale = std::min(kMaxEnlargement, double(edge) / std::max(gray.width(), gray.height()));
    cv::Mat out;
    cv::resize(view, out, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

double overlapOfSmaller(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
    return smaller > 0 ? both.width() * both.height() / smaller : 0;
}

} // namespace

struct PeopleDetector::Private
{
    cv::HOGDescriptor hog;
    cv::CascadeClassifier faces;
    QString faceError;
};

PeopleDetector::PeopleDetector()
    : d(new Private)
{
    d->hog.setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
    const QString cascade = findCascade(u"haarcascade_frontalface_alt2.xml"_s);
    if (cascade.isEmpty())
        d->faceError = tr("faces are not looked for: the face classifier of opencv-data is not installed");
    else if (!d->faces.load(cascade.toStdString()))
        d->faceError = tr("faces are not looked for: %1 could not be read").arg(cascade);
}

PeopleDetector::~PeopleDetector()
{
    delete d;
}

QJsonArray PeopleDetector::toJson(const QList<Box> &boxes)
{
    QJsonArray list;
    for (const Box &box : boxes) {
        list.append(QJsonArray { box.kind == Box::Kind::Face ? u"face"_s : u"person"_s, box.rect.x(),
                                 box.rect.y(), box.rect.width(), box.rect.height(), box.score });
    }
    return list;
}

QList<PeopleDetector::Box> PeopleDetector::fromJson(const QJsonArray &list)
{
    QList<Box> boxes;
    for (const QJsonValue &value : list) {
        const QJsonArray item = value.toArray();
        const QString kind = item.at(0).toString();
        if (item.size() < 5 || (kind != "face"_L1 && kind != "person"_L1))
            continue;
        Box box;
        box.kind = kind == "face"_L1 ? Box::Kind::Face : Box::Kind::Person;
        box.rect =
            QRectF(item.at(1).toDouble(), item.at(2).toDouble(), item.at(3).toDouble(), item.at(4).toDouble())
                .intersected(QRectF(0, 0, 1, 1));
        box.score = item.at(5).toDouble();
        if (!box.rect.isEmpty())
            boxes.append(box);
    }
    return boxes;
}

bool PeopleDetector::findsFaces() const
{
    return !d->faces.empty();
}

QString PeopleDetector::faceCascadeError() const
{
    return d->faceError;
}

PeopleDetector::Found PeopleDetector::detect(const QImage &picture) const
{
    Found found;
    if (picture.isNull() || picture.width() < 16 || picture.height() < 16)
        return found;
    double scale = 1;
    const cv::Mat gray = toGray(picture, kPictureEdge, scale);
    const QSizeF size(gray.cols, gray.rows);
    QList<Box> people;
    if (gray.cols >= 64 && gray.rows >= 128) {
        std::vector<cv::Rect> rects;
        std::vector<double> margins;
        d->hog.detectMultiScale(gray, rects, margins, 0, cv::Size(8, 8), cv::Size(0, 0), kPyramidStep, 2.0);
        for (size_t i = 0; i < rects.size(); ++i) {
            if (margins[i] < kPersonMargin)
                continue;
            // HOG's window has a margin of 1/8 around the figure: the box is the figure's.
            const cv::Rect &r = rects[i];
            const QRectF figure(r.x + r.width * 0.125, r.y + r.height * 0.0625, r.width * 0.75,
                                r.height * 0.875);
            people.append({ Box::Kind::Person,
                            QRectF(figure.x() / size.width(), figure.y() / size.height(),
                                   figure.width() / size.width(), figure.height() / size.height())
                                .intersected(QRectF(0, 0, 1, 1)),
                            margins[i] });
        }
    }
    QList<Box> faces;
    if (!d->faces.empty()) {
        double faceScale = 1;
        cv::Mat small = toGray(picture, kFaceEdge, faceScale);
        cv::equalizeHist(small, small);
        std::vector<cv::Rect> rects;
        std::vector<int> neighbours;
        d->faces.detectMultiScale(small, rects, neighbours, kFaceStep, kFaceNeighbours, 0,
                                  cv::Size(kFaceMinSize, kFaceMinSize));
        for (size_t i = 0; i < rects.size(); ++i) {
            const cv::Rect &r = rects[i];
            faces.append({ Box::Kind::Face,
                           QRectF(double(r.x) / small.cols, double(r.y) / small.rows,
                                  double(r.width) / small.cols, double(r.height) / small.rows),
                           double(neighbours[i]) });
        }
    }
    // A face inside a figure found is that figure's.
    found.count = int(people.size());
    for (const Box &face : std::as_const(faces)) {
        const bool ofAFigure = std::any_of(people.cbegin(), people.cend(), [&](const Box &person) {
            return overlapOfSmaller(person.rect, face.rect) > 0.6;
        });
        if (!ofAFigure)
            ++found.count;
    }
    std::sort(people.begin(), people.end(), [](const Box &a, const Box &b) { return a.score > b.score; });
    std::sort(faces.begin(), faces.end(), [](const Box &a, const Box &b) { return a.score > b.score; });
    found.boxes = people + faces;
    return found;
}
