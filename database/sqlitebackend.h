#pragma once

// The one place that knows the catalog is SQLite: connection options, pragmas, multi-statement
// scripts, integrity checks. Everything else speaks portable SQL through QtSql, so that a shared
// PostgreSQL catalog (QPSQL) can later be added behind this seam.

#include <QByteArrayView>
#include <QDeadlineTimer>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace SqliteBackend {

// Opens `file` as connection `name` for the calling thread, with WAL, a busy timeout and foreign
// keys on. Returns an invalid QSqlDatabase and sets `error` on failure.
QSqlDatabase open(const QString &file, const QString &name, bool readOnly, QString &error);

// The sqlite3 handle of an open QSQLITE connection (for the C API), or nullptr.
sqlite3 *handle(const QSqlDatabase &db);

// The current row of a statement run by forEachRow(); valid only inside the callback.
class Row final
{
public:
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const; // null for NULL
    QByteArrayView utf8(int column) const; // the bytes SQLite holds, until the next row

private:
    friend bool forEachRow(const QSqlDatabase &, const QString &, const QVariantList &,
                           const std::function<void(const Row &)> &, QString &);
    explicit Row(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    sqlite3_stmt *m_statement;
};

// Runs `sql` with `binds` (integers, reals, text, null) through the C API and calls `onRow` for
// every row: for reads of whole tables, where QtSql's QVariant per value costs ~0.1 µs (10 ms
// per 100,000 ids, over a second for the 21 columns of 100,000 assets). False with SQLite's
// message on error.
bool forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                const std::function<void(const Row &)> &onRow, QString &error);

// The first column of every row as integers (forEachRow), or nullopt with SQLite's message.
std::optional<QList<qint64>> integerColumn(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &binds, QString &error);

// Runs one statement; false with the driver's message.
bool exec(const QSqlDatabase &db, const QString &statement, QString &error);

// Runs a script of several statements (migrations). Returns false with SQLite's message.
bool execScript(const QSqlDatabase &db, const QByteArray &script, QString &error);

// A number that changes whenever the database may have changed: by this connection (its change
// count) or by another one (PRAGMA data_version). For caches of what a query read.
quint64 changeStamp(const QSqlDatabase &db);

// PRAGMA user_version.
int schemaVersion(const QSqlDatabase &db);
bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error);

// Whether a transaction is open (SQLite rolls back on its own after some errors: disk full, I/O).
bool inTransaction(const QSqlDatabase &db);

// "ok", or the problems PRAGMA integrity_check lists.
QString integrityCheck(const QSqlDatabase &db);

// For a database file from elsewhere (an MBTiles map): its schema may not run functions with
// side effects (trusted_schema off, defensive mode), and no value read may be larger than
// `maxValueBytes`. False with the reason when the connection cannot be set so.
bool distrust(const QSqlDatabase &db, int maxValueBytes, QString &error);

// While it lives, statements on `db` are interrupted (they fail with "interrupted") once
// `limit` has passed since it was made, or as soon as `*cancelled` is true: for files from
// elsewhere, whose views may never end. Use on the connection's thread.
class TimeLimit final
{
public:
    TimeLimit(const QSqlDatabase &db, int limitMs, const std::atomic<bool> *cancelled = nullptr);
    ~TimeLimit();
    Q_DISABLE_COPY_MOVE(TimeLimit)
    bool expired() const { return m_expired; }

private:
    static int check(void *self);
    sqlite3 *m_handle;
    QDeadlineTimer m_deadline;
    const std::atomic<bool> *m_cancelled;
    bool m_expired = false;
};

} // namespace SqliteBackend
