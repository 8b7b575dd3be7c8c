#include "pictureanalysis.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

class TestPictureAnalysis : public QObject
{
    Q_OBJECT

    static QImage detailed(quint32 seed)
    {
        QImage image(256, 144, QImage::Format_RGB888);
        QRandomGenerator random(seed);
        QPainter painter(&image);
        painter.fillRect(image.rect(), QColor(90, 120, 160));
        for (int i = 0; i < 120; ++i) {
            painter.setPen(QColor::fromRgb(random.generate() | 0xff000000));
            painter.drawLine(int(random.bounded(256)), int(random.bounded(144)), int(random.bounded(256)),
                             int(random.bounded(144)));
        }
        return image;
    }

private Q_SLOTS:
    void blankPicturesAreRecognised()
    {
        QImage black(256, 144, QImage::Format_RGB888);
        black.fill(Qt::black);
        QVERIFY(PictureAnalysis::analyze(black).isBlank());
        QImage white(256, 144, QImage::Format_RGB888);
        white.fill(Qt::white);
        QVERIFY(PictureAnalysis::analyze(white).isBlank());
        QImage grey(256, 144, QImage::Format_RGB888);
        grey.fill(QColor(128, 128, 128));
        QVERIFY(PictureAnalysis::analyze(grey).isBlank());
        QVERIFY(!PictureAnalysis::analyze(detailed(1)).isBlank());
    }

    void detailScoresAboveBlankAndBlur()
    {
        const QImage sharp = detailed(2);
        const QImage blurred = sharp.scaled(32, 18, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                   .scaled(256, 144, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QImage black(256, 144, QImage::Format_RGB888);
        black.fill(Qt::black);
        const PictureStats s = PictureAnalysis::analyze(sharp);
        const PictureStats b = PictureAnalysis::analyze(blurred);
        QVERIFY(s.sharpness > 4 * b.sharpness);
        QVERIFY(s.score > b.score);
        QVERIFY(b.score > PictureAnalysis::analyze(black).score);
    }

    void perceptualHashSurvivesScaling()
    {
        const QImage a = detailed(3);
        const quint64 hashA = PictureAnalysis::analyze(a).phash;
        const quint64 hashScaled =
            PictureAnalysis::analyze(a.scaled(160, 90, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                .phash;
        const quint64 hashOther = PictureAnalysis::analyze(detailed(4)).phash;
        QVERIFY2(PictureAnalysis::hashDistance(hashA, hashScaled) <= 8,
                 qPrintable(QString::number(PictureAnalysis::hashDistance(hashA, hashScaled))));
        QVERIFY(PictureAnalysis::hashDistance(hashA, hashOther) > 12);
    }

    void dominantColours()
    {
        QImage image(200, 100, QImage::Format_RGB888);
        QPainter painter(&image);
        painter.fillRect(0, 0, 150, 100, QColor(0, 0, 255));
        painter.fillRect(150, 0, 50, 100, QColor(255, 0, 0));
        painter.end();
        const QStringList colors = PictureAnalysis::analyze(image).dominantColors;
        QVERIFY(!colors.isEmpty());
        QCOMPARE(colors.first(), QStringLiteral("#0000ff"));
        QVERIFY(colors.contains(QStringLiteral("#ff0000")));
    }
};

QTEST_GUILESS_MAIN(TestPictureAnalysis)
#include "tst_pictureanalysis.moc"
