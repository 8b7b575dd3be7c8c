#include "mbtiles.h"

#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

MbTiles::~MbTiles()
{
    if (!m_connection.isEmpty()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool MbTiles::open(const QString &path, QString &error)
{
    static std::atomic<int> counter { 0 };
    const auto fail = [&](const char *message) {
        error = QCoreApplication::translate("MbTiles", message).arg(path);
        m_db.close();
        return false;
    };
    if (!QFile::exists(path)) {
        error = QCoreApplication::translate("MbTiles", "%1 does not exist").arg(path);
        return false;
    }
    m_connection = u"mbtiles-%1"_s.arg(counter++);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!m_db.open()) {
        error = QCoreApplication::translate("MbTiles", "%1 cannot be opened: %2")
                    .arg(path, m_db.lastError().text());
        return false;
    }
    // The file comes from elsewhere: its views run nothing with side effects, no value read is
    // larger than a tile may be, and no query runs for long.
    if (QString reason; !SqliteBackend::distrust(m_db, kMaxTileBytes + 1, reason)) {
        error = QCoreApplication::translate("MbTiles", "%1 cannot be opened: %2").arg(path, reason);
        m_db.close();
        return false;
    }
    const SqliteBackend::TimeLimit limit(m_db, kOpenTimeLimitMs, m_cancelled);
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"_s))
        return fail(
            limit.expired()
                ? QT_TRANSLATE_NOOP("MbTiles", "%1 takes too long to read (its tiles view does not end)")
                : QT_TRANSLATE_NOOP("MbTiles", "%1 is not an MBTiles file (it has no tiles table)"));
    QString format;
    // Zoom levels are whole numbers the tile arithmetic can use; anything else is ignored.
    const auto zoomLevel = [](const QVariant &value) -> std::optional<int> {
        bool ok = false;
        const int zoom = value.toString().trimmed().toInt(&ok);
        return ok && zoom >= 0 && zoom <= kMaxZoom ? std::optional(zoom) : std::nullopt;
    };
    std::optional<int> minZoom, maxZoom;
    if (query.exec(u"SELECT name, value FROM metadata"_s)) {
        while (query.next()) {
            const QString name = query.value(0).toString(), value = query.value(1).toString();
            if (name == "name"_L1)
                m_name = value.left(200);
            else if (name == "attribution"_L1)
                m_attribution = value.left(500);
            else if (name == "format"_L1)
                format = value.trimmed().toLower();
            else if (name == "minzoom"_L1)
                minZoom = zoomLevel(value);
            else if (name == "maxzoom"_L1)
                maxZoom = zoomLevel(value);
        }
    }
    if (format == "pbf"_L1 || format == "mvt"_L1)
        return fail(QT_TRANSLATE_NOOP("MbTiles",
                                      "%1 holds vector tiles; ReelAtlas draws raster (PNG or JPEG) tiles"));
    if (!format.isEmpty() && format != "png"_L1 && format != "jpg"_L1 && format != "jpeg"_L1
        && format != "webp"_L1)
        return fail(QT_TRANSLATE_NOOP(
            "MbTiles", "%1 holds tiles of a kind ReelAtlas does not draw (it draws PNG, JPEG and WebP)"));
    // What the tiles table holds beats what the metadata says (a large file whose table is a
    // view over millions of tiles may not say in time: then the metadata stands).
    if (query.exec(u"SELECT min(zoom_level), max(zoom_level) FROM tiles"_s) && query.next()
        && !query.value(0).isNull()) {
        minZoom = zoomLevel(query.value(0));
        maxZoom = zoomLevel(query.value(1));
    }
    if (m_cancelled && m_cancelled->load())
        return fail(QT_TRANSLATE_NOOP("MbTiles", "%1 was not read to the end"));
    m_minZoom = minZoom.value_or(0);
    m_maxZoom = maxZoom.value_or(kMaxZoom);
    if (m_minZoom > m_maxZoom)
        return fail(
            QT_TRANSLATE_NOOP("MbTiles", "%1 is damaged: its lowest zoom level is above its highest"));
    if (m_name.isEmpty())
        m_name = QFileInfo(path).completeBaseName();
    return true;
}

QByteArray MbTiles::tileData(int zoom, int x, int y) const
{
    if (!m_db.isOpen() || zoom < 0 || zoom > kMaxZoom || x < 0 || y < 0 || x >= (1 << zoom)
        || y >= (1 << zoom))
        return {};
    const SqliteBackend::TimeLimit limit(m_db, kTileTimeLimitMs, m_cancelled);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"_s);
    query.addBindValue(zoom);
    query.addBindValue(x);
    query.addBindValue((1 << zoom) - 1 - y); // TMS rows count from the south
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}
