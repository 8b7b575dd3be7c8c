#pragma once

// Moves a catalog between engines: a catalog folder onto a PostgreSQL server when an office
// starts sharing it, and back (a copy to take away, a way out). Every record keeps its id, and
// the thumbnails come along; what the engines compute themselves (search indexes, the name
// order, map points) is made again by the destination as the rows arrive.
//
// All or nothing: a folder is built beside its final place and renamed into it at the end; a
// database gets the rows in one transaction per store, after its schema is made. The destination
// must hold no catalog, or an empty one (what `init` makes).

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace CatalogCopy {

struct Copied
{
    QString table;
    qint64 rows = 0;
};

// Copies `from` (a catalog folder or a server's address) into `to`. `onProgress(table, rows)`
// is called as tables are copied; `*cancelled` stops it, nothing kept. False with a message for
// people (which catalog, which table, why).
bool copy(const QString &from, const QString &to,
          const std::function<void(const QString &, qint64)> &onProgress, const std::atomic<bool> *cancelled,
          QList<Copied> &copied, QString &error);

// The catalog's tables that hold what people made, parents before the tables that point at
// them; and those an engine makes from them, or that stay with their catalog (the job queue): not
// copied. Every table of the schema is in one
// of the two (tst_catalogcopy checks).
const QStringList &tables();
bool isDerived(const QString &table);

} // namespace CatalogCopy
