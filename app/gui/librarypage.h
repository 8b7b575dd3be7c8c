#pragma once

// The empty-lens library's page: the search row, the thumbnail grid and the details table over one
// selection, the facets that narrow the results, the inspector of the selected items, the large
// preview and the Duplicates window. It owns what is done to clips and photos from here — tag,
// remove, make a poster, find similar — with its own dialogs (Dialogs, so tests answer them), as
// undoable edits, and it follows the catalog's changes itself (the editor's signals). The window
// that holds it places its facets and inspector in docks, its actions in menus and its count in
// the status bar (qBittorrent's transfer list is composed the same way).
//
// Threading: GUI thread; reading goes through the CatalogReader's thread, writing through the
// CatalogEditor's.

#include "catalogreader.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class AssetGridView;
class AssetListModel;
class CatalogEditor;
class DuplicatesDialog;
class FacetModel;
class Inspector;
class PosterMaker;
class PreviewDialog;
class QAbstractItemView;
class QAction;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;
class QVBoxLayout;
class SearchField;

class LibraryPage final : public QWidget
{
    Q_OBJECT

public:
    LibraryPage(const QString &catalogFolder, CatalogReader *reader, CatalogEditor *editor, QUndoStack *undo,
                QWidget *parent = nullptr);
    ~LibraryPage() override;

    // The parts the window places around the page.
    QWidget *facetsPanel() const { return m_facetsPanel; }
    QWidget *inspectorPanel() const { return m_inspectorPanel; }
    Inspector *inspector() const { return m_inspector; }
    QLabel *countLabel() const { return m_countLabel; }
    QWidget *sizeControl() const { return m_sizeControl; }

    // Its actions, for the window's menus, toolbar and shortcuts.
    enum class Action {
        Tag,
        Remove,
        Preview,
        Similar,
        Duplicates,
        SaveSearch,
        Thumbnails,
        Details,
        Next,
        Previous,
        Larger,
        Smaller,
    };
    QAction *action(Action which) const;

    // 0: thumbnail grid, 1: details table.
    void setViewMode(int mode);
    void setPosterWidth(int width);

    // Searches as if typed in the search box.
    void search(const QString &text);
    // A saved search: its text and its sort's name (as kept in the catalog).
    void showSavedSearch(const QString &query, const QString &sort);
    // A tag or a volume chosen as a filter: the whole search, or added to (removed from) it.
    void applyFilter(const QString &query, bool addToSearch);
    void clearSearch();
    // The search on screen: its text and its sort's name (what "Save Search" keeps).
    std::pair<QString, QString> currentSearch() const;
    void focusSearch();
    void selectAll();
    // For a viewer of a shared catalog: the inspector shows, never edits; Tag, Remove and Save
    // Search are not offered (MainWindow hides them).
    void setReadOnly(bool readOnly);
    // Searches for what looks like the picture or clip at `path` (the file system's bytes), in the
    // catalog or not: an isolated worker makes its signature, then similar:#… is searched for.
    void findSimilarToFile(const QByteArray &path);
    // Selects clip or photo `assetId`, showing everything if the search hides it.
    void reveal(qint64 assetId);

    // The ids shown, in order (tests, benchmarks), and those selected (the current item when
    // nothing else is).
    QList<qint64> visibleIds() const;
    QList<qint64> selectedIds() const;
    qsizetype selectedCount() const;

    void previewCurrent();
    PreviewDialog *previewDialog() const;
    // Makes the poster of clip `id` the frame at `atS` (or ReelAtlas's pick), undoably.
    void makePoster(qint64 id, std::optional<double> atS);

    // What the sidebar's reading brought that the search box and the inspector offer (tags, locations).
    void setCatalogData(const SidebarData &sidebar, const QStringList &tagPaths);
    // Reads the catalog again (new assets from an import or an analysis pass).
    void refresh();
    // These assets changed elsewhere (another workstation, a worker; none came or went): what
    // shows them is read again, not the whole catalog.
    void assetsChangedElsewhere(const QList<qint64> &ids);
    // The copies a finished analysis pass found.
    void reloadDuplicates();
    // Saves what is being typed in the inspector.
    void commitPending();

Q_SIGNALS:
    // A line for the status bar (0: until the next one).
    void message(const QString &text, int timeoutMs);
    // The page asks to be the one shown (a search it was asked for from elsewhere is ready).
    void showRequested();
    void addFolderRequested();
    // The catalog could not be opened: another one (a folder), or the server again with a
    // password (the connect dialog, filled in with the address).
    void openCatalogRequested();
    void connectRequested();
    void saveSearchRequested();
    // The thumbnails' width chosen with the slider or the zoom keys.
    void posterWidthChanged(int width);
    // The catalog's assets were read (each time), or could not be.
    void loaded();
    void loadFailed();
    // A search's result is shown (tests, benchmarks), and its facet counts.
    void searchShown(const SearchResult &result);
    void facetsShown(const FacetCounts &counts);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createSearchRow(QVBoxLayout *layout);
    void createViews(QVBoxLayout *layout);
    void createFacets();
    void createInspector();
    // Saves what the inspector edited (`shown`: what it showed, Inspector::fieldEdited); when
    // someone else changed it meanwhile, shows both and asks which to keep.
    void saveField(const QList<qint64> &ids, const QString &column, const QVariant &value,
                   const QVariant &shown);
    void onFieldChangedMeanwhile(const QList<qint64> &ids, const QString &column, const QVariant &value,
                                 const QHash<qint64, QVariant> &theirs, const QString &error);
    void createActions();
    void connectCatalog();

    void runSearch();
    void onSearched(const SearchResult &result);
    void onFacetClicked(const QModelIndex &index);
    void onLoaded();
    void onCatalogChanged(int what);
    void onFieldsChanged(const QString &column, const QHash<qint64, QVariant> &values);
    void updatePage();
    void updateCount();
    QAbstractItemView *currentView() const;

    void onSelectionChanged();
    void loadInspector();
    void findSimilar();
    void showDuplicates();
    void step(int delta);
    void tagSelection();
    void removeSelection();
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);

    // Keeps the selection and the current item, by id, across model resets.
    void rememberSelection();
    void restoreSelection();

    QString m_catalogFolder;
    CatalogReader *m_reader;
    CatalogEditor *m_editor;
    QUndoStack *m_undo;
    AssetListModel *m_model;
    FacetModel *m_facetModel;

    SearchField *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QComboBox *m_sort = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyButton = nullptr; // what the empty page offers: add, open, connect
    bool m_loadFailed = false; // the catalog could not be read (the empty page says why)
    QLabel *m_noResultsLabel = nullptr;
    AssetGridView *m_grid = nullptr;
    QTableView *m_table = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QTreeView *m_facets = nullptr;
    QWidget *m_facetsPanel = nullptr;
    Inspector *m_inspector = nullptr;
    QWidget *m_inspectorPanel = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_sizeControl = nullptr;
    QSlider *m_sizeSlider = nullptr;
    QTimer *m_selectionTimer;
    QMap<Action, QAction *> m_actions;

    QPointer<PreviewDialog> m_preview;
    QPointer<DuplicatesDialog> m_duplicates;
    PosterMaker *m_posterMaker = nullptr;

    quint64 m_ticket = 0;
    QString m_shownText; // the text of the result on screen
    int m_resultCount = -1;
    bool m_resultComplete = true; // SearchResult::complete of what is shown
    qsizetype m_countedMatches = -1; // FacetCounts::matched, come before the whole answer
    double m_searchMs = 0;
    bool m_loaded = false;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    QList<qint64> m_inspected;
    QJsonObject m_currentAsset; // the inspected asset's details, when one is
    QStringList m_tagPaths;
};
