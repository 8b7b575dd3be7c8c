#include "catalogbackend.h"

#include "sqlitebackend.h"

const CatalogBackend &CatalogBackend::sqlite()
{
    static const SqliteBackend backend;
    return backend;
}

const CatalogBackend &CatalogBackend::of(const QSqlDatabase &db)
{
    // SQLite is the only engine so far; a PostgreSQL connection (QPSQL) gets its own here.
    Q_UNUSED(db);
    return sqlite();
}

std::optional<QList<qint64>> CatalogBackend::integerColumn(const QSqlDatabase &db, const QString &sql,
                                                           const QVariantList &binds, QString &error) const
{
    QList<qint64> out;
    if (!forEachRow(
            db, sql, binds, [&out](const Row &row) { out.append(row.integer(0)); }, error))
        return std::nullopt;
    return out;
}
