#include "assetgridview.h"

#include "assetlistmodel.h"
#include "assettiledelegate.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace {

constexpr int kTileTop = 3; // the space above a tile in its cell

} // namespace

AssetGridView::AssetGridView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_delegate(new AssetTileDelegate(this))
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setMouseTracking(true);
    setItemDelegate(m_delegate);
    setFrameShape(QFrame::NoFrame);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // the width, and so the columns, never jump
    viewport()->setAttribute(Qt::WA_Hover); // hover repaints
    updateGrid();
}

void AssetGridView::setPosterWidth(int width)
{
    m_delegate->setPosterWidth(width);
    doItemsLayout();
}

void AssetGridView::setModelColumn(int column)
{
    m_column = std::max(0, column);
    viewport()->update();
}

int AssetGridView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

QModelIndex AssetGridView::indexOf(int row) const
{
    return model() && row >= 0 && row < rowCount() ? model()->index(row, m_column, rootIndex())
                                                   : QModelIndex();
}

void AssetGridView::updateGrid()
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    m_tile = m_delegate->sizeHint(option, QModelIndex());
    const int width = viewport()->width() - 2;
    m_columns = std::max(1, width / (m_tile.width() + 6));
    m_cell = QSize(std::max(m_tile.width(), width / m_columns), m_tile.height() + 6);
}

QRect AssetGridView::tileRect(int row) const
{
    const int gridRow = row / m_columns, column = row % m_columns;
    const int left = column * m_cell.width() + (m_cell.width() - m_tile.width()) / 2;
    const qint64 top = qint64(gridRow) * m_cell.height() + kTileTop - verticalOffset();
    // A million rows of 150 pixels: 150,000,000, within int; the scroll bar's range is clamped.
    return QRect(left,
                 int(std::clamp<qint64>(top, std::numeric_limits<int>::min() / 2,
                                        std::numeric_limits<int>::max() / 2)),
                 m_tile.width(), m_tile.height());
}

QRect AssetGridView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    return tileRect(index.row());
}

AssetGridView::Span AssetGridView::spanOf(const QRect &content) const
{
    Span span;
    const int rows = rowCount();
    if (rows == 0 || content.isEmpty())
        return span;
    const int gridRows = (rows + m_columns - 1) / m_columns;
    span.firstRow = std::clamp(content.top() / m_cell.height(), 0, gridRows - 1);
    span.lastRow = std::clamp(content.bottom() / m_cell.height(), 0, gridRows - 1);
    span.firstColumn = std::clamp(content.left() / m_cell.width(), 0, m_columns - 1);
    span.lastColumn = std::clamp(content.right() / m_cell.width(), 0, m_columns - 1);
    if (content.bottom() < 0 || content.right() < 0 || content.top() >= gridRows * m_cell.height())
        span.lastRow = -1;
    return span;
}

QModelIndex AssetGridView::indexAt(const QPoint &point) const
{
    if (point.x() < 0 || point.y() + verticalOffset() < 0)
        return {};
    const int column = point.x() / m_cell.width();
    const int gridRow = (point.y() + verticalOffset()) / m_cell.height();
    if (column >= m_columns)
        return {};
    const qint64 row = qint64(gridRow) * m_columns + column;
    if (row >= rowCount())
        return {};
    return tileRect(int(row)).contains(point) ? indexOf(int(row)) : QModelIndex();
}

int AssetGridView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

void AssetGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const QRect tile = visualRect(index);
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    const int top = bar->value() + tile.top() - kTileTop;
    switch (hint) {
    case PositionAtTop:
        bar->setValue(top);
        break;
    case PositionAtBottom:
        bar->setValue(top + m_cell.height() - height);
        break;
    case PositionAtCenter:
        bar->setValue(top + (m_cell.height() - height) / 2);
        break;
    case EnsureVisible:
        if (tile.top() - kTileTop < 0)
            bar->setValue(top);
        else if (tile.top() - kTileTop + m_cell.height() > height)
            bar->setValue(top + m_cell.height() - height);
        break;
    }
}

QModelIndex AssetGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int rows = rowCount();
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return indexOf(0);
    const int row = current.row();
    const int page = std::max(1, viewport()->height() / m_cell.height()) * m_columns;
    int next = row;
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        next = row - 1;
        break;
    case MoveRight:
    case MoveNext:
        next = row + 1;
        break;
    case MoveUp:
        next = row - m_columns;
        break;
    case MoveDown:
        // Down from the row above the last, short one: its last tile.
        next = row + m_columns < rows ? row + m_columns
                                      : (row / m_columns < (rows - 1) / m_columns ? rows - 1 : row);
        break;
    case MovePageUp:
        next = row - page;
        break;
    case MovePageDown:
        next = row + page;
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = rows - 1;
        break;
    }
    if (cursorAction == MovePageUp || cursorAction == MovePageDown)
        next = std::clamp(next, 0, rows - 1);
    return next >= 0 && next < rows ? indexOf(next) : current;
}

void AssetGridView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel() || !model())
        return;
    // In content coordinates; the tiles whose cells the rectangle meets, by grid row.
    const QRect content = rect.normalized().translated(0, verticalOffset());
    const Span span = spanOf(content);
    QItemSelection selection;
    const int rows = rowCount();
    for (int gridRow = span.firstRow; gridRow <= span.lastRow; ++gridRow) {
        const int first = gridRow * m_columns + span.firstColumn;
        const int last = std::min(gridRow * m_columns + span.lastColumn, rows - 1);
        if (first <= last)
            selection.append(QItemSelectionRange(indexOf(first), indexOf(last)));
    }
    selectionModel()->select(selection, command);
}

QRegion AssetGridView::visualRegionForSelection(const QItemSelection &selection) const
{
    // Only what can be on screen: a selection of a million rows is a few rectangles.
    const Span visible = spanOf(viewport()->rect().translated(0, verticalOffset()));
    if (visible.lastRow < visible.firstRow)
        return {};
    const int firstShown = visible.firstRow * m_columns;
    const int lastShown = std::min((visible.lastRow + 1) * m_columns, rowCount()) - 1;
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex())
            continue;
        for (int row = std::max(range.top(), firstShown); row <= std::min(range.bottom(), lastShown); ++row)
            region += tileRect(row);
    }
    return region;
}

void AssetGridView::updateGeometries()
{
    updateGrid();
    const int rows = rowCount();
    const qint64 height = qint64((rows + m_columns - 1) / m_columns) * m_cell.height();
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(std::max(1, m_cell.height() / 4));
    bar->setPageStep(viewport()->height());
    bar->setRange(
        0, int(std::clamp<qint64>(height - viewport()->height(), 0, std::numeric_limits<int>::max() / 2)));
    QAbstractItemView::updateGeometries();
}

void AssetGridView::doItemsLayout()
{
    updateGeometries();
    viewport()->update();
}

void AssetGridView::reset()
{
    m_hover = QPersistentModelIndex();
    QAbstractItemView::reset();
    updateGeometries();
    viewport()->update();
}

void AssetGridView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
    viewport()->update();
}

void AssetGridView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    // The rows are still there: the range is set once they are gone.
    QMetaObject::invokeMethod(
        this,
        [this] {
            updateGeometries();
            viewport()->update();
        },
        Qt::QueuedConnection);
}

void AssetGridView::paintEvent(QPaintEvent *event)
{
    if (!model())
        return;
    QPainter painter(viewport());
    const Span span = spanOf(event->rect().translated(0, verticalOffset()));
    const int rows = rowCount();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State base = option.state;
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus() || viewport()->hasFocus();
    for (int gridRow = span.firstRow; gridRow <= span.lastRow; ++gridRow) {
        for (int column = span.firstColumn; column <= span.lastColumn; ++column) {
            const int row = gridRow * m_columns + column;
            if (row >= rows)
                break;
            const QModelIndex index = indexOf(row);
            option.rect = tileRect(row);
            option.state = base;
            if (selectionModel() && selectionModel()->isSelected(index))
                option.state |= QStyle::State_Selected;
            if (index == m_hover)
                option.state |= QStyle::State_MouseOver;
            if (focused && index == current)
                option.state |= QStyle::State_HasFocus;
            m_delegate->paint(&painter, option, index);
        }
    }
}

void AssetGridView::resizeEvent(QResizeEvent *event)
{
    // The first tile shown stays the first shown when the columns change.
    const QModelIndex first = indexAt(QPoint(m_cell.width() / 2, kTileTop + 1));
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
    if (first.isValid())
        scrollTo(first, PositionAtTop);
}

void AssetGridView::mouseMoveEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseMoveEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index != m_hover) {
        if (m_hover.isValid())
            viewport()->update(visualRect(m_hover));
        m_hover = index;
        if (index.isValid())
            viewport()->update(visualRect(index));
    }
    if (event->buttons() != Qt::NoButton)
        return;
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
    if (m_hover.isValid())
        viewport()->update(visualRect(m_hover));
    m_hover = QPersistentModelIndex();
    QAbstractItemView::leaveEvent(event);
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
    QAbstractItemView::keyPressEvent(event);
}
