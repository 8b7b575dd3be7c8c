#pragma once

// The rows of a location, facility or expert search, for the list (a table: name, kind, place,
// status, distance, clips and photos) and the map (pins). Set all at once from a search result;
// ids map to rows in O(1).
//
// Threading: GUI thread.

#include "recordreader.h"

#include <QAbstractTableModel>

class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        PlaceColumn,
        StatusColumn,
        DistanceColumn,
        AssetsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, LatRole, LonRole, DistanceRole };

    explicit RecordListModel(QObject *parent = nullptr);

    void setResult(const RecordSearchResult &result);
    RecordKind kind() const { return m_kind; }
    const QList<RecordStore::Summary> &rows() const { return m_rows; }
    QModelIndex indexForId(qint64 id, int column = 0) const;
    qint64 idAt(int row) const;
    bool isNear() const { return !m_distances.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static constexpr char kRecordIdsMime[] = "application/x-reelatlas-record-ids";
    // (kind, ids) carried by a drag of rows.
    static std::pair<int, QList<qint64>> recordIdsFrom(const QMimeData *mime);

private:
    RecordKind m_kind = RecordKind::Location;
    QList<RecordStore::Summary> m_rows;
    QList<double> m_distances;
    QHash<qint64, int> m_rowOf;
};
