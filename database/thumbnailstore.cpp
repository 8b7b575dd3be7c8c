#include "thumbnailstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ThumbnailStore {

bool put(QSqlDatabase &db, const QString &contentHash, const StoredThumbnail &thumbnail, QString &error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO thumbnails (content_hash, kind, width, height, frames, jpeg, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (content_hash, kind) DO UPDATE SET width = excluded.width, "
                  "height = excluded.height, frames = excluded.frames, jpeg = excluded.jpeg, "
                  "created_at = excluded.created_at"_s);
    query.addBindValue(contentHash);
    query.addBindValue(thumbnail.kind);
    query.addBindValue(thumbnail.width);
    query.addBindValue(thumbnail.height);
    query.addBindValue(thumbnail.frames);
    query.addBindValue(thumbnail.jpeg);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<StoredThumbnail> get(QSqlDatabase &db, const QString &contentHash, Kind kind)
{
    QSqlQuery query(db);
    query.prepare(
        u"SELECT width, height, frames, jpeg FROM thumbnails WHERE content_hash = ? AND kind = ?"_s);
    query.addBindValue(contentHash);
    query.addBindValue(int(kind));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredThumbnail { int(kind), query.value(3).toByteArray(), query.value(0).toInt(),
                             query.value(1).toInt(), query.value(2).toInt() };
}

} // namespace ThumbnailStore
