#pragma once

// Shot boundaries of a clip from its frames, decoded small (a few dozen pixels wide is enough):
// hard cuts, dissolves and fades through black. What is not a boundary, and why it is told apart:
// - a camera flash or a lightning strike: the picture jumps and comes back within a few frames
//   (each frame is compared with the frames after the jump, not only with its neighbour);
// - an exposure change, lights switched on: the brightness moves, the structure stays (the
//   structure is compared with brightness and contrast taken out);
// - a fast pan (drones), handheld shake, a moving crowd: every frame differs from the last by
//   about as much, so no single change stands out from its neighbours (adaptive threshold), and
//   the picture in the middle of a pan is not a mix of its ends, as a dissolve's is.
//
// Feed frames in order with addFrame(), then call boundaries(). Memory: ~1 KB a frame.
//
// Threading: one detector per clip, used on one thread.

#include <QList>
#include <QtGlobal>

#include <vector>

class ShotDetector final
{
public:
    enum class Kind { Cut, Dissolve, Fade };
    struct Boundary
    {
        double timeS = 0; // where the new shot starts (a dissolve's middle)
        Kind kind = Kind::Cut;
        double strength = 0; // how clearly (0..1)
    };

    // `fps`: the frame rate, when the frames' times cannot tell it (defaults to 25).
    explicit ShotDetector(double fps = 25);

    // One frame, 8-bit RGB rows (`stride` bytes apart), any size (it is reduced).
    void addFrame(double timeS, const uchar *rgb, int width, int height, qsizetype stride);
    int frameCount() const { return int(m_times.size()); }
    // Whether the last frame differs from the one before as much as a cut does: the first frame
    // of a shot, perhaps (a flash or a whip pan too; boundaries() tells them apart).
    bool changedSharply() const;

    // The boundaries found, in time order (the clip's start is not one).
    QList<Boundary> boundaries() const;

    // The size frames are compared at: decode no larger than this.
    static constexpr int kWidth = 32;
    static constexpr int kHeight = 18;

private:
    static constexpr int kPixels = kWidth * kHeight;
    static constexpr int kBins = 8 * 3 * 3; // hue × saturation × value

    double structureDistance(int a, int b) const;
    double colourDistance(int a, int b) const;
    double distance(int a, int b) const;
    double mixResidual(int a, int middle, int b) const;
    bool isDark(int frame) const;

    double m_fps;
    std::vector<double> m_times;
    std::vector<uchar> m_luma; // kPixels a frame
    std::vector<float> m_histogram; // kBins a frame, each summing to 1
    std::vector<float> m_meanLuma; // of each frame, 0..255
    std::vector<float> m_lumaSpread; // standard deviation, 0..255
};
