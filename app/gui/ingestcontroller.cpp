#include "ingestcontroller.h"

#include "scanner.h"

IngestController::IngestController(const QString &threadName, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<IngestProgress>();
    qRegisterMetaType<IngestSummary>();
    m_thread.setObjectName(threadName);
    m_thread.start();
}

IngestController::~IngestController()
{
    if (m_job) {
        // Stop at once on the job's own thread (its worker processes belong to that thread); what
        // is committed stays, and the next run resumes.
        QMetaObject::invokeMethod(m_job, &IngestJob::abort, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_job; // its thread has ended: nothing else can touch it now
}

IngestOptions IngestController::importOptions(const QString &catalogFolder, const QByteArrayList &paths,
                                              int workers)
{
    IngestOptions options;
    options.catalogFolder = catalogFolder;
    for (const QByteArray &path : paths)
        options.roots.append(Scanner::absolutePath(path));
    options.jobs = std::max(1, workers);
    return options;
}

void IngestController::start(IngestOptions options)
{
    if (m_job)
        return;
    if (options.workerProgram.isEmpty())
        options.workerProgram = WorkerClient::defaultProgram();
    m_job = new IngestJob(options);
    m_job->moveToThread(&m_thread);
    connect(m_job, &IngestJob::progressed, this, &IngestController::progressed);
    connect(m_job, &IngestJob::fileFailed, this, &IngestController::fileFailed);
    // Runs on the job's thread: the summary is copied there, then handed to the GUI thread, which
    // alone forgets and releases the job (so m_job never points at a deleted job).
    connect(m_job, &IngestJob::finished, m_job, [this, job = m_job] {
        const IngestSummary summary = job->summary();
        QMetaObject::invokeMethod(this, [this, job, summary] {
            if (m_job != job)
                return; // being destroyed
            m_job = nullptr;
            job->deleteLater();
            Q_EMIT finished(summary);
        });
    });
    QMetaObject::invokeMethod(m_job, &IngestJob::start, Qt::QueuedConnection);
    Q_EMIT started();
}

void IngestController::cancel()
{
    if (m_job)
        m_job->cancel();
}
