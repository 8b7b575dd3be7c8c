#pragma once

// Hierarchical tags ("天气/晴" is 晴 under 天气). Works on the connection it is given; the caller
// owns the transaction.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class TagStore final
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    explicit TagStore(QSqlDatabase db);

    // "天气 / 晴 " -> "天气/晴". Empty string and sets `error` when the path has an empty level.
    static QString normalizePath(const QString &path, QString &error);

    // The tag at `path`, creating missing levels.
    std::optional<qint64> ensurePath(const QString &path, QString &error);
    std::optional<qint64> findPath(const QString &path) const;

    // Tags `assetIds` with `tagId`; returns how many were newly tagged, or -1 on error.
    int addToAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error);
    int removeFromAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error);

    QHash<qint64, QString> allPaths() const; // tag id -> full path
    QStringList pathsForAsset(qint64 assetId) const;
    QHash<qint64, QStringList> pathsForAllAssets() const;

private:
    QSqlDatabase m_db;
};
