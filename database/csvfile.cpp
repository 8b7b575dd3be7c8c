#include "csvfile.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Csv {

namespace {

struct Reader
{
    QList<QByteArrayList> records;
    QList<int> lines;
    QByteArrayList current;
    int line = 1; // of the record being read
};

void onField(void *text, size_t size, void *context)
{
    auto *reader = static_cast<Reader *>(context);
    reader->current.append(text ? QByteArray(static_cast<const char *>(text), qsizetype(size))
                                : QByteArray());
}

void onRecordEnd(int, void *context)
{
    auto *reader = static_cast<Reader *>(context);
    // A blank line is no record; nor is a line of only a byte-order mark (a file pasted into
    // another), which reads as an empty cell (found by fuzz_csv: written back, it was blank).
    const bool blank = reader->current.size() == 1
        && (reader->current.first().isEmpty() || reader->current.first() == "\xEF\xBB\xBF");
    if (!blank) {
        reader->records.append(reader->current);
        reader->lines.append(reader->line);
    }
    reader->current.clear();
}

// Spreadsheets run cells that start with = + - @ (or a tab or return before them) as formulas.
bool formulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isNumber(const QString &cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    return ok;
}

// Whether `cell` is written with a leading ': it would be a formula (and is no number), or it
// starts with ' before one ('=x is written ''=x), so that reading takes away only the ' written.
bool needsGuard(const QString &cell)
{
    qsizetype at = 0;
    while (at < cell.size() && cell.at(at) == u'\'')
        ++at;
    return at < cell.size() && formulaStart(cell.at(at)) && !isNumber(cell.mid(at));
}

QString unescaped(QString cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell.mid(1)))
        cell.remove(0, 1);
    return cell;
}

} // namespace

std::optional<Table> read(const QByteArray &raw, QString &error)
{
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    // UTF-16 with its byte order mark ("Unicode text" from Excel): read as UTF-8 from here on.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = utf16.decode(data.mid(2));
        if (utf16.hasError()) {
            error = QCoreApplication::translate("Csv", "the file is not valid UTF-16 text");
            return std::nullopt;
        }
        data = text.toUtf8();
    }
    Table table;
    table.encoding = u"UTF-8"_s;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(data); // decoding happens on conversion
    Q_UNUSED(asUtf8);
    const bool isUtf8 = !utf8.hasError();
    if (!isUtf8) {
        if (!QStringDecoder("GB18030").isValid()) {
            error = QCoreApplication::translate("Csv", "the file is not UTF-8 text");
            return std::nullopt;
        }
        table.encoding = u"GB18030"_s;
    }
    if (data.contains('\0')) {
        error = QCoreApplication::translate("Csv", "the file is not text (it holds NUL bytes)");
        return std::nullopt;
    }

    csv_parser parser {};
    // Strict: a quote left open swallows the rest of the file into one cell otherwise.
    if (csv_init(&parser, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI) != 0) {
        error = QCoreApplication::translate("Csv", "out of memory");
        return std::nullopt;
    }
    const std::unique_ptr<csv_parser, void (*)(csv_parser *)> owner(&parser, csv_free);
    Reader reader;
    // Fed a line at a time so that each record knows the line it starts on.
    qsizetype start = 0;
    int lineNumber = 1;
    bool atRecordStart = true;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        if (atRecordStart)
            reader.line = lineNumber;
        const qsizetype ended = reader.records.size();
        if (csv_parse(&parser, data.constData() + start, size_t(end - start), onField, onRecordEnd, &reader)
            != size_t(end - start)) {
            error = QCoreApplication::translate("Csv", "line %1: %2")
                        .arg(lineNumber)
                        .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
            return std::nullopt;
        }
        // A record ended on this line: the next starts one. Within quotes (no record ended, the
        // line not blank) the record goes on.
        if (reader.records.size() > ended)
            atRecordStart = true;
        else if (!QByteArrayView(data.constData() + start, end - start).trimmed().isEmpty())
            atRecordStart = false;
        ++lineNumber;
        start = end;
    }
    if (csv_fini(&parser, onField, onRecordEnd, &reader) != 0) {
        error = QCoreApplication::translate("Csv", "line %1: a quote is opened and never closed")
                    .arg(reader.line);
        return std::nullopt;
    }
    if (reader.records.isEmpty()) {
        error = QCoreApplication::translate("Csv", "the file has no header row");
        return std::nullopt;
    }
    // Each cell on its own, so that a broken character cannot carry its state into the next
    // one, and checked: bytes that are not GB18030 either are an error naming the line, never
    // garbled text in the catalog.
    for (qsizetype i = 0; i < reader.records.size(); ++i) {
        QStringList row;
        for (const QByteArray &bytes : reader.records.at(i)) {
            if (isUtf8) {
                row.append(unescaped(QString::fromUtf8(bytes)));
                continue;
            }
            QStringDecoder cell("GB18030", QStringDecoder::Flag::Stateless);
            const QString text = cell.decode(bytes);
            if (cell.hasError()) {
                error = QCoreApplication::translate(
                            "Csv", "line %1, column %2: \"%3\" is neither UTF-8 nor GB18030 text")
                            .arg(reader.lines.at(i))
                            .arg(row.size() + 1)
                            .arg(text.left(40));
                return std::nullopt;
            }
            row.append(unescaped(text));
        }
        if (i == 0) {
            for (const QString &heading : std::as_const(row))
                table.header.append(heading.trimmed());
            continue;
        }
        table.rows.append(row);
        table.lines.append(reader.lines.at(i));
    }
    return table;
}

QString escape(QString cell)
{
    // A leading quote keeps a would-be formula text; numbers (-33.86) stay numbers.
    if (needsGuard(cell))
        cell.prepend(u'\'');
    // Quoted also when it begins or ends with a space or a tab: a reader (libcsv, spreadsheets)
    // drops those around a cell that is not (found by fuzz_csv in a CI run).
    const auto blank = [](QChar c) { return c == u' ' || c == u'\t'; };
    const bool padded = !cell.isEmpty() && (blank(cell.front()) || blank(cell.back()));
    if (padded || cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray line(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped.append(escape(cell));
    return escaped.join(u',').toUtf8() + "\r\n";
}

} // namespace Csv
