#pragma once

// How long something lasts, as every part of the program shows it: "1:15" (minutes and
// seconds), "1:02:05" from an hour on. The clips' tiles, the inspector, the duplicates list, a
// shot's times, an import's time left and time taken, the scout package and reelatlas-cli's
// progress all read the same; the search language reads it back (dur:1:15, dur:1:02:05).
//
// Threading: pure function.

#include <QString>

namespace DurationText {

// Rounded to whole seconds (half a second up). Empty for a negative or non-finite length (not
// known) and for one too long to be a length (over about a hundred thousand years).
QString clock(double seconds);

} // namespace DurationText
