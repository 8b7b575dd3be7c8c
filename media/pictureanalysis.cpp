#include "pictureanalysis.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace PictureAnalysis {

namespace {

double histogramEntropy(const cv::Mat &gray)
{
    int counts[256] = {};
    for (int y = 0; y < gray.rows; ++y) {
        const uchar *row = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++counts[row[x]];
    }
    const double total = double(gray.total());
    double entropy = 0;
    for (int count : counts) {
        if (count == 0)
            continue;
        const double p = count / total;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

// Hasler & Suesstrunk (2003), "Measuring colourfulness in natural images".
double colorfulness(const cv::Mat &rgb)
{
    cv::Mat channels[3];
    cv::Mat asFloat;
    rgb.convertTo(asFloat, CV_32F);
    cv::split(asFloat, channels);
    const cv::Mat rg = channels[0] - channels[1];
    const cv::Mat yb = 0.5 * (channels[0] + channels[1]) - channels[2];
    cv::Scalar meanRg, stdRg, meanYb, stdYb;
    cv::meanStdDev(rg, meanRg, stdRg);
    cv::meanStdDev(yb, meanYb, stdYb);
    const double sigma = std::hypot(stdRg[0], stdYb[0]);
    const double mu = std::hypot(meanRg[0], meanYb[0]);
    return sigma + 0.3 * mu;
}

QStringList dominantColors(const cv::Mat &rgb)
{
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(24, 24), 0, 0, cv::INTER_AREA);
    cv::Mat samples = small.reshape(1, int(small.total()));
    samples.convertTo(samples, CV_32F);
    constexpr int k = 4;
    cv::Mat labels, centers;
    // Fixed seed: the same picture always gives the same palette.
    cv::setRNGSeed(12345);
    cv::kmeans(samples, k, labels, cv::TermCriteria(cv::TermCriteria::EPS | cv::TermCriteria::COUNT, 12, 1.0),
               2, cv::KMEANS_PP_CENTERS, centers);
    int counts[k] = {};
    for (int i = 0; i < labels.rows; ++i)
        ++counts[labels.at<int>(i)];
    int order[k] = { 0, 1, 2, 3 };
    std::sort(std::begin(order), std::end(order), [&](int a, int b) { return counts[a] > counts[b]; });
    QStringList colors;
    for (int index : order) {
        if (counts[index] == 0)
            continue;
        const auto channel = [&](int c) {
            return std::clamp(int(std::lround(centers.at<float>(index, c))), 0, 255);
        };
        colors.append(QStringLiteral("#%1%2%3")
                          .arg(channel(0), 2, 16, QLatin1Char('0'))
                          .arg(channel(1), 2, 16, QLatin1Char('0'))
                          .arg(channel(2), 2, 16, QLatin1Char('0')));
    }
    return colors;
}

// pHash: low-frequency DCT coefficients of a 32x32 luma compared with their median.
quint64 perceptualHash(const cv::Mat &gray)
{
    cv::Mat small, asFloat, dct;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(asFloat, CV_32F);
    cv::dct(asFloat, dct);
    float values[64];
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            values[y * 8 + x] = dct.at<float>(y, x);
    float sorted[63];
    std::copy(values + 1, values + 64, sorted); // the DC term says nothing about structure
    std::nth_element(sorted, sorted + 31, sorted + 63);
    const float median = sorted[31];
    quint64 hash = 0;
    for (int i = 0; i < 64; ++i) {
        if (values[i] > median)
            hash |= quint64(1) << i;
    }
    return hash;
}

} // namespace

quint64 perceptualHash(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                       size_t(gray.bytesPerLine()));
    return perceptualHash(view);
}

PictureStats analyze(const QImage &image)
{
    PictureStats stats;
    if (image.isNull())
        return stats;
    const QImage rgbImage = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat rgb(rgbImage.height(), rgbImage.width(), CV_8UC3, const_cast<uchar *>(rgbImage.constBits()),
                      size_t(rgbImage.bytesPerLine()));
    cv::Mat gray;
    cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);

    cv::Scalar mean, stddev;
    cv::meanStdDev(gray, mean, stddev);
    stats.brightness = mean[0] / 255.0;
    stats.contrast = stddev[0] / 255.0;

    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_32F);
    cv::Scalar lapMean, lapStd;
    cv::meanStdDev(laplacian, lapMean, lapStd);
    stats.sharpness = lapStd[0] * lapStd[0];

    stats.entropy = histogramEntropy(gray);
    stats.colorfulness = colorfulness(rgb);
    stats.dominantColors = dominantColors(rgb);
    stats.phash = perceptualHash(gray);

    // Poster suitability: detail and sharpness first, then a well-exposed, colourful picture.
    const double exposure = 1.0 - std::min(1.0, std::abs(stats.brightness - 0.45) / 0.45);
    stats.score = 1.5 * std::log1p(stats.sharpness) + stats.entropy + 3.0 * exposure
        + 0.01 * std::min(stats.colorfulness, 100.0);
    if (stats.isBlank())
        stats.score -= 100.0;
    return stats;
}

const QStringList &colourNames()
{
    static const QStringList names {
        u"red"_s,    u"orange"_s, u"yellow"_s, u"green"_s, u"cyan"_s, u"blue"_s,
        u"purple"_s, u"pink"_s,   u"brown"_s,  u"white"_s, u"grey"_s, u"black"_s
    };
    return names;
}

namespace {

enum Colour { Red, Orange, Yellow, Green, Cyan, Blue, Purple, Pink, Brown, White, Grey, Black, kColours };

// A pixel's colour name from its lightness, chroma and hue angle (CIELAB, D65). The hue edges are
// where sRGB's named colours fall: red 40°, orange 64°, yellow 97°, green 138°, teal 196°, sky
// 269°, blue 300°, purple 320°, magenta 338°.
Colour nameOf(float lightness, float chroma, float hue)
{
    if (lightness < 12)
        return Black;
    if (chroma < 12)
        return lightness < 25 ? Black : lightness > 88 ? White : Grey;
    if (hue >= 345 || hue < 45)
        return lightness >= 65 && chroma < 50 ? Pink : Red;
    if (hue < 75)
        return lightness < 50 || chroma < 40 ? Brown : Orange;
    if (hue < 110) // pale yellows are beige, sand: brown
        return lightness < 50 || chroma < 40 ? Brown : Yellow;
    if (hue < 185)
        return Green;
    if (hue < 240)
        return Cyan;
    if (hue < 305)
        return Blue;
    if (hue < 330)
        return Purple;
    return lightness >= 55 ? Pink : Purple;
}

} // namespace

Look look(const QImage &image)
{
    Look out;
    if (image.isNull())
        return out;
    const QImage small = image.convertToFormat(QImage::Format_RGB888)
                             .scaled(64, 36, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const cv::Mat rgb(small.height(), small.width(), CV_8UC3, const_cast<uchar *>(small.constBits()),
                      size_t(small.bytesPerLine()));
    cv::Mat unit, lab;
    rgb.convertTo(unit, CV_32F, 1.0 / 255);
    cv::cvtColor(unit, lab, cv::COLOR_RGB2Lab); // L 0..100, a and b about -127..127
    int counts[kColours] = {};
    double lightness = 0, lightnessSquares = 0, chromas = 0, x = 0, y = 0, z = 0;
    // Where the sky is in most pictures, and where the ground is.
    const int skyRows = lab.rows / 3;
    int blueSky = 0, greySky = 0, whiteGround = 0;
    double skyLightness = 0, skySquares = 0, groundLightness = 0, groundChroma = 0;
    int midTones = 0;
    const auto linear = [](float c) {
        return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    for (int row = 0; row < lab.rows; ++row) {
        const cv::Vec3f *p = lab.ptr<cv::Vec3f>(row);
        const cv::Vec3f *q = unit.ptr<cv::Vec3f>(row);
        for (int col = 0; col < lab.cols; ++col) {
            const float l = p[col][0], a = p[col][1], b = p[col][2];
            const float chroma = std::hypot(a, b);
            float hue = std::atan2(b, a) * float(180 / M_PI);
            if (hue < 0)
                hue += 360;
            ++counts[nameOf(l, chroma, hue)];
            lightness += l;
            lightnessSquares += double(l) * l;
            chromas += chroma;
            if (row < skyRows) {
                blueSky += hue >= 200 && hue <= 300 && chroma > 12 && l > 48; // a daylit sky is light
                greySky += chroma < 8 && l > 55;
                skyLightness += l;
                skySquares += double(l) * l;
            } else if (row >= lab.rows / 2) {
                whiteGround += chroma < 10 && l > 82;
                groundLightness += l;
                groundChroma += chroma;
            }
            // The light's colour is read in the mid-tones: not in shadows, clipped highlights or
            // strongly coloured things.
            if (l > 20 && l < 92 && chroma < 40) {
                const float r = linear(q[col][0]), g = linear(q[col][1]), bl = linear(q[col][2]);
                x += 0.4124 * r + 0.3576 * g + 0.1805 * bl;
                y += 0.2126 * r + 0.7152 * g + 0.0722 * bl;
                z += 0.0193 * r + 0.1192 * g + 0.9505 * bl;
                ++midTones;
            }
        }
    }
    const double pixels = double(lab.rows) * lab.cols;
    int order[kColours];
    std::iota(std::begin(order), std::end(order), 0);
    std::stable_sort(std::begin(order), std::end(order), [&](int a, int b) { return counts[a] > counts[b]; });
    for (const int colour : order) {
        const double share = counts[colour] / pixels;
        const bool neutral = colour == White || colour == Grey || colour == Black;
        if (share >= (neutral ? 0.15 : 0.08) && out.colours.size() < 4)
            out.colours.append(colourNames().at(colour));
    }
    const double meanLightness = lightness / pixels;
    out.exposure = meanLightness < 28 ? u"dark"_s : meanLightness > 72 ? u"bright"_s : u"normal"_s;
    const double contrast =
        std::sqrt(std::max(0.0, lightnessSquares / pixels - meanLightness * meanLightness));
    const double skyPixels = double(std::max(1, skyRows * lab.cols));
    const double groundPixels = double(std::max(1, (lab.rows - lab.rows / 2) * lab.cols));
    const double skyMean = skyLightness / skyPixels;
    const double skyEvenness = std::sqrt(std::max(0.0, skySquares / skyPixels - skyMean * skyMean));
    const double groundMean = groundLightness / groundPixels;
    const double groundColour = groundChroma / groundPixels;
    if (out.exposure != "dark"_L1) {
        // What tells them from look-alikes indoors: a blank wall or a picture blown to white is
        // no weather (fog is pale, not white; snow and an overcast sky have things under them);
        // snow is white ground with little colour (not a cartoon on white paper); a sunny sky
        // is lighter than the ground under it (not a painted night sky); an overcast sky is even
        // and has a world in colour under it (not a grey studio wall over a grey table).
        if (contrast < 9 && chromas / pixels < 9 && meanLightness > 45 && meanLightness < 88)
            out.weather = u"fog"_s;
        else if (whiteGround / groundPixels >= 0.4 && contrast >= 10 && groundColour < 10)
            out.weather = u"snow"_s;
        else if (blueSky / skyPixels >= 0.3 && contrast >= 15 && skyMean > groundMean)
            out.weather = u"sunny"_s;
        else if (greySky / skyPixels >= 0.6 && blueSky / skyPixels < 0.05 && contrast >= 10
                 && skyEvenness < 10 && groundColour >= 6 && skyMean > groundMean)
            out.weather = u"overcast"_s;
    }
    if (midTones >= pixels / 20 && x + y + z > 0) {
        const double cx = x / (x + y + z), cy = y / (x + y + z);
        const double n = (cx - 0.3320) / (0.1858 - cy);
        const double cct = 449 * n * n * n + 3525 * n * n + 6823.3 * n + 5520.33;
        out.temperatureK = int(std::lround(std::clamp(cct, 1500.0, 15000.0) / 50) * 50);
    }
    return out;
}

const QStringList &weatherNames()
{
    static const QStringList names { u"sunny"_s, u"overcast"_s, u"fog"_s, u"snow"_s };
    return names;
}

int hashDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace PictureAnalysis
