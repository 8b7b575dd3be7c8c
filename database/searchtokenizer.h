#pragma once

// The "reelatlas" FTS5 tokenizer: Chinese, pinyin, initials and words.
//
// SQLite's stock tokenizers cannot search Chinese: unicode61 makes a whole run of Han characters
// one token, trigram needs three characters. This one makes every Han character a token and, in
// documents, puts its toneless pinyin readings, their initials and the pair of its initial and
// the next character's at the same position, so that 古镇 in "山东古镇老街" is found as 古镇, as
// the phrase "gu zhen", as "gz" and 古镇老 as the phrase "gz zl"; a one-character query works. Letters and
// digits form lower-case words (full-width forms folded, Latin accents dropped), split where letters meet
// digits (IMG_0001 -> img 0001). Kana and Hangul are one token per character. Everything else separates.
//
// Threading: stateless; safe on every connection and thread.

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace SearchTokenizer {

inline constexpr char kName[] = "reelatlas";

// Makes the tokenizer available to FTS5 tables on `db`, and the auxiliary function
// reelatlas_tier(index, columns, words) (where a match was found, for "best match"). Call once
// per connection.
bool registerWith(sqlite3 *db, QString &error);

struct Token
{
    QByteArray text;
    int start = 0; // byte offsets into the UTF-8 text
    int end = 0;
    bool colocated = false; // same position as the token before
};

// What the tokenizer makes of `utf8`: in documents with readings and initials, in queries without.
QList<Token> tokenize(QByteArrayView utf8, bool document);

// Whether `text` holds anything the tokenizer makes a token of.
bool hasTokens(const QString &text);

bool isHan(char32_t codePoint);

} // namespace SearchTokenizer
