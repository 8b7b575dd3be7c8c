#include "shotlist.h"

#include "csvfile.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ShotList {

namespace {

int framesPerSecond(double fps)
{
    return std::clamp(int(std::lround(fps > 0 ? fps : 25)), 1, 1000);
}

// Frames since midnight of "HH:MM:SS:FF"; 0 when it is not one.
qint64 framesOf(const QString &timecode, int rate)
{
    const QStringList parts = QString(timecode).replace(u';', u':').replace(u'.', u':').split(u':');
    if (parts.size() != 4)
        return 0;
    qint64 values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].toLongLong(&ok);
        if (!ok || values[i] < 0)
            return 0;
    }
    return ((values[0] * 60 + values[1]) * 60 + values[2]) * rate + values[3];
}

QString format(qint64 frames, int rate)
{
    frames = ((frames % (qint64(24) * 3600 * rate)) + qint64(24) * 3600 * rate) % (qint64(24) * 3600 * rate);
    const qint64 f = frames % rate, seconds = frames / rate;
    return u"%1:%2:%3:%4"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'))
        .arg(f, 2, 10, QChar(u'0'));
}

qint64 frameAt(double seconds, int rate)
{
    return qint64(std::llround(std::max(0.0, seconds) * rate));
}

} // namespace

QString timecode(double seconds, double fps, const QString &start)
{
    const int rate = framesPerSecond(fps);
    return format(framesOf(start, rate) + frameAt(seconds, rate), rate);
}

QByteArray edl(const Clip &clip, const QList<ShotRecord> &shots)
{
    const int rate = framesPerSecond(clip.fps);
    const qint64 origin = framesOf(clip.startTimecode, rate);
    // Plain ASCII where the format has no room for more: the title and reel; the file's own
    // name goes in the comments, as UTF-8.
    QString title = clip.fileName;
    for (QChar &c : title) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = u'_';
    }
    QByteArray out = "TITLE: " + title.left(70).toLatin1() + "\r\nFCM: NON-DROP FRAME\r\n\r\n";
    qint64 record = qint64(3600) * rate; // 01:00:00:00
    for (qsizetype i = 0; i < shots.size(); ++i) {
        const qint64 in = frameAt(shots[i].startS, rate),
                     end = std::max(in + 1, frameAt(shots[i].endS, rate));
        const QString event = u"%1  AX       V     C        %2 %3 %4 %5\r\n"_s.arg(i + 1, 3, 10, QChar(u'0'))
                                  .arg(format(origin + in, rate), format(origin + end, rate),
                                       format(record, rate), format(record + end - in, rate));
        out += event.toLatin1();
        out += "* FROM CLIP NAME: " + clip.fileName.toUtf8() + "\r\n";
        if (!shots[i].kind.isEmpty() && shots[i].kind != "cut"_L1)
            out += "* REELATLAS: BEGINS WITH A " + shots[i].kind.toUpper().toLatin1() + "\r\n";
        out += "\r\n";
        record += end - in;
    }
    return out;
}

QByteArray csv(const Clip &clip, const QList<ShotRecord> &shots)
{
    QByteArray out = Csv::line({ u"shot"_s, u"start_s"_s, u"end_s"_s, u"length_s"_s, u"start_timecode"_s,
                                 u"end_timecode"_s, u"begins_with"_s, u"people"_s, u"colors"_s, u"file"_s });
    const QLocale c = QLocale::c();
    for (qsizetype i = 0; i < shots.size(); ++i) {
        const ShotRecord &shot = shots[i];
        out += Csv::line({ QString::number(i + 1), c.toString(shot.startS, 'f', 3),
                           c.toString(shot.endS, 'f', 3), c.toString(shot.endS - shot.startS, 'f', 3),
                           timecode(shot.startS, clip.fps, clip.startTimecode),
                           timecode(shot.endS, clip.fps, clip.startTimecode), shot.kind,
                           shot.people ? QString::number(*shot.people) : QString(), shot.colours.join(u' '),
                           clip.fileName });
    }
    return out;
}

} // namespace ShotList
