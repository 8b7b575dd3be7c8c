#pragma once

// An MBTiles file: the standard offline-map format, itself an SQLite database. Read here, beside
// the catalog's other SQL; the map painter (geomap.h) decodes and draws its tiles.
//
// Threading: an MbTiles object is used on one thread at a time (the one that opened it).

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

// The tiles of an MBTiles file (https://github.com/mapbox/mbtiles-spec): a SQLite database with
// a "tiles" table (zoom_level, tile_column, tile_row in TMS order, tile_data PNG/JPEG/WebP) and a
// "metadata" table. Raster tiles only; vector tiles (pbf) are refused with a clear message.
//
// The file comes from elsewhere and is read as such: tiles are decoded only as PNG, JPEG or
// WebP (by their signatures) and only up to kMaxTileBytes and kMaxTileEdge; the metadata's zoom
// levels are checked; no query runs longer than a few seconds (a "tiles" view may never end),
// and one running stops as soon as the cancel flag is set.
class MbTiles final
{
public:
    static constexpr int kMaxZoom = 22;
    static constexpr int kMaxTileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxTileEdge = 1024; // tiles are 256 or 512 pixels
    static constexpr int kOpenTimeLimitMs = 5000;
    static constexpr int kTileTimeLimitMs = 2000;

    MbTiles() = default;
    ~MbTiles();
    Q_DISABLE_COPY_MOVE(MbTiles)

    // Set before open(): queries stop as soon as `*cancelled` is true (a view closing).
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }
    // False with a reason (not a file, not SQLite, no tiles table, vector tiles, zoom levels
    // that do not add up, a tiles view that takes too long).
    bool open(const QString &path, QString &error);
    bool isOpen() const { return m_db.isOpen(); }
    QString name() const { return m_name; }
    QString attribution() const { return m_attribution; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    // The bytes of the tile at XYZ (web) coordinates, or empty when there is none (or it took
    // too long). MapTiles::read() makes a picture of them.
    QByteArray tileData(int zoom, int x, int y) const;

private:
    QSqlDatabase m_db;
    QString m_connection;
    QString m_name;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = kMaxZoom;
    const std::atomic<bool> *m_cancelled = nullptr;
};
