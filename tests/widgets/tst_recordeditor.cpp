// The record editor alone: what it reads back from the form, coordinates in the three datums,
// contacts with fields the table does not show, problems before saving.

#include "recordeditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecordEditor : public QObject
{
    Q_OBJECT

    static RecordDetails details(const QJsonObject &record)
    {
        RecordDetails d;
        d.kind = RecordKind::Location;
        d.id = record.value(u"id"_s).toInteger();
        d.record = record;
        return d;
    }

private Q_SLOTS:
    void contactsKeepWhatTheTableDoesNotShow()
    {
        RecordEditor editor { QString() };
        const QJsonObject contact { { u"name"_s, u"王经理"_s },
                                    { u"phone"_s, u"13800138000"_s },
                                    { u"address"_s, u"山海关路1号"_s },
                                    { u"notes"_s, u"周末不接电话"_s },
                                    { u"confidential"_s, false } };
        editor.setDetails(details(
            { { u"id"_s, 7 }, { u"name_zh"_s, u"八大关"_s }, { u"contacts"_s, QJsonArray { contact } } }));
        QVERIFY(!editor.isDirty());
        auto *description = editor.findChild<QWidget *>(u"description"_s);
        QVERIFY(description);
        const QJsonObject read = editor.record().value(u"contacts"_s).toArray().at(0).toObject();
        QCOMPARE(read.value(u"address"_s).toString(), u"山海关路1号"_s);
        QCOMPARE(read.value(u"notes"_s).toString(), u"周末不接电话"_s);
        QCOMPARE(read.value(u"confidential"_s).toBool(), false);
        QCOMPARE(editor.record().value(u"id"_s).toInteger(), 7);
    }

    void coordinatesInThreeDatums()
    {
        RecordEditor editor { QString() };
        editor.startNew(RecordKind::Location, { { u"name_zh"_s, u"测试"_s } });
        auto *coordinates = editor.findChild<QLineEdit *>(u"coordinates"_s);
        auto *datum = editor.findChild<QComboBox *>(u"datum"_s);
        const Geo::LatLon wgs { 36.0543, 120.3532 };
        const Geo::LatLon gcj = Geo::wgs84ToGcj02(wgs);
        // Pasted first, the datum said after: read in that datum.
        coordinates->setText(u"%1, %2"_s.arg(gcj.lat, 0, 'f', 8).arg(gcj.lon, 0, 'f', 8));
        Q_EMIT coordinates->textEdited(coordinates->text());
        datum->setCurrentIndex(datum->findData(int(Geo::Datum::Gcj02)));
        QJsonObject record = editor.record();
        QVERIFY(std::abs(record.value(u"lat"_s).toDouble() - wgs.lat) < 1e-6);
        QVERIFY(std::abs(record.value(u"lon"_s).toDouble() - wgs.lon) < 1e-6);
        // A stored place shown in another datum stays the same place.
        editor.setDetails(details(
            { { u"id"_s, 3 }, { u"name_zh"_s, u"测试"_s }, { u"lat"_s, wgs.lat }, { u"lon"_s, wgs.lon } }));
        datum->setCurrentIndex(datum->findData(int(Geo::Datum::Bd09)));
        QCOMPARE(coordinates->text(), Geo::format(Geo::convert(wgs, Geo::Datum::Wgs84, Geo::Datum::Bd09)));
        record = editor.record();
        QCOMPARE(record.value(u"lat"_s).toDouble(), wgs.lat);
        // AMap's longitude-first copy, in Xinjiang.
        datum->setCurrentIndex(datum->findData(int(Geo::Datum::Gcj02)));
        coordinates->setText(u"87.6168,43.8256"_s);
        Q_EMIT coordinates->textEdited(coordinates->text());
        record = editor.record();
        QVERIFY(std::abs(record.value(u"lat"_s).toDouble() - 43.8256) < 0.01);
        // Not coordinates: named before saving.
        coordinates->setText(u"海边"_s);
        Q_EMIT coordinates->textEdited(coordinates->text());
        QVERIFY(!editor.problems().isEmpty());
        QSignalSpy saves(&editor, &RecordEditor::saveRequested);
        QVERIFY(!editor.save());
        QCOMPARE(saves.size(), 0);
    }
};

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
