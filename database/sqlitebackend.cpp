#include "sqlitebackend.h"

#include "searchtokenizer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace SqliteBackend {

QSqlDatabase open(const QString &file, const QString &name, bool readOnly, QString &error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    QString options = u"QSQLITE_BUSY_TIMEOUT=15000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    // The search index's tokenizer must exist on every connection that may touch it.
    if (!SearchTokenizer::registerWith(handle(db), error)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QSqlQuery query(db);
    // WAL: readers never block the writer and a kill -9 loses at most the open transaction.
    // synchronous=NORMAL is durable across application crashes in WAL mode.
    const QStringList pragmas = readOnly
        ? QStringList { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s }
        : QStringList { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                        u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            error = query.lastError().text();
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    return db;
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool exec(const QSqlDatabase &db, const QString &statement, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

bool execScript(const QSqlDatabase &db, const QByteArray &script, QString &error)
{
    sqlite3 *raw = handle(db);
    if (!raw) {
        error = u"not an SQLite connection"_s;
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(raw, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        error = QString::fromUtf8(message ? message : sqlite3_errmsg(raw));
        sqlite3_free(message);
        return false;
    }
    return true;
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

bool inTransaction(const QSqlDatabase &db)
{
    sqlite3 *raw = handle(db);
    return raw && sqlite3_get_autocommit(raw) == 0;
}

QString integrityCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems.join(u'\n');
}

} // namespace SqliteBackend
