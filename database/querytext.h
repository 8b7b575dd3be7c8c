#pragma once

// What the search languages share (the search box's for clips and photos, and the one of the
// location, facility and expert lists): splitting the text into terms, NAME:VALUE filters,
// words as FTS5 expressions for the "reelatlas" tokenizer (Chinese, pinyin, initials), and
// numeric comparisons ("<10", ">=50", "5..30"). What a user types is only ever data: quotes, FTS
// operators and SQL fragments become quoted FTS strings or bound values.
//
// Threading: reentrant.

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace QueryText {

// One term of the text: a word (or quoted phrase), or a filter NAME:VALUE.
struct Term
{
    QString text; // the word, or the filter's value; quotes removed
    QString name; // the filter's name as typed (lower-case); empty for a word
    bool negated = false; // "-word", "-tag:雨"
    bool quoted = false;
    bool last = false; // the last term of the text (may be unfinished while typing)
};

// The terms of `text`: whitespace (also U+3000, and NUL) separates, except inside "..." or
// “...”; a quote may follow a filter's colon (tag:"雨 夜"). A quote is closed only by its own
// kind (" by ", “ by ”); an unclosed one runs to the end. There are no escapes, and 「」『』 are
// text. A leading "-" (also "－") excludes. NAME:VALUE (also with a full-width colon) is a filter
// only when `isFilterName(NAME)`; anything else (12:30, http://) is a word.
QList<Term> split(const QString &text, const std::function<bool(const QString &)> &isFilterName,
                  bool &unclosedQuote);

// Where one term of split() stands in the text, its quotes and sign included: what the search
// box edits (core/searchtext.h) is split just as the search reads it.
struct Span
{
    qsizetype start = 0;
    qsizetype size = 0;
    bool closed = true; // false: a quote in it is not closed (it runs to the end of the text)
};
QList<Span> spans(const QString &text);

// `value` written so that split() reads it back as one whole value: as it is, or in "..." when it
// holds whitespace or a quote (in “...” when it holds a ").
QString quoted(const QString &value);

// Words to match, in each engine's syntax: an FTS5 expression (SQLite) and a tsquery (PostgreSQL),
// for the "reelatlas" tokenizer's tokens. Bound as a value (CatalogBackend::wordsBind and adapt()
// put in the engine's own); what people type is only ever quoted data in either.
struct WordsMatch
{
    QString fts5;
    QString tsquery;
    // Phrases at the start of the expression that only narrow where the engine looks (a
    // token every match has), not the word's own: "best match" does not ask where they are.
    int guards = 0;
    bool isEmpty() const { return fts5.isEmpty(); }
    bool operator==(const WordsMatch &) const = default;
};

// One word's expression. Chinese is a phrase of its characters. A Latin word is itself, or its
// pinyin syllables as a phrase, or (short ones) pinyin initials: "guzhen" finds 古镇 as
// "gu zhen", "gz" finds it as "gz". With `prefix`, the last piece may be unfinished; when it is
// one letter ("guz": "gu z…"), the phrase is guarded by the pair of initials the tokenizer
// stores on the first of two characters ("gz"), which every such match has: the one letter's
// list covers most of a catalog, and reading it whole cost hundreds of milliseconds.
WordsMatch wordExpression(const QString &word, bool prefix);
// The phrases of wordExpression(), any one of which matches the word.
QList<WordsMatch> wordAlternatives(const QString &word, bool prefix);
// Any one of `alternatives` (in parentheses when more than one); every one of `words`.
WordsMatch anyOf(const QList<WordsMatch> &alternatives);
WordsMatch allOf(const QList<WordsMatch> &words);

// Whether the tokenizer makes any token of `word` (a word of only punctuation is ignored).
bool hasTokens(const QString &word);

struct Comparison
{
    QString op; // <, <=, >, >=, =, !=, ..
    double low = 0;
    double high = 0; // for ".."
};
using NumberReader = std::function<std::optional<double>(const QString &)>;
// "<10", ">= 50", "5..30", "25" -> the comparison; `number` reads one value.
std::optional<Comparison> comparison(QString value, const NumberReader &number);
std::optional<double> plainNumber(const QString &text);
// "dur<10", "fps=24..30": a comparison as understood, for people and tests.
QString describe(const QString &field, const Comparison &c);
// A filter's SQL condition, or its negation; a negated condition holds where the column is
// empty too ("-city:青岛" keeps the records without a city: NOT NULL would drop them).
QString condition(const QString &sql, bool negated);

// The SQL condition for `column` and `c` (with `tolerance` on equality and ranges), and its binds.
std::pair<QString, QVariantList> numericCondition(const QString &column, const Comparison &c,
                                                  double tolerance);

// How long `text` is to SQL's length() and substr(), which count characters: QString::size()
// counts UTF-16 units, two for every character outside the Basic Multilingual Plane (emoji,
// CJK Extension B such as 𠀀), and a prefix measured with it cuts such a character in half.
qsizetype sqlLength(QStringView text);
// "`column` starts with `prefix`" as a range an index answers (compared without LIKE, so that %
// and _ are plain characters), and its binds.
std::pair<QString, QVariantList> startsWith(const QString &column, const QString &prefix);
// The first text after all those that start with `prefix` ("2024-07" -> "2024-08", "a/" -> "a0");
// nullopt when there is none.
std::optional<QString> nextAfterPrefix(const QString &prefix);
// A query of the distinct values (column d.v) of the indexed `column` of assets, read from the
// index one value at a time.
QString distinctValues(const QString &column);
// "`column` is the path `path` or one below it" (a/b, a/b/c …; a path ending in / has only what
// is below it), and its binds: tags and folders.
std::pair<QString, QVariantList> pathOrBelow(const QString &column, const QString &path);

} // namespace QueryText

Q_DECLARE_METATYPE(QueryText::WordsMatch)
