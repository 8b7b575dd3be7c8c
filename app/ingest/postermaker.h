#pragma once

// Makes a clip's poster again, in an isolated worker as ingest does: the frame at a time a person
// chose (the preview, reelatlas-cli poster --at), or the one ReelAtlas picks (--auto). One file
// at a time; requests made while one is under way wait their turn.
//
// Threading: a QObject of a thread with an event loop (the GUI thread; makeNow() runs its own).

#include "assetrecords.h"

#include <QObject>
#include <QQueue>

#include <optional>

class WorkerClient;

class PosterMaker final : public QObject
{
    Q_OBJECT

public:
    explicit PosterMaker(QObject *parent = nullptr);
    ~PosterMaker() override;

    // The poster of the clip at `path` (file-system bytes) at `atS` seconds, or picked by ReelAtlas
    // when empty; inspectorSize > 0 asks for a larger inspector-size picture. made() or failed()
    // follows, with `tag`.
    void make(qint64 tag, const QByteArray &path, std::optional<double> atS, int inspectorSize = 0);
    bool isBusy() const { return m_busy; }

    // The same, waiting for it (the command line).
    static std::optional<PosterRecord> makeNow(const QByteArray &path, std::optional<double> atS,
                                               int inspectorSize, QString &error);

Q_SIGNALS:
    void made(qint64 tag, const PosterRecord &poster);
    void failed(qint64 tag, const QString &error);

private:
    struct Request
    {
        qint64 tag;
        QByteArray path;
        std::optional<double> atS;
        int inspectorSize;
    };
    void next();

    WorkerClient *m_worker;
    QQueue<Request> m_queue;
    Request m_current {};
    bool m_busy = false;
};
