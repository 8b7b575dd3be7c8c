#include "jpeg.h"

#include <QBuffer>
#include <QImageWriter>

namespace Jpeg {

QByteArray encode(const QImage &image, int quality)
{
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(quality);
    if (!writer.write(image.format() == QImage::Format_RGB888 ? image
                                                              : image.convertToFormat(QImage::Format_RGB888)))
        return {};
    return bytes;
}

} // namespace Jpeg
