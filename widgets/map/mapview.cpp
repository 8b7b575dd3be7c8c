#include "mapview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

// Decoded tiles kept: ~250 of 256 px, enough for a full-screen map and its neighbours.
constexpr qsizetype kTileCacheBytes = 64 * 1024 * 1024;

quint64 tileKey(int zoom, int x, int y)
{
    return (quint64(zoom) << 48) | (quint64(quint32(x)) << 24) | quint64(quint32(y));
}

} // namespace

// Reads MBTiles tiles on its own thread, newest request first.
class MapTileLoader final : public QObject
{
    Q_OBJECT

public:
    explicit MapTileLoader(QString path)
        : m_path(std::move(path))
    {
    }
    // Once the signals are connected: a file that fails at once would otherwise say so to nobody.
    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    ~MapTileLoader() override
    {
        m_cancelled = true; // a query under way stops at once
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    void request(int zoom, int x, int y)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_front({ zoom, x, y });
            if (m_queue.size() > 256)
                m_queue.pop_back();
        }
        m_wake.notify_one();
    }

Q_SIGNALS:
    void loaded(quint64 key, const QImage &image);
    void opened(const QString &name); // the file can be used
    void failed(const QString &error); // the file cannot be used

private:
    void run()
    {
        MbTiles tiles;
        tiles.setCancelFlag(&m_cancelled);
        QString error;
        if (!tiles.open(m_path, error)) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT opened(tiles.name());
        for (;;) {
            MapPainter::TileKey key {};
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    return;
                key = m_queue.front();
                m_queue.pop_front();
            }
            Q_EMIT loaded(tileKey(key.zoom, key.x, key.y), MapTiles::read(tiles, key.zoom, key.x, key.y));
        }
    }

    const QString m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<MapPainter::TileKey> m_queue;
    bool m_stopping = false;
    std::atomic<bool> m_cancelled { false };
};

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tileCache(kTileCacheBytes / 1024)
{
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::OpenHandCursor);
    m_view = MapViewport::fitting({}, QSizeF(800, 600));
    m_baseTimer.setSingleShot(true);
    m_baseTimer.setInterval(60);
    connect(&m_baseTimer, &QTimer::timeout, this, [this] {
        renderBase();
        update();
    });
    setToolTip(
        tr("Drag to move, scroll to zoom, click a pin to select it; Shift-drag a rectangle to search in it"));
}

MapView::~MapView() = default;

void MapView::setPins(const QList<MapPin> &pins)
{
    m_pins = pins;
    for (MapPin &pin : m_pins)
        pin.selected = m_selected.contains(pin.id);
    update();
}

void MapView::setSelectedIds(const QSet<qint64> &ids)
{
    m_selected = ids;
    for (MapPin &pin : m_pins)
        pin.selected = ids.contains(pin.id);
    update();
}

void MapView::setCircle(std::optional<Geo::LatLon> centre, double radiusKm)
{
    m_circleCentre = centre;
    m_circleKm = radiusKm;
    update();
}

void MapView::fitToPins()
{
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    QList<Geo::LatLon> points;
    for (const MapPin &pin : std::as_const(m_pins))
        points.append(pin.position);
    if (m_circleCentre) {
        // The whole circle.
        const Geo::Box box = Geo::boxAround(*m_circleCentre, m_circleKm);
        points += { Geo::LatLon { box.minLat, box.minLon }, Geo::LatLon { box.maxLat, box.maxLon } };
    }
    m_view = MapViewport::fitting(points, size(), 2, 0.08);
    viewChanged();
}

void MapView::centreOn(Geo::LatLon p, double minimumKm)
{
    const MapViewport target = MapViewport::fitting({ p }, size(), minimumKm, 0.1);
    m_view.centerX = target.centerX;
    m_view.centerY = target.centerY;
    m_view.zoom = std::max(m_view.zoom, target.zoom);
    viewChanged();
}

void MapView::setTileFile(const QString &path)
{
    m_tileCache.clear();
    m_tilesWanted.clear();
    m_tiles.reset();
    if (!path.isEmpty()) {
        auto loader = std::make_unique<MapTileLoader>(path);
        connect(loader.get(), &MapTileLoader::failed, this, [this](const QString &error) {
            m_tiles.reset(); // the bundled map again
            viewChanged();
            Q_EMIT tilesFailed(error);
        });
        connect(loader.get(), &MapTileLoader::opened, this, &MapView::tilesOpened);
        connect(loader.get(), &MapTileLoader::loaded, this, [this](quint64 key, const QImage &image) {
            m_tilesWanted.remove(key);
            m_tileCache.insert(key, new QImage(image), qsizetype(image.sizeInBytes() / 1024) + 1); // KiB
            m_baseTimer.start(); // redraw once a few have come
        });
        loader->start();
        m_tiles = std::move(loader);
    }
    viewChanged();
}

void MapView::setChineseLabels(bool chinese)
{
    m_chinese = chinese;
    viewChanged();
}

QImage MapView::tile(int zoom, int x, int y)
{
    const quint64 key = tileKey(zoom, x, y);
    if (const QImage *cached = m_tileCache.object(key))
        return *cached;
    if (m_tiles && !m_tilesWanted.contains(key)) {
        m_tilesWanted.insert(key);
        m_tiles->request(zoom, x, y);
    }
    return {};
}

void MapView::renderBase()
{
    const qreal ratio = devicePixelRatioF();
    m_base = QImage((QSizeF(size()) * ratio).toSize(), QImage::Format_RGB32);
    m_base.setDevicePixelRatio(ratio);
    m_baseView = m_view;
    m_baseView.size = size();
    QPainter painter(&m_base);
    MapPainter::Options options;
    options.chinese = m_chinese;
    if (m_tiles)
        options.tileSource = [this](int zoom, int x, int y) { return tile(zoom, x, y); };
    MapPainter::paint(painter, rect(), m_baseView, {}, options);
}

void MapView::viewChanged()
{
    m_view.size = size();
    m_baseTimer.start();
    update();
}

QImage MapView::render()
{
    renderBase();
    QImage image = m_base;
    QPainter painter(&image);
    MapPainter::paintPins(painter, rect(), m_view, m_pins);
    return image;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_base.isNull() || m_base.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        renderBase();
    // The cached base, moved and scaled to where the view is now, until it is drawn again.
    const double scale = m_view.scale() / m_baseView.scale();
    const QPointF baseCentre((m_baseView.centerX - m_view.centerX) * m_view.scale() + width() / 2.0,
                             (m_baseView.centerY - m_view.centerY) * m_view.scale() + height() / 2.0);
    if (std::abs(scale - 1) > 1e-9 || baseCentre != QPointF(width() / 2.0, height() / 2.0))
        painter.fillRect(rect(), QColor(0xd7, 0xe6, 0xef));
    const QSizeF drawn = QSizeF(size()) * scale;
    painter.drawImage(QRectF(baseCentre - QPointF(drawn.width() / 2, drawn.height() / 2), drawn), m_base);

    if (m_circleCentre && m_circleKm > 0) {
        // The circle as the set of points at that distance (a projected circle is not round).
        QPainterPath path;
        for (int bearing = 0; bearing <= 360; bearing += 5) {
            const double b = bearing * M_PI / 180, d = m_circleKm / 6371.0088,
                         la = m_circleCentre->lat * M_PI / 180, lo = m_circleCentre->lon * M_PI / 180;
            const double lat2 =
                std::asin(std::sin(la) * std::cos(d) + std::cos(la) * std::sin(d) * std::cos(b));
            const double lon2 = lo
                + std::atan2(std::sin(b) * std::sin(d) * std::cos(la),
                             std::cos(d) - std::sin(la) * std::sin(lat2));
            const QPointF p = m_view.toPixel({ lat2 * 180 / M_PI, lon2 * 180 / M_PI });
            if (bearing == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x1d, 0x4e, 0xd8), 1.5, Qt::DashLine));
        painter.setBrush(QColor(0x1d, 0x4e, 0xd8, 25));
        painter.drawPath(path);
    }
    // Pins in view only; names only when there are few.
    const QRectF area = rect().adjusted(-20, -40, 20, 20);
    QList<MapPin> visible;
    for (const MapPin &pin : std::as_const(m_pins)) {
        if (area.contains(m_view.toPixel(pin.position)))
            visible.append(pin);
    }
    if (visible.size() > 150) {
        for (MapPin &pin : visible) {
            if (!pin.selected)
                pin.label.clear();
        }
    }
    MapPainter::paintPins(painter, rect(), m_view, visible);
    if (m_choosing) {
        painter.setPen(QPen(QColor(0x1d, 0x4e, 0xd8), 1.5));
        painter.setBrush(QColor(0x1d, 0x4e, 0xd8, 40));
        painter.drawRect(m_choice);
    }
}

void MapView::resizeEvent(QResizeEvent *)
{
    if (m_fitPending && isVisible())
        fitToPins();
    viewChanged();
}

void MapView::showEvent(QShowEvent *)
{
    if (m_fitPending)
        fitToPins();
}

qint64 MapView::pinAt(QPointF pixel) const
{
    // The nearest pin head within reach (pins stand above their point).
    qint64 best = 0;
    double bestDistance = 14;
    for (const MapPin &pin : m_pins) {
        const QPointF p = m_view.toPixel(pin.position);
        const QPointF head = pin.square ? p : p + QPointF(0, -14);
        const double d = std::hypot(pixel.x() - head.x(), pixel.y() - head.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = pin.id;
        }
    }
    return best;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressAt = m_lastAt = event->position();
    m_choosing = event->modifiers() & Qt::ShiftModifier;
    m_dragging = false;
    m_choice = QRectF(m_pressAt, QSizeF());
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(pinAt(event->position()) ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    if (m_choosing) {
        m_choice = QRectF(m_pressAt, event->position()).normalized();
        update();
        return;
    }
    if (!m_dragging && (event->position() - m_pressAt).manhattanLength() < 4)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_view.pan(event->position() - m_lastAt);
    m_lastAt = event->position();
    viewChanged();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_choosing) {
        m_choosing = false;
        update();
        if (m_choice.width() > 6 && m_choice.height() > 6) {
            const Geo::LatLon a = m_view.toLatLon(m_choice.topLeft());
            const Geo::LatLon b = m_view.toLatLon(m_choice.bottomRight());
            Q_EMIT areaChosen(std::min(a.lat, b.lat), std::min(a.lon, b.lon), std::max(a.lat, b.lat),
                              std::max(a.lon, b.lon));
        }
        return;
    }
    if (!m_dragging) {
        if (const qint64 id = pinAt(event->position()))
            Q_EMIT pinClicked(id, event->modifiers());
    }
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = pinAt(event->position())) {
        Q_EMIT pinActivated(id);
        return;
    }
    m_view.zoomAbout(event->position(), 1);
    viewChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0 * 0.5;
    if (steps == 0)
        return;
    m_view.zoomAbout(event->position(), steps);
    viewChanged();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_view.zoomAbout(centre, 1);
        break;
    case Qt::Key_Minus:
        m_view.zoomAbout(centre, -1);
        break;
    case Qt::Key_Left:
        m_view.pan({ 80, 0 });
        break;
    case Qt::Key_Right:
        m_view.pan({ -80, 0 });
        break;
    case Qt::Key_Up:
        m_view.pan({ 0, 80 });
        break;
    case Qt::Key_Down:
        m_view.pan({ 0, -80 });
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    viewChanged();
}

#include "mapview.moc"
