#pragma once

// One reelatlas-worker process seen from the coordinator: sends one request at a time, times it
// out, and notices crashes. A worker that crashed, hung or broke the protocol is killed; the next
// request starts a fresh one.
//
// Threading: a QObject of the thread that runs the ingest; needs that thread's event loop.

#include "workerprotocol.h"

#include <QCborMap>
#include <QObject>
#include <QProcess>
#include <QTimer>

class WorkerClient final : public QObject
{
    Q_OBJECT

public:
    enum class Failure { Crashed, TimedOut, Garbled, StartFailed };
    Q_ENUM(Failure)

    // What a batch's workers may take, together: at most three quarters of the machine's memory,
    // 3 GiB each (far above what a real file needs: a 4K HEVC decode is ~300 MB), and no
    // fewer than 1 GiB each, so that more workers than fit are not started. Each also gets
    // a CPU-time limit per file, twice the wall-clock timeout (decoders may run a second thread).
    struct Limits
    {
        int jobs = 1; // workers at once (fewer than asked when they do not fit)
        int memoryMb = 0; // each
        int cpuSeconds = 0; // each, per file
        int niceness = 0; // 0: normal; 10: background work that gives way to everything else
    };
    static Limits limitsFor(int jobs, int timeoutMs, bool background = false);

    WorkerClient(QString program, int timeoutMs, QObject *parent = nullptr);
    WorkerClient(QString program, int timeoutMs, const Limits &limits, QObject *parent = nullptr);
    ~WorkerClient() override;

    // $REELATLAS_WORKER, else reelatlas-worker next to the running program.
    static QString defaultProgram();

    bool isBusy() const { return m_busy; }
    // Sends `request` (starting the process if needed). Exactly one of replied() or failed()
    // follows.
    void send(const QCborMap &request);
    // Ends the process (politely if idle). A failure already on its way is dropped.
    void stop();

Q_SIGNALS:
    void replied(const QCborMap &request, const QCborMap &reply);
    // The worker crashed, hung past the timeout, or could not be started; `reason` is for people.
    void failed(const QCborMap &request, const QString &reason, WorkerClient::Failure failure);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void fail(const QString &reason, Failure failure);
    void killProcess();

    const QString m_program;
    const int m_timeoutMs;
    const Limits m_limits;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    WorkerProtocol::Reader m_reader;
    QCborMap m_request;
    bool m_busy = false; // true from send() until replied() or failed() is emitted
    quint64 m_generation = 0; // bumped by stop(): failures queued before it are stale
    bool m_timedOut = false;
    qint64 m_nextId = 1;
};
