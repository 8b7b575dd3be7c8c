#include "similarity.h"

#include "catalogbackend.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

int bitsApart(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

// Every 16-bit value within two bits of `value` (1 + 16 + 120 of them).
std::array<quint16, 137> neighbours(quint16 value)
{
    std::array<quint16, 137> out {};
    size_t k = 0;
    out[k++] = value;
    for (int i = 0; i < 16; ++i) {
        out[k++] = quint16(value ^ (1u << i));
        for (int j = i + 1; j < 16; ++j)
            out[k++] = quint16(value ^ (1u << i) ^ (1u << j));
    }
    return out;
}

} // namespace

std::optional<SimilarityIndex> SimilarityIndex::load(const QSqlDatabase &db, QString &error)
{
    SimilarityIndex index;
    // In the table's order: a server's is not the ids' (a row updated moves to the end), and
    // ORDER BY would sort a million signatures there. Put in order once, here.
    const bool ok = CatalogBackend::of(db).forEachRow(
        db, u"SELECT id, kind, signature FROM assets WHERE signature IS NOT NULL"_s, {},
        [&](const CatalogBackend::Row &row) {
            if (auto signature = parse(row.text(2), row.utf8(1) == "video"))
                index.append(row.integer(0), *signature);
        },
        error);
    index.settle();
    // Grown by doubling while read: give back what is not used.
    index.m_ids.shrink_to_fit();
    index.m_start.shrink_to_fit();
    index.m_count.shrink_to_fit();
    index.m_clip.shrink_to_fit();
    return ok ? std::optional(std::move(index)) : std::nullopt;
}

void SimilarityIndex::narrow(AssetQuery &query) const
{
    if (!query.asksForLookAlikes() || query.similarBind < 0 || query.similarBind >= query.binds.size())
        return;
    QList<Match> matches;
    if (query.similarTo != 0) {
        matches = similar(query.similarTo, kQueryMatches);
    } else {
        // A picture from outside the catalog, by its signature: a photo has one hash, a clip more.
        const QStringList parts = query.similarSignature.split(u',');
        if (const auto signature = parse(parts.join(u' '), parts.size() > 1))
            matches = similar(*signature, kQueryMatches);
    }
    query.similarOrder.clear();
    for (const Match &match : std::as_const(matches))
        query.similarOrder.append(match.id);
    query.binds[query.similarBind] = QVariant::fromValue(query.similarOrder);
}

std::optional<SimilarityIndex::Signature> SimilarityIndex::parse(const QString &text, bool clip)
{
    Signature signature;
    signature.clip = clip;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const quint64 hash = part.toULongLong(&ok, 16);
        if (!ok || part.size() != 16)
            return std::nullopt; // damaged: not compared rather than compared wrongly
        signature.hashes.push_back(hash);
    }
    if (signature.hashes.empty() || signature.hashes.size() > size_t(kMaxHashes)
        || (!clip && signature.hashes.size() != 1))
        return std::nullopt;
    return signature;
}

std::optional<int> SimilarityIndex::distance(const Signature &a, const Signature &b)
{
    return distance(view(a), view(b));
}

SimilarityIndex::View SimilarityIndex::view(const Signature &signature)
{
    return { signature.clip, signature.hashes.data(), signature.hashes.size() };
}

SimilarityIndex::View SimilarityIndex::view(size_t row) const
{
    const quint32 start = m_start[row];
    return { bool(m_clip[row]), m_chunks[start >> kChunkBits].get() + (start & (kChunk - 1)), m_count[row] };
}

std::optional<size_t> SimilarityIndex::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? std::optional(size_t(it - m_ids.begin())) : std::nullopt;
}

std::optional<int> SimilarityIndex::distance(View a, View b)
{
    const size_t n = a.count;
    if (a.clip != b.clip || n != b.count || n == 0)
        return std::nullopt;
    if (n == 1)
        return bitsApart(a.hashes[0], b.hashes[0]);
    // The median: a frame that lands on a cut in one copy and not in the other does not decide.
    int apart[kMaxHashes];
    for (size_t i = 0; i < n; ++i)
        apart[i] = bitsApart(a.hashes[i], b.hashes[i]);
    std::nth_element(apart, apart + n / 2, apart + n);
    return apart[n / 2];
}

static_assert(SimilarityIndex::kMaxHashes <= 255, "a row's count is one byte");

void SimilarityIndex::add(qint64 id, const Signature &signature)
{
    if (contains(id))
        return; // there already
    const bool last = m_ids.empty() || id > m_ids.back();
    append(id, signature);
    if (!last)
        settle();
}

void SimilarityIndex::append(qint64 id, const Signature &signature)
{
    if (signature.hashes.empty() || signature.hashes.size() > size_t(kMaxHashes))
        return; // nothing to compare by (parse() gives none such)
    const size_t count = signature.hashes.size();
    if (m_chunks.empty() || m_used + count > kChunk) {
        m_chunks.push_back(std::make_unique_for_overwrite<quint64[]>(kChunk));
        m_used = 0;
    }
    std::copy(signature.hashes.cbegin(), signature.hashes.cend(), m_chunks.back().get() + m_used);
    m_ids.push_back(id);
    m_start.push_back(quint32((m_chunks.size() - 1) << kChunkBits | m_used));
    m_count.push_back(quint8(count));
    m_used += count;
    m_clip.push_back(signature.clip);
}

void SimilarityIndex::settle()
{
    if (std::adjacent_find(m_ids.cbegin(), m_ids.cend(), std::greater_equal<qint64>()) == m_ids.cend())
        return; // in order, each once
    // The rows by id, the first added of an id kept (the hashes of the others stay unused in
    // their chunk).
    std::vector<quint32> order(m_ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return m_ids[a] < m_ids[b]; });
    order.erase(
        std::unique(order.begin(), order.end(), [&](quint32 a, quint32 b) { return m_ids[a] == m_ids[b]; }),
        order.end());
    const auto reordered = [&](auto &column) {
        std::remove_reference_t<decltype(column)> out;
        out.reserve(order.size());
        for (const quint32 row : order)
            out.push_back(column[row]);
        column = std::move(out);
    };
    reordered(m_ids);
    reordered(m_start);
    reordered(m_count);
    reordered(m_clip);
}

QList<SimilarityIndex::Match> SimilarityIndex::similar(qint64 id, int limit, int maxDistance) const
{
    const auto row = rowOf(id);
    if (!row)
        return {};
    return similar(view(*row), limit, maxDistance, *row, false);
}

QList<SimilarityIndex::Match> SimilarityIndex::similar(const Signature &of, int limit, int maxDistance) const
{
    return similar(view(of), limit, maxDistance, m_ids.size(), !of.clip && of.hashes.size() == 1);
}

QList<SimilarityIndex::Match> SimilarityIndex::similar(View of, int limit, int maxDistance, size_t skip,
                                                       bool acrossKinds) const
{
    QList<Match> out;
    if (limit <= 0)
        return out;
    const auto nearestFrame = [](quint64 picture, View clip) {
        int nearest = 64;
        for (size_t i = 0; i < clip.count; ++i)
            nearest = std::min(nearest, bitsApart(picture, clip.hashes[i]));
        return nearest;
    };
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (i == skip)
            continue;
        const View other = view(i);
        const auto d = acrossKinds && other.clip ? std::optional(nearestFrame(of.hashes[0], other))
                                                 : distance(of, other);
        if (d && *d <= maxDistance)
            out.append({ m_ids[i], *d });
    }
    const auto nearer = [](const Match &a, const Match &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.id < b.id;
    };
    if (out.size() > limit) {
        std::partial_sort(out.begin(), out.begin() + limit, out.end(), nearer);
        out.resize(limit);
    } else {
        std::sort(out.begin(), out.end(), nearer);
    }
    return out;
}

QList<QList<qint64>> SimilarityIndex::copyGroups() const
{
    // Two hashes within kCopyDistance (10) bits have a quarter within two bits of the other's
    // (four quarters cannot all differ in three or more). A clip is keyed by its middle frame:
    // copies agree on most frames, the middle one among them but for a cut there.
    static_assert(kCopyDistance <= 11);
    const size_t n = m_ids.size();
    const auto key = [&](size_t row) {
        const View signature = view(row);
        return signature.hashes[signature.count / 2];
    };
    const auto slot = [](quint64 hash, quint32 quarter) {
        return (quarter << 16) | quint32((hash >> (16 * quarter)) & 0xffff);
    };
    std::vector<quint64> keys(n);
    for (size_t row = 0; row < n; ++row)
        keys[row] = key(row);
    // Rows by (quarter, its 16-bit value), as one array: first[s] .. first[s + 1] in `rows`.
    std::vector<quint32> first(4 * 65536 + 1, 0);
    for (size_t row = 0; row < n; ++row) {
        for (quint32 q = 0; q < 4; ++q)
            ++first[slot(key(row), q) + 1];
    }
    std::partial_sum(first.begin(), first.end(), first.begin());
    std::vector<quint32> rows(first.back());
    {
        std::vector<quint32> fill(first.begin(), first.end() - 1);
        for (size_t row = 0; row < n; ++row) {
            for (quint32 q = 0; q < 4; ++q)
                rows[fill[slot(key(row), q)]++] = quint32(row);
        }
    }
    std::vector<quint32> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](quint32 x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (size_t row = 0; row < n; ++row) {
        const quint64 hash = key(row);
        for (quint32 q = 0; q < 4; ++q) {
            for (const quint16 probe : neighbours(quint16((hash >> (16 * q)) & 0xffff))) {
                const quint32 at = (q << 16) | probe;
                for (quint32 k = first[at]; k < first[at + 1]; ++k) {
                    const quint32 other = rows[k];
                    // The keys first, from one flat array: most candidates end here.
                    if (other <= row || bitsApart(keys[other], hash) > kCopyDistance
                        || find(other) == find(quint32(row)))
                        continue;
                    const auto d = distance(view(row), view(other));
                    if (d && *d <= copyDistance(m_clip[row]))
                        parent[find(other)] = find(quint32(row));
                }
            }
        }
    }
    std::unordered_map<quint32, QList<qint64>> groups;
    for (size_t row = 0; row < n; ++row)
        groups[find(quint32(row))].append(m_ids[row]);
    QList<QList<qint64>> out;
    for (auto &[root, ids] : groups) {
        if (ids.size() < 2)
            continue;
        std::sort(ids.begin(), ids.end());
        out.append(ids);
    }
    std::sort(out.begin(), out.end(),
              [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
    return out;
}
