#include "volumestore.h"

#include "sql.h"

#include <QDateTime>

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
    auto query =
        Sql::select(m_db,
                    u"INSERT INTO volumes (fs_uuid, label, mount_path, last_seen_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (COALESCE(fs_uuid, ''), mount_path) DO UPDATE SET "
                    "label = excluded.label, last_seen_at = excluded.last_seen_at RETURNING id"_s,
                    { nullIfEmpty(fsUuid), nullIfEmpty(label), mountPath, now() }, error);
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
    while (query->next())
        out.append({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toInt() });
    return out;
}

bool VolumeStore::addScanRoots(const QList<std::pair<QByteArray, QString>> &rawAndShown, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString stamp = now();
    for (const auto &[raw, shown] : rawAndShown) {
        if (!Sql::exec(m_db,
                       u"INSERT INTO scan_roots (path_raw, path, added_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (path_raw) DO NOTHING"_s,
                       { raw, shown, stamp }, error))
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
    while (query->next())
        out.append(query->value(0).toByteArray());
    return out;
}

bool VolumeStore::markScanned(const QList<QByteArray> &roots, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString stamp = now();
    for (const QByteArray &root : roots) {
        if (!Sql::exec(m_db, u"UPDATE scan_roots SET last_scan_at = ? WHERE path_raw = ?"_s, { stamp, root },
                       error))
            return false;
    }
    return true;
}
