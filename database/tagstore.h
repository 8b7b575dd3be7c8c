#pragma once

// Hierarchical tags ("天气/晴" is 晴 under 天气), each with its full path kept in the catalog.
// Works on the connection it is given; the caller owns the transaction (every change here is a
// few statements that must apply together).

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <optional>

class TagStore final
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    struct Tag
    {
        qint64 id = 0;
        std::optional<qint64> parentId;
        QString name;
        QString nameEn;
        QString path;
        QString vocabulary; // shot_size, weather, ... for the controlled vocabulary; else empty
        int sortOrder = 0;
        int assetCount = 0; // assets tagged with this tag itself
    };

    explicit TagStore(QSqlDatabase db);

    // "天气 / 晴 " -> "天气/晴". Empty string and sets `error` when the path has an empty level.
    static QString normalizePath(const QString &path, QString &error);

    // The tag at `path`, creating missing levels.
    std::optional<qint64> ensurePath(const QString &path, QString &error);
    std::optional<qint64> findPath(const QString &path) const;
    std::optional<Tag> tag(qint64 id) const;
    // Every tag, by path, with its asset count.
    QList<Tag> all() const;

    // Renames a tag (its children follow). Fails when a sibling already has the name.
    bool rename(qint64 id, const QString &name, QString &error);
    // Moves a tag under another (nullopt: to the top). Not into itself or its own children.
    bool move(qint64 id, std::optional<qint64> parentId, QString &error);
    // Puts `source`'s assets and children under `target` (same-named children merge too) and
    // removes `source`.
    bool merge(qint64 source, qint64 target, QString &error);
    // Removes a tag and its children from the catalog; the assets stay.
    bool remove(qint64 id, QString &error);

    // Tags `assetIds` with `tagId`, or takes the tag off them: how many were newly tagged (or
    // untagged), or -1 on error.
    int addToAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error);
    int removeFromAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error);

    // Which assets carry which tag of the subtree at `id`, as (tag path, asset id): what a
    // remove or merge takes away, for undo.
    QList<std::pair<QString, qint64>> assignmentsInSubtree(qint64 id) const;

    // The rows of the subtrees at `ids` and their assignments, to put back exactly (same ids)
    // after a remove or merge is undone.
    struct Snapshot
    {
        QList<QVariantList> tags; // id, parent_id, name, name_en, vocabulary, sort_order, created_at, path
        QList<std::pair<qint64, qint64>> assigned; // asset id, tag id
        QStringList roots; // the subtrees' paths when taken
    };
    Snapshot snapshot(const QList<qint64> &ids) const;
    // Removes what now stands at the snapshot's roots and puts the snapshot back.
    bool restore(const Snapshot &snapshot, QString &error);
    // Takes away the tags of `current` (taken after an edit) and puts `wanted` back: undoing and
    // redoing an edit of the tree, with the same tag ids either way.
    bool replace(const Snapshot &current, const Snapshot &wanted, QString &error);
    // The ids of the tags in a snapshot.
    static QList<qint64> idsOf(const Snapshot &snapshot);

    // Every tag link (asset id, tag id), in asset order; false with the message.
    bool forEachLink(const std::function<void(qint64 assetId, qint64 tagId)> &visit, QString &error) const;
    // The assets carrying exactly this tag.
    std::optional<QSet<qint64>> assetsWith(qint64 tagId, QString &error) const;
    // For the tags of `assetIds`: tag path -> how many of them carry it. Many assets (a "select
    // all") are counted by reading the links in their id range once, not looked up one by one
    // (3.2 million links: 0.3 s against 4 s); nullopt with an empty `error` when `stopped` says so.
    std::optional<QMap<QString, int>> countsAmong(const QList<qint64> &assetIds, QString &error,
                                                  const std::function<bool()> &stopped = {}) const;
    // From how many assets countsAmong() reads the links instead of looking them up.
    static constexpr qsizetype kCountByReading = 20'000;

    QHash<qint64, QString> allPaths() const; // tag id -> full path
    QStringList pathsForAsset(qint64 assetId) const;
    QHash<qint64, QStringList> pathsForAllAssets() const;
    // The tags of `assetIds` (those that have any), each asset's in path order.
    std::optional<QHash<qint64, QStringList>> pathsFor(const QList<qint64> &assetIds, QString &error) const;

private:
    // SELECT `select` over the tags of `assetIds` (x: their links, t: the tags), then `rest`.
    std::optional<QSqlQuery> tagsOf(const QString &select, const QString &rest, const QList<qint64> &assetIds,
                                    QString &error) const;
    std::optional<qint64> childNamed(std::optional<qint64> parentId, const QString &name) const;
    bool setPathPrefix(const QString &oldPath, const QString &newPath, QString &error);

    QSqlDatabase m_db;
};
