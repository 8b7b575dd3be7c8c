#pragma once

// How names sort, the same in the catalog (ORDER BY an index of the key) and in memory (the
// library's table sorted by a column): Chinese by its toneless pinyin, other letters and digits
// lower-case, punctuation as a space between words — "古镇 Old Street No.5" -> "gu zhen old street
// no 5". With natural numbers, a number sorts by its value ("clip 2" before "clip 10").
//
// The catalog keeps keys made with this function in indexes: a change to what it returns needs a
// migration that makes them again (REINDEX, or an UPDATE of the column).
//
// Threading: reentrant.

#include <QString>

namespace SortKey {

enum class Numbers { AsText, ByValue };

QString of(const QString &name, Numbers numbers = Numbers::AsText);

// Keys compare by code point, as SQLite compares text (its UTF-8 bytes): QString's own comparison
// (UTF-16 units) orders characters beyond U+FFFF differently.
bool less(const QString &a, const QString &b);

} // namespace SortKey
