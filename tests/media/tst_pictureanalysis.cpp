#include "pictureanalysis.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

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

    // Colours by the names people use, most of the picture first; exposure; the light's warmth.
    // The weather a picture looks like, offered as a suggestion: a blue sky over a contrasty
    // scene, a bright grey sky, everything pale and flat, white ground; and nothing for a dark
    // picture, a blank white one or one without sky.
    void weatherLooks()
    {
        QRandomGenerator random(20261203);
        // Ground with things on it: dark and light patches.
        const auto scene = [&](const QColor &sky, int skyHeight, const QColor &ground, const QColor &things) {
            QImage image(320, 180, QImage::Format_RGB888);
            QPainter painter(&image);
            painter.fillRect(0, 0, 320, skyHeight, sky);
            painter.fillRect(0, skyHeight, 320, 180 - skyHeight, ground);
            for (int i = 0; i < 40; ++i)
                painter.fillRect(int(random.bounded(300)),
                                 skyHeight + int(random.bounded(180 - skyHeight - 10)), 20, 10, things);
            return image;
        };
        const QColor field(40, 80, 35), road(200, 190, 150);
        QCOMPARE(PictureAnalysis::look(scene(QColor(110, 160, 225), 60, field, road)).weather, u"sunny"_s);
        QCOMPARE(PictureAnalysis::look(scene(QColor(205, 205, 210), 70, field, road)).weather, u"overcast"_s);
        QCOMPARE(
            PictureAnalysis::look(scene(QColor(170, 180, 200), 60, QColor(245, 245, 248), QColor(40, 50, 40)))
                .weather,
            u"snow"_s);
        // Fog: pale grey everywhere, shapes barely there.
        QImage fog(320, 180, QImage::Format_RGB888);
        for (int y = 0; y < fog.height(); ++y) {
            for (int x = 0; x < fog.width(); ++x) {
                const int v = 185 + int(random.bounded(10)) - (y > 90 && x % 80 < 20 ? 12 : 0);
                fog.setPixelColor(x, y, QColor(v, v + 2, v + 4));
            }
        }
        QCOMPARE(PictureAnalysis::look(fog).weather, u"fog"_s);
        // Night, a blank white wall, an indoor picture without sky: no weather.
        QVERIFY(PictureAnalysis::look(scene(QColor(10, 12, 30), 60, QColor(15, 15, 15), QColor(250, 200, 80)))
                    .weather.isEmpty());
        QImage white(320, 180, QImage::Format_RGB888);
        white.fill(QColor(245, 245, 248));
        QVERIFY(PictureAnalysis::look(white).weather.isEmpty());
        QVERIFY(
            PictureAnalysis::look(scene(QColor(150, 60, 40), 60, QColor(120, 80, 50), QColor(230, 220, 200)))
                .weather.isEmpty());
        QCOMPARE(PictureAnalysis::weatherNames(),
                 (QStringList { u"sunny"_s, u"overcast"_s, u"fog"_s, u"snow"_s }));
    }

    void theLook()
    {
        const auto painted = [](std::initializer_list<std::pair<QColor, int>> bands) {
            QImage image(320, 180, QImage::Format_RGB888);
            QPainter painter(&image);
            int y = 0;
            for (const auto &[colour, height] : bands) {
                painter.fillRect(0, y, 320, height, colour);
                y += height;
            }
            return image;
        };
        // A sky over a field: blue above green; a strip of sand is too little to count.
        PictureAnalysis::Look look = PictureAnalysis::look(painted(
            { { QColor(110, 160, 225), 100 }, { QColor(50, 140, 60), 72 }, { QColor(220, 200, 160), 8 } }));
        QCOMPARE(look.colours, (QStringList { u"blue"_s, u"green"_s }));
        QCOMPARE(look.exposure, u"normal"_s);
        // Named as seen: dark red is red, tan is brown, light red is pink, navy is blue.
        QCOMPARE(PictureAnalysis::look(painted({ { QColor(120, 10, 10), 180 } })).colours,
                 QStringList { u"red"_s });
        QCOMPARE(PictureAnalysis::look(painted({ { QColor(200, 160, 110), 180 } })).colours,
                 QStringList { u"brown"_s });
        QCOMPARE(PictureAnalysis::look(painted({ { QColor(240, 150, 180), 180 } })).colours,
                 QStringList { u"pink"_s });
        QCOMPARE(PictureAnalysis::look(painted({ { QColor(20, 30, 90), 180 } })).colours,
                 QStringList { u"blue"_s });
        QCOMPARE(PictureAnalysis::look(painted({ { QColor(255, 140, 0), 180 } })).colours,
                 QStringList { u"orange"_s });
        // Night and snow.
        look = PictureAnalysis::look(painted({ { QColor(8, 8, 12), 150 }, { QColor(250, 200, 80), 30 } }));
        QCOMPARE(look.colours.first(), u"black"_s);
        QCOMPARE(look.exposure, u"dark"_s);
        look = PictureAnalysis::look(painted({ { QColor(245, 245, 248), 180 } }));
        QCOMPARE(look.colours, QStringList { u"white"_s });
        QCOMPARE(look.exposure, u"bright"_s);
        // Warmth of a grey card: under tungsten (warm, ~3000 K), in daylight (~6500 K), in shade
        // (cool, bluer).
        const int tungsten = PictureAnalysis::look(painted({ { QColor(200, 160, 110), 180 } })).temperatureK;
        const int daylight = PictureAnalysis::look(painted({ { QColor(180, 180, 180), 180 } })).temperatureK;
        const int shade = PictureAnalysis::look(painted({ { QColor(150, 165, 200), 180 } })).temperatureK;
        QVERIFY2(tungsten > 2500 && tungsten < 4000, qPrintable(QString::number(tungsten)));
        QVERIFY2(daylight > 6000 && daylight < 7000, qPrintable(QString::number(daylight)));
        QVERIFY2(shade > 8000, qPrintable(QString::number(shade)));
        // Every name is one the search knows.
        for (const QString &name :
             PictureAnalysis::look(painted({ { QColor(130, 40, 160), 90 }, { QColor(0, 128, 128), 90 } }))
                 .colours)
            QVERIFY(PictureAnalysis::colourNames().contains(name));
        QVERIFY(PictureAnalysis::look(QImage()).colours.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPictureAnalysis)
#include "tst_pictureanalysis.moc"
