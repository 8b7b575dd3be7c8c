#pragma once

// Helpers shared by the tests: fixtures made at test time with the ffmpeg and heif-enc tools, and
// running the built programs.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QImage;
class QRect;

namespace TestSupport {

// Runs `program args`; returns true on exit status 0, else false with stderr in `error`.
bool run(const QString &program, const QStringList &args, QString *error = nullptr, int timeoutMs = 120'000);

// ffmpeg -nostdin -v error -y ARGS
bool ffmpeg(const QStringList &args, QString *error = nullptr);

// A short test clip: testsrc2 pattern with a moving counter, keyframe every second.
struct ClipSpec
{
    int width = 320;
    int height = 240;
    double seconds = 3;
    int fps = 25;
    QString videoCodec = QStringLiteral("libx264");
    QString pixelFormat = QStringLiteral("yuv420p");
    bool audio = true;
    QStringList extraOutputArgs; // e.g. -metadata, -color_trc
    QString source; // a lavfi graph instead of testsrc2
};
bool makeClip(const QString &path, const ClipSpec &spec, QString *error = nullptr);
// ClipSpec::extraOutputArgs for a clip filmed at `iso6709` ("+36.0671+120.3826/") at `utc`
// ("2024-06-21T11:20:00Z"), written where phones write them (QuickTime location, creation_time).
QStringList filmedAt(const QString &iso6709, const QString &utc);
// A JPEG photo of WxH (testsrc2).
bool makePhoto(const QString &path, int width, int height, QString *error = nullptr);

// Removes the folder at raw path `path` and everything in it, by the names' own bytes
// (QTemporaryDir removes by decoded names, which miss names that are not UTF-8).
bool removeTree(const QByteArray &path);

// Writes `bytes` to the file at raw path `path`.
bool writeFile(const QByteArray &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
QByteArray randomBytes(int size, quint32 seed);

// Mean luma of `area` of `image`, 0..1.
double meanLuma(const QImage &image, const QRect &area);

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built reelatlas-cli; with `fileSizeLimit`, no file it writes may grow past that many
// bytes (RLIMIT_FSIZE: the write that would is its end, as a full disk or a crash would be).
Result cli(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 300'000,
           qint64 fileSizeLimit = 0);
QString cliPath();
QString workerPath();

} // namespace TestSupport
