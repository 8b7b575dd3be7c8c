#include "dragpayload.h"

#include <QtEndian>

namespace DragPayload {

namespace {

// A count, then the ids, big-endian (as QDataStream writes a QList<qint64>).
constexpr qsizetype kCountBytes = 4;
constexpr qsizetype kIdBytes = 8;

} // namespace

QByteArray encodeIds(const QList<qint64> &ids)
{
    QByteArray bytes(kCountBytes + ids.size() * kIdBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(ids.size()), bytes.data());
    for (qsizetype i = 0; i < ids.size(); ++i)
        qToBigEndian<qint64>(ids.at(i), bytes.data() + kCountBytes + i * kIdBytes);
    return bytes;
}

std::optional<QList<qint64>> decodeIds(QByteArrayView bytes)
{
    if (bytes.size() < kCountBytes)
        return std::nullopt;
    const quint32 count = qFromBigEndian<quint32>(bytes.data());
    // The count must be what the bytes hold, before anything is reserved for it.
    if (qsizetype(count) != (bytes.size() - kCountBytes) / kIdBytes
        || (bytes.size() - kCountBytes) % kIdBytes != 0)
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const qint64 id = qFromBigEndian<qint64>(bytes.data() + kCountBytes + qsizetype(i) * kIdBytes);
        if (id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

QUrl fileUrl(const QByteArray &rawPath)
{
    return QUrl::fromEncoded("file://" + rawPath.toPercentEncoding("/"), QUrl::StrictMode);
}

QByteArray rawPath(const QUrl &url)
{
    if (!url.isLocalFile())
        return {};
    return QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
}

} // namespace DragPayload
