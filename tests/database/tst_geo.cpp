#include "geo.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// Conversions checked against the pairs published with wandergis/coordtransform (test/app.js,
// input 116.404, 39.915 each way), the algorithm most Chinese map tools use.
class TestGeo : public QObject
{
    Q_OBJECT

    static void near(Geo::LatLon actual, double lat, double lon, double tolerance, const char *what)
    {
        QVERIFY2(std::abs(actual.lat - lat) < tolerance && std::abs(actual.lon - lon) < tolerance,
                 qPrintable(u"%1: got %2, %3 expected %4, %5"_s.arg(QLatin1StringView(what))
                                .arg(actual.lat, 0, 'f', 10)
                                .arg(actual.lon, 0, 'f', 10)
                                .arg(lat, 0, 'f', 10)
                                .arg(lon, 0, 'f', 10)));
    }

private Q_SLOTS:
    void publishedPairs()
    {
        const Geo::LatLon p { 39.915, 116.404 };
        near(Geo::wgs84ToGcj02(p), 39.91640428150164, 116.41024449916938, 1e-9, "wgs84 -> gcj02");
        near(Geo::gcj02ToBd09(p), 39.92133699351021, 116.41036949371029, 1e-9, "gcj02 -> bd09");
        near(Geo::bd09ToGcj02(p), 39.90865673957631, 116.39762729119315, 1e-9, "bd09 -> gcj02");
        // The published inverse is one step of approximation; ours iterates, so it agrees to
        // about a metre and is exact on the round trip.
        near(Geo::gcj02ToWgs84(p), 39.91359571849836, 116.39775550083061, 2e-5, "gcj02 -> wgs84");
        near(Geo::wgs84ToGcj02(Geo::gcj02ToWgs84(p)), p.lat, p.lon, 1e-9, "round trip");
    }

    void roundTripsAcrossChina_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("qingdao") << 36.0671 << 120.3826;
        QTest::newRow("urumqi") << 43.8256 << 87.6168;
        QTest::newRow("sanya") << 18.2528 << 109.5119;
        QTest::newRow("harbin") << 45.8038 << 126.5350;
    }
    void roundTripsAcrossChina()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        const Geo::LatLon wgs { lat, lon };
        for (const Geo::Datum datum : { Geo::Datum::Gcj02, Geo::Datum::Bd09 }) {
            const Geo::LatLon shifted = Geo::convert(wgs, Geo::Datum::Wgs84, datum);
            // Shifted by a few hundred metres, not more.
            const double km = Geo::distanceKm(wgs, shifted);
            QVERIFY2(km > 0.05 && km < 2.0, qPrintable(QString::number(km)));
            near(Geo::convert(shifted, datum, Geo::Datum::Wgs84), lat, lon, 1e-6, "back to wgs84");
        }
    }

    void noShiftOutsideChina()
    {
        const Geo::LatLon paris { 48.8566, 2.3522 };
        near(Geo::wgs84ToGcj02(paris), paris.lat, paris.lon, 1e-12, "paris");
        near(Geo::gcj02ToWgs84(paris), paris.lat, paris.lon, 1e-12, "paris");
    }

    void distancesAndBoxes()
    {
        // Beijing to Shanghai: 1067 km on the great circle.
        const double km = Geo::distanceKm({ 39.9042, 116.4074 }, { 31.2304, 121.4737 });
        QVERIFY2(std::abs(km - 1067.0) < 5.0, qPrintable(QString::number(km)));
        QCOMPARE(Geo::distanceKm({ 10, 10 }, { 10, 10 }), 0.0);

        // Every point of the circle lies in the box.
        const Geo::LatLon centre { 36.0671, 120.3826 };
        const Geo::Box box = Geo::boxAround(centre, 40);
        QVERIFY(!box.wrapsLongitude);
        for (int bearing = 0; bearing < 360; bearing += 5) {
            const double b = bearing * M_PI / 180, d = 39.99 / 6371.0088, la = centre.lat * M_PI / 180,
                         lo = centre.lon * M_PI / 180;
            const double lat2 =
                std::asin(std::sin(la) * std::cos(d) + std::cos(la) * std::sin(d) * std::cos(b));
            const double lon2 = lo
                + std::atan2(std::sin(b) * std::sin(d) * std::cos(la),
                             std::cos(d) - std::sin(la) * std::sin(lat2));
            const double latDeg = lat2 * 180 / M_PI, lonDeg = lon2 * 180 / M_PI;
            QVERIFY(latDeg >= box.minLat && latDeg <= box.maxLat);
            QVERIFY(lonDeg >= box.minLon && lonDeg <= box.maxLon);
        }
        // Across the antimeridian and at a pole.
        const Geo::Box fiji = Geo::boxAround({ -17.7, 179.9 }, 50);
        QVERIFY(fiji.wrapsLongitude);
        QVERIFY(fiji.minLon > fiji.maxLon);
        const Geo::Box pole = Geo::boxAround({ 89.9, 0 }, 50);
        QCOMPARE(pole.minLon, -180.0);
        QCOMPARE(pole.maxLon, 180.0);
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("lonFirst");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("decimal") << u"36.0671, 120.3826"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("no space") << u"36.0671,120.3826"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("full-width comma") << u"36.0671，120.3826"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("amap order") << u"120.3826,36.0671"_s << true << true << 36.0671 << 120.3826;
        QTest::newRow("lon > 90 first") << u"120.3826 36.0671"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("letters") << u"N36.0671 E120.3826"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("letters lon first") << u"E120.3826 N36.0671"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("west") << u"N40.7128 W74.0060"_s << false << true << 40.7128 << -74.006;
        QTest::newRow("south suffix") << u"33.8688S, 151.2093E"_s << false << true << -33.8688 << 151.2093;
        QTest::newRow("dms") << u"36°04'01.6\"N 120°22'57.4\"E"_s << false << true << 36.067111 << 120.382611;
        QTest::newRow("chinese") << u"北纬36.0671 东经120.3826"_s << false << true << 36.0671 << 120.3826;
        QTest::newRow("negative") << u"-33.8688, 151.2093"_s << false << true << -33.8688 << 151.2093;
        QTest::newRow("one number") << u"36.0671"_s << false << false << 0.0 << 0.0;
        QTest::newRow("three numbers") << u"1, 2, 3"_s << false << false << 0.0 << 0.0;
        QTest::newRow("out of range") << u"95, 200"_s << false << false << 0.0 << 0.0;
        QTest::newRow("words") << u"qingdao"_s << false << false << 0.0 << 0.0;
        QTest::newRow("junk between") << u"36.1 abc 120.3"_s << false << false << 0.0 << 0.0;
        QTest::newRow("empty") << QString() << false << false << 0.0 << 0.0;
    }
    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, lonFirst);
        QFETCH(bool, ok);
        const auto p = Geo::parse(text, lonFirst);
        QCOMPARE(p.has_value(), ok);
        if (ok) {
            QFETCH(double, lat);
            QFETCH(double, lon);
            near(*p, lat, lon, 1e-5, "parsed");
        }
    }

    void mapAppsCopyLongitudeFirst()
    {
        // Xinjiang: both numbers under 90, read the way that lies in China.
        const auto urumqi = Geo::parseInChina(u"87.6168,43.8256"_s);
        QVERIFY(urumqi);
        near(*urumqi, 43.8256, 87.6168, 1e-9, "urumqi");
        const auto qingdao = Geo::parseInChina(u"36.0671, 120.3826"_s);
        near(*qingdao, 36.0671, 120.3826, 1e-9, "qingdao");
        const auto paris = Geo::parseInChina(u"48.8566, 2.3522"_s); // outside China either way: as written
        near(*paris, 48.8566, 2.3522, 1e-9, "paris");
    }

    // The sun's elevation against an independent almanac formula (USNO's low-precision one, which
    // leaves refraction out: it lifts the sun ~0.3° at -1°, ~0.01° at 77°), and the light it makes.
    void sunElevationAndLight_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("when");
        QTest::addColumn<double>("elevation");
        QTest::addColumn<QString>("light");
        QTest::newRow("Qingdao, midsummer noon")
            << 36.0671 << 120.3826 << u"2024-06-21T04:00:00Z"_s << 77.37 << u"day"_s;
        QTest::newRow("Qingdao, just after sunset")
            << 36.0671 << 120.3826 << u"2024-06-21T11:20:00Z"_s << -0.73 << u"golden"_s;
        QTest::newRow("Qingdao, blue hour")
            << 36.0671 << 120.3826 << u"2024-06-21T11:45:00Z"_s << -5.26 << u"blue"_s;
        QTest::newRow("Qingdao, night")
            << 36.0671 << 120.3826 << u"2024-06-21T14:00:00Z"_s << -24.03 << u"night"_s;
        QTest::newRow("Sydney, midwinter noon")
            << -33.8688 << 151.2093 << u"2024-06-21T01:55:00Z"_s << 32.70 << u"day"_s;
        QTest::newRow("Harbin, winter morning")
            << 45.8038 << 126.5349 << u"2024-01-10T23:30:00Z"_s << 1.90 << u"golden"_s;
        QTest::newRow("a time with an offset")
            << 36.0671 << 120.3826 << u"2024-06-21T12:00:00+08:00"_s << 77.37 << u"day"_s;
    }
    void sunElevationAndLight()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, when);
        QFETCH(double, elevation);
        QFETCH(QString, light);
        const QDateTime time = QDateTime::fromString(when, Qt::ISODate);
        QVERIFY(time.isValid());
        const double found = Geo::sunElevation({ lat, lon }, time);
        QVERIFY2(std::abs(found - elevation) < 0.15, qPrintable(QString::number(found)));
        QCOMPARE(Geo::lightOf(found), light);
    }

    void formatting()
    {
        QCOMPARE(Geo::format({ 36.0671, 120.3826 }), u"36.067100, 120.382600"_s);
        const auto back = Geo::parse(Geo::format({ -33.5, -70.25 }));
        QVERIFY(back);
        near(*back, -33.5, -70.25, 1e-9, "formatted");
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
