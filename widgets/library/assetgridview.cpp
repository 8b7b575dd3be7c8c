#include "assetgridview.h"

#include "assetlistmodel.h"
#include "assettiledelegate.h"

#include <QKeyEvent>
#include <QMouseEvent>

AssetGridView::AssetGridView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new AssetTileDelegate(this))
{
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(1000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setMouseTracking(true);
    setSpacing(4);
    setItemDelegate(m_delegate);
    setFrameShape(QFrame::NoFrame);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void AssetGridView::setPosterWidth(int width)
{
    m_delegate->setPosterWidth(width);
    updateGrid();
    doItemsLayout(); // uniform item sizes: the new size applies to every tile
}

void AssetGridView::updateGrid()
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QSize tile = m_delegate->sizeHint(option, QModelIndex());
    const int width = viewport()->width() - 2;
    const int columns = std::max(1, width / (tile.width() + 6));
    const QSize cell(std::max(tile.width(), width / columns), tile.height() + 6);
    if (cell != gridSize())
        setGridSize(cell);
}

void AssetGridView::resizeEvent(QResizeEvent *event)
{
    updateGrid();
    QListView::resizeEvent(event);
}

void AssetGridView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    const QModelIndex before = m_delegate->scrubIndex();
    if (!index.isValid() || index.data(AssetListModel::FilmstripFramesRole).toInt() <= 0) {
        stopScrub();
        return;
    }
    const QRect tile = visualRect(index);
    const QRect poster = m_delegate->posterRect(tile);
    if (!poster.contains(event->position().toPoint())) {
        stopScrub();
        return;
    }
    const double fraction = (event->position().x() - poster.left()) / std::max(1, poster.width());
    m_delegate->setScrub(index, fraction);
    if (before.isValid() && before != index)
        viewport()->update(visualRect(before));
    viewport()->update(tile);
}

void AssetGridView::leaveEvent(QEvent *event)
{
    stopScrub();
    QListView::leaveEvent(event);
}

void AssetGridView::stopScrub()
{
    const QModelIndex before = m_delegate->scrubIndex();
    if (!before.isValid())
        return;
    m_delegate->setScrub({}, 0);
    viewport()->update(visualRect(before));
}

void AssetGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        Q_EMIT previewRequested(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
