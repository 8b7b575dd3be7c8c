#pragma once

// A catalog for the targets that run what they parse, made once per process in a temporary
// folder: one location (QD-0001), facility (FS-0001) and expert with every field filled in, and
// one clip, so that each condition of a query has a row to be tested on and an import has records
// to update. The seed maker exports its records as CSV seeds.

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Fuzz {

QSqlDatabase catalog();

// The values a query-language condition binds: its ? and its backend placeholders that bind one
// ({ids …}, {matching …}; CatalogBackend::adapt).
qsizetype bindsOf(const QString &condition);
// Runs "`select` WHERE `condition`" with `binds` on `db`, in the backend's own spelling; false
// with the engine's message.
bool runs(const QSqlDatabase &db, const QString &select, const QString &condition, QVariantList binds,
          QString &error);

} // namespace Fuzz
