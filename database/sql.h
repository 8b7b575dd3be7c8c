#pragma once

// The few things every store does with a statement: run it with bound values and say why it
// failed, read a column of ids, and hold a write transaction that rolls back unless committed.
// Portable SQL only; what differs between engines lives in the backend (catalogbackend.h).
//
// Threading: on the connection's thread, as QtSql requires.

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace Sql {

// Runs `sql` with `binds`; false with the driver's message.
bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString &error);

// Runs a read; the query is positioned before its first row, or nullopt with the message.
std::optional<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                QString &error);

// The first column of every row as integers, or nullopt with the message.
std::optional<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 QString &error);

// A write transaction that takes the write lock at once (so two writers wait for each other at
// the start rather than failing halfway); rolled back when it goes out of scope uncommitted.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // Whether it began; error() says why not.
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    bool commit(QString &error);

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

// A store's write as one unit where the engine needs it (CatalogBackend::derivesAtCommit): made
// outside any transaction, it becomes one transaction, committed when the scope ends (the
// server rolls it back if a statement failed), so that no write leaves its search columns
// unmade. Inside a caller's transaction (CatalogWriter, Transaction), and on SQLite, it does
// nothing. Every store function that writes opens one first.
class WriteScope final
{
public:
    explicit WriteScope(const QSqlDatabase &db);
    ~WriteScope();
    Q_DISABLE_COPY_MOVE(WriteScope)

private:
    QSqlDatabase m_db;
    bool m_own = false;
};

} // namespace Sql
