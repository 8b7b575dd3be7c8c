#pragma once

// Copies and look-alikes among the analysed assets, by their signatures: the perceptual hash of a
// photo, those of a clip's evenly spaced filmstrip frames. A photo resized, re-encoded, brightened
// a little or saved as PNG keeps its hash within a few bits; so does a clip re-encoded with another
// codec or size, or trimmed by a few percent, frame by frame. Different pictures of the same kind
// of place are further apart: similar, not copies.
//
// All in memory, in flat arrays (20 bytes a photo, 76 a clip of eight frames): finding the look-alikes of one
// asset is a pass over the signatures; grouping the copies looks only at the pairs that share a 16-bit
// quarter of a hash within two bits, which every pair within kCopyDistance does (multi-index hashing).

#include "assetquery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class SimilarityIndex final
{
public:
    // Bits of 64 within which two photos are copies (a crop of 5 % is 8 bits away), and two clips,
    // the median over their frames (a copy re-encoded or trimmed by 3 % is 2 bits away; the same
    // fixed camera 30 s later, other people passing, 8).
    static constexpr int kCopyDistance = 10;
    static constexpr int kClipCopyDistance = 5;
    static int copyDistance(bool clip) { return clip ? kClipCopyDistance : kCopyDistance; }
    // Beyond this nothing is "similar": unrelated pictures differ in ~32 bits.
    static constexpr int kSimilarDistance = 24;
    static constexpr int kMaxHashes = 64; // in one signature

    // The signatures of every analysed asset of the catalog.
    static std::optional<SimilarityIndex> load(const QSqlDatabase &db, QString &error);

    struct Signature
    {
        bool clip = false;
        std::vector<quint64> hashes;
    };
    // Parses what the catalog stores (16 hex digits per hash, space-separated).
    static std::optional<Signature> parse(const QString &text, bool clip);
    // Bits apart: a photo's hashes, or the median of a clip's frame by frame; nullopt when the
    // two cannot be compared (a photo and a clip, clips of different strips).
    static std::optional<int> distance(const Signature &a, const Signature &b);

    // Left out when it has nothing to compare by, or when `id` is there already.
    void add(qint64 id, const Signature &signature);
    bool contains(qint64 id) const { return rowOf(id).has_value(); }
    qsizetype size() const { return qsizetype(m_ids.size()); }

    struct Match
    {
        qint64 id = 0;
        int distance = 0;
    };
    // The assets most like `id` (itself left out), nearest first, within maxDistance.
    QList<Match> similar(qint64 id, int limit, int maxDistance = kSimilarDistance) const;
    // The assets most like a picture from anywhere (its signature as the analysis makes it). One
    // picture (a photo's signature, a shot's frame) is compared with photos and with clips, a
    // clip by its frame nearest to it; a clip's signature with clips.
    QList<Match> similar(const Signature &signature, int limit, int maxDistance = kSimilarDistance) const;
    // The look-alikes a query's similar:ID selects, in its order: at most kQueryMatches, nearest
    // first; none when that asset is not analysed.
    void narrow(AssetQuery &query) const;
    static constexpr int kQueryMatches = 500;
    // Groups of copies (two or more, each in id order; groups by their first id).
    QList<QList<qint64>> copyGroups() const;

private:
    // A signature where it is kept: its hashes in m_chunks.
    struct View
    {
        bool clip = false;
        const quint64 *hashes = nullptr;
        size_t count = 0;
    };
    View view(size_t row) const;
    static View view(const Signature &signature);
    static std::optional<int> distance(View a, View b);
    std::optional<size_t> rowOf(qint64 id) const;
    // add() without looking for `id` first; settle() then puts the rows in id order, each id
    // once (the first added), as rowOf() needs them.
    void append(qint64 id, const Signature &signature);
    void settle();
    QList<Match> similar(View of, int limit, int maxDistance, size_t skip, bool acrossKinds) const;

    // Flat: a vector per signature and a hash of rows cost the window 57 MB more resident memory
    // at a million assets. The hashes in chunks that are never moved: one vector grown while
    // read held up to three times its size at once (the old, the new, then the shrunk copy).
    static constexpr int kChunkBits = 16; // 65,536 hashes, 512 KB
    static constexpr size_t kChunk = size_t(1) << kChunkBits;
    std::vector<qint64> m_ids; // by row, ascending
    std::vector<std::unique_ptr<quint64[]>> m_chunks; // a row's hashes are all in one chunk
    size_t m_used = 0; // of the last chunk
    std::vector<quint32> m_start; // row -> its first hash: chunk << kChunkBits | place
    std::vector<quint8> m_count; // row -> how many hashes (at most kMaxHashes)
    std::vector<bool> m_clip;
};
