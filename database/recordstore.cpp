#include "recordstore.h"

#include "assetstore.h"
#include "catalogbackend.h"
#include "sortkey.h"
#include "sql.h"
#include "tagstore.h"

#include <QDate>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>
#include <functional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

using Type = RecordField::Type;

QString nowText()
{
    // To the millisecond: a save is known from another by it (EditCommands::saveRecord).
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

// The stored marks of what is confidential. Fails closed: a list that cannot be read (damaged,
// edited by hand, not a list of field names) reads as the defaults, never as "nothing".
QJsonArray confidentialFields(RecordKind kind, const QVariant &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    const QJsonArray marks = document.array();
    const bool readable = error.error == QJsonParseError::NoError && document.isArray()
        && std::all_of(marks.cbegin(), marks.cend(), [](const QJsonValue &mark) { return mark.isString(); });
    return readable ? marks : QJsonArray::fromStringList(RecordSchema::defaultConfidential(kind));
}

// A contact's stored confidential flag: public only when it says 0, so that a damaged value
// keeps the contact out of exports.
bool contactIsConfidential(const QVariant &value)
{
    bool ok = false;
    const int flag = value.toInt(&ok);
    return value.isNull() || !ok || flag != 0;
}

// The column a field is stored in (category is a foreign key; lists are JSON text).
QString columnFor(const RecordField &field)
{
    if (field.key == "category"_L1)
        return u"category_id"_s;
    return field.key;
}

// Fields stored elsewhere than the record's own row.
bool storedApart(const RecordField &field)
{
    return field.type == Type::Contacts || field.key == "tags"_L1 || field.key == "filmed"_L1;
}

QString contactColumns()
{
    return u"name, role, phone, email, wechat, address, notes, confidential"_s;
}

// The columns that say whose a row is, with their values: location_id = 12.
using Owner = QList<std::pair<QString, QVariant>>;
// One item's values for the columns after the owner's; nullopt, with the error set, stops.
using RowValues = std::function<std::optional<QVariantList>(const QJsonValue &item, QString &error)>;

// What `table` holds for one owner (contacts, tags, productions filmed there), replaced by one
// row for each of `items`: the owner's columns, then `columns` with what `values` gives for the
// item. A row that is there already is left as it is (a tag named twice is tagged once).
bool replaceRows(const QSqlDatabase &db, const QString &table, const Owner &owner, const QStringList &columns,
                 const QJsonArray &items, const RowValues &values, QString &error)
{
    QStringList names, where;
    QVariantList ownerValues;
    for (const auto &[column, value] : owner) {
        names.append(column);
        where.append(column + u" = ?"_s);
        ownerValues.append(value);
    }
    if (!Sql::exec(db, u"DELETE FROM %1 WHERE %2"_s.arg(table, where.join(u" AND "_s)), ownerValues, error))
        return false;
    names += columns;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
            table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)))) {
        error = insert.lastError().text();
        return false;
    }
    for (const QJsonValue &item : items) {
        const std::optional<QVariantList> row = values(item, error);
        if (!row)
            return false;
        for (const QVariant &value : ownerValues + *row)
            insert.addBindValue(value);
        if (!insert.exec()) {
            error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QString RecordStore::Summary::name() const
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (chinese)
        return !nameZh.isEmpty() ? nameZh : !nameEn.isEmpty() ? nameEn : code;
    return !nameEn.isEmpty() ? nameEn : !nameZh.isEmpty() ? nameZh : code;
}

const CatalogBackend &RecordStore::backend() const
{
    return CatalogBackend::of(m_db);
}

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QHash<QString, QList<RecordChoice>> RecordStore::choices(RecordKind kind) const
{
    QHash<QString, QList<RecordChoice>> out;
    const auto read = [&](const QString &key, const QString &table) {
        QSqlQuery query(m_db);
        query.exec(u"SELECT code, name_zh, name_en FROM %1 ORDER BY sort_order, id"_s.arg(table));
        QList<RecordChoice> list;
        while (query.next())
            list.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
        out.insert(key, list);
    };
    if (kind == RecordKind::Location)
        read(u"category"_s, u"location_categories"_s);
    if (kind == RecordKind::Facility)
        read(u"service_type"_s, u"facility_types"_s);
    return out;
}

std::optional<QJsonObject> RecordStore::get(RecordKind kind, qint64 id) const
{
    const QString table = RecordSchema::table(kind);
    QSqlQuery query(m_db);
    QString select = u"SELECT r.*"_s;
    if (kind == RecordKind::Location)
        select += u", (SELECT code FROM location_categories c WHERE c.id = r.category_id) AS category_code, "
                  "(SELECT count(*) FROM assets a WHERE a.location_id = r.id) AS asset_count"_s;
    query.prepare(select + u" FROM %1 r WHERE r.id = ?"_s.arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QSqlRecord row = query.record();
    QJsonObject record;
    record.insert(u"id"_s, id);
    record.insert(u"kind"_s, RecordSchema::ownerKind(kind));
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (storedApart(field))
            continue;
        const QVariant value =
            field.key == "category"_L1 ? row.value(u"category_code"_s) : row.value(columnFor(field));
        if (value.isNull())
            continue;
        switch (field.type) {
        case Type::Number:
            record.insert(field.key, value.toDouble());
            break;
        case Type::Bool:
            record.insert(field.key, value.toInt() != 0);
            break;
        case Type::List:
            if (const QJsonArray items = jsonArray(value); !items.isEmpty())
                record.insert(field.key, items);
            break;
        default:
            if (!value.toString().isEmpty())
                record.insert(field.key, value.toString());
        }
    }
    record.insert(u"confidential"_s, confidentialFields(kind, row.value(u"confidential_fields"_s)));
    for (const char *meta : { "created_at", "updated_at", "name_pinyin" })
        record.insert(QLatin1StringView(meta), row.value(QLatin1StringView(meta)).toString());
    if (kind == RecordKind::Location) {
        record.insert(u"asset_count"_s, row.value(u"asset_count"_s).toInt());
        if (!row.value(u"cover_asset_id"_s).isNull())
            record.insert(u"cover_asset_id"_s, row.value(u"cover_asset_id"_s).toLongLong());
    }
    if (kind == RecordKind::Expert && !row.value(u"photo_asset_id"_s).isNull())
        record.insert(u"photo_asset_id"_s, row.value(u"photo_asset_id"_s).toLongLong());

    QSqlQuery contacts(m_db);
    contacts.prepare(
        u"SELECT %1 FROM contacts WHERE owner_kind = ? AND owner_id = ? ORDER BY sort_order, id"_s.arg(
            contactColumns()));
    contacts.addBindValue(RecordSchema::ownerKind(kind));
    contacts.addBindValue(id);
    contacts.exec();
    QJsonArray contactList;
    while (contacts.next()) {
        QJsonObject contact;
        const QStringList names = contactColumns().split(u", "_s);
        for (int i = 0; i < names.size() - 1; ++i) {
            if (const QString value = contacts.value(i).toString(); !value.isEmpty())
                contact.insert(names.at(i), value);
        }
        contact.insert(u"confidential"_s, contactIsConfidential(contacts.value(names.size() - 1)));
        contactList.append(contact);
    }
    record.insert(u"contacts"_s, contactList);

    if (kind == RecordKind::Location) {
        QSqlQuery tags(m_db);
        tags.prepare(
            u"SELECT t.path FROM location_tags x JOIN tags t ON t.id = x.tag_id WHERE x.location_id = ? "
            "ORDER BY t.path"_s);
        tags.addBindValue(id);
        tags.exec();
        QJsonArray paths;
        while (tags.next())
            paths.append(tags.value(0).toString());
        if (!paths.isEmpty())
            record.insert(u"tags"_s, paths);
        QSqlQuery filmed(m_db);
        filmed.prepare(u"SELECT title, year FROM location_productions WHERE location_id = ? ORDER BY id"_s);
        filmed.addBindValue(id);
        filmed.exec();
        QJsonArray titles;
        while (filmed.next()) {
            const QString title = filmed.value(0).toString();
            titles.append(filmed.value(1).isNull() ? title
                                                   : u"%1 (%2)"_s.arg(title).arg(filmed.value(1).toInt()));
        }
        if (!titles.isEmpty())
            record.insert(u"filmed"_s, titles);
    }
    return record;
}

std::optional<qint64> RecordStore::save(RecordKind kind, const QJsonObject &input,
                                        QList<RecordProblem> &problems, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QHash<QString, QList<RecordChoice>> tables = choices(kind);
    const QJsonObject record = RecordSchema::normalized(kind, input, tables);
    problems = RecordSchema::validate(kind, record, tables);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const RecordProblem &problem : std::as_const(problems))
            messages.append(problem.message);
        error = messages.join(u"; "_s);
        return std::nullopt;
    }
    const QString table = RecordSchema::table(kind);
    const qint64 wantedId = record.value("id"_L1).toInteger(0);
    bool exists = false;
    if (wantedId > 0) {
        QSqlQuery check(m_db);
        check.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
        check.addBindValue(wantedId);
        exists = check.exec() && check.next();
    }

    QStringList columns;
    QVariantList values;
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (storedApart(field))
            continue;
        const QJsonValue value = record.value(field.key);
        QVariant stored;
        if (!value.isUndefined() && !value.isNull()) {
            switch (field.type) {
            case Type::Number:
                stored = value.toDouble();
                break;
            case Type::Bool:
                stored = value.toBool() ? 1 : 0;
                break;
            case Type::List:
                stored = jsonText(value.toArray());
                break;
            default:
                stored = value.toString();
            }
        }
        if (field.key == "category"_L1 && stored.isValid()) {
            QSqlQuery category(m_db);
            category.prepare(u"SELECT id FROM location_categories WHERE code = ?"_s);
            category.addBindValue(stored);
            stored = category.exec() && category.next() ? category.value(0) : QVariant();
        }
        if (field.type == Type::List && !stored.isValid())
            stored = u"[]"_s; // NOT NULL lists
        if (field.key == "status"_L1 && !stored.isValid())
            stored = u"review"_s;
        if (field.key == "service_type"_L1 && !stored.isValid())
            stored = u"other"_s;
        if (field.key == "consent_to_publish"_L1 && !stored.isValid())
            stored = 0;
        columns.append(columnFor(field));
        values.append(stored);
    }
    const QString name = record.value("name_zh"_L1).toString().isEmpty()
        ? record.value("name_en"_L1).toString()
        : record.value("name_zh"_L1).toString();
    const QString pinyin = SortKey::of(name);
    QString initials;
    for (const QString &syllable : pinyin.split(u' ', Qt::SkipEmptyParts))
        initials.append(syllable.at(0));
    columns += { u"name_pinyin"_s, u"name_initials"_s, u"confidential_fields"_s, u"updated_at"_s };
    values += { pinyin, initials,
                jsonText(record.contains("confidential"_L1)
                             ? record.value("confidential"_L1).toArray()
                             : QJsonArray::fromStringList(RecordSchema::defaultConfidential(kind))),
                nowText() };
    // The cover and an expert's photo are assets: an id, or null to take it away.
    for (const auto &[key, owner] : { std::pair { "cover_asset_id", RecordKind::Location },
                                      std::pair { "photo_asset_id", RecordKind::Expert } }) {
        const QJsonValue asset = record.value(QLatin1StringView(key));
        if (kind != owner || asset.isUndefined())
            continue;
        columns.append(QLatin1StringView(key));
        values.append(asset.toInteger(0) > 0 ? QVariant(asset.toInteger()) : QVariant());
    }

    // A code another record has, named before the write: after a refused statement PostgreSQL
    // reads nothing more in the transaction (the constraint below stays the guard).
    const auto refuseCode = [&](const std::optional<qint64> &other) {
        const QString code = record.value("code"_L1).toString();
        error = tr("the code %1 is already used by %2")
                    .arg(code, other ? summaries(kind, { *other }).value(0).name() : QString());
        problems.append({ u"code"_s, error });
    };
    if (const qsizetype at = columns.indexOf(u"code"_s); at >= 0 && !values.at(at).isNull()) {
        const auto holders = Sql::ids(m_db, u"SELECT id FROM %1 WHERE code = ? AND id <> ?"_s.arg(table),
                                      { values.at(at), exists ? wantedId : qint64(0) }, error);
        if (!holders)
            return std::nullopt;
        if (!holders->isEmpty()) {
            refuseCode(holders->first());
            return std::nullopt;
        }
    }
    QSqlQuery write(m_db);
    bool prepared = false;
    if (exists) {
        QStringList sets;
        for (const QString &column : std::as_const(columns))
            sets.append(column + u" = ?"_s);
        prepared = write.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
        values.append(wantedId);
    } else {
        columns.append(u"created_at"_s);
        values.append(record.value("created_at"_L1).toString().isEmpty()
                          ? nowText()
                          : record.value("created_at"_L1).toString());
        if (wantedId > 0) {
            columns.prepend(u"id"_s);
            values.prepend(wantedId);
        }
        prepared = write.prepare(u"INSERT INTO %1 (%2) VALUES (%3) RETURNING id"_s.arg(
            table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
    }
    // A server prepares at once, and may refuse then (a viewer writing through its views).
    if (!prepared) {
        error = write.lastError().text().trimmed();
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(values))
        write.addBindValue(value);
    if (!write.exec() || (!exists && !write.next())) {
        const QString message = write.lastError().text();
        if (backend().isUniqueViolation(write.lastError(), u"code"_s)) {
            refuseCode(backend().derivesAtCommit() ? std::nullopt
                                                   : idFor(kind, record.value("code"_L1).toString()));
        } else {
            error = message;
        }
        return std::nullopt;
    }
    const qint64 id = exists ? wantedId : write.value(0).toLongLong();
    write.finish(); // the statement done (SQLite: before the transaction may commit)
    if (!writeContacts(kind, id, record.value("contacts"_L1).toArray(), error))
        return std::nullopt;
    if (kind == RecordKind::Location && !writeTags(id, record.value("tags"_L1).toArray(), error))
        return std::nullopt;
    if (kind == RecordKind::Location && !writeFilmed(id, record.value("filmed"_L1).toArray(), error))
        return std::nullopt;
    return id;
}

bool RecordStore::writeContacts(RecordKind kind, qint64 id, const QJsonArray &contacts, QString &error)
{
    const QStringList columns = contactColumns().split(u", "_s);
    int order = 0;
    return replaceRows(
        m_db, u"contacts"_s, { { u"owner_kind"_s, RecordSchema::ownerKind(kind) }, { u"owner_id"_s, id } },
        columns + QStringList { u"sort_order"_s }, contacts,
        [&](const QJsonValue &item, QString &) -> std::optional<QVariantList> {
            const QJsonObject contact = item.toObject();
            QVariantList row;
            for (const QString &column : columns) {
                if (column == "confidential"_L1) {
                    row.append(contact.value(column).toBool(true) ? 1 : 0);
                } else {
                    const QString value = contact.value(column).toString();
                    row.append(value.isEmpty() ? QVariant() : QVariant(value));
                }
            }
            row.append(order++);
            return row;
        },
        error);
}

bool RecordStore::writeTags(qint64 locationId, const QJsonArray &tags, QString &error)
{
    TagStore store(m_db);
    return replaceRows(
        m_db, u"location_tags"_s, { { u"location_id"_s, locationId } }, { u"tag_id"_s }, tags,
        [&](const QJsonValue &path, QString &why) -> std::optional<QVariantList> {
            const auto tag = store.ensurePath(path.toString(), why);
            return tag ? std::optional(QVariantList { *tag }) : std::nullopt;
        },
        error);
}

bool RecordStore::writeFilmed(qint64 locationId, const QJsonArray &titles, QString &error)
{
    // "觉醒年代 (2021)", "Skyfall 2012": the year, when there is one, is kept apart; a bare number
    // only when it can be a year (Blade Runner 2049 is a title).
    static const QRegularExpression inBrackets(u"^(.*?)\\s*[(（]\\s*((?:18|19|20)\\d{2})\\s*[)）]$"_s);
    static const QRegularExpression bare(u"^(.*\\S)\\s+((?:18|19|20)\\d{2})$"_s);
    const int latest = QDate::currentDate().year() + 3;
    return replaceRows(
        m_db, u"location_productions"_s, { { u"location_id"_s, locationId } }, { u"title"_s, u"year"_s },
        titles,
        [&](const QJsonValue &item, QString &) -> std::optional<QVariantList> {
            QString title = item.toString().trimmed();
            QVariant year;
            if (const QRegularExpressionMatch m = inBrackets.match(title);
                m.hasMatch() && !m.captured(1).isEmpty()) {
                year = m.captured(2).toInt();
                title = m.captured(1).trimmed();
            } else if (const QRegularExpressionMatch b = bare.match(title);
                       b.hasMatch() && b.captured(2).toInt() <= latest) {
                year = b.captured(2).toInt();
                title = b.captured(1).trimmed();
            }
            return QVariantList { title, year };
        },
        error);
}

bool RecordStore::remove(RecordKind kind, qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM contacts WHERE owner_kind = ? AND owner_id = ?"_s);
    query.addBindValue(RecordSchema::ownerKind(kind));
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(RecordSchema::table(kind)));
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

int RecordStore::count(RecordKind kind) const
{
    QSqlQuery query(m_db);
    query.exec(u"SELECT count(*) FROM %1"_s.arg(RecordSchema::table(kind)));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<qint64> RecordStore::idFor(RecordKind kind, const QString &codeOrId) const
{
    const QString text = codeOrId.trimmed();
    QSqlQuery query(m_db);
    if (text.startsWith(u'#') || (kind == RecordKind::Expert)) {
        bool ok = false;
        const qint64 id = (text.startsWith(u'#') ? text.mid(1) : text).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        query.prepare(u"SELECT id FROM %1 WHERE id = ?"_s.arg(RecordSchema::table(kind)));
        query.addBindValue(id);
    } else {
        // The code as typed first: codes are told apart by case, and without an order a server
        // gives the rows as they lie in its table, which an edit changes.
        query.prepare(
            u"SELECT id FROM %1 WHERE code = ? OR lower(code) = lower(?) ORDER BY code = ? DESC, id LIMIT 1"_s
                .arg(RecordSchema::table(kind)));
        query.addBindValue(text);
        query.addBindValue(text);
        query.addBindValue(text);
    }
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QList<RecordStore::Summary> RecordStore::summaries(RecordKind kind, const QList<qint64> &ids) const
{
    QString error;
    auto read = listing(kind, ids, {}, QLocale().language() == QLocale::Chinese, error);
    if (!read)
        qWarning("record summaries: %s", qPrintable(error));
    return read ? std::move(read->rows) : QList<Summary>();
}

std::optional<RecordStore::Listing> RecordStore::listing(RecordKind kind, const QList<qint64> &ids,
                                                         const QList<std::pair<QString, int>> &facets,
                                                         bool chinese, QString &error,
                                                         const std::function<bool()> &stopWhen) const
{
    const QString name = chinese ? u"name_zh"_s : u"name_en"_s;
    // Each facet's column: its value, and the label the catalog keeps for it (a choice's name);
    // or one of the summary's own (province, city, status), which is not read twice.
    struct Column
    {
        QString value, label; // SQL; no label: the value's own, or a choice's
        bool list = false; // a JSON list of values
        const QList<RecordChoice> *choices = nullptr; // labels from the schema
        QString Summary::*own = nullptr;
    };
    const auto columnOf = [&](const QString &facet) -> std::optional<Column> {
        if (facet == "category"_L1 && kind == RecordKind::Location)
            return Column { u"c.code"_s, u"c."_s + name };
        if (facet == "type"_L1 && kind == RecordKind::Facility)
            return Column { u"r.service_type"_s, u"t."_s + name };
        if (facet == "setting"_L1 && kind == RecordKind::Location)
            return Column { u"r.setting"_s, {}, false, &RecordSchema::settings() };
        if (facet == "era"_L1 && kind == RecordKind::Location)
            return Column { u"r.eras"_s, {}, true };
        if (facet == "expertise"_L1 && kind == RecordKind::Expert)
            return Column { u"r.expertise"_s, {}, true };
        if (facet == "lang"_L1 && kind == RecordKind::Expert)
            return Column { u"r.languages"_s, {}, true };
        if (facet == "province"_L1)
            return Column { {}, {}, false, nullptr, &Summary::province };
        if (facet == "city"_L1)
            return Column { {}, {}, false, nullptr, &Summary::city };
        if (facet == "status"_L1)
            return Column { {}, {}, false, &RecordSchema::statuses(), &Summary::status };
        return std::nullopt;
    };
    QList<Column> columns;
    for (const auto &[facet, limit] : facets) {
        const auto column = columnOf(facet);
        if (!column) {
            error = u"no facet %1 for %2"_s.arg(facet, RecordSchema::table(kind));
            return std::nullopt;
        }
        columns.append(*column);
    }

    QString kindText = u"NULL"_s, joins;
    switch (kind) {
    case RecordKind::Location:
        kindText = u"c."_s + name;
        joins = u" LEFT JOIN location_categories c ON c.id = r.category_id"_s;
        break;
    case RecordKind::Facility:
        kindText = u"t."_s + name;
        joins = u" LEFT JOIN facility_types t ON t.code = r.service_type"_s;
        break;
    case RecordKind::Expert:
        kindText = u"trim(COALESCE(r.organisation, '') || ' ' || COALESCE(r.title, ''))"_s;
        break;
    }
    // A location's clips and photos: looked up one location at a time for a few; counted in one
    // pass for many (a server spends ~6 µs on each lookup: 0.4 s for 70,000).
    QString assetCount = u"0"_s;
    if (kind == RecordKind::Location && ids.size() <= 2000) {
        assetCount = u"(SELECT count(*) FROM assets a WHERE a.location_id = r.id)"_s;
    } else if (kind == RecordKind::Location) {
        assetCount = u"COALESCE(n.assets, 0)"_s;
        joins +=
            u" LEFT JOIN (SELECT location_id, count(*) AS assets FROM assets WHERE location_id IS NOT NULL "
            "GROUP BY location_id) n ON n.location_id = r.id"_s;
    }
    const bool located = RecordSchema::hasCoordinates(kind);
    QString sql =
        u"SELECT r.id, %1, %2, r.name_zh, r.name_en, r.province, r.city, r.district, r.status, %3, %4, "
        "%5"_s.arg(kind == RecordKind::Expert ? u"NULL"_s : u"r.code"_s, kindText,
                   located ? u"r.lat"_s : u"NULL"_s, located ? u"r.lon"_s : u"NULL"_s, assetCount);
    // Where each facet's value (and label) is in a row.
    QList<int> at(columns.size(), -1);
    int next = 12;
    for (qsizetype f = 0; f < columns.size(); ++f) {
        if (columns.at(f).own)
            continue;
        at[f] = next;
        sql += u", "_s + columns.at(f).value;
        next += 1;
        if (!columns.at(f).label.isEmpty()) {
            sql += u", "_s + columns.at(f).label;
            next += 1;
        }
    }
    sql += u" FROM %1 r%2 WHERE %3"_s.arg(RecordSchema::table(kind), joins, backend().idIn(u"r.id"_s));

    // The rows in the order of the ids (an id asked twice: at its first place).
    QHash<qint64, qsizetype> place;
    place.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!place.contains(ids.at(i)))
            place.insert(ids.at(i), i);
    }
    Listing out;
    out.rows.resize(ids.size());
    // Per facet: each value's count and label.
    QList<QHash<QString, std::pair<int, QString>>> tallies(columns.size());
    QHash<QByteArray, QStringList> lists; // a list's text read once: few differ
    // Values that recur (a category, a province, a city, a district, a status) kept once, shared
    // by every row that has them: 70,000 summaries held five fewer blocks of memory each, which
    // took ~25 ms to free, and ~40 ms more for the allocator to sort out on the reader's next
    // large allocation (its next search's first row) when another thread had freed them.
    QSet<QString> recurring;
    const auto shared = [&recurring](QString value) {
        if (value.isEmpty())
            return value;
        const auto it = recurring.constFind(value);
        return it != recurring.cend() ? *it : *recurring.insert(std::move(value));
    };
    const auto tally = [](QHash<QString, std::pair<int, QString>> &counts, const QString &value,
                          const QString &label) {
        if (value.isEmpty())
            return;
        auto it = counts.find(value);
        if (it == counts.end())
            it = counts.insert(value, { 0, label });
        ++it->first;
    };
    bool finished = false;
    if (!backend().forEachRowWithin(
            m_db, sql, { backend().idList(ids) }, -1,
            [&](const CatalogBackend::Row &row) {
                const auto where = place.constFind(row.integer(0));
                if (where == place.cend() || out.rows.at(*where).id)
                    return true;
                Summary &s = out.rows[*where];
                s.id = row.integer(0);
                s.code = row.text(1);
                s.kindText = shared(row.text(2));
                s.nameZh = row.text(3);
                s.nameEn = row.text(4);
                s.province = shared(row.text(5));
                s.city = shared(row.text(6));
                s.district = shared(row.text(7));
                s.status = shared(row.text(8));
                if (!row.isNull(9) && !row.isNull(10))
                    s.position = Geo::LatLon { row.real(9), row.real(10) };
                s.assetCount = int(row.integer(11));
                for (qsizetype f = 0; f < columns.size(); ++f) {
                    const Column &column = columns.at(f);
                    const QString label = column.label.isEmpty() ? QString() : row.text(at.at(f) + 1);
                    if (column.own) {
                        tally(tallies[f], s.*column.own, label);
                    } else if (!column.list) {
                        tally(tallies[f], row.text(at.at(f)), label);
                    } else {
                        const QByteArray text = row.utf8(at.at(f)).toByteArray();
                        auto list = lists.constFind(text);
                        if (list == lists.cend()) {
                            QStringList values; // a value listed twice in one record counts once
                            for (const QJsonValue &item : QJsonDocument::fromJson(text).array()) {
                                if (!values.contains(item.toString()))
                                    values.append(item.toString());
                            }
                            list = lists.insert(text, values);
                        }
                        for (const QString &value : *list)
                            tally(tallies[f], value, label);
                    }
                }
                return true;
            },
            finished, error, stopWhen)
        || !finished)
        return std::nullopt;
    out.rows.removeIf([](const Summary &s) { return s.id == 0; }); // gone
    for (qsizetype f = 0; f < columns.size(); ++f) {
        QList<FacetValue> values;
        for (auto it = tallies.at(f).cbegin(); it != tallies.at(f).cend(); ++it) {
            FacetValue value { it.key(), it->second, it->first };
            for (const RecordChoice &choice :
                 columns.at(f).choices ? *columns.at(f).choices : QList<RecordChoice>()) {
                if (choice.code == value.value)
                    value.label = chinese ? choice.nameZh : choice.nameEn;
            }
            if (value.label.isEmpty())
                value.label = value.value;
            values.append(value);
        }
        std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (values.size() > facets.at(f).second)
            values.resize(facets.at(f).second);
        out.facets.append(values);
    }
    return out;
}

std::optional<QList<RecordStore::Hit>> RecordStore::search(const RecordQuery &query, RecordSort sort,
                                                           int limit, QString &error) const
{
    if (!query.errors.isEmpty()) {
        error = query.errors.join(u"; "_s);
        return std::nullopt;
    }
    const RecordKind kind = query.kind;
    if (query.isNear()) {
        std::optional<Geo::LatLon> centre = query.near;
        if (!centre) {
            const auto id = idFor(RecordKind::Location, query.nearReference);
            const auto summary = id ? summaries(RecordKind::Location, { *id }) : QList<Summary>();
            if (summary.isEmpty()) {
                error = tr("near: there is no location %1").arg(query.nearReference);
                return std::nullopt;
            }
            if (!summary.first().position) {
                error = tr("near: %1 has no coordinates").arg(summary.first().name());
                return std::nullopt;
            }
            centre = summary.first().position;
        }
        auto hits = near(query, *centre, error);
        if (!hits)
            return std::nullopt;
        if (sort != RecordSort::Distance) {
            // Words, name or recency order among those in the circle.
            RecordQuery plain = query;
            plain.near.reset();
            plain.nearReference.clear();
            QHash<qint64, double> distance;
            for (const Hit &hit : std::as_const(*hits))
                distance.insert(hit.id, hit.distanceKm);
            auto ordered = search(plain, sort, 0, error);
            if (!ordered)
                return std::nullopt;
            QList<Hit> out;
            for (const Hit &hit : std::as_const(*ordered)) {
                if (const auto it = distance.constFind(hit.id); it != distance.cend())
                    out.append({ hit.id, *it });
            }
            hits = out;
        }
        if (limit > 0 && hits->size() > limit)
            hits->resize(limit);
        return hits;
    }

    const QString table = RecordSchema::table(kind);
    const QString fts = RecordSchema::ownerKind(kind) + u"_fts"_s;
    QList<qint64> ids;
    if (sort == RecordSort::Updated) {
        QStringList where = query.conditions;
        QVariantList binds;
        if (query.hasWords()) {
            where.prepend(u"r.id IN (%1)"_s.arg(backend().matchingIds(fts)));
            binds.append(backend().wordsBind(query.words));
        }
        binds += query.binds;
        QString sql = u"SELECT r.id FROM %1 r"_s.arg(table);
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        sql += u" ORDER BY r.updated_at DESC, r.id DESC"_s;
        if (limit > 0)
            sql += u" LIMIT %1"_s.arg(limit);
        backend().adapt(sql, binds);
        const auto found = backend().integerColumn(m_db, sql, binds, error);
        if (!found)
            return std::nullopt;
        ids = *found;
    } else {
        // By name (names matching the words first): the matches are read without ORDER BY and
        // put in order here by each record's place in the name order, which is read once and
        // kept until the table changes. SQLite's sorter took ~85 ms when a one-letter prefix
        // matched 100,000 locations; this takes ~15.
        const std::vector<qint64> *byName = nameOrder(kind, error);
        if (!byName)
            return std::nullopt;
        if (!query.hasWords() && query.conditions.isEmpty()) {
            ids = QList<qint64>(byName->cbegin(), byName->cend());
        } else {
            std::optional<QList<qint64>> found;
            QSet<qint64> inNames;
            // Names first. Where the engine can say of any row whether the words are in its names
            // (a server: a tsquery of the names' weight), the query that finds the matches says
            // it: asked apart, the names' query read every record of a broad prefix again (70 ms
            // for 100,000 locations). FTS5's column filter asks apart, quickly.
            const bool namesFirst = sort == RecordSort::Relevance && query.hasWords();
            if (namesFirst && !backend().tierNeedsTheMatch()) {
                const QList<int> names { 0 }; // the index's first column
                QVariantList binds = backend().tierBinds(fts, names, {}, { query.words });
                binds.append(backend().wordsBind(query.words));
                QString sql = u"SELECT %1 AS id, %2 AS tier FROM %3 WHERE %4"_s.arg(
                    backend().indexedId(fts), backend().relevanceTier(fts, names), fts,
                    backend().matches(fts));
                if (!query.conditions.isEmpty()) {
                    // The tier made before the join (OFFSET 0 keeps the planner from merging the
                    // two): joined first, each match's document went into the join's hash (1.6 KB
                    // a location, spilled to disk) for the tier to be made after it.
                    sql = u"SELECT f.id, f.tier FROM ("_s + sql
                        + u" OFFSET 0) f JOIN %1 r ON r.id = f.id WHERE "_s.arg(table)
                        + query.conditions.join(u" AND "_s);
                }
                binds += query.binds;
                backend().adapt(sql, binds);
                QList<qint64> matched;
                if (!backend().forEachRow(
                        m_db, sql, binds,
                        [&](const CatalogBackend::Row &row) {
                            matched.append(row.integer(0));
                            if (row.integer(1) == 0)
                                inNames.insert(matched.last());
                        },
                        error))
                    return std::nullopt;
                found = std::move(matched);
            } else if (query.conditions.isEmpty()) {
                found = backend().integerColumn(m_db, backend().matchingIds(fts),
                                                { backend().wordsBind(query.words) }, error);
            } else {
                QStringList where = query.conditions;
                QVariantList binds;
                if (query.hasWords()) {
                    where.prepend(u"r.id IN (%1)"_s.arg(backend().matchingIds(fts)));
                    binds.append(backend().wordsBind(query.words));
                }
                binds += query.binds;
                QString sql = u"SELECT r.id FROM %1 r WHERE %2"_s.arg(table, where.join(u" AND "_s));
                backend().adapt(sql, binds);
                found = backend().integerColumn(m_db, sql, binds, error);
            }
            if (!found)
                return std::nullopt;
            if (namesFirst && backend().tierNeedsTheMatch()) {
                const auto names =
                    backend().integerColumn(m_db, backend().matchingIdsIn(fts, u"names"_s),
                                            { backend().wordsBindIn(fts, u"names"_s, query.words) }, error);
                if (!names)
                    return std::nullopt;
                inNames = QSet<qint64>(names->cbegin(), names->cend());
            }
            const std::unordered_map<qint64, quint32> &rank = nameRanks(kind);
            std::vector<std::pair<quint64, qint64>> keyed;
            keyed.reserve(size_t(found->size()));
            for (const qint64 id : std::as_const(*found)) {
                const auto it = rank.find(id);
                const quint64 place = it == rank.end() ? 0xffffffffu : it->second;
                keyed.push_back(
                    { (quint64(inNames.isEmpty() || inNames.contains(id) ? 0 : 1) << 32) | place, id });
            }
            std::sort(keyed.begin(), keyed.end());
            ids.reserve(qsizetype(keyed.size()));
            for (const auto &entry : keyed)
                ids.append(entry.second);
        }
        if (limit > 0 && ids.size() > limit)
            ids.resize(limit);
    }
    QList<Hit> out;
    out.reserve(ids.size());
    for (const qint64 id : std::as_const(ids))
        out.append({ id, -1 });
    return out;
}

std::optional<QList<RecordStore::Hit>> RecordStore::among(const RecordQuery &query, const QList<Hit> &hits,
                                                          QString &error) const
{
    if (!query.errors.isEmpty()) {
        error = query.errors.join(u"; "_s);
        return std::nullopt;
    }
    if (query.conditions.isEmpty() || hits.isEmpty())
        return hits;
    QList<qint64> ids;
    ids.reserve(hits.size());
    for (const Hit &hit : hits)
        ids.append(hit.id);
    QString sql = u"SELECT r.id FROM %1 r WHERE {ids r.id} AND "_s.arg(RecordSchema::table(query.kind))
        + query.conditions.join(u" AND "_s);
    QVariantList binds { QVariant::fromValue(ids) };
    binds += query.binds;
    backend().adapt(sql, binds);
    const auto passing = backend().integerColumn(m_db, sql, binds, error);
    if (!passing)
        return std::nullopt;
    const QSet<qint64> pass(passing->cbegin(), passing->cend());
    QList<Hit> out;
    for (const Hit &hit : hits) {
        if (pass.contains(hit.id))
            out.append(hit);
    }
    return out;
}

quint64 RecordStore::changeStamp() const
{
    return backend().changeStamp(m_db);
}

std::optional<QList<RecordStore::Hit>> RecordStore::firstByName(const RecordQuery &query, RecordSort sort,
                                                                int count, int withinMs, QString &error) const
{
    error.clear();
    if (!query.errors.isEmpty() || query.isNear() || !query.hasWords() || count <= 0
        || (sort != RecordSort::Relevance && sort != RecordSort::Name))
        return std::nullopt;
    const QDeadlineTimer deadline(withinMs);
    const QString table = RecordSchema::table(query.kind);
    const QString fts = RecordSchema::ownerKind(query.kind) + u"_fts"_s;
    // The rows of `sql`, all of them within `ms` (-1: however long it takes), else false.
    const auto within = [&](const QString &sql, const QVariantList &binds, QList<qint64> &ids, qint64 ms) {
        bool finished = false;
        return ms != 0
            && backend().forEachRowWithin(m_db, sql, binds, int(std::min<qint64>(ms, INT_MAX)),
                                          [&](const CatalogBackend::Row &row) {
                                              ids.append(row.integer(0));
                                              return true;
                                          },
                                          finished, error, {})
            && finished;
    };
    QVariantList conditionBinds = query.binds;
    QString conditions;
    for (const QString &condition : query.conditions)
        conditions += u" AND "_s + condition;

    // Best match: those with every word in their names first, in name order, from the names' own
    // index (a server's is narrow, with the name order's key beside each: a sort of what it
    // found, a fifth of the documents' pages for a broad prefix). Always waited for: a sort of
    // what an index found, it takes less than the whole's own finding of the same.
    QList<qint64> named;
    if (sort == RecordSort::Relevance) {
        QVariantList binds { backend().wordsBindIn(fts, u"names"_s, query.words) };
        binds += conditionBinds;
        QString sql = backend().firstByNameIn(fts, u"names"_s, table, conditions, count);
        backend().adapt(sql, binds);
        if (!within(sql, binds, named, -1))
            return std::nullopt;
    }
    QList<Hit> hits;
    for (const qint64 id : std::as_const(named))
        hits.append({ id, -1 });
    if (hits.size() >= count)
        return hits;

    // The rest (or all, by name): a walk through the name order, testing each record's row,
    // past those already first. A server's index would find every match of a broad prefix before
    // it gave one; the walk reads a few hundred rows.
    const QSet<qint64> first(named.cbegin(), named.cend());
    QVariantList binds { backend().wordsBind(query.words) };
    binds += conditionBinds;
    QString sql = u"SELECT r.id"_s + backend().fromMatching(fts, table, u"r"_s) + u" WHERE "_s
        + backend().matchesRow(fts) + conditions + u" ORDER BY r.name_pinyin, r.id LIMIT %1"_s.arg(count);
    backend().adapt(sql, binds);
    QList<qint64> walked;
    if (!within(sql, binds, walked, deadline.remainingTime()))
        return std::nullopt;
    for (const qint64 id : std::as_const(walked)) {
        if (hits.size() < count && !first.contains(id))
            hits.append({ id, -1 });
    }
    if (hits.size() < count)
        return std::nullopt;
    return hits;
}

// The name order of a table, while the catalog is unchanged (for as long as this store lives:
// one that is kept, as the desktop app's reader keeps its own, reads it once).
struct RecordStore::NameOrder
{
    RecordKind kind = RecordKind::Location;
    quint64 stamp = 0;
    std::vector<qint64> ids;
    std::unordered_map<qint64, quint32> rank;
};

const std::vector<qint64> *RecordStore::nameOrder(RecordKind kind, QString &error) const
{
    const quint64 stamp = backend().recordsStamp(m_db, RecordSchema::table(kind));
    if (!m_nameOrder || m_nameOrder->kind != kind || m_nameOrder->stamp != stamp) {
        auto fresh = std::make_shared<NameOrder>();
        fresh->kind = kind;
        fresh->stamp = stamp;
        const auto ids = backend().integerColumn(
            m_db, u"SELECT id FROM %1 ORDER BY name_pinyin, id"_s.arg(RecordSchema::table(kind)), {}, error);
        if (!ids)
            return nullptr;
        fresh->ids.assign(ids->cbegin(), ids->cend());
        fresh->rank.reserve(fresh->ids.size());
        for (size_t i = 0; i < fresh->ids.size(); ++i)
            fresh->rank.emplace(fresh->ids[i], quint32(i));
        m_nameOrder = fresh;
    }
    return &m_nameOrder->ids;
}

const std::unordered_map<qint64, quint32> &RecordStore::nameRanks(RecordKind kind) const
{
    static const std::unordered_map<qint64, quint32> none;
    QString error;
    return m_nameOrder || nameOrder(kind, error) ? m_nameOrder->rank : none;
}

std::optional<QList<RecordStore::Hit>> RecordStore::near(const RecordQuery &query, Geo::LatLon centre,
                                                         QString &error) const
{
    const QString table = RecordSchema::table(query.kind);
    const QString geo = RecordSchema::ownerKind(query.kind) + u"_geo"_s;
    const QString fts = RecordSchema::ownerKind(query.kind) + u"_fts"_s;
    Geo::Box box = Geo::boxAround(centre, query.radiusKm);
    // R*Tree corners are 32-bit floats, rounded outwards: a little margin keeps edge points in.
    box.minLat -= 1e-5, box.maxLat += 1e-5, box.minLon -= 1e-5, box.maxLon += 1e-5;
    // The spatial index finds the points in the box; the circle is measured here.
    const QString inBox = backend().inBox(u"g"_s, box.wrapsLongitude);
    QVariantList binds { box.minLat, box.maxLat, box.minLon, box.maxLon };
    QStringList where = query.conditions;
    if (query.hasWords()) {
        where.prepend(u"r.id IN (%1)"_s.arg(backend().matchingIds(fts)));
        binds.append(backend().wordsBind(query.words));
    }
    binds += query.binds;
    QString sql =
        u"SELECT r.id, r.lat, r.lon FROM %1 g JOIN %2 r ON r.id = g.id WHERE %3"_s.arg(geo, table, inBox);
    if (!where.isEmpty())
        sql += u" AND "_s + where.join(u" AND "_s);
    backend().adapt(sql, binds);
    QList<Hit> hits;
    const bool ok = backend().forEachRow(
        m_db, sql, binds,
        [&](const CatalogBackend::Row &row) {
            const double km = Geo::distanceKm(centre, { row.real(1), row.real(2) });
            if (km <= query.radiusKm)
                hits.append({ row.integer(0), km });
        },
        error);
    if (!ok)
        return std::nullopt;
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.distanceKm != b.distanceKm ? a.distanceKm < b.distanceKm : a.id < b.id;
    });
    return hits;
}

std::optional<QList<RecordStore::Hit>> RecordStore::assetsNear(Geo::LatLon centre, double radiusKm,
                                                               QString &error) const
{
    Geo::Box box = Geo::boxAround(centre, radiusKm);
    box.minLat -= 1e-5, box.maxLat += 1e-5, box.minLon -= 1e-5, box.maxLon += 1e-5;
    const QString inBox = backend().inBox(u"g"_s, box.wrapsLongitude);
    QList<Hit> hits;
    // The spatial index finds them; the distance is the asset's own coordinates' (the index's
    // columns differ: an R*Tree's box, a point).
    if (!backend().forEachRow(
            m_db,
            u"SELECT a.id, a.gps_lat, a.gps_lon FROM asset_geo g JOIN assets a ON a.id = g.id WHERE "_s
                + inBox,
            { box.minLat, box.maxLat, box.minLon, box.maxLon },
            [&](const CatalogBackend::Row &row) {
                const double km = Geo::distanceKm(centre, { row.real(1), row.real(2) });
                if (km <= radiusKm)
                    hits.append({ row.integer(0), km });
            },
            error))
        return std::nullopt;
    // Nearest first; assets filmed at one spot by id, not as the index happens to give them.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.distanceKm != b.distanceKm ? a.distanceKm < b.distanceKm : a.id < b.id;
    });
    return hits;
}

std::optional<RecordStore::Snapshot> RecordStore::snapshot(RecordKind kind, qint64 id, QString &error) const
{
    Snapshot out;
    out.kind = kind;
    const auto record = get(kind, id);
    if (!record) {
        error = tr("it is no longer in the catalog");
        return std::nullopt;
    }
    out.record = *record;
    if (kind == RecordKind::Location) {
        const auto linked = Sql::ids(m_db, u"SELECT id FROM assets WHERE location_id = ?"_s, { id }, error);
        if (!linked)
            return std::nullopt;
        out.linkedAssets = *linked;
        auto query =
            Sql::select(m_db,
                        u"SELECT production_id, status, notes, sort_order FROM production_candidates "
                        "WHERE location_id = ?"_s,
                        { id }, error);
        if (!query)
            return std::nullopt;
        while (query->next())
            out.candidacies.append({ query->value(0), query->value(1), query->value(2), query->value(3) });
    } else if (kind == RecordKind::Expert) {
        auto query = Sql::select(
            m_db, u"SELECT production_id, role FROM production_experts WHERE expert_id = ?"_s, { id }, error);
        if (!query)
            return std::nullopt;
        while (query->next())
            out.roles.append({ query->value(0), query->value(1) });
    }
    return out;
}

bool RecordStore::restore(const Snapshot &snapshot, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QList<RecordProblem> problems;
    const auto id = save(snapshot.kind, snapshot.record, problems, error);
    if (!id)
        return false;
    for (const QVariantList &role : snapshot.roles) {
        if (!Sql::exec(m_db,
                       u"INSERT INTO production_experts (production_id, expert_id, role) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING"_s,
                       { role.at(0), *id, role.at(1) }, error))
            return false;
    }
    if (!snapshot.linkedAssets.isEmpty()
        && !AssetStore(m_db).setField(snapshot.linkedAssets, u"location_id"_s, *id, error))
        return false;
    for (const QVariantList &candidacy : snapshot.candidacies) {
        if (!Sql::exec(
                m_db,
                u"INSERT INTO production_candidates (production_id, location_id, status, notes, sort_order) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                { candidacy.at(0), *id, candidacy.at(1), candidacy.at(2), candidacy.at(3) }, error))
            return false;
    }
    return true;
}
