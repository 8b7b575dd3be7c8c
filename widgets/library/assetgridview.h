#pragma once

// The thumbnail grid. Moving the pointer across a clip's tile scrubs through its filmstrip;
// Space asks for the large preview; assets drag out as asset ids (onto a tag) and file URLs.
//
// The layout is arithmetic: every tile has the same size, so row i of the model is in grid row
// i / columns, column i % columns. Nothing is kept per row and nothing is laid out after a
// reset, whatever the number of rows (QListView's icon mode kept an item per row, 40 MB at a
// million, and laid them out in batches after every search).
//
// Threading: GUI thread.

#include <QAbstractItemView>

class AssetTileDelegate;

class AssetGridView final : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit AssetGridView(QWidget *parent = nullptr);

    AssetTileDelegate *tileDelegate() const { return m_delegate; }
    // Tile size: the poster's width in pixels.
    void setPosterWidth(int width);
    // The model's column the tiles show.
    void setModelColumn(int column);
    int modelColumn() const { return m_column; }
    // The cell of one tile: the tile and the space around it (the columns spread over the width).
    QSize cellSize() const { return m_cell; }
    int columnCount() const { return m_columns; }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;
    void reset() override;

Q_SIGNALS:
    void previewRequested(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void stopScrub();
    // The cell size and the number of columns for the viewport's width: the columns spread over
    // the whole width, as a file manager does.
    void updateGrid();
    int rowCount() const;
    QModelIndex indexOf(int row) const;
    // The tile of model row `row`, in the viewport's coordinates.
    QRect tileRect(int row) const;
    // The model rows whose cells meet the content rectangle `rect` (scrolled coordinates), as
    // first/last grid rows and columns.
    struct Span
    {
        int firstRow = 0, lastRow = -1, firstColumn = 0, lastColumn = -1;
    };
    Span spanOf(const QRect &content) const;

    AssetTileDelegate *m_delegate;
    int m_column = 0;
    int m_columns = 1;
    QSize m_cell { 1, 1 };
    QSize m_tile { 1, 1 };
    QPersistentModelIndex m_hover;
};
