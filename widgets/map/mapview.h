#pragma once

// An offline map of records (and clips with GPS): the bundled base map, or the tiles of the
// user's MBTiles file, with pins. Drag to pan, wheel or +/- to zoom, click a pin to select it
// (Ctrl adds), Shift-drag a rectangle to filter by it. The base is drawn into a cached picture
// that is only redrawn when the view stops moving, and MBTiles tiles are read on a thread of
// their own, so panning never waits for disk or for thousands of coastline points.
//
// Threading: GUI thread.

#include "geomap.h"

#include <QCache>
#include <QImage>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWidget>

class MapTileLoader;

class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setPins(const QList<MapPin> &pins);
    const QList<MapPin> &pins() const { return m_pins; }
    void setSelectedIds(const QSet<qint64> &ids);
    // A circle drawn around a near search's centre.
    void setCircle(std::optional<Geo::LatLon> centre, double radiusKm);
    // Shows every pin (or China when there are none).
    void fitToPins();
    void centreOn(Geo::LatLon p, double minimumKm = 5);
    // An MBTiles file to draw under the pins, or empty for the bundled base map. It is opened on
    // the loader's thread; tilesOpened() follows when it can be used, tilesFailed() says why when
    // it cannot.
    void setTileFile(const QString &path);
    void setChineseLabels(bool chinese);
    const MapViewport &viewport() const { return m_view; }
    // The image of the map as shown (tests, screenshots).
    QImage render();

Q_SIGNALS:
    void pinClicked(qint64 id, Qt::KeyboardModifiers modifiers);
    void pinActivated(qint64 id); // double-clicked
    // Shift-drag: the box the user drew, in WGS-84.
    void areaChosen(double minLat, double minLon, double maxLat, double maxLon);
    void tilesOpened(const QString &name); // the MBTiles file's own name (its metadata)
    void tilesFailed(const QString &error);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void viewChanged();
    void renderBase();
    qint64 pinAt(QPointF pixel) const;
    QImage tile(int zoom, int x, int y);

    MapViewport m_view;
    QList<MapPin> m_pins;
    QSet<qint64> m_selected;
    std::optional<Geo::LatLon> m_circleCentre;
    double m_circleKm = 0;
    bool m_chinese = true;
    bool m_fitPending = false; // fitToPins() while hidden: done when shown, at the real size
    // The base, drawn for m_baseView.
    QImage m_base;
    MapViewport m_baseView;
    QTimer m_baseTimer;
    // Tiles.
    std::unique_ptr<MapTileLoader> m_tiles;
    QCache<quint64, QImage> m_tileCache;
    QSet<quint64> m_tilesWanted;
    // Mouse.
    QPointF m_pressAt;
    QPointF m_lastAt;
    bool m_dragging = false;
    bool m_choosing = false;
    QRectF m_choice;
};
