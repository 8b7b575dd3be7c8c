#pragma once

// The pipe protocol between an ingest coordinator and reelatlas-worker: each message is a
// 4-byte big-endian length followed by that many bytes of CBOR (a map). CBOR carries file names
// as byte strings, so names that are not UTF-8 survive, and JPEG bytes travel without encoding.
//
// Requests:  {"op": "identify", "path": bytes}  -> {"status", "error", "hash", "size", "mtime_ns"}
//            {"op": "process",  "path": bytes, ["inspector_size": N], ["poster_at_s": S]}
//                                               -> {"status", "error", "facts": {...}, "pictures": {...}}
//              (poster_at_s: the poster is the frame at S seconds, a person's choice)
//            {"op": "analyze",  "path": bytes}  -> {"status", "error", "version", "shots": [...], "warnings"}
//            {"op": "quit"}
// status is "ok", "failed" or "vanished".

#include "assetrecords.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QString>

namespace WorkerProtocol {

constexpr qsizetype kMaxMessageBytes = 256 * 1024 * 1024;

QByteArray encode(const QCborMap &message);

// The pictures of a reply's "pictures": {"thumbnails": [...]}, for the thumbnail store.
QList<StoredThumbnail> thumbnailsOf(const QCborArray &thumbnails);

// Splits a byte stream into messages. Reentrant; one per stream.
class Reader final
{
public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // True with the next whole message; false when more bytes are needed or on a protocol error
    // (then error() is set and the stream is unusable).
    bool next(QCborMap &message);
    const QString &error() const { return m_error; }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace WorkerProtocol
