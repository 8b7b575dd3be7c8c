// Offline maps: the bundled base map, Web Mercator viewports, MBTiles tiles, and the painter.

#include "geomap.h"
#include "mapview.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QColor &color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An MBTiles file with one tile at zoom 1, column 1, TMS row 1 (the north-east quarter).
QString makeMbTiles(const QString &path, const QString &format)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-mbtiles"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(u"CREATE TABLE metadata (name TEXT, value TEXT)"_s);
        q.exec(
            u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"_s);
        q.exec(u"INSERT INTO metadata VALUES ('name', 'Test tiles'), ('format', '%1'), ('minzoom', '0'), "
               "('maxzoom', '1'), ('attribution', '© test')"_s.arg(format));
        q.prepare(u"INSERT INTO tiles VALUES (1, 1, 1, ?)"_s);
        q.addBindValue(png(Qt::red));
        q.exec();
    }
    QSqlDatabase::removeDatabase(u"make-mbtiles"_s);
    return {};
}

} // namespace

class TestGeoMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledBaseMap()
    {
        const BaseMap &map = BaseMap::instance();
        QVERIFY(map.isValid());
        QVERIFY(map.land().size() > 100);
        QVERIFY(map.countries().size() > 100);
        QVERIFY(map.provinces().size() > 30);
        QVERIFY(map.source().contains(u"Natural Earth"_s));
        bool shandong = false, china = false;
        for (const BaseMap::Label &label : map.labels()) {
            shandong = shandong || (label.nameZh == u"山东"_s && label.province);
            china = china || (label.nameZh == u"中国"_s && !label.province);
            QVERIFY(Geo::isValid(label.position));
        }
        QVERIFY(shandong && china);
        // Qingdao lies in land's bounds somewhere: some ring's box holds it.
        const QPointF qingdao(120.38, 36.07);
        QVERIFY(std::any_of(map.land().cbegin(), map.land().cend(),
                            [&](const BaseMap::Line &ring) { return ring.bounds.contains(qingdao); }));
        QString error;
        QVERIFY(!BaseMap::load(u"/nonexistent.json"_s, error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void viewports()
    {
        // Round trips.
        for (const Geo::LatLon p :
             { Geo::LatLon { 36.07, 120.38 }, Geo::LatLon { -33.86, 151.21 }, Geo::LatLon { 0, 0 } }) {
            const Geo::LatLon back = MapViewport::latLon(MapViewport::world(p));
            QVERIFY(std::abs(back.lat - p.lat) < 1e-9 && std::abs(back.lon - p.lon) < 1e-9);
        }
        QCOMPARE(MapViewport::world({ 0, 0 }), QPointF(0.5, 0.5));
        // Fitting shows every point, inside the margin.
        const QList<Geo::LatLon> points { { 36.05, 120.35 }, { 36.14, 120.68 }, { 35.9, 120.1 } };
        const MapViewport view = MapViewport::fitting(points, QSizeF(800, 500));
        for (const Geo::LatLon &p : points) {
            const QPointF pixel = view.toPixel(p);
            QVERIFY(QRectF(40, 25, 720, 450).contains(pixel));
            const Geo::LatLon back = view.toLatLon(pixel);
            QVERIFY(std::abs(back.lat - p.lat) < 1e-6);
        }
        // One point: at least the minimum distance across.
        const MapViewport single = MapViewport::fitting({ points.first() }, QSizeF(800, 500), 20);
        QVERIFY(single.metresPerPixel() * 800 >= 20'000 * 0.7);
        // Zooming about a pixel keeps the place under it.
        MapViewport zoomed = view;
        const QPointF anchor(200, 100);
        const Geo::LatLon before = zoomed.toLatLon(anchor);
        zoomed.zoomAbout(anchor, 1.5);
        const Geo::LatLon after = zoomed.toLatLon(anchor);
        QVERIFY(std::abs(before.lat - after.lat) < 1e-7 && std::abs(before.lon - after.lon) < 1e-7);
        QCOMPARE(zoomed.zoom, view.zoom + 1.5);
        zoomed.zoomAbout(anchor, 100);
        QCOMPARE(zoomed.zoom, 19.0);
    }

    void mbtiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tiles.mbtiles"_s);
        QCOMPARE(makeMbTiles(path, u"png"_s), QString());
        MbTiles tiles;
        QString error;
        QVERIFY2(tiles.open(path, error), qPrintable(error));
        QCOMPARE(tiles.name(), u"Test tiles"_s);
        QCOMPARE(tiles.maxZoom(), 1);
        // XYZ (1, 1, 0) is TMS row 1: the north-east quarter.
        const QImage tile = MapTiles::read(tiles, 1, 1, 0);
        QVERIFY(!tile.isNull());
        QCOMPARE(tile.pixelColor(10, 10), QColor(Qt::red));
        QVERIFY(MapTiles::read(tiles, 1, 1, 1).isNull());
        QVERIFY(MapTiles::read(tiles, 5, 0, 0).isNull());

        // Painted: the north-east quarter of the world view is red, the rest is not.
        QImage image(512, 512, QImage::Format_RGB32);
        QPainter painter(&image);
        MapViewport view;
        view.zoom = 1;
        MapPainter::Options options;
        options.tiles = &tiles;
        options.labels = false;
        options.scaleBar = false;
        MapPainter::paint(painter, image.rect(), view, {}, options);
        painter.end();
        QCOMPARE(image.pixelColor(384, 128), QColor(Qt::red));
        QVERIFY(image.pixelColor(128, 384) != QColor(Qt::red));

        // Not MBTiles, vector tiles, missing.
        MbTiles vector;
        const QString pbf = dir.filePath(u"vector.mbtiles"_s);
        QCOMPARE(makeMbTiles(pbf, u"pbf"_s), QString());
        QVERIFY(!vector.open(pbf, error));
        QVERIFY(error.contains(u"vector"_s));
        MbTiles junk;
        QFile file(dir.filePath(u"junk.mbtiles"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all, just text with the wrong extension");
        file.close();
        QVERIFY(!junk.open(file.fileName(), error));
        MbTiles missing;
        QVERIFY(!missing.open(dir.filePath(u"none.mbtiles"_s), error));

        // The map view opens its tiles on a thread of its own: it never waits, says when they
        // cannot be used, and when they can, draws them.
        MapView map;
        map.resize(512, 512);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy opened(&map, &MapView::tilesOpened);
        QSignalSpy failed(&map, &MapView::tilesFailed);
        map.setTileFile(file.fileName());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"junk.mbtiles"_s));
        QCOMPARE(opened.size(), 0);
        map.setTileFile(path);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), u"Test tiles"_s);
        QCOMPARE(failed.size(), 1); // the junk only
        // The whole world (zoom 1): the one tile, red, fills the north-east quarter and no other.
        MapPin southWest, northEast;
        southWest.position = { -80, -179 };
        northEast.position = { 80, 179 };
        map.setPins({ southWest, northEast });
        map.fitToPins();
        QCOMPARE(MapPainter::tileZoom(map.viewport(), nullptr), 1);
        MapViewport world = map.viewport();
        world.size = map.size();
        // Red pixels at 25 places in a quarter (labels and borders are drawn over the tiles).
        const auto redIn = [&](const QImage &drawn, int north, int east) {
            int red = 0;
            for (int i = 1; i <= 5; ++i) {
                for (int j = 1; j <= 5; ++j) {
                    const QPointF at = world.toPixel({ north * (12.0 * i), east * (30.0 * j) });
                    red += drawn.pixelColor(at.toPoint()) == QColor(Qt::red) ? 1 : 0;
                }
            }
            return red;
        };
        QTRY_VERIFY(redIn(map.render(), 1, 1) >= 20);
        const QImage shown = map.render();
        QCOMPARE(redIn(shown, 1, -1), 0);
        QCOMPARE(redIn(shown, -1, 1), 0);
        QCOMPARE(redIn(shown, -1, -1), 0);
        QCOMPARE(failed.size(), 1);
    }

    // MBTiles files come from elsewhere: only PNG, JPEG and WebP tiles of a tile's size are
    // decoded, zoom levels are checked, and a "tiles" view that never ends ends.
    void hostileMbTiles()
    {
        QTemporaryDir dir;
        const auto make = [&](const QString &name, const QStringList &statements,
                              const QList<QByteArray> &tiles = {}) {
            const QString path = dir.filePath(name);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
                db.setDatabaseName(path);
                if (!db.open())
                    return QString();
                QSqlQuery q(db);
                for (const QString &statement : statements) {
                    if (!q.exec(statement))
                        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                }
                for (qsizetype i = 0; i < tiles.size(); ++i) {
                    q.prepare(u"INSERT INTO tiles VALUES (1, ?, 0, ?)"_s);
                    q.addBindValue(int(i % 2));
                    q.addBindValue(tiles.at(i));
                    q.exec();
                }
            }
            QSqlDatabase::removeDatabase(u"hostile"_s);
            return path;
        };
        const QString table =
            u"CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"_s;
        const auto encoded = [](const QImage &image, const char *format) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, format);
            return bytes;
        };
        QImage small(256, 256, QImage::Format_RGB32);
        small.fill(Qt::blue);
        QImage large(2048, 2048, QImage::Format_RGB32);
        large.fill(Qt::blue);
        QString error;

        // Tiles in other formats (any image plugin would read them) and too large ones: none.
        MbTiles formats;
        QVERIFY2(formats.open(make(u"formats.mbtiles"_s, { table },
                                   { encoded(small, "BMP"), encoded(small, "PPM"), encoded(large, "PNG"),
                                     encoded(small, "JPEG") }),
                              error),
                 qPrintable(error));
        QVERIFY(MapTiles::decode(encoded(small, "BMP")).isNull());
        QVERIFY(MapTiles::decode(encoded(small, "PPM")).isNull());
        QVERIFY(MapTiles::decode(encoded(large, "PNG")).isNull());
        QVERIFY(MapTiles::decode("\x89PNG\r\n\x1a\n and then nothing").isNull());
        QCOMPARE(MapTiles::decode(encoded(small, "PNG")).size(), QSize(256, 256));
        QCOMPARE(MapTiles::decode(encoded(small, "JPEG")).size(), QSize(256, 256));
        QVERIFY(MapTiles::read(formats, 1, 0, 1).isNull()); // the BMP at column 0 (XYZ row 1 is TMS row 0)
        QVERIFY(MapTiles::read(formats, 1, 1, 1).isNull()); // the PNG too large … then the JPEG wins the row
        QVERIFY(MapTiles::read(formats, 40, 0, 0).isNull()); // zoom levels a shift cannot take
        QVERIFY(MapTiles::read(formats, 1, -1, 0).isNull());

        // Zoom levels: the lowest above the highest is refused; nonsense is ignored.
        MbTiles inverted;
        QVERIFY(!inverted.open(make(u"inverted.mbtiles"_s,
                                    { table, u"CREATE TABLE metadata (name TEXT, value TEXT)"_s,
                                      u"INSERT INTO metadata VALUES ('minzoom', '9'), ('maxzoom', '2')"_s }),
                               error));
        QVERIFY2(error.contains(u"zoom"_s), qPrintable(error));
        MbTiles nonsense;
        QVERIFY2(
            nonsense.open(make(u"nonsense.mbtiles"_s,
                               { table, u"CREATE TABLE metadata (name TEXT, value TEXT)"_s,
                                 u"INSERT INTO metadata VALUES ('minzoom', '-4'), ('maxzoom', 'x99')"_s }),
                          error),
            qPrintable(error));
        QVERIFY(nonsense.minZoom() >= 0 && nonsense.minZoom() <= nonsense.maxZoom());
        QVERIFY(nonsense.maxZoom() <= MbTiles::kMaxZoom);
        QCOMPARE(MapPainter::tileZoom(MapViewport(), &nonsense), 2);

        // A tiles view that never ends: refused after the time limit, and at once when the
        // reader is told to stop (a map view closing).
        const QString endless = make(
            u"endless.mbtiles"_s,
            { u"CREATE VIEW tiles AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n) "
              "SELECT 1 AS zoom_level, 0 AS tile_column, 0 AS tile_row, x'00' AS tile_data FROM n WHERE i < 0"_s });
        MbTiles stopped;
        const std::atomic<bool> stop { true };
        stopped.setCancelFlag(&stop);
        QVERIFY(!stopped.open(endless, error));
        MbTiles slow;
        QVERIFY(!slow.open(endless, error));
        QVERIFY2(error.contains(u"too long"_s), qPrintable(error));
    }

    void paintsBaseMapAndPins()
    {
        QImage image(600, 400, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        const MapPin pin { Geo::LatLon { 36.07, 120.38 }, u"1"_s, QColor(0, 200, 0), 1, false, true };
        const MapViewport view = MapViewport::fitting({ pin.position }, image.size(), 600);
        MapPainter::Options options;
        options.labels = false;
        MapPainter::paint(painter, image.rect(), view, { pin }, options);
        painter.end();
        // The square pin, green, where Qingdao is.
        const QPoint at = view.toPixel(pin.position).toPoint();
        QCOMPARE(image.pixelColor(at), QColor(0, 200, 0));
        // Land (Shandong, to the west) and sea (the Yellow Sea, to the south-east) differ, and
        // nothing is left unpainted.
        const QColor land = image.pixelColor(view.toPixel({ 36.3, 118.0 }).toPoint());
        const QColor sea = image.pixelColor(view.toPixel({ 34.0, 123.0 }).toPoint());
        QVERIFY(land != sea);
        QVERIFY(image.pixelColor(0, 0) != QColor(Qt::black));
    }
};

QTEST_MAIN(TestGeoMap)
#include "tst_geomap.moc"
