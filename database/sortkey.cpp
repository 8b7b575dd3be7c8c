#include "sortkey.h"

#include "pinyin.h"
#include "searchtokenizer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace SortKey {

namespace {

// Digits of a number padded to this many, so that text order is number order.
constexpr qsizetype kNumberWidth = 10;

QString paddedNumbers(const QString &word)
{
    QString out;
    qsizetype i = 0;
    while (i < word.size()) {
        if (!word.at(i).isDigit()) {
            out.append(word.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < word.size() && word.at(end).isDigit())
            ++end;
        QStringView digits = QStringView(word).sliced(i, end - i);
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        if (digits.size() < kNumberWidth)
            out.append(QString(kNumberWidth - digits.size(), u'0'));
        out.append(digits);
        i = end;
    }
    return out;
}

} // namespace

QString of(const QString &name, Numbers numbers)
{
    QStringList pieces;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            pieces.append(numbers == Numbers::ByValue ? paddedNumbers(word) : word);
        word.clear();
    };
    const QList<uint> codePoints = name.toUcs4();
    for (const uint c : codePoints) {
        if (SearchTokenizer::isHan(char32_t(c))) {
            flush();
            const QByteArrayList readings = PinyinTable::instance().readings(char32_t(c));
            if (!readings.isEmpty())
                pieces.append(QString::fromLatin1(readings.first()));
            continue;
        }
        const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (ch.at(0).isLetterOrNumber())
            word.append(ch.toLower());
        else
            flush();
    }
    flush();
    return pieces.join(u' ');
}

bool less(const QString &a, const QString &b)
{
    const qsizetype size = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t x = a.at(i).unicode(), y = b.at(i).unicode();
        if (x == y)
            continue;
        // A surrogate (D800–DFFF) stands for a code point above FFFF: it follows E000–FFFF.
        const auto rank = [](char16_t u) {
            return u >= 0xD800 && u <= 0xDFFF ? u + 0x2000 : u >= 0xE000 ? u - 0x800 : u;
        };
        return rank(x) < rank(y);
    }
    return a.size() < b.size();
}

} // namespace SortKey
