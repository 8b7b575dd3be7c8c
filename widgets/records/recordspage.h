#pragma once

// One of the collections besides the empty-lens library — locations, facilities or experts —
// as a page of the main window: a search box speaking the records' search language, facets
// that narrow it, the results as a list or (locations, facilities) on an offline map, and the
// editor of the selected record. Reads through a RecordReader; every change is an undoable
// command on the window's undo stack, written by the CatalogEditor. Import (CSV, JSON) is
// previewed before anything is written; export leaves confidential fields out.
//
// Threading: GUI thread.

#include "recordreader.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class CatalogEditor;
class FacetModel;
class MapView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoStack;
class RecordEditor;
class RecordListModel;
class SearchField;

class RecordsPage final : public QWidget
{
    Q_OBJECT

public:
    // File dialogs behind a seam, so that tests can answer them.
    struct FileChooser
    {
        std::function<QString(QWidget *, const QString &title, const QString &filter)> open;
        std::function<QString(QWidget *, const QString &title, const QString &name, const QString &filter)>
            save;
    };

    RecordsPage(RecordKind kind, const QString &catalogFolder, CatalogEditor *editor, QUndoStack *undo,
                QWidget *parent = nullptr);
    ~RecordsPage() override;

    RecordKind kind() const { return m_kind; }
    void search(const QString &text);
    QString searchText() const;
    // Reads again after the catalog changed (by this page or elsewhere).
    void refresh();
    void selectRecord(qint64 id);
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    void showMap(bool map);
    bool isMapShown() const;
    // For someone who may only read (a viewer of a shared catalog): no New, no import, no delete;
    // records are shown read-only.
    void setReadOnly(bool readOnly);
    // Someone else saved the record being edited (a shared catalog): both versions side by
    // side, and the choice of saving these edits over theirs, keeping theirs, or editing on.
    void resolveConflict(RecordKind kind, const QJsonObject &theirs, const QJsonObject &mine);
    void newRecord();
    void importFile(const QString &path = {});
    void exportRecords(const QString &path = {});
    void setMapTiles(const QString &mbtilesPath);
    void setTagPaths(const QStringList &paths);
    // What is selected in the library (an expert's photo is chosen there).
    void setLibrarySelection(std::function<QList<qint64>()> selection)
    {
        m_librarySelection = std::move(selection);
    }
    // Saves the editor's changes if they are valid; false when they are not (shown on the form).
    bool saveEditor();

    RecordListModel *model() const { return m_model; }
    RecordEditor *editor() const { return m_editor; }
    MapView *mapView() const { return m_map; }
    static FileChooser &fileChooser();

Q_SIGNALS:
    void searchShown(const RecordSearchResult &result);
    void recordShown(const RecordDetails &details);
    // The editor asks to link the clips and photos selected in the library to a location.
    void linkSelectionRequested(qint64 locationId);
    void filesDroppedOnLocation(qint64 locationId, const QByteArrayList &paths);
    void assetActivated(qint64 assetId);
    // Locations chosen to be added to a production.
    void addToProductionRequested(const QList<qint64> &locationIds);
    void message(const QString &text);

private:
    bool m_readOnly = false;
    QAction *m_importAction = nullptr;
    QWidget *m_newButton = nullptr;
    void runSearch();
    void onSearched(const RecordSearchResult &result);
    void onSelectionChanged();
    void onFacetClicked(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void updatePins();

    const RecordKind m_kind;
    const QString m_folder;
    QPointer<CatalogEditor> m_catalogEditor;
    QPointer<QUndoStack> m_undo;
    RecordReader *m_reader;
    RecordListModel *m_model;
    FacetModel *m_facetModel;
    SearchField *m_search;
    QComboBox *m_sort;
    QToolButton *m_listButton;
    QToolButton *m_mapButton;
    QToolButton *m_assetPinsButton;
    double m_nearbyKm = 1.0;
    QList<MapPin> m_assetPins;
    std::function<QList<qint64>()> m_librarySelection;
    QLabel *m_searchMessage;
    QLabel *m_count;
    QTreeView *m_facets;
    QStackedWidget *m_views;
    QTableView *m_table;
    MapView *m_map;
    RecordEditor *m_editor;
    QHash<QString, QList<RecordChoice>> m_choices;
    QStringList m_tagPaths;
    quint64 m_ticket = 0;
    qint64 m_shownId = 0; // in the editor
    qint64 m_wantedId = 0; // to select when the results come
    bool m_fitMap = true;
    RecordSearchResult m_result;
};
