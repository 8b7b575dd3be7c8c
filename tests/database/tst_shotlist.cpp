// A clip's shots as an EDL (CMX 3600) and as CSV: timecode from the clip's own start, events
// back to back on the record side, and what a spreadsheet reads. And how long something lasts,
// as the tiles, the inspector, the scout package and reelatlas-cli's progress show it.
#include "assetquery.h"
#include "csvfile.h"
#include "durationtext.h"
#include "shotlist.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

ShotRecord shot(double start, double end, const QString &kind = {}, std::optional<int> people = {})
{
    ShotRecord record;
    record.startS = start;
    record.endS = end;
    record.kind = kind;
    record.people = people;
    return record;
}

} // namespace

class TestShotList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timecodes()
    {
        QCOMPARE(ShotList::timecode(0, 25), u"00:00:00:00"_s);
        QCOMPARE(ShotList::timecode(3.52, 25), u"00:00:03:13"_s);
        QCOMPARE(ShotList::timecode(61, 29.97), u"00:01:01:00"_s); // counted at 30, non-drop
        QCOMPARE(ShotList::timecode(0.5, 23.976, u"10:59:59:12"_s), u"11:00:00:00"_s);
        QCOMPARE(ShotList::timecode(0.5, 50, u"01:00:00;10"_s), u"01:00:00:35"_s);
        QCOMPARE(ShotList::timecode(2, 25, u"not one"_s), u"00:00:02:00"_s);
        QCOMPARE(ShotList::timecode(10, 25, u"23:59:55:00"_s), u"00:00:05:00"_s); // past midnight
    }

    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << 0.0 << u"0:00"_s;
        QTest::newRow("under half a second") << 0.49 << u"0:00"_s;
        QTest::newRow("half a second rounds up") << 0.5 << u"0:01"_s;
        QTest::newRow("seconds") << 9.0 << u"0:09"_s;
        QTest::newRow("a minute and a bit") << 75.4 << u"1:15"_s;
        QTest::newRow("rounds into the next minute") << 59.6 << u"1:00"_s;
        QTest::newRow("just under an hour") << 3599.4 << u"59:59"_s;
        QTest::newRow("rounds into the hour") << 3599.5 << u"1:00:00"_s;
        QTest::newRow("hours, minutes padded") << 3725.0 << u"1:02:05"_s;
        QTest::newRow("over a day stays in hours") << 90061.0 << u"25:01:01"_s;
        QTest::newRow("negative: not known") << -1.0 << QString();
        QTest::newRow("a hair below zero") << -0.2 << QString();
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << QString();
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QString();
        QTest::newRow("absurd") << 1e300 << QString();
    }

    // One clock for every place; the search language reads it back (dur:1:02:05).
    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        const QString text = DurationText::clock(seconds);
        QCOMPARE(text, expected);
        if (!text.isEmpty())
            QCOMPARE(AssetQueryParser::parse(u"dur:"_s + text).terms,
                     QStringList { u"dur=%1"_s.arg(qint64(seconds + 0.5)) });
    }

    void edl()
    {
        const ShotList::Clip clip { u"海边 DJI_0042.MP4"_s, 25, u"01:00:00:00"_s };
        const QByteArray edl =
            ShotList::edl(clip, { shot(0, 4.2), shot(4.2, 9, u"dissolve"_s), shot(9, 12.04, u"cut"_s) });
        const QList<QByteArray> lines = edl.split('\n');
        QCOMPARE(lines.at(0), QByteArray("TITLE: __ DJI_0042.MP4\r"));
        QCOMPARE(lines.at(1), QByteArray("FCM: NON-DROP FRAME\r"));
        QList<QByteArray> events;
        for (const QByteArray &line : lines) {
            if (line.size() > 3 && std::isdigit(uchar(line.at(0))))
                events.append(line.trimmed());
        }
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0),
                 QByteArray("001  AX       V     C        01:00:00:00 01:00:04:05 01:00:00:00 01:00:04:05"));
        QCOMPARE(events.at(1),
                 QByteArray("002  AX       V     C        01:00:04:05 01:00:09:00 01:00:04:05 01:00:09:00"));
        QCOMPARE(events.at(2),
                 QByteArray("003  AX       V     C        01:00:09:00 01:00:12:01 01:00:09:00 01:00:12:01"));
        QVERIFY(edl.contains("* FROM CLIP NAME: " + u"海边 DJI_0042.MP4"_s.toUtf8() + "\r\n"));
        QVERIFY(edl.contains("* REELATLAS: BEGINS WITH A DISSOLVE\r\n"));
        QCOMPARE(ShotList::edl(clip, {}).count("\r\n"), 3); // a title, and nothing to cut
    }

    void csv()
    {
        const ShotList::Clip clip { u"=cmd.mp4"_s, 30, {} };
        ShotRecord second = shot(2, 5.5, u"cut"_s, 3);
        second.colours = { u"blue"_s, u"grey"_s };
        QString error;
        const auto table = Csv::read(ShotList::csv(clip, { shot(0, 2, {}, 0), second }), error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header,
                 (QStringList { u"shot"_s, u"start_s"_s, u"end_s"_s, u"length_s"_s, u"start_timecode"_s,
                                u"end_timecode"_s, u"begins_with"_s, u"people"_s, u"colors"_s, u"file"_s }));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(1),
                 (QStringList { u"2"_s, u"2.000"_s, u"5.500"_s, u"3.500"_s, u"00:00:02:00"_s,
                                u"00:00:05:15"_s, u"cut"_s, u"3"_s, u"blue grey"_s, u"=cmd.mp4"_s }));
        QCOMPARE(table->rows.at(0).at(7), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestShotList)
#include "tst_shotlist.moc"
