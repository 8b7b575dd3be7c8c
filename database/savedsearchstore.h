#pragma once

// Saved searches ("smart collections"): a name and a query of the search language, kept in the
// catalog so that everyone who opens it sees them. Works on the connection it is given; the
// caller owns the transaction.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class SavedSearchStore final
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearchStore)

public:
    struct SavedSearch
    {
        qint64 id = 0;
        QString name;
        QString query;
        QString sort; // relevance, newest, oldest, longest, shortest, name
        int sortOrder = 0;
        QString createdAt;
    };

    explicit SavedSearchStore(QSqlDatabase db);

    QList<SavedSearch> all() const;
    std::optional<SavedSearch> find(qint64 id) const;
    // Fails with a message when the name is empty or taken.
    std::optional<qint64> add(const QString &name, const QString &query, const QString &sort, QString &error);
    bool rename(qint64 id, const QString &name, QString &error);
    bool setQuery(qint64 id, const QString &query, const QString &sort, QString &error);
    // Returns what was removed, to put back (same id) with restore().
    std::optional<SavedSearch> remove(qint64 id, QString &error);
    bool restore(const SavedSearch &search, QString &error);

private:
    QSqlDatabase m_db;
};
