#pragma once

// Paints one tile of the thumbnail grid: the poster (letterboxed into a 16:9 box), badges for
// duration, format class, HDR and portrait clips, the offline or failed state, and the name.
//
// Threading: GUI thread.

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class AssetTileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AssetTileDelegate(QObject *parent = nullptr);

    void setPosterWidth(int width);
    int posterWidth() const { return m_posterWidth; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the poster of a tile drawn in `tileRect` is.
    QRect posterRect(const QRect &tileRect) const;
    // Hover-scrubbing: the tile at `index` shows the frame of its filmstrip at `fraction` (0..1)
    // of the clip instead of its poster. An invalid index stops it.
    // A clip of two or more shots steps shot by shot (the tile is divided among its shots, each
    // showing its frame); others go through the filmstrip's evenly spaced frames.
    void setScrub(const QModelIndex &index, double fraction);
    QModelIndex scrubIndex() const { return m_scrubIndex; }
    struct ScrubFrame
    {
        bool byShot = false; // a shot's frame, else a filmstrip frame
        int frame = -1; // which (-1: none to show yet: the poster)
        int of = 0; // of how many
    };
    // What the tile at `index` shows at the scrub's place now.
    ScrubFrame scrubFrame(const QModelIndex &index) const;

private:
    int m_posterWidth = 224;
    QPersistentModelIndex m_scrubIndex;
    double m_scrubFraction = 0;
};

// The name column of the details table: a small poster before the name.
class AssetRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
