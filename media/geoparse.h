#pragma once

// Parsing of the position strings cameras and phones write.

#include "mediafacts.h"

#include <optional>

namespace GeoParse {

// ISO 6709 as written in QuickTime/MP4 metadata ("location", "com.apple.quicktime.location.ISO6709",
// udta "©xyz"): "+36.0600+120.3800+012.000/", "+4851.50+00217.70/", "+35.68-139.69CRSWGS_84/".
// Degrees may be written as D.D, DM.M or DMS.S (ISO 6709 Annex H). Returns nullopt when the string
// is not a position or the position is the 0,0 "no fix".
std::optional<GeoPoint> fromIso6709(const QString &text);

} // namespace GeoParse
