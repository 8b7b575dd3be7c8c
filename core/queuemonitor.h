#pragma once

// The catalog's job queue as the desktop shows it (database/jobqueue.h): how many jobs wait, run,
// are done or failed, and the jobs not done, read on a thread and a connection of its own and
// given back by signal; people's retry and cancel are written there too. The window asks again
// every few seconds while the queue is shown.
//
// Threading: used from the GUI thread; every read and write happens on the monitor's thread.

#include "jobqueue.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

class QueueMonitor final : public QObject
{
    Q_OBJECT

public:
    // The jobs not done shown at most (the counts are of all).
    static constexpr int kShown = 500;

    explicit QueueMonitor(const QString &catalog, QObject *parent = nullptr);
    ~QueueMonitor() override;

    void refresh();
    void retry(const QList<qint64> &ids);
    void cancel(const QList<qint64> &ids);

Q_SIGNALS:
    void loaded(const JobQueue::Counts &counts, const QList<JobQueue::Entry> &entries);
    void failed(const QString &error);

private:
    void onThread(std::function<void(JobQueue &, QString &)> work);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, holds the connection
    bool m_reading = false; // a refresh is under way: another is not queued behind it
};
