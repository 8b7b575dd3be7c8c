#include "tagstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

} // namespace

TagStore::TagStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString TagStore::normalizePath(const QString &path, QString &error)
{
    QStringList levels = path.split(u'/');
    for (QString &level : levels) {
        level = level.simplified();
        if (level.isEmpty()) {
            error = tr("\"%1\" is not a tag: a tag path has no empty levels (write 天气/晴)").arg(path);
            return {};
        }
    }
    return levels.join(u'/');
}

std::optional<qint64> TagStore::findPath(const QString &path) const
{
    QVariant parent; // NULL for the top level
    const QStringList levels = path.split(u'/');
    QSqlQuery query(m_db);
    for (const QString &level : levels) {
        query.prepare(u"SELECT id FROM tags WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) AND name = ?"_s);
        query.addBindValue(parent);
        query.addBindValue(level);
        if (!query.exec() || !query.next())
            return std::nullopt;
        parent = query.value(0);
    }
    return parent.toLongLong();
}

std::optional<qint64> TagStore::ensurePath(const QString &rawPath, QString &error)
{
    const QString path = normalizePath(rawPath, error);
    if (path.isEmpty())
        return std::nullopt;
    QVariant parent;
    QSqlQuery query(m_db);
    for (const QString &level : path.split(u'/')) {
        query.prepare(u"INSERT INTO tags (parent_id, name, created_at) VALUES (?, ?, ?) "
                      "ON CONFLICT DO NOTHING"_s);
        query.addBindValue(parent);
        query.addBindValue(level);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec()) {
            error = query.lastError().text();
            return std::nullopt;
        }
        query.prepare(u"SELECT id FROM tags WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) AND name = ?"_s);
        query.addBindValue(parent);
        query.addBindValue(level);
        if (!query.exec() || !query.next()) {
            error = query.lastError().text();
            return std::nullopt;
        }
        parent = query.value(0);
    }
    return parent.toLongLong();
}

int TagStore::addToAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO asset_tags (asset_id, tag_id) SELECT id, ? FROM assets WHERE id = ? "
                  "ON CONFLICT DO NOTHING"_s);
    int added = 0;
    for (const qint64 assetId : assetIds) {
        query.addBindValue(tagId);
        query.addBindValue(assetId);
        if (!query.exec()) {
            error = query.lastError().text();
            return -1;
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

int TagStore::removeFromAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM asset_tags WHERE asset_id = ? AND tag_id = ?"_s);
    int removed = 0;
    for (const qint64 assetId : assetIds) {
        query.addBindValue(assetId);
        query.addBindValue(tagId);
        if (!query.exec()) {
            error = query.lastError().text();
            return -1;
        }
        removed += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return removed;
}

QHash<qint64, QString> TagStore::allPaths() const
{
    struct Row
    {
        qint64 parent;
        QString name;
    };
    QHash<qint64, Row> rows;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, COALESCE(parent_id, 0), name FROM tags"_s);
    while (query.next())
        rows.insert(query.value(0).toLongLong(),
                    Row { query.value(1).toLongLong(), query.value(2).toString() });
    QHash<qint64, QString> paths;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList levels { it->name };
        qint64 parent = it->parent;
        for (int depth = 0; parent != 0 && depth < 64; ++depth) { // depth guard against a cycle
            const auto up = rows.constFind(parent);
            if (up == rows.cend())
                break;
            levels.prepend(up->name);
            parent = up->parent;
        }
        paths.insert(it.key(), levels.join(u'/'));
    }
    return paths;
}

QStringList TagStore::pathsForAsset(qint64 assetId) const
{
    const QHash<qint64, QString> paths = allPaths();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT tag_id FROM asset_tags WHERE asset_id = ?"_s);
    query.addBindValue(assetId);
    query.exec();
    QStringList out;
    while (query.next())
        out.append(paths.value(query.value(0).toLongLong()));
    std::sort(out.begin(), out.end());
    return out;
}

QHash<qint64, QStringList> TagStore::pathsForAllAssets() const
{
    const QHash<qint64, QString> paths = allPaths();
    QHash<qint64, QStringList> out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(u"SELECT asset_id, tag_id FROM asset_tags"_s);
    while (query.next())
        out[query.value(0).toLongLong()].append(paths.value(query.value(1).toLongLong()));
    for (QStringList &list : out)
        std::sort(list.begin(), list.end());
    return out;
}
