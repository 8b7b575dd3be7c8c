#include "catalogreader.h"

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"
#include "productionstore.h"
#include "recordstore.h"
#include "savedsearchstore.h"
#include "searchtext.h"
#include "similarity.h"
#include "tagstore.h"
#include "volumestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <future>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

// Facet buckets. The lights and colours are those the analysis names (Geo::lightOf,
// PictureAnalysis::colourNames), as the catalog spells them.
constexpr const char *kLights[] = { "day", "golden", "blue", "night" };
constexpr const char *kColours[] = { "red",    "orange", "yellow", "green", "cyan", "blue",
                                     "purple", "pink",   "brown",  "white", "grey", "black" };
constexpr QByteArrayView kHdrKinds[] = { "none", "hdr10", "hlg", "dolby_vision", "hdr10plus" };
constexpr double kFpsBuckets[] = { 24, 25, 30, 48, 50, 60, 100, 120 };
constexpr double kDurationEdges[] = { 10, 30, 60, 300 }; // <10, 10-30, 30-60, 60-300, >=300

// The letters and digits whose rows the facets' table keeps (CatalogReaderWorker::readLetter).
constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz0123456789";

std::atomic<int> facetPiece { 50'000 }; // CatalogReader::setFacetPiece
std::atomic<int> firstAnswer { int(CatalogReader::kFirstAnswer) }; // CatalogReader::setFirstAnswer
std::atomic<int> firstAnswerMs { CatalogReader::kFirstAnswerMs };
std::atomic<bool> prefetching { true }; // CatalogReader::setPrefetching

using Counted = std::function<void(const FacetCounts &)>;

// The row of an asset id in a table: an array by id, as the catalog gives ids out in order (4
// bytes an id, a lookup a load where a hash costs ten times that), and a hash for any id too
// large for the array.
class RowIndex
{
public:
    static constexpr quint32 kNone = std::numeric_limits<quint32>::max();
    static constexpr qint64 kDenseIds = qint64(1) << 25; // 128 MB at most, for ids that large

    void clear()
    {
        m_dense.clear();
        m_sparse.clear();
    }
    void add(qint64 id, quint32 row)
    {
        if (id < 0 || id >= kDenseIds) {
            m_sparse.emplace(id, row);
            return;
        }
        if (size_t(id) >= m_dense.size())
            m_dense.resize(std::max(size_t(id) + 1, m_dense.size() + m_dense.size() / 2), kNone);
        m_dense[size_t(id)] = row;
    }
    quint32 find(qint64 id) const
    {
        if (id >= 0 && size_t(id) < m_dense.size())
            return m_dense[size_t(id)];
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? kNone : it->second;
    }

private:
    std::vector<quint32> m_dense;
    std::unordered_map<qint64, quint32> m_sparse;
};

} // namespace

// Lives on the reader's thread.
class CatalogReaderWorker final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)

public:
    CatalogReaderWorker(QString folder, const std::atomic<quint64> &latest)
        : m_folder(std::move(folder))
        , m_latest(latest)
        , m_chinese(QLocale().language() == QLocale::Chinese)
    {
    }

    // On a server, the matches the whole answer reads first are asked at once on `worker`'s
    // connection while this one looks for the first answer: the server works on both at the
    // same time, and a first answer that runs out of time no longer delays the whole by its
    // own time (docs/postgresql.md, "where a server's search spends its time").
    void setPrefetcher(CatalogReaderWorker *worker) { m_prefetcher = worker; }
    // Opens the connection now, so that the first search does not wait for it.
    void warm()
    {
        QString ignored; // said by whoever searches
        ensureOpen(ignored);
    }

    struct Fetched
    {
        std::optional<AssetStore::Tiered> found;
        QString error;
    };
    // On the prefetcher's thread: what matches(`asked`) gives on its own connection.
    Fetched fetch(quint64 ticket, const AssetQuery &asked, AssetSort sort)
    {
        Fetched out;
        if (superseded(ticket)) {
            out.error = QString::fromLatin1(AssetStore::kStopped);
            return out;
        }
        if (!ensureOpen(out.error))
            return out;
        AssetStore store(m_session->db());
        store.setStopWhen([this, ticket] { return superseded(ticket); });
        out.found = matchesOf(store, asked, sort, out.error);
        return out;
    }

    // The whole answer, or with `first` the first answer (SearchResult::complete). The whole
    // answer may count its facets before it is put in order (countBeforeOrdering()): they are
    // given to `counted`, which is then called once.
    SearchResult search(quint64 ticket, const QString &text, AssetSort sort, bool first,
                        const Counted &counted = {})
    {
        SearchResult result;
        result.ticket = ticket;
        result.text = text;
        if (ticket < m_latest.load())
            return result; // superseded before it started: the caller ignores it
        if (first)
            m_prefetch.reset(); // an older search's, if nobody took it
        QElapsedTimer clock;
        clock.start();
        if (!ensureOpen(result.failure))
            return result;
        const AssetQuery query = AssetQueryParser::parse(text, true);
        result.errors = query.errors;
        QString error;
        AssetStore store(m_session->db());
        // A newer search makes this one pointless: its statement is stopped at the next row (a
        // word matching most of a catalog on a server takes 100 ms to read whole), and the
        // caller drops the answer.
        store.setStopWhen([this, ticket] { return superseded(ticket); });
        if (query.hasWords())
            m_stamp = store.changeStamp(); // before anything is read (knownMatches())
        if (query.asksForLookAlikes()) {
            const SimilarityIndex *index = similarity(error);
            if (!index) {
                result.failure = error;
                return result;
            }
            if (query.similarTo != 0 && !index->contains(query.similarTo))
                result.notes.append(
                    tr("Asset %1 is not analysed yet, so nothing is compared with it.").arg(query.similarTo));
            store.setSimilarityIndex(index);
        }
        AssetQuery narrowed = query;
        if (first && !query.asksForLookAlikes()) {
            // Without words, the first page in SQL: for the newest, the oldest and names a walk of
            // their index that stops there, for the others at most a pass over the filter's index.
            if (!query.hasWords()) {
                const auto ids = store.idsMatching(query, sort, firstAnswer.load(), error);
                if (!ids) {
                    result.failure = error;
                    return result;
                }
                result.ids = *ids;
                result.complete = ids->size() < firstAnswer.load();
                result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
                return result;
            }
            // Words: the matches among those catalogued last, kFirstAnswer of them, the search
            // index walked back until it has found that many, or for kFirstAnswerMs (words
            // matching many, with filters that match few of them).
            const int wanted = firstAnswer.load();
            bool finished = true;
            std::optional<AssetStore::Tiered> last;
            // The filters tested here when the table answers them: the walk then reads the search
            // index alone, not each match's row.
            const auto tests = memoryTests(store, query, error);
            if (tests && nothingPasses(store, *tests)) {
                result.filteredInMemory = true;
                result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
                return result; // complete, and empty
            }
            const bool orderedHere = m_facetsValid && sort != AssetSort::Name; // the whole answer
            const AssetQuery &words = tests ? wordsOf(query) : query;
            // Words whose matches are known (only the filters changed): the whole answer at once.
            const bool known =
                orderedHere && (tests || query.conditions.isEmpty()) && knownMatches(words, sort);
            if (orderedHere && !known)
                prefetch(ticket, words, tests.has_value(), sort);
            // The whole answer's matches may come first (a server: most of the time is spent
            // finding all of them, by one statement as by the other): the first answer then stops
            // and gives way to the whole.
            store.setStopWhen([this, ticket] { return superseded(ticket) || prefetchReady(ticket); });
            const KnownMatches *wider = !known && onServer() && (tests || query.conditions.isEmpty())
                ? widerKnown(query, text, sort)
                : nullptr;
            if (known) {
                // nothing to look for: the whole answer below
            } else if (wider) {
                last = firstAmong(store, words, *wider, wanted, tests ? &*tests : nullptr, error);
                // What the words typed before matched need not hold every match (a pinyin
                // reading read otherwise): never the whole answer, which follows.
                finished = false;
                result.amongWider = last.has_value();
                result.filteredInMemory = last && tests;
            } else if (tests) {
                bool unknown = false; // a match catalogued since the table was read
                last = store.idsLastCatalogued(
                    wordsOf(query), wanted, firstAnswerMs.load(), finished, error, [&](qint64 id) {
                        const quint32 row = m_rowOf.find(id);
                        unknown = unknown || row == RowIndex::kNone;
                        return row != RowIndex::kNone && passes(*tests, m_rows[row], id);
                    });
                if (unknown)
                    last.reset();
                else
                    result.filteredInMemory = true;
            }
            if (!known && !last && error.isEmpty())
                last = store.idsLastCatalogued(query, wanted, firstAnswerMs.load(), finished, error);
            store.setStopWhen([this, ticket] { return superseded(ticket); });
            if (!known && !prefetchReady(ticket)) {
                if (!last) {
                    result.failure = error;
                    return result;
                }
                if (last->ids.isEmpty()) {
                    result.complete = finished; // else: none yet
                    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
                    return result;
                }
                result.complete = finished && last->ids.size() < wanted;
                if (m_facetsValid && sort != AssetSort::Name) {
                    // Those are all the matches from the last of them up, with where the words
                    // are: put in order here, nothing asked again.
                    result.ids = orderFound(last->ids, last->tiers, sort);
                    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
                    return result;
                }
                // Else in SQL, those and no other (the filters are not asked again: a broad tag's
                // assets are many to gather).
                narrowed.fromId = last->ids.last();
                narrowed.conditions = { u"{ids a.id}"_s };
                narrowed.binds = { QVariant::fromValue(last->ids) };
                narrowed.folders.clear();
                narrowed.tests = { AssetQuery::Test {} }; // SQL: what the walk found, as it is
            } // else the whole answer, below, from what was prefetched
        }
        error.clear(); // the first answer's, given way to the whole
        // Ordered here, from the in-memory table, when it is there: SQLite's sorter costs about a
        // microsecond a row, 100 ms when a short prefix matches most of the catalog. Look-alikes
        // come nearest first, as the index gives them.
        const bool inMemory = m_facetsValid && sort != AssetSort::Name
            && !(query.asksForLookAlikes() && sort == AssetSort::Relevance);
        if (!first && inMemory && counted)
            countBeforeOrdering(store, query, ticket, text, sort, counted);
        m_answeredByLetter = false;
        const auto ids = inMemory ? ordered(store, narrowed, sort, result.filteredInMemory, error, ticket)
                                  : store.idsMatching(narrowed, sort, 0, error);
        result.byLetter = m_answeredByLetter;
        if (!ids) {
            result.failure = error;
            return result;
        }
        result.ids = *ids;
        result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        return result;
    }

    // The facet counts of `result`; nullopt when a newer search came while counting (it gives up
    // at once, and what it read of the in-memory table is kept for the next).
    std::optional<FacetCounts> count(const SearchResult &result)
    {
        FacetCounts counts;
        counts.ticket = result.ticket;
        counts.text = result.text;
        counts.matched = result.ids.size();
        QElapsedTimer clock;
        clock.start();
        if (!ensureFacetTable(result.ticket))
            return std::nullopt;
        auto facetList = facets(result.ids, result.ticket);
        if (!facetList)
            return std::nullopt;
        counts.facets = std::move(*facetList);
        counts.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        return counts;
    }

    SidebarData sidebar()
    {
        SidebarData data;
        if (!ensureOpen(data.failure))
            return data;
        QString error;
        const auto assets = AssetStore(m_session->db()).count(error);
        if (!assets) {
            data.failure = error;
            return data;
        }
        data.assets = int(*assets);
        const Catalog::SignedIn who = Catalog::signedIn(m_session->db());
        data.signedInAs = who.user;
        data.role = who.role;

        const TagStore tagStore(m_session->db());
        const QList<TagStore::Tag> tags = tagStore.all(); // by path: parents first
        // Assets under a tag, counted once even when tagged at several levels: one pass over the
        // tag links in asset order, with integer ids (strings and sets made this 0.7 s on
        // 100,000 assets, and the first search waited for it).
        std::unordered_map<qint64, qint64> parentOf;
        for (const TagStore::Tag &tag : tags)
            parentOf.emplace(tag.id, tag.parentId.value_or(0));
        std::unordered_map<qint64, int> totals;
        std::vector<qint64> under; // the current asset's tags and their ancestors
        const auto countAsset = [&] {
            std::sort(under.begin(), under.end());
            under.erase(std::unique(under.begin(), under.end()), under.end());
            for (const qint64 id : under)
                ++totals[id];
            under.clear();
        };
        qint64 current = -1;
        const bool linksRead = tagStore.forEachLink(
            [&](qint64 asset, qint64 tag) {
                if (asset != current) {
                    countAsset();
                    current = asset;
                }
                // Up to the root; the depth bound guards against a cycle in a damaged catalog.
                for (int depth = 0; tag != 0 && depth < 64; ++depth) {
                    under.push_back(tag);
                    const auto parent = parentOf.find(tag);
                    tag = parent == parentOf.end() ? 0 : parent->second;
                }
            },
            error);
        if (!linksRead) {
            data.failure = error;
            return data;
        }
        countAsset();
        for (const TagStore::Tag &tag : tags) {
            const auto total = totals.find(tag.id);
            data.tags.append(SidebarData::Tag { tag.id, tag.parentId, tag.name, tag.nameEn, tag.path,
                                                tag.vocabulary, tag.vocabulary.isEmpty() ? 0 : tag.sortOrder,
                                                tag.assetCount, total == totals.end() ? 0 : total->second });
        }

        const auto volumes = VolumeStore(m_session->db()).all(error);
        if (!volumes) {
            data.failure = error;
            return data;
        }
        for (const VolumeStore::Volume &stored : *volumes) {
            if (stored.assets == 0)
                continue;
            SidebarData::Volume volume { stored.id,        stored.label, stored.mountPath,
                                         stored.localPath, false,        stored.assets };
            // A drive is online when its file system is present (by UUID where known, unless this
            // machine finds it elsewhere: a share another machine mounted).
            const bool mapped = stored.localPath != stored.mountPath;
            volume.online = stored.fsUuid.isEmpty() || mapped
                ? QFileInfo(volume.localPath).isDir()
                : QFileInfo::exists(u"/dev/disk/by-uuid/"_s + stored.fsUuid)
                    && QFileInfo(volume.localPath).isDir();
            data.volumes.append(volume);
        }

        for (const SavedSearchStore::SavedSearch &stored : SavedSearchStore(m_session->db()).all()) {
            SidebarData::SavedSearch saved { stored.id, stored.name, stored.query, stored.sort, 0 };
            QString countError;
            const AssetQuery parsed = AssetQueryParser::parse(saved.query);
            AssetStore store(m_session->db());
            if (parsed.asksForLookAlikes())
                store.setSimilarityIndex(similarity(countError));
            if (const auto ids = store.idsMatchingUnordered(parsed, countError)) // counted, not sorted
                saved.count = int(ids->size());
            data.savedSearches.append(saved);
        }
        data.locations = LocationStore(m_session->db()).summaries();
        const RecordStore records(m_session->db());
        data.facilities = records.count(RecordKind::Facility);
        data.experts = records.count(RecordKind::Expert);
        data.productions = ProductionStore(m_session->db()).count();
        return data;
    }

    QList<QJsonObject> assets(const QList<qint64> &ids)
    {
        QString failure;
        QList<QJsonObject> out;
        if (!ensureOpen(failure))
            return out;
        const AssetStore store(m_session->db());
        const auto read = store.assetsJson(ids, failure);
        if (!read) {
            qWarning("assets: %s", qPrintable(failure));
            return out;
        }
        for (const qint64 id : ids) {
            if (const auto asset = read->constFind(id); asset != read->cend())
                out.append(*asset);
        }
        // One asset (the preview's, the inspector's): its shots too.
        if (out.size() == 1 && ids.size() == 1) {
            if (const auto shots = store.shots(ids.first()))
                out.first().insert(u"shot_list"_s, AssetStore::toJson(*shots));
        }
        return out;
    }

    // Nullopt when `stopped` says to give up (a newer selection waits) or the catalog fails.
    std::optional<SelectionSummary> summary(const QList<qint64> &ids, const std::function<bool()> &stopped)
    {
        SelectionSummary out;
        QString failure;
        if (ids.isEmpty() || !ensureOpen(failure))
            return out;
        const QStringList &fields = SelectionSummary::sharedFields();
        QString error;
        const auto shared = AssetStore(m_session->db()).sharedValues(ids, fields, stopped, error);
        const auto tagCounts =
            shared ? TagStore(m_session->db()).countsAmong(ids, error, stopped) : std::nullopt;
        if (!tagCounts) {
            if (!error.isEmpty())
                qWarning("selection summary: %s", qPrintable(error));
            return std::nullopt;
        }
        out.count = shared->found;
        for (qsizetype f = 0; out.count > 0 && f < fields.size(); ++f) {
            if (const std::optional<QVariant> &value = shared->values.at(f))
                out.common.insert(fields.at(f),
                                  value->isNull() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue::fromVariant(*value));
        }
        out.tagCounts = *tagCounts;
        return out;
    }

    void invalidate(CatalogReader::Changed what)
    {
        m_known.clear(); // any change may change what words match
        forgetLetters();
        if (what == CatalogReader::Changed::Assets) {
            m_facetsValid = false;
            m_facetBuild.reset(); // started again from the first asset
            m_similarity.reset(); // analyses may have come
        } else if (what == CatalogReader::Changed::Tags)
            m_tagsValid = false;
    }

    // `ids` changed (their facts and words; none came or went): their rows of the in-memory table
    // are read again, the rest stays, and the newest-first order is read again when one of them
    // has moved in it (its created_at changed). An asset it does not have reads the whole table
    // again when next needed.
    void assetsChanged(const QList<qint64> &ids)
    {
        m_known.clear();
        forgetLetters();
        m_similarity.reset(); // signatures may have come
        if (!m_facetsValid) {
            invalidate(CatalogReader::Changed::Assets); // a table being read starts again
            return;
        }
        QString error;
        bool whole = !ensureOpen(error);
        std::vector<std::pair<quint32, Row>> fresh;
        if (!whole
            && !AssetStore(m_session->db())
                    .forEachFacetRowOf(
                        ids,
                        [&](const AssetFacetRow &asset) {
                            const quint32 at = m_rowOf.find(asset.id);
                            if (at == RowIndex::kNone)
                                whole = true;
                            else
                                fresh.emplace_back(at, rowOf(asset));
                        },
                        error))
            whole = true;
        namePendingFormats();
        if (whole) {
            invalidate(CatalogReader::Changed::Assets);
            return;
        }
        for (const auto &[at, row] : fresh) {
            m_oddYears += (row.yearKnown < 0 ? 1 : 0) - (m_rows[at].yearKnown < 0 ? 1 : 0);
            m_rows[at] = row;
        }
        m_allCounts.reset();
        std::vector<quint32> rows;
        for (const auto &entry : fresh)
            rows.push_back(entry.first);
        if (!inNewestOrder(rows))
            rankByTime();
    }

    // Whether the rows `changed` still stand where the newest-first order has them: each is after
    // the row before it and before the row after it, as the catalog orders them now (the rest did
    // not change, so they are in order among themselves).
    bool inNewestOrder(const std::vector<quint32> &changed)
    {
        std::vector<std::pair<quint32, quint32>> pairs; // ranks of neighbours, the newer first
        QList<qint64> ids;
        for (const quint32 row : changed) {
            const quint32 rank = m_rankOf[row];
            if (rank == RowIndex::kNone)
                return false;
            if (rank > 0)
                pairs.emplace_back(rank - 1, rank);
            if (rank + 1 < m_rowAtRank.size())
                pairs.emplace_back(rank, rank + 1);
        }
        for (const auto &[newer, older] : pairs)
            ids << m_ids[m_rowAtRank[newer]] << m_ids[m_rowAtRank[older]];
        if (ids.isEmpty())
            return true;
        AssetQuery among;
        among.conditions = { u"{ids a.id}"_s };
        among.binds = { QVariant::fromValue(ids) };
        QString error;
        const auto order = AssetStore(m_session->db()).idsMatching(among, AssetSort::Newest, 0, error);
        if (!order)
            return false;
        QHash<qint64, qsizetype> place;
        for (qsizetype i = 0; i < order->size(); ++i)
            place.insert(order->at(i), i);
        for (const auto &[newer, older] : pairs) {
            const auto a = place.constFind(m_ids[m_rowAtRank[newer]]);
            const auto b = place.constFind(m_ids[m_rowAtRank[older]]);
            if (a == place.cend() || b == place.cend() || *a > *b)
                return false; // gone meanwhile, or out of order
        }
        return true;
    }

    // What `asked` matches, with where the words are when `sort` needs them.
    static std::optional<AssetStore::Tiered> matchesOf(const AssetStore &store, const AssetQuery &asked,
                                                       AssetSort sort, QString &error)
    {
        if (sort == AssetSort::Relevance && asked.hasWords())
            return store.idsWithTiers(asked, error);
        auto ids = store.idsMatchingUnordered(asked, error);
        if (!ids)
            return std::nullopt;
        return AssetStore::Tiered { std::move(*ids), {} };
    }

    // The matches of words kept while the catalog is unchanged, for the last few words searched:
    // a keystroke that changes only the filters (typing "dur:<30" after 海边) or goes back to
    // words searched just before asks the catalog nothing. Unchanged means the same change stamp
    // (CatalogBackend::changeStamp, taken before the matches were read: a change by anyone, told
    // or not), and no invalidate() since. At most kKnownSearches of them, kKnownIds ids in all.
    static constexpr size_t kKnownSearches = 12;
    // What the last searches' words matched (knownMatches()), newest last.
    struct KnownMatches
    {
        QString key; // wordsKey()
        quint64 stamp = 0; // the catalog's change stamp before they were read
        AssetStore::Tiered found;
        mutable std::vector<qint64> newestFirst; // found's ids, by id from the last; made when asked
    };
    static constexpr qsizetype kKnownIds = 2'000'000;

    // What identifies `asked`'s words; empty when it has more than words (filters, folders,
    // look-alikes), whose matches are not kept.
    static QString wordsKey(const AssetQuery &asked)
    {
        if (!asked.hasWords() || !asked.conditions.isEmpty() || !asked.folders.isEmpty()
            || asked.asksForLookAlikes())
            return {};
        QString key = asked.words.fts5 + u'\n' + asked.words.tsquery + u'\n' + QString::number(asked.fromId);
        for (const QueryText::WordsMatch &word : asked.eachWord)
            key += u'\n' + word.tsquery;
        return key;
    }

    // The matches of `asked` (words alone) when they are known, with the tiers when `sort` needs
    // them (AssetStore::Tiered).
    const AssetStore::Tiered *knownMatches(const AssetQuery &asked, AssetSort sort) const
    {
        const KnownMatches *known = knownEntry(asked, sort);
        return known ? &known->found : nullptr;
    }

    const KnownMatches *knownEntry(const AssetQuery &asked, AssetSort sort) const
    {
        const QString key = wordsKey(asked);
        if (key.isEmpty())
            return nullptr;
        for (const KnownMatches &known : m_known) {
            if (known.key == key && m_stamp != 0 && known.stamp == m_stamp
                && (sort != AssetSort::Relevance || known.found.tiers.size() == known.found.ids.size()))
                return &known;
        }
        return nullptr;
    }

    // The words of `query` as typed, in order (not those negated).
    static QStringList typedWords(const AssetQuery &query)
    {
        QStringList words;
        for (const QString &term : query.terms) {
            if (term.startsWith(u"text("_s) && term.endsWith(u')'))
                words.append(term.sliced(5, term.size() - 6));
        }
        return words;
    }

    // The known matches of words that match at least everything `text`'s words (`query`, as
    // parsed from it) match: those of the keystroke before, or of the text without its last
    // word or filter, when their words are the same but for a last word `text` lengthens or
    // follows with more. Typing on narrows a search: a letter more of a prefix matches a subset
    // (pinyin read as syllables included, as far as wordAlternatives() goes), another word
    // matches among the matches of those before it.
    static constexpr qsizetype kWiderAtMost = 16'000;
    const KnownMatches *widerKnown(const AssetQuery &query, const QString &text, AssetSort sort) const
    {
        const QStringList words = typedWords(query);
        const QList<QueryText::Span> spans = QueryText::spans(text);
        if (words.isEmpty() || spans.isEmpty() || m_known.empty())
            return nullptr;
        QString shorter = text; // the keystroke before
        shorter.chop(shorter.size() >= 2 && shorter.back().isLowSurrogate() ? 2 : 1);
        const QString fewer = text.left(spans.last().start); // without the last word or filter
        for (const QString &before : { shorter, fewer }) {
            const AssetQuery wider = wordsOf(AssetQueryParser::parse(before, true));
            const QStringList widerWords = typedWords(wider);
            const qsizetype n = widerWords.size();
            // The same words but the last of them, which `text` has as it is or lengthened (a
            // filter typed after a word makes it whole: "海边 dur" is not wider than "海边 dur:").
            if (n == 0 || n > words.size() || widerWords.first(n - 1) != words.first(n - 1)
                || !words.at(n - 1).startsWith(widerWords.last()))
                continue;
            // Many more than a first answer looks through in its time (a one-letter word before):
            // the search index finds the first matches sooner.
            const KnownMatches *known = knownEntry(wider, sort);
            if (known && known->found.ids.size() <= kWiderAtMost)
                return known;
        }
        return nullptr;
    }

    bool onServer() const { return m_prefetcher && Catalog::isServerAddress(m_folder); }

    void keepMatches(const AssetQuery &asked, const AssetStore::Tiered &found)
    {
        const QString key = wordsKey(asked);
        if (key.isEmpty() || m_stamp == 0 || found.ids.size() > kKnownIds)
            return; // (0: the stamp could not be read)
        std::erase_if(m_known, [this, &key](const KnownMatches &known) {
            return known.key == key || known.stamp != m_stamp;
        });
        m_known.push_back({ key, m_stamp, found, {} });
        qsizetype ids = 0;
        for (const KnownMatches &known : m_known)
            ids += known.found.ids.size();
        while (m_known.size() > kKnownSearches || ids > kKnownIds) {
            ids -= m_known.front().found.ids.size();
            m_known.erase(m_known.begin());
        }
    }

    // Asks the prefetcher for matchesOf(`asked`) (the words alone when `wordsOnly`), on a server:
    // on a folder it gained nothing measurable (docs/million-assets.md).
    void prefetch(quint64 ticket, const AssetQuery &asked, bool wordsOnly, AssetSort sort)
    {
        if (!onServer() || !prefetching.load() || asked.asksForLookAlikes())
            return;
        auto promise = std::make_shared<std::promise<Fetched>>();
        m_prefetch = Prefetch { ticket, wordsOnly, sort, promise->get_future().share() };
        QMetaObject::invokeMethod(m_prefetcher, [worker = m_prefetcher, promise, ticket, asked, sort] {
            promise->set_value(worker->fetch(ticket, asked, sort));
        });
    }

    // Whether what prefetch() asked for search `ticket` has come.
    bool prefetchReady(quint64 ticket) const
    {
        return m_prefetch && m_prefetch->ticket == ticket
            && m_prefetch->result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }

    // What prefetch() asked for this search, waited for; nullopt when it asked for something else
    // or gave up (the caller then asks itself).
    std::optional<Fetched> prefetched(quint64 ticket, bool wordsOnly, AssetSort sort)
    {
        if (!m_prefetch || m_prefetch->ticket != ticket || m_prefetch->wordsOnly != wordsOnly
            || m_prefetch->sort != sort)
            return std::nullopt;
        const std::shared_future<Fetched> result = std::move(m_prefetch->result);
        m_prefetch.reset();
        try {
            Fetched fetched = result.get();
            if (!fetched.found && fetched.error != QLatin1StringView(AssetStore::kStopped))
                return std::nullopt; // its connection failed: this one may not
            return fetched;
        } catch (const std::future_error &) {
            return std::nullopt; // the prefetcher is closing
        }
    }

    // The assets matching `query` in `sort` order (not Name), ordered in memory as
    // AssetStore::idsMatching orders them in SQL; `filteredInMemory` tells whether the filters
    // were tested here (on the search index's matches) rather than in SQL. The matches are those
    // prefetched for search `ticket`, when they were.
    std::optional<QList<qint64>> ordered(const AssetStore &store, const AssetQuery &query, AssetSort sort,
                                         bool &filteredInMemory, QString &error, quint64 ticket = 0)
    {
        filteredInMemory = false;
        // What `asked` matches, with where the words are when the order needs them (prefetched
        // on a server, when it was).
        const auto matches = [&](const AssetQuery &asked,
                                 bool wordsOnly) -> std::optional<AssetStore::Tiered> {
            std::optional<AssetStore::Tiered> found;
            if (const AssetStore::Tiered *known = knownMatches(asked, sort)) {
                found = *known;
            } else if (auto fetched = prefetched(ticket, wordsOnly, sort)) {
                error = fetched->error;
                found = std::move(fetched->found);
            } else if (auto ids = sort == AssetSort::Relevance
                           ? std::nullopt
                           : matchesByLetter(store, asked, ticket, error)) {
                found = AssetStore::Tiered { std::move(*ids), {} }; // best match asks where the letter is
            } else {
                found = matchesOf(store, asked, sort, error);
            }
            if (found)
                keepMatches(asked, *found);
            return found;
        };
        // The words in the search index alone, the filters here: joining every match to its row
        // in the catalog costs about a microsecond a match, tags and colours more.
        const auto tests = memoryTests(store, query, error);
        if (!tests && !error.isEmpty())
            return std::nullopt;
        if (tests && nothingPasses(store, *tests)) {
            filteredInMemory = true;
            return QList<qint64> {};
        }
        if (tests) {
            auto found = matches(wordsOf(query), true);
            if (!found)
                return std::nullopt;
            if (keepPassing(*tests, *found)) {
                filteredInMemory = true;
                return orderFound(found->ids, found->tiers, sort);
            }
            // A match the table does not have yet (catalogued since it was read): in SQL.
        }
        const auto found = matches(query, false);
        if (!found)
            return std::nullopt;
        return orderFound(found->ids, found->tiers, sort);
    }

    // Words matching many, ordered by best match, whose matches are not known: which column
    // holds the words costs more than finding them (a one-letter prefix at a million assets:
    // 75 ms to find them, 200 with their columns). They are found alone first, the filters
    // tested, and their facets counted and given to `counted`; the order follows. The facets
    // and the count come sooner, the whole answer later by the finding (on a folder; a server
    // has been reading them with their columns since the first answer, and is not asked twice
    // when that is done). Run on two threads at once, the two readings took turns on this
    // machine's two cores with the posters and the window, and the facets came later than one
    // after the other (docs/million-assets.md).
    void countBeforeOrdering(const AssetStore &store, const AssetQuery &query, quint64 ticket,
                             const QString &text, AssetSort sort, const Counted &counted)
    {
        if (sort != AssetSort::Relevance || !query.hasWords() || query.asksForLookAlikes()
            || prefetchReady(ticket))
            return;
        // On a server the whole answer's matches are being read already, with where the words
        // are, on the prefetcher's connection: reading them again here, at the same time, made
        // the server read each match's row twice (a word matching most of a million: two
        // statements of 0.5 s on the same cores, each then taking 1 s and more).
        if (m_prefetch && m_prefetch->ticket == ticket)
            return;
        QString error; // the whole answer's search says it, if it fails again
        const auto tests = memoryTests(store, query, error);
        if (!tests && !query.conditions.isEmpty())
            return; // filters tested in SQL, with the columns: one statement
        if (tests && nothingPasses(store, *tests))
            return; // answered at once
        const AssetQuery words = tests ? wordsOf(query) : query;
        if (knownMatches(words, sort))
            return; // ordered at once
        auto ids = matchesByLetter(store, words, ticket, error);
        if (!ids && !superseded(ticket))
            ids = store.idsMatchingUnordered(words, error);
        if (!ids)
            return;
        AssetStore::Tiered found { std::move(*ids), {} };
        if (tests && !keepPassing(*tests, found))
            return; // a match the table does not have yet: the whole answer asks SQL
        SearchResult whole;
        whole.ticket = ticket;
        whole.text = text;
        whole.ids = std::move(found.ids);
        if (const auto counts = count(whole))
            counted(*counts);
    }

    // `ids` in `sort` order (not Name); `tiers` (AssetStore::Tiered), one for each id, for the
    // best match (without them: newest first).
    QList<qint64> orderFound(const QList<qint64> &ids, const QList<quint8> &tiers, AssetSort sort) const
    {
        if (sort == AssetSort::Relevance && tiers.size() != ids.size())
            sort = AssetSort::Newest;
        if (sort == AssetSort::Newest || sort == AssetSort::Oldest)
            return byTime(ids, sort == AssetSort::Newest, nullptr);
        if (sort == AssetSort::Relevance)
            return byTime(ids, true, &tiers);
        // Longest, shortest: one unsigned key (the duration's bits, made to order as the number
        // does) and the id as the tie-break, 16 bytes that sort in about half the time of a tuple.
        struct Key
        {
            quint64 key;
            qint64 tie;
        };
        constexpr auto ordering = [](double value) {
            const quint64 bits = std::bit_cast<quint64>(value + 0.0); // -0 as 0
            return bits >> 63 ? ~bits : bits | (quint64(1) << 63);
        };
        constexpr quint64 kLast = std::numeric_limits<quint64>::max();
        std::vector<Key> keys;
        keys.reserve(size_t(ids.size()));
        for (const qint64 id : ids) {
            const quint32 at = m_rowOf.find(id);
            const double duration = at == RowIndex::kNone ? qQNaN() : m_rows[at].durationS;
            // No duration last (NULLS LAST).
            keys.push_back({ std::isnan(duration)             ? kLast
                                 : sort == AssetSort::Longest ? ~ordering(duration) - 1
                                                              : ordering(duration),
                             id });
        }
        std::sort(keys.begin(), keys.end(),
                  [](const Key &a, const Key &b) { return a.key != b.key ? a.key < b.key : a.tie < b.tie; });
        QList<qint64> out;
        out.reserve(qsizetype(keys.size()));
        for (const Key &key : keys)
            out.append(key.tie);
        return out;
    }

    DuplicateGroups duplicates()
    {
        DuplicateGroups out;
        QElapsedTimer clock;
        clock.start();
        if (!ensureOpen(out.failure))
            return out;
        const SimilarityIndex *index = similarity(out.failure);
        if (!index)
            return out;
        out.analysed = index->size();
        const QList<QList<qint64>> groups = index->copyGroups();
        QList<qint64> ids;
        for (const QList<qint64> &group : groups)
            ids += group;
        const auto assets = AssetStore(m_session->db()).assetsJson(ids, out.failure);
        if (!assets)
            return out;
        for (const QList<qint64> &group : groups) {
            QList<QJsonObject> members;
            for (const qint64 id : group) {
                if (const auto asset = assets->constFind(id); asset != assets->cend())
                    members.append(*asset);
            }
            if (members.size() > 1)
                out.groups.append(members);
        }
        out.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        return out;
    }

private:
    // Every analysed asset's signature, read once and kept until the assets change: "similar:"
    // is then a pass in memory, not a read of the catalog.
    const SimilarityIndex *similarity(QString &error)
    {
        if (!m_similarity) {
            auto index = SimilarityIndex::load(m_session->db(), error);
            if (!index)
                return nullptr;
            m_similarity = std::move(index);
        }
        return &*m_similarity;
    }

    bool ensureOpen(QString &failure)
    {
        if (m_session && m_session->isConnected())
            return true;
        m_session.reset(); // lost (a server that restarted): opened afresh
        if (!Catalog::prepare(m_folder, Catalog::OpenMode::Create, failure))
            return false;
        m_session = std::make_unique<CatalogSession>(m_folder);
        if (!m_session->isOpen()) {
            failure = m_session->error();
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------ facets

    // One asset's facts: for the facet counts, the orders and the filters' tests
    // (AssetQuery::Test), which must answer as the SQL conditions do; NaN or -1 where the catalog
    // has NULL.
    struct Row
    {
        static constexpr qint32 kNoPeople = std::numeric_limits<qint32>::min();
        double durationS = qQNaN(); // Longest, Shortest; dur:
        double fpsValue = qQNaN(); // fps:
        qint32 peopleCount = kNoPeople; // people: (clamped to qint32)
        qint32 camera = -1; // index into m_cameras (camera:)
        quint32 firstTag = 0;
        quint16 tagCount = 0;
        qint16 format = -1; // index into m_formats; -1: none, or empty
        qint16 codec = -1; // index into m_codecs; -1: none, or empty
        qint16 year = 0; // of creation, for the facet (0: unknown)
        quint16 colours = 0; // a bit for each of kColours
        qint8 orient = -1; // 0 landscape, 1 portrait, 2 square (both sides known and positive)
        qint8 side = kUnknownSide; // the sign of width - height (orient:)
        qint8 hdr = -1; // 0 none, 1-4 kHdrKinds, 5 another; -1: NULL
        qint8 fps = -1; // index into kFpsBuckets, or 8: other
        qint8 duration = -1;
        qint8 yearKnown = 0; // 1: created_at starts with four digits (year:); 0: NULL; -1: other text
        qint8 kind = 0; // 0 video, 1 photo
        qint8 status = 0; // 0 ok, 1 failed, 2 offline
        qint8 people = -1; // 0 nobody seen, 1 one or two, 2 many (AssetQueryParser::kManyPeople or more); -1
                           // not analysed
        qint8 light = -1; // index into kLights; -1: unknown
        static constexpr qint8 kUnknownSide = -2;
    };
    static_assert(sizeof(Row) <= 48, "48 MB for a million assets");

    // Whether a search newer than `ticket` has been asked for.
    bool superseded(quint64 ticket) const { return ticket < m_latest.load(); }

    // The in-memory table's row of `asset`; the format classes, codecs and cameras it is the
    // first to have are added to their lists (a format class's names are looked up after the
    // statement: namePendingFormats()).
    Row rowOf(const AssetFacetRow &asset)
    {
        const auto indexOf = [](auto &index, QByteArrayView bytes, auto &&add) {
            const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
            auto it = index.constFind(key);
            if (it == index.cend())
                it = index.insert(QByteArray(bytes.data(), bytes.size()), add());
            return *it;
        };
        const auto text = [](QByteArrayView bytes) { return QString::fromUtf8(bytes); };
        Row row;
        if (!asset.formatClass.isEmpty()) {
            row.format = indexOf(m_formatIndex, asset.formatClass, [&] {
                m_formats.append(std::pair<QString, QString> {}); // named after the piece
                m_formatKeys.append(asset.formatClass.toByteArray());
                return qint16(m_formats.size() - 1);
            });
        }
        if (asset.width && asset.height) {
            const qint64 width = *asset.width, height = *asset.height;
            row.side = qint8(width > height ? 1 : width < height ? -1 : 0);
            if (width > 0 && height > 0)
                row.orient = qint8(width > height ? 0 : height > width ? 1 : 2);
        }
        if (!asset.hdr.isNull()) {
            row.hdr = qint8(std::size(kHdrKinds));
            for (qsizetype i = 0; i < qsizetype(std::size(kHdrKinds)); ++i) {
                if (asset.hdr == kHdrKinds[i])
                    row.hdr = qint8(i);
            }
        }
        if (!asset.videoCodec.isEmpty()) {
            row.codec = indexOf(m_codecIndex, asset.videoCodec, [&] {
                m_codecs.append(text(asset.videoCodec));
                return qint16(m_codecs.size() - 1);
            });
        }
        if (asset.fps) {
            row.fpsValue = *asset.fps;
            row.fps = 8;
            for (int i = 0; i < 8; ++i) {
                if (std::abs(*asset.fps - kFpsBuckets[i]) < 0.05)
                    row.fps = qint8(i);
            }
        }
        if (asset.durationS) {
            row.duration = 0;
            while (row.duration < 4 && *asset.durationS >= kDurationEdges[row.duration])
                ++row.duration;
            row.durationS = *asset.durationS;
        }
        row.year = qint16(asset.year);
        if (!asset.yearText.isNull()) {
            const QByteArrayView digits = asset.yearText;
            row.yearKnown = digits.size() == 4
                    && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })
                ? 1
                : -1;
        }
        row.kind = qint8(asset.kind == "photo" ? 1 : 0);
        row.status = qint8(asset.status == "failed" ? 1 : asset.status == "offline" ? 2 : 0);
        if (asset.people) {
            const qint64 people = *asset.people;
            row.peopleCount =
                qint32(std::clamp<qint64>(people, Row::kNoPeople + 1, std::numeric_limits<qint32>::max()));
            row.people = qint8(people <= 0 ? 0 : people < AssetQueryParser::kManyPeople ? 1 : 2);
        }
        for (qsizetype i = 0; !asset.light.isEmpty() && i < qsizetype(std::size(kLights)); ++i) {
            if (asset.light == kLights[i])
                row.light = qint8(i);
        }
        // A JSON array of names: each is there in quotes or not.
        for (qsizetype i = 0; !asset.colors.isEmpty() && i < qsizetype(std::size(kColours)); ++i) {
            if (asset.colors.contains(QByteArray('"' + QByteArray(kColours[i]) + '"')))
                row.colours |= quint16(1u << i);
        }
        row.camera = indexOf(m_cameraIndex, asset.camera, [&] {
            m_cameras.append(asset.camera.toByteArray());
            return qint32(m_cameras.size() - 1);
        });
        return row;
    }

    // The names of the format classes rowOf() first met: not while rows are read (a server's
    // connection answers one statement at a time).
    void namePendingFormats()
    {
        for (qsizetype i = 0; i < m_formats.size(); ++i) {
            if (m_formats[i].first.isEmpty() && m_formats[i].second.isEmpty())
                m_formats[i] = AssetStore(m_session->db()).formatClassNames(m_formatKeys.at(i));
        }
    }

    // Reads the in-memory table of every asset, in pieces of facetPiece assets; between pieces it
    // gives up when a newer search waits (false), and the next call goes on from there. A search
    // never waits for more than one piece, however large the catalog.
    bool ensureFacetTable(quint64 ticket)
    {
        if (m_facetsValid) {
            if (!m_tagsValid)
                loadTags(); // 0.1 s on 100,000 assets, where the whole table is 0.45 s
            return readLetters(ticket);
        }
        if (!m_facetBuild) {
            m_rows.clear();
            m_ids.clear();
            m_rowOf.clear();
            m_formats.clear();
            m_formatKeys.clear();
            m_codecs.clear();
            m_cameras.clear();
            m_oddYears = 0;
            m_formatIndex.clear();
            m_codecIndex.clear();
            m_cameraIndex.clear();
            m_tagIds.clear();
            m_tagOf.clear();
            m_allCounts.reset();
            m_facetBuild.emplace(); // (the letters were forgotten by invalidate(), or never read)
            // On a server a letter's matches are each a pass over the search rows (the GIN index
            // finds them, their ids are in the rows): not read with the table.
            m_lettersRead = Catalog::isServerAddress(m_folder) ? kLetters.size() : 0;
            // Sized once: grown by doubling, the rows of a million assets held three times their
            // 48 MB at the moment of a move.
            QString countError;
            if (const auto assets = AssetStore(m_session->db()).count(countError)) {
                m_rows.reserve(size_t(*assets));
                m_ids.reserve(size_t(*assets));
            }
        }
        FacetBuild &build = *m_facetBuild;
        QString error;
        const int piece = facetPiece.load();
        for (int read = piece; read == piece;) {
            if (superseded(ticket))
                return false;
            read = 0;
            const bool ok = AssetStore(m_session->db())
                                .forEachFacetRow(
                                    build.afterId, piece,
                                    [&](const AssetFacetRow &asset) {
                                        ++read;
                                        build.afterId = asset.id;
                                        const Row row = rowOf(asset);
                                        if (row.yearKnown < 0)
                                            ++m_oddYears;
                                        m_rowOf.add(asset.id, quint32(m_rows.size()));
                                        m_ids.push_back(asset.id);
                                        m_rows.push_back(row);
                                    },
                                    error);
            namePendingFormats(); // first met in the piece
            if (!ok) {
                qWarning("facets: %s", qPrintable(error));
                break; // counted from what could be read
            }
        }
        loadTags();
        rankByTime();
        m_facetBuild.reset();
        m_facetsValid = true;
        return true; // the letters after these facets are said (CatalogReader::search)
    }

    // ------------------------------------------------------------ letters

    // A trailing word of one letter ("qingdao s", "海边 d", as they are typed) matches most of a
    // catalog as a prefix: the search index reads its whole list (a million assets: 50–150 ms
    // warm, up to 460 ms from a cold disk) to keep the few that have the other words too. The
    // table keeps which rows have a word beginning with each letter and digit, read once (36
    // lists: 1.9 s warm, 5.8 s cold at a million; 4.5 MB), and such a search asks the index for
    // the other words alone and tests the letter here. A letter alone is its rows.

    // The matches of `letter` as a prefix, as a search of it alone asks for them.
    static const AssetQuery &letterQuery(size_t letter)
    {
        static const auto queries = [] {
            std::array<AssetQuery, kLetters.size()> out;
            for (size_t i = 0; i < kLetters.size(); ++i)
                out[i] = AssetQueryParser::parse(QString(QLatin1Char(kLetters[i])), true);
            return out;
        }();
        return queries[letter];
    }

    // An edit may change any row's words: each letter is read again when a search needs it.
    void forgetLetters()
    {
        for (Letter &letter : m_letters)
            letter.valid = false;
    }

    // Reads which rows have a word beginning with `letter`; false when the catalog failed or a
    // search newer than `ticket` is asked for.
    bool readLetter(size_t letter, quint64 ticket)
    {
        AssetStore store(m_session->db());
        store.setStopWhen([this, ticket] { return superseded(ticket); });
        QString error;
        const auto ids = store.idsMatchingUnordered(letterQuery(letter), error);
        if (!ids) {
            if (!superseded(ticket))
                qWarning("facets: %s", qPrintable(error));
            return false;
        }
        Letter &read = m_letters[letter];
        read.rows.assign((m_rows.size() + 63) / 64, 0);
        read.outside = false;
        for (const qint64 id : *ids) {
            const quint32 row = m_rowOf.find(id);
            if (row != RowIndex::kNone)
                read.rows[row / 64] |= quint64(1) << (row % 64);
            else
                read.outside = true; // catalogued since the table was read
        }
        read.valid = true;
        return true;
    }

public:
    // The letters the table has not read since it was read itself; false when a search newer
    // than `ticket` waits (the next call goes on). The facets that read the table are said
    // first; those of the searches after wait for the rest.
    bool readLetters(quint64 ticket)
    {
        if (!m_facetsValid)
            return true;
        for (; m_lettersRead < kLetters.size(); ++m_lettersRead) {
            if (!m_letters[m_lettersRead].valid && !readLetter(m_lettersRead, ticket)) {
                if (superseded(ticket))
                    return false;
                m_lettersRead = kLetters.size(); // the catalog failed: searches ask the index
            }
        }
        return true;
    }

private:
    // Which of kLetters `asked`'s last word is as a prefix (a search as it is typed), or nullopt.
    static std::optional<size_t> trailingLetter(const AssetQuery &asked)
    {
        if (asked.eachWord.isEmpty())
            return std::nullopt;
        const auto last = std::find_if(asked.terms.crbegin(), asked.terms.crend(),
                                       [](const QString &term) { return term.startsWith(u"text("_s); });
        if (last == asked.terms.crend() || last->size() != 7)
            return std::nullopt; // text(X)
        const char16_t typed = last->at(5).toLower().unicode();
        const size_t letter = typed < 128 ? kLetters.find(char(typed)) : std::string_view::npos;
        // The same expression as the letter's own, as typed (a prefix, the last term); the
        // tokenizer lowers it as it lowers the words ("K" is k).
        if (letter == std::string_view::npos
            || AssetQueryParser::parse(last->sliced(5, 1), true).eachWord
                != asked.eachWord.mid(asked.eachWord.size() - 1))
            return std::nullopt;
        return letter;
    }

    // The matches of `asked` (words alone) whose last word is one letter as a prefix, from the
    // table's letters and the search index's matches of the other words; nullopt when it has no
    // such word, or the table cannot say (a match catalogued since it was read).
    std::optional<QList<qint64>> matchesByLetter(const AssetStore &store, const AssetQuery &asked,
                                                 quint64 ticket, QString &error)
    {
        const std::optional<size_t> letter = m_facetsValid ? trailingLetter(asked) : std::nullopt;
        if (!letter || Catalog::isServerAddress(m_folder) || !asked.conditions.isEmpty()
            || !asked.folders.isEmpty() || asked.asksForLookAlikes())
            return std::nullopt;
        if (!m_letters[*letter].valid && (ticket == 0 || !readLetter(*letter, ticket)))
            return std::nullopt;
        const std::vector<quint64> &bits = m_letters[*letter].rows;
        const auto has = [&bits](quint32 row) { return (bits[row / 64] >> (row % 64)) & 1; };
        QList<qint64> out;
        if (asked.eachWord.size() == 1) { // the letter alone
            if (m_letters[*letter].outside)
                return std::nullopt; // the index has matches the table has not
            for (size_t word = 0; word < bits.size(); ++word) {
                for (quint64 set = bits[word]; set != 0; set &= set - 1)
                    out.append(m_ids[word * 64 + size_t(std::countr_zero(set))]);
            }
            m_answeredByLetter = true;
            return out;
        }
        AssetQuery rest = asked;
        const int lastWord = int(rest.eachWord.size()) - 1;
        rest.eachWord.removeLast();
        rest.words = QueryText::allOf(rest.eachWord);
        rest.phraseWords.removeAll(lastWord); // the letter's one phrase, unguarded
        for (qsizetype term = rest.terms.size(); term-- > 0;) {
            if (rest.terms.at(term).startsWith(u"text("_s)) {
                rest.terms.removeAt(term);
                break;
            }
        }
        std::optional<QList<qint64>> ids;
        if (const AssetStore::Tiered *known = knownMatches(rest, AssetSort::Newest))
            ids = known->ids;
        else
            ids = store.idsMatchingUnordered(rest, error);
        if (!ids)
            return std::nullopt;
        for (const qint64 id : std::as_const(*ids)) {
            const quint32 row = m_rowOf.find(id);
            if (row == RowIndex::kNone)
                return std::nullopt; // catalogued since the table was read
            if (has(row))
                out.append(id);
        }
        m_answeredByLetter = true;
        return out;
    }

    // Every row's place in the newest-first order, and the row at each place: a result is then
    // put in that order by marking places, not by sorting. The order is the catalog's own (its
    // index of the time as text, AssetSort::Newest), so that it is the one SQL gives even where a
    // time is not one (a damaged created_at) or two differ by less than a second.
    void rankByTime()
    {
        m_rankOf.assign(m_rows.size(), RowIndex::kNone);
        m_rowAtRank.clear();
        m_rowAtRank.reserve(m_rows.size());
        const auto place = [this](quint32 row) {
            if (row != RowIndex::kNone && m_rankOf[row] == RowIndex::kNone) {
                m_rankOf[row] = quint32(m_rowAtRank.size());
                m_rowAtRank.push_back(row);
            }
        };
        QString error;
        const auto newest =
            AssetStore(m_session->db()).idsMatching(AssetQuery {}, AssetSort::Newest, 0, error);
        if (!newest)
            qWarning("facets: %s", qPrintable(error));
        for (const qint64 id : newest ? *newest : QList<qint64> {})
            place(m_rowOf.find(id));
        // Rows the order did not have (it failed, or they went meanwhile): last, the larger id first
        // (rows are read in id order).
        for (size_t row = m_rows.size(); row-- > 0;)
            place(quint32(row));
    }

    // `ids` newest first (or oldest first), the relevance tiers first when `tiers` are given:
    // a bit per row and tier set, then read in order; an id not in the table comes last (newest
    // first) or first (oldest first), as one with no time.
    QList<qint64> byTime(const QList<qint64> &ids, bool newestFirst, const QList<quint8> *tiers) const
    {
        const size_t words = (m_rows.size() + 63) / 64;
        const size_t tierCount = tiers ? size_t(AssetStore::relevanceColumns().size()) + 1 : 1;
        std::vector<quint64> marked(words * tierCount);
        QList<qint64> unknown;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(i);
            const quint32 row = m_rowOf.find(id);
            if (row == RowIndex::kNone) {
                unknown.append(id);
                continue;
            }
            const size_t tier = tiers ? std::min<size_t>(tiers->at(i), tierCount - 1) : 0;
            const size_t rank = m_rankOf[row] + tier * words * 64;
            marked[rank / 64] |= quint64(1) << (rank % 64);
        }
        std::sort(unknown.begin(), unknown.end(), std::greater<>());
        QList<qint64> out;
        out.reserve(ids.size());
        if (!newestFirst) {
            std::reverse(unknown.begin(), unknown.end());
            out += unknown;
        }
        for (size_t tier = 0; tier < tierCount; ++tier) {
            for (size_t w = 0; w < words; ++w) {
                const size_t word = newestFirst ? w : words - 1 - w;
                for (quint64 bits = marked[tier * words + word]; bits != 0;) {
                    const int bit = newestFirst ? std::countr_zero(bits) : 63 - std::countl_zero(bits);
                    bits &= ~(quint64(1) << bit);
                    out.append(m_ids[m_rowAtRank[word * 64 + size_t(bit)]]);
                }
            }
        }
        if (newestFirst)
            out += unknown;
        return out;
    }

    // The tags of every asset of m_rows, as one flat array.
    void loadTags()
    {
        m_allCounts.reset();
        for (Row &row : m_rows)
            row.firstTag = 0, row.tagCount = 0;
        m_tagIds.clear();
        m_tagOf.clear();
        std::unordered_map<qint64, quint32> tagIndex; // tag id -> index into m_tagOf
        qint64 current = -1;
        Row *row = nullptr;
        QString error;
        const TagStore tags(m_session->db());
        tags.forEachLink(
            [&](qint64 asset, qint64 tag) {
                if (asset != current) {
                    current = asset;
                    const quint32 at = m_rowOf.find(asset);
                    row = at == RowIndex::kNone ? nullptr : &m_rows[at];
                    if (row)
                        row->firstTag = quint32(m_tagIds.size());
                }
                if (row) {
                    const auto [it, added] = tagIndex.try_emplace(tag, quint32(m_tagOf.size()));
                    if (added)
                        m_tagOf.push_back(tag);
                    m_tagIds.push_back(it->second);
                    ++row->tagCount;
                }
            },
            error);
        m_tagPaths = tags.allPaths();
        m_tagsValid = true;
    }

    // Counted over `ids`; nullopt when a newer search is asked for meanwhile.
    // Every facet value's count over some rows.
    struct Counts
    {
        std::vector<int> formats, codecs, years, tags;
        int orient[3] = {}, hdr[5] = {}, fps[9] = {}, duration[5] = {}, kind[2] = {}, status[3] = {},
            people[3] = {}, light[std::size(kLights)] = {}, colours[std::size(kColours)] = {};
    };

    Counts emptyCounts() const
    {
        Counts counts;
        counts.formats.resize(size_t(m_formats.size()));
        counts.codecs.resize(size_t(m_codecs.size()));
        counts.years.resize(size_t(std::numeric_limits<quint16>::max()) + 1);
        counts.tags.resize(m_tagOf.size());
        return counts;
    }

    // Counts `row` in (`by` 1) or out (-1).
    void count(Counts &c, const Row &row, int by) const
    {
        if (row.format >= 0)
            c.formats[size_t(row.format)] += by;
        if (row.orient >= 0)
            c.orient[row.orient] += by;
        if (row.hdr >= 0 && row.hdr < qint8(std::size(c.hdr)))
            c.hdr[row.hdr] += by;
        if (row.codec >= 0)
            c.codecs[size_t(row.codec)] += by;
        if (row.fps >= 0)
            c.fps[row.fps] += by;
        if (row.duration >= 0)
            c.duration[row.duration] += by;
        if (row.year > 0)
            c.years[quint16(row.year)] += by;
        c.kind[row.kind] += by;
        c.status[row.status] += by;
        if (row.people >= 0)
            c.people[row.people] += by;
        if (row.light >= 0)
            c.light[row.light] += by;
        for (quint16 bits = row.colours; bits != 0; bits &= quint16(bits - 1))
            c.colours[std::countr_zero(bits)] += by;
        for (quint32 t = 0; t < row.tagCount; ++t)
            c.tags[m_tagIds[row.firstTag + t]] += by;
    }

    // The counts of the rows of `ids`; nullopt when a newer search is asked for meanwhile. The
    // rows are marked first and read in order (the table is read in sequence, not at random),
    // and a result with most of the catalog is counted as everything less the rows it does
    // not have.
    std::optional<Counts> countsOf(const QList<qint64> &ids, quint64 ticket) const
    {
        const size_t rows = m_rows.size();
        std::vector<quint64> marked((rows + 63) / 64);
        size_t found = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i % 262144 == 262143 && superseded(ticket))
                return std::nullopt;
            const quint32 row = m_rowOf.find(ids.at(i));
            if (row == RowIndex::kNone)
                continue;
            const quint64 bit = quint64(1) << (row % 64);
            found += (marked[row / 64] & bit) == 0;
            marked[row / 64] |= bit;
        }
        const bool outside = found > rows / 2;
        if (outside && !m_allCounts) {
            Counts all = emptyCounts();
            for (size_t row = 0; row < rows; ++row) {
                if (row % 262144 == 262143 && superseded(ticket))
                    return std::nullopt;
                count(all, m_rows[row], 1);
            }
            m_allCounts = std::move(all);
        }
        Counts counts = outside ? *m_allCounts : emptyCounts();
        for (size_t word = 0; word < marked.size(); ++word) {
            if (word % 4096 == 4095 && superseded(ticket))
                return std::nullopt;
            quint64 bits = outside ? ~marked[word] : marked[word];
            if (outside && word == marked.size() - 1 && rows % 64 != 0)
                bits &= (quint64(1) << (rows % 64)) - 1; // past the last row
            for (; bits != 0; bits &= bits - 1)
                count(counts, m_rows[word * 64 + size_t(std::countr_zero(bits))], outside ? -1 : 1);
        }
        return counts;
    }

    std::optional<QList<Facet>> facets(const QList<qint64> &ids, quint64 ticket) const
    {
        auto counted = countsOf(ids, ticket);
        if (!counted)
            return std::nullopt;
        Counts &c = *counted;
        const std::vector<int> &formats = c.formats, &codecs = c.codecs, &years = c.years, &tags = c.tags;
        const auto &orient = c.orient, &status = c.status, &people = c.people;
        const auto &hdr = c.hdr, &duration = c.duration;
        const auto &fps = c.fps;
        const auto &kind = c.kind;
        const auto &light = c.light;
        const auto &colours = c.colours;

        QList<Facet> out;
        // Values with an order of their own (durations, frame rates) keep it; others go largest first.
        const auto add = [&](const QString &id, const QString &title, QList<FacetValue> values,
                             bool byCount = false) {
            values.erase(std::remove_if(values.begin(), values.end(),
                                        [](const FacetValue &v) { return v.count == 0; }),
                         values.end());
            if (byCount)
                std::stable_sort(values.begin(), values.end(),
                                 [](const FacetValue &a, const FacetValue &b) { return a.count > b.count; });
            if (!values.isEmpty())
                out.append(Facet { id, title, values });
        };
        QList<FacetValue> values;
        for (qsizetype i = 0; i < m_formats.size(); ++i) {
            const QString name = m_chinese ? m_formats[i].first : m_formats[i].second;
            values.append({ name, u"format:"_s + SearchText::quoted(name), formats[size_t(i)] });
        }
        add(u"format"_s, tr("Format class"), values, true);
        add(u"orient"_s, tr("Orientation"),
            { { tr("Landscape"), u"orient:landscape"_s, orient[0] },
              { tr("Portrait"), u"orient:portrait"_s, orient[1] },
              { tr("Square"), u"orient:square"_s, orient[2] } });
        add(u"hdr"_s, tr("HDR"),
            { { tr("SDR"), u"hdr:no"_s, hdr[0] },
              { u"HDR10"_s, u"hdr:hdr10"_s, hdr[1] },
              { u"HLG"_s, u"hdr:hlg"_s, hdr[2] },
              { tr("Dolby Vision"), u"hdr:dolby_vision"_s, hdr[3] },
              { u"HDR10+"_s, u"hdr:hdr10plus"_s, hdr[4] } });
        values.clear();
        for (qsizetype i = 0; i < m_codecs.size(); ++i)
            values.append({ m_codecs[i], u"codec:"_s + m_codecs[i], codecs[size_t(i)] });
        add(u"codec"_s, tr("Codec"), values, true);
        values.clear();
        for (int i = 0; i < 8; ++i)
            values.append({ tr("%1 fps").arg(kFpsBuckets[i]), u"fps:%1"_s.arg(kFpsBuckets[i]), fps[i] });
        add(u"fps"_s, tr("Frame rate"), values);
        add(u"duration"_s, tr("Duration"),
            { { tr("under 10 s"), u"dur:<10"_s, duration[0] },
              { tr("10–30 s"), u"dur:>=10 dur:<30"_s, duration[1] },
              { tr("30 s – 1 min"), u"dur:>=30 dur:<60"_s, duration[2] },
              { tr("1–5 min"), u"dur:>=60 dur:<300"_s, duration[3] },
              { tr("over 5 min"), u"dur:>=300"_s, duration[4] } });
        values.clear();
        for (size_t year = 1; year < years.size(); ++year) {
            if (years[year] > 0)
                values.append({ QString::number(year), u"year:%1"_s.arg(year), years[year] });
        }
        std::sort(values.begin(), values.end(),
                  [](const FacetValue &a, const FacetValue &b) { return a.label > b.label; });
        add(u"year"_s, tr("Year"), values);
        add(u"kind"_s, tr("Kind"),
            { { tr("Clips"), u"kind:video"_s, kind[0] }, { tr("Photos"), u"kind:photo"_s, kind[1] } });
        add(u"people"_s, tr("People"),
            { { tr("None"), u"people:none"_s, people[0] },
              { tr("Some"), u"people:1..%1"_s.arg(AssetQueryParser::kManyPeople - 1), people[1] },
              { tr("Many"), u"people:>=%1"_s.arg(AssetQueryParser::kManyPeople), people[2] } });
        add(u"light"_s, tr("Light"),
            { { tr("Day"), u"light:day"_s, light[0] },
              { tr("Golden hour"), u"light:golden"_s, light[1] },
              { tr("Blue hour"), u"light:blue"_s, light[2] },
              { tr("Night"), u"light:night"_s, light[3] } });
        const QString colourLabels[] = { tr("Red"),   tr("Orange"), tr("Yellow"), tr("Green"),
                                         tr("Cyan"),  tr("Blue"),   tr("Purple"), tr("Pink"),
                                         tr("Brown"), tr("White"),  tr("Grey"),   tr("Black") };
        static_assert(std::size(colourLabels) == std::size(kColours));
        values.clear();
        for (qsizetype i = 0; i < qsizetype(std::size(kColours)); ++i)
            values.append({ colourLabels[i], u"color:"_s + QLatin1StringView(kColours[i]), colours[i] });
        add(u"color"_s, tr("Colour"), values, true);
        add(u"status"_s, tr("Status"),
            { { tr("OK"), u"status:ok"_s, status[0] },
              { tr("Failed"), u"status:failed"_s, status[1] },
              { tr("Offline"), u"status:offline"_s, status[2] } });
        values.clear();
        for (size_t t = 0; t < tags.size(); ++t) {
            const QString path = tags[t] > 0 ? m_tagPaths.value(m_tagOf[t]) : QString();
            if (!path.isEmpty())
                values.append({ path, u"tag:"_s + SearchText::quoted(path), tags[t] });
        }
        std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.label < b.label;
        });
        if (values.size() > 20)
            values.resize(20);
        add(u"tag"_s, tr("Tags"), values);
        return out;
    }

    // ------------------------------------------------------------ filters in memory

    // A query's filters as tests on the in-memory table (AssetQuery::Test), with what they look
    // up in the catalog resolved to the table's indexes.
    struct Tests
    {
        struct One
        {
            AssetQuery::Test test;
            std::vector<char> allowed; // by the row's value (index) + its offset below
            quint16 bit = 0; // Colour
            std::vector<qint64> ids; // Id, in order
        };
        std::vector<One> tests;
        // A test no value passes (a codec, a tag or a format class the catalog does not have, as
        // while a filter's value is typed): nothing matches, whatever the words.
        bool impossible = false;
    };

    // The tests of a query with words and filters when the table answers them all, else nullopt
    // (and `error` empty, unless the catalog failed).
    std::optional<Tests> memoryTests(const AssetStore &store, const AssetQuery &query, QString &error) const
    {
        if (!m_facetsValid || !m_tagsValid || !query.hasWords() || query.conditions.isEmpty()
            || query.asksForLookAlikes() || !query.testsEveryFilter())
            return std::nullopt;
        return testsFor(store, query, error);
    }

    // `query` without its filters.
    static AssetQuery wordsOf(const AssetQuery &query)
    {
        AssetQuery words = query;
        words.conditions.clear();
        words.binds.clear();
        words.tests.clear();
        words.folders.clear();
        return words;
    }

    // nullopt when a filter is one the table cannot answer as SQL would; then `error` is empty,
    // unless the catalog failed.
    std::optional<Tests> testsFor(const AssetStore &store, const AssetQuery &query, QString &error) const
    {
        using Fact = AssetQuery::Test::Fact;
        Tests out;
        for (const AssetQuery::Test &test : query.tests) {
            Tests::One one { test, {}, 0, {} };
            // allowed[value + offset] for the row's value of the fact.
            const auto allow = [&one](qsizetype values, int offset, const auto &passes) {
                one.allowed.assign(size_t(values + offset), 0);
                for (qsizetype value = -offset; value < values; ++value)
                    one.allowed[size_t(value + offset)] = passes(value) ? 1 : 0;
            };
            // Looked up in the catalog: the values that pass, as the table indexes them.
            const auto allowLookedUp = [&](const QList<QByteArray> &keys) -> bool {
                const auto found = store.lookUp(test, error);
                if (!found)
                    return false;
                const QSet<QByteArray> passing(found->cbegin(), found->cend());
                if (test.fact == Fact::FormatClass && passing.contains(QByteArray()))
                    return false; // the table holds "" as none
                allow(keys.size(), 1, [&](qsizetype i) { return i >= 0 && passing.contains(keys[i]); });
                return true;
            };
            switch (test.fact) {
            case Fact::Sql:
                return std::nullopt;
            case Fact::Year:
                if (m_oddYears > 0)
                    return std::nullopt; // text compares as numbers only where it is four digits
                break;
            case Fact::Duration:
            case Fact::Fps:
            case Fact::People:
                break;
            case Fact::Orientation:
                allow(2, 2, [&](qsizetype side) {
                    return side != Row::kUnknownSide
                        && (test.value == "landscape"_L1      ? side > 0
                                : test.value == "portrait"_L1 ? side < 0
                                                              : side == 0);
                });
                break;
            case Fact::Hdr:
                allow(qsizetype(std::size(kHdrKinds)) + 1, 1, [&](qsizetype kind) {
                    if (test.value == "yes"_L1)
                        return kind >= 1;
                    if (test.value == "no"_L1)
                        return kind <= 0;
                    return kind >= 0 && kind < qsizetype(std::size(kHdrKinds))
                        && kHdrKinds[kind] == test.value.toLatin1();
                });
                break;
            case Fact::Codec:
                if (m_codecs.size() > std::numeric_limits<qint16>::max())
                    return std::nullopt; // more than a row's index holds (a damaged catalog)
                allow(m_codecs.size(), 1, [&](qsizetype i) {
                    if (i < 0)
                        return false;
                    QString lower = m_codecs[i]; // as SQL's lower(): A-Z only
                    for (QChar &c : lower) {
                        if (c >= u'A' && c <= u'Z')
                            c = QChar(c.unicode() + 32);
                    }
                    return lower == test.value;
                });
                break;
            case Fact::Status:
                allow(3, 0, [&](qsizetype i) {
                    return test.value
                        == QLatin1StringView(std::array { "ok", "failed", "offline" }[size_t(i)]);
                });
                break;
            case Fact::Kind:
                allow(2, 0, [&](qsizetype i) { return test.value == (i == 1 ? "photo"_L1 : "video"_L1); });
                break;
            case Fact::Light:
                allow(qsizetype(std::size(kLights)), 1,
                      [&](qsizetype i) { return i >= 0 && test.value == QLatin1StringView(kLights[i]); });
                break;
            case Fact::Colour:
                for (size_t i = 0; i < std::size(kColours); ++i) {
                    if (test.value == QLatin1StringView(kColours[i]))
                        one.bit = quint16(1u << i);
                }
                break;
            case Fact::Tag: {
                const auto found = store.lookUp(test, error);
                if (!found)
                    return std::nullopt;
                QSet<qint64> passing;
                for (const QByteArray &id : *found)
                    passing.insert(id.toLongLong());
                allow(qsizetype(m_tagOf.size()), 0,
                      [&](qsizetype i) { return passing.contains(m_tagOf[size_t(i)]); });
                break;
            }
            case Fact::FormatClass:
                if (m_formatKeys.size() > std::numeric_limits<qint16>::max() || !allowLookedUp(m_formatKeys))
                    return std::nullopt;
                break;
            case Fact::Camera:
                if (!allowLookedUp(m_cameras))
                    return std::nullopt;
                break;
            case Fact::Id:
                one.ids.assign(test.ids.cbegin(), test.ids.cend());
                std::sort(one.ids.begin(), one.ids.end());
                break;
            }
            if (!test.negated) {
                const bool none = test.fact == Fact::Colour ? one.bit == 0
                    : test.fact == Fact::Id                 ? one.ids.empty()
                                                            : !one.allowed.empty()
                        && std::none_of(one.allowed.cbegin(), one.allowed.cend(), [](char a) { return a; });
                out.impossible = out.impossible || none;
            }
            out.tests.push_back(std::move(one));
        }
        return out;
    }

    // Whether `tests` can pass no asset of the catalog: no row of the table passes, and the
    // catalog has no asset the table has not (one catalogued since it was read could).
    bool nothingPasses(const AssetStore &store, const Tests &tests) const
    {
        if (!tests.impossible)
            return false;
        QString error;
        const auto last = store.lastId(error);
        return last && *last <= (m_ids.empty() ? 0 : m_ids.back());
    }

    // Whether the row passes every test.
    bool passes(const Tests &tests, const Row &row, qint64 id) const
    {
        using Fact = AssetQuery::Test::Fact;
        using Op = AssetQuery::Test::Op;
        for (const Tests::One &one : tests.tests) {
            const AssetQuery::Test &test = one.test;
            // A number compared; NaN (NULL) fails every comparison, as NULL does in SQL.
            const auto compare = [&test](double value) {
                switch (test.op) {
                case Op::Less:
                    return value < test.low;
                case Op::LessOrEqual:
                    return value <= test.low;
                case Op::Greater:
                    return value > test.low;
                case Op::GreaterOrEqual:
                    return value >= test.low;
                case Op::Between:
                    return value >= test.low && value <= test.high;
                case Op::Outside:
                    return !std::isnan(value) && !(value >= test.low && value <= test.high);
                }
                return false;
            };
            const auto allowed = [&one](int value, int offset) {
                const size_t at = size_t(qsizetype(value) + offset); // a negative one: past the end
                return at < one.allowed.size() && one.allowed[at] != 0;
            };
            bool holds = false;
            switch (test.fact) {
            case Fact::Sql:
                return false; // testsFor() never gives one
            case Fact::Duration:
                holds = compare(row.durationS);
                break;
            case Fact::Fps:
                holds = compare(row.fpsValue);
                break;
            case Fact::People:
                holds = compare(row.peopleCount == Row::kNoPeople ? qQNaN() : double(row.peopleCount));
                break;
            case Fact::Year:
                holds = compare(row.yearKnown == 1 ? double(row.year) : qQNaN());
                break;
            case Fact::Orientation:
                holds = allowed(row.side, 2);
                break;
            case Fact::Hdr:
                holds = allowed(row.hdr, 1);
                break;
            case Fact::Codec:
                holds = allowed(row.codec, 1);
                break;
            case Fact::Status:
                holds = allowed(row.status, 0);
                break;
            case Fact::Kind:
                holds = allowed(row.kind, 0);
                break;
            case Fact::Light:
                holds = allowed(row.light, 1);
                break;
            case Fact::Colour:
                holds = (row.colours & one.bit) != 0;
                break;
            case Fact::Tag:
                for (quint32 t = 0; t < row.tagCount && !holds; ++t)
                    holds = one.allowed[m_tagIds[row.firstTag + t]] != 0;
                break;
            case Fact::FormatClass:
                holds = allowed(row.format, 1);
                break;
            case Fact::Camera:
                holds = allowed(row.camera, 1);
                break;
            case Fact::Id:
                holds = std::binary_search(one.ids.cbegin(), one.ids.cend(), id);
                break;
            }
            if (holds == test.negated)
                return false;
        }
        return true;
    }

    // Keeps the ids of `found` (and their tiers) whose rows pass `tests`; false when one is not
    // in the table (then `found` is of no use).
    bool keepPassing(const Tests &tests, AssetStore::Tiered &found) const
    {
        const bool tiered = found.tiers.size() == found.ids.size();
        qsizetype kept = 0;
        QList<qint64> &ids = found.ids;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const quint32 at = m_rowOf.find(ids[i]);
            if (at == RowIndex::kNone)
                return false;
            if (!passes(tests, m_rows[at], ids[i]))
                continue;
            ids[kept] = ids[i];
            if (tiered)
                found.tiers[kept] = found.tiers[i];
            ++kept;
        }
        ids.resize(kept);
        if (tiered)
            found.tiers.resize(kept);
        return true;
    }

    // A first answer from `wider` (widerKnown()): its matches from the last catalogued back,
    // kAmongAtOnce at a time, each row tested for `words` (a query of words alone) on the
    // server and `tests` here, until `wanted` pass or the first answer's time runs out. All the
    // matches of `wider` from the last of those found up are looked at, so the answer is the top
    // of the whole as a walk of the search index gives it. nullopt with `error` empty when a
    // match is not in the table yet (the caller looks for the first answer itself).
    static constexpr qsizetype kAmongAtOnce = 2000;
    std::optional<AssetStore::Tiered> firstAmong(const AssetStore &store, const AssetQuery &words,
                                                 const KnownMatches &wider, int wanted, const Tests *tests,
                                                 QString &error) const
    {
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> &newestFirst = wider.newestFirst;
        if (newestFirst.empty()) {
            newestFirst.assign(wider.found.ids.cbegin(), wider.found.ids.cend());
            std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
        }
        // The filters first, here: the server then tests only the rows that pass them.
        std::vector<qint64> passingFirst;
        if (tests) {
            for (const qint64 id : newestFirst) {
                const quint32 row = m_rowOf.find(id);
                if (row == RowIndex::kNone)
                    return std::nullopt; // catalogued since the table was read
                if (passes(*tests, m_rows[row], id))
                    passingFirst.push_back(id);
            }
        }
        const std::vector<qint64> &candidates = tests ? passingFirst : newestFirst;
        AssetStore::Tiered out;
        for (size_t from = 0;
             from < candidates.size() && out.ids.size() < wanted && clock.elapsed() < firstAnswerMs.load();
             from += size_t(kAmongAtOnce)) {
            const size_t to = std::min(candidates.size(), from + size_t(kAmongAtOnce));
            auto found = store.idsWithTiersAmong(
                words,
                QList<qint64>(candidates.cbegin() + qsizetype(from), candidates.cbegin() + qsizetype(to)),
                error);
            if (!found && error == QLatin1StringView(AssetStore::kStopped)) {
                error.clear(); // stopped as a walk's time runs out: with what it has
                break;
            }
            if (!found)
                return std::nullopt;
            std::vector<std::pair<qint64, quint8>> matched;
            for (qsizetype i = 0; i < found->ids.size(); ++i)
                matched.emplace_back(found->ids.at(i), found->tiers.at(i));
            std::sort(matched.begin(), matched.end(), std::greater<>()); // the last catalogued first
            for (const auto &[id, tier] : matched) {
                if (out.ids.size() == wanted)
                    break;
                out.ids.append(id);
                out.tiers.append(tier);
            }
        }
        return out;
    }

    const QString m_folder;
    const std::atomic<quint64> &m_latest;
    const bool m_chinese;
    CatalogReaderWorker *m_prefetcher = nullptr;
    struct Prefetch
    {
        quint64 ticket = 0;
        bool wordsOnly = false;
        AssetSort sort = AssetSort::Relevance;
        std::shared_future<Fetched> result;
    };
    std::optional<Prefetch> m_prefetch;
    std::vector<KnownMatches> m_known;
    quint64 m_stamp = 0; // the catalog's change stamp when the search being answered began
    std::unique_ptr<CatalogSession> m_session;
    std::optional<SimilarityIndex> m_similarity;
    bool m_facetsValid = false;
    bool m_tagsValid = false;
    // The in-memory table being read, piece by piece (facetPiece assets at a time).
    struct FacetBuild
    {
        qint64 afterId = 0; // the last asset read
    };
    std::optional<FacetBuild> m_facetBuild;
    // Which rows have a word beginning with each of kLetters (readLetter()); read with the table,
    // and after an edit again when a search needs it.
    struct Letter
    {
        std::vector<quint64> rows; // a bit a row
        bool valid = false;
        bool outside = false; // the search index matched an asset the table has not
    };
    std::array<Letter, kLetters.size()> m_letters;
    size_t m_lettersRead = kLetters.size(); // readLetters(): the next to read with the table
    bool m_answeredByLetter = false; // matchesByLetter() gave the last matches
    std::vector<Row> m_rows;
    RowIndex m_rowOf;
    std::vector<qint64> m_ids; // each row's asset
    std::vector<quint32> m_rankOf, m_rowAtRank; // rankByTime()
    QList<std::pair<QString, QString>> m_formats; // zh, en
    QList<QByteArray> m_formatKeys; // format_class
    QStringList m_codecs;
    QList<QByteArray> m_cameras;
    qsizetype m_oddYears = 0; // rows whose created_at does not start with four digits
    // Each format class's, codec's and camera's place in m_formatKeys, m_codecs, m_cameras.
    QHash<QByteArray, qint16> m_formatIndex, m_codecIndex;
    QHash<QByteArray, qint32> m_cameraIndex;
    mutable std::optional<Counts> m_allCounts; // of every row: countsOf()
    std::vector<quint32> m_tagIds; // each row's tags, as indexes into m_tagOf
    std::vector<qint64> m_tagOf; // the tags that assets have
    QHash<qint64, QString> m_tagPaths;
};

CatalogReader::CatalogReader(const QString &catalogFolder, QObject *parent)
    : QObject(parent)
    , m_searcher(new CatalogReaderWorker(catalogFolder, m_latestTicket))
    , m_side(new CatalogReaderWorker(catalogFolder, m_latestTicket))
    , m_prefetcher(new CatalogReaderWorker(catalogFolder, m_latestTicket))
{
    qRegisterMetaType<SearchResult>();
    qRegisterMetaType<FacetCounts>();
    qRegisterMetaType<SidebarData>();
    qRegisterMetaType<SelectionSummary>();
    m_searcher->setPrefetcher(m_prefetcher);
    const std::pair<QThread *, CatalogReaderWorker *> threads[] = { { &m_searchThread, m_searcher },
                                                                    { &m_sideThread, m_side },
                                                                    { &m_prefetchThread, m_prefetcher } };
    for (const auto &[thread, worker] : threads) {
        thread->setObjectName(u"CatalogReader"_s);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
    }
    if (Catalog::isServerAddress(catalogFolder))
        QMetaObject::invokeMethod(m_prefetcher, [worker = m_prefetcher] { worker->warm(); });
}

CatalogReader::~CatalogReader()
{
    m_latestTicket = std::numeric_limits<quint64>::max(); // whatever is queued is pointless now
    // The searcher first: it may wait for the prefetcher.
    for (QThread *thread : { &m_searchThread, &m_sideThread, &m_prefetchThread }) {
        thread->quit();
        thread->wait();
    }
}

quint64 CatalogReader::search(const QString &text, AssetSort sort)
{
    const quint64 ticket = ++m_latestTicket;
    QMetaObject::invokeMethod(m_searcher, [this, ticket, text, sort] {
        bool counted = false;
        const auto said = [this, &counted](const FacetCounts &counts) {
            counted = true;
            if (counts.ticket >= m_latestTicket.load())
                QMetaObject::invokeMethod(this, [this, counts] { Q_EMIT facetsCounted(counts); });
        };
        SearchResult result = m_searcher->search(ticket, text, sort, true);
        for (;;) {
            if (result.ticket < m_latestTicket.load())
                return; // nobody waits for a stale answer
            QMetaObject::invokeMethod(this, [this, result] { Q_EMIT searched(result); });
            if (!result.failure.isEmpty())
                return;
            if (result.complete)
                break;
            // The whole answer; its facets before its order when the first answer found many.
            const bool many = result.ids.size() >= firstAnswer.load();
            result = m_searcher->search(ticket, text, sort, false, many ? said : Counted());
        }
        if (!counted) { // (else before the whole answer was put in order, of the same matches)
            if (const std::optional<FacetCounts> counts = m_searcher->count(result))
                said(*counts);
        }
        m_searcher->readLetters(ticket); // while nobody waits
    });
    return ticket;
}

void CatalogReader::loadSidebar()
{
    QMetaObject::invokeMethod(m_side, [this] {
        const SidebarData data = m_side->sidebar();
        QMetaObject::invokeMethod(this, [this, data] { Q_EMIT sidebarLoaded(data); });
    });
}

void CatalogReader::loadDuplicates()
{
    QMetaObject::invokeMethod(m_side, [this] {
        const DuplicateGroups groups = m_side->duplicates();
        QMetaObject::invokeMethod(this, [this, groups] { Q_EMIT duplicatesLoaded(groups); });
    });
}

void CatalogReader::loadAssets(const QList<qint64> &ids)
{
    // Only the newest selection is answered: one that is still being summarised when another
    // comes (a million assets whose fields agree take a while) gives up.
    const quint64 asked = ++m_assetsAsked;
    QMetaObject::invokeMethod(m_side, [this, ids, asked] {
        const auto stale = [this, asked] { return m_assetsAsked.load() != asked; };
        if (stale())
            return;
        const QList<QJsonObject> assets = m_side->assets(ids.mid(0, kDetailedAssets));
        const std::optional<SelectionSummary> summary = m_side->summary(ids, stale);
        if (stale())
            return;
        QMetaObject::invokeMethod(this, [this, ids, assets, summary] {
            Q_EMIT assetsLoaded(ids, assets, summary.value_or(SelectionSummary {}));
        });
    });
}

const QStringList &SelectionSummary::sharedFields()
{
    static const QStringList fields { u"title"_s,   u"description"_s,    u"rights_holder"_s,
                                      u"licence"_s, u"licence_expiry"_s, u"location_id"_s };
    return fields;
}

void CatalogReader::setFacetPiece(int assets)
{
    facetPiece = std::max(1, assets);
}

void CatalogReader::setFirstAnswer(int assets, int milliseconds)
{
    firstAnswer = std::max(1, assets);
    firstAnswerMs = std::max(0, milliseconds);
}

void CatalogReader::setPrefetching(bool on)
{
    prefetching = on;
}

void CatalogReader::invalidate(Changed what)
{
    for (CatalogReaderWorker *worker : { m_searcher, m_side })
        QMetaObject::invokeMethod(worker, [worker, what] { worker->invalidate(what); });
}

void CatalogReader::assetsChanged(const QList<qint64> &ids)
{
    QMetaObject::invokeMethod(m_searcher, [worker = m_searcher, ids] { worker->assetsChanged(ids); });
    QMetaObject::invokeMethod(m_side, [worker = m_side] { worker->invalidate(Changed::Words); });
}
