#include "csvfile.h"

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
    // A blank line is no record.
    if (!(reader->current.size() == 1 && reader->current.first().isEmpty())) {
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

QString unescaped(QString cell)
{
    if (cell.size() > 1 && cell.at(0) == u'\'' && formulaStart(cell.at(1)) && !isNumber(cell.mid(1)))
        cell.remove(0, 1);
    return cell;
}

} // namespace

std::optional<Table> read(const QByteArray &raw, QString &error)
{
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    Table table;
    table.encoding = u"UTF-8"_s;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(data); // decoding happens on conversion
    Q_UNUSED(asUtf8);
    const bool isUtf8 = !utf8.hasError();
    QStringDecoder gb18030("GB18030");
    if (!isUtf8) {
        if (!gb18030.isValid()) {
            error = u"the file is not UTF-8 text"_s;
            return std::nullopt;
        }
        table.encoding = u"GB18030"_s;
    }
    if (data.contains('\0')) {
        error = u"the file is not text (it holds NUL bytes)"_s;
        return std::nullopt;
    }

    csv_parser parser {};
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        error = u"out of memory"_s;
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
        if (csv_parse(&parser, data.constData() + start, size_t(end - start), onField, onRecordEnd, &reader)
            != size_t(end - start)) {
            error = u"line %1: %2"_s.arg(lineNumber).arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
            return std::nullopt;
        }
        // After a line break outside quotes the parser has ended the record.
        atRecordStart = reader.current.isEmpty();
        ++lineNumber;
        start = end;
    }
    csv_fini(&parser, onField, onRecordEnd, &reader);
    if (reader.records.isEmpty()) {
        error = u"the file has no header row"_s;
        return std::nullopt;
    }
    const auto decode = [&](const QByteArray &bytes) {
        return unescaped(isUtf8 ? QString::fromUtf8(bytes) : gb18030.decode(bytes));
    };
    for (const QByteArray &cell : reader.records.first())
        table.header.append(decode(cell).trimmed());
    for (qsizetype i = 1; i < reader.records.size(); ++i) {
        QStringList row;
        for (const QByteArray &cell : reader.records.at(i))
            row.append(decode(cell));
        table.rows.append(row);
        table.lines.append(reader.lines.at(i));
    }
    return table;
}

QString escape(QString cell)
{
    // A leading quote keeps a would-be formula text; numbers (-33.86) stay numbers.
    if (!cell.isEmpty() && formulaStart(cell.at(0)) && !isNumber(cell))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
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
