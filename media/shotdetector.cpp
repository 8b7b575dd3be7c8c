#include "shotdetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace {

// Tuned on cut, dissolve, fade, flash, pan, shake, crowd and exposure-change material (the
// benchmark's set and the unit tests' synthetic one).
constexpr double kCutMinimum = 0.30; // a cut changes at least this much
constexpr double kCutOverLocal = 3.0; // … and this many times what its neighbours change
constexpr double kFlashReturn = 0.45; // within a few frames the picture comes back this close
constexpr double kFlashColourReturn = 0.25; // … and its colours at least this close
constexpr double kExposureOnly = 0.12; // structure that changed this little: light, not a cut
constexpr double kGradualMinimum = 0.45;
constexpr double kMixResidual = 0.30; // a dissolve's middle is a mix of its ends this nearly
constexpr float kDarkLuma = 16; // a fade's black (of 255)

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

ShotDetector::ShotDetector(double fps)
    : m_fps(fps > 1 && fps < 1000 ? fps : 25)
{
}

void ShotDetector::addFrame(double timeS, const uchar *rgb, int width, int height, qsizetype stride)
{
    if (!rgb || width <= 0 || height <= 0)
        return;
    const cv::Mat frame(height, width, CV_8UC3, const_cast<uchar *>(rgb), size_t(stride));
    cv::Mat small;
    cv::resize(frame, small, cv::Size(kWidth, kHeight), 0, 0, cv::INTER_AREA);
    cv::Mat luma;
    cv::cvtColor(small, luma, cv::COLOR_RGB2GRAY);
    cv::Mat hsv;
    cv::cvtColor(small, hsv, cv::COLOR_RGB2HSV); // H 0..179, S and V 0..255

    m_times.push_back(timeS);
    m_luma.insert(m_luma.end(), luma.datastart, luma.dataend);
    cv::Scalar mean, spread;
    cv::meanStdDev(luma, mean, spread);
    m_meanLuma.push_back(float(mean[0]));
    m_lumaSpread.push_back(float(spread[0]));
    float histogram[kBins] = {};
    for (int y = 0; y < hsv.rows; ++y) {
        const cv::Vec3b *row = hsv.ptr<cv::Vec3b>(y);
        for (int x = 0; x < hsv.cols; ++x) {
            const int h = std::min(7, row[x][0] * 8 / 180);
            const int s = std::min(2, row[x][1] * 3 / 256);
            const int v = std::min(2, row[x][2] * 3 / 256);
            histogram[(h * 3 + s) * 3 + v] += 1.0f / float(kPixels);
        }
    }
    m_histogram.insert(m_histogram.end(), histogram, histogram + kBins);
}

double ShotDetector::structureDistance(int a, int b) const
{
    // Brightness and contrast taken out: what is where, not how light it is.
    const uchar *la = m_luma.data() + qsizetype(a) * kPixels;
    const uchar *lb = m_luma.data() + qsizetype(b) * kPixels;
    const float ma = m_meanLuma[size_t(a)], mb = m_meanLuma[size_t(b)];
    const float sa = std::max(m_lumaSpread[size_t(a)], 4.0f), sb = std::max(m_lumaSpread[size_t(b)], 4.0f);
    double sum = 0;
    for (int i = 0; i < kPixels; ++i)
        sum += std::abs((float(la[i]) - ma) / sa - (float(lb[i]) - mb) / sb);
    return std::min(1.0, sum / kPixels / 1.6);
}

double ShotDetector::colourDistance(int a, int b) const
{
    const float *ha = m_histogram.data() + qsizetype(a) * kBins;
    const float *hb = m_histogram.data() + qsizetype(b) * kBins;
    double shared = 0;
    for (int i = 0; i < kBins; ++i)
        shared += std::min(ha[i], hb[i]);
    return std::clamp(1.0 - shared, 0.0, 1.0);
}

double ShotDetector::distance(int a, int b) const
{
    // Flat pictures (black, a white flash) have no structure to compare: colour speaks alone.
    const bool flat = m_lumaSpread[size_t(a)] < 6 || m_lumaSpread[size_t(b)] < 6;
    if (flat)
        return colourDistance(a, b);
    return 0.6 * structureDistance(a, b) + 0.4 * colourDistance(a, b);
}

bool ShotDetector::changedSharply() const
{
    const int n = frameCount();
    return n >= 2 && distance(n - 2, n - 1) >= kCutMinimum;
}

double ShotDetector::mixResidual(int a, int middle, int b) const
{
    // How far the middle frame is from the average of the two ends, against how far apart the
    // ends are: near 0 in a dissolve (its frames are mixes), near 1 or more in a pan.
    const uchar *la = m_luma.data() + qsizetype(a) * kPixels;
    const uchar *lm = m_luma.data() + qsizetype(middle) * kPixels;
    const uchar *lb = m_luma.data() + qsizetype(b) * kPixels;
    double residual = 0, apart = 0;
    for (int i = 0; i < kPixels; ++i) {
        residual += std::abs(double(lm[i]) - (double(la[i]) + double(lb[i])) / 2);
        apart += std::abs(double(la[i]) - double(lb[i]));
    }
    return apart > 0 ? residual / (apart / 2) : 1.0;
}

bool ShotDetector::isDark(int frame) const
{
    return m_meanLuma[size_t(frame)] < kDarkLuma && m_lumaSpread[size_t(frame)] < 12;
}

QList<ShotDetector::Boundary> ShotDetector::boundaries() const
{
    const int n = frameCount();
    QList<Boundary> found;
    if (n < 3)
        return found;
    // The rate of the frames given, which may be fewer than the clip's (frames skipped to save
    // decoding): the windows are about a second, the shortest shot 0.4 s.
    std::vector<double> gaps;
    for (int i = 1; i < n; ++i) {
        if (const double gap = m_times[size_t(i)] - m_times[size_t(i - 1)]; gap > 0)
            gaps.push_back(gap);
    }
    const double rate = gaps.empty() ? m_fps : std::clamp(1.0 / median(gaps), 1.0, 1000.0);
    const int window = std::clamp(int(std::lround(rate)), 8, 60);
    const int flashFrames = std::clamp(int(std::lround(rate / 8)), 2, 8);
    const int minShot = std::max(2, int(std::lround(rate * 0.4)));

    std::vector<double> step(size_t(n), 0.0); // step[i]: from frame i - 1 to frame i
    for (int i = 1; i < n; ++i)
        step[size_t(i)] = distance(i - 1, i);

    struct Candidate
    {
        int frame;
        Kind kind;
        double strength;
    };
    std::vector<Candidate> candidates;

    // Hard cuts: one step that stands out from its neighbours, after which the picture does
    // not come back, and that changes what is where, not only how light it is.
    for (int i = 1; i < n; ++i) {
        const double change = step[size_t(i)];
        if (change < kCutMinimum)
            continue;
        std::vector<double> around;
        for (int j = std::max(1, i - window); j <= std::min(n - 1, i + window); ++j) {
            if (std::abs(j - i) > 1)
                around.push_back(step[size_t(j)]);
        }
        if (change < kCutOverLocal * median(around) + 0.05)
            continue;
        // A flash, entering or leaving it: some frame before the step and some frame after it,
        // a few frames apart, show the same picture again.
        // The camera may move meanwhile: the picture comes back as near as the usual change
        // over that many frames allows.
        // Its colours come back too: a busy new shot (foliage, water, a crowd) changes so much
        // from frame to frame that its structure alone may seem to return.
        const double usual = median(around);
        const double colourReturn = std::max(kFlashColourReturn, 0.5 * colourDistance(i - 1, i));
        bool flash = false;
        for (int before = 0; before <= flashFrames && !flash; ++before) {
            for (int after = 0; before + after <= flashFrames && !flash; ++after) {
                if ((before > 0 || after > 0) && i - 1 - before >= 0 && i + after < n) {
                    const double allowed =
                        std::max(kFlashReturn * change, 1.5 * (before + after + 1) * usual + 0.05);
                    flash = distance(i - 1 - before, i + after) < std::min(allowed, 0.8 * change)
                        && colourDistance(i - 1 - before, i + after) < colourReturn;
                }
            }
        }
        if (flash)
            continue;
        const bool flat = m_lumaSpread[size_t(i - 1)] < 6 || m_lumaSpread[size_t(i)] < 6;
        if (!flat && structureDistance(i - 1, i) < kExposureOnly)
            continue;
        // A large step inside a dissolve seen through few frames (frames skipped to save
        // decoding): its neighbours change a lot too, and the frame is a mix of those around it.
        const bool withinDissolve = i >= 2 && i + 2 < n && step[size_t(i - 1)] > 0.4 * change
            && step[size_t(i + 1)] > 0.4 * change && mixResidual(i - 2, i, i + 2) < kMixResidual;
        candidates.push_back({ i, withinDissolve ? Kind::Dissolve : Kind::Cut, std::min(1.0, change) });
    }

    // Fades through black: a run of dark frames between pictures.
    for (int i = 0; i < n;) {
        if (!isDark(i)) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < n && isDark(end + 1))
            ++end;
        if (i > 0 && end + 1 < n)
            candidates.push_back({ (i + end + 1) / 2, Kind::Fade, 1.0 });
        i = end + 1;
    }

    // Dissolves: the ends of a stretch differ a lot, no one step carries it, and the middle is
    // a mix of the ends.
    for (const int half : { std::max(3, window / 3), std::max(5, window * 2 / 3) }) {
        for (int i = half; i + half < n; ++i) {
            const int a = i - half, b = i + half;
            const double change = distance(a, b);
            if (change < kGradualMinimum)
                continue;
            double largestStep = 0;
            for (int j = a + 1; j <= b; ++j)
                largestStep = std::max(largestStep, step[size_t(j)]);
            if (largestStep > 0.5 * change || isDark(a) || isDark(b) || isDark(i))
                continue;
            if (mixResidual(a, i, b) > kMixResidual)
                continue;
            // A moving camera keeps changing before and after; a dissolve settles.
            if (a - half >= 0 && b + half < n
                && (distance(a - half, a) > 0.5 * change || distance(b, b + half) > 0.5 * change))
                continue;
            candidates.push_back({ i, Kind::Dissolve, std::min(1.0, change) });
        }
    }

    // One boundary per place: the strongest within the shortest shot; cuts and fades before
    // dissolves found near them.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        const int rx = x.kind == Kind::Dissolve ? 1 : 0, ry = y.kind == Kind::Dissolve ? 1 : 0;
        return rx != ry ? rx < ry : x.strength > y.strength;
    });
    std::vector<Candidate> kept;
    for (const Candidate &candidate : candidates) {
        const int reach = candidate.kind == Kind::Dissolve ? window : minShot;
        const bool near = std::any_of(kept.cbegin(), kept.cend(), [&](const Candidate &k) {
            return std::abs(k.frame - candidate.frame) < std::max(reach, minShot);
        });
        if (!near && candidate.frame >= minShot / 2 && candidate.frame < n - 1)
            kept.push_back(candidate);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate &x, const Candidate &y) { return x.frame < y.frame; });
    for (const Candidate &k : kept)
        found.append({ m_times[size_t(k.frame)], k.kind, k.strength });
    return found;
}
