#pragma once

// The one place that knows the catalog is SQLite: connection options, pragmas, multi-statement
// scripts, integrity checks. Everything else speaks portable SQL through QtSql, so that a shared
// PostgreSQL catalog (QPSQL) can later be added behind this seam.

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace SqliteBackend {

// Opens `file` as connection `name` for the calling thread, with WAL, a busy timeout and foreign
// keys on. Returns an invalid QSqlDatabase and sets `error` on failure.
QSqlDatabase open(const QString &file, const QString &name, bool readOnly, QString &error);

// The sqlite3 handle of an open QSQLITE connection (for the C API), or nullptr.
sqlite3 *handle(const QSqlDatabase &db);

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
