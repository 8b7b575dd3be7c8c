#pragma once

// CSV as spreadsheets write and read it (RFC 4180): reading through libcsv (quotes, doubled
// quotes, line breaks inside cells, CR/LF), writing with quotes only where needed.
//
// Files from Chinese offices are often saved by Excel in GB18030 (GBK), not UTF-8: text that is
// not valid UTF-8 is read as GB18030. A UTF-8 byte order mark is dropped. Cells that start with
// = + - @ (or a tab or return) and are not numbers are written with a leading ' so that a
// spreadsheet shows them as text, not formulas (and so are cells that start with ' before such a
// text: '=x is written ''=x); reading takes that one ' away again.
//
// Threading: reentrant.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Csv {

struct Table
{
    QStringList header;
    QList<QStringList> rows; // each as long as the header or longer/shorter as the file had it
    QList<int> lines; // the file's line where each row starts (1-based), for messages
    QString encoding; // "UTF-8" or "GB18030"
};

// The table in `data` (first row = header). nullopt with a reason when it is not CSV.
std::optional<Table> read(const QByteArray &data, QString &error);

QString escape(QString cell);
QByteArray line(const QStringList &cells); // escaped, comma-separated, CRLF-terminated

} // namespace Csv
