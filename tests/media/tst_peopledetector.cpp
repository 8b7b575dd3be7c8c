// People in the picture, on real photographs and video that Debian ships (opencv-doc: a street
// with pedestrians seen from a first floor, photos of places without anybody, a close-up) and on
// pictures made here. The labelled set of bench/people.sh measures precision and recall; this
// suite keeps the plain cases from breaking.
#include "mediaprocessor.h"
#include "peopledetector.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSamples = u"/usr/share/doc/opencv-doc/examples/data"_s;

} // namespace

class TestPeopleDetector : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PeopleDetector m_detector;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    void ffmpeg(const QStringList &args)
    {
        QString error;
        QVERIFY2(TestSupport::ffmpeg(args, &error), qPrintable(error));
    }
    // One frame of one of opencv-doc's videos.
    QImage frameOf(const QString &video, double seconds)
    {
        const QString out = file(u"%1-%2.png"_s.arg(video).arg(seconds));
        ffmpeg({ u"-ss"_s, QString::number(seconds), u"-i"_s, kSamples + u'/' + video, u"-frames:v"_s, u"1"_s,
                 out });
        return QImage(out);
    }
    QString describe(const PeopleDetector::Found &found) const
    {
        return QString::fromUtf8(
            QJsonDocument(PeopleDetector::toJson(found.boxes)).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(kSamples + u"/vtest.avi"_s),
                 "opencv-doc is not installed (./build.sh installs it)");
        QVERIFY2(m_detector.findsFaces(), qPrintable(m_detector.faceCascadeError()));
    }

    // Pedestrians 60-100 pixels tall in a 768 x 576 street view: small figures in a wide shot.
    void pedestriansInAStreet_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("2 s") << 2.0 << 2;
        QTest::newRow("30 s") << 30.0 << 2;
        QTest::newRow("60 s") << 60.0 << 2;
    }
    void pedestriansInAStreet()
    {
        QFETCH(double, seconds);
        QFETCH(int, atLeast);
        const QImage frame = frameOf(u"vtest.avi"_s, seconds);
        QVERIFY(!frame.isNull());
        const PeopleDetector::Found found = m_detector.detect(frame);
        QVERIFY2(found.count >= atLeast, qPrintable(describe(found)));
        for (const PeopleDetector::Box &box : found.boxes) {
            QVERIFY(QRectF(0, 0, 1, 1).contains(box.rect));
            QVERIFY(box.rect.height() < 0.5); // small figures, not the whole frame
        }
        QCOMPARE(found.boxes.first().kind, PeopleDetector::Box::Kind::Person);
        // Strongest first.
        for (qsizetype i = 1; i < found.boxes.size(); ++i) {
            if (found.boxes.at(i).kind == found.boxes.at(i - 1).kind)
                QVERIFY(found.boxes.at(i).score <= found.boxes.at(i - 1).score);
        }
        // The same picture turned on its side is not a street of people standing up: the result
        // depends on the picture, not on a constant.
        const PeopleDetector::Found sideways = m_detector.detect(frame.transformed(QTransform().rotate(90)));
        QVERIFY2(sideways.count < found.count, qPrintable(describe(sideways)));
    }

    void nobodyThere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("building") << u"building.jpg"_s;
        QTest::newRow("house") << u"home.jpg"_s;
        QTest::newRow("fruit") << u"fruits.jpg"_s;
        QTest::newRow("aerial view") << u"aero1.jpg"_s;
        QTest::newRow("tree video") << u"tree.avi"_s;
    }
    void nobodyThere()
    {
        QFETCH(QString, name);
        const QImage picture = name.endsWith(u".avi"_s) ? frameOf(name, 3) : QImage(kSamples + u'/' + name);
        QVERIFY(!picture.isNull());
        const PeopleDetector::Found found = m_detector.detect(picture);
        QVERIFY2(found.count == 0, qPrintable(describe(found)));
        QVERIFY(found.boxes.isEmpty());
    }

    void aFaceCloseUp()
    {
        // A footballer in full stride, which the figure detector does not see upright: his face.
        const PeopleDetector::Found found = m_detector.detect(QImage(kSamples + u"/messi5.jpg"_s));
        QVERIFY2(found.count >= 1, qPrintable(describe(found)));
        QVERIFY(std::any_of(found.boxes.cbegin(), found.boxes.cend(), [](const PeopleDetector::Box &b) {
            return b.kind == PeopleDetector::Box::Kind::Face;
        }));
    }

    void picturesTooSmallOrFlat()
    {
        QCOMPARE(m_detector.detect(QImage()).count, 0);
        QImage tiny(8, 8, QImage::Format_RGB32);
        tiny.fill(Qt::gray);
        QCOMPARE(m_detector.detect(tiny).count, 0);
        QImage flat(1920, 1080, QImage::Format_RGB32);
        flat.fill(QColor(40, 90, 160));
        QCOMPARE(m_detector.detect(flat).count, 0);
        QImage strip(4000, 20, QImage::Format_Grayscale8);
        strip.fill(128);
        QCOMPARE(m_detector.detect(strip).count, 0);
    }

    void boxesAsTheCatalogKeepsThem()
    {
        const QList<PeopleDetector::Box> boxes {
            { PeopleDetector::Box::Kind::Person, QRectF(0.1, 0.2, 0.05, 0.15), 2.5 },
            { PeopleDetector::Box::Kind::Face, QRectF(0.5, 0.5, 0.1, 0.1), 7 },
        };
        const QList<PeopleDetector::Box> back = PeopleDetector::fromJson(PeopleDetector::toJson(boxes));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).kind, PeopleDetector::Box::Kind::Person);
        QCOMPARE(back.at(0).rect, boxes.at(0).rect);
        QCOMPARE(back.at(1).kind, PeopleDetector::Box::Kind::Face);
        QCOMPARE(back.at(1).score, 7.0);
        // What a damaged or hand-edited catalog may hold: passed over, or kept inside the picture.
        const QJsonArray hostile = QJsonDocument::fromJson(
                                       R"([["cat", 0, 0, 1, 1], ["person"], "x", ["face", 0.9, 0.9, 5, 5, 1],
                                           ["person", -3, -3, 1, 1, 0]])")
                                       .array();
        const QList<PeopleDetector::Box> kept = PeopleDetector::fromJson(hostile);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).rect, QRectF(0.9, 0.9, 0.1, 0.1));
    }

    // Shots shorter than the stills' one-second spacing (fast-cut promos, trailers) are looked at
    // too, from their first frame, taken when the picture changed sharply: 0.6 s of colour bars and
    // 0.6 s of street, three times over.
    void aShortShotIsLookedAt()
    {
        const QString clip = file(u"short-street-shots.mp4"_s);
        QString graph =
            u"[0]fps=25,format=yuv420p,split=3[s1][s2][s3];[1]format=yuv420p,split=3[c1][c2][c3];"_s;
        for (int i = 1; i <= 3; ++i)
            graph += u"[s%1]trim=start=%2:duration=0.6,setpts=PTS-STARTPTS[a%1];"
                     u"[c%1]trim=duration=0.6,setpts=PTS-STARTPTS[b%1];"_s.arg(i)
                         .arg(i * 15);
        graph += u"[b1][a1][b2][a2][b3][a3]concat=n=6[v]"_s;
        ffmpeg({ u"-i"_s, kSamples + u"/vtest.avi"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                 u"smptehdbars=size=768x576:rate=25:duration=3"_s, u"-filter_complex"_s, graph, u"-map"_s,
                 u"[v]"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, clip });
        const MediaProcessor::Analysis analysis = MediaProcessor().analyze(QFile::encodeName(clip));
        QVERIFY2(analysis.status == MediaProcessor::Status::Ok, qPrintable(analysis.error));
        QCOMPARE(analysis.shots.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const MediaProcessor::Shot &shot = analysis.shots.at(i);
            const QString where = u"shot %1 (%2-%3 s)"_s.arg(i).arg(shot.startS).arg(shot.endS);
            QVERIFY2(shot.people.has_value(), qPrintable(where + u": not looked at"_s));
            if (i % 2 == 0)
                QVERIFY2(*shot.people == 0, qPrintable(where + u": bars with people"_s));
            else
                QVERIFY2(*shot.people >= 1, qPrintable(where + u": street without people"_s));
        }
    }

    // The analysis pass: a clip of a street shot, then a shot of nobody; and photos.
    void theAnalysisPassCountsPeoplePerShot()
    {
        const QString clip = file(u"street-then-pattern.mp4"_s);
        ffmpeg({ u"-i"_s, kSamples + u"/vtest.avi"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                 u"testsrc2=size=768x576:rate=10:duration=4"_s, u"-filter_complex"_s,
                 u"[0]trim=start=20:duration=5,setpts=PTS-STARTPTS,format=yuv420p[a];[1]format=yuv420p[b];"
                 u"[a][b]concat=n=2[v]"_s,
                 u"-map"_s, u"[v]"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, clip });
        const MediaProcessor processor;
        const MediaProcessor::Analysis analysis = processor.analyze(QFile::encodeName(clip));
        QVERIFY2(analysis.status == MediaProcessor::Status::Ok, qPrintable(analysis.error));
        QCOMPARE(analysis.shots.size(), 2);
        QVERIFY(analysis.shots.at(0).people.has_value());
        QVERIFY2(*analysis.shots.at(0).people >= 2,
                 qPrintable(QString::number(*analysis.shots.at(0).people)));
        QVERIFY(!analysis.shots.at(0).boxes.isEmpty());
        QCOMPARE(analysis.shots.at(1).people, std::optional<int>(0));
        QVERIFY(analysis.shots.at(1).boxes.isEmpty());
        QCOMPARE(analysis.people, analysis.shots.at(0).people);

        // As the worker sends it.
        const MediaProcessor::Analysis back = MediaProcessor::Analysis::fromCbor(analysis.toCbor());
        QCOMPARE(back.people, analysis.people);
        QCOMPARE(back.shots.at(0).boxes.size(), analysis.shots.at(0).boxes.size());
        QCOMPARE(back.shots.at(1).people, std::optional<int>(0));

        const MediaProcessor::Analysis face =
            processor.analyze(QFile::encodeName(kSamples + u"/messi5.jpg"_s));
        QVERIFY2(face.status == MediaProcessor::Status::Ok, qPrintable(face.error));
        QCOMPARE(face.shots.size(), 1);
        QVERIFY(face.people.value_or(0) >= 1);
        const MediaProcessor::Analysis empty =
            processor.analyze(QFile::encodeName(kSamples + u"/building.jpg"_s));
        QCOMPARE(empty.people, std::optional<int>(0));
        // A photo that cannot be read is not "nobody in it".
        QFile broken(file(u"broken.jpg"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xff\xd8\xff\xe0 not really a JPEG");
        broken.close();
        const MediaProcessor::Analysis unreadable = processor.analyze(QFile::encodeName(broken.fileName()));
        QCOMPARE(unreadable.status, MediaProcessor::Status::Failed);
        QVERIFY(!unreadable.people.has_value());
        QVERIFY(!unreadable.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeopleDetector)
#include "tst_peopledetector.moc"
