#include "geoparse.h"

#include <QRegularExpression>

#include <cmath>

namespace GeoParse {

namespace {

// One signed ISO 6709 component with `degreeDigits` digits of whole degrees (2 for latitude,
// 3 for longitude); more integer digits mean minutes and seconds follow.
std::optional<double> component(const QString &text, int degreeDigits)
{
    if (text.size() < 2)
        return std::nullopt;
    const double sign = text.at(0) == u'-' ? -1.0 : 1.0;
    const QString body = text.mid(1);
    const qsizetype dot = body.indexOf(u'.');
    const qsizetype intDigits = dot < 0 ? body.size() : dot;
    bool ok = false;
    const double value = body.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    // Some writers drop the leading zeros ("+2.2945"), so only treat the extra digits as
    // minutes/seconds when there are exactly 2 or 4 more of them.
    if (intDigits == degreeDigits + 2) { // DDMM.M
        const double degrees = std::floor(value / 100);
        const double minutes = value - degrees * 100;
        if (minutes >= 60)
            return std::nullopt;
        return sign * (degrees + minutes / 60);
    }
    if (intDigits == degreeDigits + 4) { // DDMMSS.S
        const double degrees = std::floor(value / 10000);
        const double minutes = std::floor((value - degrees * 10000) / 100);
        const double seconds = value - degrees * 10000 - minutes * 100;
        if (minutes >= 60 || seconds >= 60)
            return std::nullopt;
        return sign * (degrees + minutes / 60 + seconds / 3600);
    }
    return sign * value;
}

} // namespace

std::optional<GeoPoint> fromIso6709(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([+-]\\d+(?:\\.\\d*)?)([+-]\\d+(?:\\.\\d*)?)([+-]\\d+(?:\\.\\d*)?)?\\s*(?:CRS[^/]*)?/?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto lat = component(match.captured(1), 2);
    const auto lon = component(match.captured(2), 3);
    if (!lat || !lon)
        return std::nullopt;
    GeoPoint point;
    point.lat = *lat;
    point.lon = *lon;
    if (match.hasCaptured(3)) {
        bool ok = false;
        const double alt = match.captured(3).toDouble(&ok);
        if (ok)
            point.altM = alt;
    }
    if (!point.isValid())
        return std::nullopt;
    return point;
}

} // namespace GeoParse
