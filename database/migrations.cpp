#include "migrations.h"

#include "catalogbackend.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

} // namespace

QList<Step> steps(const QString &resourceFolder)
{
    static const QRegularExpression pattern(u"^(\\d+)_([A-Za-z0-9_-]+)\\.sql$"_s);
    QList<Step> out;
    const QStringList files = QDir(resourceFolder).entryList({ u"*.sql"_s }, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        QFile source(QDir(resourceFolder).filePath(file));
        if (!match.hasMatch() || !source.open(QIODevice::ReadOnly))
            continue;
        out.append(Step { match.captured(1).toInt(), match.captured(2), source.readAll() });
    }
    std::sort(out.begin(), out.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return out;
}

bool migrate(QSqlDatabase &db, const QString &resourceFolder, const QString &what, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::of(db);
    const QList<Step> all = steps(resourceFolder);
    if (all.isEmpty()) {
        error =
            QCoreApplication::translate("Migrations", "no migrations for the %1 were compiled in").arg(what);
        return false;
    }
    const int newest = all.last().version;
    const auto newer = [&](int current) {
        return QCoreApplication::translate(
                   "Migrations",
                   "the %1 was written by a newer ReelAtlas (schema version %2; this ReelAtlas knows up "
                   "to %3). Update ReelAtlas to open it; nothing was changed.")
            .arg(what)
            .arg(current)
            .arg(newest);
    };
    // Up to date: nothing to lock (a session that may not write, a viewer's, opens it too); nor
    // to refuse a newer one.
    const int found = backend.schemaVersion(db);
    if (found == newest)
        return true;
    if (found > newest) {
        error = newer(found);
        return false;
    }
    for (const Step &step : all) {
        // The write lock first, so two programs opening one new catalog at the same moment run
        // each step once.
        if (!backend.beginWrite(db, error)) {
            // A viewer's session (read-only) cannot upgrade a catalog made by an older ReelAtlas.
            error = QCoreApplication::translate("Migrations",
                                                "the %1 must first be upgraded for this ReelAtlas (schema "
                                                "version %2 to %3) by its owner or an admin, who upgrade "
                                                "it by opening it once: %4")
                        .arg(what)
                        .arg(found)
                        .arg(newest)
                        .arg(error);
            return false;
        }
        const int current = backend.schemaVersion(db);
        QString failure;
        if (current < 0) {
            failure =
                QCoreApplication::translate("Migrations", "cannot read the %1's schema version").arg(what);
        } else if (current > newest) { // made newer meanwhile, by another program
            failure = newer(current);
        } else if (step.version > current) {
            QString sqlError;
            if (!backend.runScript(db, step.sql, sqlError)
                || !backend.setSchemaVersion(db, step.version, sqlError)) {
                failure = QCoreApplication::translate(
                              "Migrations",
                              "upgrading the %1 to schema version %2 (%3) failed: %4. Nothing was changed.")
                              .arg(what)
                              .arg(step.version)
                              .arg(step.name, sqlError);
            }
        }
        if (!failure.isEmpty()) {
            backend.rollback(db);
            error = failure;
            return false;
        }
        if (!backend.commit(db, error))
            return false;
    }
    return true;
}

} // namespace Migrations
