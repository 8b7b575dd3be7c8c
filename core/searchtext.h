#pragma once

// Editing the search box's text the way a person would: adding and removing filters when a
// facet or a sidebar item is chosen, and completing the word under the cursor. The text is split
// as the search reads it (QueryText::split): words and quoted phrases stay whole
// ("tag:\"old street\"", "tag:“天气 晴”" are one term each).
//
// Threading: reentrant.

#include <QString>
#include <QStringList>

namespace SearchText {

// A filter's value as the search reads it back whole: in quotes when it holds whitespace or a
// quote (QueryText::quoted).
QString quoted(const QString &value);

// The terms of `text` as they are written, quotes and all.
QStringList terms(const QString &text);
// True when every term of `filter` ("dur:>=10 dur:<30") is in `text`, as the search reads it: a
// field by any of its names, a value in either kind of quotes (标签：“天气 晴” is tag:"天气 晴").
bool hasFilter(const QString &text, const QString &filter);
// Removes `filter` when it is there; else adds it, first removing the other terms of the same
// field when the field holds one value at a time (choosing "orient:portrait" replaces
// "orient:landscape"; tags add up).
QString toggleFilter(const QString &text, const QString &filter);

// The word being typed at `cursor`: where it starts and what it is.
struct Word
{
    int start = 0;
    QString text;
};
Word wordAt(const QString &text, int cursor);
// `text` with the word at `cursor` replaced by `replacement`; `cursor` moves after it.
QString replaceWord(const QString &text, int &cursor, const QString &replacement);

// What to offer while `word` is typed: field names ("tag:", "dur:") for a bare word, tag paths
// after "tag:", the values of a field with a fixed set of values after "field:".
QStringList completions(const QString &word, const QStringList &tagPaths);

} // namespace SearchText
