#pragma once

// Toneless Mandarin readings of Han characters, from Unihan (resources/pinyin), for searching in
// pinyin and initials. Loaded on first use; immutable after; safe to use from any thread.

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

#include <vector>

class PinyinTable final
{
public:
    static const PinyinTable &instance();

    // Readings of a Han character, most common first ("zhang", "chang" for 长); empty if none.
    QByteArrayList readings(char32_t codePoint) const;
    bool isSyllable(QByteArrayView text) const;
    bool isSyllablePrefix(QByteArrayView text) const; // "zh", "gua" (of guan), "zhuang" itself

    // The ways `latin` (lower-case a-z) splits into syllables, fewest pieces first: "xian" ->
    // [xian], [xi an]. With `lastMayBePrefix` the last piece may be a syllable's start, for
    // search as you type ("guzh" -> [gu zh]). At most `limit` results. The work grows linearly
    // with the length; `tried`, when given, gets how many pieces were looked up.
    QList<QByteArrayList> segmentations(QByteArrayView latin, bool lastMayBePrefix, int limit = 4,
                                        qsizetype *tried = nullptr) const;

    int characterCount() const { return int(m_entries.size()); }

private:
    PinyinTable();

    struct Entry
    {
        char32_t codePoint;
        quint32 first; // into m_readingIds
        quint8 count;
    };
    std::vector<Entry> m_entries; // by code point
    std::vector<quint16> m_readingIds;
    QByteArrayList m_syllables; // by id
    QByteArrayList m_sortedSyllables; // for lookups
};
