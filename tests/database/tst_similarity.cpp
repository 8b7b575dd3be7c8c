// Copies and look-alikes by perceptual hash: the distances, the grouping through the index (it
// must find every pair a comparison of all pairs would), and what a damaged catalog may hold.
#include "similarity.h"

#include <QRandomGenerator>
#include <QTest>

#include <bit>

using namespace Qt::StringLiterals;

namespace {

// `hash` with `bits` different bits flipped.
quint64 flipped(quint64 hash, int bits, QRandomGenerator &random)
{
    quint64 mask = 0;
    while (std::popcount(mask) < bits)
        mask |= 1ull << random.bounded(64);
    return hash ^ mask;
}

SimilarityIndex::Signature photo(quint64 hash)
{
    return { false, { hash } };
}

} // namespace

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatTheCatalogStores()
    {
        const auto clip = SimilarityIndex::parse(u"00000000000000ff ffffffffffffffff"_s, true);
        QVERIFY(clip);
        QCOMPARE(clip->hashes.size(), size_t(2));
        QCOMPARE(clip->hashes.at(0), 0xffull);
        // Damage is not compared rather than compared wrongly.
        QVERIFY(!SimilarityIndex::parse(u"xyz"_s, false));
        QVERIFY(!SimilarityIndex::parse(u"ff"_s, false)); // not 16 digits
        QVERIFY(!SimilarityIndex::parse(QString(), false));
        QVERIFY(!SimilarityIndex::parse(u"00000000000000ff 00000000000000ff"_s, false)); // a photo has one
        QVERIFY(!SimilarityIndex::parse(u"00000000000000ff -0000000000000ff"_s, true));
    }

    void distances()
    {
        QCOMPARE(SimilarityIndex::distance(photo(0), photo(0xf)), std::optional<int>(4));
        // A photo and a clip, or clips of different strips, are not compared.
        QVERIFY(!SimilarityIndex::distance(photo(0), { true, { 0 } }));
        QVERIFY(!SimilarityIndex::distance({ true, { 0, 0 } }, { true, { 0 } }));
        // A clip: the median frame by frame, so one frame on a cut does not decide.
        const SimilarityIndex::Signature a { true, { 0, 0, 0, 0, 0 } };
        const SimilarityIndex::Signature b { true, { 0, 0x3, 0x1, ~0ull, 0 } };
        QCOMPARE(SimilarityIndex::distance(a, b), std::optional<int>(1));
    }

    void similarIsNearestFirst()
    {
        SimilarityIndex index;
        index.add(1, photo(0));
        index.add(2, photo(0xff)); // 8
        index.add(3, photo(0x1)); // 1
        index.add(4, photo(~0ull)); // 64: unrelated
        index.add(5, { true, { 0 } }); // a clip
        const QList<SimilarityIndex::Match> matches = index.similar(1, 10);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).id, 3);
        QCOMPARE(matches.at(0).distance, 1);
        QCOMPARE(matches.at(1).id, 2);
        QCOMPARE(index.similar(1, 1).size(), 1);
        // Nothing to compare by, or an id already there: left out, not compared wrongly.
        index.add(6, { false, {} });
        index.add(3, photo(~0ull));
        QCOMPARE(index.size(), 5);
        QCOMPARE(index.similar(1, 10).at(0).id, 3);
        QVERIFY(index.similar(99, 10).isEmpty());

        // Added out of id order: found all the same.
        SimilarityIndex unordered;
        for (const qint64 id : { 30, 10, 20 })
            unordered.add(id, photo(quint64(id)));
        unordered.add(10, photo(~0ull)); // there already
        QCOMPARE(unordered.size(), 3);
        QVERIFY(unordered.contains(20) && !unordered.contains(25));
        QCOMPARE(unordered.similar(10, 10).size(), 2);
        QCOMPARE(unordered.similar(10, 10).at(0).id, 30); // 10 ^ 30: 2 bits, 10 ^ 20: 4
    }

    // One picture from anywhere (a shot's frame, a dropped photo) finds photos and clips: a clip
    // by its frame nearest to it. A clip's signature finds clips; similar(id) keeps kinds apart.
    void onePictureFindsPhotosAndClips()
    {
        SimilarityIndex index;
        index.add(1, photo(0x3));
        index.add(2, { true, { ~0ull, 0x1, ~0ull, ~0ull } }); // one frame 1 bit away, the rest far
        index.add(3, { true, { ~0ull, ~0ull, ~0ull, ~0ull } });
        index.add(4, photo(0));
        const QList<SimilarityIndex::Match> matches = index.similar(photo(0), 10);
        QCOMPARE(matches.size(), 3);
        QCOMPARE(matches.at(0).id, 4); // itself, if it is in the catalog
        QCOMPARE(matches.at(1).id, 2);
        QCOMPARE(matches.at(1).distance, 1);
        QCOMPARE(matches.at(2).id, 1);
        QCOMPARE(matches.at(2).distance, 2);
        QCOMPARE(index.similar(4, 10).size(), 1); // an asset's look-alikes: photos only
        QVERIFY(index.similar({ true, { 0, 0, 0, 0 } }, 10).isEmpty()); // no clip near enough
    }

    // Random hashes with copies 0..10 bits away, and others 12..20 bits away: the index groups
    // exactly the pairs a comparison of every pair does.
    // Many clips, their hashes kept in several chunks: each is found again whole, and its copy
    // with it, wherever its chunk began.
    void manyClipsEachFoundWhole()
    {
        QRandomGenerator random(20261206);
        SimilarityIndex index;
        std::vector<SimilarityIndex::Signature> clips;
        qint64 hashes = 0;
        for (qint64 id = 1; hashes < 300'000; id += 2) {
            SimilarityIndex::Signature clip { true, {} };
            const int frames = 1 + int(random.bounded(SimilarityIndex::kMaxHashes));
            for (int f = 0; f < frames; ++f)
                clip.hashes.push_back(random.generate64());
            hashes += frames;
            index.add(id, clip);
            clips.push_back(clip);
        }
        QCOMPARE(index.size(), qsizetype(clips.size()));
        for (size_t i = 0; i < clips.size(); i += 97) {
            const qint64 id = qint64(i) * 2 + 1;
            const auto matches = index.similar(clips[i], 3);
            QVERIFY(!matches.isEmpty());
            QCOMPARE(matches.first().id, id);
            QCOMPARE(matches.first().distance, 0);
            const auto near = index.similar(id, 3);
            QVERIFY2(near.isEmpty() || near.first().distance > SimilarityIndex::kCopyDistance,
                     "random clips are not copies");
        }
    }

    void groupsAsEveryPairWould()
    {
        QRandomGenerator random(20261202);
        SimilarityIndex index;
        std::vector<std::pair<qint64, SimilarityIndex::Signature>> all;
        qint64 id = 1;
        for (int original = 0; original < 300; ++original) {
            const quint64 hash = random.generate64();
            all.push_back({ id++, photo(hash) });
            const int copies = int(random.bounded(3));
            for (int c = 0; c < copies; ++c)
                all.push_back({ id++, photo(flipped(hash, int(random.bounded(11)), random)) });
            if (random.bounded(2))
                all.push_back({ id++, photo(flipped(hash, 12 + int(random.bounded(9)), random)) });
        }
        for (const auto &[assetId, signature] : all)
            index.add(assetId, signature);
        const QList<QList<qint64>> groups = index.copyGroups();
        QHash<qint64, int> groupOf;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QVERIFY(groups.at(g).size() >= 2);
            for (const qint64 member : groups.at(g))
                groupOf.insert(member, int(g));
        }
        int pairs = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            for (size_t j = i + 1; j < all.size(); ++j) {
                const int d = *SimilarityIndex::distance(all[i].second, all[j].second);
                if (d <= SimilarityIndex::kCopyDistance) {
                    ++pairs;
                    QVERIFY2(
                        groupOf.contains(all[i].first)
                            && groupOf.value(all[i].first, -1) == groupOf.value(all[j].first, -2),
                        qPrintable(
                            u"%1 and %2 are %3 bits apart"_s.arg(all[i].first).arg(all[j].first).arg(d)));
                }
            }
        }
        QVERIFY(pairs > 200);
        // Nobody is in a group without a copy within the distance.
        for (const auto &[assetId, signature] : all) {
            if (!groupOf.contains(assetId))
                continue;
            bool near = false;
            for (const auto &[otherId, other] : all)
                near = near
                    || (otherId != assetId
                        && *SimilarityIndex::distance(signature, other) <= SimilarityIndex::kCopyDistance);
            QVERIFY(near);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
