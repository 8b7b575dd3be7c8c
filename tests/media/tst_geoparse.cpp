#include "geoparse.h"

#include <QTest>

class TestGeoParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iso6709_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("alt"); // NaN: none

        const double none = qQNaN();
        QTest::newRow("apple decimal") << "+36.0600+120.3800+012.000/" << true << 36.06 << 120.38 << 12.0;
        QTest::newRow("android no altitude") << "+48.8584+002.2945/" << true << 48.8584 << 2.2945 << none;
        QTest::newRow("south west") << "-33.8568-070.6479/" << true << -33.8568 << -70.6479 << none;
        QTest::newRow("below sea level") << "+31.5590+035.4732-430.5/" << true << 31.559 << 35.4732 << -430.5;
        QTest::newRow("with CRS") << "+35.6895+139.6917+040CRSWGS_84/" << true << 35.6895 << 139.6917 << 40.0;
        QTest::newRow("no slash") << "+22.5431+114.0579" << true << 22.5431 << 114.0579 << none;
        QTest::newRow("degrees minutes") << "+4851.50+00217.70/" << true << 48.858333 << 2.295 << none;
        QTest::newRow("degrees minutes seconds")
            << "+485130.0+0021742.0/" << true << 48.858333 << 2.295 << none;
        QTest::newRow("zero fix is no fix") << "+00.0000+000.0000/" << false << 0.0 << 0.0 << none;
        QTest::newRow("out of range") << "+95.0000+010.0000/" << false << 0.0 << 0.0 << none;
        QTest::newRow("garbage") << "somewhere nice" << false << 0.0 << 0.0 << none;
        QTest::newRow("empty") << "" << false << 0.0 << 0.0 << none;
        QTest::newRow("one number") << "+36.06/" << false << 0.0 << 0.0 << none;
    }

    void iso6709()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto point = GeoParse::fromIso6709(text);
        QCOMPARE(point.has_value(), valid);
        if (!valid)
            return;
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, alt);
        QVERIFY2(std::abs(point->lat - lat) < 1e-5, qPrintable(QString::number(point->lat)));
        QVERIFY2(std::abs(point->lon - lon) < 1e-5, qPrintable(QString::number(point->lon)));
        QCOMPARE(point->altM.has_value(), !qIsNaN(alt));
        if (point->altM)
            QCOMPARE(*point->altM, alt);
    }
};

QTEST_GUILESS_MAIN(TestGeoParse)
#include "tst_geoparse.moc"
