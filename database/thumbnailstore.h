#pragma once

// Posters and filmstrips in thumbnails.sqlite, keyed by content hash and kind. Works on the
// connection it is given; the caller owns the transaction.

#include "assetrecords.h"

#include <QSqlDatabase>

#include <optional>

namespace ThumbnailStore {

enum Kind { Poster = 1, PosterLarge = 2, Filmstrip = 3, ShotFrames = 4 };

bool put(QSqlDatabase &db, const QString &contentHash, const StoredThumbnail &thumbnail, QString &error);
std::optional<StoredThumbnail> get(QSqlDatabase &db, const QString &contentHash, Kind kind);

} // namespace ThumbnailStore
