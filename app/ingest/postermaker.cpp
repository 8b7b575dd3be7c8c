#include "postermaker.h"

#include "thumbnailstore.h"
#include "workerclient.h"
#include "workerprotocol.h"

#include <QCborArray>
#include <QEventLoop>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Decoding one frame takes a fraction of a second; a damaged or huge file gets what ingest gives it.
constexpr int kTimeoutMs = 120'000;

} // namespace

PosterMaker::PosterMaker(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkerClient(WorkerClient::defaultProgram(), kTimeoutMs, this))
{
    connect(m_worker, &WorkerClient::replied, this, [this](const QCborMap &, const QCborMap &reply) {
        const Request request = m_current;
        m_busy = false;
        const QCborMap pictures = reply.value("pictures"_L1).toMap();
        PosterRecord poster;
        for (const StoredThumbnail &picture :
             WorkerProtocol::thumbnailsOf(pictures.value("thumbnails"_L1).toArray())) {
            if (picture.kind == ThumbnailStore::Poster || picture.kind == ThumbnailStore::PosterLarge)
                poster.pictures.append(picture);
        }
        if (pictures.value("poster_time_s"_L1).isDouble())
            poster.timeS = pictures.value("poster_time_s"_L1).toDouble();
        if (pictures.value("poster_chosen_s"_L1).isDouble())
            poster.chosenS = pictures.value("poster_chosen_s"_L1).toDouble();
        QString error;
        const QString status = reply.value("status"_L1).toString();
        if (status == "vanished"_L1)
            error = tr("the file is not there (moved, deleted, or its drive is not connected)");
        else if (status != "ok"_L1)
            error = reply.value("error"_L1).toString(tr("the file cannot be read"));
        else if (poster.pictures.isEmpty())
            error = tr("no picture could be decoded");
        else if (request.atS && !poster.chosenS)
            error = tr("no picture could be decoded at %1 s").arg(QLocale().toString(*request.atS, 'f', 2));
        if (error.isEmpty())
            Q_EMIT made(request.tag, poster);
        else
            Q_EMIT failed(request.tag, error);
        next();
    });
    connect(m_worker, &WorkerClient::failed, this,
            [this](const QCborMap &, const QString &reason, WorkerClient::Failure) {
                m_busy = false;
                Q_EMIT failed(m_current.tag, reason);
                next();
            });
}

PosterMaker::~PosterMaker() = default;

void PosterMaker::make(qint64 tag, const QByteArray &path, std::optional<double> atS, int inspectorSize)
{
    m_queue.enqueue(Request { tag, path, atS, inspectorSize });
    if (!m_busy)
        next();
}

void PosterMaker::next()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_busy = true;
    QCborMap request;
    request.insert(u"op"_s, u"process"_s);
    request.insert(u"path"_s, m_current.path);
    if (m_current.atS)
        request.insert(u"poster_at_s"_s, *m_current.atS);
    if (m_current.inspectorSize > 0)
        request.insert(u"inspector_size"_s, m_current.inspectorSize);
    m_worker->send(request);
}

std::optional<PosterRecord> PosterMaker::makeNow(const QByteArray &path, std::optional<double> atS,
                                                 int inspectorSize, QString &error)
{
    PosterMaker maker;
    QEventLoop loop;
    std::optional<PosterRecord> out;
    connect(&maker, &PosterMaker::made, &loop, [&](qint64, const PosterRecord &poster) {
        out = poster;
        loop.quit();
    });
    connect(&maker, &PosterMaker::failed, &loop, [&](qint64, const QString &reason) {
        error = reason;
        loop.quit();
    });
    maker.make(0, path, atS, inspectorSize);
    loop.exec();
    return out;
}
