#pragma once

// Reads the catalog for the desktop app on threads of its own, each with its own connection: one
// for searches and their facet counts (on a server, a third reads a search's whole answer while
// the first looks for a first page), the other for everything else — the sidebar's contents
// (tags with counts, volumes, saved searches), the inspector's assets, the groups of copies — so
// that a keystroke never waits behind them. The GUI thread only sends requests and receives
// results. A search's ids come first; its facet counts follow as a second answer, so the grid
// never waits for the counts.
//
// Searches are tickets: a newer search makes the older ones that have not started yet pointless,
// and they are dropped, so typing never queues work. Facet counts come from a compact in-memory
// table of every asset (kept on the reader's thread, refreshed by invalidate()), not from a
// GROUP BY per facet per keystroke.
//
// Threading: create and call on the GUI thread; signals arrive there (queued).

#include "assetquery.h"
#include "locationstore.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

struct FacetValue
{
    QString label;
    QString filter; // the query terms that select it ("codec:hevc", "dur:>=10 dur:<30")
    int count = 0;
};

struct Facet
{
    QString id; // format, orient, hdr, codec, fps, duration, year, kind, status, tag
    QString title;
    QList<FacetValue> values; // largest first
};

struct SearchResult
{
    quint64 ticket = 0;
    QString text;
    QList<qint64> ids; // in the order asked for
    QStringList errors; // parts of the query that were not understood
    QStringList notes; // what people should know about the result (an asset not analysed yet)
    QString failure; // the search could not run
    double milliseconds = 0; // on the reader's thread
    // False for the first answer to a search that matches many (over kFirstAnswer) or takes long
    // to look through (kFirstAnswerMs): the matches among the assets catalogued last (or, for an
    // order an index gives, the first of the result), in the order asked; none yet when the time
    // ran out before the first. The whole answer follows with the same ticket, then the facets.
    bool complete = true;
    bool filteredInMemory = false; // the filters were tested on the reader's table, not in SQL
    // A first answer looked for among what the words typed before matched (a server: typing on
    // narrows a search, and a few thousand rows tested cost less than the index's every match).
    bool amongWider = false;
    // A last word of one letter was tested on the reader's table, the other words asked of the
    // search index alone (the whole answer, in an order other than best match).
    bool byLetter = false;
};

// The facet counts of a search's result.
struct FacetCounts
{
    quint64 ticket = 0;
    QString text;
    QList<Facet> facets;
    double milliseconds = 0; // on the reader's thread
    // How many assets they were counted over: the whole answer's count. The facets of a search
    // whose order costs more than its matches (best match, a word matching most of the catalog)
    // come before its whole answer, and say how many it has.
    qsizetype matched = 0;
};

struct SidebarData
{
    struct Tag
    {
        qint64 id = 0;
        std::optional<qint64> parentId;
        QString name;
        QString nameEn;
        QString path;
        QString vocabulary;
        int sortOrder = 0; // the controlled vocabulary's own order; 0 for other tags
        int count = 0; // assets with this tag itself
        int total = 0; // with this tag or one below it
    };
    struct Volume
    {
        qint64 id = 0;
        QString label;
        QString mountPath; // as the catalog spells it
        QString localPath; // where this machine finds it (pathmap.h)
        bool online = false;
        int assets = 0;
    };
    struct SavedSearch
    {
        qint64 id = 0;
        QString name;
        QString query;
        QString sort;
        int count = 0;
    };
    QList<Tag> tags; // parents before children
    QList<Volume> volumes;
    QList<SavedSearch> savedSearches;
    QList<LocationStore::Summary> locations;
    int assets = 0;
    int facilities = 0;
    int experts = 0;
    int productions = 0;
    QString signedInAs, role; // a catalog on a server: the user and its role (Catalog::signedIn)
    QString failure;
};

// What a selection shares, counted over all of it: the inspector shows it, while it holds full
// records of only the first few hundred assets.
struct SelectionSummary
{
    qsizetype count = 0; // assets found
    QJsonObject common; // editable field (sharedFields()) -> the value all of them have
    QMap<QString, int> tagCounts; // tag path -> how many of them have it

    // The fields summarised: title, description, rights and licence, location.
    static const QStringList &sharedFields();
};

// The groups of copies among the analysed assets (SimilarityIndex::copyGroups), each asset with
// its facts (AssetStore::assetJson).
struct DuplicateGroups
{
    QList<QList<QJsonObject>> groups;
    qsizetype analysed = 0; // assets with a signature
    QString failure;
    double milliseconds = 0; // on the reader's thread
};

class CatalogReaderWorker;

class CatalogReader final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogReader(const QString &catalogFolder, QObject *parent = nullptr);
    ~CatalogReader() override;

    // Runs `text` (the search box's language, the last word as a prefix) in `sort` order. A
    // search that matches many is answered twice (SearchResult::complete): a first page at once,
    // its cost bounded by kFirstAnswer and not the catalog's size, then the whole.
    quint64 search(const QString &text, AssetSort sort);
    static constexpr qsizetype kFirstAnswer = 1000;
    static constexpr int kFirstAnswerMs = 30; // the longest a first answer looks for matches
    void loadSidebar();
    // Every fact of the first kDetailedAssets of these assets, their tags included, and what all
    // of them share (the inspector). Only the newest call is answered: an older one still being
    // read when another comes gives up.
    void loadAssets(const QList<qint64> &ids);
    static constexpr qsizetype kDetailedAssets = 200;
    // The groups of copies (duplicatesLoaded()).
    void loadDuplicates();
    // What changed in the catalog, so that the reader reads again only that before the next
    // search: words (titles, descriptions: the ranking), tags (and the words), or assets came or
    // went (everything).
    enum class Changed { Words, Tags, Assets };
    void invalidate(Changed what = Changed::Assets);
    // These assets' facts and words changed elsewhere (none came or went): only their rows of the
    // facet counts' table are read again before the next search.
    void assetsChanged(const QList<qint64> &ids);

    // How many assets the facet counts' in-memory table is read in at a time (50,000); tests make
    // it small to see a read interrupted and resumed.
    static void setFacetPiece(int assets);
    // How many assets a first answer has (kFirstAnswer) and how long it looks (kFirstAnswerMs);
    // tests make them small.
    static void setFirstAnswer(int assets, int milliseconds = kFirstAnswerMs);
    // Whether a server's whole answer is asked for on a connection of its own while the first
    // is looked for (on by default); tests turn it off to see the first answer.
    static void setPrefetching(bool on);

Q_SIGNALS:
    void searched(const SearchResult &result);
    void facetsCounted(const FacetCounts &counts);
    void sidebarLoaded(const SidebarData &data);
    void duplicatesLoaded(const DuplicateGroups &duplicates);
    // In the order asked for; an asset that is gone is left out.
    void assetsLoaded(const QList<qint64> &ids, const QList<QJsonObject> &assets,
                      const SelectionSummary &summary);

private:
    std::atomic<quint64> m_latestTicket { 0 };
    std::atomic<quint64> m_assetsAsked { 0 }; // loadAssets() calls: only the newest is answered
    QThread m_searchThread;
    CatalogReaderWorker *m_searcher; // searches and facet counts
    QThread m_sideThread;
    CatalogReaderWorker *m_side; // the sidebar, the inspector's assets, the copies
    // On a server: the whole answer's matches, asked while the searcher looks for the first.
    QThread m_prefetchThread;
    CatalogReaderWorker *m_prefetcher;
};
