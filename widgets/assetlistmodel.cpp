#include "assetlistmodel.h"

#include "catalog.h"
#include "posterloader.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// Decoded 256 px posters are ~150 KB each: about 600 of them, several screens of the grid.
constexpr qsizetype kPosterCacheBytes = 96 * 1024 * 1024;

std::pair<QList<AssetRow>, QString> readRows(const QString &folder)
{
    QString error;
    if (!Catalog::prepare(folder, Catalog::OpenMode::Create, error))
        return { {}, error };
    CatalogSession session(folder);
    if (!session.isOpen())
        return { {}, session.error() };
    QSqlQuery query(session.db());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, file_name, path, title, kind, status, error, duration_s, format_class_zh, "
                    "format_class_en, hdr, width, height, has_poster, content_hash FROM assets "
                    "ORDER BY COALESCE(created_at, added_at) DESC, id DESC"_s))
        return { {}, query.lastError().text() };
    QList<AssetRow> rows;
    while (query.next()) {
        AssetRow row;
        row.id = query.value(0).toLongLong();
        row.fileName = query.value(1).toString();
        row.path = query.value(2).toString();
        row.title = query.value(3).toString();
        row.kind = query.value(4).toString();
        row.status = query.value(5).toString();
        row.error = query.value(6).toString();
        row.durationS = query.value(7).isNull() ? -1 : query.value(7).toDouble();
        row.formatClassZh = query.value(8).toString();
        row.formatClassEn = query.value(9).toString();
        row.hdr = query.value(10).toString();
        row.width = query.value(11).toInt();
        row.height = query.value(12).toInt();
        row.hasPoster = query.value(13).toBool();
        row.contentHash = query.value(14).toString();
        rows.append(row);
    }
    return { rows, {} };
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_posterCache(kPosterCacheBytes)
{
}

AssetListModel::~AssetListModel()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void AssetListModel::setCatalog(const QString &folder)
{
    m_folder = folder;
    m_posters.reset();
    m_posterCache.clear();
    m_pending.clear();
    m_missing.clear();
    if (!folder.isEmpty()) {
        m_posters = std::make_unique<PosterLoader>(folder);
        connect(m_posters.get(), &PosterLoader::loaded, this, &AssetListModel::onPosterLoaded);
    }
    beginResetModel();
    m_rows.clear();
    m_rowsByHash.clear();
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
    m_watcher = std::make_unique<QFutureWatcher<std::pair<QList<AssetRow>, QString>>>();
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &AssetListModel::onRowsRead);
    m_watcher->setFuture(QtConcurrent::run(readRows, m_folder));
}

void AssetListModel::onRowsRead()
{
    auto [rows, error] = m_watcher->result();
    if (m_loadingFolder != m_folder) {
        m_reloadQueued = true; // read for a catalog no longer shown
    } else if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowsByHash.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).contentHash.isEmpty())
                m_rowsByHash[m_rows.at(i).contentHash].append(i);
        }
        m_missing.clear();
        endResetModel();
        Q_EMIT loaded(int(m_rows.size()));
    }
    if (m_reloadQueued) {
        m_reloadQueued = false;
        QMetaObject::invokeMethod(this, &AssetListModel::reload, Qt::QueuedConnection);
    }
}

void AssetListModel::onPosterLoaded(const QString &hash, int kind, const QImage &image)
{
    if (kind != 1 || sender() != m_posters.get())
        return; // a grid poster of the catalog shown now, not of one shown before
    m_pending.remove(hash);
    if (image.isNull())
        m_missing.insert(hash);
    else
        m_posterCache.insert(hash, new QImage(image), qsizetype(image.sizeInBytes()));
    for (const int row : m_rowsByHash.value(hash))
        Q_EMIT dataChanged(index(row), index(row), { PosterRole, Qt::DecorationRole });
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? row.fileName : row.title;
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
    case PosterRole:
    case Qt::DecorationRole: {
        if (!row.hasPoster || row.contentHash.isEmpty() || m_missing.contains(row.contentHash))
            return {};
        if (const QImage *poster = m_posterCache.object(row.contentHash))
            return *poster;
        if (m_posters && !m_pending.contains(row.contentHash)) {
            m_pending.insert(row.contentHash);
            m_posters->request(row.contentHash, 1);
        }
        return {};
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AssetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(PosterRole, "poster");
    return names;
}
