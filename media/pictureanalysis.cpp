#include "pictureanalysis.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <bit>
#include <cmath>

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

int hashDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace PictureAnalysis
