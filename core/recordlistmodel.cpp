#include "recordlistmodel.h"

#include "dragpayload.h"

#include <QIODevice>
#include <QMimeData>
#include <QtEndian>

using namespace Qt::StringLiterals;

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordListModel::setResult(const RecordSearchResult &result)
{
    beginResetModel();
    m_kind = result.kind;
    m_rows = result.rows;
    m_distances = result.distances;
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
    endResetModel();
}

QModelIndex RecordListModel::indexForId(qint64 id, int column) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordStore::Summary &row = m_rows.at(index.row());
    const double distance = index.row() < m_distances.size() ? m_distances.at(index.row()) : -1;
    switch (role) {
    case IdRole:
        return row.id;
    case CodeRole:
        return row.code;
    case LatRole:
        return row.position ? QVariant(row.position->lat) : QVariant();
    case LonRole:
        return row.position ? QVariant(row.position->lon) : QVariant();
    case DistanceRole:
        return distance >= 0 ? QVariant(distance) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return QStringList { row.nameZh, row.nameEn, row.code }.join(u'\n').trimmed();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn || index.column() == AssetsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn: {
        const QString name = row.name();
        const QString other = name == row.nameZh ? row.nameEn : row.nameZh;
        return other.isEmpty() || other == name ? name : u"%1  ·  %2"_s.arg(name, other);
    }
    case KindColumn:
        return row.kindText;
    case PlaceColumn:
        return QStringList { row.province, row.city, row.district }.join(u' ').simplified();
    case StatusColumn:
        for (const RecordChoice &choice : RecordSchema::statuses()) {
            if (choice.code == row.status)
                return choice.name();
        }
        return row.status;
    case DistanceColumn:
        return distance >= 0 ? tr("%1 km").arg(distance < 10 ? QString::number(distance, 'f', 1)
                                                             : QString::number(qRound(distance)))
                             : QString();
    case AssetsColumn:
        return m_kind == RecordKind::Location && row.assetCount > 0 ? QVariant(row.assetCount) : QVariant();
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return m_kind == RecordKind::Location ? tr("Category")
            : m_kind == RecordKind::Facility  ? tr("Service type")
                                              : tr("Organisation");
    case PlaceColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case DistanceColumn:
        return tr("Distance");
    case AssetsColumn:
        return tr("Clips and photos");
    }
    return {};
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList RecordListModel::mimeTypes() const
{
    return { QString::fromLatin1(kRecordIdsMime) };
}

QMimeData *RecordListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = idAt(index.row());
        if (id && !ids.contains(id))
            ids.append(id);
    }
    // The kind, then the ids.
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<qint32>(qint32(m_kind), bytes.data());
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kRecordIdsMime), bytes + DragPayload::encodeIds(ids));
    return mime;
}

std::pair<int, QList<qint64>> RecordListModel::recordIdsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kRecordIdsMime)))
        return { -1, {} };
    const QByteArray bytes = mime->data(QString::fromLatin1(kRecordIdsMime));
    const auto ids =
        bytes.size() >= 4 ? DragPayload::decodeIds(QByteArrayView(bytes).sliced(4)) : std::nullopt;
    if (!ids)
        return { -1, {} };
    return { qFromBigEndian<qint32>(bytes.constData()), *ids };
}
