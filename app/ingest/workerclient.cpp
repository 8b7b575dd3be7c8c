#include "workerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Per worker: far above what any real file needs (a 4K HEVC decode is ~300 MB), low enough that a
// hostile file cannot take the machine's memory.
constexpr int kWorkerMemoryMb = 3072;

} // namespace

WorkerClient::WorkerClient(QString program, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WorkerClient::onTimeout);
}

WorkerClient::~WorkerClient()
{
    stop();
}

QString WorkerClient::defaultProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("REELATLAS_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"reelatlas-worker"_s);
}

void WorkerClient::send(const QCborMap &request)
{
    Q_ASSERT(!m_busy);
    m_request = request;
    m_request.insert(u"id"_s, m_nextId++);
    m_busy = true;
    m_timedOut = false;
    if (!m_process) {
        m_process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(u"REELATLAS_WORKER_MEMORY_MB"_s))
            environment.insert(u"REELATLAS_WORKER_MEMORY_MB"_s, QString::number(kWorkerMemoryMb));
        m_process->setProcessEnvironment(environment);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        // The worker's stderr is FFmpeg's and the libraries' chatter; reasons come back in replies.
        if (!qEnvironmentVariableIsSet("REELATLAS_WORKER_STDERR"))
            m_process->setStandardErrorFile(QProcess::nullDevice());
        else
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &WorkerClient::onReadyRead);
        connect(m_process, &QProcess::finished, this, &WorkerClient::onFinished);
        connect(m_process, &QProcess::errorOccurred, this, &WorkerClient::onErrorOccurred);
        m_reader = WorkerProtocol::Reader();
        m_process->start(m_program, {});
        if (!m_process) // failed to start at once (no file descriptors, no processes left)
            return;
    }
    m_timer.start(m_timeoutMs);
    m_process->write(WorkerProtocol::encode(m_request));
}

void WorkerClient::stop()
{
    ++m_generation;
    m_timer.stop();
    const bool busy = m_busy;
    m_busy = false;
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (!busy && process->state() == QProcess::Running) {
        QCborMap quit;
        quit.insert(u"op"_s, u"quit"_s);
        process->write(WorkerProtocol::encode(quit));
        process->closeWriteChannel();
        if (!process->waitForFinished(2000))
            process->kill();
    } else {
        process->kill();
    }
    process->waitForFinished(2000);
    process->deleteLater(); // stop() may run inside one of the process's own signals
}

void WorkerClient::killProcess()
{
    m_timer.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->kill();
    process->waitForFinished(2000);
    process->deleteLater();
}

void WorkerClient::onReadyRead()
{
    if (!m_process)
        return;
    m_reader.append(m_process->readAllStandardOutput());
    QCborMap reply;
    while (m_reader.next(reply)) {
        if (!m_busy || reply.value("id"_L1) != m_request.value("id"_L1))
            continue; // a late reply to a request already given up on
        m_timer.stop();
        m_busy = false;
        const QCborMap request = m_request;
        Q_EMIT replied(request, reply);
    }
    if (!m_reader.error().isEmpty())
        fail(tr("the media worker sent garbled data (%1)").arg(m_reader.error()), Failure::Garbled);
}

void WorkerClient::onTimeout()
{
    if (!m_busy)
        return;
    m_timedOut = true;
    fail(tr("timed out: the media worker spent more than %1 s on this file and was stopped")
             .arg(m_timeoutMs / 1000.0, 0, 'g', 3),
         Failure::TimedOut);
}

void WorkerClient::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_busy) { // ended between requests: start afresh next time
        killProcess();
        return;
    }
    if (status == QProcess::CrashExit)
        fail(
            tr("the media worker crashed on this file (%1)").arg(QString::fromLocal8Bit(strsignal(exitCode))),
            Failure::Crashed);
    else
        fail(tr("the media worker quit on this file (exit status %1)").arg(exitCode), Failure::Crashed);
}

void WorkerClient::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("cannot start the media worker %1: %2").arg(m_program, m_process->errorString()),
             Failure::StartFailed);
    // Crashes arrive through finished(); timeouts through our own timer.
}

void WorkerClient::fail(const QString &reason, Failure failure)
{
    killProcess();
    if (!m_busy)
        return;
    // Emitted from the event loop, never from inside send() or a QProcess signal: the receiver may
    // be in the middle of changing its own state. Busy until then, so nobody sends meanwhile.
    const QCborMap request = m_request;
    QMetaObject::invokeMethod(
        this,
        [this, request, reason, failure, generation = m_generation] {
            if (generation != m_generation)
                return; // stopped since
            m_busy = false;
            Q_EMIT failed(request, reason, failure);
        },
        Qt::QueuedConnection);
}
