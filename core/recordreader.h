#pragma once

// Reads the locations, facilities, experts and productions for the desktop app on a thread of
// its own, with its own connection: list searches (rows for the list and the map, facet
// counts), whole records for the editor (with the clips and photos linked to a location and
// those shot near it), and productions with their candidates. The GUI thread only asks and
// receives. Searches are tickets: a newer one makes older ones that have not started pointless.
//
// Threading: create and call on the GUI thread; signals arrive there (queued).

#include "catalogreader.h"
#include "geomap.h"
#include "productionstore.h"
#include "recordstore.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>

struct RecordSearchResult
{
    quint64 ticket = 0;
    RecordKind kind = RecordKind::Location;
    QString text;
    QList<RecordStore::Summary> rows; // in order
    QList<double> distances; // km, per row, when the search is a near search; else empty
    std::optional<Geo::LatLon> centre; // of a near search
    double radiusKm = 0;
    QList<Facet> facets; // category, setting, city, status … of the rows
    QStringList errors; // what was not understood
    QString failure; // the search could not run
    double milliseconds = 0;
    // False for a first page shown before the whole (a search that matches many): the first
    // kFirstPage rows in the order asked, no facets, no count. The whole follows with the same
    // ticket.
    bool complete = true;
    // The words' matches were known from the search before (the same words, a filter typed
    // after them): only the filters were asked of them.
    bool amongKnown = false;
};

// A clip or photo shown with a record.
struct LinkedAsset
{
    qint64 id = 0;
    QString contentHash;
    QString name; // title, else file name
    QString kind; // video, photo
    double distanceKm = -1; // suggestions: from the location
    std::optional<Geo::LatLon> gps;
};

struct RecordDetails
{
    RecordKind kind = RecordKind::Location;
    qint64 id = 0;
    QJsonObject record; // everything, confidential fields included (the office's own view)
    QList<LinkedAsset> assets; // linked to the location
    QList<LinkedAsset> nearby; // shot within 1 km and not linked to it
    QHash<QString, QList<RecordChoice>> choices;
    QString failure;
};

struct ProductionDetails
{
    qint64 id = 0;
    QJsonObject production;
    QList<RecordStore::Summary> candidates; // in the production's order
    QList<RecordStore::Summary> experts;
    QList<LinkedAsset> assets;
    QString failure;
};

class RecordReaderWorker;

class RecordReader final : public QObject
{
    Q_OBJECT

public:
    explicit RecordReader(const QString &catalogFolder, QObject *parent = nullptr);
    ~RecordReader() override;

    // Answered once, or twice when it matches many (RecordSearchResult::complete): the first
    // kFirstPage rows, then the whole. On a server the first page of words is looked for apart
    // (RecordStore::firstByName: the names' own index, then a walk through the name order), for
    // at most kFirstPageMs; else it is the whole order's first page, shown before the matches
    // are read and counted.
    quint64 search(RecordKind kind, const QString &text, RecordSort sort);
    static constexpr int kFirstPage = 100;
    static constexpr int kFirstPageMs = 40;
    // The record, with the clips and photos shot within `nearbyKm` of a location.
    void load(RecordKind kind, qint64 id, double nearbyKm = 1.0);
    void loadChoices(RecordKind kind);
    void loadProductions();
    void loadProduction(qint64 id);
    // Clips and photos with GPS, as map pins (ids negated), at most 20,000.
    void loadAssetPins();

Q_SIGNALS:
    void assetPinsLoaded(const QList<MapPin> &pins);
    void searched(const RecordSearchResult &result);
    void loaded(const RecordDetails &details);
    void choicesLoaded(RecordKind kind, const QHash<QString, QList<RecordChoice>> &choices);
    void productionsLoaded(const QList<ProductionStore::Summary> &productions);
    void productionLoaded(const ProductionDetails &details);

private:
    QThread m_thread;
    RecordReaderWorker *m_worker;
    std::atomic<quint64> m_latestTicket { 0 };
};

Q_DECLARE_METATYPE(RecordSearchResult)
Q_DECLARE_METATYPE(RecordDetails)
Q_DECLARE_METATYPE(ProductionDetails)
