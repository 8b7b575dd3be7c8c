#include "assetlistmodel.h"

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"
#include "dragpayload.h"
#include "durationtext.h"
#include "posterloader.h"
#include "thumbnailstore.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

// Reads for the model on a thread of its own, with its own connection: the list of assets, pages
// of rows, orders. Answers go back to the model, queued.
class AssetRowReader final : public QObject
{
public:
    explicit AssetRowReader(AssetListModel *model)
        : m_model(model)
    {
    }

    // Every asset's id, newest first, with the rows of the first `firstRows`. `firstPageApart`:
    // those first, as soon as they are read, then the whole list (a million ids take about a
    // second to read, and the first screen need not wait for them).
    void list(const QString &folder, quint64 generation, int firstRows, bool firstPageApart)
    {
        QString error;
        QList<qint64> ids;
        QList<AssetRow> rows;
        QHash<qint64, QByteArray> rawPaths;
        bool complete = true;
        const AssetQuery everything = AssetQueryParser::parse(QString());
        if (open(folder, error)) {
            const AssetStore store(m_session->db());
            // Newest first is a walk of an index that stops at the limit.
            const auto found =
                store.idsMatching(everything, AssetSort::Newest, firstPageApart ? firstRows : 0, error);
            complete = !firstPageApart || !found || found->size() < firstRows;
            if (found) {
                ids = *found;
                if (const auto read = store.listRows(ids.mid(0, firstRows), rawPaths, error))
                    rows = *read;
                else
                    ids.clear();
            }
        }
        QMetaObject::invokeMethod(m_model,
                                  [model = m_model, generation, ids, rows, rawPaths, error, complete] {
                                      model->onListed(generation, ids, rows, rawPaths, error, complete);
                                  });
        if (complete || !error.isEmpty())
            return;
        const auto all = AssetStore(m_session->db()).idsMatching(everything, AssetSort::Newest, 0, error);
        QMetaObject::invokeMethod(m_model,
                                  [model = m_model, generation, ids = all.value_or(QList<qint64> {}), error] {
                                      model->onListed(generation, ids, {}, {}, error, true);
                                  });
    }

    void page(const QString &folder, quint64 generation, quint64 shownVersion, int page,
              const QList<qint64> &ids)
    {
        QString error;
        QList<AssetRow> rows;
        QHash<qint64, QByteArray> rawPaths;
        if (open(folder, error)) {
            if (const auto read = AssetStore(m_session->db()).listRows(ids, rawPaths, error))
                rows = *read;
        }
        if (!error.isEmpty())
            qWarning("could not read the rows of page %d: %s", page, qPrintable(error));
        QMetaObject::invokeMethod(m_model, [model = m_model, generation, shownVersion, page, rows, rawPaths] {
            model->onPageRead(generation, shownVersion, page, rows, rawPaths);
        });
    }

    void order(const QString &folder, quint64 shownVersion, const std::optional<QList<qint64>> &ids,
               AssetStore::Column column, bool ascending)
    {
        QString error;
        std::optional<QList<qint64>> ordered;
        if (open(folder, error))
            ordered = AssetStore(m_session->db()).idsOrderedBy(ids, column, ascending, error);
        if (!ordered) {
            qWarning("could not sort: %s", qPrintable(error));
            return;
        }
        QMetaObject::invokeMethod(m_model, [model = m_model, shownVersion, ordered = *ordered] {
            model->onOrdered(shownVersion, ordered);
        });
    }

private:
    bool open(const QString &folder, QString &error)
    {
        if (m_session && m_folder == folder && m_session->isConnected())
            return true;
        m_session.reset();
        m_folder = folder;
        if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error))
            return false;
        m_session = std::make_unique<CatalogSession>(folder);
        if (!m_session->isOpen()) {
            error = m_session->error();
            m_session.reset();
            return false;
        }
        return true;
    }

    AssetListModel *m_model;
    QString m_folder;
    std::unique_ptr<CatalogSession> m_session;
};

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new AssetRowReader(this))
{
    m_thread.setObjectName(u"AssetRowReader"_s);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

AssetListModel::~AssetListModel()
{
    m_thread.quit();
    m_thread.wait(); // what it answers after this is dropped with the model
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
    m_allIds.clear();
    m_visibleIds.reset();
    m_rows.clear();
    m_heldByHash.clear();
    m_heldOrder.clear();
    m_shown.clear();
    ++m_shownVersion;
    m_pending.clear();
    endResetModel();
    reload();
}

void AssetListModel::reload()
{
    if (m_folder.isEmpty())
        return;
    m_listing = true;
    const quint64 generation = ++m_generation;
    // The first listing shows its first page (with its rows: the window is usable at once)
    // before the whole list is read; a later one (after an import) replaces the whole at once,
    // so that what is shown keeps its place.
    QMetaObject::invokeMethod(m_reader,
                              [reader = m_reader, folder = m_folder, generation, apart = m_allIds.isEmpty()] {
                                  reader->list(folder, generation, kPageRows, apart);
                              });
}

void AssetListModel::onListed(quint64 generation, const QList<qint64> &ids, const QList<AssetRow> &rows,
                              const QHash<qint64, QByteArray> &rawPaths, const QString &error, bool complete)
{
    if (generation != m_generation)
        return; // a newer listing is on its way
    m_listing = !complete;
    if (!error.isEmpty()) {
        m_listing = false;
        Q_EMIT loadFailed(error);
        return;
    }
    if (!rows.isEmpty())
        hold(rows, rawPaths, generation);
    const bool firstPageBefore = complete && rows.isEmpty(); // the whole after its first page
    m_allIds = ids;
    if (!complete) {
        if (!m_visibleIds)
            showIds(m_allIds);
        Q_EMIT firstPageLoaded(int(m_allIds.size()));
        return;
    }
    if (firstPageBefore) {
        if (!m_visibleIds)
            showIds(m_allIds); // the rest added below the first page (a new catalog: replaced)
    } else if (m_visibleIds) {
        // What is shown stays; its rows are read again when looked at.
        m_pending.clear();
        ++m_shownVersion;
        if (!m_shown.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
    } else {
        showIds(m_allIds);
    }
    Q_EMIT loaded(int(m_allIds.size()));
}

void AssetListModel::hold(const QList<AssetRow> &rows, const QHash<qint64, QByteArray> &rawPaths,
                          quint64 generation)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const AssetRow &row : rows) {
        Held fresh { row, rawPaths.value(row.id), generation };
        const auto before = m_rows.constFind(row.id);
        if (before != m_rows.cend() && m_posters && !row.contentHash.isEmpty()) {
            // The analysis pass replaces ingest's four-keyframe filmstrip with the full one and
            // adds the shots' frames: a strip cached before it would be shown with the new frame
            // count. A poster that was not there may be now.
            const AssetRow &old = before->row;
            if (old.filmstripFrames != row.filmstripFrames || old.shotCount != row.shotCount)
                m_posters->forget(row.contentHash, { ThumbnailStore::Filmstrip, ThumbnailStore::ShotFrames });
            if (old.hasPoster != row.hasPoster)
                m_posters->forget(row.contentHash, { ThumbnailStore::Poster });
        }
        if (before != m_rows.cend())
            m_heldByHash.remove(before->row.contentHash, row.id);
        m_heldByHash.insert(row.contentHash, row.id);
        m_rows.insert(row.id, std::move(fresh));
        ids.append(row.id);
    }
    m_heldOrder.push_back(std::move(ids));
    // The oldest pages go first; a row read again later is held again.
    while (m_rows.size() > kRowsKept && !m_heldOrder.empty()) {
        for (const qint64 id : m_heldOrder.front()) {
            const auto it = m_rows.constFind(id);
            if (it != m_rows.cend() && it->generation <= generation)
                forget(id);
        }
        m_heldOrder.pop_front();
    }
}

void AssetListModel::showIds(const QList<qint64> &ids)
{
    // The whole answer after a first page of it (CatalogReader's first answer): the rows shown
    // stay, with their selection and the scroll position, and the rest is added below.
    if (!m_shown.isEmpty() && ids.size() > m_shown.size()
        && std::equal(m_shown.cbegin(), m_shown.cend(), ids.cbegin())) {
        beginInsertRows({}, int(m_shown.size()), int(ids.size() - 1));
        m_pending.remove(int((m_shown.size() - 1) / kPageRows)); // its last page has more rows now
        m_shown = ids;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_shown = ids;
    ++m_shownVersion;
    m_pending.clear();
    endResetModel();
}

void AssetListModel::setVisibleIds(const std::optional<QList<qint64>> &ids)
{
    m_visibleIds = ids;
    showIds(ids ? *ids : m_allIds); // a search result comes in its own order
}

const AssetListModel::Held *AssetListModel::held(int row) const
{
    const auto it = m_rows.constFind(m_shown.at(row));
    if (it == m_rows.cend() || it->generation != m_generation)
        requestPage(row / kPageRows);
    return it == m_rows.cend() ? nullptr : &*it; // an older reading is shown until the new one comes
}

void AssetListModel::requestPage(int page) const
{
    // A few pages at a time: what a screen shows. Something that walks every row (a view's
    // type-ahead search) must not queue the whole catalog; a row asked for again when painted is
    // read then.
    if (m_pending.contains(page) || m_folder.isEmpty())
        return;
    if (m_pending.size() >= kPagesPending) {
        m_requestsSkipped = true; // the views paint again when a page comes, and ask again
        return;
    }
    m_pending.insert(page);
    const QList<qint64> ids = m_shown.mid(qsizetype(page) * kPageRows, kPageRows);
    QMetaObject::invokeMethod(m_reader,
                              [reader = m_reader, folder = m_folder, generation = m_generation,
                               version = m_shownVersion, page,
                               ids] { reader->page(folder, generation, version, page, ids); });
}

void AssetListModel::onPageRead(quint64 generation, quint64 shownVersion, int page,
                                const QList<AssetRow> &rows, const QHash<qint64, QByteArray> &rawPaths)
{
    if (generation != m_generation)
        return; // read before the catalog changed; asked for again when looked at
    hold(rows, rawPaths, generation);
    if (shownVersion == m_shownVersion) {
        m_pending.remove(page);
        const int first = page * kPageRows;
        const int last = std::min(int(m_shown.size()), first + kPageRows) - 1;
        for (int position = first; position <= last; ++position) { // where they show, for indexForId
            const auto it = m_rows.find(m_shown.at(position));
            if (it != m_rows.end()) {
                it->position = position;
                it->positionVersion = m_shownVersion;
            }
        }
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    } else if (!m_shown.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
        return;
    }
    if (m_requestsSkipped && !m_shown.isEmpty()) {
        // Rows were not asked for while too many pages were: whatever shows them asks again.
        m_requestsSkipped = false;
        Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
    }
}

void AssetListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || m_folder.isEmpty())
        return;
    static const AssetStore::Column columns[] = {
        AssetStore::Column::Name, AssetStore::Column::Duration, AssetStore::Column::Resolution,
        AssetStore::Column::Fps,  AssetStore::Column::Codec,    AssetStore::Column::FormatEn,
        AssetStore::Column::Date, AssetStore::Column::Size,     AssetStore::Column::Status,
    };
    static_assert(std::size(columns) == ColumnCount);
    AssetStore::Column by = columns[column];
    if (by == AssetStore::Column::FormatEn && chineseUi())
        by = AssetStore::Column::FormatZh;
    // Every asset shown: the catalog orders them all (its indexes); else those shown.
    const std::optional<QList<qint64>> ids =
        m_visibleIds ? std::optional(m_shown) : std::optional<QList<qint64>>();
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, folder = m_folder, version = m_shownVersion, ids, by,
         ascending = order == Qt::AscendingOrder] { reader->order(folder, version, ids, by, ascending); });
}

void AssetListModel::onOrdered(quint64 shownVersion, const QList<qint64> &ids)
{
    if (shownVersion != m_shownVersion)
        return; // what was sorted is no longer shown
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        idsBefore.append(m_shown.value(index.row(), 0));
    m_shown = ids;
    ++m_shownVersion;
    m_pending.clear();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(indexForId(idsBefore.at(i), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sorted();
}

const AssetRow *AssetListModel::rowForId(qint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : &it->row;
}

QModelIndex AssetListModel::indexForId(qint64 id, int column) const
{
    if (const auto it = m_rows.constFind(id); it != m_rows.cend() && it->positionVersion == m_shownVersion)
        return index(it->position, column); // a row read for what is shown
    if (m_positionsVersion != m_shownVersion) {
        // A few look-ups scan the ids shown (a million in a millisecond); more make a table.
        if (++m_lookups <= 8) {
            const qsizetype position = m_shown.indexOf(id);
            return position < 0 ? QModelIndex() : index(int(position), column);
        }
        m_positionOf.clear();
        m_positionOf.reserve(m_shown.size());
        for (int i = 0; i < m_shown.size(); ++i)
            m_positionOf.insert(m_shown.at(i), i);
        m_positionsVersion = m_shownVersion;
        m_lookups = 0;
    }
    const int position = m_positionOf.value(id, -1);
    return position < 0 ? QModelIndex() : index(position, column);
}

void AssetListModel::setTitle(qint64 id, const QString &title)
{
    const auto it = m_rows.find(id);
    if (it != m_rows.end())
        it->row.title = title;
    const QModelIndex changed = indexForId(id);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed.siblingAtColumn(NameColumn), { Qt::DisplayRole });
}

void AssetListModel::rowsChanged(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const auto it = m_rows.find(id);
        if (it == m_rows.end())
            continue;
        it->generation = 0; // older than any listing: held() asks for its page again
        const QModelIndex shown = indexForId(id);
        if (shown.isValid())
            Q_EMIT dataChanged(shown, shown.siblingAtColumn(ColumnCount - 1));
    }
}

void AssetListModel::removeIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    const auto isGone = [&](qint64 id) { return gone.contains(id); };
    m_allIds.removeIf(isGone);
    if (m_visibleIds)
        m_visibleIds->removeIf(isGone);
    for (const qint64 id : ids)
        forget(id);
    QList<qint64> shown = m_shown;
    shown.removeIf(isGone);
    showIds(shown);
}

void AssetListModel::posterChanged(const QString &hash)
{
    if (m_posters)
        m_posters->forget(hash, { ThumbnailStore::Poster, ThumbnailStore::PosterLarge });
    emitChangedForHash(hash, { PosterRole, Qt::DecorationRole });
}

void AssetListModel::forget(qint64 id)
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return;
    m_heldByHash.remove(it->row.contentHash, id);
    m_rows.erase(it);
}

void AssetListModel::emitChangedForHash(const QString &hash, const QList<int> &roles)
{
    // Only rows held can show a picture.
    for (auto it = m_heldByHash.constFind(hash); it != m_heldByHash.cend() && it.key() == hash; ++it) {
        const QModelIndex shown = indexForId(it.value());
        if (shown.isValid())
            Q_EMIT dataChanged(shown, shown, roles);
    }
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
    emitChangedForHash(hash, roles);
}

std::optional<PosterLoader::Picture> AssetListModel::picture(const QString &hash,
                                                             PosterLoader::Kind kind) const
{
    return m_posters ? m_posters->fetch(hash, kind) : std::nullopt;
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
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
    for (const QModelIndex &index : indexes) {
        if (index.column() == 0)
            ids.append(m_shown.at(index.row()));
    }
    // The paths of rows never looked at (a whole selection dragged out): read now, in one go.
    QList<qint64> unread;
    for (const qint64 id : std::as_const(ids)) {
        if (!m_rows.contains(id))
            unread.append(id);
    }
    QHash<qint64, QByteArray> unreadPaths;
    if (!unread.isEmpty()) {
        CatalogSession session(m_folder);
        QString error;
        QHash<qint64, QByteArray> rawPaths;
        if (const auto rows = AssetStore(session.db()).listRows(unread, rawPaths, error)) {
            for (const AssetRow &row : *rows)
                unreadPaths.insert(row.id, rawPaths.value(row.id, row.path.toUtf8()));
        }
    }
    QList<QUrl> urls;
    for (const qint64 id : std::as_const(ids)) {
        const auto it = m_rows.constFind(id);
        const QByteArray path = it != m_rows.cend()
            ? (it->rawPath.isEmpty() ? it->row.path.toUtf8() : it->rawPath)
            : unreadPaths.value(id);
        if (!path.isEmpty())
            urls.append(DragPayload::fileUrl(path));
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

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_shown.at(index.row());
    const Held *kept = held(index.row());
    if (role == LoadedRole)
        return kept != nullptr;
    if (!kept)
        return {}; // asked for; shown empty until it comes
    const AssetRow &row = kept->row;
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
        return kept->rawPath.isEmpty() ? row.path.toUtf8() : kept->rawPath;
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
