#include "catalogcopy.h"

#include "catalog.h"
#include "catalogbackend.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace CatalogCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogCopy", text);
}

// Columns written once the rows they point at are there (the schema's cycles: a location's cover
// is an asset, and an asset's location a location).
struct Deferred
{
    QLatin1StringView table, column;
};
constexpr Deferred kDeferred[] = {
    { "locations"_L1, "cover_asset_id"_L1 },
    { "facilities"_L1, "cover_asset_id"_L1 },
    { "experts"_L1, "photo_asset_id"_L1 },
};

bool deferred(const QString &table, const QString &column)
{
    for (const Deferred &d : kDeferred) {
        if (d.table == table && d.column == column)
            return true;
    }
    return false;
}

// Rows a new catalog is made with (its identity, the controlled vocabulary, the kinds of places
// and facilities): the source's replace them.
const QStringList &seeded()
{
    static const QStringList tables { u"catalog_info"_s, u"tags"_s, u"location_categories"_s,
                                      u"facility_types"_s };
    return tables;
}

// The order rows are read and written in: a tag after its parent (by depth), otherwise by id.
QString orderOf(const QString &table, const QStringList &columns)
{
    if (table == "tags"_L1)
        return u"length(path) - length(replace(path, '/', '')), id"_s;
    // The order they were added in (SQLite's rowid; an identity column of that name on a server).
    if (table == "production_candidates"_L1 || table == "production_experts"_L1
        || table == "production_assets"_L1)
        return u"rowid"_s;
    if (columns.contains(u"id"_s))
        return u"id"_s;
    return columns.join(u", "_s);
}

// One store's rows from a source connection to a destination connection, in batches of one
// INSERT with many rows (a round trip per row would be most of the time on a server).
class TableCopier
{
public:
    TableCopier(const QSqlDatabase &from, const QSqlDatabase &to, const std::atomic<bool> *cancelled)
        : m_from(from)
        , m_to(to)
        , m_cancelled(cancelled)
    {
    }

    std::optional<qint64> copy(const QString &table, const std::function<void(qint64)> &onRows,
                               QString &error)
    {
        const CatalogBackend &source = CatalogBackend::of(m_from);
        const CatalogBackend &destination = CatalogBackend::of(m_to);
        const QStringList readable = source.writableColumns(m_from, table, error);
        const QStringList writable = destination.writableColumns(m_to, table, error);
        if (!error.isEmpty())
            return std::nullopt;
        QStringList columns;
        for (const QString &column : writable) {
            if (readable.contains(column))
                columns.append(column);
        }
        if (columns.isEmpty())
            return qint64(0); // neither has it
        QStringList written;
        for (const QString &column : std::as_const(columns))
            written.append(deferred(table, column) ? u"NULL"_s : column);
        // Up to ~8,000 values a statement (SQLite takes 32,766, PostgreSQL 65,535), and a few MB.
        const qsizetype perStatement = std::max<qsizetype>(1, 8000 / columns.size());
        QVariantList binds;
        qint64 rows = 0, bytes = 0;
        bool stopped = false;
        const auto flush = [&]() {
            const qsizetype count = binds.size() / columns.size();
            if (count == 0)
                return true;
            const QString one = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
            const QString sql = u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s),
                                                                       QStringList(count, one).join(u", "_s));
            if (!Sql::exec(m_to, sql, binds, error))
                return false;
            rows += count;
            binds.clear();
            bytes = 0;
            if (onRows)
                onRows(rows);
            return true;
        };
        bool failed = false;
        const bool ran = source.forEachRowWhile(
            m_from,
            u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(written.join(u", "_s), table, orderOf(table, columns)), {},
            [&](const CatalogBackend::Row &row) {
                for (int c = 0; c < columns.size(); ++c) {
                    const QVariant value = row.value(c);
                    bytes += value.typeId() == QMetaType::QByteArray ? value.toByteArray().size() : 8;
                    binds.append(value);
                }
                if (binds.size() / columns.size() >= perStatement || bytes > 8 * 1024 * 1024) {
                    if (m_cancelled && m_cancelled->load()) {
                        stopped = true;
                        return false;
                    }
                    if (!flush()) {
                        failed = true;
                        return false;
                    }
                }
                return true;
            },
            error);
        if (stopped) {
            error = QCoreApplication::translate("CatalogCopy", "cancelled");
            return std::nullopt;
        }
        if (failed || !ran || !flush())
            return std::nullopt;
        // The cycles' columns, now that what they point at is there.
        for (const Deferred &d : kDeferred) {
            if (d.table != table || !columns.contains(d.column))
                continue;
            QList<std::pair<qint64, qint64>> links;
            if (!source.forEachRow(
                    m_from, u"SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL"_s.arg(d.column, table), {},
                    [&links](const CatalogBackend::Row &row) {
                        links.append({ row.integer(0), row.integer(1) });
                    },
                    error))
                return std::nullopt;
            m_later.append({ table, d.column, links });
        }
        if (!destination.idsWritten(m_to, table, error))
            return std::nullopt;
        return rows;
    }

    // What the deferred columns point at, once every table is there.
    bool link(QString &error)
    {
        for (const Later &later : std::as_const(m_later)) {
            for (const auto &[id, target] : later.links) {
                if (!Sql::exec(m_to, u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(later.table, later.column),
                               { target, id }, error))
                    return false;
            }
        }
        return true;
    }

private:
    struct Later
    {
        QString table, column;
        QList<std::pair<qint64, qint64>> links;
    };
    QSqlDatabase m_from, m_to;
    const std::atomic<bool> *m_cancelled;
    QList<Later> m_later;
};

// How many rows `table` has; nullopt when it cannot be read.
std::optional<qint64> rowCount(const QSqlDatabase &db, const QString &table, QString &error)
{
    const auto count =
        CatalogBackend::of(db).integerColumn(db, u"SELECT count(*) FROM %1"_s.arg(table), {}, error);
    return count && !count->isEmpty() ? std::optional(count->first()) : std::nullopt;
}

// A consistent view of the source for the whole copy (every table read as of one moment).
void readAsOfOneMoment(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (db.driverName() == "QPSQL"_L1)
        query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    else
        query.exec(u"BEGIN"_s);
}

} // namespace

const QStringList &tables()
{
    static const QStringList order {
        u"catalog_info"_s,
        u"volumes"_s,
        u"scan_roots"_s,
        u"location_categories"_s,
        u"facility_types"_s,
        u"tags"_s,
        u"locations"_s,
        u"facilities"_s,
        u"experts"_s,
        u"contacts"_s,
        u"productions"_s,
        u"assets"_s,
        u"asset_shots"_s,
        u"asset_tags"_s,
        u"asset_colors"_s,
        u"location_tags"_s,
        u"location_productions"_s,
        u"production_candidates"_s,
        u"production_experts"_s,
        u"production_assets"_s,
        u"expert_locations"_s,
        u"facility_locations"_s,
        u"saved_searches"_s,
        u"path_mappings"_s,
    };
    return order;
}

bool isDerived(const QString &table)
{
    // Search indexes and their pieces (SQLite's FTS5 shadow tables, a server's names of records),
    // map points (R-tree or GiST), what a server still has to remake; each engine's own; and the
    // job queue.
    for (const char *stem : { "asset_fts", "location_fts", "facility_fts", "expert_fts", "asset_geo",
                              "location_geo", "facility_geo" }) {
        if (table == QLatin1StringView(stem) || table.startsWith(QLatin1StringView(stem) + u'_'))
            return true;
    }
    // The job queue is work for the machines of its own catalog, not something people made; the
    // versions of the records' tables are the engine's own count of their writes.
    return table == "derived_stale"_L1 || table.startsWith(u"sqlite_"_s) || table == "reelatlas_schema"_L1
        || table == "jobs"_L1 || table == "record_versions"_L1;
}

// Every store of `from` into the prepared catalog `to` (named `target` in messages): false with
// the reason, nothing of it committed.
static bool copyInto(const QString &from, const QString &to, const QString &target,
                     const std::function<void(const QString &, qint64)> &onProgress,
                     const std::atomic<bool> *cancelled, QList<Copied> &copied, QString &why)
{
    CatalogSession in(from, true);
    CatalogSession out(to);
    if (!in.isOpen() || !out.isOpen()) {
        why = in.isOpen() ? out.error() : in.error();
        return false;
    }
    // The destination holds nothing but what a new catalog is made with.
    for (const QString &table : tables()) {
        if (seeded().contains(table))
            continue;
        const auto rows = rowCount(out.db(), table, why);
        if (!rows)
            return false;
        if (*rows > 0) {
            why = tr("%1 already holds a catalog (%2 rows in %3); copy to an empty one")
                      .arg(target)
                      .arg(*rows)
                      .arg(table);
            return false;
        }
    }
    readAsOfOneMoment(in.db());
    readAsOfOneMoment(in.thumbs());
    Sql::Transaction catalog(out.db());
    Sql::Transaction thumbnails(out.thumbs());
    if (!catalog.isOpen() || !thumbnails.isOpen()) {
        why = catalog.isOpen() ? thumbnails.error() : catalog.error();
        return false;
    }
    // The seeds go (children first: the vocabulary's tags point at each other).
    for (auto it = seeded().crbegin(); it != seeded().crend(); ++it) {
        if (!Sql::exec(out.db(), u"DELETE FROM %1"_s.arg(*it), {}, why))
            return false;
    }
    const auto copyTable = [&](TableCopier &copier, const QString &table) {
        if (onProgress)
            onProgress(table, 0);
        const auto count = copier.copy(
            table, [&](qint64 done) { onProgress ? onProgress(table, done) : void(); }, why);
        if (!count) {
            why = tr("%1: %2").arg(table, why);
            return false;
        }
        copied.append({ table, *count });
        return true;
    };
    TableCopier rows(in.db(), out.db(), cancelled);
    bool ok = true;
    for (const QString &table : tables()) {
        if (!(ok = copyTable(rows, table)))
            break;
    }
    ok = ok && rows.link(why);
    TableCopier pictures(in.thumbs(), out.thumbs(), cancelled);
    ok = ok && copyTable(pictures, u"thumbnails"_s);
    if (ok && cancelled && cancelled->load()) {
        why = tr("cancelled");
        ok = false;
    }
    // The pictures first, as every writer does: a poster flag never points at nothing.
    ok = ok && thumbnails.commit(why);
    if (ok && !catalog.commit(why)) {
        // Nothing of the catalog was kept: neither are its pictures (the destination was empty).
        QString ignored;
        Sql::exec(out.thumbs(), u"DELETE FROM thumbnails"_s, {}, ignored);
        ok = false;
    }
    QSqlQuery(in.db()).exec(u"ROLLBACK"_s);
    QSqlQuery(in.thumbs()).exec(u"ROLLBACK"_s);
    return ok;
}

bool copy(const QString &from, const QString &to,
          const std::function<void(const QString &, qint64)> &onProgress, const std::atomic<bool> *cancelled,
          QList<Copied> &copied, QString &error)
{
    copied.clear();
    const QString source = Catalog::displayName(from), target = Catalog::displayName(to);
    const auto fail = [&](const QString &why) {
        error = tr("copying the catalog %1 to %2 failed: %3").arg(source, target, why);
        return false;
    };
    if (!Catalog::exists(from))
        return fail(tr("%1 holds no catalog").arg(source));
    QString why;
    if (!Catalog::prepare(from, Catalog::OpenMode::MustExist, why)) // brought to this build's schema
        return fail(why);

    // A folder is made beside its place and renamed into it once whole.
    const bool toFolder = !Catalog::isServerAddress(to);
    QString building = to;
    if (toFolder) {
        const QFileInfo place(to);
        if (place.exists() && !(place.isDir() && QDir(to).isEmpty()))
            return fail(tr("%1 already exists; copy to a new folder").arg(QDir::toNativeSeparators(to)));
        building = place.absolutePath() + u"/."_s + place.fileName() + u".copying-"_s
            + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }
    const auto cleanUp = [&] {
        if (toFolder)
            QDir(building).removeRecursively();
    };
    if (!Catalog::prepare(building, Catalog::OpenMode::Create, why)) {
        cleanUp();
        return fail(why);
    }

    // The sessions are closed before a folder that failed is removed.
    if (!copyInto(from, building, target, onProgress, cancelled, copied, why)) {
        cleanUp();
        return fail(why);
    }
    if (toFolder) {
        if (QFileInfo(to).isDir())
            QDir().rmdir(to); // an empty folder stood there
        if (!QDir().rename(building, to)) {
            cleanUp();
            return fail(tr("cannot move the copy into %1").arg(QDir::toNativeSeparators(to)));
        }
    }
    return true;
}

} // namespace CatalogCopy
