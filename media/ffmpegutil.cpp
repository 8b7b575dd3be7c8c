#include "ffmpegutil.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace FFmpeg {

namespace {

struct CaptureState
{
    LogCapture *active = nullptr;
    QStringList errors;
};

thread_local CaptureState t_capture;
bool g_echo = false;

void logCallback(void *avcl, int level, const char *fmt, va_list vl)
{
    if (g_echo)
        av_log_default_callback(avcl, level, fmt, vl);
    if (level > AV_LOG_ERROR || !t_capture.active)
        return;
    char line[512];
    int printPrefix = 1;
    av_log_format_line2(avcl, level, fmt, vl, line, sizeof line, &printPrefix);
    QString message = QString::fromUtf8(line).trimmed();
    // "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55d0] moov atom not found" -> "moov atom not found"
    if (message.startsWith(u'[')) {
        const qsizetype close = message.indexOf(u"] ");
        if (close > 0)
            message = message.mid(close + 2);
    }
    if (message.isEmpty() || t_capture.errors.contains(message))
        return;
    if (t_capture.errors.size() < 8)
        t_capture.errors.append(message);
}

} // namespace

QString errorString(int errnum)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

void installLogHandler()
{
    g_echo = qEnvironmentVariableIsSet("REELATLAS_FFMPEG_LOG");
    av_log_set_callback(logCallback);
}

LogCapture::LogCapture()
    : m_previous(t_capture.active)
{
    static std::once_flag once;
    std::call_once(once, installLogHandler);
    t_capture.active = this;
    t_capture.errors.clear();
}

LogCapture::~LogCapture()
{
    t_capture.active = m_previous;
}

QStringList LogCapture::errors() const
{
    return t_capture.errors;
}

QString LogCapture::firstError() const
{
    return t_capture.errors.value(0);
}

void LogCapture::clear()
{
    t_capture.errors.clear();
}

} // namespace FFmpeg
