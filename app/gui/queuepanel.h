#pragma once

// The work queue (View > Work Queue): the batch work queued in the catalog for the machines'
// workers ("ingest --queue", "reelatlas-cli worker"). How many jobs wait, run, are done and
// failed; the jobs not done, each with its file, its work, where it runs and why it failed; and
// Retry and Cancel for the chosen ones. Read by a QueueMonitor (its own thread), again every few
// seconds while the panel is shown.
//
// Threading: GUI thread.

#include "jobqueue.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QueueMonitor;

class QueuePanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 2000;

    explicit QueuePanel(const QString &catalog, QWidget *parent = nullptr);
    ~QueuePanel() override;

    void refresh();
    QString summaryText() const;
    int rowCount() const;

Q_SIGNALS:
    // Each time the queue was read (tests wait for it).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const JobQueue::Counts &counts, const QList<JobQueue::Entry> &entries);
    QList<qint64> chosen() const;
    void updateButtons();

    QueueMonitor *m_monitor;
    QLabel *m_summary;
    QTreeWidget *m_jobs;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTimer m_timer;
};
