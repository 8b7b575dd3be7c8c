#pragma once

// Visual facts of a small picture (thumbnail size), computed with OpenCV. Reentrant.

#include "mediafacts.h"

#include <QImage>

namespace PictureAnalysis {

// `image` is any QImage; it is read as 8-bit RGB. Cost at 256 px: ~1 ms.
PictureStats analyze(const QImage &image);

// The 64-bit DCT perceptual hash alone (as analyze() makes it), for pictures that need no more.
quint64 perceptualHash(const QImage &image);

// How a picture looks, for "color:" and "light:" searches: its colours by name, most of the
// picture first (each pixel named in CIE L*C*h°, so that names follow what people see, not RGB);
// how exposed it is; how warm its light is (the correlated colour temperature of its mid-tones,
// McCamy's approximation).
struct Look
{
    QStringList colours; // of colourNames(): at most four, a chromatic colour from 8 % of the
                         // picture, black, grey or white from 15 %
    QString exposure; // "dark", "normal", "bright"
    int temperatureK = 0; // 0: cannot tell (no mid-tones)
    // The weather it looks like, for a suggestion a person accepts (never a fact): "sunny" (blue
    // sky over a contrasty scene), "overcast" (a bright grey sky), "fog" (everything pale and
    // flat), "snow" (white ground); empty when it cannot tell (a dark picture, no sky).
    QString weather;
};
Look look(const QImage &image);
// red orange yellow green cyan blue purple pink brown white grey black
const QStringList &colourNames();
// sunny overcast fog snow
const QStringList &weatherNames();

// Hamming distance between two perceptual hashes: < ~10 means "the same picture".
int hashDistance(quint64 a, quint64 b);

} // namespace PictureAnalysis
