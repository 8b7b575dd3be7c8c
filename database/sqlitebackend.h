#pragma once

// The one place that knows the catalog is SQLite: connection options, pragmas, multi-statement
// scripts, integrity checks. Everything else speaks portable SQL through QtSql, so that a shared
// PostgreSQL catalog (QPSQL) can later be added behind this seam.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;

namespace SqliteBackend {

// Opens `file` as connection `name` for the calling thread, with WAL, a busy timeout and foreign
// keys on. Returns an invalid QSqlDatabase and sets `error` on failure.
QSqlDatabase open(const QString &file, const QString &name, bool readOnly, QString &error);

// The sqlite3 handle of an open QSQLITE connection (for the C API), or nullptr.
sqlite3 *handle(const QSqlDatabase &db);

// Runs `sql` with `binds` (integers, reals, text, null) and returns the first column of every row
// as integers, through the C API: QtSql's per-value QVariant costs ~0.1 µs a row, which is 10 ms
// when a search-as-you-type prefix matches 100,000 assets. nullopt with SQLite's message on error.
std::optional<QList<qint64>> integerColumn(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &binds, QString &error);

// Runs one statement; false with the driver's message.
bool exec(const QSqlDatabase &db, const QString &statement, QString &error);

// Runs a script of several statements (migrations). Returns false with SQLite's message.
bool execScript(const QSqlDatabase &db, const QByteArray &script, QString &error);

// PRAGMA user_version.
int schemaVersion(const QSqlDatabase &db);
bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error);

// Whether a transaction is open (SQLite rolls back on its own after some errors: disk full, I/O).
bool inTransaction(const QSqlDatabase &db);

// "ok", or the problems PRAGMA integrity_check lists.
QString integrityCheck(const QSqlDatabase &db);

} // namespace SqliteBackend
