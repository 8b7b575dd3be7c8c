#include "durationtext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace DurationText {

QString clock(double seconds)
{
    constexpr double kLongest = 3.2e12; // about a hundred thousand years
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kLongest)
        return {};
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace DurationText
