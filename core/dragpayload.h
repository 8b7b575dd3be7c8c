#pragma once

// What crosses the window's edge: lists of catalog ids in ReelAtlas's own drags, and files as
// URLs for other programs (file managers, players, editors).
//
// A drop can come from any program that offers our MIME type, so ids are read with their count
// checked against the bytes that are there: a crafted drop cannot make us reserve gigabytes.
// File URLs are made from the catalog's raw path bytes: names that are not UTF-8 (GBK names from
// Chinese Windows drives) stay percent-encoded bytes that name the real file, where the decoded
// name shown on screen would name none.
//
// Threading: reentrant.

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>

namespace DragPayload {

QByteArray encodeIds(const QList<qint64> &ids);
// The ids of encodeIds(), or nullopt when the bytes are not such a list (a count that does not
// match what follows, trailing bytes, ids that are not positive).
std::optional<QList<qint64>> decodeIds(QByteArrayView bytes);

// The file:// URL of a local file named by raw bytes.
QUrl fileUrl(const QByteArray &rawPath);
// The raw bytes of a local file's URL (percent-encodings undone byte for byte), or empty when
// the URL is not a local file.
QByteArray rawPath(const QUrl &url);

} // namespace DragPayload
