#include "searchtokenizer.h"

#include "pinyin.h"

#include <QChar>

#include <sqlite3.h>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace SearchTokenizer {

namespace {

enum class Kind { Separator, Han, Syllabic, Letter, Digit };

bool isSyllabic(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0xAC00 && c <= 0xD7AF); // hangul syllables
}

// Folds a code point for matching: full-width ASCII to ASCII, lower case, Latin accents dropped.
char32_t fold(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    c = QChar::toLower(c);
    if (c >= 0xC0 && c < 0x250) {
        const QString decomposed = QChar::decomposition(c);
        if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80)
            c = QChar::toLower(char32_t(decomposed.at(0).unicode()));
    }
    return c;
}

Kind kindOf(char32_t c)
{
    if (isHan(c))
        return Kind::Han;
    if (isSyllabic(c))
        return Kind::Syllabic;
    const char32_t folded = fold(c);
    if (folded >= '0' && folded <= '9')
        return Kind::Digit;
    if (QChar::isLetterOrNumber(folded))
        return QChar::isDigit(folded) ? Kind::Digit : Kind::Letter;
    return Kind::Separator;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6))).append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)))
            .append(char(0x80 | ((c >> 6) & 0x3F)))
            .append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)))
            .append(char(0x80 | ((c >> 12) & 0x3F)))
            .append(char(0x80 | ((c >> 6) & 0x3F)))
            .append(char(0x80 | (c & 0x3F)));
    }
}

// Decodes one UTF-8 code point at `at`; invalid bytes become U+FFFD, one byte each.
char32_t decode(const unsigned char *text, int size, int &at)
{
    const unsigned char b = text[at];
    int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > size) {
        ++at;
        return 0xFFFD;
    }
    char32_t c = length == 1 ? b : b & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if ((text[at + i] & 0xC0) != 0x80) {
            ++at;
            return 0xFFFD;
        }
        c = (c << 6) | (text[at + i] & 0x3F);
    }
    at += length;
    return c;
}

using Emit = std::function<int(const QByteArray &token, int start, int end, bool colocated)>;

int run(const char *utf8, int size, bool document, const Emit &emit)
{
    const auto *text = reinterpret_cast<const unsigned char *>(utf8);
    const PinyinTable &pinyin = PinyinTable::instance();
    QByteArray word;
    Kind wordKind = Kind::Separator;
    int wordStart = 0;
    int wordEnd = 0;
    const auto flushWord = [&]() -> int {
        if (word.isEmpty())
            return SQLITE_OK;
        const int rc = emit(word, wordStart, wordEnd, false);
        word.clear();
        wordKind = Kind::Separator;
        return rc;
    };
    for (int at = 0; at < size;) {
        const int start = at;
        const char32_t c = decode(text, size, at);
        const Kind kind = kindOf(c);
        if (kind == Kind::Letter || kind == Kind::Digit) {
            if (!word.isEmpty() && kind != wordKind) {
                if (const int rc = flushWord(); rc != SQLITE_OK)
                    return rc;
            }
            if (word.isEmpty()) {
                wordStart = start;
                wordKind = kind;
            }
            appendUtf8(word, fold(c));
            wordEnd = at;
            continue;
        }
        if (const int rc = flushWord(); rc != SQLITE_OK)
            return rc;
        if (kind == Kind::Separator)
            continue;
        QByteArray character;
        appendUtf8(character, c);
        if (const int rc = emit(character, start, at, false); rc != SQLITE_OK)
            return rc;
        if (kind != Kind::Han || !document)
            continue;
        QByteArrayList colocated;
        for (const QByteArray &reading : pinyin.readings(c)) {
            for (const QByteArray &form :
                 { reading, reading.left(1),
                   reading.startsWith("zh") || reading.startsWith("ch") || reading.startsWith("sh")
                       ? reading.left(2)
                       : QByteArray() }) {
                if (!form.isEmpty() && !colocated.contains(form))
                    colocated.append(form);
            }
        }
        // The initials of this character and the next as one token ("gz" on 古 of 古镇): a
        // one-letter token is in nearly every document, and a phrase of two of them ("g z") costs
        // tens of milliseconds on a large catalog, where one two-letter token is a short list.
        int next = at;
        if (next < size) {
            const char32_t following = decode(text, size, next);
            if (isHan(following)) {
                for (const QByteArray &reading : pinyin.readings(c)) {
                    for (const QByteArray &nextReading : pinyin.readings(following)) {
                        const QByteArray pair = reading.left(1) + nextReading.left(1);
                        if (!colocated.contains(pair))
                            colocated.append(pair);
                    }
                }
            }
        }
        for (const QByteArray &form : std::as_const(colocated)) {
            if (const int rc = emit(form, start, at, true); rc != SQLITE_OK)
                return rc;
        }
    }
    return flushWord();
}

// ---------------------------------------------------------------- FTS5 glue

struct Instance
{
};

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer);
}

int tokenizeCallback(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
                     int (*token)(void *, int, const char *, int, int, int))
{
    const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) || !(flags & FTS5_TOKENIZE_QUERY);
    return run(text, size, document, [&](const QByteArray &t, int start, int end, bool colocated) {
        return token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, t.constData(), int(t.size()), start, end);
    });
}

// reelatlas_tier(index, columns, words): where the query's words are found in the row, for
// "best match". `columns` lists column numbers ("0,2,1"), `words` the word each phrase of the
// query is of, in order ("0,0,-1,0,1"; -1: a guard, QueryText::WordsMatch::guards, not asked).
// The result is the place in `columns` of the first column that holds every word (one of its
// phrases), else the number of columns: what a query "{column} : (…)" per column would say, in
// one pass over the matches.
struct TierArguments
{
    std::vector<int> columns;
    std::vector<int> wordOfPhrase;
    int words = 0;
};

// The numbers of a list "0,2,1", those of at least `least`.
std::vector<int> numbers(sqlite3_value *value, int least = 0)
{
    std::vector<int> out;
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    for (const QByteArray &piece : QByteArray(text ? text : "").split(',')) {
        bool ok = false;
        const int n = piece.trimmed().toInt(&ok);
        if (ok && n >= least)
            out.push_back(n);
    }
    return out;
}

void tier(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int count,
          sqlite3_value **values)
{
    if (count != 2) {
        sqlite3_result_error(context, "reelatlas_tier(index, columns, words)", -1);
        return;
    }
    // The arguments are the same for every row: read once per query.
    auto *arguments = static_cast<TierArguments *>(api->xGetAuxdata(fts, 0));
    if (!arguments) {
        auto made = std::make_unique<TierArguments>();
        made->columns = numbers(values[0]);
        const int phrases = api->xPhraseCount(fts);
        for (const int word : numbers(values[1], -1)) {
            made->wordOfPhrase.push_back(word);
            made->words = std::max(made->words, word + 1);
        }
        if (int(made->wordOfPhrase.size()) != phrases) { // not the query's shape: each phrase a word
            made->wordOfPhrase.resize(size_t(phrases));
            for (int i = 0; i < phrases; ++i)
                made->wordOfPhrase[size_t(i)] = i;
            made->words = phrases;
        }
        arguments = made.get();
        if (api->xSetAuxdata(fts, made.release(), [](void *p) { delete static_cast<TierArguments *>(p); })
            != SQLITE_OK) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    const int columnCount = api->xColumnCount(fts);
    const size_t wordsPerColumn = size_t(arguments->words + 63) / 64;
    // Called for every match: no allocation for the usual query (up to 64 words, 16 columns).
    std::array<quint64, 16> small {};
    std::vector<quint64> large;
    quint64 *found = small.data();
    if (size_t(columnCount) * wordsPerColumn > small.size()) {
        large.resize(size_t(columnCount) * wordsPerColumn);
        found = large.data();
    }
    // The columns of each phrase, from its own position list: the instance list (xInst) merges
    // every phrase's positions in order first, three times the cost on a short prefix.
    const int phrases = int(arguments->wordOfPhrase.size());
    for (int phrase = 0; phrase < phrases; ++phrase) {
        const int word = arguments->wordOfPhrase[size_t(phrase)];
        if (word < 0)
            continue; // a guard
        Fts5PhraseIter iterator {};
        int column = -1;
        if (const int rc = api->xPhraseFirstColumn(fts, phrase, &iterator, &column); rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNextColumn(fts, &iterator, &column)) {
            if (column < columnCount)
                found[size_t(column) * wordsPerColumn + size_t(word) / 64] |= quint64(1) << (word % 64);
        }
    }
    for (size_t place = 0; place < arguments->columns.size(); ++place) {
        const int column = arguments->columns[place];
        if (column >= columnCount)
            continue;
        bool all = true;
        for (int word = 0; word < arguments->words && all; ++word)
            all = found[size_t(column) * wordsPerColumn + size_t(word) / 64] & (quint64(1) << (word % 64));
        if (all) {
            sqlite3_result_int(context, int(place));
            return;
        }
    }
    sqlite3_result_int(context, int(arguments->columns.size()));
}

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0x2F800 && c <= 0x2FA1F) || (c >= 0x30000 && c <= 0x3134F)
        || c == 0x3007; // 〇
}

bool registerWith(sqlite3 *db, QString &error)
{
    fts5_api *api = fts5Of(db);
    if (!api || api->iVersion < 2) {
        error = QStringLiteral("SQLite was built without FTS5");
        return false;
    }
    static fts5_tokenizer tokenizer { create, destroy, tokenizeCallback };
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "reelatlas_tier", nullptr, &tier, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QList<Token> tokenize(QByteArrayView utf8, bool document)
{
    QList<Token> tokens;
    run(utf8.data(), int(utf8.size()), document,
        [&](const QByteArray &t, int start, int end, bool colocated) {
            tokens.append(Token { t, start, end, colocated });
            return SQLITE_OK;
        });
    return tokens;
}

bool hasTokens(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (kindOf(c) != Kind::Separator)
            return true;
    }
    return false;
}

} // namespace SearchTokenizer
