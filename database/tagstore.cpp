#include "tagstore.h"

#include "catalogbackend.h"
#include "querytext.h"
#include "sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

QString parentPathOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// Runs `sql` once for all of `assetIds`, binding the tag and then the ids (its "%1" is where
// `column` is matched against them: CatalogBackend::idIn): how many links it changed (added or taken away),
// or -1 with the driver's message. One statement, not one an asset: SQLite's search index writes what each
// statement changed as a piece of its own (FTS5 syncs at every statement's end), so tagging 10,000 assets one
// statement each wrote 10,000 pieces and merged them.
int forAssets(const QSqlDatabase &db, const QString &sql, const QString &column, qint64 tagId,
              const QList<qint64> &assetIds, QString &error)
{
    if (assetIds.isEmpty())
        return 0;
    const CatalogBackend &backend = CatalogBackend::of(db);
    QSqlQuery query(db);
    if (!query.prepare(sql.arg(backend.idIn(column)))) {
        error = query.lastError().text();
        return -1;
    }
    query.addBindValue(tagId);
    query.addBindValue(backend.idList(assetIds));
    if (!query.exec()) {
        error = query.lastError().text();
        return -1;
    }
    return std::max(0, query.numRowsAffected());
}

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

std::optional<qint64> TagStore::childNamed(std::optional<qint64> parentId, const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM tags WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) AND name = ?"_s);
    query.addBindValue(nullable(parentId));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> TagStore::findPath(const QString &path) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM tags WHERE path = ?"_s);
    query.addBindValue(path);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> TagStore::ensurePath(const QString &rawPath, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString path = normalizePath(rawPath, error);
    if (path.isEmpty())
        return std::nullopt;
    std::optional<qint64> parent;
    QString soFar;
    for (const QString &level : path.split(u'/')) {
        soFar = soFar.isEmpty() ? level : soFar + u'/' + level;
        if (!Sql::exec(
                m_db,
                u"INSERT INTO tags (parent_id, name, path, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                { nullable(parent), level, soFar, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                error))
            return std::nullopt;
        parent = findPath(soFar);
        if (!parent) {
            error = tr("cannot create the tag %1").arg(soFar);
            return std::nullopt;
        }
    }
    return parent;
}

std::optional<TagStore::Tag> TagStore::tag(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT t.id, t.parent_id, t.name, t.name_en, t.path, t.vocabulary, t.sort_order, "
                  "(SELECT count(*) FROM asset_tags x WHERE x.tag_id = t.id) FROM tags t WHERE t.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Tag tag;
    tag.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        tag.parentId = query.value(1).toLongLong();
    tag.name = query.value(2).toString();
    tag.nameEn = query.value(3).toString();
    tag.path = query.value(4).toString();
    tag.vocabulary = query.value(5).toString();
    tag.sortOrder = query.value(6).toInt();
    tag.assetCount = query.value(7).toInt();
    return tag;
}

QList<TagStore::Tag> TagStore::all() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(u"SELECT t.id, t.parent_id, t.name, t.name_en, t.path, t.vocabulary, t.sort_order, "
               "COALESCE(c.n, 0) FROM tags t LEFT JOIN (SELECT tag_id, count(*) AS n FROM asset_tags "
               "GROUP BY tag_id) c ON c.tag_id = t.id ORDER BY t.path"_s);
    QList<Tag> tags;
    while (query.next()) {
        Tag tag;
        tag.id = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            tag.parentId = query.value(1).toLongLong();
        tag.name = query.value(2).toString();
        tag.nameEn = query.value(3).toString();
        tag.path = query.value(4).toString();
        tag.vocabulary = query.value(5).toString();
        tag.sortOrder = query.value(6).toInt();
        tag.assetCount = query.value(7).toInt();
        tags.append(tag);
    }
    return tags;
}

bool TagStore::setPathPrefix(const QString &oldPath, const QString &newPath, QString &error)
{
    const Sql::WriteScope scope(m_db);
    // The tag itself and every descendant: "a/b" and "a/b/..." (compared without LIKE, so that
    // % and _ in tag names are plain characters).
    const auto [under, binds] = QueryText::pathOrBelow(u"path"_s, oldPath);
    return Sql::exec(m_db, u"UPDATE tags SET path = ? || substr(path, ?) WHERE %1"_s.arg(under),
                     QVariantList { newPath, QueryText::sqlLength(oldPath) + 1 } + binds, error);
}

bool TagStore::rename(qint64 id, const QString &rawName, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QString name = rawName.simplified();
    if (name.isEmpty() || name.contains(u'/')) {
        error = tr("a tag name cannot be empty or contain \"/\"");
        return false;
    }
    const auto current = tag(id);
    if (!current) {
        error = tr("no such tag");
        return false;
    }
    if (name == current->name)
        return true;
    if (childNamed(current->parentId, name)) {
        const QString parent = parentPathOf(current->path);
        error = tr("there is already a tag %1 (merge the two instead)")
                    .arg(parent.isEmpty() ? name : parent + u'/' + name);
        return false;
    }
    const QString parent = parentPathOf(current->path);
    return Sql::exec(m_db, u"UPDATE tags SET name = ? WHERE id = ?"_s, { name, id }, error)
        && setPathPrefix(current->path, parent.isEmpty() ? name : parent + u'/' + name, error);
}

bool TagStore::move(qint64 id, std::optional<qint64> parentId, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const auto current = tag(id);
    if (!current) {
        error = tr("no such tag");
        return false;
    }
    QString parentPath;
    if (parentId) {
        const auto parent = tag(*parentId);
        if (!parent) {
            error = tr("no such tag");
            return false;
        }
        if (*parentId == id || parent->path.startsWith(current->path + u'/')) {
            error = tr("a tag cannot go inside itself");
            return false;
        }
        parentPath = parent->path;
    }
    if (current->parentId == parentId)
        return true;
    if (childNamed(parentId, current->name)) {
        error = tr("there is already a tag %1 (merge the two instead)")
                    .arg(parentPath.isEmpty() ? current->name : parentPath + u'/' + current->name);
        return false;
    }
    return Sql::exec(m_db, u"UPDATE tags SET parent_id = ? WHERE id = ?"_s, { nullable(parentId), id }, error)
        && setPathPrefix(current->path,
                         parentPath.isEmpty() ? current->name : parentPath + u'/' + current->name, error);
}

bool TagStore::merge(qint64 source, qint64 target, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const auto from = tag(source);
    const auto into = tag(target);
    if (!from || !into) {
        error = tr("no such tag");
        return false;
    }
    if (source == target)
        return true;
    if (into->path.startsWith(from->path + u'/')) {
        error = tr("a tag cannot go inside itself");
        return false;
    }
    if (!Sql::exec(
            m_db,
            u"INSERT INTO asset_tags (asset_id, tag_id) SELECT asset_id, ? FROM asset_tags WHERE tag_id = ? "
            "ON CONFLICT DO NOTHING"_s,
            { target, source }, error))
        return false;
    QSqlQuery children(m_db);
    children.prepare(u"SELECT id, name FROM tags WHERE parent_id = ?"_s);
    children.addBindValue(source);
    if (!children.exec()) {
        error = children.lastError().text();
        return false;
    }
    QList<std::pair<qint64, QString>> list;
    while (children.next())
        list.append({ children.value(0).toLongLong(), children.value(1).toString() });
    for (const auto &[childId, childName] : list) {
        const auto twin = childNamed(target, childName);
        if (twin ? !merge(childId, *twin, error) : !move(childId, target, error))
            return false;
    }
    return remove(source, error);
}

bool TagStore::remove(qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const auto current = tag(id);
    if (!current) {
        error = tr("no such tag");
        return false;
    }
    // The tag and everything under it, by path; their asset_tags rows go with them (ON DELETE
    // CASCADE), and the search index follows through its triggers.
    const auto [under, binds] = QueryText::pathOrBelow(u"path"_s, current->path);
    return Sql::exec(m_db, u"DELETE FROM tags WHERE %1"_s.arg(under), binds, error);
}

int TagStore::addToAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error)
{
    const Sql::WriteScope scope(m_db);
    return forAssets(m_db,
                     u"INSERT INTO asset_tags (asset_id, tag_id) SELECT id, ? FROM assets WHERE %1 "
                     "ON CONFLICT DO NOTHING"_s,
                     u"id"_s, tagId, assetIds, error);
}

int TagStore::removeFromAssets(qint64 tagId, const QList<qint64> &assetIds, QString &error)
{
    const Sql::WriteScope scope(m_db);
    return forAssets(m_db, u"DELETE FROM asset_tags WHERE tag_id = ? AND %1"_s, u"asset_id"_s, tagId,
                     assetIds, error);
}

QList<std::pair<QString, qint64>> TagStore::assignmentsInSubtree(qint64 id) const
{
    QList<std::pair<QString, qint64>> out;
    const auto current = tag(id);
    if (!current)
        return out;
    QSqlQuery query(m_db);
    const auto [under, binds] = QueryText::pathOrBelow(u"t.path"_s, current->path);
    query.prepare(
        u"SELECT t.path, x.asset_id FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE %1"_s.arg(under));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    query.exec();
    while (query.next())
        out.append({ query.value(0).toString(), query.value(1).toLongLong() });
    return out;
}

TagStore::Snapshot TagStore::snapshot(const QList<qint64> &ids) const
{
    Snapshot out;
    for (const qint64 id : ids) {
        const auto root = tag(id);
        if (!root || out.roots.contains(root->path))
            continue;
        out.roots.append(root->path);
        QSqlQuery query(m_db);
        const auto [under, binds] = QueryText::pathOrBelow(u"path"_s, root->path);
        query.prepare(
            u"SELECT id, parent_id, name, name_en, vocabulary, sort_order, created_at, path FROM tags "
            "WHERE %1 ORDER BY length(path)"_s.arg(under));
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        query.exec();
        QList<qint64> tagIds;
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < 8; ++column)
                row.append(query.value(column));
            out.tags.append(row);
            tagIds.append(query.value(0).toLongLong());
        }
        QSqlQuery assigned(m_db);
        assigned.prepare(u"SELECT asset_id FROM asset_tags WHERE tag_id = ?"_s);
        for (const qint64 tagId : std::as_const(tagIds)) {
            assigned.addBindValue(tagId);
            assigned.exec();
            while (assigned.next())
                out.assigned.append({ assigned.value(0).toLongLong(), tagId });
        }
    }
    return out;
}

bool TagStore::restore(const Snapshot &snapshot, QString &error)
{
    const Sql::WriteScope scope(m_db);
    for (const QString &root : snapshot.roots) {
        const auto [under, binds] = QueryText::pathOrBelow(u"path"_s, root);
        if (!Sql::exec(m_db, u"DELETE FROM tags WHERE %1"_s.arg(under), binds, error))
            return false;
    }
    for (const QVariantList &row : snapshot.tags) { // parents come first (shorter paths)
        // A tag created since at the same place (same parent and name) gives way.
        if (!Sql::exec(m_db, u"DELETE FROM tags WHERE path = ?"_s, { row.at(7) }, error)
            || !Sql::exec(
                m_db,
                u"INSERT INTO tags (id, parent_id, name, name_en, vocabulary, sort_order, created_at, path) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                row, error))
            return false;
    }
    for (const auto &[asset, tagId] : snapshot.assigned) {
        if (!Sql::exec(m_db,
                       u"INSERT INTO asset_tags (asset_id, tag_id) SELECT id, ? FROM assets WHERE id = ? "
                       "ON CONFLICT DO NOTHING"_s,
                       { tagId, asset }, error))
            return false;
    }
    return true;
}

bool TagStore::replace(const Snapshot &current, const Snapshot &wanted, QString &error)
{
    const Sql::WriteScope scope(m_db);
    for (const qint64 id : idsOf(current)) {
        // Children go with their parent (ON DELETE CASCADE), and so do their assignments.
        if (!Sql::exec(m_db, u"DELETE FROM tags WHERE id = ?"_s, { id }, error))
            return false;
    }
    for (const qint64 id : idsOf(wanted)) { // moved or renamed since: wherever it is now
        if (!Sql::exec(m_db, u"DELETE FROM tags WHERE id = ?"_s, { id }, error))
            return false;
    }
    return restore(wanted, error);
}

QList<qint64> TagStore::idsOf(const Snapshot &snapshot)
{
    QList<qint64> ids;
    ids.reserve(snapshot.tags.size());
    for (const QVariantList &row : snapshot.tags)
        ids.append(row.at(0).toLongLong());
    return ids;
}

QHash<qint64, QString> TagStore::allPaths() const
{
    QHash<qint64, QString> paths;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(u"SELECT id, path FROM tags"_s);
    while (query.next())
        paths.insert(query.value(0).toLongLong(), query.value(1).toString());
    return paths;
}

QStringList TagStore::pathsForAsset(qint64 assetId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT t.path FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE x.asset_id = ? "
                  "ORDER BY t.path"_s);
    query.addBindValue(assetId);
    query.exec();
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
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

bool TagStore::forEachLink(const std::function<void(qint64 assetId, qint64 tagId)> &visit,
                           QString &error) const
{
    // Through the C API: this is read whole for the facets and the sidebar's counts.
    return CatalogBackend::of(m_db).forEachRow(
        m_db, u"SELECT asset_id, tag_id FROM asset_tags ORDER BY asset_id"_s, {},
        [&](const CatalogBackend::Row &row) { visit(row.integer(0), row.integer(1)); }, error);
}

std::optional<QSet<qint64>> TagStore::assetsWith(qint64 tagId, QString &error) const
{
    const auto ids = Sql::ids(m_db, u"SELECT asset_id FROM asset_tags WHERE tag_id = ?"_s, { tagId }, error);
    return ids ? std::optional(QSet<qint64>(ids->cbegin(), ids->cend())) : std::nullopt;
}

std::optional<QSqlQuery> TagStore::tagsOf(const QString &select, const QString &rest,
                                          const QList<qint64> &assetIds, QString &error) const
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    return Sql::select(m_db,
                       u"SELECT %1 FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE %2 %3"_s.arg(
                           select, backend.idIn(u"x.asset_id"_s), rest),
                       { backend.idList(assetIds) }, error);
}

std::optional<QHash<qint64, QStringList>> TagStore::pathsFor(const QList<qint64> &assetIds,
                                                             QString &error) const
{
    auto query = tagsOf(u"x.asset_id, t.path"_s, u"ORDER BY x.asset_id, t.path"_s, assetIds, error);
    if (!query)
        return std::nullopt;
    QHash<qint64, QStringList> out;
    while (query->next())
        out[query->value(0).toLongLong()].append(query->value(1).toString());
    return out;
}

std::optional<QMap<QString, int>> TagStore::countsAmong(const QList<qint64> &assetIds, QString &error,
                                                        const std::function<bool()> &stopped) const
{
    if (assetIds.isEmpty())
        return QMap<QString, int> {};
    if (stopped && stopped())
        return std::nullopt;
    const auto [low, high] = std::minmax_element(assetIds.cbegin(), assetIds.cend());
    // A bit for each id of the range (at most 8 MB).
    if (assetIds.size() >= kCountByReading && *high - *low < (qint64(1) << 26)) {
        const qint64 first = *low;
        std::vector<bool> asked(size_t(*high - first + 1), false);
        for (const qint64 id : assetIds)
            asked[size_t(id - first)] = true;
        QHash<qint64, int> byTag;
        qint64 links = 0;
        bool halted = false;
        const bool ran = CatalogBackend::of(m_db).forEachRowWhile(
            m_db, u"SELECT asset_id, tag_id FROM asset_tags WHERE asset_id BETWEEN ? AND ?"_s,
            { first, *high },
            [&](const CatalogBackend::Row &row) {
                if (links++ % 65536 == 0 && stopped && stopped()) {
                    halted = true;
                    return false;
                }
                if (asked[size_t(row.integer(0) - first)])
                    ++byTag[row.integer(1)];
                return true;
            },
            error);
        if (halted) {
            error.clear();
            return std::nullopt;
        }
        if (!ran)
            return std::nullopt;
        const QHash<qint64, QString> paths = allPaths();
        QMap<QString, int> out;
        for (auto it = byTag.cbegin(); it != byTag.cend(); ++it) {
            const QString path = paths.value(it.key());
            if (!path.isEmpty())
                out.insert(path, it.value());
        }
        return out;
    }
    auto query = tagsOf(u"t.path, COUNT(*)"_s, u"GROUP BY t.path"_s, assetIds, error);
    if (!query)
        return std::nullopt;
    QMap<QString, int> out;
    while (query->next())
        out.insert(query->value(0).toString(), query->value(1).toInt());
    return out;
}
