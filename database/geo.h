#pragma once

// Coordinates on the earth: distances, search boxes, and the datums Chinese map apps use.
//
// ReelAtlas stores WGS-84 (what GPS, photos and clips record). Maps in China show shifted
// coordinates: GCJ-02 (the national "offset" datum: AMap/Gaode, Tencent, Apple and Google maps in
// mainland China) and BD-09 (Baidu, a further shift of GCJ-02). A user copies coordinates from
// those apps, so they can be entered, shown and copied in either, and are converted here.
// The shift applies inside China only (the rough box the published algorithm uses); elsewhere
// the three are the same. GCJ-02 -> WGS-84 has no closed form: it is solved by iteration to
// well under a centimetre.
//
// Threading: pure functions.

#include <QDateTime>
#include <QString>

#include <optional>

namespace Geo {

struct LatLon
{
    double lat = 0;
    double lon = 0;
};

enum class Datum { Wgs84, Gcj02, Bd09 };

// Great-circle distance in kilometres (haversine, mean earth radius 6371.0088 km).
double distanceKm(LatLon a, LatLon b);

// The latitude/longitude box that holds every point within `radiusKm` of `centre` (wider near the
// poles; the whole longitude range when the circle reaches a pole or the box crosses ±180°).
struct Box
{
    double minLat, maxLat, minLon, maxLon;
    bool wrapsLongitude = false; // minLon > maxLon: the box crosses the antimeridian
};
Box boxAround(LatLon centre, double radiusKm);

bool isValid(LatLon p); // finite, lat within ±90, lon within ±180
bool insideChina(LatLon p); // where GCJ-02 and BD-09 are shifted

LatLon wgs84ToGcj02(LatLon p);
LatLon gcj02ToWgs84(LatLon p);
LatLon gcj02ToBd09(LatLon p);
LatLon bd09ToGcj02(LatLon p);
LatLon convert(LatLon p, Datum from, Datum to);

// "36.0671, 120.3826", "36.0671,120.3826", "N36.0671 E120.3826", "36°04'01.6\"N 120°22'57.4\"E",
// and the lon,lat order Chinese map apps copy ("120.3826,36.0671") when `lonFirst`. nullopt when
// it is not a coordinate pair or is out of range.
std::optional<LatLon> parse(const QString &text, bool lonFirst = false);
// As parse(), for coordinates from Chinese map apps (GCJ-02, BD-09), which copy longitude
// first: when the pair read as latitude, longitude lies outside China and the other way round
// inside it ("87.61,43.82" in Xinjiang), the other way round is meant.
std::optional<LatLon> parseInChina(const QString &text);
// "36.067100, 120.382600" (6 decimals: ~0.1 m).
QString format(LatLon p);
QString datumName(Datum datum); // "WGS-84", "GCJ-02", "BD-09"

// The sun's elevation above the horizon at `p` and `when`, in degrees, refraction included
// (NOAA's solar calculator: within a few hundredths of a degree for years 1800-2100).
double sunElevation(LatLon p, const QDateTime &when);
// The light that elevation makes: "night" below -6° (after civil dusk), "blue" (the blue hour)
// to -4°, "golden" (the golden hour) to 6°, "day" above.
QString lightOf(double elevation);

} // namespace Geo
