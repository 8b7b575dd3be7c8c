#pragma once

// The catalogued clips and photos, for the thumbnail grid (column 0) and the details table (all
// columns). Every asset's row is read once, in the background; a search result then only
// chooses which rows show and in what order (setVisibleIds), so typing in the search box never
// reads the catalog on the GUI thread. Posters come from the catalog's shared PosterLoader: data()
// answers from its cache, asks for what is missing and emits dataChanged() for that one row when it arrives.
//
// Threading: GUI thread.

#include "assetrecords.h"
#include "posterloader.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

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
    };

    // Every asset's row, as read in the background.
    struct Rows
    {
        QList<AssetRow> rows;
        QHash<qint64, QByteArray> rawPaths; // only where the path is not UTF-8
        QString error;
    };

    explicit AssetListModel(QObject *parent = nullptr);
    ~AssetListModel() override;

    // Shows the catalog at `folder` (reads it in the background). Empty: shows nothing.
    void setCatalog(const QString &folder);
    QString catalog() const { return m_folder; }
    // Reads every row again (after an import); the visible rows stay as chosen.
    void reload();
    bool isLoading() const { return m_watcher && m_watcher->isRunning(); }

    // Shows these assets in this order (a search result); nullopt: every asset, newest first.
    void setVisibleIds(const std::optional<QList<qint64>> &ids);
    int totalCount() const { return int(m_rows.size()); }

    const AssetRow *rowForId(qint64 id) const;
    QModelIndex indexForId(qint64 id, int column = 0) const;
    // An edit was saved: refresh what the grid and table show for it.
    void setTitle(qint64 id, const QString &title);
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
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr char kAssetIdsMime[] = "application/x-reelatlas-asset-ids";
    static QList<qint64> assetIdsFrom(const QMimeData *mime);

Q_SIGNALS:
    void loaded(int count);
    void loadFailed(const QString &error);

private:
    void onRowsRead();
    void onPosterLoaded(const QString &hash, PosterLoader::Kind kind);
    // The cached picture, or nothing yet (it is asked for).
    std::optional<PosterLoader::Picture> picture(const QString &hash, PosterLoader::Kind kind) const;
    void rebuildVisible();
    void forgetChangedPictures(const QList<AssetRow> &fresh);
    void rankNamesInBackground();
    // The sort key of a number column, without a QVariant (sortValue() for the others).
    static double numericSortValue(const AssetRow &row, int column);
    QVariant sortValue(const AssetRow &row, int column) const;
    QByteArray rawPathOf(const AssetRow &row) const;

    QString m_folder;
    QString m_loadingFolder; // the catalog the running read is for
    QList<AssetRow> m_rows;
    QHash<qint64, QByteArray> m_rawPaths; // id -> path bytes, where they are not path.toUtf8()
    QHash<qint64, int> m_rowById;
    QList<int> m_visible; // indexes into m_rows, in display order
    QList<int> m_positionOf; // index into m_rows -> display row, or -1
    std::optional<QList<qint64>> m_visibleIds;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, QList<int>> m_rowsByHash; // content hash -> indexes into m_rows
    std::shared_ptr<PosterLoader> m_posters; // shared with the other views of the catalog
    std::unique_ptr<QFutureWatcher<Rows>> m_watcher;
    bool m_reloadQueued = false;
    std::vector<int> m_nameRank; // index into m_rows -> place by name; empty until ranked
    quint64 m_nameRankGeneration = 0;
};
