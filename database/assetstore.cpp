#include "assetstore.h"

#include "assetfields.h"
#include "catalogbackend.h"
#include "geo.h"
#include "pathmap.h"
#include "querytext.h"
#include "similarity.h"
#include "sql.h"
#include "tagstore.h"
#include "thumbnailstore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// A file's place as the catalog spells it (pathmap.h).
FileLocation inCatalog(FileLocation at, const PathMap &paths)
{
    at.pathRaw = paths.toCatalog(at.pathRaw);
    at.path = paths.toCatalog(at.path);
    return at;
}

// A JSON array of `list` as the catalog stores lists (NULL when empty).
QVariant jsonList(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// CBOR value from the media worker -> SQL value: lists and maps become JSON text.
QVariant sqlValue(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray().toJsonArray()).toJson(QJsonDocument::Compact));
    if (value.isMap())
        return QString::fromUtf8(QJsonDocument(value.toMap().toJsonObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isInteger())
        return value.toInteger();
    if (value.isDouble())
        return value.toDouble();
    return value.toString();
}

// Runs `sql`, each row to `onRow`, unless `stop` says to stop (then false, with `error`
// AssetStore::kStopped).
bool readUnlessStopped(const CatalogBackend &backend, const QSqlDatabase &db,
                       const std::function<bool()> &stop, const QString &sql, const QVariantList &binds,
                       const std::function<void(const CatalogBackend::Row &)> &onRow, QString &error)
{
    // Stopped between rows, or on a server before the first while it works.
    bool finished = true;
    const bool read = backend.forEachRowWithin(
        db, sql, binds, -1,
        [&](const CatalogBackend::Row &row) {
            onRow(row);
            return true;
        },
        finished, error, stop);
    if (!finished)
        error = QString::fromLatin1(AssetStore::kStopped);
    return read && finished;
}

} // namespace

quint64 AssetStore::changeStamp() const
{
    return backend().changeStamp(m_db);
}

const CatalogBackend &AssetStore::backend() const
{
    return CatalogBackend::of(m_db);
}

AssetStore::AssetStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<KnownFile>> AssetStore::knownFilesAt(const QList<QByteArray> &paths, QString &error) const
{
    const PathMap map = PathMap::of(m_db);
    QList<KnownFile> out;
    constexpr qsizetype kChunk = 256; // binds in one statement
    for (qsizetype at = 0; at < paths.size(); at += kChunk) {
        QVariantList binds;
        QStringList marks;
        for (const QByteArray &path : paths.mid(at, kChunk)) {
            binds.append(map.toCatalog(path));
            marks.append(u"?"_s);
        }
        const auto files = knownFilesWhere(u"path_raw IN (%1)"_s.arg(marks.join(u", "_s)), binds, error);
        if (!files)
            return std::nullopt;
        out += *files;
    }
    return out;
}

bool AssetStore::forEachKnownFile(const QList<QByteArray> &roots,
                                  const std::function<bool(const KnownFile &)> &visit, QString &error,
                                  int page) const
{
    const PathMap map = PathMap::of(m_db);
    const QList<QByteArray> all { QByteArray("/") };
    for (QByteArray root : roots.isEmpty() ? all : roots) {
        while (root.size() > 1 && root.endsWith('/'))
            root.chop(1);
        root = map.toCatalog(root);
        // The root itself, then a range of the unique index on path_raw: byte by byte, '0' being
        // the byte after '/'. ("/" itself: everything below it; every path, for all.)
        const QByteArray below = root == "/" ? root : root + '/';
        QByteArray end = below;
        end.back() = char(end.back() + 1);
        const QString range =
            roots.isEmpty() ? u"true"_s : u"(path_raw = ? OR (path_raw >= ? AND path_raw < ?))"_s;
        const QVariantList rangeBinds = roots.isEmpty() ? QVariantList {} : QVariantList { root, below, end };
        // Pages after the last path read (the catalog's spelling), in the index's order.
        std::optional<QByteArray> after;
        for (;;) {
            QVariantList binds = rangeBinds;
            QString where = range;
            if (after) {
                where += u" AND path_raw > ?"_s;
                binds.append(*after);
            }
            where += u" ORDER BY path_raw LIMIT %1"_s.arg(page);
            QByteArray last;
            const auto files = knownFilesWhere(where, binds, error, &last);
            if (!files)
                return false;
            for (const KnownFile &file : *files) {
                if (!visit(file))
                    return true;
            }
            if (files->size() < page)
                break;
            after = last;
        }
    }
    return true;
}

std::optional<QList<KnownFile>> AssetStore::knownFilesWithHash(const QString &contentHash,
                                                               QString &error) const
{
    // The oldest first, on either engine (a server's order of equal keys is where the rows lie).
    return knownFilesWhere(u"content_hash = ? ORDER BY id"_s, { contentHash }, error);
}

std::optional<QList<KnownFile>> AssetStore::knownFilesWhere(const QString &where, const QVariantList &binds,
                                                            QString &error, QByteArray *lastPath) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, path_raw, size_bytes, mtime_ns, content_hash, status, error IS NOT NULL, "
                  "processed_version, poster_chosen_s FROM assets WHERE "_s
                  + where);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        error = query.lastError().text();
        return std::nullopt;
    }
    QList<KnownFile> files;
    const PathMap paths = PathMap::of(m_db);
    while (query.next()) {
        if (lastPath)
            *lastPath = query.value(1).toByteArray(); // as the catalog spells it
        files.append(
            KnownFile { query.value(0).toLongLong(), paths.toLocal(query.value(1).toByteArray()),
                        query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toBool(), query.value(7).toInt(),
                        query.value(8).isNull() ? std::nullopt : std::optional(query.value(8).toDouble()) });
    }
    return files;
}

struct AssetStore::Saving
{
    explicit Saving(const QSqlDatabase &db)
        : upsert(db)
        , dropShots(db)
        , dropColors(db)
    {
    }
    QStringList columns; // those the upsert was written for
    QSqlQuery upsert, dropShots, dropColors;
};

std::optional<qint64> AssetStore::save(const ProcessedFile &file, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const FileLocation at = inCatalog(file.location, PathMap::of(m_db));
    bool hasPoster = false;
    for (const StoredThumbnail &thumbnail : file.thumbnails)
        hasPoster = hasPoster || thumbnail.kind == ThumbnailStore::Poster;

    QStringList columns { u"kind"_s,       u"path"_s,       u"path_raw"_s,          u"file_name"_s,
                          u"volume_id"_s,  u"size_bytes"_s, u"mtime_ns"_s,          u"content_hash"_s,
                          u"status"_s,     u"error"_s,      u"processed_version"_s, u"has_poster"_s,
                          u"updated_at"_s, u"verified_at"_s };
    const QString stamp = now();
    QVariantList values { file.kind,
                          at.path,
                          at.pathRaw,
                          at.fileName,
                          at.volumeId ? QVariant(*at.volumeId) : QVariant(),
                          at.sizeBytes,
                          at.mtimeNs,
                          file.contentHash.isEmpty() ? QVariant() : QVariant(file.contentHash),
                          file.failed ? u"failed"_s : u"ok"_s,
                          file.failed ? QVariant(file.error) : QVariant(),
                          file.processedVersion,
                          hasPoster ? 1 : 0,
                          stamp,
                          stamp };
    for (const QString &column : AssetFields::factColumns()) {
        columns.append(column);
        values.append(sqlValue(file.facts.value(column == "media_json"_L1 ? u"media"_s : column)));
    }
    for (const QString &column : AssetFields::derivedColumns()) {
        columns.append(column);
        values.append(sqlValue(file.derived.value(column)));
    }

    QStringList updates;
    for (const QString &column : std::as_const(columns))
        updates.append(column + u" = excluded."_s + column);
    // A file processed again has changed: what the analysis found of the old one is gone.
    updates.append(u"analysis_version = NULL, analyzed_at = NULL, analysis_error = NULL, shot_count = NULL, "
                   "people = NULL, signature = NULL, colors = NULL, exposure = NULL, color_temp_k = NULL, "
                   "sun_elevation = NULL, light = NULL"_s);
    const QString placeholders = QStringList(columns.size() + 1, u"?"_s).join(u", "_s);

    if (!m_saving || m_saving->columns != columns) {
        auto saving = std::make_shared<Saving>(m_db);
        saving->columns = columns;
        if (!saving->upsert.prepare(
                u"INSERT INTO assets (added_at, %1) VALUES (%2) ON CONFLICT (path_raw) DO "
                "UPDATE SET %3 RETURNING id"_s.arg(columns.join(u", "_s), placeholders,
                                                   updates.join(u", "_s)))
            || !saving->dropShots.prepare(u"DELETE FROM asset_shots WHERE asset_id = ?"_s)
            || !saving->dropColors.prepare(u"DELETE FROM asset_colors WHERE asset_id = ?"_s)) {
            for (const QSqlQuery *query : { &saving->upsert, &saving->dropShots, &saving->dropColors }) {
                if (query->lastError().isValid())
                    error = query->lastError().text();
            }
            return std::nullopt;
        }
        m_saving = std::move(saving);
    }
    QSqlQuery &query = m_saving->upsert;
    query.addBindValue(stamp);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        error = query.lastError().text();
        query.finish();
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    for (QSqlQuery *drop : { &m_saving->dropShots, &m_saving->dropColors }) {
        drop->addBindValue(id);
        if (!drop->exec()) {
            error = drop->lastError().text();
            return std::nullopt;
        }
    }
    return id;
}

bool AssetStore::relink(qint64 id, const FileLocation &to, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE assets SET path = ?, path_raw = ?, file_name = ?, volume_id = ?, size_bytes = ?, "
        "mtime_ns = ?, status = CASE WHEN error IS NULL THEN 'ok' ELSE 'failed' END, updated_at = ?, "
        "verified_at = ? WHERE id = ?"_s);
    const QString stamp = now();
    const FileLocation at = inCatalog(to, PathMap::of(m_db));
    query.addBindValue(at.path);
    query.addBindValue(at.pathRaw);
    query.addBindValue(to.fileName);
    query.addBindValue(to.volumeId ? QVariant(*to.volumeId) : QVariant());
    query.addBindValue(to.sizeBytes);
    query.addBindValue(to.mtimeNs);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

bool AssetStore::markPresent(qint64 id, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE assets SET status = CASE WHEN error IS NULL THEN 'ok' ELSE 'failed' END, "
                  "verified_at = ? WHERE id = ?"_s);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

bool AssetStore::markOffline(const QList<qint64> &ids, QString &error)
{
    const Sql::WriteScope scope(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE assets SET status = 'offline', updated_at = ? WHERE id = ? AND status <> 'offline'"_s);
    const QString stamp = now();
    for (const qint64 id : ids) {
        query.addBindValue(stamp);
        query.addBindValue(id);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool AssetStore::isEditableField(const QString &column)
{
    static const QStringList fields { u"title"_s,   u"description"_s,    u"rights_holder"_s,
                                      u"licence"_s, u"licence_expiry"_s, u"releases"_s,
                                      u"notes"_s,   u"rating"_s,         u"location_id"_s };
    return fields.contains(column);
}

std::optional<QHash<qint64, QVariant>> AssetStore::setField(const QList<qint64> &ids, const QString &column,
                                                            const QVariant &value, QString &error)
{
    const Sql::WriteScope scope(m_db);
    if (!isEditableField(column)) {
        error = u"%1 is not a field people edit"_s.arg(column);
        return std::nullopt;
    }
    QHash<qint64, QVariant> previous;
    QSqlQuery read(m_db);
    read.prepare(u"SELECT %1 FROM assets WHERE id = ?"_s.arg(column));
    QSqlQuery write(m_db);
    write.prepare(u"UPDATE assets SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(column));
    const QString stamp = now();
    for (const qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec() || !read.next())
            continue; // removed meanwhile
        previous.insert(id, read.value(0));
        write.addBindValue(value);
        write.addBindValue(stamp);
        write.addBindValue(id);
        if (!write.exec()) {
            error = write.lastError().text();
            return std::nullopt;
        }
    }
    return previous;
}

std::optional<QHash<qint64, QVariant>>
AssetStore::restoreField(const QString &column, const QHash<qint64, QVariant> &values, QString &error)
{
    const Sql::WriteScope scope(m_db);
    if (!isEditableField(column)) {
        error = u"%1 is not a field people edit"_s.arg(column);
        return std::nullopt;
    }
    QHash<qint64, QVariant> before;
    QSqlQuery read(m_db);
    read.prepare(u"SELECT %1 FROM assets WHERE id = ?"_s.arg(column));
    QSqlQuery write(m_db);
    write.prepare(u"UPDATE assets SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(column));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        read.addBindValue(it.key());
        if (!read.exec() || !read.next())
            continue; // removed meanwhile
        before.insert(it.key(), read.value(0));
        write.addBindValue(it.value());
        write.addBindValue(now());
        write.addBindValue(it.key());
        if (!write.exec()) {
            error = write.lastError().text();
            return std::nullopt;
        }
    }
    return before;
}

std::optional<AssetStore::Snapshot> AssetStore::remove(const QList<qint64> &ids, QString &error)
{
    const Sql::WriteScope scope(m_db);
    Snapshot snapshot;
    QSqlQuery read(m_db);
    read.prepare(u"SELECT * FROM assets WHERE id = ?"_s);
    QSqlQuery tags(m_db);
    tags.prepare(u"SELECT tag_id FROM asset_tags WHERE asset_id = ?"_s);
    QSqlQuery erase(m_db);
    erase.prepare(u"DELETE FROM assets WHERE id = ?"_s);
    for (const qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec() || !read.next())
            continue;
        const QSqlRecord record = read.record();
        // What the catalog computes from the other columns (the generated camera) is not written
        // back; sort_name is written and made again by its trigger.
        const auto stored = [&](int i) { return record.fieldName(i) != "camera"_L1; };
        if (snapshot.columns.isEmpty()) {
            for (int i = 0; i < record.count(); ++i) {
                if (stored(i))
                    snapshot.columns.append(record.fieldName(i));
            }
        }
        QVariantList row;
        for (int i = 0; i < record.count(); ++i) {
            if (stored(i))
                row.append(record.value(i));
        }
        snapshot.rows.append(row);
        tags.addBindValue(id);
        tags.exec();
        while (tags.next())
            snapshot.tags.append({ id, tags.value(0).toLongLong() });
        erase.addBindValue(id);
        if (!erase.exec()) {
            error = erase.lastError().text();
            return std::nullopt;
        }
    }
    return snapshot;
}

bool AssetStore::restore(const Snapshot &snapshot, QString &error)
{
    const Sql::WriteScope scope(m_db);
    if (snapshot.rows.isEmpty())
        return true;
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO assets (%1) VALUES (%2)"_s.arg(
        snapshot.columns.join(u", "_s), QStringList(snapshot.columns.size(), u"?"_s).join(u", "_s)));
    for (const QVariantList &row : snapshot.rows) {
        for (const QVariant &value : row)
            insert.addBindValue(value);
        if (!insert.exec()) {
            error = insert.lastError().text();
            return false;
        }
    }
    QSqlQuery tag(m_db);
    tag.prepare(u"INSERT INTO asset_tags (asset_id, tag_id) SELECT ?, id FROM tags WHERE id = ? "
                "ON CONFLICT DO NOTHING"_s);
    for (const auto &[asset, tagId] : snapshot.tags) {
        tag.addBindValue(asset);
        tag.addBindValue(tagId);
        if (!tag.exec()) {
            error = tag.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<QSqlRecord> AssetStore::firstRow(const QString &sql, const QVariant &bind) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.record();
}

std::optional<qint64> AssetStore::idForPath(const QByteArray &pathRaw) const
{
    const auto row =
        firstRow(u"SELECT id FROM assets WHERE path_raw = ?"_s, PathMap::of(m_db).toCatalog(pathRaw));
    return row ? std::optional(row->value(0).toLongLong()) : std::nullopt;
}

std::optional<QByteArray> AssetStore::rawPathOf(qint64 id) const
{
    const auto row = firstRow(u"SELECT path_raw FROM assets WHERE id = ?"_s, id);
    return row ? std::optional(PathMap::of(m_db).toLocal(row->value(0).toByteArray())) : std::nullopt;
}

std::optional<QJsonObject> AssetStore::assetJson(qint64 id) const
{
    const auto row = firstRow(u"SELECT %1 FROM assets a WHERE a.id = ?"_s.arg(AssetFields::selectList()), id);
    return row ? std::optional(AssetFields::toJson(*row, TagStore(m_db).pathsForAsset(id))) : std::nullopt;
}

std::optional<QHash<qint64, QJsonObject>> AssetStore::assetsJson(const QList<qint64> &ids,
                                                                 QString &error) const
{
    QHash<qint64, QJsonObject> out;
    if (ids.isEmpty())
        return out;
    const auto tags = TagStore(m_db).pathsFor(ids, error);
    if (!tags)
        return std::nullopt;
    auto query = Sql::select(
        m_db, u"SELECT %1 FROM assets a WHERE %2"_s.arg(AssetFields::selectList(), backend().idIn(u"a.id"_s)),
        { backend().idList(ids) }, error);
    if (!query)
        return std::nullopt;
    while (query->next()) {
        const QSqlRecord row = query->record();
        const qint64 id = row.value(u"id"_s).toLongLong();
        out.insert(id, AssetFields::toJson(row, tags->value(id)));
    }
    return out;
}

std::optional<std::pair<QString, QString>> AssetStore::hashAndKind(qint64 id) const
{
    const auto row = firstRow(u"SELECT content_hash, kind FROM assets WHERE id = ?"_s, id);
    return row ? std::optional(std::pair { row->value(0).toString(), row->value(1).toString() })
               : std::nullopt;
}
std::optional<PosterRecord> AssetStore::setPoster(qint64 id, const PosterRecord &poster, QSqlDatabase &thumbs,
                                                  QString &error)
{
    const Sql::WriteScope scope(m_db);
    const auto row =
        firstRow(u"SELECT content_hash, kind, poster_chosen_s, poster_time_s FROM assets WHERE id = ?"_s, id);
    if (!row) {
        error = QCoreApplication::translate("AssetStore", "there is no asset %1").arg(id);
        return std::nullopt;
    }
    const QString hash = row->value(0).toString();
    if (hash.isEmpty() || row->value(1).toString() != "video"_L1) {
        error = QCoreApplication::translate("AssetStore", "asset %1 is no clip that was read").arg(id);
        return std::nullopt;
    }
    const auto optionalReal = [](const QVariant &value) {
        return value.isNull() ? std::nullopt : std::optional(value.toDouble());
    };
    PosterRecord before { optionalReal(row->value(2)), optionalReal(row->value(3)), {} };
    for (const ThumbnailStore::Kind kind : { ThumbnailStore::Poster, ThumbnailStore::PosterLarge }) {
        if (auto stored = ThumbnailStore::get(thumbs, hash, kind))
            before.pictures.append(*stored);
    }
    bool grid = false;
    for (const StoredThumbnail &picture : poster.pictures) {
        if (picture.kind != ThumbnailStore::Poster && picture.kind != ThumbnailStore::PosterLarge) {
            error = u"a poster has no pictures of kind %1"_s.arg(picture.kind);
            return std::nullopt;
        }
        grid = grid || picture.kind == ThumbnailStore::Poster;
        if (!ThumbnailStore::put(thumbs, hash, picture, error))
            return std::nullopt;
    }
    if (!grid) {
        error = QCoreApplication::translate("AssetStore", "the poster has no picture");
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE assets SET poster_chosen_s = ?, poster_time_s = ?, has_poster = 1, updated_at = ? "
                  "WHERE content_hash = ?"_s);
    const auto bindReal = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
    };
    query.addBindValue(bindReal(poster.chosenS));
    query.addBindValue(bindReal(poster.timeS));
    query.addBindValue(now());
    query.addBindValue(hash);
    if (!query.exec()) {
        error = query.lastError().text();
        return std::nullopt;
    }
    return before;
}

QString AssetStore::fromWhere(const CatalogBackend &backend, const AssetQuery &query, QVariantList &binds)
{
    QStringList where;
    QString from;
    if (query.hasWords()) {
        // The search index drives: a filter's index would test the words asset by asset.
        from = backend.fromMatching(u"asset_fts"_s, u"assets"_s, u"a"_s);
        where.append(backend.matches(u"asset_fts"_s));
        binds.append(backend.wordsBind(query.words));
        if (query.fromId > 0) {
            where.append(backend.indexedId(u"asset_fts"_s) + u" >= ?"_s);
            binds.append(query.fromId);
        }
    } else {
        from = u" FROM assets a"_s;
        if (query.fromId > 0) {
            where.append(u"a.id >= ?"_s);
            binds.append(query.fromId);
        }
    }
    where += query.conditions;
    binds += query.binds;
    QString sql = where.isEmpty() ? from : from + u" WHERE "_s + where.join(u" AND "_s);
    backend.adapt(sql, binds);
    return sql;
}

QString AssetStore::selectSql(const CatalogBackend &backend, const QString &columns, const AssetQuery &query,
                              AssetSort sort, int limit, QVariantList &binds)
{
    const bool bySimilarity = !query.similarOrder.isEmpty();
    if (sort == AssetSort::Relevance && !query.hasWords() && !bySimilarity)
        sort = AssetSort::Newest;
    QString sql = u"SELECT %1"_s.arg(columns) + fromWhere(backend, query, binds);
    if (sort == AssetSort::Relevance && bySimilarity) {
        // The best match is the nearest: the look-alikes' own order.
        sql += u" ORDER BY %1, a.id"_s.arg(backend.positionIn(u"a.id"_s));
        binds.append(backend.idList(query.similarOrder));
        if (limit > 0)
            sql += u" LIMIT %1"_s.arg(limit);
        return sql;
    }
    switch (sort) {
    case AssetSort::Relevance: {
        // Where the words are found: title, then tags, then description, then the rest (path,
        // camera, codec, ...); newest first within each. (The desktop app orders the same way in
        // memory.)
        sql +=
            u" ORDER BY %1, COALESCE(a.created_at, a.added_at) DESC, a.id DESC"_s.arg(relevanceTier(backend));
        binds += tierBinds(backend, query);
        break;
    }
    case AssetSort::Newest:
        sql += u" ORDER BY COALESCE(a.created_at, a.added_at) DESC, a.id DESC"_s;
        break;
    case AssetSort::Oldest:
        sql += u" ORDER BY COALESCE(a.created_at, a.added_at), a.id"_s;
        break;
    case AssetSort::Longest:
        sql += u" ORDER BY a.duration_s DESC NULLS LAST, a.id"_s;
        break;
    case AssetSort::Shortest:
        sql += u" ORDER BY a.duration_s NULLS LAST, a.id"_s;
        break;
    case AssetSort::Name:
        sql += u" ORDER BY a.sort_name, a.id"_s; // SortKey::of the title, else the file name
        break;
    }
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    return sql;
}

bool AssetStore::forEachMatching(const AssetQuery &asked, AssetSort sort, int limit,
                                 const std::function<void(const QJsonObject &)> &visit, QString &error) const
{
    AssetQuery storage;
    const AssetQuery *resolvedQuery = resolved(asked, storage, error);
    if (!resolvedQuery)
        return false;
    const AssetQuery &assetQuery = *resolvedQuery;
    QVariantList binds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectSql(backend(), AssetFields::selectList(), assetQuery, sort, limit, binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    // A few hundred at a time with their tags: what is read grows with the answer, not with
    // every tag link of the catalog.
    QList<QSqlRecord> chunk;
    const auto flush = [&] {
        QList<qint64> ids;
        for (const QSqlRecord &record : std::as_const(chunk))
            ids.append(record.value(u"id"_s).toLongLong());
        const auto tags = TagStore(m_db).pathsFor(ids, error);
        if (!tags)
            return false;
        for (const QSqlRecord &record : std::as_const(chunk))
            visit(AssetFields::toJson(record, tags->value(record.value(u"id"_s).toLongLong())));
        chunk.clear();
        return true;
    };
    while (query.next()) {
        chunk.append(query.record());
        if (chunk.size() == 500 && !flush())
            return false;
    }
    return chunk.isEmpty() || flush();
}

const QStringList &AssetStore::relevanceColumns()
{
    static const QStringList columns { u"title"_s, u"tags"_s, u"description"_s };
    return columns;
}

namespace {

// The places of AssetStore::relevanceColumns() among the search index's columns (as migration
// 004 made them), in rank order.
const QList<int> &tierColumns()
{
    static const QList<int> columns = [] {
        static const QStringList indexColumns { u"title"_s, u"description"_s, u"tags"_s, u"names"_s };
        QList<int> places;
        for (const QString &column : AssetStore::relevanceColumns())
            places.append(int(indexColumns.indexOf(column)));
        return places;
    }();
    return columns;
}

} // namespace

QString AssetStore::relevanceTier(const CatalogBackend &backend)
{
    return backend.relevanceTier(u"asset_fts"_s, tierColumns());
}

QVariantList AssetStore::tierBinds(const CatalogBackend &backend, const AssetQuery &query)
{
    return backend.tierBinds(u"asset_fts"_s, tierColumns(), query.phraseWords, query.eachWord);
}

std::optional<AssetStore::Tiered> AssetStore::tiered(const QString &sql, const QVariantList &binds,
                                                     QString &error) const
{
    Tiered out;
    if (!readUnlessStopped(
            backend(), m_db, m_stop, sql, binds,
            [&](const CatalogBackend::Row &row) {
                out.ids.append(row.integer(0));
                out.tiers.append(quint8(row.integer(1)));
            },
            error))
        return std::nullopt;
    return out;
}

std::optional<AssetStore::Tiered> AssetStore::idsWithTiers(const AssetQuery &asked, QString &error) const
{
    AssetQuery storage;
    const AssetQuery *query = resolved(asked, storage, error);
    if (!query)
        return std::nullopt;
    if (!query->hasWords())
        return Tiered {};
    QVariantList binds = tierBinds(backend(), *query);
    QString sql;
    if (query->conditions.isEmpty()) { // the index alone
        sql = u"SELECT %1, %2 FROM asset_fts WHERE %3"_s.arg(
            backend().indexedId(u"asset_fts"_s), relevanceTier(backend()), backend().matches(u"asset_fts"_s));
        binds += matchingBinds(*query, backend().wordsBind(query->words));
        if (query->fromId > 0)
            sql += u" AND %1 >= ?"_s.arg(backend().indexedId(u"asset_fts"_s));
    } else {
        sql = u"SELECT a.id, %1"_s.arg(relevanceTier(backend())) + fromWhere(backend(), *query, binds);
    }
    return tiered(sql, binds, error);
}

std::optional<AssetStore::Tiered>
AssetStore::idsWithTiersAmong(const AssetQuery &words, const QList<qint64> &candidates, QString &error) const
{
    if (!words.hasWords() || !words.conditions.isEmpty() || words.fromId > 0) {
        error = u"idsWithTiersAmong: words alone"_s; // a caller's mistake
        return std::nullopt;
    }
    const QString id = backend().indexedId(u"asset_fts"_s);
    QVariantList binds = tierBinds(backend(), words);
    binds.append(backend().idList(candidates));
    binds.append(backend().wordsBind(words.words));
    const QString sql = u"SELECT %1, %2 FROM asset_fts WHERE %3 AND %4"_s.arg(
        id, relevanceTier(backend()), backend().idIn(id), backend().matchesRow(u"asset_fts"_s));
    return tiered(sql, binds, error);
}

const AssetQuery *AssetStore::resolved(const AssetQuery &query, AssetQuery &storage, QString &error) const
{
    const PathMap paths = query.folders.isEmpty() ? PathMap() : PathMap::of(m_db);
    if (!query.asksForLookAlikes() && paths.isEmpty())
        return &query;
    storage = query;
    // A folder typed as this machine sees it, as the catalog spells it.
    for (const AssetQuery::Folder &folder : query.folders) {
        const QString spelled = paths.toCatalog(folder.path);
        if (spelled == folder.path)
            continue;
        const auto [typedSql, typedBinds] = QueryText::pathOrBelow(u"a.path"_s, folder.path);
        const auto [sql, binds] = QueryText::pathOrBelow(u"a.path"_s, spelled);
        // (Both are the path and a range, or the path and a prefix; a caller that made the
        // conditions anew left the folder out.)
        if (binds.size() != typedBinds.size() || folder.condition >= storage.conditions.size()
            || folder.firstBind + binds.size() > storage.binds.size()
            || !storage.conditions.at(folder.condition).contains(typedSql)
            || storage.binds.mid(folder.firstBind, binds.size()) != typedBinds)
            continue;
        storage.conditions[folder.condition].replace(typedSql, sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            storage.binds[folder.firstBind + i] = binds.at(i);
    }
    if (!query.asksForLookAlikes())
        return &storage;
    if (m_similarity) {
        m_similarity->narrow(storage);
        return &storage;
    }
    const auto index = SimilarityIndex::load(m_db, error);
    if (!index)
        return nullptr;
    index->narrow(storage);
    return &storage;
}

std::optional<QList<qint64>> AssetStore::idsMatchingUnordered(const AssetQuery &query, QString &error) const
{
    AssetQuery storage;
    const AssetQuery *resolvedQuery = resolved(query, storage, error);
    if (!resolvedQuery)
        return std::nullopt;
    const AssetQuery &assetQuery = *resolvedQuery;
    QVariantList binds;
    QString sql;
    if (assetQuery.hasWords() && assetQuery.conditions.isEmpty()) {
        sql = matchingSql(backend(), assetQuery); // the index alone
        binds = matchingBinds(assetQuery, backend().wordsBind(assetQuery.words));
    } else {
        sql = u"SELECT a.id"_s + fromWhere(backend(), assetQuery, binds);
    }
    return ids(sql, binds, error);
}

std::optional<QList<qint64>> AssetStore::idsMatchingIn(const AssetQuery &query, const QString &column,
                                                       QString &error) const
{
    if (!query.hasWords())
        return QList<qint64> {};
    QString sql = backend().matchingIdsIn(u"asset_fts"_s, column);
    if (query.fromId > 0)
        sql += u" AND %1 >= ?"_s.arg(backend().indexedId(u"asset_fts"_s));
    return ids(sql, matchingBinds(query, backend().wordsBindIn(u"asset_fts"_s, column, query.words)), error);
}

QString AssetStore::matchingSql(const CatalogBackend &backend, const AssetQuery &query)
{
    const QString sql = backend.matchingIds(u"asset_fts"_s);
    return query.fromId > 0 ? sql + u" AND %1 >= ?"_s.arg(backend.indexedId(u"asset_fts"_s)) : sql;
}

QVariantList AssetStore::matchingBinds(const AssetQuery &query, const QVariant &match)
{
    return query.fromId > 0 ? QVariantList { match, query.fromId } : QVariantList { match };
}

std::optional<AssetStore::Tiered> AssetStore::idsLastCatalogued(const AssetQuery &asked, int limit,
                                                                int withinMs, bool &finished, QString &error,
                                                                const std::function<bool(qint64)> &keep) const
{
    AssetQuery storage;
    const AssetQuery *query = resolved(asked, storage, error);
    if (!query)
        return std::nullopt;
    // With `keep`, as many as the caller wants pass it; the matches are read until then, or,
    // where the page is found by ids alone (tierNeedsTheMatch), up to kKeepRead times as many,
    // so that the server plans for a first page, not for every match.
    const int read = !keep ? limit : backend().tierNeedsTheMatch() ? 0 : limit * kKeepRead;
    QVariantList binds;
    const QString sql = lastCataloguedSql(backend(), *query, read, binds);
    Tiered out;
    const bool tiered = query->hasWords();
    int rows = 0;
    if (!backend().forEachRowWithin(
            m_db, sql, binds, withinMs,
            [&](const CatalogBackend::Row &row) {
                ++rows;
                const qint64 id = row.integer(0);
                if (keep && !keep(id))
                    return true;
                out.ids.append(id);
                if (tiered)
                    out.tiers.append(quint8(row.integer(1)));
                return out.ids.size() < limit;
            },
            finished, error, m_stop))
        return std::nullopt;
    if (keep && read > 0 && rows == read && out.ids.size() < limit)
        finished = false; // more matches than were read: not all that pass
    return out;
}

QString AssetStore::lastCataloguedSql(const CatalogBackend &backend, const AssetQuery &query, int limit,
                                      QVariantList &binds)
{
    // The search index drives and is walked backwards: it stops after `limit` matches (0: when
    // the caller has what it needs). With words, where they were found comes along
    // (relevanceTier).
    if (query.hasWords() && !backend.tierNeedsTheMatch()) {
        // The page by ids alone (the index alone without filters), then where the words are in
        // its rows only: ranking every match before the last `limit` of them are taken would
        // carry each one's row through the sort.
        QVariantList pageBinds;
        QString page;
        if (query.conditions.isEmpty()) {
            page = matchingSql(backend, query);
            pageBinds = matchingBinds(query, backend.wordsBind(query.words));
        } else {
            page =
                u"SELECT %1"_s.arg(backend.indexedId(u"asset_fts"_s)) + fromWhere(backend, query, pageBinds);
        }
        page += u" ORDER BY %1 DESC"_s.arg(backend.indexedId(u"asset_fts"_s));
        if (limit > 0)
            page += u" LIMIT %1"_s.arg(limit);
        binds += tierBinds(backend, query);
        binds += pageBinds;
        return u"SELECT m.id, %1 FROM (%2) m JOIN asset_fts ON %3 = m.id ORDER BY m.id DESC"_s.arg(
            relevanceTier(backend), page, backend.indexedId(u"asset_fts"_s));
    }
    QString sql = u"SELECT a.id"_s;
    if (query.hasWords()) {
        sql += u", "_s + relevanceTier(backend);
        binds += tierBinds(backend, query);
    }
    sql += fromWhere(backend, query, binds);
    sql += query.hasWords() ? u" ORDER BY %1 DESC"_s.arg(backend.indexedId(u"asset_fts"_s))
                            : u" ORDER BY a.id DESC"_s;
    return limit > 0 ? sql + u" LIMIT %1"_s.arg(limit) : sql;
}

std::optional<QStringList> AssetStore::planLastCatalogued(const AssetQuery &query, int limit,
                                                          QString &error) const
{
    QVariantList binds;
    const QString sql = lastCataloguedSql(backend(), query, limit, binds);
    return backend().explain(m_db, sql, binds, error);
}

std::optional<QList<qint64>> AssetStore::ids(const QString &sql, const QVariantList &binds,
                                             QString &error) const
{
    if (!m_stop)
        return backend().integerColumn(m_db, sql, binds, error);
    QList<qint64> out;
    if (!readUnlessStopped(
            backend(), m_db, m_stop, sql, binds,
            [&](const CatalogBackend::Row &row) { out.append(row.integer(0)); }, error))
        return std::nullopt;
    return out;
}

std::optional<QList<qint64>> AssetStore::idsMatching(const AssetQuery &query, AssetSort sort, int limit,
                                                     QString &error) const
{
    AssetQuery storage;
    const AssetQuery *assetQuery = resolved(query, storage, error);
    if (!assetQuery)
        return std::nullopt;
    QVariantList binds;
    const QString sql = selectSql(backend(), u"a.id"_s, *assetQuery, sort, limit, binds);
    return ids(sql, binds, error);
}

std::optional<QList<AnalysisCandidate>> AssetStore::analysisCandidates(int version, const AssetQuery *asked,
                                                                       bool retryFailed, QString &error) const
{
    AssetQuery storage;
    const AssetQuery *query = asked ? resolved(*asked, storage, error) : nullptr;
    if (asked && !query)
        return std::nullopt;
    QVariantList binds;
    QString sql = u"SELECT a.id, a.path_raw, a.path, a.content_hash"_s;
    if (query) {
        sql += fromWhere(backend(), *query, binds);
        sql += sql.contains(u" WHERE "_s) ? u" AND "_s : u" WHERE "_s;
    } else {
        sql += u" FROM assets a WHERE "_s;
    }
    sql +=
        u"a.status = 'ok' AND (COALESCE(a.analysis_version, 0) < ? OR (? AND a.analysis_error IS NOT NULL)) "
        "ORDER BY a.id"_s;
    binds += { version, retryFailed ? 1 : 0 };
    QList<AnalysisCandidate> out;
    const PathMap paths = PathMap::of(m_db);
    const bool read = backend().forEachRow(
        m_db, sql, binds,
        [&out, &paths](const CatalogBackend::Row &row) {
            out.append(AnalysisCandidate { row.integer(0), paths.toLocal(row.utf8(1).toByteArray()),
                                           paths.toLocal(row.text(2)), row.text(3) });
        },
        error);
    if (!read)
        return std::nullopt;
    return out;
}

bool AssetStore::saveAnalysis(qint64 id, const AnalysisRecord &analysis, QString &error)
{
    const Sql::WriteScope scope(m_db);
    const QList<ShotRecord> &shots = analysis.shots;
    const QString &analysisError = analysis.error;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM asset_shots WHERE asset_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    query.prepare(u"INSERT INTO asset_shots (asset_id, start_s, end_s, kind, people, people_boxes, colors, "
                  "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    std::optional<int> people;
    for (const ShotRecord &shot : shots) {
        query.addBindValue(id);
        query.addBindValue(shot.startS);
        query.addBindValue(shot.endS);
        query.addBindValue(shot.kind.isEmpty() ? QVariant() : QVariant(shot.kind));
        query.addBindValue(shot.people ? QVariant(*shot.people) : QVariant());
        query.addBindValue(shot.people ? QVariant(QString::fromUtf8(
                               QJsonDocument(shot.peopleBoxes).toJson(QJsonDocument::Compact)))
                                       : QVariant());
        query.addBindValue(jsonList(shot.colours));
        query.addBindValue(shot.signature.isEmpty() ? QVariant() : QVariant(shot.signature));
        if (shot.people && (!people || *shot.people > *people))
            people = shot.people;
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
    }
    query.prepare(
        u"UPDATE assets SET analysis_version = ?, analyzed_at = ?, analysis_error = ?, shot_count = ?, "
        "people = ?, signature = ?, filmstrip_frames = COALESCE(?, filmstrip_frames), colors = ?, "
        "exposure = ?, color_temp_k = ?, weather_look = ?, sun_elevation = ?, light = ? WHERE id = ?"_s);
    query.addBindValue(analysis.version);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(analysisError.isEmpty() ? QVariant() : QVariant(analysisError));
    query.addBindValue(analysisError.isEmpty() ? QVariant(int(shots.size())) : QVariant());
    query.addBindValue(people ? QVariant(*people) : QVariant());
    QStringList signature;
    for (const quint64 hash : analysis.signature)
        signature.append(QString::number(hash, 16).rightJustified(16, u'0'));
    query.addBindValue(signature.isEmpty() ? QVariant() : QVariant(signature.join(u' ')));
    query.addBindValue(analysis.filmstripFrames ? QVariant(*analysis.filmstripFrames) : QVariant());
    query.addBindValue(jsonList(analysis.colours));
    query.addBindValue(analysis.exposure.isEmpty() ? QVariant() : QVariant(analysis.exposure));
    query.addBindValue(analysis.temperatureK > 0 ? QVariant(analysis.temperatureK) : QVariant());
    query.addBindValue(analysis.weather.isEmpty() ? QVariant() : QVariant(analysis.weather));
    // The sun where and when it was filmed: a fact of the file's position and time.
    std::optional<double> elevation;
    if (const auto where = firstRow(u"SELECT gps_lat, gps_lon, created_at FROM assets WHERE id = ?"_s, id);
        where && !where->value(0).isNull() && !where->value(1).isNull()) {
        const QDateTime when = QDateTime::fromString(where->value(2).toString(), Qt::ISODate);
        if (when.isValid() && analysisError.isEmpty())
            elevation = Geo::sunElevation({ where->value(0).toDouble(), where->value(1).toDouble() }, when);
    }
    query.addBindValue(elevation ? QVariant(*elevation) : QVariant());
    query.addBindValue(elevation ? QVariant(Geo::lightOf(*elevation)) : QVariant());
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    query.prepare(u"DELETE FROM asset_colors WHERE asset_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    query.prepare(u"INSERT INTO asset_colors (color, asset_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
    for (const QString &colour : analysis.colours) {
        query.addBindValue(colour);
        query.addBindValue(id);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QJsonArray AssetStore::toJson(const QList<ShotRecord> &shots)
{
    QJsonArray list;
    for (const ShotRecord &shot : shots) {
        QJsonObject item { { u"start_s"_s, shot.startS }, { u"end_s"_s, shot.endS } };
        item.insert(u"begins_with"_s, shot.kind.isEmpty() ? QJsonValue() : QJsonValue(shot.kind));
        item.insert(u"people"_s, shot.people ? QJsonValue(*shot.people) : QJsonValue());
        item.insert(u"people_boxes"_s, shot.peopleBoxes);
        item.insert(u"colors"_s, QJsonArray::fromStringList(shot.colours));
        item.insert(u"signature"_s, shot.signature.isEmpty() ? QJsonValue() : QJsonValue(shot.signature));
        list.append(item);
    }
    return list;
}

QList<ShotRecord> AssetStore::shotsFromJson(const QJsonArray &list)
{
    QList<ShotRecord> shots;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        ShotRecord shot;
        shot.startS = item.value("start_s"_L1).toDouble();
        shot.endS = item.value("end_s"_L1).toDouble();
        shot.kind = item.value("begins_with"_L1).toString();
        if (item.value("people"_L1).isDouble())
            shot.people = item.value("people"_L1).toInt();
        shot.peopleBoxes = item.value("people_boxes"_L1).toArray();
        for (const QJsonValue &colour : item.value("colors"_L1).toArray())
            shot.colours.append(colour.toString());
        shot.signature = item.value("signature"_L1).toString();
        shots.append(shot);
    }
    return shots;
}

std::optional<QList<ShotRecord>> AssetStore::shots(qint64 id) const
{
    const auto row = firstRow(u"SELECT analysis_version, analysis_error FROM assets WHERE id = ?"_s, id);
    if (!row || row->value(0).isNull() || !row->value(1).isNull())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT start_s, end_s, kind, people, people_boxes, colors, signature FROM asset_shots "
                  "WHERE asset_id = ? ORDER BY start_s"_s);
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    QList<ShotRecord> out;
    while (query.next()) {
        ShotRecord shot;
        shot.startS = query.value(0).toDouble();
        shot.endS = query.value(1).toDouble();
        shot.kind = query.value(2).toString();
        if (!query.value(3).isNull()) {
            shot.people = query.value(3).toInt();
            shot.peopleBoxes = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        }
        for (const QJsonValue &colour : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            shot.colours.append(colour.toString());
        shot.signature = query.value(6).toString();
        out.append(shot);
    }
    return out;
}

std::optional<QList<qint64>> AssetStore::idsUnder(QByteArray path, QString &error) const
{
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    path = PathMap::of(m_db).toCatalog(path);
    // By the file system's bytes (substr counts bytes in a BLOB): names need not be UTF-8.
    return Sql::ids(m_db, u"SELECT id FROM assets WHERE path_raw = ? OR substr(path_raw, 1, ?) = ?"_s,
                    { path, path.size() + 1, QByteArray(path + '/') }, error);
}

bool AssetStore::contains(qint64 id) const
{
    return firstRow(u"SELECT 1 FROM assets WHERE id = ?"_s, id).has_value();
}

std::optional<QStringList> AssetStore::plan(const AssetQuery &query, std::optional<AssetSort> sort, int limit,
                                            QString &error) const
{
    QVariantList binds;
    const QString sql = sort ? selectSql(backend(), u"a.id"_s, query, *sort, limit, binds)
                             : u"SELECT a.id"_s + fromWhere(backend(), query, binds);
    return backend().explain(m_db, sql, binds, error);
}

std::optional<qint64> AssetStore::count(QString &error) const
{
    const auto counted = ids(u"SELECT count(*) FROM assets"_s, {}, error);
    return counted ? std::optional(counted->value(0)) : std::nullopt;
}

std::optional<qint64> AssetStore::lastId(QString &error) const
{
    const auto last = ids(u"SELECT COALESCE(max(id), 0) FROM assets"_s, {}, error);
    return last ? std::optional(last->value(0)) : std::nullopt;
}

std::optional<QList<qint64>> AssetStore::idsOrderedBy(const std::optional<QList<qint64>> &ids, Column column,
                                                      bool ascending, QString &error) const
{
    // Each column's order, by Column; NULLs first ascending, as none is less than any (no
    // duration, no frame rate).
    static const char *const keys[] = {
        "a.sort_name", // Name: SortKey::of the title, else the file name
        "a.duration_s",
        "a.width * a.height",
        "a.fps",
        "lower(a.video_codec)",
        "reelatlas_name_key(a.format_class_zh)", // FormatZh: by pinyin
        "lower(a.format_class_en)",
        "COALESCE(a.created_at, a.added_at)", // Date
        "a.size_bytes",
        "a.status",
    };
    static_assert(std::size(keys) == size_t(Column::Status) + 1);
    const QString key = QString::fromLatin1(keys[size_t(column)]);
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QString sql = u"SELECT a.id FROM assets a"_s;
    QVariantList binds;
    if (ids) {
        sql += u" WHERE {ids a.id}"_s;
        binds.append(QVariant::fromValue(*ids));
    }
    sql += u" ORDER BY %1 %2 NULLS %3, a.id %2"_s.arg(key, direction, ascending ? u"FIRST"_s : u"LAST"_s);
    backend().adapt(sql, binds);
    return this->ids(sql, binds, error);
}

std::optional<QList<AssetRow>> AssetStore::listRows(const QList<qint64> &ids,
                                                    QHash<qint64, QByteArray> &rawPaths, QString &error) const
{
    QList<AssetRow> rows;
    // Through SQLite's C API: QtSql's QVariant per value made this read take over a second for
    // 100,000 assets. Values that repeat (kind, status, codec, class, HDR) share one string.
    QHash<QByteArray, QString> shared;
    const auto sharedText = [&shared](QByteArrayView bytes) {
        if (bytes.isEmpty())
            return QString();
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        auto it = shared.constFind(key);
        if (it == shared.cend())
            it = shared.insert(QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes));
        return *it;
    };
    QString sql = u"SELECT id, file_name, path, title, kind, status, error, duration_s, fps, video_codec, "
                  "format_class_zh, format_class_en, hdr, width, height, size_bytes, created_at, added_at, "
                  "has_poster, filmstrip_frames, content_hash, people, shot_count, "
                  // The file system's bytes, only where the name shown is not them (not UTF-8): rare, so
                  // kept beside the rows rather than in each.
                  "CASE WHEN %1 = path_raw THEN NULL ELSE path_raw END FROM assets WHERE {ids id}"_s.arg(
                      backend().utf8Bytes(u"path"_s));
    QVariantList binds { QVariant::fromValue(ids) };
    backend().adapt(sql, binds);
    const bool read = backend().forEachRow(
        m_db, sql, binds,
        [&](const CatalogBackend::Row &query) {
            AssetRow row;
            row.id = query.integer(0);
            row.fileName = query.text(1);
            row.path = query.text(2);
            row.title = query.text(3);
            row.kind = sharedText(query.utf8(4));
            row.status = sharedText(query.utf8(5));
            row.error = query.text(6);
            row.durationS = query.isNull(7) ? -1 : query.real(7);
            row.fps = query.real(8);
            row.codec = sharedText(query.utf8(9));
            row.formatClassZh = sharedText(query.utf8(10));
            row.formatClassEn = sharedText(query.utf8(11));
            row.hdr = sharedText(query.utf8(12));
            row.width = int(query.integer(13));
            row.height = int(query.integer(14));
            row.sizeBytes = query.integer(15);
            row.createdAt = query.text(16);
            row.addedAt = query.text(17);
            row.hasPoster = query.integer(18) != 0;
            row.filmstripFrames = int(query.integer(19));
            row.contentHash = query.text(20);
            row.people = query.isNull(21) ? -1 : int(query.integer(21));
            row.shotCount = int(query.integer(22));
            if (!query.isNull(23))
                rawPaths.insert(row.id, query.utf8(23).toByteArray());
            rows.append(std::move(row));
        },
        error);
    if (!read) {
        rawPaths.clear();
        return std::nullopt;
    }
    // Where this machine opens them, where that is elsewhere (the path shown stays the catalog's).
    if (const PathMap paths = PathMap::of(m_db); !paths.isEmpty()) {
        for (const AssetRow &row : std::as_const(rows)) {
            const QByteArray stored = rawPaths.value(row.id, row.path.toUtf8());
            if (const QByteArray local = paths.toLocal(stored); local != stored)
                rawPaths.insert(row.id, local);
        }
    }
    return rows;
}

QString AssetStore::facetRowsSql(int limit, bool listed)
{
    // The columns of the index assets_facts, which answers this alone. The camera as the
    // generated column camera computes it.
    return u"SELECT id, format_class, width, height, hdr, video_codec, fps, duration_s, substr(created_at, "
           u"1, 4), "
           "kind, status, people, light, colors, "
           "lower(COALESCE(camera_make, '') || ' ' || COALESCE(camera_model, '')) "
           "FROM assets WHERE %1 ORDER BY id%2"_s.arg(listed ? u"{ids id}"_s : u"id > ?"_s,
                                                      limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString());
}

bool AssetStore::forEachFacetRow(qint64 afterId, int limit,
                                 const std::function<void(const AssetFacetRow &)> &visit,
                                 QString &error) const
{
    return readFacetRows(facetRowsSql(limit), { afterId }, visit, error);
}

bool AssetStore::forEachFacetRowOf(const QList<qint64> &ids,
                                   const std::function<void(const AssetFacetRow &)> &visit,
                                   QString &error) const
{
    QString sql = facetRowsSql(0, true);
    QVariantList binds { QVariant::fromValue(ids) };
    backend().adapt(sql, binds);
    return readFacetRows(sql, binds, visit, error);
}

bool AssetStore::readFacetRows(const QString &sql, const QVariantList &binds,
                               const std::function<void(const AssetFacetRow &)> &visit, QString &error) const
{
    // Through the C API: QtSql's QVariant per value made this half a second on 100,000 assets.
    return backend().forEachRow(
        m_db, sql, binds,
        [&](const CatalogBackend::Row &query) {
            AssetFacetRow row;
            row.id = query.integer(0);
            row.formatClass = query.utf8(1);
            if (!query.isNull(2))
                row.width = query.integer(2);
            if (!query.isNull(3))
                row.height = query.integer(3);
            row.hdr = query.utf8(4);
            row.videoCodec = query.utf8(5);
            if (!query.isNull(6))
                row.fps = query.real(6);
            if (!query.isNull(7))
                row.durationS = query.real(7);
            row.year = int(query.integer(8));
            if (!query.isNull(8))
                row.yearText = query.utf8(8);
            row.kind = query.utf8(9);
            row.status = query.utf8(10);
            if (!query.isNull(11))
                row.people = query.integer(11);
            row.light = query.utf8(12);
            row.colors = query.utf8(13);
            row.camera = query.utf8(14);
            visit(row);
        },
        error);
}

std::optional<QStringList> AssetStore::planFacetRows(QString &error) const
{
    return backend().explain(m_db, facetRowsSql(50'000), { qint64(0) }, error);
}

std::pair<QString, QString> AssetStore::formatClassNames(const QByteArray &formatClass) const
{
    QString error;
    std::pair<QString, QString> names;
    backend().forEachRow(
        m_db, u"SELECT format_class_zh, format_class_en FROM assets WHERE format_class = ? LIMIT 1"_s,
        { QString::fromUtf8(formatClass) },
        [&names](const CatalogBackend::Row &row) {
            names = { row.text(0), row.text(1) };
        },
        error);
    return names;
}

std::optional<QList<QByteArray>> AssetStore::lookUp(const AssetQuery::Test &test, QString &error) const
{
    QString sql = test.lookup;
    QVariantList binds = test.lookupBinds;
    backend().adapt(sql, binds);
    QList<QByteArray> out;
    if (!backend().forEachRow(
            m_db, sql, binds,
            [&out](const CatalogBackend::Row &row) { out.append(row.utf8(0).toByteArray()); }, error))
        return std::nullopt;
    return out;
}

std::optional<AssetStore::Shared> AssetStore::sharedValues(const QList<qint64> &ids,
                                                           const QStringList &columns,
                                                           const std::function<bool()> &stopped,
                                                           QString &error) const
{
    for (const QString &column : columns) {
        if (!isEditableField(column)) {
            error = u"not an editable field: %1"_s.arg(column);
            return std::nullopt;
        }
    }
    Shared out;
    if (ids.isEmpty() || columns.isEmpty()) {
        out.values.resize(columns.size());
        return out;
    }
    // The first row's values as bytes (a null apart from every text), then each row against them.
    const qsizetype count = columns.size();
    std::vector<QByteArray> first(static_cast<size_t>(count));
    std::vector<bool> firstNull(static_cast<size_t>(count)), differs(static_cast<size_t>(count), false);
    qsizetype differing = 0;
    qint64 firstId = 0;
    bool halted = false, whole = true;
    const QString sql =
        u"SELECT id, %1 FROM assets WHERE %2"_s.arg(columns.join(u", "_s), backend().idIn(u"id"_s));
    const bool ran = backend().forEachRowWhile(
        m_db, sql, { backend().idList(ids) },
        [&](const CatalogBackend::Row &row) {
            if (out.found % 4096 == 0 && stopped && stopped()) {
                halted = true;
                return false;
            }
            if (out.found++ == 0) {
                firstId = row.integer(0);
                for (qsizetype c = 0; c < count; ++c) {
                    firstNull[size_t(c)] = row.isNull(int(c) + 1);
                    first[size_t(c)] = row.utf8(int(c) + 1).toByteArray();
                }
                return true;
            }
            for (qsizetype c = 0; c < count; ++c) {
                if (differs[size_t(c)])
                    continue;
                const bool null = row.isNull(int(c) + 1);
                if (null != firstNull[size_t(c)] || (!null && row.utf8(int(c) + 1) != first[size_t(c)])) {
                    differs[size_t(c)] = true;
                    ++differing;
                }
            }
            whole = differing < count;
            return whole; // all differ: the rest cannot share anything
        },
        error);
    if (halted) {
        error.clear();
        return std::nullopt;
    }
    if (!ran)
        return std::nullopt;
    if (!whole)
        out.found = ids.size(); // not all read: those asked for are taken to exist
    // The shared values in their own types, from the first row.
    out.values.resize(count);
    if (out.found == 0)
        return out;
    auto query = Sql::select(m_db, u"SELECT %1 FROM assets WHERE id = ?"_s.arg(columns.join(u", "_s)),
                             { firstId }, error);
    if (!query)
        return std::nullopt;
    if (query->next()) {
        for (qsizetype c = 0; c < count; ++c) {
            if (!differs[size_t(c)])
                out.values[c] = query->value(int(c));
        }
    }
    return out;
}

namespace {

constexpr auto kBriefColumns =
    "id, content_hash, title, file_name, kind, has_poster, location_id, gps_lat, gps_lon";

AssetBrief briefOf(const QSqlQuery &query)
{
    AssetBrief brief;
    brief.id = query.value(0).toLongLong();
    brief.contentHash = query.value(1).toString();
    brief.title = query.value(2).toString();
    brief.fileName = query.value(3).toString();
    brief.kind = query.value(4).toString();
    brief.hasPoster = query.value(5).toInt() != 0;
    if (!query.isNull(6))
        brief.locationId = query.value(6).toLongLong();
    if (!query.isNull(7) && !query.isNull(8))
        brief.gps = Geo::LatLon { query.value(7).toDouble(), query.value(8).toDouble() };
    return brief;
}

} // namespace

std::optional<QList<AssetBrief>> AssetStore::briefs(const QList<qint64> &ids, QString &error) const
{
    auto query = Sql::select(
        m_db,
        u"SELECT %1 FROM assets WHERE %2"_s.arg(QLatin1StringView(kBriefColumns), backend().idIn(u"id"_s)),
        { backend().idList(ids) }, error);
    if (!query)
        return std::nullopt;
    QHash<qint64, AssetBrief> byId;
    while (query->next()) {
        AssetBrief brief = briefOf(*query);
        byId.insert(brief.id, std::move(brief));
    }
    QList<AssetBrief> out;
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            out.append(*it);
    }
    return out;
}

std::optional<QList<AssetBrief>> AssetStore::briefsAt(qint64 locationId, qint64 coverId, QString &error) const
{
    auto query = Sql::select(
        m_db,
        u"SELECT %1 FROM assets WHERE location_id = ? ORDER BY id = ? DESC, "
        "kind = 'photo' DESC, COALESCE(rating, 0) DESC, id"_s.arg(QLatin1StringView(kBriefColumns)),
        { locationId, coverId }, error);
    if (!query)
        return std::nullopt;
    QList<AssetBrief> out;
    while (query->next())
        out.append(briefOf(*query));
    return out;
}

std::optional<QList<std::tuple<qint64, double, double>>> AssetStore::positions(int limit,
                                                                               QString &error) const
{
    QList<std::tuple<qint64, double, double>> out;
    if (!backend().forEachRow(
            m_db,
            // The newest: the same pins on every engine and every time.
            u"SELECT id, gps_lat, gps_lon FROM assets WHERE gps_lat IS NOT NULL AND gps_lon IS NOT NULL "
            "ORDER BY id DESC LIMIT ?"_s,
            { limit },
            [&](const CatalogBackend::Row &row) {
                out.append({ row.integer(0), row.real(1), row.real(2) });
            },
            error))
        return std::nullopt;
    return out;
}
