#pragma once

// Numbered SQL migrations compiled in from resources/sql/<set>/NNN_name.sql.

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Migrations {

struct Step
{
    int version = 0;
    QString name;
    QByteArray sql;
};

// The steps in a resource folder (":/sql/catalog"), by version.
QList<Step> steps(const QString &resourceFolder);

// Brings `db` to the newest version, one transaction per step. Refuses a database whose version is
// newer than the newest step. `what` names the database in messages ("catalog").
bool migrate(QSqlDatabase &db, const QString &resourceFolder, const QString &what, QString &error);

} // namespace Migrations
