// Shot boundaries on an edited sequence made frame by frame: cuts, a dissolve, a fade through
// black, and what must not count (a flash, an exposure change, a pan, handheld shake, a crowd,
// and a cut between two shots of the same colours).

#include "shotdetector.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kW = 320;
constexpr int kH = 180;
constexpr double kFps = 25;

// A "place": a gradient sky and shapes in a palette, `width` wide (wider for pans).
QImage scene(quint32 seed, int width = kW, int hueBase = -1)
{
    QRandomGenerator random(seed);
    QImage image(width, kH, QImage::Format_RGB888);
    QPainter painter(&image);
    const int hue = hueBase >= 0 ? hueBase : random.bounded(360);
    QLinearGradient sky(0, 0, 0, kH);
    sky.setColorAt(0, QColor::fromHsv(hue, 120, 230));
    sky.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 160, 90));
    painter.fillRect(image.rect(), sky);
    for (int i = 0; i < width / 10; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv((hue + random.bounded(90)) % 360, 60 + random.bounded(190),
                                         40 + random.bounded(210)));
        const QRect r(random.bounded(width), random.bounded(kH), 8 + random.bounded(70),
                      8 + random.bounded(60));
        if (random.bounded(2))
            painter.drawRect(r);
        else
            painter.drawEllipse(r);
    }
    return image;
}

QImage mix(const QImage &a, const QImage &b, double t)
{
    QImage out(kW, kH, QImage::Format_RGB888);
    for (int y = 0; y < kH; ++y) {
        const uchar *pa = a.constScanLine(y), *pb = b.constScanLine(y);
        uchar *po = out.scanLine(y);
        for (int x = 0; x < kW * 3; ++x)
            po[x] = uchar(std::lround(pa[x] * (1 - t) + pb[x] * t));
    }
    return out;
}

QImage brightened(const QImage &image, double gain, int lift = 0)
{
    QImage out = image.copy();
    for (int y = 0; y < kH; ++y) {
        uchar *p = out.scanLine(y);
        for (int x = 0; x < kW * 3; ++x)
            p[x] = uchar(std::clamp(int(std::lround(p[x] * gain)) + lift, 0, 255));
    }
    return out;
}

// Sensor noise, so that no two frames are the same.
QImage noisy(const QImage &image, quint32 seed)
{
    QImage out = image.copy();
    QRandomGenerator random(seed);
    for (int y = 0; y < kH; ++y) {
        uchar *p = out.scanLine(y);
        for (int x = 0; x < kW * 3; ++x)
            p[x] = uchar(std::clamp(int(p[x]) + random.bounded(9) - 4, 0, 255));
    }
    return out;
}

struct Sequence
{
    QList<QImage> frames;
    QList<std::pair<int, ShotDetector::Kind>> expected; // frame, kind
    void add(const QImage &frame) { frames.append(noisy(frame, quint32(frames.size()))); }
    void boundary(ShotDetector::Kind kind, int offset = 0)
    {
        expected.append({ int(frames.size()) + offset, kind });
    }
};

Sequence edited()
{
    Sequence s;
    const QImage a = scene(1), b = scene(2), c = scene(3, 3 * kW), d = scene(4), e = scene(5, kW, 200);
    const QImage samePalette = scene(6, kW, 200);
    // A, with an object crossing it.
    for (int i = 0; i < 50; ++i) {
        QImage frame = a.copy();
        QPainter(&frame).fillRect(QRect(i * 5, 80, 30, 30), Qt::red);
        s.add(frame);
    }
    s.boundary(ShotDetector::Kind::Cut);
    // B: two flash frames, then the lights come up slowly, then a dissolve into C.
    for (int i = 0; i < 30; ++i)
        s.add(b);
    s.add(brightened(b, 2.5, 120));
    s.add(brightened(b, 1.8, 60));
    for (int i = 0; i < 30; ++i)
        s.add(brightened(b, 1.0 + 0.5 * std::min(1.0, i / 10.0)));
    const QImage lit = brightened(b, 1.5);
    const QImage cStart = c.copy(0, 0, kW, kH);
    for (int i = 1; i <= 20; ++i) {
        if (i == 10)
            s.boundary(ShotDetector::Kind::Dissolve);
        s.add(mix(lit, cStart, i / 21.0));
    }
    // C: a fast pan across a wide place (8 px a frame).
    for (int i = 0; i < 75; ++i)
        s.add(c.copy(i * 8, 0, kW, kH));
    // Fade out to black and in on D.
    const QImage cEnd = c.copy(74 * 8, 0, kW, kH);
    for (int i = 1; i <= 10; ++i)
        s.add(brightened(cEnd, 1.0 - i / 10.0));
    s.boundary(ShotDetector::Kind::Fade, -5);
    for (int i = 1; i <= 10; ++i)
        s.add(brightened(d, i / 10.0));
    // D handheld: shaking by up to 10 px.
    QRandomGenerator shake(9);
    const QImage dWide = d.scaled(kW + 24, kH + 24);
    for (int i = 0; i < 60; ++i)
        s.add(dWide.copy(12 + shake.bounded(21) - 10, 12 + shake.bounded(21) - 10, kW, kH));
    // Cut to E, then to another place in the same colours.
    s.boundary(ShotDetector::Kind::Cut);
    for (int i = 0; i < 40; ++i)
        s.add(e);
    s.boundary(ShotDetector::Kind::Cut);
    // A crowd: forty figures walking across.
    QRandomGenerator crowd(11);
    QList<QPointF> people;
    for (int i = 0; i < 40; ++i)
        people.append(QPointF(crowd.bounded(kW), 60 + crowd.bounded(100)));
    for (int i = 0; i < 60; ++i) {
        QImage frame = samePalette.copy();
        QPainter painter(&frame);
        for (qsizetype p = 0; p < people.size(); ++p) {
            people[p].rx() += (p % 2 ? 3.0 : -2.5);
            painter.fillRect(QRectF(std::fmod(people[p].x() + kW, kW), people[p].y(), 6, 18),
                             QColor::fromHsv(int(p * 37) % 360, 200, 200));
        }
        s.add(frame);
    }
    return s;
}

} // namespace

class TestShotDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheEditsAndNothingElse()
    {
        const Sequence sequence = edited();
        ShotDetector detector(kFps);
        for (qsizetype i = 0; i < sequence.frames.size(); ++i) {
            const QImage &frame = sequence.frames.at(i);
            detector.addFrame(double(i) / kFps, frame.constBits(), frame.width(), frame.height(),
                              frame.bytesPerLine());
        }
        const QList<ShotDetector::Boundary> found = detector.boundaries();
        QStringList described;
        for (const ShotDetector::Boundary &b : found)
            described.append(u"%1@%2"_s.arg(int(b.kind)).arg(std::lround(b.timeS * kFps)));
        QStringList wanted;
        for (const auto &[frame, kind] : sequence.expected)
            wanted.append(u"%1@%2"_s.arg(int(kind)).arg(frame));
        QVERIFY2(found.size() == sequence.expected.size(),
                 qPrintable(u"found "_s + described.join(u' ') + u", expected "_s + wanted.join(u' ')));
        for (qsizetype i = 0; i < found.size(); ++i) {
            const auto [frame, kind] = sequence.expected.at(i);
            const int tolerance = kind == ShotDetector::Kind::Cut ? 1 : 6;
            QVERIFY2(std::abs(std::lround(found.at(i).timeS * kFps) - frame) <= tolerance,
                     qPrintable(described.join(u' ')));
            QCOMPARE(found.at(i).kind, kind);
        }
    }

    // A cut from a still picture into a busy one whose every frame changes a lot (FFmpeg's
    // zooming Mandelbrot set, as foliage or water in wind): the busy shot's structure may come
    // near the still one's a few frames on, its colours do not, so it is a cut and not a flash.
    void aCutIntoABusyShot()
    {
        // The set drawn small and enlarged, as the detector sees it anyway (it renders slowly).
        QProcess ffmpeg;
        ffmpeg.start(
            u"ffmpeg"_s,
            { u"-loglevel"_s,
              u"error"_s,
              u"-f"_s,
              u"lavfi"_s,
              u"-i"_s,
              u"smptebars=s=320x180:d=3:r=25"_s,
              u"-f"_s,
              u"lavfi"_s,
              u"-i"_s,
              u"mandelbrot=s=160x90:r=25:end_pts=3"_s,
              u"-filter_complex"_s,
              u"[1:v]scale=320:180,trim=duration=3,setpts=PTS-STARTPTS[m];[0:v][m]concat=n=2:v=1[v]"_s,
              u"-map"_s,
              u"[v]"_s,
              u"-frames:v"_s,
              u"150"_s,
              u"-f"_s,
              u"rawvideo"_s,
              u"-pix_fmt"_s,
              u"rgb24"_s,
              u"-"_s });
        QVERIFY2(ffmpeg.waitForFinished(180'000) && ffmpeg.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(ffmpeg.readAllStandardError())));
        const QByteArray raw = ffmpeg.readAllStandardOutput();
        constexpr qsizetype kFrame = 320 * 180 * 3;
        QCOMPARE(raw.size(), 150 * kFrame);
        ShotDetector detector(kFps);
        for (qsizetype i = 0; i < raw.size() / kFrame; ++i)
            detector.addFrame(double(i) / kFps, reinterpret_cast<const uchar *>(raw.constData()) + i * kFrame,
                              320, 180, 320 * 3);
        const QList<ShotDetector::Boundary> found = detector.boundaries();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, ShotDetector::Kind::Cut);
        QCOMPARE(std::lround(found.first().timeS * kFps), 75);
    }

    void tooFewFramesHaveNoBoundary()
    {
        ShotDetector detector;
        QCOMPARE(detector.boundaries().size(), 0);
        const QImage frame = scene(1);
        detector.addFrame(0, frame.constBits(), frame.width(), frame.height(), frame.bytesPerLine());
        QCOMPARE(detector.boundaries().size(), 0);
        detector.addFrame(0.04, nullptr, 0, 0, 0); // ignored
        QCOMPARE(detector.frameCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestShotDetector)
#include "tst_shotdetector.moc"
