#pragma once

#include <QByteArray>
#include <QImage>

namespace Jpeg {

// Baseline JPEG of `image`; empty for a null image.
QByteArray encode(const QImage &image, int quality);

} // namespace Jpeg
