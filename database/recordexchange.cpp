#include "recordexchange.h"

#include "catalogbackend.h"
#include "csvfile.h"
#include "recordstore.h"
#include "sql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using Type = RecordField::Type;

const QStringList &contactKeys()
{
    static const QStringList keys { u"name"_s,   u"role"_s,    u"phone"_s, u"email"_s,
                                    u"wechat"_s, u"address"_s, u"notes"_s, u"confidential"_s };
    return keys;
}

// Headings spreadsheets kept by offices use, mapped to keys (contact ones to the first contact).
const QHash<QString, QString> &headingAliases()
{
    static const QHash<QString, QString> aliases {
        { u"名称"_s, u"name_zh"_s },
        { u"名字"_s, u"name_zh"_s },
        { u"姓名"_s, u"name_zh"_s },
        { u"中文名"_s, u"name_zh"_s },
        { u"中文名称"_s, u"name_zh"_s },
        { u"场景名称"_s, u"name_zh"_s },
        { u"外景地名称"_s, u"name_zh"_s },
        { u"英文名"_s, u"name_en"_s },
        { u"英文名称"_s, u"name_en"_s },
        { u"english name"_s, u"name_en"_s },
        { u"name"_s, u"name_en"_s },
        { u"别名"_s, u"aliases"_s },
        { u"编号"_s, u"code"_s },
        { u"类别"_s, u"category"_s },
        { u"分类"_s, u"category"_s },
        { u"内外景"_s, u"setting"_s },
        { u"年代"_s, u"eras"_s },
        { u"标签"_s, u"tags"_s },
        { u"省"_s, u"province"_s },
        { u"省份"_s, u"province"_s },
        { u"市"_s, u"city"_s },
        { u"城市"_s, u"city"_s },
        { u"区"_s, u"district"_s },
        { u"区县"_s, u"district"_s },
        { u"地址"_s, u"address"_s },
        { u"经度"_s, u"lon"_s },
        { u"纬度"_s, u"lat"_s },
        { u"longitude"_s, u"lon"_s },
        { u"latitude"_s, u"lat"_s },
        { u"lng"_s, u"lon"_s },
        { u"坐标"_s, u"coordinates"_s },
        { u"经纬度"_s, u"coordinates"_s },
        { u"坐标系"_s, u"datum"_s },
        { u"简介"_s, u"description"_s },
        { u"描述"_s, u"description"_s },
        { u"介绍"_s, u"description"_s },
        { u"状态"_s, u"status"_s },
        { u"费用"_s, u"fee"_s },
        { u"单位"_s, u"organisation"_s },
        { u"职称"_s, u"title"_s },
        { u"专长"_s, u"expertise"_s },
        { u"语言"_s, u"languages"_s },
        { u"联系人"_s, u"contact1_name"_s },
        { u"职务"_s, u"contact1_role"_s },
        { u"电话"_s, u"contact1_phone"_s },
        { u"联系电话"_s, u"contact1_phone"_s },
        { u"手机"_s, u"contact1_phone"_s },
        { u"phone"_s, u"contact1_phone"_s },
        { u"邮箱"_s, u"contact1_email"_s },
        { u"电子邮件"_s, u"contact1_email"_s },
        { u"email"_s, u"contact1_email"_s },
        { u"e-mail"_s, u"contact1_email"_s },
        { u"微信"_s, u"contact1_wechat"_s },
        { u"contact_name"_s, u"contact1_name"_s },
        { u"contact_phone"_s, u"contact1_phone"_s },
        { u"contact_email"_s, u"contact1_email"_s },
    };
    return aliases;
}

// The key a CSV heading stands for, or empty.
QString keyForHeading(RecordKind kind, const QString &heading)
{
    const QString h = heading.trimmed();
    const QString lower = h.toLower();
    static const QRegularExpression contact(u"^contact(\\d+)_([a-z]+)$"_s);
    if (const auto m = contact.match(lower); m.hasMatch() && contactKeys().contains(m.captured(2)))
        return lower;
    if (lower == "id"_L1 || lower == "coordinates"_L1 || lower == "datum"_L1 || lower == "confidential"_L1)
        return lower;
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (field.type == Type::Contacts)
            continue;
        if (field.key == lower || QString::fromUtf8(field.label).compare(h, Qt::CaseInsensitive) == 0
            || field.labelText() == h)
            return field.key;
    }
    const QString alias = headingAliases().value(lower);
    if (alias.isEmpty())
        return {};
    if (alias.startsWith("contact"_L1) || alias == "coordinates"_L1 || alias == "datum"_L1)
        return alias;
    if (alias == "category"_L1 && kind == RecordKind::Facility)
        return u"service_type"_s;
    return RecordSchema::field(kind, alias) ? alias : QString();
}

QString cellText(const RecordField &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (field.type) {
    case Type::Number:
        return QString::number(value.toDouble(), 'g', 12);
    case Type::Bool:
        return value.toBool() ? u"yes"_s : u"no"_s;
    case Type::List: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(u"; "_s);
    }
    default:
        return value.toString();
    }
}

// A CSV row as a record: cells by key; contactN_* gathered into contacts. Empty cells are
// null (they clear the field on an update).
QJsonObject recordFromCells(const QStringList &keys, const QStringList &cells)
{
    QJsonObject record;
    QMap<int, QJsonObject> contacts;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        if (key.isEmpty())
            continue;
        const QString cell = cells.value(i).trimmed();
        static const QRegularExpression contact(u"^contact(\\d+)_([a-z]+)$"_s);
        if (const auto m = contact.match(key); m.hasMatch()) {
            if (!cell.isEmpty())
                contacts[m.captured(1).toInt()].insert(m.captured(2), cell);
            continue;
        }
        if (key == "id"_L1) {
            if (!cell.isEmpty())
                record.insert(key, cell.toLongLong());
            continue;
        }
        record.insert(key, cell.isEmpty() ? QJsonValue() : QJsonValue(cell));
    }
    if (!contacts.isEmpty() || keys.contains(u"contact1_name"_s) || keys.contains(u"contact1_phone"_s)) {
        QJsonArray list;
        for (const QJsonObject &contact : std::as_const(contacts))
            list.append(contact);
        record.insert(u"contacts"_s, list);
    }
    return record;
}

// A contact as people know them: the name, else the phone, else the e-mail, else the WeChat id.
QString contactName(const QJsonObject &contact)
{
    for (const char *key : { "name", "phone", "email", "wechat" }) {
        if (const QString value = contact.value(QLatin1StringView(key)).toString().simplified();
            !value.isEmpty())
            return value;
    }
    return {};
}

// To tell the same person in the catalog and in a file.
QString contactIdentity(const QJsonObject &contact)
{
    return contactName(contact).toLower();
}

// What saving `after` (normalized) would make public that `before` (the stored record, or none
// for a new one, whose defaults apply) keeps confidential.
QStringList madePublic(RecordKind kind, const std::optional<QJsonObject> &before, const QJsonObject &after)
{
    const auto marks = [kind](const QJsonValue &value) {
        if (!value.isArray())
            return RecordSchema::defaultConfidential(kind);
        QStringList keys;
        for (const QJsonValue &key : value.toArray())
            keys.append(key.toString());
        return keys;
    };
    const QStringList was = marks(before ? before->value("confidential"_L1) : QJsonValue());
    const QStringList will = after.contains("confidential"_L1) ? marks(after.value("confidential"_L1)) : was;
    QStringList out;
    for (const QString &key : was) {
        if (!will.contains(key)) {
            const RecordField *field = RecordSchema::field(kind, key);
            out.append(field ? field->labelText() : key);
        }
    }
    // Contacts: one public after that was not public before (a new one, or one confidential now).
    QSet<QString> publicBefore;
    for (const QJsonValue &contact : before ? before->value("contacts"_L1).toArray() : QJsonArray()) {
        if (!contact.toObject().value("confidential"_L1).toBool(true))
            publicBefore.insert(contactIdentity(contact.toObject()));
    }
    for (const QJsonValue &item : after.value("contacts"_L1).toArray()) {
        const QJsonObject contact = item.toObject();
        if (!contact.value("confidential"_L1).toBool(true)
            && !publicBefore.contains(contactIdentity(contact)))
            out.append(RecordExchange::tr("the contact %1").arg(contactName(contact)));
    }
    return out;
}

} // namespace

QString RecordExchange::Row::name() const
{
    return RecordSchema::displayName(record);
}

int RecordExchange::Preview::inserts() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row &r) { return r.action == Row::Action::Insert; }));
}

int RecordExchange::Preview::updates() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row &r) { return r.action == Row::Action::Update; }));
}

int RecordExchange::Preview::madePublic() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return !r.madePublic.isEmpty(); }));
}

int RecordExchange::Preview::invalid() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row &r) { return r.action == Row::Action::Invalid; }));
}

std::optional<RecordExchange::Format> RecordExchange::formatFor(const QString &nameOrPath)
{
    const QString lower = nameOrPath.toLower();
    const QString suffix = QFileInfo(lower).suffix();
    if (lower == "csv"_L1 || suffix == "csv"_L1 || suffix == "txt"_L1)
        return Format::Csv;
    if (lower == "json"_L1 || suffix == "json"_L1)
        return Format::Json;
    return std::nullopt;
}

QStringList RecordExchange::csvHeader(RecordKind kind, int contactGroups, bool includeConfidential)
{
    // A redacted export has no column at all for what may be confidential: an empty column
    // would clear the stored fee when the file is imported back.
    QStringList header { u"id"_s };
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (field.type != Type::Contacts && (includeConfidential || !field.confidential))
            header.append(field.key);
    }
    // A full backup says what is confidential, so that importing it keeps the marks.
    if (includeConfidential)
        header.append(u"confidential"_s);
    for (int group = 1; group <= contactGroups; ++group) {
        for (const QString &key : contactKeys())
            header.append(u"contact%1_%2"_s.arg(group).arg(key));
    }
    return header;
}

QStringList RecordExchange::csvRow(RecordKind kind, const QJsonObject &record, int contactGroups,
                                   bool includeConfidential)
{
    QStringList row { QString::number(record.value("id"_L1).toInteger()) };
    for (const RecordField &field : RecordSchema::fields(kind)) {
        if (field.type != Type::Contacts && (includeConfidential || !field.confidential))
            row.append(cellText(field, record.value(field.key)));
    }
    if (includeConfidential) {
        QStringList marks;
        for (const QJsonValue &key : record.value("confidential"_L1).toArray())
            marks.append(key.toString());
        row.append(marks.isEmpty() ? u"none"_s : marks.join(u"; "_s));
    }
    const QJsonArray contacts = record.value("contacts"_L1).toArray();
    for (int group = 0; group < contactGroups; ++group) {
        const QJsonObject contact = contacts.at(group).toObject();
        for (const QString &key : contactKeys()) {
            const QJsonValue value = contact.value(key);
            row.append(key == "confidential"_L1
                           ? (group < contacts.size() ? (value.toBool(true) ? u"yes"_s : u"no"_s) : QString())
                           : value.toString());
        }
    }
    return row;
}

QJsonObject RecordExchange::exported(RecordKind kind, const QJsonObject &record, bool includeConfidential)
{
    return includeConfidential ? record : RecordSchema::redacted(kind, record);
}

std::optional<QByteArray> RecordExchange::exportRecords(QSqlDatabase db, const RecordQuery &query,
                                                        Format format, bool includeConfidential,
                                                        bool byteOrderMark, QString &error, int *count)
{
    const RecordStore store(db);
    const auto hits = store.search(query, RecordSort::Name, 0, error);
    if (!hits)
        return std::nullopt;
    QList<QJsonObject> records;
    int contactGroups = 0;
    for (const RecordStore::Hit &hit : *hits) {
        if (const auto record = store.get(query.kind, hit.id)) {
            records.append(exported(query.kind, *record, includeConfidential));
            contactGroups =
                std::max(contactGroups, int(records.last().value("contacts"_L1).toArray().size()));
        }
    }
    if (count)
        *count = int(records.size());
    QByteArray out;
    if (format == Format::Csv) {
        if (byteOrderMark)
            out += "\xEF\xBB\xBF";
        out += Csv::line(csvHeader(query.kind, contactGroups, includeConfidential));
        for (const QJsonObject &record : std::as_const(records))
            out += Csv::line(csvRow(query.kind, record, contactGroups, includeConfidential));
        return out;
    }
    QJsonArray array;
    for (const QJsonObject &record : std::as_const(records))
        array.append(record);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

RecordExchange::Preview RecordExchange::preview(QSqlDatabase db, RecordKind kind, const QByteArray &data,
                                                Format format)
{
    Preview out;
    out.kind = kind;
    QList<std::pair<int, QJsonObject>> raw; // line, record as in the file
    if (format == Format::Csv) {
        QString error;
        const auto table = Csv::read(data, error);
        if (!table) {
            out.error = tr("not a CSV file: %1").arg(error);
            return out;
        }
        out.encoding = table->encoding;
        QStringList keys;
        for (const QString &heading : table->header) {
            const QString key = keyForHeading(kind, heading);
            if (key.isEmpty() && !heading.isEmpty())
                out.ignoredColumns.append(heading);
            keys.append(keys.contains(key) ? QString() : key);
        }
        bool named = false;
        for (const QString &key : std::as_const(keys))
            named = named || key == "name_zh"_L1 || key == "name_en"_L1 || key == "id"_L1 || key == "code"_L1;
        if (!named) {
            out.error = tr("the first row must name the columns; none of \"%1\" is a name, code or id column")
                            .arg(table->header.join(u", "_s));
            return out;
        }
        for (qsizetype i = 0; i < table->rows.size(); ++i)
            raw.append({ table->lines.at(i), recordFromCells(keys, table->rows.at(i)) });
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            out.error =
                tr("not a JSON file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
            return out;
        }
        QJsonArray items = document.array();
        if (document.isObject()) {
            const QJsonObject root = document.object();
            items = root.value(RecordSchema::table(kind)).toArray();
            if (items.isEmpty() && (root.contains("name_zh"_L1) || root.contains("name_en"_L1)))
                items = { root };
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                Row row;
                row.line = int(i + 1);
                row.action = Row::Action::Invalid;
                row.problems.append(tr("item %1 is not an object").arg(i + 1));
                out.rows.append(row);
                continue;
            }
            raw.append({ int(i + 1), items.at(i).toObject() });
        }
    }

    RecordStore store(db);
    const auto tables = store.choices(kind);
    QHash<QString, int> codeLines;
    for (const auto &entry : std::as_const(raw)) {
        // Not a structured binding: clang before 16 cannot capture one in a lambda (given, below).
        const int line = entry.first;
        const QJsonObject &input = entry.second;
        Row row;
        row.line = line;
        // The record it updates: by id, else by code.
        std::optional<qint64> existing;
        if (const qint64 id = input.value("id"_L1).toInteger(0); id > 0)
            existing = store.idFor(kind, u"#%1"_s.arg(id));
        const QString code = input.value("code"_L1).toString().trimmed();
        if (!existing && !code.isEmpty() && kind != RecordKind::Expert)
            existing = store.idFor(kind, code);
        QJsonObject merged;
        if (existing) {
            merged = store.get(kind, *existing).value_or(QJsonObject());
            // Coordinates from the file replace the stored ones whole (in the file's datum);
            // a datum without coordinates in the row has nothing to convert.
            const auto given = [&](const char *key) {
                const QJsonValue v = input.value(QLatin1StringView(key));
                return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().trimmed().isEmpty());
            };
            const bool position = given("coordinates") || given("lat") || given("lon");
            if (position) {
                merged.remove(u"lat"_s);
                merged.remove(u"lon"_s);
            }
            for (auto it = input.begin(); it != input.end(); ++it) {
                if (it.key() == "datum"_L1 && !position)
                    continue;
                // An empty "confidential" cell says nothing: the stored marks stay.
                if (it.key() == "confidential"_L1
                    && (it.value().isNull()
                        || (it.value().isString() && it.value().toString().trimmed().isEmpty())))
                    continue;
                if (it.key() == "contacts"_L1) {
                    // The contacts of the file, and the stored confidential ones the file could
                    // not hold (a redacted export): an export edited and imported back keeps them.
                    QJsonArray contacts = it.value().toArray();
                    const QJsonArray read =
                        RecordSchema::normalized(kind, { { u"contacts"_s, contacts } }, {})
                            .value("contacts"_L1)
                            .toArray();
                    const bool fileHasConfidential =
                        std::any_of(read.cbegin(), read.cend(), [](const QJsonValue &c) {
                            return c.toObject().value("confidential"_L1).toBool(true);
                        });
                    if (!fileHasConfidential) {
                        for (const QJsonValue &stored : merged.value("contacts"_L1).toArray()) {
                            if (stored.toObject().value("confidential"_L1).toBool(true))
                                contacts.append(stored);
                        }
                    }
                    merged.insert(it.key(), contacts);
                    continue;
                }
                merged.insert(it.key(), it.value());
            }
            merged.insert(u"id"_s, *existing);
            row.existingId = *existing;
            row.action = Row::Action::Update;
        } else {
            merged = input;
            // Ids of another catalog mean nothing here: the record's, its cover's, its photo's.
            for (const char *key : { "id", "cover_asset_id", "photo_asset_id", "asset_count", "name_pinyin" })
                merged.remove(QLatin1StringView(key));
        }
        row.record = RecordSchema::normalized(kind, merged, tables);
        for (const RecordProblem &problem : RecordSchema::validate(kind, row.record, tables))
            row.problems.append(problem.message);
        row.madePublic = madePublic(kind, existing ? store.get(kind, *existing) : std::nullopt, row.record);
        if (!code.isEmpty()) {
            if (const int other = codeLines.value(code.toLower()); other > 0)
                row.problems.append(tr("the code %1 is also on line %2").arg(code).arg(other));
            codeLines.insert(code.toLower(), line);
            if (existing) {
                const auto holder = store.idFor(kind, code);
                if (holder && *holder != *existing)
                    row.problems.append(tr("the code %1 belongs to another record").arg(code));
            }
        }
        if (!row.problems.isEmpty())
            row.action = Row::Action::Invalid;
        out.rows.append(row);
    }
    if (out.rows.isEmpty() && out.error.isEmpty())
        out.error = tr("the file holds no records");
    return out;
}

bool RecordExchange::commit(QSqlDatabase db, const Preview &preview, QString &error, QList<qint64> *ids)
{
    if (!preview.error.isEmpty()) {
        error = preview.error;
        return false;
    }
    if (preview.invalid() > 0) {
        error = tr("%n row(s) have problems; nothing was imported", nullptr, preview.invalid());
        return false;
    }
    if (preview.madePublic() > 0 && !preview.allowPublic) {
        error = tr("%n row(s) would make confidential fields or contacts public; nothing was imported "
                   "without consent",
                   nullptr, preview.madePublic());
        return false;
    }
    // A savepoint, nested in the writer's batch in the desktop app, or in a transaction of its
    // own from the command line (PostgreSQL has no savepoint outside one; its commit makes the
    // search columns). Either way all rows or none.
    std::optional<Sql::Transaction> own;
    if (!CatalogBackend::of(db).inTransaction(db)) {
        own.emplace(db);
        if (!own->isOpen()) {
            error = own->error();
            return false;
        }
    }
    QSqlQuery transaction(db);
    if (!transaction.exec(u"SAVEPOINT record_import"_s)) {
        error = transaction.lastError().text();
        return false;
    }
    RecordStore store(db);
    QList<qint64> written;
    for (const Row &row : preview.rows) {
        QList<RecordProblem> problems;
        QString rowError;
        const auto id = store.save(preview.kind, row.record, problems, rowError);
        if (!id) {
            error = tr("line %1 (%2): %3; nothing was imported").arg(row.line).arg(row.name(), rowError);
            transaction.exec(u"ROLLBACK TO record_import"_s);
            transaction.exec(u"RELEASE record_import"_s);
            return false;
        }
        written.append(*id);
    }
    if (!transaction.exec(u"RELEASE record_import"_s)) {
        error = transaction.lastError().text();
        transaction.exec(u"ROLLBACK TO record_import"_s);
        transaction.exec(u"RELEASE record_import"_s);
        return false;
    }
    transaction.finish();
    if (own && !own->commit(error))
        return false;
    if (ids)
        *ids = written;
    return true;
}
