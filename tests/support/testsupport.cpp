#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10'000)) {
        if (error)
            *error = u"cannot start %1: %2"_s.arg(program, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = u"%1 timed out"_s.arg(program);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                               QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool ffmpeg(const QStringList &args, QString *error)
{
    return run(u"ffmpeg"_s,
               QStringList { u"-nostdin"_s, u"-hide_banner"_s, u"-v"_s, u"error"_s, u"-y"_s } + args, error);
}

bool makeClip(const QString &path, const ClipSpec &spec, QString *error)
{
    const QString size = u"%1x%2"_s.arg(spec.width).arg(spec.height);
    const QString source = !spec.source.isEmpty()
        ? spec.source
        : u"testsrc2=s=%1:r=%2:d=%3"_s.arg(size).arg(spec.fps).arg(spec.seconds);
    QStringList args { u"-f"_s, u"lavfi"_s, u"-i"_s, source };
    if (spec.audio)
        args << u"-f"_s << u"lavfi"_s << u"-i"_s << u"sine=f=440:d=%1"_s.arg(spec.seconds);
    args << u"-t"_s << QString::number(spec.seconds) << u"-c:v"_s << spec.videoCodec << u"-pix_fmt"_s
         << spec.pixelFormat;
    if (spec.videoCodec == "libx264"_L1)
        args << u"-preset"_s << u"ultrafast"_s << u"-g"_s << QString::number(spec.fps);
    else if (spec.videoCodec == "libx265"_L1)
        args << u"-preset"_s << u"ultrafast"_s << u"-x265-params"_s
             << u"log-level=error:keyint=%1:min-keyint=%1"_s.arg(spec.fps);
    if (spec.audio)
        args << u"-c:a"_s << u"aac"_s;
    args << spec.extraOutputArgs << path;
    return ffmpeg(args, error);
}

QStringList filmedAt(const QString &iso6709, const QString &utc)
{
    return { u"-metadata"_s, u"location="_s + iso6709, u"-metadata"_s, u"creation_time="_s + utc,
             u"-movflags"_s, u"use_metadata_tags"_s };
}

bool makePhoto(const QString &path, int width, int height, QString *error)
{
    return ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=s=%1x%2"_s.arg(width).arg(height),
                    u"-frames:v"_s, u"1"_s, u"-q:v"_s, u"3"_s, path },
                  error);
}

bool writeFile(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    ::close(fd);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

double meanLuma(const QImage &image, const QRect &area)
{
    double sum = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x, ++count)
            sum += qGray(image.pixel(x, y));
    }
    return count ? sum / count / 255.0 : 0;
}

QString cliPath()
{
    return QStringLiteral(REELATLAS_CLI_PATH);
}

QString workerPath()
{
    return QStringLiteral(REELATLAS_WORKER_PATH);
}

bool removeTree(const QByteArray &path)
{
    if (DIR *dir = ::opendir(path.constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            const QByteArray child = path + '/' + name;
            struct stat st = {};
            if (::lstat(child.constData(), &st) == 0 && S_ISDIR(st.st_mode)) {
                ::chmod(child.constData(), 0700);
                removeTree(child);
            } else {
                ::unlink(child.constData());
            }
        }
        ::closedir(dir);
    }
    return ::rmdir(path.constData()) == 0;
}

Result cli(const QStringList &args, const QProcessEnvironment &extra, int timeoutMs, qint64 fileSizeLimit)
{
    QProcess process;
    if (fileSizeLimit > 0)
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"REELATLAS_CATALOG"_s);
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), args);
    Result result;
    if (!process.waitForStarted(10'000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "reelatlas-cli did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace TestSupport
