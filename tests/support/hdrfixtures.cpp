#include "hdrfixtures.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace HdrFixtures {

namespace {

// ---------------------------------------------------------------- MP4 boxes

struct Box
{
    qsizetype offset = -1; // of the size field
    qsizetype size = 0;
    QByteArray type;
    qsizetype end() const { return offset + size; }
};

Box boxAt(const QByteArray &data, qsizetype offset, qsizetype limit)
{
    Box box;
    if (offset + 8 > limit)
        return box;
    const quint32 size = qFromBigEndian<quint32>(data.constData() + offset);
    if (size < 8 || offset + qsizetype(size) > limit) // 64-bit sizes do not occur in ffmpeg's moov
        return box;
    box.offset = offset;
    box.size = size;
    box.type = data.mid(offset + 4, 4);
    return box;
}

Box findChild(const QByteArray &data, qsizetype start, qsizetype end, const QByteArray &type)
{
    for (qsizetype at = start; at < end;) {
        const Box box = boxAt(data, at, end);
        if (box.offset < 0)
            return {};
        if (box.type == type)
            return box;
        at = box.end();
    }
    return {};
}

void grow(QByteArray &data, const Box &box, quint32 by)
{
    qToBigEndian<quint32>(quint32(box.size) + by, data.data() + box.offset);
}

// ---------------------------------------------------------------- bits

class BitWriter
{
public:
    void put(quint32 value, int bits)
    {
        for (int i = bits - 1; i >= 0; --i) {
            m_byte = quint8((m_byte << 1) | ((value >> i) & 1));
            if (++m_count == 8) {
                m_bytes.append(char(m_byte));
                m_byte = 0;
                m_count = 0;
            }
        }
    }
    QByteArray bytes()
    {
        while (m_count != 0)
            put(0, 1);
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    quint8 m_byte = 0;
    int m_count = 0;
};

// ITU-T T.35 user data carrying SMPTE ST 2094-40 (HDR10+) for one window.
QByteArray hdr10PlusPayload()
{
    BitWriter w;
    w.put(0xB5, 8); // country code: United States
    w.put(0x003C, 16); // terminal provider: SMPTE
    w.put(0x0001, 16); // provider-oriented code: ST 2094-40
    w.put(4, 8); // application identifier
    w.put(1, 8); // application version
    w.put(1, 2); // one processing window
    w.put(400, 27); // targeted system display maximum luminance, cd/m2
    w.put(0, 1); // no targeted display actual peak luminance
    for (int i = 0; i < 3; ++i)
        w.put(50000, 17); // maxscl (1/100000)
    w.put(20000, 17); // average maxrgb
    const int percentiles[][2] = { { 1, 1000 }, { 50, 20000 }, { 99, 60000 } };
    w.put(3, 4);
    for (const auto &[percentage, value] : percentiles) {
        w.put(quint32(percentage), 7);
        w.put(quint32(value), 17);
    }
    w.put(10, 10); // fraction of bright pixels
    w.put(0, 1); // no mastering display actual peak luminance
    w.put(0, 1); // no tone mapping curve
    w.put(0, 1); // no colour saturation mapping
    return w.bytes();
}

// NAL payload -> RBSP with emulation prevention (no 00 00 0x with x <= 3).
QByteArray escaped(const QByteArray &payload)
{
    QByteArray out;
    int zeros = 0;
    for (const char c : payload) {
        if (zeros >= 2 && quint8(c) <= 3) {
            out.append('\x03');
            zeros = 0;
        }
        out.append(c);
        zeros = c == 0 ? zeros + 1 : 0;
    }
    return out;
}

QByteArray hdr10PlusSeiNal()
{
    const QByteArray payload = hdr10PlusPayload();
    QByteArray message;
    message.append(char(4)); // payload type: user data registered by ITU-T T.35
    qsizetype size = payload.size();
    for (; size >= 255; size -= 255)
        message.append(char(0xFF));
    message.append(char(size));
    message.append(payload);
    message.append(char(0x80)); // rbsp trailing bits
    // NAL header: type 39 (prefix SEI), layer 0, temporal id 1.
    return QByteArray("\x00\x00\x00\x01\x4E\x01", 6) + escaped(message);
}

} // namespace

bool addDolbyVisionConfiguration(const QString &mp4, int profile, int compatibilityId, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(mp4);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QByteArray data = file.readAll();
    file.close();

    const Box moov = findChild(data, 0, data.size(), "moov");
    const Box mdat = findChild(data, 0, data.size(), "mdat");
    if (moov.offset < 0 || mdat.offset < 0 || moov.offset < mdat.offset)
        return fail(u"moov must follow mdat"_s);
    // moov > trak (the video one) > mdia > minf > stbl > stsd > hvc1
    for (qsizetype at = moov.offset + 8; at < moov.end();) {
        const Box trak = boxAt(data, at, moov.end());
        if (trak.offset < 0)
            break;
        at = trak.end();
        if (trak.type != "trak")
            continue;
        const Box mdia = findChild(data, trak.offset + 8, trak.end(), "mdia");
        const Box minf = mdia.offset < 0 ? Box() : findChild(data, mdia.offset + 8, mdia.end(), "minf");
        const Box stbl = minf.offset < 0 ? Box() : findChild(data, minf.offset + 8, minf.end(), "stbl");
        const Box stsd = stbl.offset < 0 ? Box() : findChild(data, stbl.offset + 8, stbl.end(), "stsd");
        if (stsd.offset < 0)
            continue;
        const Box entry = boxAt(data, stsd.offset + 16, stsd.end()); // FullBox header + entry count
        if (entry.type != "hvc1" && entry.type != "hev1")
            continue;
        // DOVIDecoderConfigurationRecord: version 1.0, profile, level 6, RPU and base layer present.
        BitWriter w;
        w.put(1, 8);
        w.put(0, 8);
        w.put(quint32(profile), 7);
        w.put(6, 6);
        w.put(1, 1); // rpu present
        w.put(0, 1); // no enhancement layer
        w.put(1, 1); // base layer present
        w.put(quint32(compatibilityId), 4);
        w.put(0, 28);
        QByteArray record = w.bytes() + QByteArray(16, '\0');
        QByteArray box(8, '\0');
        qToBigEndian<quint32>(quint32(8 + record.size()), box.data());
        box.replace(4, 4, profile > 7 ? "dvvC" : "dvcC");
        box.append(record);
        data.insert(entry.end(), box);
        for (const Box &parent : { entry, stsd, stbl, minf, mdia, trak, moov })
            grow(data, parent, quint32(box.size()));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return fail(file.errorString());
        return true;
    }
    return fail(u"no HEVC sample entry"_s);
}

QByteArray withHdr10PlusSei(const QByteArray &annexB)
{
    const QByteArray sei = hdr10PlusSeiNal();
    QByteArray out;
    out.reserve(annexB.size() + annexB.size() / 50);
    qsizetype copied = 0;
    for (qsizetype at = annexB.indexOf(QByteArrayView("\x00\x00\x01", 3)); at >= 0;
         at = annexB.indexOf(QByteArrayView("\x00\x00\x01", 3), at + 3)) {
        const qsizetype header = at + 3;
        if (header + 2 >= annexB.size())
            break;
        const int type = (quint8(annexB.at(header)) >> 1) & 0x3F;
        const bool firstSliceOfPicture = type < 32 && (quint8(annexB.at(header + 2)) & 0x80);
        if (!firstSliceOfPicture)
            continue;
        const qsizetype startCode = at > 0 && annexB.at(at - 1) == 0 ? at - 1 : at;
        out.append(annexB.mid(copied, startCode - copied));
        out.append(sei);
        copied = startCode;
    }
    out.append(annexB.mid(copied));
    return out;
}

} // namespace HdrFixtures
