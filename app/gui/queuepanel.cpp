#include "queuepanel.h"

#include "ingestjob.h"
#include "queuemonitor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column { File, Work, State, Attempts, Reason, Columns };

} // namespace

QueuePanel::QueuePanel(const QString &catalog, QWidget *parent)
    : QWidget(parent)
    , m_monitor(new QueueMonitor(catalog, this))
    , m_summary(new QLabel(this))
    , m_jobs(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel &Jobs"), this))
{
    m_summary->setObjectName(u"queueSummary"_s);
    m_summary->setText(tr("Reading the queue…"));
    m_summary->setWordWrap(true);
    m_jobs->setObjectName(u"queueJobs"_s);
    m_jobs->setRootIsDecorated(false);
    m_jobs->setUniformRowHeights(true);
    m_jobs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobs->setColumnCount(Columns);
    m_jobs->setHeaderLabels({ tr("File"), tr("Work"), tr("State"), tr("Attempts"), tr("Reason") });
    m_jobs->header()->setSectionResizeMode(File, QHeaderView::Interactive);
    m_jobs->header()->resizeSection(File, 420);
    m_jobs->header()->setStretchLastSection(true);
    m_retry->setObjectName(u"queueRetry"_s);
    m_retry->setToolTip(tr("Put the chosen failed or cancelled jobs back in the queue"));
    m_cancel->setObjectName(u"queueCancel"_s);
    m_cancel->setToolTip(tr("Take the chosen waiting or running jobs out of the queue"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_jobs, 1);

    connect(m_monitor, &QueueMonitor::loaded, this, &QueuePanel::display);
    connect(m_monitor, &QueueMonitor::failed, this, [this](const QString &error) {
        m_summary->setText(tr("The queue cannot be read: %1").arg(error));
        Q_EMIT refreshed();
    });
    connect(m_jobs, &QTreeWidget::itemSelectionChanged, this, &QueuePanel::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, [this] { m_monitor->retry(chosen()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_monitor->cancel(chosen()); });
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &QueuePanel::refresh);
    updateButtons();
}

QueuePanel::~QueuePanel() = default;

void QueuePanel::refresh()
{
    m_monitor->refresh();
}

QString QueuePanel::summaryText() const
{
    return m_summary->text();
}

int QueuePanel::rowCount() const
{
    return m_jobs->topLevelItemCount();
}

void QueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void QueuePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void QueuePanel::display(const JobQueue::Counts &counts, const QList<JobQueue::Entry> &entries)
{
    if (counts.waiting + counts.running + counts.done + counts.failed + counts.cancelled == 0)
        m_summary->setText(
            tr("Nothing is queued. File ▸ Queue Folder for Workers…, or \"reelatlas-cli ingest "
               "--queue\", queues files for \"reelatlas-cli worker\" on any machine to do."));
    else
        m_summary->setText(tr("%1 waiting · %2 running · %3 done · %4 failed · %5 cancelled")
                               .arg(counts.waiting)
                               .arg(counts.running)
                               .arg(counts.done)
                               .arg(counts.failed)
                               .arg(counts.cancelled));
    // The rows again, the choice kept by job.
    const QList<qint64> wasChosen = chosen();
    const QSet<qint64> keep(wasChosen.cbegin(), wasChosen.cend());
    m_jobs->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const JobQueue::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(File, IngestJob::displayPath(entry.pathRaw));
        item->setToolTip(File, item->text(File));
        item->setText(Work, entry.kind == JobQueue::Kind::Analyze ? tr("Analyse") : tr("Catalogue"));
        QString state;
        if (entry.state == "running"_L1)
            state = tr("Running on %1").arg(entry.host);
        else if (entry.state == "waiting"_L1)
            state = tr("Waiting");
        else if (entry.state == "failed"_L1)
            state = tr("Failed");
        else
            state = tr("Cancelled");
        item->setText(State, state);
        item->setData(State, Qt::UserRole, entry.state);
        item->setText(Attempts, QString::number(entry.attempts));
        item->setText(Reason, entry.error);
        item->setToolTip(Reason, entry.error);
        item->setData(File, Qt::UserRole, entry.id);
        items.append(item);
    }
    m_jobs->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (keep.contains(item->data(File, Qt::UserRole).toLongLong()))
            item->setSelected(true);
    }
    updateButtons();
    Q_EMIT refreshed();
}

QList<qint64> QueuePanel::chosen() const
{
    QList<qint64> ids;
    const QList<QTreeWidgetItem *> items = m_jobs->selectedItems();
    for (const QTreeWidgetItem *item : items)
        ids.append(item->data(File, Qt::UserRole).toLongLong());
    return ids;
}

void QueuePanel::updateButtons()
{
    bool retryable = false, cancellable = false;
    const QList<QTreeWidgetItem *> items = m_jobs->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        const QString state = item->data(State, Qt::UserRole).toString();
        retryable = retryable || state == "failed"_L1 || state == "cancelled"_L1;
        cancellable = cancellable || state == "waiting"_L1 || state == "running"_L1;
    }
    m_retry->setEnabled(retryable);
    m_cancel->setEnabled(cancellable);
}
