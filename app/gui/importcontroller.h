#pragma once

// Runs an IngestJob (the same pipeline as reelatlas-cli ingest) on a thread of its own and reports
// its progress to the GUI thread.
//
// Threading: created and used on the GUI thread; the job lives on the controller's thread.

#include "ingestjob.h"

#include <QObject>
#include <QThread>

class ImportController final : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_job != nullptr; }
    // Imports `paths` with `workers` worker processes at once.
    // `paths`: the file system's bytes.
    void start(const QString &catalogFolder, const QByteArrayList &paths, int workers);
    void cancel();

Q_SIGNALS:
    void started();
    void progressed(const IngestProgress &progress);
    void fileFailed(const QString &path, const QString &reason);
    void finished(const IngestSummary &summary);

private:
    QThread m_thread;
    IngestJob *m_job = nullptr;
};
