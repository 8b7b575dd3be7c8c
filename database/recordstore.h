#pragma once

// Locations, facilities and experts in the catalog: read, save (validated), remove, list and
// search them, including "near" searches through the R*Tree indexes. Records are the
// QJsonObjects RecordSchema describes. Works on the connection it is given; the caller owns the
// transaction (save() writes the record, its contacts and its tags: run it in one).
//
// Threading: use on the thread that owns the connection. A store kept alive keeps the name order
// of the last search (until the catalog changes), which makes searching as you type faster.

#include "recordquery.h"
#include "recordschema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class CatalogBackend;

class RecordStore final
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(QSqlDatabase db);

    // The choices kept in the catalog: "category" (locations), "service_type" (facilities).
    QHash<QString, QList<RecordChoice>> choices(RecordKind kind) const;

    // The whole record: every field, contacts, tags, "confidential", and what the catalog adds:
    // id, kind, created_at, updated_at, name_pinyin, and for locations asset_count and
    // cover_asset_id, for experts photo_asset_id. nullopt when there is none.
    std::optional<QJsonObject> get(RecordKind kind, qint64 id) const;

    // Normalizes and validates `record`, then writes it: an update when it has the "id" of an
    // existing record (fields it lacks are cleared, as in a form), else an insert (with that id
    // when it has one: undoing a removal). Contacts and tags are replaced by the record's.
    // nullopt with `problems` (and a summary in `error`) when it is not valid or the write failed
    // (a code already taken is named).
    std::optional<qint64> save(RecordKind kind, const QJsonObject &record, QList<RecordProblem> &problems,
                               QString &error);
    bool remove(RecordKind kind, qint64 id, QString &error);
    int count(RecordKind kind) const;

    // A record with what links to it (the clips and photos of a location, its candidacies in
    // productions; an expert's roles in them): taken before remove() so that restore() puts all
    // of it back, with the same id.
    struct Snapshot
    {
        RecordKind kind = RecordKind::Location;
        QJsonObject record;
        QList<qint64> linkedAssets;
        QList<QVariantList> candidacies; // production id, status, notes, sort order
        QList<QVariantList> roles; // production id, role
    };
    std::optional<Snapshot> snapshot(RecordKind kind, qint64 id, QString &error) const;
    bool restore(const Snapshot &snapshot, QString &error);

    // A record's id by its code ("QD-0001") or "#12"; nullopt when there is none.
    std::optional<qint64> idFor(RecordKind kind, const QString &codeOrId) const;

    // For lists: one line of facts per record.
    struct Summary
    {
        qint64 id = 0;
        QString code;
        QString nameZh;
        QString nameEn;
        QString kindText; // category, service type, or organisation and title
        QString province;
        QString city;
        QString district;
        QString status;
        std::optional<Geo::LatLon> position;
        int assetCount = 0; // clips and photos linked (locations)
        QString name() const; // Chinese, else English, else code
    };
    // In the order of `ids`; ids that are gone are left out.
    QList<Summary> summaries(RecordKind kind, const QList<qint64> &ids) const;

    // A facet's value: its label (in Chinese or English) and how many records have it.
    struct FacetValue
    {
        QString value;
        QString label;
        int count = 0;
    };
    struct Listing
    {
        QList<Summary> rows; // summaries(), in the order of the ids
        QList<QList<FacetValue>> facets; // one per facet asked, most first
    };
    // The summaries of `ids` and, counted over them in the same reading, `facets` (a facet and
    // how many of its values at most): category (locations), setting, era, type (facilities),
    // expertise, lang (experts), province, city, status. One reading of the records, for a
    // result of tens of thousands: a query per facet read them all again each time (a server:
    // ~100 ms each for 70,000 locations). nullopt with the engine's message, or with none when
    // `stopWhen` (asked while it reads) said to stop.
    std::optional<Listing> listing(RecordKind kind, const QList<qint64> &ids,
                                   const QList<std::pair<QString, int>> &facets, bool chinese, QString &error,
                                   const std::function<bool()> &stopWhen = {}) const;

    struct Hit
    {
        qint64 id = 0;
        double distanceKm = -1; // from the query's centre, when it is a "near" search
    };
    // The records matching `query` in `sort` order (Distance needs a near search; Relevance
    // without words is by name). At most `limit` (0: all). nullopt with a message on error (an
    // unknown location for near:).
    // Those of `hits` that hold `query`'s conditions, in their order: the matches of its words,
    // in the order asked, known from a search of the words alone (the filters typed after them).
    // Each is looked up by its id; the words are not asked again.
    std::optional<QList<Hit>> among(const RecordQuery &query, const QList<Hit> &hits, QString &error) const;
    // A number that changes whenever the catalog may have changed (CatalogBackend::changeStamp).
    quint64 changeStamp() const;
    std::optional<QList<Hit>> search(const RecordQuery &query, RecordSort sort, int limit,
                                     QString &error) const;
    // The first `count` records of a search by words in best-match or name order (search()'s
    // first `count`), without finding every match: a server's index finds every match of a broad
    // prefix (70,000 locations of "q") before it gives one. Best match's first are those with
    // the words in their names, from the names' own index; the rest, and those by name, are found
    // by walking the name order and testing each record on its own row, a few hundred rows.
    // Within `withinMs` (a narrow search walks far: search() finds it sooner). nullopt when there
    // were not `count` in time, with `error` empty, or on error.
    std::optional<QList<Hit>> firstByName(const RecordQuery &query, RecordSort sort, int count, int withinMs,
                                          QString &error) const;

    // Clips and photos whose GPS lies within `radiusKm` of `centre`, nearest first, with distances.
    std::optional<QList<Hit>> assetsNear(Geo::LatLon centre, double radiusKm, QString &error) const;

private:
    const CatalogBackend &backend() const;
    bool writeContacts(RecordKind kind, qint64 id, const QJsonArray &contacts, QString &error);
    bool writeTags(qint64 locationId, const QJsonArray &tags, QString &error);
    bool writeFilmed(qint64 locationId, const QJsonArray &titles, QString &error);
    std::optional<QList<Hit>> near(const RecordQuery &query, Geo::LatLon centre, QString &error) const;
    // Every id of the kind's table in name order, and each id's place in it (cached per
    // connection until the catalog changes).
    const std::vector<qint64> *nameOrder(RecordKind kind, QString &error) const; // nullptr on error
    const std::unordered_map<qint64, quint32> &nameRanks(RecordKind kind) const;

    struct NameOrder;
    QSqlDatabase m_db;
    mutable std::shared_ptr<NameOrder> m_nameOrder;
};
