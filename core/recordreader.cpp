#include "recordreader.h"

#include "assetstore.h"
#include "catalog.h"
#include "productionstore.h"
#include "searchtext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

// Lives on the reader's thread.
class RecordReaderWorker final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    RecordReaderWorker(QString folder, const std::atomic<quint64> &latest)
        : m_folder(std::move(folder))
        , m_latest(latest)
        , m_chinese(QLocale().language() == QLocale::Chinese)
    {
    }

    bool ensureOpen(QString &failure)
    {
        if (m_session && m_session->isConnected())
            return true;
        m_store.reset(); // (it holds the connection)
        m_session.reset(); // lost (a server that restarted): opened afresh
        QString error;
        if (!Catalog::prepare(m_folder, Catalog::OpenMode::Create, error)) {
            failure = error;
            return false;
        }
        m_session = std::make_unique<CatalogSession>(m_folder, true);
        if (!m_session->isOpen()) {
            failure = m_session->error();
            m_session.reset();
            return false;
        }
        m_store = std::make_unique<RecordStore>(m_session->db());
        return true;
    }

    // `deliver` is given the answers: a first page, perhaps, then the whole (unless a newer
    // search made it pointless).
    void search(quint64 ticket, RecordKind kind, const QString &text, RecordSort sort,
                const std::function<void(const RecordSearchResult &)> &deliver)
    {
        RecordSearchResult result = whole(ticket, kind, text, sort, deliver);
        if (ticket >= m_latest.load())
            deliver(result);
    }

    RecordSearchResult whole(quint64 ticket, RecordKind kind, const QString &text, RecordSort sort,
                             const std::function<void(const RecordSearchResult &)> &deliver)
    {
        RecordSearchResult result;
        result.ticket = ticket;
        result.kind = kind;
        result.text = text;
        if (ticket < m_latest.load())
            return result;
        QElapsedTimer clock;
        clock.start();
        if (!ensureOpen(result.failure))
            return result;
        const RecordQuery query = RecordQueryParser::parse(kind, text, true);
        result.errors = query.errors;
        if (!query.errors.isEmpty())
            return result;
        if (query.isNear()) {
            result.radiusKm = query.radiusKm;
            result.centre = query.near;
            if (!result.centre) {
                if (const auto id = m_store->idFor(RecordKind::Location, query.nearReference))
                    result.centre = m_store->summaries(RecordKind::Location, { *id }).value(0).position;
            }
        }
        // A first page: shown at once, while the rest is found, or read and counted. False when
        // a newer search made the rest pointless.
        bool shownFirst = false;
        const auto showFirst = [&](const QList<qint64> &ids, const QList<double> &distances) {
            RecordSearchResult page = result;
            page.complete = false;
            page.rows = m_store->summaries(kind, ids);
            page.distances = distances;
            page.milliseconds = double(clock.nsecsElapsed()) / 1e6;
            deliver(page);
            shownFirst = true;
            return ticket >= m_latest.load();
        };
        QString error;
        // The words' matches known from the keystroke before (a filter typed after them): only
        // the filters are asked, of those matches.
        const QString key = wordsKey(query);
        const quint64 stamp = key.isEmpty() ? 0 : m_store->changeStamp();
        const bool known = !query.conditions.isEmpty() && m_knownWords && m_knownWords->kind == kind
            && m_knownWords->key == key && m_knownWords->sort == sort && stamp != 0
            && m_knownWords->stamp == stamp;
        if (!known && firstPageWorthIt(kind, text, sort, query)) {
            if (const auto first = m_store->firstByName(query, sort, RecordReader::kFirstPage,
                                                        RecordReader::kFirstPageMs, error)) {
                QList<qint64> ids;
                for (const RecordStore::Hit &hit : *first)
                    ids.append(hit.id);
                if (!showFirst(ids, {}))
                    return result;
            } else if (!error.isEmpty()) {
                qWarning("first page: %s", qPrintable(error)); // the whole says it again, or not
            }
        }
        const auto hits = known
            ? m_store->among(query, m_knownWords->hits, error)
            : m_store->search(query,
                              query.isNear() && sort == RecordSort::Relevance && !query.hasWords()
                                  ? RecordSort::Distance
                                  : sort,
                              0, error);
        if (!hits) {
            result.failure = error;
            return result;
        }
        result.amongKnown = known;
        if (!key.isEmpty() && query.conditions.isEmpty())
            m_knownWords = KnownWords { kind, key, sort, stamp, *hits };
        QList<qint64> ids;
        ids.reserve(hits->size());
        for (const RecordStore::Hit &hit : *hits) {
            ids.append(hit.id);
            if (query.isNear())
                result.distances.append(hit.distanceKm);
        }
        // Many found: their first page while the rest is read and counted.
        if (!shownFirst && ids.size() > kFirstPageOfMany
            && !showFirst(ids.first(RecordReader::kFirstPage),
                          result.distances.mid(0, RecordReader::kFirstPage)))
            return result;
        const QList<std::pair<QString, int>> wanted = facetsOf(kind);
        const auto listing =
            m_store->listing(kind, ids, wanted, m_chinese, error, [&] { return ticket < m_latest.load(); });
        if (!listing) {
            result.failure = error; // none: a newer search stopped it, and this is not shown
            return result;
        }
        result.rows = listing->rows;
        for (qsizetype f = 0; f < wanted.size(); ++f) {
            const QString &id = wanted.at(f).first;
            Facet facet { id, facetTitle(id), {} };
            for (const RecordStore::FacetValue &value : listing->facets.at(f))
                facet.values.append(
                    { value.label, id + u':' + SearchText::quoted(value.value), value.count });
            if (!facet.values.isEmpty())
                result.facets.append(facet);
        }
        result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        m_lastWhole = { kind, text, qsizetype(ids.size()) };
        return result;
    }

    // What identifies `query`'s words, for m_knownWords; empty when it has none, or is a near
    // search (whose order is not the words').
    static QString wordsKey(const RecordQuery &query)
    {
        if (!query.hasWords() || query.isNear())
            return {};
        return query.words.fts5 + u'\n' + query.words.tsquery;
    }

    // A first page is looked for on a server, where the index finds every match of a broad prefix
    // before it gives one, and not when the search typed before matched few: typing on narrows
    // it, and the whole then comes quicker than a walk through the name order finds a page.
    bool firstPageWorthIt(RecordKind kind, const QString &text, RecordSort sort,
                          const RecordQuery &query) const
    {
        if (!Catalog::isServerAddress(m_folder) || !query.hasWords() || query.isNear()
            || (sort != RecordSort::Relevance && sort != RecordSort::Name))
            return false;
        const bool typedOn =
            m_lastWhole.kind == kind && !m_lastWhole.text.isEmpty() && text.startsWith(m_lastWhole.text);
        return !typedOn || m_lastWhole.count >= kFewMatches;
    }
    static constexpr qsizetype kFewMatches = 5000;
    // Above this, the summaries and facets of the whole cost more than a first page shown first.
    static constexpr qsizetype kFirstPageOfMany = 2000;

    // The facets shown for a kind: (facet, how many values at most), and their titles.
    static QList<std::pair<QString, int>> facetsOf(RecordKind kind)
    {
        QList<std::pair<QString, int>> out;
        if (kind == RecordKind::Location)
            out = { { u"category"_s, 20 }, { u"setting"_s, 3 }, { u"era"_s, 12 } };
        else if (kind == RecordKind::Facility)
            out = { { u"type"_s, 20 } };
        else
            out = { { u"expertise"_s, 15 }, { u"lang"_s, 12 } };
        out += { { u"province"_s, 15 }, { u"city"_s, 15 }, { u"status"_s, 3 } };
        return out;
    }

    static QString facetTitle(const QString &facet)
    {
        static const QHash<QString, const char *> titles {
            { u"category"_s, QT_TRANSLATE_NOOP("RecordReader", "Category") },
            { u"setting"_s, QT_TRANSLATE_NOOP("RecordReader", "Interior / exterior") },
            { u"era"_s, QT_TRANSLATE_NOOP("RecordReader", "Era") },
            { u"type"_s, QT_TRANSLATE_NOOP("RecordReader", "Service type") },
            { u"expertise"_s, QT_TRANSLATE_NOOP("RecordReader", "Expertise") },
            { u"lang"_s, QT_TRANSLATE_NOOP("RecordReader", "Languages") },
            { u"province"_s, QT_TRANSLATE_NOOP("RecordReader", "Province") },
            { u"city"_s, QT_TRANSLATE_NOOP("RecordReader", "City") },
            { u"status"_s, QT_TRANSLATE_NOOP("RecordReader", "Review status") },
        };
        return tr(titles.value(facet, ""));
    }

    static LinkedAsset linked(const AssetBrief &brief)
    {
        return {
            brief.id, brief.contentHash, brief.title.isEmpty() ? brief.fileName : brief.title, brief.kind,
            -1,       brief.gps
        };
    }

    QList<LinkedAsset> linked(const std::optional<QList<AssetBrief>> &briefs, const QString &error) const
    {
        QList<LinkedAsset> out;
        if (!briefs) {
            qWarning("linked assets: %s", qPrintable(error));
            return out;
        }
        for (const AssetBrief &brief : *briefs)
            out.append(linked(brief));
        return out;
    }

    RecordDetails load(RecordKind kind, qint64 id, double nearbyKm)
    {
        RecordDetails details;
        details.kind = kind;
        details.id = id;
        if (!ensureOpen(details.failure))
            return details;
        const auto record = m_store->get(kind, id);
        if (!record) {
            details.failure = tr("It is no longer in the catalog.");
            return details;
        }
        details.record = *record;
        details.choices = m_store->choices(kind);
        const AssetStore assets(m_session->db());
        QString error;
        if (kind == RecordKind::Location) {
            details.assets =
                linked(assets.briefsAt(id, record->value("cover_asset_id"_L1).toInteger(-1), error), error);
            if (record->value("lat"_L1).isDouble()) {
                const Geo::LatLon centre { record->value("lat"_L1).toDouble(),
                                           record->value("lon"_L1).toDouble() };
                const auto found = m_store->assetsNear(centre, nearbyKm, error);
                if (!found)
                    qWarning("assets near: %s", qPrintable(error));
                const QList<RecordStore::Hit> hits = found.value_or(QList<RecordStore::Hit>());
                QList<qint64> hitIds;
                for (const RecordStore::Hit &hit : hits)
                    hitIds.append(hit.id);
                const auto briefs = assets.briefs(hitIds, error);
                QHash<qint64, AssetBrief> byId;
                for (const AssetBrief &brief : briefs.value_or(QList<AssetBrief>()))
                    byId.insert(brief.id, brief);
                for (const RecordStore::Hit &hit : hits) {
                    const auto brief = byId.constFind(hit.id);
                    if (brief == byId.cend() || brief->locationId.value_or(0) == id)
                        continue;
                    LinkedAsset near = linked(*brief);
                    near.distanceKm = hit.distanceKm;
                    details.nearby.append(near);
                    if (details.nearby.size() >= 50)
                        break;
                }
            }
        } else if (kind == RecordKind::Expert && record->contains("photo_asset_id"_L1)) {
            details.assets =
                linked(assets.briefs({ record->value("photo_asset_id"_L1).toInteger() }, error), error);
        }
        return details;
    }

    QList<MapPin> assetPins()
    {
        QList<MapPin> pins;
        QString failure;
        if (!ensureOpen(failure))
            return pins;
        QString error;
        const auto positions = AssetStore(m_session->db()).positions(20000, error);
        if (!positions)
            qWarning("asset pins: %s", qPrintable(error));
        for (const auto &[id, lat, lon] : positions.value_or(QList<std::tuple<qint64, double, double>>())) {
            MapPin pin;
            pin.id = -id;
            pin.position = { lat, lon };
            pin.color = QColor(0x3b, 0x82, 0xf6);
            pin.square = true;
            pins.append(pin);
        }
        return pins;
    }

    QHash<QString, QList<RecordChoice>> choices(RecordKind kind)
    {
        QString failure;
        return ensureOpen(failure) ? m_store->choices(kind) : QHash<QString, QList<RecordChoice>>();
    }

    QList<ProductionStore::Summary> productions()
    {
        QString failure;
        return ensureOpen(failure) ? ProductionStore(m_session->db()).list()
                                   : QList<ProductionStore::Summary>();
    }

    ProductionDetails production(qint64 id)
    {
        ProductionDetails details;
        details.id = id;
        if (!ensureOpen(details.failure))
            return details;
        const auto production = ProductionStore(m_session->db()).get(id);
        if (!production) {
            details.failure = tr("It is no longer in the catalog.");
            return details;
        }
        details.production = *production;
        QList<qint64> locations, experts, assetIds;
        for (const QJsonValue &c : production->value("candidates"_L1).toArray())
            locations.append(c.toObject().value("location_id"_L1).toInteger());
        for (const QJsonValue &e : production->value("experts"_L1).toArray())
            experts.append(e.toObject().value("expert_id"_L1).toInteger());
        for (const QJsonValue &a : production->value("asset_ids"_L1).toArray())
            assetIds.append(a.toInteger());
        details.candidates = m_store->summaries(RecordKind::Location, locations);
        details.experts = m_store->summaries(RecordKind::Expert, experts);
        QString error;
        details.assets = linked(AssetStore(m_session->db()).briefs(assetIds, error), error);
        return details;
    }

private:
    const QString m_folder;
    const std::atomic<quint64> &m_latest;
    const bool m_chinese;
    std::unique_ptr<CatalogSession> m_session;
    std::unique_ptr<RecordStore> m_store; // kept: it keeps the name order between keystrokes
    struct
    {
        RecordKind kind = RecordKind::Location;
        QString text;
        qsizetype count = 0;
    } m_lastWhole; // the last whole answer's search and how many it found
    // The matches of the last search of words alone, in its order, while the catalog is as it was
    // (its change stamp, taken before they were read).
    struct KnownWords
    {
        RecordKind kind = RecordKind::Location;
        QString key; // wordsKey()
        RecordSort sort = RecordSort::Relevance;
        quint64 stamp = 0;
        QList<RecordStore::Hit> hits;
    };
    std::optional<KnownWords> m_knownWords;
};

RecordReader::RecordReader(const QString &catalogFolder, QObject *parent)
    : QObject(parent)
    , m_worker(new RecordReaderWorker(catalogFolder, m_latestTicket))
{
    m_thread.setObjectName(u"RecordReader"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RecordReader::~RecordReader()
{
    m_latestTicket = std::numeric_limits<quint64>::max();
    m_thread.quit();
    m_thread.wait();
}

quint64 RecordReader::search(RecordKind kind, const QString &text, RecordSort sort)
{
    const quint64 ticket = ++m_latestTicket;
    QMetaObject::invokeMethod(m_worker, [this, ticket, kind, text, sort] {
        m_worker->search(ticket, kind, text, sort, [this](const RecordSearchResult &result) {
            if (result.ticket < m_latestTicket.load())
                return;
            QMetaObject::invokeMethod(this, [this, result] { Q_EMIT searched(result); });
        });
    });
    return ticket;
}

void RecordReader::load(RecordKind kind, qint64 id, double nearbyKm)
{
    QMetaObject::invokeMethod(m_worker, [this, kind, id, nearbyKm] {
        const RecordDetails details = m_worker->load(kind, id, nearbyKm);
        QMetaObject::invokeMethod(this, [this, details] { Q_EMIT loaded(details); });
    });
}

void RecordReader::loadChoices(RecordKind kind)
{
    QMetaObject::invokeMethod(m_worker, [this, kind] {
        const auto choices = m_worker->choices(kind);
        QMetaObject::invokeMethod(this, [this, kind, choices] { Q_EMIT choicesLoaded(kind, choices); });
    });
}

void RecordReader::loadAssetPins()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        const QList<MapPin> pins = m_worker->assetPins();
        QMetaObject::invokeMethod(this, [this, pins] { Q_EMIT assetPinsLoaded(pins); });
    });
}

void RecordReader::loadProductions()
{
    QMetaObject::invokeMethod(m_worker, [this] {
        const auto list = m_worker->productions();
        QMetaObject::invokeMethod(this, [this, list] { Q_EMIT productionsLoaded(list); });
    });
}

void RecordReader::loadProduction(qint64 id)
{
    QMetaObject::invokeMethod(m_worker, [this, id] {
        const ProductionDetails details = m_worker->production(id);
        QMetaObject::invokeMethod(this, [this, details] { Q_EMIT productionLoaded(details); });
    });
}
