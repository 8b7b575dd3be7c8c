#include "savedsearchstore.h"

#include "catalogbackend.h"
#include "sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

SavedSearchStore::SavedSearch fromQuery(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(),   query.value(4).toInt(),    query.value(5).toString() };
}

constexpr auto kColumns = "id, name, query, sort, sort_order, created_at";

} // namespace

SavedSearchStore::SavedSearchStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SavedSearchStore::SavedSearch> SavedSearchStore::all() const
{
    QList<SavedSearch> out;
    QSqlQuery query(m_db);
    query.exec(u"SELECT %1 FROM saved_searches ORDER BY sort_order, name"_s.arg(QLatin1StringView(kColumns)));
    while (query.next())
        out.append(fromQuery(query));
    return out;
}

std::optional<SavedSearchStore::SavedSearch> SavedSearchStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM saved_searches WHERE id = ?"_s.arg(QLatin1StringView(kColumns)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

std::optional<qint64> SavedSearchStore::add(const QString &name, const QString &query, const QString &sort,
                                            QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        error = tr("A saved search needs a name.");
        return std::nullopt;
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO saved_searches (name, query, sort, sort_order, created_at) VALUES (?, ?, ?, "
                   "(SELECT COALESCE(max(sort_order), 0) + 1 FROM saved_searches), ?) RETURNING id"_s);
    insert.addBindValue(trimmed);
    insert.addBindValue(query.trimmed());
    insert.addBindValue(sort.isEmpty() ? u"relevance"_s : sort);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec() || !insert.next()) {
        error = CatalogBackend::of(m_db).isUniqueViolation(insert.lastError(), u"name"_s)
            ? tr("There is already a saved search named \"%1\".").arg(trimmed)
            : insert.lastError().text();
        return std::nullopt;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish(); // the statement done (SQLite: before the transaction may commit)
    return id;
}

bool SavedSearchStore::rename(qint64 id, const QString &name, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        error = tr("A saved search needs a name.");
        return false;
    }
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE saved_searches SET name = ? WHERE id = ?"_s);
    update.addBindValue(trimmed);
    update.addBindValue(id);
    if (!update.exec()) {
        error = CatalogBackend::of(m_db).isUniqueViolation(update.lastError(), u"name"_s)
            ? tr("There is already a saved search named \"%1\".").arg(trimmed)
            : update.lastError().text();
        return false;
    }
    if (update.numRowsAffected() == 0) {
        error = tr("The saved search is gone.");
        return false;
    }
    return true;
}

bool SavedSearchStore::setQuery(qint64 id, const QString &query, const QString &sort, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE saved_searches SET query = ?, sort = ? WHERE id = ?"_s);
    update.addBindValue(query.trimmed());
    update.addBindValue(sort);
    update.addBindValue(id);
    if (!update.exec()) {
        error = update.lastError().text();
        return false;
    }
    return true;
}

std::optional<SavedSearchStore::SavedSearch> SavedSearchStore::remove(qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const auto search = find(id);
    if (!search) {
        error = tr("The saved search is gone.");
        return std::nullopt;
    }
    QSqlQuery erase(m_db);
    erase.prepare(u"DELETE FROM saved_searches WHERE id = ?"_s);
    erase.addBindValue(id);
    if (!erase.exec()) {
        error = erase.lastError().text();
        return std::nullopt;
    }
    return search;
}

bool SavedSearchStore::restore(const SavedSearch &search, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO saved_searches (%1) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "name = excluded.name, query = excluded.query, sort = excluded.sort, "
        "sort_order = excluded.sort_order, created_at = excluded.created_at"_s.arg(
            QLatin1StringView(kColumns)));
    for (const QVariant &value :
         { QVariant(search.id), QVariant(search.name), QVariant(search.query), QVariant(search.sort),
           QVariant(search.sortOrder), QVariant(search.createdAt) })
        insert.addBindValue(value);
    if (!insert.exec()) {
        error = insert.lastError().text();
        return false;
    }
    return true;
}
