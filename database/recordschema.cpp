#include "recordschema.h"

#include "geo.h"
#include "tagstore.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Type = RecordField::Type;

// Sections of the editors (context "RecordField").
constexpr const char *kIdentity = QT_TRANSLATE_NOOP("RecordField", "Name and kind");
constexpr const char *kPlace = QT_TRANSLATE_NOOP("RecordField", "Place");
constexpr const char *kAbout = QT_TRANSLATE_NOOP("RecordField", "Description");
constexpr const char *kLogistics = QT_TRANSLATE_NOOP("RecordField", "Shooting conditions");
constexpr const char *kPermits = QT_TRANSLATE_NOOP("RecordField", "Permits and fees");
constexpr const char *kContacts = QT_TRANSLATE_NOOP("RecordField", "Contacts");
constexpr const char *kReview = QT_TRANSLATE_NOOP("RecordField", "Review");

RecordField f(const char *key, Type type, const char *label, const char *section, QString filter = {},
              QString unit = {})
{
    RecordField field;
    field.key = QString::fromLatin1(key);
    field.type = type;
    field.label = label;
    field.section = section;
    field.filter = std::move(filter);
    field.unit = std::move(unit);
    return field;
}

RecordField confidential(RecordField field)
{
    field.confidential = true;
    return field;
}

QList<RecordField> placeFields()
{
    return {
        f("province", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Province"), kPlace, u"province"_s),
        f("city", Type::Text, QT_TRANSLATE_NOOP("RecordField", "City"), kPlace, u"city"_s),
        f("district", Type::Text, QT_TRANSLATE_NOOP("RecordField", "District"), kPlace),
        f("address", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Address"), kPlace),
        f("lat", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Latitude (WGS-84)"), kPlace, {}, u"°"_s),
        f("lon", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Longitude (WGS-84)"), kPlace, {}, u"°"_s),
    };
}

QList<RecordField> reviewFields(bool verified)
{
    QList<RecordField> out {
        f("status", Type::Choice, QT_TRANSLATE_NOOP("RecordField", "Review status"), kReview, u"status"_s),
    };
    if (verified)
        out.append(
            f("last_verified_at", Type::Date, QT_TRANSLATE_NOOP("RecordField", "Last verified"), kReview));
    return out;
}

QList<RecordField> locationFields()
{
    QList<RecordField> out {
        f("code", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Code"), kIdentity, u"code"_s),
        f("name_zh", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (Chinese)"), kIdentity),
        f("name_en", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (English)"), kIdentity),
        f("aliases", Type::List, QT_TRANSLATE_NOOP("RecordField", "Other names"), kIdentity),
        f("category", Type::Choice, QT_TRANSLATE_NOOP("RecordField", "Category"), kIdentity, u"category"_s),
        f("setting", Type::Choice, QT_TRANSLATE_NOOP("RecordField", "Interior / exterior"), kIdentity,
          u"setting"_s),
        f("eras", Type::List, QT_TRANSLATE_NOOP("RecordField", "Eras it can portray"), kIdentity, u"era"_s),
        f("tags", Type::List, QT_TRANSLATE_NOOP("RecordField", "Tags"), kIdentity, u"tag"_s),
    };
    out += placeFields();
    out += {
        f("description", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Description"), kAbout),
        f("history", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "History"), kAbout),
        f("best_season", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Best season"), kAbout, u"season"_s),
        f("best_light", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Best light"), kAbout),
        f("filmed", Type::List, QT_TRANSLATE_NOOP("RecordField", "Productions filmed here"), kAbout,
          u"filmed"_s),
        f("notes", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Notes"), kAbout),
        f("area_m2", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Area"), kLogistics, {}, u"m²"_s),
        f("ceiling_height_m", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Ceiling height"), kLogistics,
          {}, u"m"_s),
        f("truck_parking", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Parking for trucks"), kLogistics),
        f("power", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Power"), kLogistics),
        f("toilets", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Toilets"), kLogistics),
        f("base_camp", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Base camp"), kLogistics),
        f("lodging_nearby", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Lodging nearby"), kLogistics),
        f("transport_distance_km", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Distance to transport"),
          kLogistics, {}, u"km"_s),
        f("transport_notes", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Transport"), kLogistics),
        f("owner_type", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Owner"), kPermits),
        f("approvals", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Approvals needed"), kPermits),
        f("drone_rules", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Drone rules"), kPermits),
        confidential(f("fee", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Fee"), kPermits)),
        f("contacts", Type::Contacts, QT_TRANSLATE_NOOP("RecordField", "Contacts"), kContacts),
    };
    out += reviewFields(true);
    return out;
}

QList<RecordField> facilityFields()
{
    QList<RecordField> out {
        f("code", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Code"), kIdentity, u"code"_s),
        f("name_zh", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (Chinese)"), kIdentity),
        f("name_en", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (English)"), kIdentity),
        f("aliases", Type::List, QT_TRANSLATE_NOOP("RecordField", "Other names"), kIdentity),
        f("service_type", Type::Choice, QT_TRANSLATE_NOOP("RecordField", "Service type"), kIdentity,
          u"type"_s),
    };
    out += placeFields();
    out += {
        f("description", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Description"), kAbout),
        f("equipment", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Equipment"), kAbout),
        f("capacity", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Capacity"), kAbout),
        f("website", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Website"), kAbout),
        f("notes", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Notes"), kAbout),
        f("stage_area_m2", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Stage area"), kLogistics, {},
          u"m²"_s),
        f("grid_height_m", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Grid height"), kLogistics, {},
          u"m"_s),
        f("ceiling_height_m", Type::Number, QT_TRANSLATE_NOOP("RecordField", "Ceiling height"), kLogistics,
          {}, u"m"_s),
        f("power", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Power"), kLogistics),
        f("truck_parking", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Parking for trucks"), kLogistics),
        confidential(f("rates", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Rates"), kPermits)),
        f("contacts", Type::Contacts, QT_TRANSLATE_NOOP("RecordField", "Contacts"), kContacts),
    };
    out += reviewFields(true);
    return out;
}

QList<RecordField> expertFields()
{
    QList<RecordField> out {
        f("name_zh", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (Chinese)"), kIdentity),
        f("name_en", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Name (English)"), kIdentity),
        f("organisation", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Organisation"), kIdentity),
        f("title", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Job title"), kIdentity),
        f("expertise", Type::List, QT_TRANSLATE_NOOP("RecordField", "Fields of expertise"), kIdentity,
          u"expertise"_s),
        f("languages", Type::List, QT_TRANSLATE_NOOP("RecordField", "Languages"), kIdentity, u"lang"_s),
        f("province", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Province"), kPlace, u"province"_s),
        f("city", Type::Text, QT_TRANSLATE_NOOP("RecordField", "City"), kPlace, u"city"_s),
        f("district", Type::Text, QT_TRANSLATE_NOOP("RecordField", "District"), kPlace),
        f("representative_works", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Representative works"),
          kAbout),
        f("availability", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Availability"), kAbout),
        f("notes", Type::LongText, QT_TRANSLATE_NOOP("RecordField", "Notes"), kAbout),
        confidential(f("fee_range", Type::Text, QT_TRANSLATE_NOOP("RecordField", "Fee range"), kPermits)),
        f("contacts", Type::Contacts, QT_TRANSLATE_NOOP("RecordField", "Contacts"), kContacts),
        f("consent_to_publish", Type::Bool, QT_TRANSLATE_NOOP("RecordField", "Consents to publication"),
          kReview, u"consent"_s),
    };
    out += reviewFields(false);
    return out;
}

// What differs between the kinds of record, in one place: read by fields(), table(),
// ownerKind(), kindName(), kindNamed() and hasCoordinates().
struct KindDescription
{
    RecordKind kind;
    QString table; // locations, facilities, experts
    QString ownerKind; // contacts.owner_kind
    const char *name; // for people; context "RecordSchema"
    QStringList names; // what kindNamed() reads: singular, plural, Chinese, the Chinese collection
    bool hasCoordinates;
    QList<RecordField> (*fields)();
};

const QList<KindDescription> &kinds()
{
    static const QList<KindDescription> list {
        { RecordKind::Location,
          u"locations"_s,
          u"location"_s,
          QT_TRANSLATE_NOOP("RecordSchema", "location"),
          { u"location"_s, u"locations"_s, u"外景地"_s, u"外景地库"_s },
          true,
          locationFields },
        { RecordKind::Facility,
          u"facilities"_s,
          u"facility"_s,
          QT_TRANSLATE_NOOP("RecordSchema", "facility"),
          { u"facility"_s, u"facilities"_s, u"拍摄资源"_s, u"拍摄资源库"_s },
          true,
          facilityFields },
        { RecordKind::Expert,
          u"experts"_s,
          u"expert"_s,
          QT_TRANSLATE_NOOP("RecordSchema", "expert"),
          { u"expert"_s, u"experts"_s, u"专家"_s, u"专家库"_s },
          false,
          expertFields },
    };
    return list;
}

qsizetype indexOf(RecordKind kind)
{
    const QList<KindDescription> &all = kinds();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).kind == kind)
            return i;
    }
    return 0; // not reached: every kind is described
}

const KindDescription &described(RecordKind kind)
{
    return kinds().at(indexOf(kind));
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 12);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    QString t = value.toString().trimmed().toLower();
    static const QRegularExpression unit(u"\\s*(m²|m2|sqm|平方米|平米|km|公里|千米|m|米|°|度)$"_s);
    t.remove(unit);
    t.remove(u',').remove(u'，');
    bool ok = false;
    const double d = t.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
}

std::optional<QDate> date(const QString &raw)
{
    const QString t = raw.trimmed();
    static const QRegularExpression pattern(
        u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:[T ].*)?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? std::optional(d) : std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString t = value.toString().trimmed().toLower();
    static const QStringList yes { u"yes"_s,  u"y"_s,  u"true"_s, u"1"_s, u"是"_s,
                                   u"同意"_s, u"有"_s, u"√"_s,    u"✓"_s };
    static const QStringList no {
        u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"否"_s, u"不同意"_s, u"无"_s, u"×"_s
    };
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QJsonArray list(const QJsonValue &value)
{
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            items.append(text(item));
    } else {
        static const QRegularExpression separators(u"[;；、|\\n，,]"_s);
        items = text(value).split(separators);
    }
    QJsonArray out;
    QStringList seen;
    for (QString item : std::as_const(items)) {
        item = item.simplified();
        if (!item.isEmpty() && !seen.contains(item)) {
            seen.append(item);
            out.append(item);
        }
    }
    return out;
}

const RecordChoice *choiceFor(const QList<RecordChoice> &choices, const QString &raw)
{
    const QString t = raw.trimmed();
    for (const RecordChoice &choice : choices) {
        if (choice.code.compare(t, Qt::CaseInsensitive) == 0 || choice.nameZh == t
            || choice.nameEn.compare(t, Qt::CaseInsensitive) == 0)
            return &choice;
    }
    return nullptr;
}

QList<RecordChoice> choicesFor(const RecordField &field, const QHash<QString, QList<RecordChoice>> &tables)
{
    if (field.key == "setting"_L1)
        return RecordSchema::settings();
    if (field.key == "status"_L1)
        return RecordSchema::statuses();
    return tables.value(field.key);
}

QString trimmed(const QString &value, bool paragraphs)
{
    if (!paragraphs)
        return value.simplified();
    QString out = value;
    out.replace(u"\r\n"_s, u"\n"_s);
    return out.trimmed();
}

} // namespace

QString RecordChoice::name() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

QString RecordField::labelText() const
{
    return QCoreApplication::translate("RecordField", label);
}

QString RecordField::sectionText() const
{
    return QCoreApplication::translate("RecordField", section);
}

const QList<RecordField> &RecordSchema::fields(RecordKind kind)
{
    static const QList<QList<RecordField>> lists = [] {
        QList<QList<RecordField>> out;
        for (const KindDescription &description : kinds())
            out.append(description.fields());
        return out;
    }();
    return lists.at(indexOf(kind));
}

const RecordField *RecordSchema::field(RecordKind kind, const QString &key)
{
    for (const RecordField &candidate : fields(kind)) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QString RecordSchema::table(RecordKind kind)
{
    return described(kind).table;
}

QString RecordSchema::ownerKind(RecordKind kind)
{
    return described(kind).ownerKind;
}

QString RecordSchema::kindName(RecordKind kind)
{
    return tr(described(kind).name);
}

std::optional<RecordKind> RecordSchema::kindNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const KindDescription &description : kinds()) {
        if (description.names.contains(n))
            return description.kind;
    }
    return std::nullopt;
}

bool RecordSchema::hasCoordinates(RecordKind kind)
{
    return described(kind).hasCoordinates;
}

const QList<RecordChoice> &RecordSchema::settings()
{
    static const QList<RecordChoice> list { { u"interior"_s, u"内景"_s, u"Interior"_s },
                                            { u"exterior"_s, u"外景"_s, u"Exterior"_s },
                                            { u"both"_s, u"内外景"_s, u"Interior and exterior"_s } };
    return list;
}

const QList<RecordChoice> &RecordSchema::statuses()
{
    static const QList<RecordChoice> list { { u"review"_s, u"待审核"_s, u"To review"_s },
                                            { u"public"_s, u"公开"_s, u"Public"_s },
                                            { u"private"_s, u"内部"_s, u"Private"_s } };
    return list;
}

QStringList RecordSchema::defaultConfidential(RecordKind kind)
{
    QStringList out;
    for (const RecordField &field : fields(kind)) {
        if (field.confidential)
            out.append(field.key);
    }
    return out;
}

QJsonObject RecordSchema::normalized(RecordKind kind, const QJsonObject &record,
                                     const QHash<QString, QList<RecordChoice>> &choices)
{
    QJsonObject out = record;
    // One "coordinates" text, in a datum other than WGS-84 when "datum" says so.
    if (hasCoordinates(kind)) {
        const QString pair = text(record.value("coordinates"_L1)).trimmed();
        const QString datumText = text(record.value("datum"_L1)).trimmed().toLower().remove(u'-');
        const bool fromChineseMap = datumText == "gcj02"_L1 || datumText == "bd09"_L1;
        const bool latLonGiven =
            !record.value("lat"_L1).isUndefined() || !record.value("lon"_L1).isUndefined();
        if (pair.isEmpty() || latLonGiven) {
            out.remove(u"coordinates"_s); // lat/lon win over a coordinates text
        } else if (const auto p = fromChineseMap ? Geo::parseInChina(pair) : Geo::parse(pair)) {
            out.insert(u"lat"_s, p->lat);
            out.insert(u"lon"_s, p->lon);
            out.remove(u"coordinates"_s);
        }
        const QString datum = text(record.value("datum"_L1)).trimmed().toLower().remove(u'-');
        const auto lat = number(out.value("lat"_L1));
        const auto lon = number(out.value("lon"_L1));
        if (lat && lon && (datum == "gcj02"_L1 || datum == "bd09"_L1)) {
            const Geo::LatLon wgs =
                Geo::convert({ *lat, *lon }, datum == "gcj02"_L1 ? Geo::Datum::Gcj02 : Geo::Datum::Bd09,
                             Geo::Datum::Wgs84);
            out.insert(u"lat"_s, wgs.lat);
            out.insert(u"lon"_s, wgs.lon);
        }
        if (datum.isEmpty() || datum == "wgs84"_L1
            || ((datum == "gcj02"_L1 || datum == "bd09"_L1) && lat && lon))
            out.remove(u"datum"_s);
    }
    for (const RecordField &field : fields(kind)) {
        const QJsonValue value = out.value(field.key);
        if (value.isUndefined())
            continue;
        if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())
            || (value.isArray() && value.toArray().isEmpty() && field.type != Type::Contacts)) {
            out.remove(field.key);
            continue;
        }
        switch (field.type) {
        case Type::Text:
        case Type::LongText:
            out.insert(field.key, trimmed(text(value), field.type == Type::LongText));
            break;
        case Type::Number:
            if (const auto n = number(value))
                out.insert(field.key, *n);
            break;
        case Type::Date:
            if (const auto d = date(text(value)))
                out.insert(field.key, d->toString(Qt::ISODate));
            break;
        case Type::Bool:
            if (const auto b = boolean(value))
                out.insert(field.key, *b);
            break;
        case Type::Choice:
            if (const RecordChoice *choice = choiceFor(choicesFor(field, choices), text(value)))
                out.insert(field.key, choice->code);
            break;
        case Type::List: {
            QJsonArray items = list(value);
            if (field.key == "tags"_L1) {
                QJsonArray paths;
                for (const QJsonValue &item : std::as_const(items)) {
                    QString error;
                    const QString path = TagStore::normalizePath(item.toString(), error);
                    paths.append(path.isEmpty() ? item.toString() : path);
                }
                items = paths;
            }
            if (items.isEmpty())
                out.remove(field.key);
            else
                out.insert(field.key, items);
            break;
        }
        case Type::Contacts: {
            if (!value.isArray())
                break;
            QJsonArray contacts;
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isObject()) {
                    contacts.append(item);
                    continue;
                }
                QJsonObject contact;
                const QJsonObject in = item.toObject();
                for (auto it = in.begin(); it != in.end(); ++it) {
                    if (it.key() == "confidential"_L1)
                        contact.insert(it.key(), boolean(it.value()).value_or(true));
                    else if (const QString t = trimmed(text(it.value()), it.key() == "notes"_L1);
                             !t.isEmpty())
                        contact.insert(it.key(), t);
                }
                if (!contact.contains("confidential"_L1))
                    contact.insert(u"confidential"_s, true);
                if (contact.size() > 1)
                    contacts.append(contact);
            }
            out.insert(field.key, contacts);
            break;
        }
        }
    }
    // What is confidential: a list given replaces the marks. Nothing given (absent, null, an
    // empty cell) keeps them, or the defaults for a new record: an empty cell in a spreadsheet
    // must never make the fees public. "none" (无) marks nothing.
    if (out.contains("confidential"_L1)) {
        const QJsonValue marks = out.value("confidential"_L1);
        static const QStringList none { u"none"_s, u"nothing"_s, u"-"_s, u"无"_s, u"没有"_s, u"[]"_s };
        if (marks.isNull() || marks.isUndefined()
            || (marks.isString() && marks.toString().trimmed().isEmpty())) {
            out.remove(u"confidential"_s);
        } else if (marks.isString() && none.contains(marks.toString().trimmed().toLower())) {
            out.insert(u"confidential"_s, QJsonArray());
        } else {
            QJsonArray keys;
            for (const QJsonValue &item : list(marks)) {
                // By key (fee) or by either language's label (Fee, 费用).
                const RecordField *marked = field(kind, item.toString());
                for (const RecordField &candidate : fields(kind)) {
                    if (!marked && candidate.confidential
                        && (QString::fromUtf8(candidate.label).compare(item.toString(), Qt::CaseInsensitive)
                                == 0
                            || candidate.labelText() == item.toString()))
                        marked = &candidate;
                }
                keys.append(marked ? marked->key : item.toString());
            }
            out.insert(u"confidential"_s, keys);
        }
    }
    return out;
}

QList<RecordProblem> RecordSchema::validate(RecordKind kind, const QJsonObject &record,
                                            const QHash<QString, QList<RecordChoice>> &choices)
{
    QList<RecordProblem> problems;
    const auto problem = [&](const QString &field, const QString &message) {
        problems.append({ field, message });
    };
    if (text(record.value("name_zh"_L1)).trimmed().isEmpty()
        && text(record.value("name_en"_L1)).trimmed().isEmpty())
        problem(u"name_zh"_s, tr("a name is needed, in Chinese or in English"));
    for (const RecordField &field : fields(kind)) {
        const QJsonValue value = record.value(field.key);
        if (value.isUndefined() || value.isNull())
            continue;
        const QString label = field.labelText();
        switch (field.type) {
        case Type::Text:
        case Type::LongText:
            if (!value.isString())
                problem(field.key, tr("%1: should be text").arg(label));
            else if (field.type == Type::Text && value.toString().size() > 500)
                problem(field.key, tr("%1: longer than 500 characters").arg(label));
            break;
        case Type::Number:
            if (!value.isDouble() || !std::isfinite(value.toDouble()))
                problem(field.key, tr("%1: \"%2\" is not a number").arg(label, text(value)));
            else if (field.key != "lat"_L1 && field.key != "lon"_L1 && value.toDouble() < 0)
                problem(field.key, tr("%1: cannot be negative").arg(label));
            break;
        case Type::Date:
            if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
                problem(field.key,
                        tr("%1: \"%2\" is not a date (for example 2024-07-01)").arg(label, text(value)));
            break;
        case Type::Bool:
            if (!value.isBool())
                problem(field.key, tr("%1: \"%2\" is neither yes nor no").arg(label, text(value)));
            break;
        case Type::Choice: {
            const QList<RecordChoice> allowed = choicesFor(field, choices);
            bool known = false;
            for (const RecordChoice &choice : allowed)
                known = known || choice.code == text(value);
            if (!known) {
                QStringList names;
                for (const RecordChoice &choice : allowed)
                    names.append(choice.nameZh + u" / "_s + choice.nameEn);
                problem(field.key,
                        tr("%1: \"%2\" is not one of: %3").arg(label, text(value), names.join(u", "_s)));
            }
            break;
        }
        case Type::List:
            if (!value.isArray())
                problem(field.key, tr("%1: should be a list").arg(label));
            break;
        case Type::Contacts: {
            if (!value.isArray()) {
                problem(field.key, tr("%1: should be a list").arg(label));
                break;
            }
            const QJsonArray contacts = value.toArray();
            for (qsizetype i = 0; i < contacts.size(); ++i) {
                const QString where = u"contacts[%1]"_s.arg(i);
                const QJsonObject contact = contacts.at(i).toObject();
                const QString name = contact.value("name"_L1).toString();
                const QString who = name.isEmpty() ? tr("contact %1").arg(i + 1) : name;
                if (name.isEmpty() && contact.value("phone"_L1).toString().isEmpty()
                    && contact.value("email"_L1).toString().isEmpty()
                    && contact.value("wechat"_L1).toString().isEmpty())
                    problem(where, tr("%1: needs a name, phone, e-mail or WeChat").arg(who));
                if (const QString phone = contact.value("phone"_L1).toString();
                    !phone.isEmpty() && !isPhone(phone))
                    problem(where + u".phone"_s, tr("%1: \"%2\" is not a phone number").arg(who, phone));
                if (const QString email = contact.value("email"_L1).toString();
                    !email.isEmpty() && !isEmail(email))
                    problem(where + u".email"_s, tr("%1: \"%2\" is not an e-mail address").arg(who, email));
            }
            break;
        }
        }
    }
    if (hasCoordinates(kind)) {
        const QJsonValue lat = record.value("lat"_L1), lon = record.value("lon"_L1);
        const bool hasLat = lat.isDouble(), hasLon = lon.isDouble();
        const bool latGiven = !lat.isUndefined() && !lat.isNull(),
                   lonGiven = !lon.isUndefined() && !lon.isNull();
        if (record.contains("coordinates"_L1))
            problem(u"lat"_s,
                    tr("coordinates: \"%1\" are not coordinates (for example 36.0671, 120.3826)")
                        .arg(text(record.value("coordinates"_L1))));
        else if (latGiven != lonGiven)
            problem(latGiven ? u"lon"_s : u"lat"_s,
                    tr("coordinates: both latitude and longitude are needed"));
        if (hasLat && std::abs(lat.toDouble()) > 90)
            problem(u"lat"_s, tr("latitude %1 is outside -90 … 90").arg(lat.toDouble()));
        if (hasLon && std::abs(lon.toDouble()) > 180)
            problem(u"lon"_s, tr("longitude %1 is outside -180 … 180").arg(lon.toDouble()));
        if (hasLat && hasLon && lat.toDouble() == 0 && lon.toDouble() == 0)
            problem(u"lat"_s, tr("coordinates 0, 0 are in the sea off Africa: probably no fix"));
        if (record.contains("datum"_L1))
            problem(u"lat"_s,
                    tr("datum: \"%1\" is not WGS-84, GCJ-02 or BD-09").arg(text(record.value("datum"_L1))));
    }
    if (record.contains("confidential"_L1)) {
        for (const QJsonValue &key : record.value("confidential"_L1).toArray()) {
            const RecordField *target = field(kind, key.toString());
            if (!target || !target->confidential)
                problem(u"confidential"_s, tr("\"%1\" cannot be marked confidential").arg(key.toString()));
        }
    }
    return problems;
}

QJsonObject RecordSchema::redacted(RecordKind kind, const QJsonObject &record)
{
    QJsonObject out = record;
    const QJsonValue marked = record.value("confidential"_L1);
    const QStringList keys = marked.isArray() ? QVariant(marked.toArray().toVariantList()).toStringList()
                                              : defaultConfidential(kind);
    for (const QString &key : keys)
        out.remove(key);
    QJsonArray contacts;
    for (const QJsonValue &contact : record.value("contacts"_L1).toArray()) {
        if (!contact.toObject().value("confidential"_L1).toBool(true))
            contacts.append(contact);
    }
    if (record.contains("contacts"_L1))
        out.insert(u"contacts"_s, contacts);
    out.remove(u"confidential"_s);
    return out;
}

QString RecordSchema::displayName(const QJsonObject &record)
{
    for (const char *key : { "name_zh", "name_en", "code" }) {
        const QString name = record.value(QLatin1StringView(key)).toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"#%1"_s.arg(record.value("id"_L1).toInteger());
}

bool RecordSchema::isPhone(const QString &raw)
{
    // Full-width digits, brackets, hyphens and spaces (as typed with a Chinese input method)
    // read as their ASCII forms.
    QString t = raw.normalized(QString::NormalizationForm_KC).trimmed();
    // Several numbers in one cell ("0532-88888888 / 13800138000"): each must be one.
    static const QRegularExpression several(u"\\s*[/、，;；]\\s*"_s);
    if (const QStringList parts = t.split(several, Qt::SkipEmptyParts); parts.size() > 1)
        return std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) { return isPhone(part); });
    // An extension: 转123, ext. 123, x123, #123.
    static const QRegularExpression extension(u"\\s*(转|分机|ext\\.?|x|#)\\s*\\d{1,6}$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    t.remove(extension);
    static const QRegularExpression shape(u"^\\+?[0-9 ()\\-.]+$"_s);
    if (!shape.match(t).hasMatch())
        return false;
    QString digits;
    for (const QChar c : std::as_const(t)) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 5 || digits.size() > 15)
        return false;
    // Mainland mobiles: 11 digits starting 13-19 (also after +86 / 0086).
    QString national = digits;
    if (t.startsWith(u'+') && national.startsWith(u"86"_s))
        national = national.mid(2);
    else if (national.startsWith(u"0086"_s))
        national = national.mid(4);
    const bool international = t.startsWith(u'+') || digits.startsWith(u"00"_s);
    const bool chinese = !international || digits.startsWith(u"86"_s) || digits.startsWith(u"0086"_s);
    // Mainland mobiles are 11 digits from 13x to 19x; 10 or 12 such digits are a typo. (Beijing's
    // area code 10 after +86 is not a mobile.)
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    if (chinese && national.size() == 11 && national.at(0) == u'1')
        return mobile.match(national).hasMatch();
    if (chinese && (national.size() == 10 || national.size() == 12) && national.at(0) == u'1'
        && national.at(1) >= u'3')
        return false;
    return true;
}

bool RecordSchema::isEmail(const QString &raw)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]{2,}$"_s);
    return pattern.match(raw.trimmed()).hasMatch();
}
