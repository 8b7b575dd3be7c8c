#pragma once

// Empty-lens assets in the catalog. Works on the connection it is given (so on that connection's
// thread); writers own the transaction.

#include "assetquery.h"
#include "assetrecords.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>

class CatalogBackend;
class SimilarityIndex;

class AssetStore final
{
public:
    explicit AssetStore(QSqlDatabase db);

    // The signatures that a query's similar:ID is looked up in (a reader keeps them between
    // searches); without one, they are read from the catalog when a query asks for them.
    void setSimilarityIndex(const SimilarityIndex *index) { m_similarity = index; }
    // Once `stop` says so, the lists of ids below (idsMatching, idsMatchingUnordered,
    // idsWithTiers) give up at their next row, or on a server while it looks for the first, with
    // nullopt and the error kStopped: a reader's search that a newer one made pointless. The
    // server stops the statement too. idsLastCatalogued stops as its time running out does.
    void setStopWhen(std::function<bool()> stop) { m_stop = std::move(stop); }
    static constexpr const char *kStopped = "stopped";
    // A number that changes whenever the catalog may have changed, by anyone (for caches of what
    // a query read: CatalogBackend::changeStamp).
    quint64 changeStamp() const;

    // Everything the ingest pipeline needs to decide what to do with a file it finds, by the
    // index of paths or of hashes, so that an import holds what it is looking at, not the
    // catalog: of the files at `paths` (this machine's spelling; those that are catalogued); of
    // those with a content hash (a file moved from elsewhere); and each of those at or below
    // `roots` (every catalogued file when empty), read in pages of `page` in the order of their
    // paths, to `visit` (false from it stops the walk).
    std::optional<QList<KnownFile>> knownFilesAt(const QList<QByteArray> &paths, QString &error) const;
    std::optional<QList<KnownFile>> knownFilesWithHash(const QString &contentHash, QString &error) const;
    bool forEachKnownFile(const QList<QByteArray> &roots, const std::function<bool(const KnownFile &)> &visit,
                          QString &error, int page = 5000) const;

    // Inserts or updates the asset at file.location.pathRaw. Facts and derived facts are replaced
    // (missing ones become NULL); user facts, tags and links are kept. Returns the asset id.
    std::optional<qint64> save(const ProcessedFile &file, QString &error);

    // The file of asset `id` moved: new place, same content, facts and user facts kept.
    bool relink(qint64 id, const FileLocation &to, QString &error);
    // Found again, unchanged (after being offline): back to ok or failed.
    bool markPresent(qint64 id, QString &error);
    bool markOffline(const QList<qint64> &ids, QString &error);

    // Assets the analysis pass of `version` has to look at: present (ok) ones whose analysis is
    // missing or older (or, with `retryFailed`, could not be done), matching `query` when given,
    // in id order.
    std::optional<QList<AnalysisCandidate>> analysisCandidates(int version, const AssetQuery *query,
                                                               bool retryFailed, QString &error) const;
    // What the analysis found in asset `id`, replacing what an older one did.
    bool saveAnalysis(qint64 id, const AnalysisRecord &analysis, QString &error);
    // The shots of asset `id`, in order; nullopt when it has not been analysed.
    std::optional<QList<ShotRecord>> shots(qint64 id) const;
    // The same as `shots --json` prints them: [{"start_s", "end_s", "begins_with", "people",
    // "people_boxes"}, …].
    static QJsonArray toJson(const QList<ShotRecord> &shots);
    static QList<ShotRecord> shotsFromJson(const QJsonArray &list);

    // User facts that are plain columns (title, description, rights_holder, licence,
    // licence_expiry, releases, notes, rating, location_id).
    static bool isEditableField(const QString &column);
    // Sets `column` of `ids` to `value`; returns each asset's previous value.
    std::optional<QHash<qint64, QVariant>> setField(const QList<qint64> &ids, const QString &column,
                                                    const QVariant &value, QString &error);
    // Sets `column` of each asset of `values` to its value; returns each one's value before.
    std::optional<QHash<qint64, QVariant>>
    restoreField(const QString &column, const QHash<qint64, QVariant> &values, QString &error);

    // Removing assets from the catalog (never their files), and putting them back exactly.
    struct Snapshot
    {
        QStringList columns;
        QList<QVariantList> rows;
        QList<std::pair<qint64, qint64>> tags; // asset id, tag id
    };
    std::optional<Snapshot> remove(const QList<qint64> &ids, QString &error);
    bool restore(const Snapshot &snapshot, QString &error);

    std::optional<qint64> idForPath(const QByteArray &pathRaw) const;
    // The assets at `path` or anywhere under it (a dropped folder), by the file system's bytes.
    std::optional<QList<qint64>> idsUnder(QByteArray path, QString &error) const;
    bool contains(qint64 id) const;
    std::optional<qint64> count(QString &error) const;
    // The largest asset id (0: none), at the cost of one lookup.
    std::optional<qint64> lastId(QString &error) const;
    std::optional<QByteArray> rawPathOf(qint64 id) const;
    std::optional<QJsonObject> assetJson(qint64 id) const;
    // The same for many at once, by id (those gone left out): two statements, not two for each
    // (on a server a round trip each: a Duplicates window of 10,000 copies took 13 s).
    std::optional<QHash<qint64, QJsonObject>> assetsJson(const QList<qint64> &ids, QString &error) const;
    // The content hash and kind of asset `id` (for its thumbnails).
    std::optional<std::pair<QString, QString>> hashAndKind(qint64 id) const;

    // Makes `poster` the poster of asset `id` and of every asset with the same content (they
    // share their pictures), its pictures written to `thumbs`; returns the poster it had, to put
    // back (undo) with the same call.
    std::optional<PosterRecord> setPoster(qint64 id, const PosterRecord &poster, QSqlDatabase &thumbs,
                                          QString &error);

    // Assets matching `query` (an empty query matches all), in `sort` order, at most `limit`
    // (0: all). Returns false with a message when the query cannot run.
    bool forEachMatching(const AssetQuery &query, AssetSort sort, int limit,
                         const std::function<void(const QJsonObject &)> &visit, QString &error) const;
    std::optional<QList<qint64>> idsMatching(const AssetQuery &query, AssetSort sort, int limit,
                                             QString &error) const;
    // The same assets in no particular order, for a caller that orders them itself.
    std::optional<QList<qint64>> idsMatchingUnordered(const AssetQuery &query, QString &error) const;
    // Assets with, when the query has words, where they were found: the place in
    // relevanceColumns() of the first that holds them all, else its size.
    struct Tiered
    {
        QList<qint64> ids;
        QList<quint8> tiers; // empty without words
    };
    // The `limit` matching assets catalogued last, the last first: a walk back that stops there
    // (the search index's when there are words), or after `withinMs` with those found so far
    // (`finished` false). With `keep`, only the assets it keeps count (a caller that tests the
    // filters itself); on PostgreSQL at most kKeepRead times `limit` matches are read for it
    // (`finished` false when those were not enough).
    static constexpr int kKeepRead = 8;
    std::optional<Tiered> idsLastCatalogued(const AssetQuery &query, int limit, int withinMs, bool &finished,
                                            QString &error,
                                            const std::function<bool(qint64)> &keep = {}) const;
    // The assets matching a query with words, in no order, with where the words are.
    std::optional<Tiered> idsWithTiers(const AssetQuery &query, QString &error) const;
    // The same among `candidates` for a query of words alone, each candidate's row tested
    // (CatalogBackend::matchesRow): a few thousand candidates known to hold every match
    // (the matches of the words typed before) cost a few milliseconds, whatever the words.
    std::optional<Tiered> idsWithTiersAmong(const AssetQuery &words, const QList<qint64> &candidates,
                                            QString &error) const;
    // The assets whose `column` of the search index alone matches the query's words.
    std::optional<QList<qint64>> idsMatchingIn(const AssetQuery &query, const QString &column,
                                               QString &error) const;
    // The assets `ids` as the library shows them (those that exist, in no order); the file
    // system's bytes of a path go to `rawPaths` only where they are not the UTF-8 of the path shown.
    std::optional<QList<AssetRow>> listRows(const QList<qint64> &ids, QHash<qint64, QByteArray> &rawPaths,
                                            QString &error) const;
    // What the library's table sorts by, each column one way, in the catalog.
    enum class Column { Name, Duration, Resolution, Fps, Codec, FormatZh, FormatEn, Date, Size, Status };
    // `ids` (nullopt: every asset) in the order of `column`, then by id; an index answers the
    // name, date and duration over every asset.
    std::optional<QList<qint64>> idsOrderedBy(const std::optional<QList<qint64>> &ids, Column column,
                                              bool ascending, QString &error) const;
    // What the filter `test` looks up (AssetQuery::Test::lookup): its one column, as UTF-8.
    std::optional<QList<QByteArray>> lookUp(const AssetQuery::Test &test, QString &error) const;
    // The facts that facets count of the first `limit` assets (0: all) with an id above `afterId`,
    // by id: a long read in pieces, each a walk of the primary key from where the last stopped.
    bool forEachFacetRow(qint64 afterId, int limit, const std::function<void(const AssetFacetRow &)> &visit,
                         QString &error) const;
    // The same facts of `ids` (those still in the catalog), by id: what changed elsewhere.
    bool forEachFacetRowOf(const QList<qint64> &ids, const std::function<void(const AssetFacetRow &)> &visit,
                           QString &error) const;
    // How the engine reads those facts (an index alone); for tests.
    std::optional<QStringList> planFacetRows(QString &error) const;
    // A format class's names, Chinese and English, as its first asset has them.
    std::pair<QString, QString> formatClassNames(const QByteArray &formatClass) const;
    // What `ids` share of `columns` (editable fields, isEditableField): for each column, the value
    // every one of them has (a null QVariant when none has one), or nullopt when they differ;
    // `found` is how many of `ids` exist. The rows are read one at a time and the reading stops
    // once every column differs, so a million assets with different titles cost a few rows.
    // Nullopt with an empty `error` when `stopped` says so (a newer selection is waiting).
    struct Shared
    {
        qsizetype found = 0;
        QList<std::optional<QVariant>> values; // one for each column
    };
    std::optional<Shared> sharedValues(const QList<qint64> &ids, const QStringList &columns,
                                       const std::function<bool()> &stopped, QString &error) const;
    // These assets in the order of `ids` (those that are gone are left out).
    std::optional<QList<AssetBrief>> briefs(const QList<qint64> &ids, QString &error) const;
    // The clips and photos linked to a location: its cover first, then photos, the best rated,
    // the oldest.
    std::optional<QList<AssetBrief>> briefsAt(qint64 locationId, qint64 coverId, QString &error) const;
    // Assets with a GPS position, the newest `limit` of them: id, latitude, longitude.
    std::optional<QList<std::tuple<qint64, double, double>>> positions(int limit, QString &error) const;

    // How the catalog would find what `query` matches — in no order (`sort` nullopt), or the first
    // `limit` in `sort`'s order — as the engine's plan (CatalogBackend::explain); for tests.
    std::optional<QStringList> plan(const AssetQuery &query, std::optional<AssetSort> sort, int limit,
                                    QString &error) const;
    // The same for idsLastCatalogued().
    std::optional<QStringList> planLastCatalogued(const AssetQuery &query, int limit, QString &error) const;

    // "Best match" ranks by where the words are found: these columns of the search index, in this
    // order, then everything else; newest first within each.
    static const QStringList &relevanceColumns();

private:
    // `lastPath`: the path_raw of the last row, as the catalog spells it.
    std::optional<QList<KnownFile>> knownFilesWhere(const QString &where, const QVariantList &binds,
                                                    QString &error, QByteArray *lastPath = nullptr) const;
    // The ids and tiers (SELECT id, tier) that `sql` reads.
    std::optional<Tiered> tiered(const QString &sql, const QVariantList &binds, QString &error) const;
    // SELECT `columns` FROM assets a ... for `query`; fills `binds`.
    static QString selectSql(const CatalogBackend &backend, const QString &columns, const AssetQuery &query,
                             AssetSort sort, int limit, QVariantList &binds);
    // CatalogBackend::relevanceTier for the search index's relevanceColumns(), and its binds for
    // `query`.
    static QString relevanceTier(const CatalogBackend &backend);
    static QVariantList tierBinds(const CatalogBackend &backend, const AssetQuery &query);
    // The ids of the search index's rows that match (binds: matchingBinds()), from the query's
    // fromId up.
    static QString matchingSql(const CatalogBackend &backend, const AssetQuery &query);
    // With `listed`, of a bound list of ids ({ids id}) instead of those after a bound id.
    static QString facetRowsSql(int limit, bool listed = false);
    bool readFacetRows(const QString &sql, const QVariantList &binds,
                       const std::function<void(const AssetFacetRow &)> &visit, QString &error) const;
    static QString lastCataloguedSql(const CatalogBackend &backend, const AssetQuery &query, int limit,
                                     QVariantList &binds);
    static QVariantList matchingBinds(const AssetQuery &query, const QVariant &match);
    // " FROM ... WHERE ..." for `query`; fills `binds`.
    static QString fromWhere(const CatalogBackend &backend, const AssetQuery &query, QVariantList &binds);
    const CatalogBackend &backend() const;
    std::optional<QList<qint64>> ids(const QString &sql, const QVariantList &binds, QString &error) const;
    // `query` with its similar:ID looked up (kept in `storage`), or `query` itself without one;
    // nullptr when the signatures cannot be read.
    const AssetQuery *resolved(const AssetQuery &query, AssetQuery &storage, QString &error) const;
    // The first row of `sql` run with one bound value.
    std::optional<QSqlRecord> firstRow(const QString &sql, const QVariant &bind) const;

    QSqlDatabase m_db;
    // save()'s statements, prepared at its first call and kept: SQLite compiles the upsert of
    // fifty columns with its triggers in ~0.3 ms, as long as the rest of a save.
    struct Saving;
    std::shared_ptr<Saving> m_saving;
    const SimilarityIndex *m_similarity = nullptr;
    std::function<bool()> m_stop;
};
