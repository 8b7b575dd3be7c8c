#include "ffmpegutil.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
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

MemoryInput::MemoryInput(QByteArrayView data)
    : m_data(data)
{
    constexpr int kBufferSize = 64 * 1024;
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBufferSize));
    if (!buffer)
        return;
    m_context =
        avio_alloc_context(buffer, kBufferSize, 0, this, &MemoryInput::read, nullptr, &MemoryInput::seek);
    if (!m_context)
        av_free(buffer);
}

MemoryInput::~MemoryInput()
{
    if (m_context) {
        av_freep(&m_context->buffer); // FFmpeg may have replaced the buffer it was given
        avio_context_free(&m_context);
    }
}

int MemoryInput::read(void *opaque, uint8_t *buffer, int size)
{
    auto *self = static_cast<MemoryInput *>(opaque);
    const qint64 left = self->m_data.size() - self->m_position;
    if (left <= 0 || size <= 0)
        return AVERROR_EOF;
    const int count = int(std::min<qint64>(size, left));
    memcpy(buffer, self->m_data.data() + self->m_position, size_t(count));
    self->m_position += count;
    return count;
}

int64_t MemoryInput::seek(void *opaque, int64_t offset, int whence)
{
    auto *self = static_cast<MemoryInput *>(opaque);
    const qint64 size = self->m_data.size();
    if (whence & AVSEEK_SIZE)
        return size;
    qint64 base = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET:
        break;
    case SEEK_CUR:
        base = self->m_position;
        break;
    case SEEK_END:
        base = size;
        break;
    default:
        return AVERROR(EINVAL);
    }
    // As a file: anywhere from its start on (past the end, reading gives end of file).
    if (offset < -base || offset > std::numeric_limits<qint64>::max() - base)
        return AVERROR(EINVAL);
    self->m_position = base + offset;
    return self->m_position;
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
