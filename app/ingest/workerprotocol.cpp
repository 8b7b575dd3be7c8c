#include "workerprotocol.h"

#include <QCborValue>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace WorkerProtocol {

QByteArray encode(const QCborMap &message)
{
    const QByteArray body = QCborValue(message).toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    out.append(body);
    return out;
}

bool Reader::next(QCborMap &message)
{
    if (!m_error.isEmpty() || m_buffer.size() < 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (qsizetype(length) > kMaxMessageBytes) {
        m_error = u"message of %1 bytes is too large"_s.arg(length);
        return false;
    }
    if (m_buffer.size() < 4 + qsizetype(length))
        return false;
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(m_buffer.mid(4, length), &parseError);
    m_buffer.remove(0, 4 + qsizetype(length));
    if (parseError.error != QCborError::NoError || !value.isMap()) {
        m_error = u"malformed message: %1"_s.arg(parseError.errorString());
        return false;
    }
    message = value.toMap();
    return true;
}

QList<StoredThumbnail> thumbnailsOf(const QCborArray &thumbnails)
{
    QList<StoredThumbnail> out;
    for (const QCborValue &value : thumbnails) {
        const QCborMap item = value.toMap();
        out.append(StoredThumbnail {
            int(item.value("kind"_L1).toInteger()), item.value("jpeg"_L1).toByteArray(),
            int(item.value("width"_L1).toInteger()), int(item.value("height"_L1).toInteger()),
            int(item.value("frames"_L1).toInteger(1)) });
    }
    return out;
}

} // namespace WorkerProtocol
