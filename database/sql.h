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

} // namespace Sql
