#pragma once

// The catalogued clips and photos, for the thumbnail grid (column 0) and the details table (all
// columns). What it holds grows with what is on screen, not with the catalog: the ids of what is
// shown (a search result, or every asset newest first: 8 bytes each) and the rows of the pages
// looked at, at most kRowsKept of them. A row not read yet is asked for with its page from a
// reading thread of the model's own and shown empty until it comes (dataChanged); sorting the
// table by a column asks the catalog for the order (its indexes answer name, date and duration)
// and shows it when it comes. Nothing is read on the GUI thread, except the paths of rows never
// looked at when they are dragged out. Posters come from the catalog's shared PosterLoader: data()
// answers from its cache, asks for what is missing and emits dataChanged() for that one row when
// it arrives.
//
// Threading: GUI thread.

#include "assetrecords.h"
#include "posterloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QThread>

#include <deque>
#include <memory>
#include <optional>

class AssetRowReader;

class AssetListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DurationColumn,
        ResolutionColumn,
        FpsColumn,
        CodecColumn,
        FormatColumn,
        DateColumn,
        SizeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        KindRole,
        DurationRole, // seconds (double), invalid for photos
        FormatClassRole, // in the UI language
        HdrRole,
        PosterRole, // QImage, or invalid while loading / when there is none
        PortraitRole, // bool
        ErrorRole,
        PathRole, // as shown (decoded)
        RawPathRole, // QByteArray: the file system's bytes, to open the file or hand it on
        ContentHashRole,
        FilmstripFramesRole, // int, 0 for photos
        SortRole, // the value a column sorts by
        FilmstripRole, // QImage: the frames side by side (asked for when first wanted)
        PeopleRole, // int: the most people the analysis pass saw in one still; -1 not analysed
        ShotCountRole, // int: the shots the analysis pass found; 0 not analysed
        ShotFramesRole, // QImage: a frame of each shot side by side (clips of two or more shots)
        ShotFrameCountRole, // int: how many frames ShotFramesRole holds (the first shots'); 0 until read
        LoadedRole, // bool: the row has been read (false: shown empty until it comes)
    };

    // Rows are read this many at a time, and at most kRowsKept are held.
    static constexpr int kPageRows = 200;
    static constexpr int kRowsKept = 20'000;
    static constexpr int kPagesPending = 8;

    explicit AssetListModel(QObject *parent = nullptr);
    ~AssetListModel() override;

    // Shows the catalog at `folder` (read in the background). Empty: shows nothing.
    void setCatalog(const QString &folder);
    QString catalog() const { return m_folder; }
    // Reads the catalog's list of assets again (after an import); the rows shown are read again
    // when next looked at, and show what they showed until then.
    void reload();
    // Whether the list is being read (after its first page, when that came first: firstPageLoaded).
    bool isLoading() const { return m_listing; }

    // Shows these assets in this order (a search result); nullopt: every asset, newest first.
    void setVisibleIds(const std::optional<QList<qint64>> &ids);
    // The assets listed (while isLoading(), those of the first page).
    int totalCount() const { return int(m_allIds.size()); }
    // How many rows are held now (at most kRowsKept).
    int rowsHeld() const { return int(m_rows.size()); }

    // The asset shown at `row` (0 outside the rows), without a QVariant: "select all" reads a
    // million of them.
    qint64 idAt(int row) const { return row >= 0 && row < m_shown.size() ? m_shown.at(row) : 0; }
    // The row of `id` if it has been read.
    const AssetRow *rowForId(qint64 id) const;
    QModelIndex indexForId(qint64 id, int column = 0) const;
    // An edit was saved: refresh what the grid and table show for it.
    void setTitle(qint64 id, const QString &title);
    // These assets changed elsewhere: their rows are read again when next looked at, and show
    // what they showed until then (the list of assets is the same).
    void rowsChanged(const QList<qint64> &ids);
    // The poster of the content `hash` was made again: read it again.
    void posterChanged(const QString &hash);
    void removeIds(const QList<qint64> &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Asks the catalog for the order; the rows move when it comes (sorted()).
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr char kAssetIdsMime[] = "application/x-reelatlas-asset-ids";
    static QList<qint64> assetIdsFrom(const QMimeData *mime);

Q_SIGNALS:
    // The first listing of a catalog: its first page (the newest kPageRows, with their rows) is
    // shown before the whole list is read; isLoading() until then. loaded() follows.
    void firstPageLoaded(int count);
    void loaded(int count);
    void loadFailed(const QString &error);
    // The order asked for with sort() is shown.
    void sorted();

private:
    friend class AssetRowReader;
    void forget(qint64 id);
    struct Held
    {
        AssetRow row;
        QByteArray rawPath; // empty: the UTF-8 of row.path
        quint64 generation = 0; // of the listing it was read in: older ones are read again
        int position = -1; // its display row, while m_shownVersion is positionVersion
        quint64 positionVersion = 0;
    };

    void onListed(quint64 generation, const QList<qint64> &ids, const QList<AssetRow> &rows,
                  const QHash<qint64, QByteArray> &rawPaths, const QString &error, bool complete);
    void onPageRead(quint64 generation, quint64 shownVersion, int page, const QList<AssetRow> &rows,
                    const QHash<qint64, QByteArray> &rawPaths);
    void onOrdered(quint64 shownVersion, const QList<qint64> &ids);
    void hold(const QList<AssetRow> &rows, const QHash<qint64, QByteArray> &rawPaths, quint64 generation);
    void requestPage(int page) const;
    void showIds(const QList<qint64> &ids);
    const Held *held(int row) const;
    void onPosterLoaded(const QString &hash, PosterLoader::Kind kind);
    // The cached picture, or nothing yet (it is asked for).
    std::optional<PosterLoader::Picture> picture(const QString &hash, PosterLoader::Kind kind) const;
    QVariant sortValue(const AssetRow &row, int column) const;
    void emitChangedForHash(const QString &hash, const QList<int> &roles);

    QString m_folder;
    QThread m_thread;
    AssetRowReader *m_reader = nullptr; // on m_thread
    quint64 m_generation = 0; // of the listing asked for last
    bool m_listing = false;
    QList<qint64> m_allIds; // every asset, newest first
    std::optional<QList<qint64>> m_visibleIds;
    QList<qint64> m_shown; // in display order
    quint64 m_shownVersion = 0; // changes whenever m_shown does
    mutable QHash<qint64, int> m_positionOf; // id -> display row, made when first needed
    mutable quint64 m_positionsVersion = 0;
    mutable int m_lookups = 0; // since m_shown changed, by scanning
    QHash<qint64, Held> m_rows; // at most kRowsKept, by id
    QMultiHash<QString, qint64> m_heldByHash; // content hash -> ids held
    std::deque<QList<qint64>> m_heldOrder; // the ids held, a page at a time, oldest first
    mutable QSet<int> m_pending; // pages of m_shownVersion asked for
    mutable bool m_requestsSkipped = false; // rows not asked for while kPagesPending were
    std::shared_ptr<PosterLoader> m_posters; // shared with the other views of the catalog
};
