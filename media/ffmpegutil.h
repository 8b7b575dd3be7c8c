#pragma once

// RAII owners for FFmpeg resources and small helpers shared by the media layer.
// Threading: everything here is reentrant; the log capture is per thread.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <memory>

struct AVFormatContextCloser
{
    void operator()(AVFormatContext *ctx) const { avformat_close_input(&ctx); }
};
struct AVCodecContextFreer
{
    void operator()(AVCodecContext *ctx) const { avcodec_free_context(&ctx); }
};
struct AVFrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct AVPacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct SwsContextFreer
{
    void operator()(SwsContext *ctx) const { sws_freeContext(ctx); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, AVFormatContextCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, AVCodecContextFreer>;
using FramePtr = std::unique_ptr<AVFrame, AVFrameFreer>;
using PacketPtr = std::unique_ptr<AVPacket, AVPacketFreer>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextFreer>;

namespace FFmpeg {

// "Invalid data found when processing input" for an AVERROR code.
QString errorString(int errnum);

// Routes FFmpeg's log through a per-thread collector so that the first error messages a demuxer or
// decoder prints (e.g. "moov atom not found") can be given to the user as the reason a file failed.
// Installed by the first LogCapture; messages on threads without an active LogCapture are
// dropped unless REELATLAS_FFMPEG_LOG is set in the environment.
void installLogHandler();

// A file already in memory, for avformat_open_input: an AVIOContext reading (and seeking in)
// `data`, which must outlive it. Set it as AVFormatContext::pb with AVFMT_FLAG_CUSTOM_IO, and close
// the format context before this goes.
class MemoryInput final
{
public:
    explicit MemoryInput(QByteArrayView data);
    ~MemoryInput();
    Q_DISABLE_COPY_MOVE(MemoryInput)

    AVIOContext *context() const { return m_context; } // nullptr when out of memory

private:
    static int read(void *opaque, uint8_t *buffer, int size);
    static int64_t seek(void *opaque, int64_t offset, int whence);

    QByteArrayView m_data;
    qint64 m_position = 0;
    AVIOContext *m_context = nullptr;
};

class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    // Distinct error-level messages seen so far, oldest first, at most a handful.
    QStringList errors() const;
    // The first error message, or an empty string.
    QString firstError() const;
    void clear();

private:
    LogCapture *m_previous;
};

} // namespace FFmpeg
