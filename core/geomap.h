#pragma once

// Maps that work offline: the bundled low-detail world base map (land, country borders, China's
// provinces, names; public-domain Natural Earth data, resources/map/basemap.json), the tiles of
// an MBTiles file when the user has one (the standard offline-map format, itself SQLite), Web
// Mercator viewports, and a painter that draws base map, tiles and pins onto any QPainter: the
// map view, the PDF package's insets and overview.
//
// Threading: BaseMap::instance() is loaded once and read-only after; MapPainter and MapViewport
// are plain values; an MbTiles object is used on one thread at a time.

#include "geo.h"
#include "mbtiles.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPainter;

class BaseMap final
{
public:
    struct Line
    {
        QList<QPointF> points; // x = longitude, y = latitude, degrees
        QRectF bounds; // in the same units
    };
    struct Label
    {
        QString nameZh;
        QString nameEn;
        Geo::LatLon position;
        int rank = 9; // 1: most important
        bool province = false;
    };

    static const BaseMap &instance();
    bool isValid() const { return !m_land.isEmpty(); }
    const QList<Line> &land() const { return m_land; } // closed rings
    const QList<Line> &countries() const { return m_countries; }
    const QList<Line> &provinces() const { return m_provinces; }
    const QList<Label> &labels() const { return m_labels; }
    QString source() const { return m_source; }

    // Loads a base map file (the bundled one by default); empty on error.
    static BaseMap load(const QString &path, QString &error);

private:
    QList<Line> m_land, m_countries, m_provinces;
    QList<Label> m_labels;
    QString m_source;
};

// A Web Mercator view: the centre in world units (0..1 both ways, y down) and a zoom level as in
// web maps (256 × 2^zoom pixels for the whole world).
struct MapViewport
{
    double centerX = 0.5;
    double centerY = 0.5;
    double zoom = 2;
    QSizeF size; // pixels

    static QPointF world(Geo::LatLon p); // 0..1
    static Geo::LatLon latLon(QPointF world);
    double scale() const; // pixels per world unit
    QPointF toPixel(Geo::LatLon p) const;
    Geo::LatLon toLatLon(QPointF pixel) const;
    QRectF visibleWorld() const;
    // Metres per pixel at the centre.
    double metresPerPixel() const;

    // The view that shows every point (and `minimumKm` around a single one), with a margin.
    static MapViewport fitting(const QList<Geo::LatLon> &points, QSizeF size, double minimumKm = 20,
                               double margin = 0.12);
    void zoomAbout(QPointF pixel, double steps); // keeps the point under the pixel still
    void pan(QPointF pixels);
    void clamp(); // zoom 1..19, centre inside the world vertically
};

struct MapPin
{
    Geo::LatLon position;
    QString label;
    QColor color = QColor(0xd9, 0x48, 0x2b);
    qint64 id = 0;
    bool selected = false;
    bool square = false; // clips and photos: small squares; records: pins
};

// An MBTiles file's tiles as pictures: decoded only as PNG, JPEG or WebP (by their signatures),
// only up to MbTiles::kMaxTileBytes and kMaxTileEdge, so no other image plugin ever sees the
// bytes of a file from elsewhere.
namespace MapTiles {
// A null image when the tile is missing, not such a picture, or too large.
QImage read(const MbTiles &tiles, int zoom, int x, int y);
QImage decode(const QByteArray &data);
} // namespace MapTiles

class MapPainter final
{
public:
    struct Options
    {
        bool chinese = true; // label language
        bool labels = true;
        const MbTiles *tiles = nullptr; // drawn under the vector lines when given
        // Tiles already loaded (x, y, zoom) -> image, for views that load them in the background;
        // used instead of `tiles` when set.
        std::function<QImage(int zoom, int x, int y)> tileSource;
        bool scaleBar = true;
    };
    // Draws the view into `target` (clipped to it).
    static void paint(QPainter &painter, const QRectF &target, const MapViewport &view,
                      const QList<MapPin> &pins, const Options &options);
    // Only the pins (over a base drawn before, or cached).
    static void paintPins(QPainter &painter, const QRectF &target, const MapViewport &view,
                          const QList<MapPin> &pins);
    // The tile zoom level a view draws, and the tiles it needs.
    static int tileZoom(const MapViewport &view, const MbTiles *tiles);
    struct TileKey
    {
        int zoom, x, y;
    };
    static QList<TileKey> tilesFor(const MapViewport &view, int tileZoom);
};
