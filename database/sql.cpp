#include "sql.h"

#include "catalogbackend.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Sql {

std::optional<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                QString &error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values, run as it is: PostgreSQL cannot prepare transaction control (SAVEPOINT,
    // COMMIT …), and there is nothing to bind.
    if (binds.isEmpty()) {
        if (!query.exec(sql)) {
            error = query.lastError().text();
            return std::nullopt;
        }
        return query;
    }
    if (!query.prepare(sql)) {
        error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        error = query.lastError().text();
        return std::nullopt;
    }
    return query;
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString &error)
{
    return select(db, sql, binds, error).has_value();
}

std::optional<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 QString &error)
{
    auto query = select(db, sql, binds, error);
    if (!query)
        return std::nullopt;
    QList<qint64> out;
    while (query->next())
        out.append(query->value(0).toLongLong());
    return out;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_open = CatalogBackend::of(m_db).beginWrite(m_db, m_error);
}

Transaction::~Transaction()
{
    if (m_open)
        CatalogBackend::of(m_db).rollback(m_db);
}

bool Transaction::commit(QString &error)
{
    if (!m_open) {
        error = m_error;
        return false;
    }
    if (!CatalogBackend::of(m_db).commit(m_db, error))
        return false; // still open: the destructor rolls it back
    m_open = false;
    return true;
}

WriteScope::WriteScope(const QSqlDatabase &db)
    : m_db(db)
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    if (!backend.derivesAtCommit() || backend.inTransaction(m_db))
        return;
    QString error;
    m_own = backend.beginWrite(m_db, error);
    if (!m_own) // the write then fails by itself, and says why
        qWarning("cannot begin a write on the catalog: %s", qPrintable(error));
}

WriteScope::~WriteScope()
{
    if (!m_own)
        return;
    QString error;
    if (!CatalogBackend::of(m_db).commit(m_db, error) && !error.isEmpty())
        qWarning("a write to the catalog was not kept: %s", qPrintable(error));
}

} // namespace Sql
