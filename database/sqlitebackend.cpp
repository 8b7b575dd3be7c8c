#include "sqlitebackend.h"

#include "searchtokenizer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

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

bool distrust(const QSqlDatabase &db, int maxValueBytes, QString &error)
{
    sqlite3 *h = handle(db);
    if (!h) {
        error = u"not an SQLite connection"_s;
        return false;
    }
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, maxValueBytes);
    return true;
}

TimeLimit::TimeLimit(const QSqlDatabase &db, int limitMs, const std::atomic<bool> *cancelled)
    : m_handle(handle(db))
    , m_deadline(limitMs)
    , m_cancelled(cancelled)
{
    // Asked every 1,000 virtual-machine steps: a few microseconds apart.
    if (m_handle)
        sqlite3_progress_handler(m_handle, 1000, &TimeLimit::check, this);
}

TimeLimit::~TimeLimit()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int TimeLimit::check(void *self)
{
    auto *limit = static_cast<TimeLimit *>(self);
    if (limit->m_deadline.hasExpired() || (limit->m_cancelled && limit->m_cancelled->load()))
        limit->m_expired = true;
    return limit->m_expired ? 1 : 0;
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool Row::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Row::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Row::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView Row::utf8(int column) const
{
    // Text first, then its length: the order SQLite documents as safe.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString Row::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

bool forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                const std::function<void(const Row &)> &onRow, QString &error)
{
    sqlite3 *connection = handle(db);
    if (!connection) {
        error = QStringLiteral("the catalog is not open");
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                break;
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                rc =
                    sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
    }
    const Row row(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        onRow(row);
    if (rc != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    return true;
}

std::optional<QList<qint64>> integerColumn(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &binds, QString &error)
{
    QList<qint64> out;
    if (!forEachRow(
            db, sql, binds, [&out](const Row &row) { out.append(row.integer(0)); }, error))
        return std::nullopt;
    return out;
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

quint64 changeStamp(const QSqlDatabase &db)
{
    sqlite3 *connection = handle(db);
    if (!connection)
        return 0;
    QString error;
    const auto version = integerColumn(db, u"PRAGMA data_version"_s, {}, error);
    const quint64 other = version && !version->isEmpty() ? quint64(version->first()) : 0;
    return (other << 40) ^ quint64(sqlite3_total_changes64(connection));
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
