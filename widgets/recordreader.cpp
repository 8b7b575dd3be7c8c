#include "recordreader.h"

#include "catalog.h"
#include "productionstore.h"
#include "searchtext.h"
#include "sqlitebackend.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString idArray(const QList<qint64> &ids)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    return QString::fromLatin1(json + ']');
}

} // namespace

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
        if (m_session && m_session->isOpen())
            return true;
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
        const QString table = RecordSchema::table(kind);
        const QString within = u"r.id IN (SELECT value FROM json_each(?))"_s;
        const QString all = idArray(ids);
        // One facet: SQL giving (value, label, count), and how a value becomes a filter.
        const auto facet = [&](const QString &id, const QString &title, const QString &sql,
                               const QString &filter, int limit) {
            Facet f;
            f.id = id;
            f.title = title;
            QString error;
            SqliteBackend::forEachRow(
                m_session->db(), sql, { all },
                [&](const SqliteBackend::Row &row) {
                    const QString value = row.text(0);
                    if (value.isEmpty() || f.values.size() >= limit)
                        return;
                    f.values.append({ row.text(1).isEmpty() ? value : row.text(1),
                                      filter + u':' + SearchText::quoted(value), int(row.integer(2)) });
                },
                error);
            if (!f.values.isEmpty())
                out.append(f);
        };
        const QString nameColumn = m_chinese ? u"name_zh"_s : u"name_en"_s;
        if (kind == RecordKind::Location) {
            facet(u"category"_s, tr("Category"),
                  u"SELECT c.code, c.%1, count(*) FROM %2 r JOIN location_categories c ON c.id = "
                  u"r.category_id WHERE %3 "
                  "GROUP BY c.id ORDER BY count(*) DESC"_s.arg(nameColumn, table, within),
                  u"category"_s, 20);
            QString settingLabels;
            for (const RecordChoice &choice : RecordSchema::settings())
                settingLabels += u" WHEN '%1' THEN '%2'"_s.arg(choice.code, choice.name());
            facet(u"setting"_s, tr("Interior / exterior"),
                  u"SELECT r.setting, CASE r.setting%1 END, count(*) FROM %2 r WHERE %3 AND r.setting IS NOT "
                  u"NULL "
                  "GROUP BY r.setting ORDER BY count(*) DESC"_s.arg(settingLabels, table, within),
                  u"setting"_s, 3);
            facet(
                u"era"_s, tr("Era"),
                u"SELECT e.value, e.value, count(*) FROM %1 r, json_each(r.eras) e WHERE %2 GROUP BY e.value "
                "ORDER BY count(*) DESC"_s.arg(table, within),
                u"era"_s, 12);
        } else if (kind == RecordKind::Facility) {
            facet(u"type"_s, tr("Service type"),
                  u"SELECT t.code, t.%1, count(*) FROM %2 r JOIN facility_types t ON t.code = r.service_type "
                  u"WHERE %3 "
                  "GROUP BY t.code ORDER BY count(*) DESC"_s.arg(nameColumn, table, within),
                  u"type"_s, 20);
        } else {
            facet(u"expertise"_s, tr("Expertise"),
                  u"SELECT e.value, e.value, count(*) FROM %1 r, json_each(r.expertise) e WHERE %2 GROUP BY "
                  u"e.value "
                  "ORDER BY count(*) DESC"_s.arg(table, within),
                  u"expertise"_s, 15);
            facet(u"lang"_s, tr("Languages"),
                  u"SELECT e.value, e.value, count(*) FROM %1 r, json_each(r.languages) e WHERE %2 GROUP BY "
                  u"e.value "
                  "ORDER BY count(*) DESC"_s.arg(table, within),
                  u"lang"_s, 12);
        }
        facet(u"province"_s, tr("Province"),
              u"SELECT r.province, r.province, count(*) FROM %1 r WHERE %2 AND r.province IS NOT NULL "
              "GROUP BY r.province ORDER BY count(*) DESC"_s.arg(table, within),
              u"province"_s, 15);
        facet(u"city"_s, tr("City"),
              u"SELECT r.city, r.city, count(*) FROM %1 r WHERE %2 AND r.city IS NOT NULL GROUP BY r.city "
              "ORDER BY count(*) DESC"_s.arg(table, within),
              u"city"_s, 15);
        QString statusLabels;
        for (const RecordChoice &choice : RecordSchema::statuses())
            statusLabels += u" WHEN '%1' THEN '%2'"_s.arg(choice.code, choice.name());
        facet(u"status"_s, tr("Review status"),
              u"SELECT r.status, CASE r.status%1 END, count(*) FROM %2 r WHERE %3 GROUP BY r.status "
              "ORDER BY count(*) DESC"_s.arg(statusLabels, table, within),
              u"status"_s, 3);
        return out;
    }

    QList<LinkedAsset> assets(const QString &sql, const QVariantList &binds)
    {
        QList<LinkedAsset> out;
        QString error;
        SqliteBackend::forEachRow(
            m_session->db(), sql, binds,
            [&](const SqliteBackend::Row &row) {
                LinkedAsset asset;
                asset.id = row.integer(0);
                asset.contentHash = row.text(1);
                asset.name = row.text(2).isEmpty() ? row.text(3) : row.text(2);
                asset.kind = row.text(4);
                if (!row.isNull(5) && !row.isNull(6))
                    asset.gps = Geo::LatLon { row.real(5), row.real(6) };
                out.append(asset);
            },
            error);
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
        const QString columns = u"a.id, a.content_hash, a.title, a.file_name, a.kind, a.gps_lat, a.gps_lon"_s;
        if (kind == RecordKind::Location) {
            details.assets =
                assets(u"SELECT %1 FROM assets a WHERE a.location_id = ? ORDER BY a.id = ? DESC, "
                       "a.kind = 'photo' DESC, a.id"_s.arg(columns),
                       { id, record->value("cover_asset_id"_L1).toInteger(-1) });
            if (record->value("lat"_L1).isDouble()) {
                const Geo::LatLon centre { record->value("lat"_L1).toDouble(),
                                           record->value("lon"_L1).toDouble() };
                for (const RecordStore::Hit &hit : m_store->assetsNear(centre, nearbyKm)) {
                    QList<LinkedAsset> found = assets(
                        u"SELECT %1 FROM assets a WHERE a.id = ? AND COALESCE(a.location_id, 0) <> ?"_s.arg(
                            columns),
                        { hit.id, id });
                    if (!found.isEmpty()) {
                        found.first().distanceKm = hit.distanceKm;
                        details.nearby.append(found.first());
                    }
                    if (details.nearby.size() >= 50)
                        break;
                }
            }
        } else if (kind == RecordKind::Expert && record->contains("photo_asset_id"_L1)) {
            details.assets = assets(u"SELECT %1 FROM assets a WHERE a.id = ?"_s.arg(columns),
                                    { record->value("photo_asset_id"_L1).toInteger() });
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
        SqliteBackend::forEachRow(
            m_session->db(),
            u"SELECT id, gps_lat, gps_lon FROM assets WHERE gps_lat IS NOT NULL AND gps_lon IS NOT NULL LIMIT 20000"_s,
            {},
            [&](const SqliteBackend::Row &row) {
                MapPin pin;
                pin.id = -row.integer(0);
                pin.position = { row.real(1), row.real(2) };
                pin.color = QColor(0x3b, 0x82, 0xf6);
                pin.square = true;
                pins.append(pin);
            },
            error);
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
        details.assets =
            assets(u"SELECT a.id, a.content_hash, a.title, a.file_name, a.kind, a.gps_lat, a.gps_lon "
                   "FROM assets a WHERE a.id IN (SELECT value FROM json_each(?))"_s,
                   { idArray(assetIds) });
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
