#pragma once

// The ReelAtlas main window, the composition root of the desktop app: the sidebar
// (collections, volumes, tags, saved searches) and the facets on the left, the search box and
// the thumbnail grid or details table in the centre, the inspector on the right, the import
// panel below. Reading goes through the CatalogReader and the AssetListModel, writing through
// the CatalogEditor as undoable commands; the GUI thread never touches the catalog itself.
//
// Threading: GUI thread.

#include "catalogreader.h"
#include "ingestjob.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class AssetGridView;
class AssetListModel;
class CatalogEditor;
class DuplicatesDialog;
class FacetModel;
class BackgroundAnalysis;
class IngestController;
class ImportPanel;
class Inspector;
class PosterMaker;
class PreviewDialog;
class ProductionsPage;
class RecordsPage;
class QComboBox;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSlider;
class QStackedWidget;
class QTableView;
class QTreeView;
class QUndoStack;
class SearchField;
class LibrarySidebar;
class SidebarModel;

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
    // Runs a search as if typed in the search box.
    void search(const QString &text);
    QUndoStack *undoStack() const { return m_undo; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void addFolder();
    void newCatalog();
    void openCatalog();
    void updateRecentMenu();
    void showSettings();
    void showSearchHelp();
    void showAbout();

    void runSearch();
    void onSearched(const SearchResult &result);
    void onSidebarLoaded(const SidebarData &sidebar);
    void onFacetClicked(const QModelIndex &index);
    void onLoaded(int count);
    void updatePage();
    void updateCount();

    QList<qint64> selectedIds() const;
    void onSelectionChanged();
    void loadInspector();
    // Searches for the look-alikes of the current item (similar:ID).
    void findSimilar();
    // The Duplicates window (made when first asked for).
    void showDuplicates();
    void step(int delta);

    void tagSelection();
    void removeSelection();
    void saveSearch();

    void onImportProgress(const IngestProgress &progress);
    void onImportFinished(const IngestSummary &summary);
    void onCatalogChanged(int what);
    void refreshLibrary();
    RecordsPage *ensureRecordsPage(const QString &name);
    ProductionsPage *ensureProductionsPage();
    void linkSelectionToLocation(qint64 locationId);
    void revealAsset(qint64 assetId);
    void addLocationsToProduction(const QList<qint64> &ids);

    // Keeps the selection and the current item, by id, across model resets.
    void rememberSelection();
    void restoreSelection();

    QString m_catalogFolder;
    AssetListModel *m_model;
    CatalogReader *m_reader;
    CatalogEditor *m_editor;
    QUndoStack *m_undo;
    IngestController *m_import;
    BackgroundAnalysis *m_analysis = nullptr;
    SidebarModel *m_sidebarModel = nullptr; // the sidebar's
    FacetModel *m_facetModel;

    LibrarySidebar *m_sidebar;
    QTreeView *m_facets;
    SearchField *m_search;
    QLabel *m_searchMessage;
    QComboBox *m_sort;
    QStackedWidget *m_pages;
    QStackedWidget *m_collections; // the library's centre, then the other collections' pages
    QWidget *m_libraryCentre = nullptr;
    QWidget *m_facetsBox = nullptr;
    QHash<QString, RecordsPage *> m_recordPages;
    ProductionsPage *m_productions = nullptr;
    bool m_inspectorWasVisible = true;
    // Files dropped on a location: linked to it when their import is done.
    qint64 m_dropLocation = 0;
    QByteArrayList m_dropPaths;
    QLabel *m_emptyLabel;
    QLabel *m_noResultsLabel;
    AssetGridView *m_grid;
    QTableView *m_table;
    QItemSelectionModel *m_selection;
    Inspector *m_inspector;
    ImportPanel *m_importPanel;
    QDockWidget *m_inspectorDock;
    QDockWidget *m_sidebarDock;
    QDockWidget *m_importDock;
    QPointer<PreviewDialog> m_preview;
    QPointer<DuplicatesDialog> m_duplicates;
    PosterMaker *m_posterMaker = nullptr;
    QLabel *m_countLabel;
    QSlider *m_sizeSlider;
    QLabel *m_sizeLabel;
    QTimer *m_selectionTimer;
    QTimer *m_importRefresh;
    QMenu *m_recentMenu;

    QAction *m_addFolderAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_gridAction;
    QAction *m_tableAction;
    QAction *m_tagAction;
    QAction *m_removeAction;
    QAction *m_previewAction;
    QAction *m_similarAction;

    quint64 m_ticket = 0;
    QString m_shownText; // the text of the result on screen
    int m_resultCount = -1;
    double m_searchMs = 0;
    bool m_loaded = false;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    QList<qint64> m_inspected;
    QJsonObject m_currentAsset; // the inspected asset's details, when one is
};
