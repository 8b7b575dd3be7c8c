#pragma once

// Runs an IngestJob (the same pipeline as reelatlas-cli ingest and analyze) on a thread of its
// own and reports its progress to the GUI thread. The window has one for imports and one for the
// background analysis.
//
// Threading: created and used on the GUI thread; the job lives on the controller's thread.

#include "ingestjob.h"

#include <QObject>
#include <QThread>

class IngestController final : public QObject
{
    Q_OBJECT

public:
    explicit IngestController(const QString &threadName, QObject *parent = nullptr);
    ~IngestController() override;

    bool isRunning() const { return m_job != nullptr; }
    // Runs a job with `options` (nothing if one is running). An empty worker program is
    // WorkerClient::defaultProgram().
    void start(IngestOptions options);
    // Stops taking new work; files under way finish and are saved, then finished() follows.
    void cancel();

    // An import of `paths` (the file system's bytes) with `workers` worker processes at once.
    static IngestOptions importOptions(const QString &catalogFolder, const QByteArrayList &paths,
                                       int workers);

Q_SIGNALS:
    void started();
    void progressed(const IngestProgress &progress);
    void fileFailed(const QString &path, const QString &reason);
    void finished(const IngestSummary &summary);

private:
    QThread m_thread;
    IngestJob *m_job = nullptr;
};
