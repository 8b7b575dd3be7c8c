#pragma once

// Locations, facilities and experts in and out of the catalog as CSV or JSON.
//
// Export: one row (CSV) or object (JSON) per record with every field of RecordSchema; lists are
// joined with "; ", contacts become contact1_name, contact1_phone … columns (as many groups as
// the record with the most contacts needs). Confidential fields and contacts are left out unless
// asked for (a full backup); a redacted file imported back changes neither: its absent columns
// keep their values, and the stored confidential contacts stay beside the file's.
//
// Import happens in two steps, so that a person sees what will happen before anything does:
// preview() reads the file and says, row by row, what each row becomes (new record, update of
// the record with that id or code) and everything wrong with it; commit() writes all the rows in
// one transaction, or none when any row is wrong. What is confidential fails closed: an empty or
// missing "confidential" cell keeps the marks (or the defaults), and a row that would make a
// field or a contact public that is confidential now says so (Row::madePublic) and is imported
// only with the person's consent (Preview::allowPublic). Columns are matched by key (name_zh), by
// English label (Name (Chinese)) or by Chinese label (名称（中文）), and common spreadsheet
// headings (名称, 电话, 联系人, 经度, 纬度, 坐标 …); unknown columns are reported and ignored.
//
// Threading: use on the thread that owns the connection.

#include "recordquery.h"
#include "recordschema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class RecordExchange final
{
    Q_DECLARE_TR_FUNCTIONS(RecordExchange)

public:
    enum class Format { Csv, Json };
    static std::optional<Format> formatFor(const QString &nameOrPath); // "csv", "x.json" …

    // ---- export
    // Without the fields that may be confidential unless `includeConfidential`.
    static QStringList csvHeader(RecordKind kind, int contactGroups, bool includeConfidential = false);
    static QStringList csvRow(RecordKind kind, const QJsonObject &record, int contactGroups,
                              bool includeConfidential = false);
    // The record as exported: redacted unless `includeConfidential`; catalog-only facts
    // (name_pinyin, asset_count …) kept in JSON, left out of CSV.
    static QJsonObject exported(RecordKind kind, const QJsonObject &record, bool includeConfidential);

    // Every record matching `query`, by name, as a whole file (CSV or a JSON array). nullopt
    // with a reason when the catalog cannot be read; `count` gets how many were written.
    static std::optional<QByteArray> exportRecords(QSqlDatabase db, const RecordQuery &query, Format format,
                                                   bool includeConfidential, bool byteOrderMark,
                                                   QString &error, int *count = nullptr);

    // ---- import
    struct Row
    {
        int line = 0; // in the file (CSV), or the index + 1 (JSON)
        QJsonObject record; // normalized
        enum class Action { Insert, Update, Invalid } action = Action::Insert;
        qint64 existingId = 0; // for Update
        QStringList problems; // for people
        // What the row would make public that is confidential now (or by default, for a new
        // record): field labels and contacts' names, for people.
        QStringList madePublic;
        QString name() const;
    };
    struct Preview
    {
        RecordKind kind = RecordKind::Location;
        QList<Row> rows;
        QStringList ignoredColumns; // CSV headings that match no field
        QString encoding; // of a CSV file
        QString error; // the file could not be read at all
        // The person's consent to what rows would make public; commit() refuses without it.
        bool allowPublic = false;
        int inserts() const;
        int updates() const;
        int invalid() const;
        int madePublic() const; // rows that would make something public
        bool canCommit() const
        {
            return error.isEmpty() && invalid() == 0 && !rows.isEmpty() && (allowPublic || madePublic() == 0);
        }
    };
    static Preview preview(QSqlDatabase db, RecordKind kind, const QByteArray &data, Format format);
    // Writes every row in one transaction (the caller's connection must not be in one). False,
    // with nothing changed, when the preview has problems, would make something public without
    // allowPublic, or a write fails.
    static bool commit(QSqlDatabase db, const Preview &preview, QString &error, QList<qint64> *ids = nullptr);
};
