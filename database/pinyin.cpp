#include "pinyin.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

const PinyinTable &PinyinTable::instance()
{
    static const PinyinTable table;
    return table;
}

PinyinTable::PinyinTable()
{
    QFile file(u":/pinyin/pinyin.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return; // a build without the table: search still works on characters and words
    const QByteArray data = file.readAll();
    QHash<QByteArray, quint16> ids;
    QByteArrayList order;
    m_entries.reserve(42000);
    for (const QByteArray &line : data.split('\n')) {
        const QByteArrayList fields = line.split(' ');
        if (fields.size() < 2)
            continue;
        bool ok = false;
        const char32_t codePoint = fields.first().toUInt(&ok, 16);
        if (!ok)
            continue;
        Entry entry { codePoint, quint32(m_readingIds.size()), 0 };
        for (qsizetype i = 1; i < fields.size() && entry.count < 255; ++i) {
            const QByteArray &reading = fields.at(i);
            auto id = ids.constFind(reading);
            if (id == ids.cend()) {
                id = ids.insert(reading, quint16(order.size()));
                order.append(reading);
            }
            m_readingIds.push_back(*id);
            ++entry.count;
        }
        m_entries.push_back(entry);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.codePoint < b.codePoint; });
    m_syllables = order; // m_readingIds index into this list
    QByteArrayList sorted = order;
    std::sort(sorted.begin(), sorted.end());
    m_sortedSyllables = sorted;
}

QByteArrayList PinyinTable::readings(char32_t codePoint) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), codePoint,
                                     [](const Entry &entry, char32_t cp) { return entry.codePoint < cp; });
    QByteArrayList out;
    if (it == m_entries.end() || it->codePoint != codePoint)
        return out;
    for (quint32 i = 0; i < it->count; ++i)
        out.append(m_syllables.at(m_readingIds[it->first + i]));
    return out;
}

bool PinyinTable::isSyllable(QByteArrayView text) const
{
    return std::binary_search(m_sortedSyllables.begin(), m_sortedSyllables.end(), text.toByteArray());
}

bool PinyinTable::isSyllablePrefix(QByteArrayView text) const
{
    const QByteArray key = text.toByteArray();
    const auto it = std::lower_bound(m_sortedSyllables.begin(), m_sortedSyllables.end(), key);
    return it != m_sortedSyllables.end() && it->startsWith(key);
}

QList<QByteArrayList> PinyinTable::segmentations(QByteArrayView latin, bool lastMayBePrefix, int limit,
                                                 qsizetype *tried) const
{
    qsizetype lookups = 0;
    QList<QByteArrayList> results;
    if (latin.isEmpty() || latin.size() > 48)
        return results;
    QByteArrayList pieces;
    // Positions from which no way to the end exists: each is tried once. Without this, a long
    // word that cannot be split at its end (xianxian…q) is tried in every combination of the
    // ways its start splits (2^n).
    std::vector<bool> deadEnd(size_t(latin.size()) + 1, false);
    // Depth first, longest syllable first: the first result has the fewest pieces in practice.
    std::function<void(qsizetype)> walk = [&](qsizetype at) {
        if (results.size() >= limit || deadEnd[size_t(at)])
            return;
        if (at == latin.size()) {
            results.append(pieces);
            return;
        }
        const qsizetype before = results.size();
        for (qsizetype length = std::min<qsizetype>(6, latin.size() - at); length >= 1; --length) {
            const QByteArrayView piece = latin.sliced(at, length);
            ++lookups;
            const bool last = at + length == latin.size();
            // Interjections without a vowel (嗯 n, 呣 m, 哼 hng) would split every word apart.
            const bool vowel = std::any_of(piece.begin(), piece.end(),
                                           [](char c) { return QByteArrayView("aeiouv").contains(c); });
            if ((vowel && isSyllable(piece)) || (last && lastMayBePrefix && isSyllablePrefix(piece))) {
                pieces.append(piece.toByteArray());
                walk(at + length);
                pieces.removeLast();
            }
        }
        if (results.size() == before)
            deadEnd[size_t(at)] = true;
    };
    walk(0);
    if (tried)
        *tried = lookups;
    std::stable_sort(results.begin(), results.end(),
                     [](const QByteArrayList &a, const QByteArrayList &b) { return a.size() < b.size(); });
    return results;
}
