#pragma once

// The ReelAtlas main window, the composition root of the desktop app: the sidebar (collections,
// volumes, tags, saved searches) on the left, the collection shown in the centre — the library
// page (search, grid or table, with its facets below the sidebar and its inspector on the right),
// or a records or productions page —, the import panel below, the menus. It makes the pages and
// routes between them (a location's clips, a production's candidates); each page reads through
// the CatalogReader and writes through the CatalogEditor itself, as undoable commands, so the
// GUI thread never touches the catalog.
//
// Threading: GUI thread.

#include "catalog.h"
#include "catalogreader.h"
#include "ingestjob.h"

#include <QMainWindow>

#include <atomic>
#include <memory>
#include <optional>

class BackgroundAnalysis;
class ChangeFeed;
class CatalogEditor;
class IngestController;
class ImportPanel;
class QueuePanel;
class LibraryPage;
class LibrarySidebar;
class PreviewDialog;
class ProductionsPage;
class RecordsPage;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoStack;
class ChangeFeed;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &catalogFolder, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString catalogFolder() const { return m_catalogFolder; }
    // Starts importing `paths` (the file system's bytes) into the catalog (what "Add Folder…"
    // and drops do).
    void importPaths(const QByteArrayList &paths);
    // File > Queue Folder for Workers…: the files under `paths` queued in the catalog for
    // "reelatlas-cli worker" on any machine (found on a worker thread), and the queue shown.
    void queuePaths(const QByteArrayList &paths);
    // Runs a search as if typed in the search box.
    void search(const QString &text);
    QUndoStack *undoStack() const { return m_undo; }
    LibraryPage *libraryPage() const { return m_library; }
    // The ids shown, in order (tests, benchmarks).
    QList<qint64> visibleIds() const;
    // 0: thumbnail grid, 1: details table.
    void setViewMode(int mode);
    // The large preview of the current item (Space).
    void previewCurrent();
    // Makes the poster of clip `id` the frame at `atS` (or ReelAtlas's pick), undoably.
    void makePoster(qint64 id, std::optional<double> atS);
    PreviewDialog *previewDialog() const;
    // The collections: "assets", "locations", "facilities", "experts", "productions".
    void showCollection(const QString &name);
    QString currentCollection() const;
    // Its page (made when first shown); nullptr for the library or before it is made.
    RecordsPage *recordsPage(const QString &name) const;
    ProductionsPage *productionsPage() const { return m_productions; }
    BackgroundAnalysis *backgroundAnalysis() const { return m_analysis; }
    // From how many assets an import suggests optimizing (Catalog::kOptimizeFrom; tests).
    void setOptimizeAdviceFrom(qint64 assets) { m_optimizeAdviceFrom = assets; }
    // Searches for what looks like the picture or clip at `path` (the file system's bytes), in the
    // catalog or not: an isolated worker makes its signature, then similar:#… is searched for.
    // What a picture dropped on the search box does.
    void findSimilarToFile(const QByteArray &path);

Q_SIGNALS:
    // The user asked for another catalog (new or open); the app replaces this window.
    void catalogRequested(const QString &folder);
    // A search's result is shown (tests, benchmarks).
    void searchShown(const SearchResult &result);
    // Its facet counts are shown.
    void facetsShown(const FacetCounts &counts);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void connectLibrary();
    void addFolder();
    void queueFolder();
    void connectToServer();
    // A viewer of a shared catalog: no action that writes, pages and inspector read-only, no
    // background analysis.
    void setReadOnly();
    void newCatalog();
    void openCatalog();
    void updateRecentMenu();
    void showSettings();
    void showSearchHelp();
    void showAbout();
    void showMessage(const QString &text, int timeoutMs);

    void onSidebarLoaded(const SidebarData &sidebar);
    void onImportProgress(const IngestProgress &progress);
    void onImportFinished(const IngestSummary &summary);
    void onCatalogChanged(int what);
    void refreshLibrary();
    void optimizeCatalog();
    void adviseOptimizing(); // after an import that added assets: Catalog::optimizeAdvised
    // After an import that added assets: the search index merged in the background when
    // Catalog::mergeAdvised says so, then adviseOptimizing().
    void keepSearchIndex();
    RecordsPage *ensureRecordsPage(const QString &name);
    ProductionsPage *ensureProductionsPage();
    void linkSelectionToLocation(qint64 locationId);
    void revealAsset(qint64 assetId);
    void addLocationsToProduction(const QList<qint64> &ids);

    QString m_catalogFolder;
    CatalogReader *m_reader;
    CatalogEditor *m_editor;
    QUndoStack *m_undo;
    IngestController *m_import;
    BackgroundAnalysis *m_analysis = nullptr;

    LibrarySidebar *m_sidebar = nullptr;
    LibraryPage *m_library = nullptr;
    QStackedWidget *m_collections = nullptr; // the library, then the other collections' pages
    QHash<QString, RecordsPage *> m_recordPages;
    ProductionsPage *m_productions = nullptr;
    bool m_inspectorWasVisible = true;
    bool m_analysisStarted = false;
    // Files dropped on a location: linked to it when their import is done.
    qint64 m_dropLocation = 0;
    QByteArrayList m_dropPaths;
    ImportPanel *m_importPanel = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_sidebarDock = nullptr;
    QDockWidget *m_importDock = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    QList<QAction *> m_writeActions;
    bool m_readOnly = false;
    QDockWidget *m_queueDock = nullptr;
    QTimer *m_importRefresh;
    QMenu *m_recentMenu = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_optimizeAction = nullptr;
    QLabel *m_signedIn = nullptr; // "Signed in as …" on a server catalog
    ChangeFeed *m_feed = nullptr; // a server catalog's changes by others
    qint64 m_optimizeAdviceFrom = Catalog::kOptimizeFrom;
    // Set to stop an optimization under way (Cancel, or the window closing).
    std::shared_ptr<std::atomic<bool>> m_stopOptimizing;
    std::shared_ptr<std::atomic<bool>> m_stopMerging; // keepSearchIndex()
};
