#include "locationstore.h"

#include "sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

LocationStore::LocationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<LocationStore::Summary> LocationStore::summaries() const
{
    QList<Summary> out;
    QSqlQuery query(m_db);
    query.exec(u"SELECT l.id, l.name_zh, l.name_en, l.city, (SELECT count(*) FROM assets a WHERE "
               u"a.location_id = l.id) "
               "FROM locations l ORDER BY COALESCE(l.name_zh, l.name_en), l.id"_s);
    while (query.next()) {
        out.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toInt() });
    }
    return out;
}

std::optional<qint64> LocationStore::addDraft(const QString &name, QString &error, std::optional<qint64> id)
{
    const Sql::WriteScope scope(m_db);
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        error = tr("A location needs a name.");
        return std::nullopt;
    }
    const bool latin =
        std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 0x2E80; });
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery insert(m_db);
    // The id only when one is wanted: an identity column takes no NULL for "the next".
    insert.prepare(u"INSERT INTO locations (%1name_zh, name_en, status, created_at, updated_at) "
                   "VALUES (%2?, ?, 'review', ?, ?) RETURNING id"_s.arg(id ? u"id, "_s : QString(),
                                                                        id ? u"?, "_s : QString()));
    if (id)
        insert.addBindValue(*id);
    insert.addBindValue(latin ? QVariant() : QVariant(trimmed));
    insert.addBindValue(latin ? QVariant(trimmed) : QVariant());
    insert.addBindValue(stamp);
    insert.addBindValue(stamp);
    if (!insert.exec() || !insert.next()) {
        error = insert.lastError().text();
        return std::nullopt;
    }
    const qint64 made = insert.value(0).toLongLong();
    insert.finish(); // the statement done (SQLite: before the transaction may commit)
    return made;
}

bool LocationStore::remove(qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery erase(m_db);
    erase.prepare(u"DELETE FROM locations WHERE id = ?"_s);
    erase.addBindValue(id);
    if (!erase.exec()) {
        error = erase.lastError().text();
        return false;
    }
    return true;
}
