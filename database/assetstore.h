#pragma once

// Empty-lens assets in the catalog. Works on the connection it is given (so on that connection's
// thread); writers own the transaction.

#include "assetrecords.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlRecord>

#include <functional>
#include <optional>

class AssetStore final
{
public:
    explicit AssetStore(QSqlDatabase db);

    // Everything the ingest pipeline needs to decide what to do with a file it finds.
    std::optional<QList<KnownFile>> knownFiles(QString &error) const;

    // Inserts or updates the asset at file.location.pathRaw. Facts and derived facts are replaced
    // (missing ones become NULL); user facts, tags and links are kept. Returns the asset id.
    std::optional<qint64> save(const ProcessedFile &file, QString &error);

    // The file of asset `id` moved: new place, same content, facts and user facts kept.
    bool relink(qint64 id, const FileLocation &to, QString &error);
    // Found again, unchanged (after being offline): back to ok or failed.
    bool markPresent(qint64 id, QString &error);
    bool markOffline(const QList<qint64> &ids, QString &error);

    std::optional<qint64> idForPath(const QByteArray &pathRaw) const;
    std::optional<QByteArray> rawPathOf(qint64 id) const;
    std::optional<QJsonObject> assetJson(qint64 id) const;
    // The content hash and kind of asset `id` (for its thumbnails).
    std::optional<std::pair<QString, QString>> hashAndKind(qint64 id) const;

    // Assets matching `query` (plain words, all of which must match; empty = all), by id.
    // Returns false with a message when the query cannot run.
    bool forEachMatching(const QString &query, int limit,
                         const std::function<void(const QJsonObject &)> &visit, QString &error) const;
    std::optional<QList<qint64>> idsMatching(const QString &query, int limit, QString &error) const;

private:
    QString whereForQuery(const QString &query, QVariantList &binds) const;
    // The first row of `sql` run with one bound value.
    std::optional<QSqlRecord> firstRow(const QString &sql, const QVariant &bind) const;

    QSqlDatabase m_db;
};
