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

    RecordSearchResult search(quint64 ticket, RecordKind kind, const QString &text, RecordSort sort)
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
        QString error;
        const auto hits = m_store->search(query,
                                          query.isNear() && sort == RecordSort::Relevance && !query.hasWords()
                                              ? RecordSort::Distance
                                              : sort,
                                          0, error);
        if (!hits) {
            result.failure = error;
            return result;
        }
        QList<qint64> ids;
        ids.reserve(hits->size());
        for (const RecordStore::Hit &hit : *hits) {
            ids.append(hit.id);
            if (query.isNear())
                result.distances.append(hit.distanceKm);
        }
        result.rows = m_store->summaries(kind, ids);
        if (query.isNear()) {
            result.radiusKm = query.radiusKm;
            result.centre = query.near;
            if (!result.centre) {
                if (const auto id = m_store->idFor(RecordKind::Location, query.nearReference))
                    result.centre = m_store->summaries(RecordKind::Location, { *id }).value(0).position;
            }
        }
        result.facets = facets(kind, ids);
        result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
        return result;
    }

    QList<Facet> facets(RecordKind kind, const QList<qint64> &ids)
    {
        QList<Facet> out;
        // One facet: its values as the store counts them, and how a value becomes a filter.
        const auto facet = [&](const QString &id, const QString &title, int limit) {
            QString error;
            const auto values = m_store->facet(kind, id, ids, m_chinese, limit, error);
            if (!values) {
                qWarning("facet %s: %s", qPrintable(id), qPrintable(error));
                return;
            }
            Facet f { id, title, {} };
            for (const RecordStore::FacetValue &value : *values)
                f.values.append({ value.label, id + u':' + SearchText::quoted(value.value), value.count });
            if (!f.values.isEmpty())
                out.append(f);
        };
        if (kind == RecordKind::Location) {
            facet(u"category"_s, tr("Category"), 20);
            facet(u"setting"_s, tr("Interior / exterior"), 3);
            facet(u"era"_s, tr("Era"), 12);
        } else if (kind == RecordKind::Facility) {
            facet(u"type"_s, tr("Service type"), 20);
        } else {
            facet(u"expertise"_s, tr("Expertise"), 15);
            facet(u"lang"_s, tr("Languages"), 12);
        }
        facet(u"province"_s, tr("Province"), 15);
        facet(u"city"_s, tr("City"), 15);
        facet(u"status"_s, tr("Review status"), 3);
        return out;
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
        const RecordSearchResult result = m_worker->search(ticket, kind, text, sort);
        if (result.ticket < m_latestTicket.load())
            return;
        QMetaObject::invokeMethod(this, [this, result] { Q_EMIT searched(result); });
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
