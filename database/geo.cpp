#include "geo.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Geo {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kEarthRadiusKm = 6371.0088;
// The constants of the published GCJ-02 algorithm (Krasovsky 1940 ellipsoid).
constexpr double kKrasovskyA = 6378245.0;
constexpr double kKrasovskyEE = 0.00669342162296594323;
constexpr double kBdPi = kPi * 3000.0 / 180.0;

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

double shiftLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset at a WGS-84 point, in degrees.
LatLon gcjOffset(LatLon p)
{
    double dLat = shiftLat(p.lon - 105.0, p.lat - 35.0);
    double dLon = shiftLon(p.lon - 105.0, p.lat - 35.0);
    const double radLat = radians(p.lat);
    double magic = std::sin(radLat);
    magic = 1 - kKrasovskyEE * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kKrasovskyA * (1 - kKrasovskyEE)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kKrasovskyA / sqrtMagic * std::cos(radLat) * kPi);
    return { dLat, dLon };
}

} // namespace

double distanceKm(LatLon a, LatLon b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLon = radians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Box boxAround(LatLon centre, double radiusKm)
{
    const double angular = std::max(0.0, radiusKm) / kEarthRadiusKm; // radians
    const double degrees = angular * 180.0 / kPi;
    Box box { centre.lat - degrees, centre.lat + degrees, -180.0, 180.0 };
    if (box.minLat <= -90.0 || box.maxLat >= 90.0) {
        box.minLat = std::max(box.minLat, -90.0);
        box.maxLat = std::min(box.maxLat, 90.0);
        return box; // reaches a pole: every longitude
    }
    // The widest longitude span of the circle (at the latitude where it is tangent to a meridian).
    const double dLon =
        std::asin(std::min(1.0, std::sin(angular) / std::cos(radians(centre.lat)))) * 180.0 / kPi;
    box.minLon = centre.lon - dLon;
    box.maxLon = centre.lon + dLon;
    if (box.minLon < -180.0) {
        box.minLon += 360.0;
        box.wrapsLongitude = true;
    } else if (box.maxLon > 180.0) {
        box.maxLon -= 360.0;
        box.wrapsLongitude = true;
    }
    return box;
}

bool isValid(LatLon p)
{
    return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90 && p.lat <= 90 && p.lon >= -180
        && p.lon <= 180;
}

bool insideChina(LatLon p)
{
    return p.lon > 72.004 && p.lon < 137.8347 && p.lat > 0.8293 && p.lat < 55.8271;
}

LatLon wgs84ToGcj02(LatLon p)
{
    if (!insideChina(p))
        return p;
    const LatLon d = gcjOffset(p);
    return { p.lat + d.lat, p.lon + d.lon };
}

LatLon gcj02ToWgs84(LatLon p)
{
    if (!insideChina(p))
        return p;
    // Fixed-point iteration on wgs = gcj - offset(wgs); the offset changes slowly, so a few
    // rounds reach 1e-10 degrees.
    LatLon wgs = p;
    for (int i = 0; i < 30; ++i) {
        const LatLon forward = wgs84ToGcj02(wgs);
        const double eLat = forward.lat - p.lat;
        const double eLon = forward.lon - p.lon;
        wgs.lat -= eLat;
        wgs.lon -= eLon;
        if (std::abs(eLat) < 1e-11 && std::abs(eLon) < 1e-11)
            break;
    }
    return wgs;
}

LatLon gcj02ToBd09(LatLon p)
{
    const double x = p.lon, y = p.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdPi);
    return { z * std::sin(theta) + 0.006, z * std::cos(theta) + 0.0065 };
}

LatLon bd09ToGcj02(LatLon p)
{
    const double x = p.lon - 0.0065, y = p.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBdPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBdPi);
    return { z * std::sin(theta), z * std::cos(theta) };
}

LatLon convert(LatLon p, Datum from, Datum to)
{
    if (from == to)
        return p;
    LatLon gcj = p;
    if (from == Datum::Wgs84)
        gcj = wgs84ToGcj02(p);
    else if (from == Datum::Bd09)
        gcj = bd09ToGcj02(p);
    switch (to) {
    case Datum::Wgs84:
        return gcj02ToWgs84(gcj);
    case Datum::Gcj02:
        return gcj;
    case Datum::Bd09:
        return gcj02ToBd09(gcj);
    }
    return gcj;
}

std::optional<LatLon> parse(const QString &raw, bool lonFirst)
{
    QString text = raw.trimmed();
    // Chinese hemisphere words and full-width punctuation, as copied from Chinese pages.
    text.replace(u"北纬"_s, u"N"_s)
        .replace(u"南纬"_s, u"S"_s)
        .replace(u"东经"_s, u"E"_s)
        .replace(u"西经"_s, u"W"_s);
    text.replace(u'，', u',')
        .replace(u'：', u':')
        .replace(u'′', u'\'')
        .replace(u'″', u'"')
        .replace(u"''"_s, u"\""_s);
    // One coordinate: optional hemisphere letter, degrees, optional minutes and seconds, optional
    // hemisphere letter.
    static const QRegularExpression part(
        uR"(([NSEWnsew])?\s*([-+]?\d+(?:\.\d+)?)\s*(?:°\s*(?:(\d+(?:\.\d+)?)\s*'\s*)?(?:(\d+(?:\.\d+)?)\s*")?)?\s*([NSEWnsew])?)"_s);
    QList<std::pair<double, QChar>> values;
    qsizetype position = 0;
    while (values.size() < 3) {
        const QRegularExpressionMatch m = part.match(text, position);
        if (!m.hasMatch())
            break;
        // Only separators may lie between the two coordinates.
        const QString between = text.mid(position, m.capturedStart() - position).trimmed();
        if (!between.isEmpty() && between != ","_L1 && between != ";"_L1 && between != "/"_L1)
            return std::nullopt;
        double value = m.captured(2).toDouble();
        const double sign = value < 0 || m.captured(2).startsWith(u'-') ? -1.0 : 1.0;
        value = std::abs(value) + m.captured(3).toDouble() / 60.0 + m.captured(4).toDouble() / 3600.0;
        value *= sign;
        QChar hemisphere = !m.captured(1).isEmpty() ? m.captured(1).at(0).toUpper()
            : !m.captured(5).isEmpty()              ? m.captured(5).at(0).toUpper()
                                                    : QChar();
        if (hemisphere == u'S' || hemisphere == u'W')
            value = -std::abs(value);
        values.append({ value, hemisphere });
        // "N36 W120": a coordinate with a leading letter leaves the letter after it to the next.
        position =
            !m.captured(1).isEmpty() && !m.captured(5).isEmpty() ? m.capturedStart(5) : m.capturedEnd();
    }
    if (values.size() != 2 || !text.mid(position).trimmed().isEmpty())
        return std::nullopt;
    LatLon p { values[0].first, values[1].first };
    const QChar h0 = values[0].second, h1 = values[1].second;
    const bool firstIsLon = (h0 == u'E' || h0 == u'W') || (h1 == u'N' || h1 == u'S');
    const bool lettered = !h0.isNull() || !h1.isNull();
    if (firstIsLon || (!lettered && (lonFirst || (std::abs(p.lat) > 90 && std::abs(p.lon) <= 90))))
        std::swap(p.lat, p.lon);
    if (!isValid(p))
        return std::nullopt;
    return p;
}

std::optional<LatLon> parseInChina(const QString &text)
{
    const auto asWritten = parse(text);
    if (asWritten && insideChina(*asWritten))
        return asWritten;
    const auto swapped = parse(text, true);
    return swapped && insideChina(*swapped) ? swapped : asWritten;
}

QString format(LatLon p)
{
    return u"%1, %2"_s.arg(p.lat, 0, 'f', 6).arg(p.lon, 0, 'f', 6);
}

QString datumName(Datum datum)
{
    switch (datum) {
    case Datum::Wgs84:
        return u"WGS-84"_s;
    case Datum::Gcj02:
        return u"GCJ-02"_s;
    case Datum::Bd09:
        return u"BD-09"_s;
    }
    return {};
}

double sunElevation(LatLon p, const QDateTime &when)
{
    const auto degrees = [](double r) { return r * 180.0 / kPi; };
    const double julianDay = double(when.toMSecsSinceEpoch()) / 86'400'000.0 + 2440587.5;
    const double t = (julianDay - 2451545.0) / 36525.0; // Julian centuries since J2000
    const double meanLongitude = std::fmod(280.46646 + t * (36000.76983 + t * 0.0003032), 360.0);
    const double meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    const double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    const double m = radians(meanAnomaly);
    const double centre = std::sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
        + std::sin(2 * m) * (0.019993 - 0.000101 * t) + std::sin(3 * m) * 0.000289;
    const double omega = radians(125.04 - 1934.136 * t);
    const double apparentLongitude = radians(meanLongitude + centre - 0.00569 - 0.00478 * std::sin(omega));
    const double meanObliquity =
        23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60.0) / 60.0;
    const double obliquity = radians(meanObliquity + 0.00256 * std::cos(omega));
    const double declination = std::asin(std::sin(obliquity) * std::sin(apparentLongitude));
    const double y = std::pow(std::tan(obliquity / 2), 2);
    const double l0 = radians(meanLongitude);
    const double equationOfTime = 4
        * degrees(y * std::sin(2 * l0) - 2 * eccentricity * std::sin(m)
                  + 4 * eccentricity * y * std::sin(m) * std::cos(2 * l0) - 0.5 * y * y * std::sin(4 * l0)
                  - 1.25 * eccentricity * eccentricity * std::sin(2 * m)); // minutes
    const QTime utc = when.toUTC().time();
    const double minutes = utc.hour() * 60.0 + utc.minute() + (utc.second() + utc.msec() / 1000.0) / 60.0;
    double hourAngle = std::fmod(minutes + equationOfTime + 4 * p.lon, 1440.0) / 4 - 180;
    if (hourAngle < -180)
        hourAngle += 360;
    const double lat = radians(p.lat);
    const double cosZenith =
        std::clamp(std::sin(lat) * std::sin(declination)
                       + std::cos(lat) * std::cos(declination) * std::cos(radians(hourAngle)),
                   -1.0, 1.0);
    const double elevation = 90 - degrees(std::acos(cosZenith));
    // Atmospheric refraction lifts the sun near the horizon (arc seconds).
    double refraction = 0;
    if (elevation > 85) {
        refraction = 0;
    } else if (elevation > 5) {
        const double tanE = std::tan(radians(elevation));
        refraction = 58.1 / tanE - 0.07 / std::pow(tanE, 3) + 0.000086 / std::pow(tanE, 5);
    } else if (elevation > -0.575) {
        refraction =
            1735 + elevation * (-518.2 + elevation * (103.4 + elevation * (-12.79 + elevation * 0.711)));
    } else {
        refraction = -20.772 / std::tan(radians(elevation));
    }
    return elevation + refraction / 3600;
}

QString lightOf(double elevation)
{
    if (elevation < -6)
        return u"night"_s;
    if (elevation < -4)
        return u"blue"_s;
    if (elevation < 6)
        return u"golden"_s;
    return u"day"_s;
}

} // namespace Geo
