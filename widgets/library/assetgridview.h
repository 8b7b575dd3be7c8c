#pragma once

// The thumbnail grid. Moving the pointer across a clip's tile scrubs through its filmstrip;
// Space asks for the large preview; assets drag out as asset ids (onto a tag) and file URLs.
//
// Threading: GUI thread.

#include <QListView>

class AssetTileDelegate;

class AssetGridView final : public QListView
{
    Q_OBJECT

public:
    explicit AssetGridView(QWidget *parent = nullptr);

    AssetTileDelegate *tileDelegate() const { return m_delegate; }
    // Tile size: the poster's width in pixels.
    void setPosterWidth(int width);

Q_SIGNALS:
    void previewRequested(const QModelIndex &index);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void stopScrub();
    // Spreads the columns over the whole width, as a file manager does.
    void updateGrid();

    AssetTileDelegate *m_delegate;
};
