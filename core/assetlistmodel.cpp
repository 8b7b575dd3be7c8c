#include "assetlistmodel.h"

#include "assetstore.h"
#include "catalog.h"
#include "dragpayload.h"
#include "durationtext.h"
#include "posterloader.h"
#include "sortkey.h"
#include "thumbnailstore.h"

#include <QCollator>
#include <QLocale>
#include <QMimeData>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

AssetListModel::Rows readRows(const QString &folder)
{
    AssetListModel::Rows out;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, out.error))
        return out;
    CatalogSession session(folder);
    if (!session.isOpen()) {
        out.error = session.error();
        return out;
    }
    auto rows = AssetStore(session.db()).listRows(out.rawPaths, out.error);
    if (rows)
        out.rows = std::move(*rows);
    return out;
}

// Every row's place when sorted by name (title, else file name): the catalog's own name key
// (SortKey, Chinese by pinyin, numbers by value) and then the id, exactly the order of
// ORDER BY sort_name, id; ~0.3 s on 100,000 assets, so it is done in the background.
std::vector<int> nameRanks(const QList<AssetRow> &rows)
{
    std::vector<QString> keys;
    keys.reserve(size_t(rows.size()));
    for (const AssetRow &row : rows)
        keys.push_back(
            SortKey::of(row.title.isEmpty() ? row.fileName : row.title, SortKey::Numbers::ByValue));
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QString &x = keys[size_t(a)], &y = keys[size_t(b)];
        if (x != y)
            return SortKey::less(x, y);
        return rows.at(a).id < rows.at(b).id;
    });
    std::vector<int> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    return rank;
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AssetListModel::~AssetListModel()
{
    if (m_watcher)
        m_watcher->waitForFinished();
    // Name rankings run on copies of the rows; their watchers are children, so nothing is
    // delivered after this.
}

void AssetListModel::setCatalog(const QString &folder)
{
    m_folder = folder;
    if (m_posters)
        disconnect(m_posters.get(), nullptr, this, nullptr);
    m_posters.reset();
    if (!folder.isEmpty()) {
        m_posters = PosterLoader::forCatalog(folder);
        connect(m_posters.get(), &PosterLoader::loaded, this, &AssetListModel::onPosterLoaded);
    }
    beginResetModel();
    m_rows.clear();
    m_rawPaths.clear();
    m_nameRank.clear();
    ++m_nameRankGeneration;
    m_rowById.clear();
    m_rowsByHash.clear();
    m_visible.clear();
    m_visibleIds.reset();
    endResetModel();
    reload();
}

void AssetListModel::reload()
{
    if (m_folder.isEmpty())
        return;
    if (isLoading()) {
        m_reloadQueued = true;
        return;
    }
    m_loadingFolder = m_folder;
    m_watcher = std::make_unique<QFutureWatcher<Rows>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &AssetListModel::onRowsRead);
    m_watcher->setFuture(QtConcurrent::run(readRows, m_folder));
}

void AssetListModel::onRowsRead()
{
    Rows read = m_watcher->result();
    if (m_loadingFolder != m_folder) {
        m_reloadQueued = true; // read for a catalog no longer shown
    } else if (!read.error.isEmpty()) {
        Q_EMIT loadFailed(read.error);
    } else {
        forgetChangedPictures(read.rows);
        beginResetModel();
        m_rows = std::move(read.rows);
        m_rawPaths = std::move(read.rawPaths);
        m_rowById.clear();
        m_rowsByHash.clear();
        m_rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowById.insert(m_rows.at(i).id, i);
            if (!m_rows.at(i).contentHash.isEmpty())
                m_rowsByHash[m_rows.at(i).contentHash].append(i);
        }
        m_nameRank.clear();
        rebuildVisible();
        endResetModel();
        rankNamesInBackground();
        Q_EMIT loaded(int(m_rows.size()));
    }
    if (m_reloadQueued) {
        m_reloadQueued = false;
        QMetaObject::invokeMethod(this, &AssetListModel::reload, Qt::QueuedConnection);
    }
}

void AssetListModel::forgetChangedPictures(const QList<AssetRow> &fresh)
{
    // The analysis pass replaces ingest's four-keyframe filmstrip with the full one and adds
    // the shots' frames: a strip cached before it would be shown with the new frame count. A
    // poster that was not there may be now.
    if (!m_posters)
        return;
    struct Pictures
    {
        int filmstripFrames;
        int shotCount;
        bool hasPoster;
    };
    QHash<QString, Pictures> before;
    before.reserve(m_rowsByHash.size());
    for (const AssetRow &row : std::as_const(m_rows)) {
        if (!row.contentHash.isEmpty())
            before.insert(row.contentHash, { row.filmstripFrames, row.shotCount, row.hasPoster });
    }
    for (const AssetRow &row : fresh) {
        const auto old = before.constFind(row.contentHash);
        if (old == before.cend())
            continue;
        if (old->filmstripFrames != row.filmstripFrames || old->shotCount != row.shotCount)
            m_posters->forget(row.contentHash, { ThumbnailStore::Filmstrip, ThumbnailStore::ShotFrames });
        if (old->hasPoster != row.hasPoster)
            m_posters->forget(row.contentHash, { ThumbnailStore::Poster });
    }
}

void AssetListModel::rebuildVisible()
{
    m_visible.clear();
    if (m_visibleIds) {
        m_visible.reserve(m_visibleIds->size());
        for (const qint64 id : *m_visibleIds) {
            const auto it = m_rowById.constFind(id);
            if (it != m_rowById.cend())
                m_visible.append(*it);
        }
    } else {
        m_visible.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_visible.append(i);
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == NameColumn && m_nameRank.size() == size_t(m_rows.size())) {
        // Ranked in the background, every row a place of its own: the order is the ranks read
        // backwards, with no comparison (a sort of 100,000 rows stalled the GUI for ~15 ms).
        std::vector<int> byRank(m_nameRank.size());
        for (size_t i = 0; i < m_nameRank.size(); ++i)
            byRank[size_t(m_nameRank[i])] = int(i);
        std::vector<bool> shown(byRank.size(), !m_visibleIds);
        if (m_visibleIds) {
            for (const int row : std::as_const(m_visible))
                shown[size_t(row)] = true;
        }
        m_visible.clear();
        for (size_t i = 0; i < byRank.size(); ++i) {
            const int row = byRank[ascending ? i : byRank.size() - 1 - i];
            if (shown[size_t(row)])
                m_visible.append(row);
        }
    } else if (m_sortColumn >= 0) {
        // Typed keys computed once per row: 100k QVariant comparisons would stall the GUI.
        std::vector<double> keys;
        keys.reserve(size_t(m_rows.size()));
        const QVariant probe = m_rows.isEmpty() ? QVariant() : sortValue(m_rows.first(), m_sortColumn);
        if (m_sortColumn == NameColumn) {
            std::vector<int> rank = nameRanks(m_rows);
            keys.assign(rank.cbegin(), rank.cend());
        } else if (probe.typeId() == QMetaType::QString) {
            // Codec, class, status: few distinct values, collated once each (Chinese by pinyin);
            // dates are ISO 8601, which sort as they are.
            QStringList values;
            values.reserve(m_rows.size());
            for (const AssetRow &row : std::as_const(m_rows))
                values.append(sortValue(row, m_sortColumn).toString());
            QStringList distinct = values;
            distinct.sort();
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            if (m_sortColumn != DateColumn) {
                QCollator collator;
                collator.setNumericMode(true);
                std::stable_sort(distinct.begin(), distinct.end(), collator);
            }
            QHash<QString, int> rankOf;
            rankOf.reserve(distinct.size());
            for (int i = 0; i < distinct.size(); ++i)
                rankOf.insert(distinct.at(i), i);
            for (const QString &value : std::as_const(values))
                keys.push_back(rankOf.value(value));
        } else {
            for (const AssetRow &row : std::as_const(m_rows))
                keys.push_back(numericSortValue(row, m_sortColumn));
        }
        // Key and row side by side: half the time of comparing rows through the key table.
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(size_t(m_visible.size()));
        for (const int row : std::as_const(m_visible))
            keyed.emplace_back(keys[size_t(row)], row);
        std::stable_sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
            return ascending ? a.first < b.first : a.first > b.first;
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            m_visible[qsizetype(i)] = keyed[i].second;
    }
    m_positionOf.fill(-1, m_rows.size());
    for (int i = 0; i < m_visible.size(); ++i)
        m_positionOf[m_visible.at(i)] = i;
}

void AssetListModel::setVisibleIds(const std::optional<QList<qint64>> &ids)
{
    beginResetModel();
    m_visibleIds = ids;
    m_sortColumn = -1; // a search result comes in its own order
    rebuildVisible();
    endResetModel();
}

void AssetListModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> rowsBefore;
    for (const QModelIndex &index : before)
        rowsBefore.append(m_visible.value(index.row(), -1));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildVisible();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowsBefore.at(i) < 0 ? -1 : m_positionOf.value(rowsBefore.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

double AssetListModel::numericSortValue(const AssetRow &row, int column)
{
    switch (column) {
    case DurationColumn:
        return row.durationS;
    case ResolutionColumn:
        return double(row.width) * row.height;
    case FpsColumn:
        return row.fps;
    case SizeColumn:
        return double(row.sizeBytes);
    default:
        return 0;
    }
}

QVariant AssetListModel::sortValue(const AssetRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return (row.title.isEmpty() ? row.fileName : row.title).toLower();
    case DurationColumn:
        return row.durationS;
    case DateColumn:
        return row.createdAt.isEmpty() ? row.addedAt : row.createdAt;
    case ResolutionColumn:
        return double(row.width) * row.height;
    case FpsColumn:
        return row.fps;
    case CodecColumn:
        return row.codec;
    case FormatColumn:
        return chineseUi() ? row.formatClassZh : row.formatClassEn;
    case SizeColumn:
        return double(row.sizeBytes);
    case StatusColumn:
        return row.status;
    default:
        return {};
    }
}

const AssetRow *AssetListModel::rowForId(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_rows.at(*it);
}

QModelIndex AssetListModel::indexForId(qint64 id, int column) const
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return {};
    const int position = m_positionOf.value(*it, -1);
    return position < 0 ? QModelIndex() : index(position, column);
}

void AssetListModel::setTitle(qint64 id, const QString &title)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return;
    m_rows[*it].title = title;
    m_nameRank.clear();
    rankNamesInBackground();
    const QModelIndex changed = indexForId(id);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed.siblingAtColumn(NameColumn), { Qt::DisplayRole });
}

void AssetListModel::removeIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    beginResetModel();
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    m_rows.removeIf([&](const AssetRow &row) { return gone.contains(row.id); });
    m_rowById.clear();
    m_rowsByHash.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
        if (!m_rows.at(i).contentHash.isEmpty())
            m_rowsByHash[m_rows.at(i).contentHash].append(i);
    }
    if (m_visibleIds)
        m_visibleIds->removeIf([&](qint64 id) { return gone.contains(id); });
    m_nameRank.clear();
    rebuildVisible();
    endResetModel();
    rankNamesInBackground();
}

void AssetListModel::rankNamesInBackground()
{
    const quint64 generation = ++m_nameRankGeneration;
    auto *watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_nameRankGeneration) // else the rows changed since
            m_nameRank = watcher->result();
    });
    watcher->setFuture(QtConcurrent::run(nameRanks, m_rows));
}

void AssetListModel::onPosterLoaded(const QString &hash, PosterLoader::Kind kind)
{
    if (sender() != m_posters.get())
        return; // for the catalog shown before
    QList<int> roles;
    switch (kind) {
    case ThumbnailStore::Poster:
        roles = { PosterRole, Qt::DecorationRole };
        break;
    case ThumbnailStore::Filmstrip:
        roles = { FilmstripRole };
        break;
    case ThumbnailStore::ShotFrames:
        roles = { ShotFramesRole, ShotFrameCountRole };
        break;
    case ThumbnailStore::PosterLarge:
        return; // the inspector's and the preview's
    }
    for (const int rowIndex : m_rowsByHash.value(hash)) {
        const int position = m_positionOf.value(rowIndex, -1);
        if (position >= 0)
            Q_EMIT dataChanged(index(position, 0), index(position, 0), roles);
    }
}

void AssetListModel::posterChanged(const QString &hash)
{
    if (m_posters)
        m_posters->forget(hash, { ThumbnailStore::Poster, ThumbnailStore::PosterLarge });
    for (const int rowIndex : m_rowsByHash.value(hash)) {
        const int position = m_positionOf.value(rowIndex, -1);
        if (position >= 0)
            Q_EMIT dataChanged(index(position, 0), index(position, 0), { PosterRole, Qt::DecorationRole });
    }
}

std::optional<PosterLoader::Picture> AssetListModel::picture(const QString &hash,
                                                             PosterLoader::Kind kind) const
{
    return m_posters ? m_posters->fetch(hash, kind) : std::nullopt;
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AssetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DurationColumn:
        return tr("Duration");
    case ResolutionColumn:
        return tr("Resolution");
    case FpsColumn:
        return tr("Frame rate");
    case CodecColumn:
        return tr("Codec");
    case FormatColumn:
        return tr("Format class");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags AssetListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList AssetListModel::mimeTypes() const
{
    return { QString::fromLatin1(kAssetIdsMime), u"text/uri-list"_s };
}

QMimeData *AssetListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.column() != 0)
            continue;
        const AssetRow &row = m_rows.at(m_visible.at(index.row()));
        ids.append(row.id);
        urls.append(DragPayload::fileUrl(rawPathOf(row)));
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kAssetIdsMime), DragPayload::encodeIds(ids));
    mime->setUrls(urls); // drag clips out to an editor or the file manager
    return mime;
}

QList<qint64> AssetListModel::assetIdsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kAssetIdsMime)))
        return {};
    return DragPayload::decodeIds(mime->data(QString::fromLatin1(kAssetIdsMime))).value_or(QList<qint64>());
}

QByteArray AssetListModel::rawPathOf(const AssetRow &row) const
{
    const auto it = m_rawPaths.constFind(row.id);
    return it != m_rawPaths.cend() ? *it : row.path.toUtf8();
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRow &row = m_rows.at(m_visible.at(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.title.isEmpty() ? row.fileName : row.title;
        case DurationColumn:
            return DurationText::clock(row.durationS);
        case ResolutionColumn:
            return row.width > 0 ? u"%1 × %2"_s.arg(row.width).arg(row.height) : QString();
        case FpsColumn:
            return row.fps > 0 ? QLocale().toString(row.fps, 'g', 5) : QString();
        case CodecColumn:
            return row.codec;
        case FormatColumn:
            return chineseUi() ? row.formatClassZh : row.formatClassEn;
        case DateColumn: {
            const QString when = row.createdAt.isEmpty() ? row.addedAt : row.createdAt;
            const QDateTime time = QDateTime::fromString(when, Qt::ISODate);
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : when;
        }
        case SizeColumn:
            return QLocale().formattedDataSize(row.sizeBytes);
        case StatusColumn:
            return row.status == "failed"_L1 ? tr("Failed")
                : row.status == "offline"_L1 ? tr("Offline")
                                             : tr("OK");
        default:
            return {};
        }
    }
    if (role == SortRole)
        return sortValue(row, index.column());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != CodecColumn
        && index.column() != FormatColumn && index.column() != StatusColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    switch (role) {
    case Qt::ToolTipRole: {
        QString tip = row.path;
        if (row.status == "failed"_L1)
            tip += u'\n' + tr("Failed: %1").arg(row.error);
        else if (row.status == "offline"_L1)
            tip += u'\n' + tr("Offline: the file is not where it was (drive unplugged, moved or deleted)");
        return tip;
    }
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case KindRole:
        return row.kind;
    case DurationRole:
        return row.durationS >= 0 ? QVariant(row.durationS) : QVariant();
    case FormatClassRole:
        return chineseUi() ? row.formatClassZh : row.formatClassEn;
    case HdrRole:
        return row.hdr == "none"_L1 ? QString() : row.hdr;
    case PortraitRole:
        return row.height > row.width;
    case ErrorRole:
        return row.error;
    case PathRole:
        return row.path;
    case RawPathRole:
        return rawPathOf(row);
    case ContentHashRole:
        return row.contentHash;
    case FilmstripFramesRole:
        return row.filmstripFrames;
    case PeopleRole:
        return row.people;
    case ShotCountRole:
        return row.shotCount;
    case ShotFrameCountRole:
        if (row.shotCount < 2 || row.contentHash.isEmpty() || !m_posters)
            return 0;
        if (const auto frames = m_posters->cached(row.contentHash, ThumbnailStore::ShotFrames))
            return frames->frames;
        return 0;
    case ShotFramesRole: {
        if (row.shotCount < 2 || row.contentHash.isEmpty())
            return {};
        if (const auto frames = picture(row.contentHash, ThumbnailStore::ShotFrames);
            frames && frames->frames > 0)
            return frames->image;
        return {};
    }
    case FilmstripRole: {
        if (row.filmstripFrames <= 0 || row.contentHash.isEmpty())
            return {};
        if (const auto strip = picture(row.contentHash, ThumbnailStore::Filmstrip);
            strip && strip->frames > 0)
            return strip->image;
        return {};
    }
    case PosterRole: {
        if (index.column() != 0 || !row.hasPoster || row.contentHash.isEmpty())
            return {};
        if (const auto poster = picture(row.contentHash, ThumbnailStore::Poster);
            poster && !poster->image.isNull())
            return poster->image;
        return {};
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AssetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(PosterRole, "poster");
    return names;
}
