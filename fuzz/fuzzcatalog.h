#pragma once

// A catalog for the targets that run what they parse, made once per process in a temporary
// folder: one location (QD-0001), facility (FS-0001) and expert with every field filled in, and
// one clip, so that each condition of a query has a row to be tested on and an import has records
// to update. The seed maker exports its records as CSV seeds.

#include <QSqlDatabase>

namespace Fuzz {

QSqlDatabase catalog();

} // namespace Fuzz
