#include "querytext.h"

#include "pinyin.h"
#include "searchtokenizer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The FTS5 string literal for `text`: quoted, inner quotes doubled, so nothing in it is syntax.
QString ftsString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool isAsciiLetters(const QString &text)
{
    for (const QChar c : text) {
        if (!(c >= u'a' && c <= u'z'))
            return false;
    }
    return !text.isEmpty();
}

// The most syllables a word typed in pinyin is read as (青岛八大关风景区 is eight).
constexpr qsizetype kMaxPinyinSyllables = 12;

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

// The quote that closes one opened by `c` ("..." and “...”), or a null QChar.
QChar closingQuote(QChar c)
{
    if (c == u'"')
        return u'"';
    if (c == u'“')
        return u'”';
    return {};
}

// One term of the text: where it stands, and its text with the quotes taken out and U+E000
// where a quote opened (a private-use character: "this term was quoted").
struct Piece
{
    QueryText::Span span;
    QString marked;
};

// The one splitter: whitespace separates, except inside quotes.
QList<Piece> pieces(const QString &text)
{
    QList<Piece> out;
    Piece current;
    bool inTerm = false;
    QChar closing;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!closing.isNull()) {
            if (c == closing)
                closing = QChar();
            else
                current.marked.append(c);
            continue;
        }
        if (c.isSpace()) {
            if (inTerm) {
                current.span.size = i - current.span.start;
                out.append(current);
                current = {};
                inTerm = false;
            }
            continue;
        }
        if (!inTerm) {
            inTerm = true;
            current.span.start = i;
        }
        closing = closingQuote(c);
        current.marked.append(closing.isNull() ? c : QChar(0xE000));
    }
    if (inTerm) {
        current.span.size = text.size() - current.span.start;
        current.span.closed = closing.isNull();
        out.append(current);
    }
    return out;
}

} // namespace

namespace QueryText {

namespace {

// A phrase of `text`'s tokens (the last one a prefix when `prefix`) in both syntaxes. FTS5 reads
// the phrase with the tokenizer itself; the tsquery is made of the same tokens, quoted.
WordsMatch phrase(const QString &text, bool prefix)
{
    WordsMatch out { ftsString(text) + (prefix ? u" *"_s : QString()), {} };
    QStringList lexemes;
    for (const SearchTokenizer::Token &token : SearchTokenizer::tokenize(text.toUtf8(), false)) {
        QString lexeme = QString::fromUtf8(token.text);
        lexeme.replace(u"\\"_s, u"\\\\"_s);
        lexeme.replace(u"'"_s, u"''"_s);
        lexemes.append(u'\'' + lexeme + u'\'');
    }
    if (lexemes.isEmpty())
        out.tsquery = u"''"_s; // matches nothing, as FTS5's empty phrase
    else {
        if (prefix)
            lexemes.last() += u":*"_s;
        out.tsquery = lexemes.join(u" <-> "_s);
    }
    return out;
}

// `phrase` only where the one token `guard` is too (a token every match of the phrase has).
WordsMatch guarded(const QString &guard, const WordsMatch &phrase)
{
    return { u'(' + ftsString(guard) + u" AND "_s + phrase.fts5 + u')',
             u"('"_s + guard + u"' & "_s + phrase.tsquery + u')', 1 + phrase.guards };
}

} // namespace

WordsMatch wordExpression(const QString &word, bool prefix)
{
    return anyOf(wordAlternatives(word, prefix));
}

WordsMatch anyOf(const QList<WordsMatch> &alternatives)
{
    if (alternatives.size() == 1)
        return alternatives.first();
    QStringList fts5, tsquery;
    for (const WordsMatch &alternative : alternatives) {
        fts5.append(alternative.fts5);
        tsquery.append(alternative.tsquery);
    }
    return { u'(' + fts5.join(u" OR "_s) + u')', u'(' + tsquery.join(u" | "_s) + u')' };
}

WordsMatch allOf(const QList<WordsMatch> &words)
{
    QStringList fts5, tsquery;
    for (const WordsMatch &word : words) {
        fts5.append(word.fts5);
        tsquery.append(word.tsquery);
    }
    return { fts5.join(u" AND "_s), tsquery.join(u" & "_s) };
}

QList<WordsMatch> wordAlternatives(const QString &word, bool prefix)
{
    bool han = false;
    for (qsizetype i = 0; i < word.size() && !han; ++i) {
        const char32_t c = word.at(i).isHighSurrogate() && i + 1 < word.size()
            ? QChar::surrogateToUcs4(word.at(i), word.at(i + 1))
            : char32_t(word.at(i).unicode());
        han = SearchTokenizer::isHan(c);
    }
    if (han)
        return { phrase(word, prefix) };
    const QString lower = word.toLower();
    QList<WordsMatch> alternatives { phrase(word, prefix) };
    if (isAsciiLetters(lower)) {
        const QByteArray latin = lower.toLatin1();
        for (const QByteArrayList &pieces : PinyinTable::instance().segmentations(latin, prefix)) {
            // FTS5 reads a token's positions once for each place in a phrase: a phrase of dozens
            // of syllables (anananan…, typed or pasted) costs that many reads of the commonest
            // tokens, for a name nobody has. Place names typed in one pinyin word are shorter.
            if (pieces.size() < 2 || pieces.size() > kMaxPinyinSyllables)
                continue;
            const WordsMatch syllables = phrase(QString::fromLatin1(pieces.join(' ')), prefix);
            // An unfinished last syllable of one letter: the tokenizer's pair of initials of
            // the last two characters is in every match ("gu z…": "gz"). (A Latin word after a
            // character, "古 zoo", has no pair: not a pinyin reading of two characters.)
            const QByteArray &last = pieces.last();
            alternatives.append(
                prefix && last.size() == 1
                    ? guarded(QString::fromLatin1(pieces.at(pieces.size() - 2).left(1) + last), syllables)
                    : syllables);
        }
        // Initials, as the tokenizer's pairs: "gzlj" is the phrase "gz zl lj"; "gz", one pair,
        // is the word itself.
        if (lower.size() >= 3 && lower.size() <= 4) {
            QStringList pairs;
            for (qsizetype i = 0; i + 1 < lower.size(); ++i)
                pairs.append(lower.mid(i, 2));
            alternatives.append(phrase(pairs.join(u' '), false));
        }
    }
    // The same phrase twice (a word that is its own only reading) is one alternative.
    QList<WordsMatch> unique;
    for (const WordsMatch &alternative : std::as_const(alternatives)) {
        if (!unique.contains(alternative))
            unique.append(alternative);
    }
    return unique;
}

bool hasTokens(const QString &word)
{
    return SearchTokenizer::hasTokens(word);
}

QList<Term> split(const QString &text, const std::function<bool(const QString &)> &isFilterName,
                  bool &unclosedQuote)
{
    // A NUL ends a string for FTS5's query syntax (a word with one would be an error, not a
    // word): it separates, as a space does.
    const QList<Piece> parts = pieces(QString(text).replace(QChar(0), u' '));
    unclosedQuote = !parts.isEmpty() && !parts.last().span.closed;
    QList<Term> terms;
    for (qsizetype index = 0; index < parts.size(); ++index) {
        Term term;
        QString part = parts.at(index).marked;
        term.last = index == parts.size() - 1;
        if (part.size() > 1 && (part.startsWith(u'-') || part.startsWith(u'－'))) {
            term.negated = true;
            part = part.mid(1);
        }
        term.quoted = part.contains(QChar(0xE000));
        const qsizetype colon = [&] {
            const qsizetype ascii = part.indexOf(u':');
            const qsizetype wide = part.indexOf(u'：');
            return ascii < 0 ? wide : wide < 0 ? ascii : std::min(ascii, wide);
        }();
        const QString name = colon > 0 ? part.left(colon).toLower() : QString();
        if (!name.isEmpty() && !name.contains(QChar(0xE000)) && isFilterName(name)) {
            term.name = name;
            term.text = part.mid(colon + 1).remove(QChar(0xE000)).trimmed();
        } else {
            term.text = part.remove(QChar(0xE000));
        }
        terms.append(term);
    }
    return terms;
}

QList<Span> spans(const QString &text)
{
    QList<Span> out;
    for (const Piece &piece : pieces(text))
        out.append(piece.span);
    return out;
}

QString quoted(const QString &value)
{
    const bool whole = std::none_of(value.cbegin(), value.cend(),
                                    [](QChar c) { return c.isSpace() || !closingQuote(c).isNull(); });
    if (whole)
        return value;
    if (!value.contains(u'"'))
        return u'"' + value + u'"';
    if (!value.contains(u'”'))
        return u'“' + value + u'”';
    return u'"' + value + u'"'; // holds both closing quotes: nothing reads it whole (no escapes)
}

std::optional<Comparison> comparison(QString value, const NumberReader &number)
{
    value = value.trimmed();
    Comparison c;
    const qsizetype range = value.indexOf(u".."_s);
    if (range > 0) {
        const auto low = number(value.left(range));
        const auto high = number(value.mid(range + 2));
        if (!low || !high || *high < *low)
            return std::nullopt;
        c.op = u".."_s;
        c.low = *low;
        c.high = *high;
        return c;
    }
    for (const char *op : { "<=", ">=", "!=", "<", ">", "=" }) {
        if (value.startsWith(QLatin1StringView(op))) {
            c.op = QLatin1StringView(op);
            value = value.mid(c.op.size());
            break;
        }
    }
    if (c.op.isEmpty())
        c.op = u"="_s;
    const auto parsed = number(value);
    if (!parsed)
        return std::nullopt;
    c.low = *parsed;
    return c;
}

std::optional<double> plainNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

QString describe(const QString &field, const Comparison &c)
{
    if (c.op == ".."_L1)
        return u"%1=%2..%3"_s.arg(field, numberText(c.low), numberText(c.high));
    return field + c.op + numberText(c.low);
}

QString condition(const QString &sql, bool negated)
{
    return negated ? u"NOT COALESCE((%1), FALSE)"_s.arg(sql) : u'(' + sql + u')';
}

std::pair<QString, QVariantList> numericCondition(const QString &column, const Comparison &c,
                                                  double tolerance)
{
    if (c.op == ".."_L1)
        return { column + u" BETWEEN ? AND ?"_s, { c.low - tolerance, c.high + tolerance } };
    if (c.op == "="_L1)
        return { column + u" BETWEEN ? AND ?"_s, { c.low - tolerance, c.low + tolerance } };
    if (c.op == "!="_L1)
        return { u"NOT (%1 BETWEEN ? AND ?)"_s.arg(column), { c.low - tolerance, c.low + tolerance } };
    return { column + u' ' + c.op + u" ?"_s, { c.low } };
}

qsizetype sqlLength(QStringView text)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++characters;
    }
    return characters;
}

std::optional<QString> nextAfterPrefix(const QString &prefix)
{
    // Text compares by code point (UTF-8 bytes, UTF-16 below the surrogates): raising the last
    // character by one gives the first text after every text that starts with the prefix.
    QList<uint> points = prefix.toUcs4();
    if (points.isEmpty() || points.last() >= 0x10FFFF || points.last() == 0xD7FF)
        return std::nullopt;
    ++points.last();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

std::pair<QString, QVariantList> startsWith(const QString &column, const QString &prefix)
{
    // A range, which an index on `column` answers (substr() would be computed for every row).
    if (const auto next = nextAfterPrefix(prefix))
        return { u"(%1 >= ? AND %1 < ?)"_s.arg(column), { prefix, *next } };
    return { u"substr(%1, 1, ?) = ?"_s.arg(column), { sqlLength(prefix), prefix } };
}

QString distinctValues(const QString &column)
{
    // One step of an index per value: the smallest, then the smallest above it, ... (a "loose
    // index scan"), so that a column of a million rows and ten values costs ten lookups.
    return u"WITH RECURSIVE d(v) AS (SELECT min(%1) FROM assets UNION ALL "
           "SELECT (SELECT min(%1) FROM assets WHERE %1 > d.v) FROM d WHERE d.v IS NOT NULL) "
           "SELECT d.v FROM d WHERE d.v IS NOT NULL"_s.arg(column);
}

std::pair<QString, QVariantList> pathOrBelow(const QString &column, const QString &path)
{
    const QString below = path.endsWith(u'/') ? path : path + u'/';
    auto [sql, binds] = startsWith(column, below);
    return { u"(%1 = ? OR %2)"_s.arg(column, sql), QVariantList { path } + binds };
}

} // namespace QueryText
