#pragma once

// Locations (外景地), as far as the empty-lens library needs them: a list to link clips and photos
// to, and a new location made from a name (to review) when the one wanted is not there yet.
// The full location editor and scouting search build on this. Works on the connection it is
// given; the caller owns the transaction.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class LocationStore final
{
    Q_DECLARE_TR_FUNCTIONS(LocationStore)

public:
    struct Summary
    {
        qint64 id = 0;
        QString nameZh;
        QString nameEn;
        QString city;
        int assets = 0; // clips and photos linked to it
    };

    explicit LocationStore(QSqlDatabase db);

    // Every location, by name.
    QList<Summary> summaries() const;
    // A new location with just a name, marked "to review" (written in Chinese or in Latin letters
    // decides whether it is the Chinese or the English name).
    // With `id`, that id (a draft made again when its removal is undone).
    std::optional<qint64> addDraft(const QString &name, QString &error, std::optional<qint64> id = {});
    bool remove(qint64 id, QString &error);

private:
    QSqlDatabase m_db;
};
