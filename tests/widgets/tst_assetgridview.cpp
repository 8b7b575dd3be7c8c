// The thumbnail grid's arithmetic layout: where each row's tile is, what is under a point, the
// keys that move through it, the rubber band and the scroll range, with a last row that is not
// full and a model that grows and is reset.

#include "assetgridview.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAssetGridView : public QObject
{
    Q_OBJECT

    static void fill(QStandardItemModel &model, int rows)
    {
        model.clear();
        for (int i = 0; i < rows; ++i)
            model.appendRow(new QStandardItem(u"asset %1"_s.arg(i)));
    }

    // A grid of `rows` rows on screen, `width` by `height` (the grid goes before its model).
    struct Shown
    {
        QStandardItemModel model;
        AssetGridView grid;
    };
    static std::unique_ptr<Shown> shown(int rows, int width, int height)
    {
        auto out = std::make_unique<Shown>();
        fill(out->model, rows);
        out->grid.setModel(&out->model);
        out->grid.resize(width, height);
        out->grid.show();
        return out;
    }

private Q_SLOTS:
    void everyTileIsWhereItsRowSays()
    {
        const auto shownGrid = shown(10'007, 900, 600); // a last row that is not full, whatever the columns
        QStandardItemModel &model = shownGrid->model;
        AssetGridView &grid = shownGrid->grid;
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const int columns = grid.columnCount();
        const QSize cell = grid.cellSize();
        QVERIFY(columns >= 2);
        QVERIFY(cell.width() * columns <= grid.viewport()->width());
        // The scroll range holds every grid row, the last one short.
        const int gridRows = (10'007 + columns - 1) / columns;
        QCOMPARE(grid.verticalScrollBar()->maximum(), gridRows * cell.height() - grid.viewport()->height());
        for (const int row : { 0, 1, columns - 1, columns, 4'321, 10'006 }) {
            const QModelIndex index = model.index(row, 0);
            grid.scrollTo(index);
            const QRect tile = grid.visualRect(index);
            QVERIFY2(grid.viewport()->rect().contains(tile), qPrintable(QString::number(row)));
            QCOMPARE(grid.indexAt(tile.center()), index);
            QCOMPARE(tile.left() / cell.width(), row % columns); // its column
            // Neighbours: right, and the next grid row.
            if (row + 1 < 10'007 && (row + 1) % columns != 0)
                QCOMPARE(grid.visualRect(model.index(row + 1, 0)).top(), tile.top());
            if (row + columns < 10'007)
                QCOMPARE(grid.visualRect(model.index(row + columns, 0)).top(), tile.top() + cell.height());
        }
        // Past the last tile of the short row: nothing.
        grid.scrollTo(model.index(10'006, 0));
        const QRect last = grid.visualRect(model.index(10'006, 0));
        if (10'007 % columns != 0)
            QVERIFY(!grid.indexAt(last.center() + QPoint(cell.width(), 0)).isValid());
        QVERIFY(!grid.grab().isNull()); // paints what is shown
    }

    void keysMoveThroughTheGrid()
    {
        const auto shownGrid = shown(95, 900, 600);
        QStandardItemModel &model = shownGrid->model;
        AssetGridView &grid = shownGrid->grid;
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const int columns = grid.columnCount();
        grid.setFocus();
        grid.setCurrentIndex(model.index(0, 0));
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(grid.currentIndex().row(), 1);
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentIndex().row(), 1 + columns);
        QTest::keyClick(&grid, Qt::Key_Up);
        QCOMPARE(grid.currentIndex().row(), 1);
        QTest::keyClick(&grid, Qt::Key_Left);
        QTest::keyClick(&grid, Qt::Key_Left); // at the first: stays
        QCOMPARE(grid.currentIndex().row(), 0);
        QTest::keyClick(&grid, Qt::Key_End);
        QCOMPARE(grid.currentIndex().row(), 94);
        QVERIFY(grid.viewport()->rect().contains(grid.visualRect(grid.currentIndex())));
        QTest::keyClick(&grid, Qt::Key_Home);
        QCOMPARE(grid.currentIndex().row(), 0);
        // Shift extends the selection as the cursor moves: the tiles between, as a rectangle.
        QTest::keyClick(&grid, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(&grid, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(grid.currentIndex().row(), columns + 1);
        QCOMPARE(grid.selectionModel()->selectedIndexes().size(), 4);
        QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(grid.selectionModel()->selectedIndexes().size(), 95);
    }

    void rubberBandSelectsTheTilesItMeets()
    {
        const auto shownGrid = shown(50, 900, 600);
        QStandardItemModel &model = shownGrid->model;
        AssetGridView &grid = shownGrid->grid;
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const int columns = grid.columnCount();
        // From the space above the first tile to the second of the next grid row: 2 x 2 tiles
        // (from a tile, the press would drag it).
        const QPoint from(1, 1);
        QVERIFY(!grid.indexAt(from).isValid());
        const QPoint to = grid.visualRect(model.index(columns + 1, 0)).center();
        QTest::mousePress(grid.viewport(), Qt::LeftButton, {}, from - QPoint(0, 0));
        QMouseEvent move(QEvent::MouseMove, QPointF(to), grid.viewport()->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid.viewport(), &move);
        QTest::mouseRelease(grid.viewport(), Qt::LeftButton, {}, to);
        QList<int> rows;
        for (const QModelIndex &index : grid.selectionModel()->selectedIndexes())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<int> { 0, 1, columns, columns + 1 }));
    }

    void followsTheModel()
    {
        const auto shownGrid = shown(2, 900, 300);
        QStandardItemModel &model = shownGrid->model;
        AssetGridView &grid = shownGrid->grid;
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.verticalScrollBar()->maximum(), 0); // all on screen
        for (int i = 2; i < 500; ++i)
            model.appendRow(new QStandardItem(u"more %1"_s.arg(i)));
        const int columns = grid.columnCount();
        QCOMPARE(grid.verticalScrollBar()->maximum(),
                 (500 + columns - 1) / columns * grid.cellSize().height() - grid.viewport()->height());
        model.removeRows(0, 450);
        QTRY_COMPARE(
            grid.verticalScrollBar()->maximum(),
            std::max(0, (50 + columns - 1) / columns * grid.cellSize().height() - grid.viewport()->height()));
        fill(model, 3); // a reset
        QCOMPARE(grid.verticalScrollBar()->maximum(), 0);
        QCOMPARE(grid.indexAt(grid.visualRect(model.index(2, 0)).center()), model.index(2, 0));
        // Wider: more columns, the first tile still first.
        const int before = grid.columnCount();
        grid.resize(1800, 300);
        QTRY_VERIFY(grid.columnCount() > before);
    }
};

QTEST_MAIN(TestAssetGridView)
#include "tst_assetgridview.moc"
