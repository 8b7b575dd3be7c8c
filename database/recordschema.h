#pragma once

// The three collections besides the empty-lens library — locations (外景地), facilities and
// services (拍摄资源) and experts (专家) — described once, as data: every field with its type,
// its label in both languages, the section of the editor it belongs to, whether it may be marked
// confidential, and the filter name it answers to in the search language. Editors, lists,
// imports, exports, the command line and scout packages all work from this description, so a
// field added here shows up everywhere.
//
// A record travels as a QJsonObject keyed by field: strings, numbers, booleans, arrays of strings
// for lists, "YYYY-MM-DD" for dates, a code for choices (category, setting, status, service
// type), "lat"/"lon" in WGS-84 degrees, "contacts" as an array of objects, and "confidential" as
// the keys of the fields kept out of exports. Missing facts are absent or null.
//
// Threading: reentrant; labels are translated where they are read (tr() at use).

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class RecordKind { Location, Facility, Expert };

struct RecordChoice
{
    QString code; // stored and exported
    QString nameZh;
    QString nameEn;
    QString name() const; // in the UI language
};

struct RecordField
{
    enum class Type {
        Text, // one line
        LongText, // paragraphs
        Number, // >= 0 unless noted (lat/lon)
        Date, // YYYY-MM-DD
        Bool,
        Choice, // one of choices(): setting, status, or a table's codes (category, service type)
        List, // several short texts (aliases, eras, expertise, languages, tags)
        Contacts, // array of {name, role, phone, email, wechat, address, notes, confidential}
    };
    QString key;
    Type type = Type::Text;
    const char *label = nullptr; // English; translated in context "RecordField"
    const char *section = nullptr; // the editor's group, English; context "RecordField"
    bool required = false; // (for names: one of the names is required, see validate())
    bool confidential = false; // may be marked confidential (left out of exports)
    QString filter; // the search language's filter for it ("category"), or empty
    QString unit; // "m²", "m", "km"

    QString labelText() const;
    QString sectionText() const;
};

struct RecordProblem
{
    QString field; // key, or "contacts[2].phone"
    QString message; // for people, translated
};

class RecordSchema final
{
    Q_DECLARE_TR_FUNCTIONS(RecordSchema)

public:
    static const QList<RecordField> &fields(RecordKind kind);
    static const RecordField *field(RecordKind kind, const QString &key);

    static QString table(RecordKind kind); // locations, facilities, experts
    static QString ownerKind(RecordKind kind); // contacts.owner_kind: location, facility, expert
    static QString kindName(RecordKind kind); // for people: "location" / "外景地"
    static std::optional<RecordKind> kindNamed(const QString &name); // locations, location, 外景地 …
    static bool hasCoordinates(RecordKind kind); // locations and facilities have a place on the map

    // The fixed choices: setting (interior/exterior/both) and status (review/public/private).
    // Categories and service types live in the catalog (RecordStore::choices()).
    static const QList<RecordChoice> &settings();
    static const QList<RecordChoice> &statuses();
    // The fields confidential unless the user says otherwise (contacts are confidential one by one).
    static QStringList defaultConfidential(RecordKind kind);

    // A record in canonical form: strings trimmed (empty -> absent), numbers from text ("1,200",
    // "12.5 m"), yes/no/是/否 for booleans, lists from "a; b、c" text, choices by code or by
    // either language's name (choices() gives the table-backed ones), dates as YYYY-MM-DD (also
    // from 2024/7/1, 2024年7月1日), coordinates from one "lat, lon" text in "coordinates" (any
    // form Geo::parse() reads). What cannot be read is left as it was, for validate() to name.
    static QJsonObject normalized(RecordKind kind, const QJsonObject &record,
                                  const QHash<QString, QList<RecordChoice>> &choices);
    // Everything wrong with a normalized record: a missing name, coordinates out of range or only
    // one of them, a phone or e-mail that is not one, an unknown choice, a negative size, a date
    // that is not one. Empty when it may be saved.
    static QList<RecordProblem> validate(RecordKind kind, const QJsonObject &record,
                                         const QHash<QString, QList<RecordChoice>> &choices);
    // The record as it may leave the catalog: confidential fields and contacts taken out.
    static QJsonObject redacted(RecordKind kind, const QJsonObject &record);

    // The record's display name: Chinese, else English, else its code, else "#id".
    static QString displayName(const QJsonObject &record);

    static bool isPhone(const QString &text);
    static bool isEmail(const QString &text);
};
