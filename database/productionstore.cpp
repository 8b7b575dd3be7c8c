#include "productionstore.h"

#include "sql.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

const QStringList kTextFields { u"title"_s,      u"title_en"_s, u"producer"_s, u"company"_s,
                                u"start_date"_s, u"end_date"_s, u"needs"_s,    u"base_address"_s,
                                u"notes"_s,      u"status"_s };

QString nowText()
{
    // To the millisecond: a save checks that nobody saved since it read (EditCommands).
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ProductionStore::ProductionStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const QStringList &ProductionStore::candidateStatuses()
{
    static const QStringList statuses { u"proposed"_s, u"visited"_s, u"chosen"_s, u"rejected"_s };
    return statuses;
}

QString ProductionStore::candidateStatusName(const QString &status)
{
    if (status == "proposed"_L1)
        return tr("Proposed");
    if (status == "visited"_L1)
        return tr("Visited");
    if (status == "chosen"_L1)
        return tr("Chosen");
    if (status == "rejected"_L1)
        return tr("Rejected");
    return status;
}

QString ProductionStore::candidateStatusCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QHash<QString, QString> names {
        { u"推荐"_s, u"proposed"_s }, { u"待定"_s, u"proposed"_s }, { u"已勘景"_s, u"visited"_s },
        { u"已看"_s, u"visited"_s },  { u"选定"_s, u"chosen"_s },   { u"入选"_s, u"chosen"_s },
        { u"放弃"_s, u"rejected"_s }, { u"淘汰"_s, u"rejected"_s }
    };
    if (candidateStatuses().contains(t))
        return t;
    for (const QString &code : candidateStatuses()) {
        if (candidateStatusName(code).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return code;
    }
    return names.value(t);
}

std::optional<QJsonObject> ProductionStore::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT * FROM productions WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QJsonObject out;
    out.insert(u"id"_s, id);
    const QSqlRecord row = query.record();
    for (const QString &field : kTextFields) {
        if (const QString value = row.value(field).toString(); !value.isEmpty())
            out.insert(field, value);
    }
    for (const char *field : { "base_lat", "base_lon" }) {
        if (!row.value(QLatin1StringView(field)).isNull())
            out.insert(QLatin1StringView(field), row.value(QLatin1StringView(field)).toDouble());
    }
    out.insert(u"created_at"_s, row.value(u"created_at"_s).toString());
    out.insert(u"updated_at"_s, row.value(u"updated_at"_s).toString());

    QJsonArray candidates;
    query.prepare(u"SELECT location_id, status, notes FROM production_candidates WHERE production_id = ? "
                  "ORDER BY sort_order, rowid"_s);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        QJsonObject candidate { { u"location_id"_s, query.value(0).toLongLong() },
                                { u"status"_s, query.value(1).toString() } };
        if (!query.value(2).toString().isEmpty())
            candidate.insert(u"notes"_s, query.value(2).toString());
        candidates.append(candidate);
    }
    out.insert(u"candidates"_s, candidates);

    QJsonArray experts;
    query.prepare(u"SELECT expert_id, role FROM production_experts WHERE production_id = ? ORDER BY rowid"_s);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        QJsonObject expert { { u"expert_id"_s, query.value(0).toLongLong() } };
        if (!query.value(1).toString().isEmpty())
            expert.insert(u"role"_s, query.value(1).toString());
        experts.append(expert);
    }
    out.insert(u"experts"_s, experts);

    QJsonArray assets;
    query.prepare(u"SELECT asset_id FROM production_assets WHERE production_id = ? ORDER BY rowid"_s);
    query.addBindValue(id);
    query.exec();
    while (query.next())
        assets.append(query.value(0).toLongLong());
    out.insert(u"asset_ids"_s, assets);
    return out;
}

std::optional<qint64> ProductionStore::save(const QJsonObject &production, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString title = production.value("title"_L1).toString().simplified();
    if (title.isEmpty()) {
        error = tr("a production needs a title");
        return std::nullopt;
    }
    for (const char *field : { "start_date", "end_date" }) {
        const QString value = production.value(QLatin1StringView(field)).toString();
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid()) {
            error =
                tr("%1: \"%2\" is not a date (for example 2025-03-01)").arg(QLatin1StringView(field), value);
            return std::nullopt;
        }
    }
    const QString start = production.value("start_date"_L1).toString();
    const QString end = production.value("end_date"_L1).toString();
    if (!start.isEmpty() && !end.isEmpty() && end < start) {
        error = tr("the shoot ends (%1) before it starts (%2)").arg(end, start);
        return std::nullopt;
    }
    const QJsonValue lat = production.value("base_lat"_L1), lon = production.value("base_lon"_L1);
    const bool hasBase = lat.isDouble() && lon.isDouble();
    if ((lat.isDouble() != lon.isDouble())
        || (hasBase && !Geo::isValid({ lat.toDouble(), lon.toDouble() }))) {
        error = tr("the production's base needs a valid latitude and longitude");
        return std::nullopt;
    }
    const QString status = production.value("status"_L1).toString(u"open"_s);
    if (status != "open"_L1 && status != "closed"_L1) {
        error = tr("status: \"%1\" is neither open nor closed").arg(status);
        return std::nullopt;
    }

    const qint64 wantedId = production.value("id"_L1).toInteger(0);
    bool exists = false;
    if (wantedId > 0) {
        QSqlQuery check(m_db);
        check.prepare(u"SELECT 1 FROM productions WHERE id = ?"_s);
        check.addBindValue(wantedId);
        exists = check.exec() && check.next();
    }
    QStringList columns;
    QVariantList values;
    for (const QString &field : kTextFields) {
        const QString value = field == "title"_L1 ? title : production.value(field).toString().trimmed();
        columns.append(field);
        values.append(field == "status"_L1  ? QVariant(status)
                          : value.isEmpty() ? QVariant()
                                            : QVariant(value));
    }
    columns += { u"base_lat"_s, u"base_lon"_s, u"updated_at"_s };
    values += { hasBase ? QVariant(lat.toDouble()) : QVariant(),
                hasBase ? QVariant(lon.toDouble()) : QVariant(), nowText() };
    QSqlQuery write(m_db);
    if (exists) {
        QStringList sets;
        for (const QString &column : std::as_const(columns))
            sets.append(column + u" = ?"_s);
        write.prepare(u"UPDATE productions SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)));
        values.append(wantedId);
    } else {
        columns.append(u"created_at"_s);
        values.append(production.value("created_at"_L1).toString(nowText()));
        if (wantedId > 0) {
            columns.prepend(u"id"_s);
            values.prepend(wantedId);
        }
        write.prepare(u"INSERT INTO productions (%1) VALUES (%2) RETURNING id"_s.arg(
            columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
    }
    for (const QVariant &value : std::as_const(values))
        write.addBindValue(value);
    if (!write.exec() || (!exists && !write.next())) {
        error = write.lastError().text();
        return std::nullopt;
    }
    const qint64 id = exists ? wantedId : write.value(0).toLongLong();
    write.finish(); // the statement done (SQLite: before the transaction may commit)

    if (production.contains("candidates"_L1)) {
        if (!Sql::exec(m_db, u"DELETE FROM production_candidates WHERE production_id = ?"_s, { id }, error))
            return std::nullopt;
        int order = 0;
        for (const QJsonValue &item : production.value("candidates"_L1).toArray()) {
            const QJsonObject candidate = item.toObject();
            const QString code = candidateStatusCode(candidate.value("status"_L1).toString(u"proposed"_s));
            if (code.isEmpty()) {
                error = tr("candidate status \"%1\" is not one of proposed, visited, chosen, rejected")
                            .arg(candidate.value("status"_L1).toString());
                return std::nullopt;
            }
            // A location removed meanwhile is left out, not an error.
            if (!Sql::exec(
                    m_db,
                    u"INSERT INTO production_candidates (production_id, location_id, status, notes, "
                    "sort_order) SELECT ?, id, ?, ?, ? FROM locations WHERE id = ? ON CONFLICT DO NOTHING"_s,
                    { id, code,
                      candidate.value("notes"_L1).toString().isEmpty()
                          ? QVariant()
                          : QVariant(candidate.value("notes"_L1).toString()),
                      order++, candidate.value("location_id"_L1).toInteger() },
                    error))
                return std::nullopt;
        }
    }
    if (production.contains("experts"_L1)) {
        if (!Sql::exec(m_db, u"DELETE FROM production_experts WHERE production_id = ?"_s, { id }, error))
            return std::nullopt;
        for (const QJsonValue &item : production.value("experts"_L1).toArray()) {
            // An expert removed meanwhile is left out, not an error.
            const QJsonObject expert = item.toObject();
            const QString role = expert.value("role"_L1).toString().trimmed();
            if (!Sql::exec(m_db,
                           u"INSERT INTO production_experts (production_id, expert_id, role) "
                           "SELECT ?, id, ? FROM experts WHERE id = ? ON CONFLICT DO NOTHING"_s,
                           { id, role.isEmpty() ? QVariant() : QVariant(role),
                             expert.value("expert_id"_L1).toInteger() },
                           error))
                return std::nullopt;
        }
    }
    if (production.contains("asset_ids"_L1)) {
        if (!Sql::exec(m_db, u"DELETE FROM production_assets WHERE production_id = ?"_s, { id }, error))
            return std::nullopt;
        QList<qint64> assets;
        for (const QJsonValue &item : production.value("asset_ids"_L1).toArray())
            assets.append(item.toInteger());
        if (!addAssets(id, assets, error))
            return std::nullopt;
    }
    return id;
}

bool ProductionStore::remove(qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    return Sql::exec(m_db, u"DELETE FROM productions WHERE id = ?"_s, { id }, error);
}

QList<ProductionStore::Summary> ProductionStore::list() const
{
    QSqlQuery query(m_db);
    query.exec(
        u"SELECT p.id, p.title, p.producer, p.start_date, p.end_date, p.status, "
        "(SELECT count(*) FROM production_candidates c WHERE c.production_id = p.id), "
        "(SELECT count(*) FROM production_candidates c WHERE c.production_id = p.id AND c.status = 'chosen') "
        "FROM productions p ORDER BY p.status = 'closed', p.created_at DESC, p.id DESC"_s);
    QList<Summary> out;
    while (query.next()) {
        out.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toInt(), query.value(7).toInt() });
    }
    return out;
}

bool ProductionStore::setCandidate(qint64 productionId, qint64 locationId, const QString &status,
                                   const std::optional<QString> &notes, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString code = status.isEmpty() ? QString() : candidateStatusCode(status);
    if (!status.isEmpty() && code.isEmpty()) {
        error = tr("candidate status \"%1\" is not one of proposed, visited, chosen, rejected").arg(status);
        return false;
    }
    QSqlQuery check(m_db);
    check.prepare(
        u"SELECT (SELECT 1 FROM productions WHERE id = ?), (SELECT 1 FROM locations WHERE id = ?)"_s);
    check.addBindValue(productionId);
    check.addBindValue(locationId);
    if (!check.exec() || !check.next() || check.value(0).isNull()) {
        error = tr("there is no production %1").arg(productionId);
        return false;
    }
    if (check.value(1).isNull()) {
        error = tr("there is no location %1").arg(locationId);
        return false;
    }
    if (!Sql::exec(m_db,
                   u"INSERT INTO production_candidates (production_id, location_id, status, sort_order) "
                   "VALUES (?, ?, ?, (SELECT COALESCE(max(sort_order), -1) + 1 FROM production_candidates "
                   "WHERE production_id = ?)) ON CONFLICT DO NOTHING"_s,
                   { productionId, locationId, code.isEmpty() ? u"proposed"_s : code, productionId }, error))
        return false;
    if (!code.isEmpty()
        && !Sql::exec(
            m_db,
            u"UPDATE production_candidates SET status = ? WHERE production_id = ? AND location_id = ?"_s,
            { code, productionId, locationId }, error))
        return false;
    if (notes
        && !Sql::exec(
            m_db, u"UPDATE production_candidates SET notes = ? WHERE production_id = ? AND location_id = ?"_s,
            { notes->trimmed().isEmpty() ? QVariant() : QVariant(notes->trimmed()), productionId,
              locationId },
            error))
        return false;
    return Sql::exec(m_db, u"UPDATE productions SET updated_at = ? WHERE id = ?"_s,
                     { nowText(), productionId }, error);
}

bool ProductionStore::removeCandidate(qint64 productionId, qint64 locationId, QString &error)
{
    const Sql::WriteScope scope(m_db);
    return Sql::exec(m_db, u"DELETE FROM production_candidates WHERE production_id = ? AND location_id = ?"_s,
                     { productionId, locationId }, error);
}

bool ProductionStore::setExpert(qint64 productionId, qint64 expertId, const QString &role, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery check(m_db);
    check.prepare(u"SELECT 1 FROM experts WHERE id = ?"_s);
    check.addBindValue(expertId);
    if (!check.exec() || !check.next()) {
        error = tr("there is no expert %1").arg(expertId);
        return false;
    }
    return Sql::exec(
        m_db,
        u"INSERT INTO production_experts (production_id, expert_id, role) VALUES (?, ?, ?) "
        "ON CONFLICT (production_id, expert_id) DO UPDATE SET role = excluded.role"_s, // (PostgreSQL names
                                                                                       // it)
        { productionId, expertId, role.trimmed().isEmpty() ? QVariant() : QVariant(role.trimmed()) }, error);
}

bool ProductionStore::removeExpert(qint64 productionId, qint64 expertId, QString &error)
{
    const Sql::WriteScope scope(m_db);
    return Sql::exec(m_db, u"DELETE FROM production_experts WHERE production_id = ? AND expert_id = ?"_s,
                     { productionId, expertId }, error);
}

bool ProductionStore::addAssets(qint64 productionId, const QList<qint64> &assetIds, QString &error)
{
    const Sql::WriteScope scope(m_db);
    for (const qint64 asset : assetIds) {
        if (!Sql::exec(m_db,
                       u"INSERT INTO production_assets (production_id, asset_id) "
                       "SELECT ?, id FROM assets WHERE id = ? ON CONFLICT DO NOTHING"_s,
                       { productionId, asset }, error))
            return false;
    }
    return true;
}

bool ProductionStore::removeAssets(qint64 productionId, const QList<qint64> &assetIds, QString &error)
{
    const Sql::WriteScope scope(m_db);
    for (const qint64 asset : assetIds) {
        if (!Sql::exec(m_db, u"DELETE FROM production_assets WHERE production_id = ? AND asset_id = ?"_s,
                       { productionId, asset }, error))
            return false;
    }
    return true;
}

std::optional<Geo::LatLon> ProductionStore::base(const QJsonObject &production)
{
    const QJsonValue lat = production.value("base_lat"_L1), lon = production.value("base_lon"_L1);
    if (!lat.isDouble() || !lon.isDouble())
        return std::nullopt;
    return Geo::LatLon { lat.toDouble(), lon.toDouble() };
}

int ProductionStore::count() const
{
    QString error;
    const auto counted = Sql::ids(m_db, u"SELECT count(*) FROM productions"_s, {}, error);
    return counted ? int(counted->value(0)) : 0;
}
