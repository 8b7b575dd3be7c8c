#include "volumestore.h"

#include "catalogbackend.h"
#include "pathmap.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

VolumeStore::VolumeStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> VolumeStore::seen(const QString &fsUuid, const QString &label, const QString &mountPath,
                                        QString &error)
{
    const Sql::WriteScope scope(m_db);
    auto query = Sql::select(
        m_db,
        u"INSERT INTO volumes (fs_uuid, label, mount_path, last_seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (COALESCE(fs_uuid, ''), mount_path) DO UPDATE SET "
        "label = excluded.label, last_seen_at = excluded.last_seen_at RETURNING id"_s,
        { nullIfEmpty(fsUuid), nullIfEmpty(label), PathMap::of(m_db).toCatalog(mountPath), now() }, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        error = u"the volume was not written"_s;
        return std::nullopt;
    }
    return query->value(0).toLongLong();
}

std::optional<QList<VolumeStore::Volume>> VolumeStore::all(QString &error) const
{
    auto query = Sql::select(m_db,
                             u"SELECT v.id, v.label, v.mount_path, v.fs_uuid, (SELECT count(*) FROM assets a "
                             "WHERE a.volume_id = v.id) FROM volumes v ORDER BY v.label, v.mount_path"_s,
                             {}, error);
    if (!query)
        return std::nullopt;
    QList<Volume> out;
    const PathMap paths = PathMap::of(m_db);
    while (query->next()) {
        const QString mount = query->value(2).toString();
        out.append({ query->value(0).toLongLong(), query->value(1).toString(), mount, paths.toLocal(mount),
                     query->value(3).toString(), query->value(4).toInt() });
    }
    return out;
}

bool VolumeStore::addScanRoots(const QList<std::pair<QByteArray, QString>> &rawAndShown, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString stamp = now();
    const PathMap paths = PathMap::of(m_db);
    for (const auto &[raw, shown] : rawAndShown) {
        if (!Sql::exec(m_db,
                       u"INSERT INTO scan_roots (path_raw, path, added_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (path_raw) DO NOTHING"_s,
                       { paths.toCatalog(raw), paths.toCatalog(shown), stamp }, error))
            return false;
    }
    return true;
}

std::optional<QList<QByteArray>> VolumeStore::scanRoots(QString &error) const
{
    auto query = Sql::select(m_db, u"SELECT path_raw FROM scan_roots ORDER BY path_raw"_s, {}, error);
    if (!query)
        return std::nullopt;
    QList<QByteArray> out;
    const PathMap paths = PathMap::of(m_db);
    while (query->next())
        out.append(paths.toLocal(query->value(0).toByteArray()));
    return out;
}

bool VolumeStore::markScanned(const QList<QByteArray> &roots, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString stamp = now();
    const PathMap paths = PathMap::of(m_db);
    for (const QByteArray &root : roots) {
        if (!Sql::exec(m_db, u"UPDATE scan_roots SET last_scan_at = ? WHERE path_raw = ?"_s,
                       { stamp, paths.toCatalog(root) }, error))
            return false;
    }
    return true;
}

std::optional<QList<VolumeStore::Mapping>> VolumeStore::mappings(const QString &machine, QString &error) const
{
    auto query =
        Sql::select(m_db,
                    u"SELECT machine, catalog_root_raw, catalog_root, local_root_raw, local_root, updated_at "
                    "FROM path_mappings%1 ORDER BY machine, catalog_root_raw"_s.arg(
                        machine.isEmpty() ? QString() : u" WHERE machine = ?"_s),
                    machine.isEmpty() ? QVariantList() : QVariantList { machine }, error);
    if (!query)
        return std::nullopt;
    QList<Mapping> out;
    while (query->next())
        out.append({ query->value(0).toString(), query->value(1).toByteArray(), query->value(2).toString(),
                     query->value(3).toByteArray(), query->value(4).toString(), query->value(5).toString() });
    return out;
}

bool VolumeStore::map(const Mapping &mapping, QString &error)
{
    if (mapping.catalogRoot == mapping.localRoot) {
        error =
            QCoreApplication::translate("VolumeStore", "%1 is mapped to itself").arg(mapping.catalogShown);
        return false;
    }
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO path_mappings (machine, catalog_root_raw, catalog_root, local_root_raw, local_root, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (machine, catalog_root_raw) DO UPDATE SET "
        "catalog_root = excluded.catalog_root, local_root_raw = excluded.local_root_raw, "
        "local_root = excluded.local_root, updated_at = excluded.updated_at"_s);
    for (const QVariant &value :
         { QVariant(mapping.machine), QVariant(mapping.catalogRoot), QVariant(mapping.catalogShown),
           QVariant(mapping.localRoot), QVariant(mapping.localShown), QVariant(now()) })
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (CatalogBackend::of(m_db).isUniqueViolation(query.lastError())) {
        error =
            QCoreApplication::translate("VolumeStore", "%1 already stands for another catalog folder on %2")
                .arg(mapping.localShown, mapping.machine);
        return false;
    }
    error = query.lastError().text();
    return false;
}

bool VolumeStore::unmap(const QString &machine, const QByteArray &catalogRoot, bool &removed, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM path_mappings WHERE machine = ? AND catalog_root_raw = ?"_s);
    query.addBindValue(machine);
    query.addBindValue(catalogRoot);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    removed = query.numRowsAffected() > 0;
    return true;
}
