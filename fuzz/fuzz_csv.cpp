// The CSV reader (Csv::read: UTF-8 with or without a byte order mark, GB18030, UTF-16; quotes,
// line breaks in cells) on any bytes, what it reads written back and read again, and the record
// import's preview of the file for each kind of record (RecordExchange::preview) on a small
// catalog.

#include "csvfile.h"
#include "fuzzcatalog.h"
#include "fuzzsupport.h"
#include "recordexchange.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

QString describe(const Csv::Table &table)
{
    QString out = table.header.join(u" | "_s);
    for (const QStringList &row : table.rows)
        out += u"\n"_s + row.join(u" | "_s);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    Fuzz::catalog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QString error;
    const std::optional<Csv::Table> table = Csv::read(data, error);
    if (!table) {
        Fuzz::require(!error.isEmpty(), "no table and no reason");
    } else {
        Fuzz::require(table->rows.size() == table->lines.size(), "rows and their lines differ");
        // (Records may share a line: a lone CR ends one, as in files from old Macs.)
        for (qsizetype i = 0; i < table->lines.size(); ++i)
            Fuzz::require(table->lines.at(i) >= 1 && (i == 0 || table->lines.at(i) >= table->lines.at(i - 1)),
                          "the rows' lines are not in order");
        // Written as an export writes it, the table reads back the same. (Not a heading row of
        // blanks that libcsv keeps, a form feed: it is read as one empty heading, which is
        // written as a blank line.)
        if (table->header != QStringList { QString() }) {
            QByteArray written = Csv::line(table->header);
            for (const QStringList &row : table->rows)
                written += Csv::line(row);
            QString againError;
            const std::optional<Csv::Table> again = Csv::read(written, againError);
            Fuzz::require(again.has_value(), "what was read and written back cannot be read", againError);
            Fuzz::require(again->header == table->header && again->rows == table->rows,
                          "what was read and written back reads differently",
                          describe(*table) + u"\n--- read back:\n"_s + describe(*again));
        }
    }

    // Any text exported as a cell (a record's notes, say) is imported back as it was. Trimmed, as
    // records are saved (libcsv drops the spaces around a cell that is not quoted, as spreadsheets
    // do), and without a NUL (a file holding one is refused as not text).
    // A byte-order mark at its start is not kept either: the reader takes one as the file's
    // (U+FEFF is no text a person types; found by this target in a CI run).
    QString cell = QString::fromUtf8(data).trimmed();
    while (cell.startsWith(QChar(0xFEFF)))
        cell = cell.mid(1).trimmed();
    if (!cell.contains(QChar(0))) {
        const QStringList row { cell, u"x"_s };
        QString cellError;
        const std::optional<Csv::Table> back =
            Csv::read(Csv::line({ u"notes"_s, u"x"_s }) + Csv::line(row), cellError);
        Fuzz::require(back && back->rows == QList<QStringList> { row },
                      "a cell written is read back otherwise",
                      cell + u"\n--- read back:\n"_s + (back ? describe(*back) : cellError));
    }

    QSqlDatabase db = Fuzz::catalog();
    for (const RecordKind kind : { RecordKind::Location, RecordKind::Facility, RecordKind::Expert }) {
        const RecordExchange::Preview preview =
            RecordExchange::preview(db, kind, data, RecordExchange::Format::Csv);
        Fuzz::require(!preview.error.isEmpty() || !preview.rows.isEmpty(),
                      "a preview with no rows and no error");
        if (preview.error.isEmpty() && table)
            Fuzz::require(preview.rows.size() == table->rows.size(), "the preview lost or made rows");
        for (const RecordExchange::Row &row : preview.rows)
            Fuzz::require(row.action != RecordExchange::Row::Action::Invalid || !row.problems.isEmpty(),
                          "a row is invalid without a problem named");
    }
    return 0;
}
