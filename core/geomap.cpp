#include "geomap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QThread>

#include <atomic>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kMaxLatitude = 85.05112878; // Web Mercator's square world

QColor seaColor()
{
    return QColor(0xd7, 0xe6, 0xef);
}
QColor landColor()
{
    return QColor(0xf4, 0xf1, 0xe8);
}

} // namespace

// ------------------------------------------------------------------ base map

const BaseMap &BaseMap::instance()
{
    static const BaseMap map = [] {
        QString error;
        BaseMap loaded = load(u":/map/basemap.json"_s, error);
        if (!loaded.isValid())
            qWarning("the bundled base map cannot be read: %s", qPrintable(error));
        return loaded;
    }();
    return map;
}

BaseMap BaseMap::load(const QString &path, QString &error)
{
    BaseMap map;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return map;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        error = parseError.errorString();
        return map;
    }
    const QJsonObject root = document.object();
    const double scale = root.value("scale"_L1).toDouble(100);
    map.m_source = root.value("source"_L1).toString();
    for (const QJsonValue &layerValue : root.value("layers"_L1).toArray()) {
        const QJsonObject layer = layerValue.toObject();
        const QString id = layer.value("id"_L1).toString();
        QList<Line> *target = id == "land"_L1 ? &map.m_land
            : id == "countries"_L1            ? &map.m_countries
            : id == "provinces"_L1            ? &map.m_provinces
                                              : nullptr;
        for (const QJsonValue &featureValue : layer.value("features"_L1).toArray()) {
            const QJsonObject feature = featureValue.toObject();
            if (id == "labels"_L1) {
                Label label;
                label.nameZh = feature.value("name_zh"_L1).toString();
                label.nameEn = feature.value("name_en"_L1).toString();
                label.position = { feature.value("lat"_L1).toDouble() / scale,
                                   feature.value("lon"_L1).toDouble() / scale };
                label.rank = feature.value("rank"_L1).toInt(9);
                label.province = feature.value("kind"_L1).toString() == "province"_L1;
                map.m_labels.append(label);
                continue;
            }
            if (!target)
                continue;
            for (const QJsonValue &partValue : feature.value("parts"_L1).toArray()) {
                const QJsonArray part = partValue.toArray();
                Line line;
                line.points.reserve(part.size() / 2);
                for (qsizetype i = 0; i + 1 < part.size(); i += 2)
                    line.points.append({ part.at(i).toDouble() / scale, part.at(i + 1).toDouble() / scale });
                if (line.points.size() < 2)
                    continue;
                double minX = 180, maxX = -180, minY = 90, maxY = -90;
                for (const QPointF &p : std::as_const(line.points)) {
                    minX = std::min(minX, p.x()), maxX = std::max(maxX, p.x());
                    minY = std::min(minY, p.y()), maxY = std::max(maxY, p.y());
                }
                line.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
                target->append(line);
            }
        }
    }
    std::sort(map.m_labels.begin(), map.m_labels.end(),
              [](const Label &a, const Label &b) { return a.rank < b.rank; });
    if (map.m_land.isEmpty())
        error = u"no land in %1"_s.arg(path);
    return map;
}

// ------------------------------------------------------------------ viewport

QPointF MapViewport::world(Geo::LatLon p)
{
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude) * kPi / 180.0;
    const double x = (p.lon + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / kPi) / 2.0;
    return { x, y };
}

Geo::LatLon MapViewport::latLon(QPointF world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double n = kPi - 2.0 * kPi * world.y();
    const double lat = 180.0 / kPi * std::atan(0.5 * (std::exp(n) - std::exp(-n)));
    return { lat, lon };
}

double MapViewport::scale() const
{
    return 256.0 * std::pow(2.0, zoom);
}

QPointF MapViewport::toPixel(Geo::LatLon p) const
{
    const QPointF w = world(p);
    return { (w.x() - centerX) * scale() + size.width() / 2,
             (w.y() - centerY) * scale() + size.height() / 2 };
}

Geo::LatLon MapViewport::toLatLon(QPointF pixel) const
{
    return latLon({ centerX + (pixel.x() - size.width() / 2) / scale(),
                    centerY + (pixel.y() - size.height() / 2) / scale() });
}

QRectF MapViewport::visibleWorld() const
{
    const double w = size.width() / scale(), h = size.height() / scale();
    return { centerX - w / 2, centerY - h / 2, w, h };
}

double MapViewport::metresPerPixel() const
{
    const double lat = latLon({ centerX, centerY }).lat * kPi / 180.0;
    return 40075016.686 * std::cos(lat) / scale();
}

MapViewport MapViewport::fitting(const QList<Geo::LatLon> &points, QSizeF size, double minimumKm,
                                 double margin)
{
    MapViewport view;
    view.size = size;
    if (points.isEmpty()) {
        // China, whole.
        view.centerX = world({ 35.0, 104.0 }).x();
        view.centerY = world({ 35.0, 104.0 }).y();
        view.zoom = std::log2(size.width() / 256.0 / (62.0 / 360.0));
        view.clamp();
        return view;
    }
    double minX = 1, maxX = 0, minY = 1, maxY = 0;
    for (const Geo::LatLon &p : points) {
        const QPointF w = world(p);
        minX = std::min(minX, w.x()), maxX = std::max(maxX, w.x());
        minY = std::min(minY, w.y()), maxY = std::max(maxY, w.y());
    }
    // At least `minimumKm` across.
    const double kmPerWorld = 40075.016686 * std::cos(points.first().lat * kPi / 180.0);
    const double minimum = minimumKm / std::max(kmPerWorld, 1.0);
    const double width = std::max(maxX - minX, minimum), height = std::max(maxY - minY, minimum);
    view.centerX = (minX + maxX) / 2;
    view.centerY = (minY + maxY) / 2;
    const double usableW = size.width() * (1 - 2 * margin), usableH = size.height() * (1 - 2 * margin);
    const double scale = std::min(usableW / width, usableH / height);
    view.zoom = std::log2(scale / 256.0);
    view.clamp();
    return view;
}

void MapViewport::zoomAbout(QPointF pixel, double steps)
{
    const double before = scale();
    const QPointF w { centerX + (pixel.x() - size.width() / 2) / before,
                      centerY + (pixel.y() - size.height() / 2) / before };
    zoom += steps;
    clamp();
    const double after = scale();
    centerX = w.x() - (pixel.x() - size.width() / 2) / after;
    centerY = w.y() - (pixel.y() - size.height() / 2) / after;
    clamp();
}

void MapViewport::pan(QPointF pixels)
{
    centerX -= pixels.x() / scale();
    centerY -= pixels.y() / scale();
    clamp();
}

void MapViewport::clamp()
{
    zoom = std::clamp(zoom, 1.0, 19.0);
    centerY = std::clamp(centerY, 0.0, 1.0);
    centerX = centerX - std::floor(centerX); // the world wraps east-west
}

// ------------------------------------------------------------------ tiles

QImage MapTiles::decode(const QByteArray &data)
{
    // Only the formats MBTiles holds, told by their signatures: no other image plugin ever
    // sees the bytes of a file from elsewhere.
    const char *format = data.startsWith("\x89PNG\r\n\x1a\n")                      ? "png"
        : data.startsWith("\xFF\xD8\xFF")                                          ? "jpeg"
        : data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP" ? "webp"
                                                                                   : nullptr;
    if (!format || data.size() > MbTiles::kMaxTileBytes)
        return {};
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > MbTiles::kMaxTileEdge || size.height() > MbTiles::kMaxTileEdge)
        return {};
    return reader.read();
}

QImage MapTiles::read(const MbTiles &tiles, int zoom, int x, int y)
{
    return decode(tiles.tileData(zoom, x, y));
}

// ------------------------------------------------------------------ painting

int MapPainter::tileZoom(const MapViewport &view, const MbTiles *tiles)
{
    int zoom = int(std::round(view.zoom));
    if (tiles) // open() made sure that minZoom() <= maxZoom()
        zoom = std::clamp(zoom, tiles->minZoom(), tiles->maxZoom());
    return std::clamp(zoom, 0, MbTiles::kMaxZoom);
}

QList<MapPainter::TileKey> MapPainter::tilesFor(const MapViewport &view, int tileZoom)
{
    const QRectF visible = view.visibleWorld();
    const int count = 1 << tileZoom;
    QList<TileKey> keys;
    const int x0 = int(std::floor(visible.left() * count)), x1 = int(std::floor(visible.right() * count));
    const int y0 = std::max(0, int(std::floor(visible.top() * count)));
    const int y1 = std::min(count - 1, int(std::floor(visible.bottom() * count)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x)
            keys.append({ tileZoom, ((x % count) + count) % count, y });
    }
    return keys;
}

void MapPainter::paintPins(QPainter &painter, const QRectF &target, const MapViewport &viewIn,
                           const QList<MapPin> &pins)
{
    if (pins.isEmpty())
        return;
    MapViewport view = viewIn;
    view.size = target.size();
    painter.save();
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = view.scale();
    const QRectF visible = view.visibleWorld();
    QList<double> shifts;
    for (int k = int(std::floor(visible.left())); k <= int(std::floor(visible.right())); ++k)
        shifts.append(k);
    // Pins: unselected first, the selected on top.
    QFont pinFont = painter.font();
    pinFont.setPixelSize(11);
    pinFont.setBold(true);
    painter.setFont(pinFont);
    for (const bool selectedPass : { false, true }) {
        for (const MapPin &pin : pins) {
            if (pin.selected != selectedPass)
                continue;
            for (const double shift : std::as_const(shifts)) {
                const QPointF w = MapViewport::world(pin.position);
                const QPointF p((w.x() + shift - view.centerX) * scale + view.size.width() / 2,
                                (w.y() - view.centerY) * scale + view.size.height() / 2);
                if (!QRectF(QPointF(-20, -40), view.size + QSizeF(40, 60)).contains(p))
                    continue;
                painter.setPen(
                    QPen(pin.selected ? QColor(0x1d, 0x4e, 0xd8) : Qt::white, pin.selected ? 2.5 : 1.5));
                painter.setBrush(pin.color);
                if (pin.square) {
                    painter.drawRect(QRectF(p - QPointF(4, 4), QSizeF(8, 8)));
                } else {
                    const double r = pin.selected ? 8.5 : 7;
                    QPainterPath drop;
                    drop.moveTo(p);
                    drop.cubicTo(p + QPointF(-r * 0.2, -r * 0.8), p + QPointF(-r, -r * 1.2),
                                 p + QPointF(-r, -r * 2));
                    drop.arcTo(QRectF(p.x() - r, p.y() - r * 3, 2 * r, 2 * r), 180, -180);
                    drop.cubicTo(p + QPointF(r, -r * 1.2), p + QPointF(r * 0.2, -r * 0.8), p);
                    painter.drawPath(drop);
                    painter.setBrush(Qt::white);
                    painter.setPen(Qt::NoPen);
                    painter.drawEllipse(p + QPointF(0, -r * 2), r * 0.38, r * 0.38);
                }
                if (!pin.label.isEmpty()) {
                    const QFontMetricsF metrics(pinFont);
                    QRectF box = metrics.boundingRect(pin.label).adjusted(-4, -2, 4, 2);
                    box.moveBottomLeft(p + QPointF(10, pin.square ? 6 : -10));
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(QColor(255, 255, 255, 225));
                    painter.drawRoundedRect(box, 3, 3);
                    painter.setPen(QColor(0x22, 0x22, 0x22));
                    painter.drawText(box, Qt::AlignCenter, pin.label);
                }
            }
        }
    }

    painter.restore();
}

void MapPainter::paint(QPainter &painter, const QRectF &target, const MapViewport &viewIn,
                       const QList<MapPin> &pins, const Options &options)
{
    MapViewport view = viewIn;
    view.size = target.size();
    painter.save();
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), target.size()), seaColor());

    const double scale = view.scale();
    const QRectF visible = view.visibleWorld();
    // The world repeats east-west: draw the copies that are in view.
    QList<double> shifts;
    for (int k = int(std::floor(visible.left())); k <= int(std::floor(visible.right())); ++k)
        shifts.append(k);

    const auto toPixel = [&](const QPointF &lonLat, double shift) {
        const QPointF w = MapViewport::world({ lonLat.y(), lonLat.x() });
        return QPointF((w.x() + shift - view.centerX) * scale + view.size.width() / 2,
                       (w.y() - view.centerY) * scale + view.size.height() / 2);
    };
    const auto inView = [&](const QRectF &bounds, double shift) {
        const QPointF a = MapViewport::world({ bounds.bottom(), bounds.left() });
        const QPointF b = MapViewport::world({ bounds.top(), bounds.right() });
        return QRectF(QPointF(a.x() + shift, a.y()), QPointF(b.x() + shift, b.y()))
            .normalized()
            .intersects(visible);
    };
    const auto pathOf = [&](const BaseMap::Line &line, double shift, bool close) {
        QPainterPath path;
        // Points closer than half a pixel add nothing.
        QPointF last;
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF p = toPixel(line.points.at(i), shift);
            if (i == 0)
                path.moveTo(p);
            else if (i == line.points.size() - 1
                     || std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) > 0.5)
                path.lineTo(p);
            else
                continue;
            last = p;
        }
        if (close)
            path.closeSubpath();
        return path;
    };

    // Tiles (when the user has an MBTiles file) under everything.
    bool drewTiles = false;
    if (options.tiles || options.tileSource) {
        const int z = tileZoom(view, options.tiles);
        const double tileSize = scale / double(1 << z);
        for (const double shift : std::as_const(shifts)) {
            for (const TileKey &key : tilesFor(view, z)) {
                const QImage image = options.tileSource
                    ? options.tileSource(key.zoom, key.x, key.y)
                    : MapTiles::read(*options.tiles, key.zoom, key.x, key.y);
                if (image.isNull())
                    continue;
                const double wx = double(key.x) / (1 << z) + shift, wy = double(key.y) / (1 << z);
                const QRectF rect((wx - view.centerX) * scale + view.size.width() / 2,
                                  (wy - view.centerY) * scale + view.size.height() / 2, tileSize, tileSize);
                painter.drawImage(rect.adjusted(0, 0, 0.5, 0.5), image);
                drewTiles = true;
            }
        }
    }

    const BaseMap &base = BaseMap::instance();
    if (!drewTiles) {
        painter.setPen(QPen(QColor(0xa8, 0xbf, 0xcc), 0.8));
        painter.setBrush(landColor());
        for (const double shift : std::as_const(shifts)) {
            QPainterPath land;
            land.setFillRule(Qt::OddEvenFill); // the Caspian is a hole
            for (const BaseMap::Line &ring : base.land()) {
                if (inView(ring.bounds, shift))
                    land.addPath(pathOf(ring, shift, true));
            }
            painter.drawPath(land);
        }
    }
    painter.setBrush(Qt::NoBrush);
    if (view.zoom >= 3.5) {
        painter.setPen(QPen(QColor(0xb9, 0xa8, 0xc4), view.zoom >= 6 ? 1.0 : 0.6, Qt::DashLine));
        for (const double shift : std::as_const(shifts)) {
            for (const BaseMap::Line &line : base.provinces()) {
                if (inView(line.bounds, shift))
                    painter.drawPath(pathOf(line, shift, false));
            }
        }
    }
    painter.setPen(QPen(QColor(0x8c, 0x7b, 0x9a), view.zoom >= 5 ? 1.4 : 1.0));
    for (const double shift : std::as_const(shifts)) {
        for (const BaseMap::Line &line : base.countries()) {
            if (inView(line.bounds, shift))
                painter.drawPath(pathOf(line, shift, false));
        }
    }

    // Names, most important first, none over another.
    if (options.labels) {
        QFont font = painter.font();
        font.setPixelSize(11);
        QList<QRectF> taken;
        for (const BaseMap::Label &label : base.labels()) {
            const bool wanted = label.province ? view.zoom >= 4.5 : view.zoom >= 1.5 + label.rank * 0.7;
            if (!wanted)
                continue;
            const QString text = options.chinese && !label.nameZh.isEmpty() ? label.nameZh : label.nameEn;
            font.setPixelSize(label.province ? 11 : 12);
            font.setBold(!label.province);
            painter.setFont(font);
            const QFontMetricsF metrics(font);
            for (const double shift : std::as_const(shifts)) {
                const QPointF p = toPixel({ label.position.lon, label.position.lat }, shift);
                QRectF box = metrics.boundingRect(text);
                box.moveCenter(p);
                if (!QRectF(QPointF(0, 0), view.size).contains(box))
                    continue;
                if (std::any_of(taken.cbegin(), taken.cend(),
                                [&](const QRectF &r) { return r.intersects(box); }))
                    continue;
                taken.append(box.adjusted(-4, -2, 4, 2));
                painter.setPen(QColor(255, 255, 255, 200));
                for (const QPointF d : { QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1) })
                    painter.drawText(box.translated(d), Qt::AlignCenter, text);
                painter.setPen(label.province ? QColor(0x6a, 0x5d, 0x78) : QColor(0x44, 0x3a, 0x50));
                painter.drawText(box, Qt::AlignCenter, text);
            }
        }
    }

    painter.restore();
    paintPins(painter, target, viewIn, pins);
    painter.save();
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    // Scale bar: a round distance about 100 px long.
    if (options.scaleBar) {
        const double metres = view.metresPerPixel() * 100;
        const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
        double nice = magnitude;
        for (const double step : { 2.0, 5.0, 10.0 }) {
            if (magnitude * step <= metres)
                nice = magnitude * step;
        }
        const double length = nice / view.metresPerPixel();
        const QPointF origin(12, view.size.height() - 14);
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
        painter.drawLine(origin, origin + QPointF(length, 0));
        painter.drawLine(origin, origin + QPointF(0, -5));
        painter.drawLine(origin + QPointF(length, 0), origin + QPointF(length, -5));
        QFont font = painter.font();
        font.setPixelSize(10);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(origin + QPointF(4, -5),
                         nice >= 1000 ? u"%1 km"_s.arg(nice / 1000) : u"%1 m"_s.arg(nice));
    }
    painter.restore();
}
