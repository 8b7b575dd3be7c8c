#pragma once

// A production's request and the office's answer: the production (title, producer, dates, what
// it needs, where its base is), the candidate locations with a status (proposed, visited, chosen,
// rejected) and notes, the experts suggested for it, and the clips and photos picked for it.
// Works on the connection it is given; the caller owns the transaction.
//
// Threading: use on the thread that owns the connection.

#include "geo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class ProductionStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProductionStore)

public:
    explicit ProductionStore(QSqlDatabase db);

    static const QStringList &candidateStatuses(); // proposed, visited, chosen, rejected
    static QString candidateStatusName(const QString &status); // in the UI language
    // "chosen", "选定", "Chosen" -> "chosen"; empty when it is none of them.
    static QString candidateStatusCode(const QString &text);

    // {id, title, title_en, producer, company, start_date, end_date, needs, base_address,
    //  base_lat, base_lon, notes, status, created_at, updated_at,
    //  candidates: [{location_id, status, notes}], experts: [{expert_id, role}], asset_ids: [...]}
    std::optional<QJsonObject> get(qint64 id) const;
    // Saves the production's own fields (an update when "id" names one, else an insert; with
    // that id when given, for undo). Candidates, experts and assets in the object are written
    // too when present. nullopt with a reason when invalid (no title, a date or base that is not one).
    std::optional<qint64> save(const QJsonObject &production, QString &error);
    bool remove(qint64 id, QString &error);
    int count() const;

    struct Summary
    {
        qint64 id = 0;
        QString title;
        QString producer;
        QString startDate;
        QString endDate;
        QString status;
        int candidates = 0;
        int chosen = 0;
    };
    QList<Summary> list() const; // newest first

    // Adds the location as a candidate or changes its status and notes (status empty: keep).
    bool setCandidate(qint64 productionId, qint64 locationId, const QString &status,
                      const std::optional<QString> &notes, QString &error);
    bool removeCandidate(qint64 productionId, qint64 locationId, QString &error);
    bool setExpert(qint64 productionId, qint64 expertId, const QString &role, QString &error);
    bool removeExpert(qint64 productionId, qint64 expertId, QString &error);
    bool addAssets(qint64 productionId, const QList<qint64> &assetIds, QString &error);
    bool removeAssets(qint64 productionId, const QList<qint64> &assetIds, QString &error);

    // The production's base, when it has coordinates.
    static std::optional<Geo::LatLon> base(const QJsonObject &production);

private:
    QSqlDatabase m_db;
};
