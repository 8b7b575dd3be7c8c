#include "workerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWorkerMemoryMb = 3072;
constexpr int kWorkerMinimumMemoryMb = 1024;

qint64 physicalMemoryMb()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / (1024 * 1024) : 4096;
}

} // namespace

WorkerClient::Limits WorkerClient::limitsFor(int jobs, int timeoutMs, bool background)
{
    const qint64 budgetMb = physicalMemoryMb() * 3 / 4;
    Limits limits;
    limits.jobs = int(std::clamp<qint64>(budgetMb / kWorkerMinimumMemoryMb, 1, std::max(1, jobs)));
    limits.memoryMb = int(std::clamp<qint64>(budgetMb / limits.jobs, 256, kWorkerMemoryMb));
    limits.cpuSeconds = std::max(10, 2 * ((timeoutMs + 999) / 1000));
    limits.niceness = background ? 10 : 0;
    return limits;
}

WorkerClient::WorkerClient(QString program, int timeoutMs, QObject *parent)
    : WorkerClient(std::move(program), timeoutMs, limitsFor(1, timeoutMs), parent)
{
}

WorkerClient::WorkerClient(QString program, int timeoutMs, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
    , m_limits(limits)
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
        // Set here unless the environment says otherwise (tests make them small).
        if (!environment.contains(u"REELATLAS_WORKER_MEMORY_MB"_s))
            environment.insert(u"REELATLAS_WORKER_MEMORY_MB"_s, QString::number(m_limits.memoryMb));
        // Files run in parallel, one decoding thread each (LibRaw's OpenMP reads this at start).
        if (!environment.contains(u"OMP_NUM_THREADS"_s))
            environment.insert(u"OMP_NUM_THREADS"_s, u"1"_s);
        if (!environment.contains(u"REELATLAS_WORKER_CPU_SECONDS"_s))
            environment.insert(u"REELATLAS_WORKER_CPU_SECONDS"_s, QString::number(m_limits.cpuSeconds));
        if (m_limits.niceness > 0)
            environment.insert(u"REELATLAS_WORKER_NICE"_s, QString::number(m_limits.niceness));
#ifdef __SANITIZE_ADDRESS__
        // AddressSanitizer's shadow memory is terabytes of address space, which no data-segment
        // limit allows: in a sanitizer build the worker leaves that limit out, and the sanitizer
        // keeps the memory in bounds itself (allocations fail beyond the resident size given).
        const QString memoryMb = environment.value(u"REELATLAS_WORKER_MEMORY_MB"_s);
        QString asan = environment.value(u"ASAN_OPTIONS"_s);
        asan += (asan.isEmpty() ? u""_s : u":"_s)
            + u"soft_rss_limit_mb=%1:allocator_may_return_null=1"_s.arg(memoryMb);
        environment.insert(u"ASAN_OPTIONS"_s, asan);
#endif
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
    if (status == QProcess::CrashExit && exitCode == SIGXCPU)
        // Not tried again: it would cost the whole time again (like a hang).
        fail(tr("stopped: the media worker used more than %1 s of processor time on this file")
                 .arg(m_limits.cpuSeconds),
             Failure::TimedOut);
    else if (status == QProcess::CrashExit)
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
