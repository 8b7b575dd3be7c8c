#pragma once

// The ReelAtlas main window: the empty-lens library of one catalog as a thumbnail grid, with
// import of folders. The composition root of the desktop app.
//
// Threading: GUI thread.

#include "ingestjob.h"

#include <QMainWindow>

class AssetListModel;
class AssetTileDelegate;
class ImportController;
class QLabel;
class QListView;
class QProgressBar;
class QSlider;
class QStackedWidget;
class QToolButton;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &catalogFolder, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts importing `paths` into the catalog (what "Add Folder…" and drops do).
    void importPaths(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addFolder();
    void onLoaded(int count);
    void onImportProgress(const IngestProgress &progress);
    void onImportFinished(const IngestSummary &summary);
    void showFailures(const IngestSummary &summary);

    QString m_catalogFolder;
    AssetListModel *m_model;
    AssetTileDelegate *m_delegate;
    ImportController *m_import;
    QStackedWidget *m_pages;
    QListView *m_grid;
    QLabel *m_emptyLabel;
    QLabel *m_countLabel;
    QLabel *m_importLabel;
    QProgressBar *m_importProgress;
    QToolButton *m_cancelButton;
    QSlider *m_sizeSlider;
    QAction *m_addFolderAction;
};
