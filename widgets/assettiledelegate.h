#pragma once

// Paints one tile of the thumbnail grid: the poster (letterboxed into a 16:9 box), badges for
// duration, format class, HDR and portrait clips, the offline or failed state, and the name.
//
// Threading: GUI thread.

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

    // "0:12", "1:02:03"
    static QString formatDuration(double seconds);

private:
    int m_posterWidth = 224;
};
