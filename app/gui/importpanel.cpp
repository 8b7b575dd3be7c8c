#include "importpanel.h"

#include "durationtext.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportPanel::ImportPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_current(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_failuresLabel(new QLabel(this))
    , m_failures(new QTreeWidget(this))
    , m_advice(new QLabel(this))
    , m_optimize(new QPushButton(tr("Optimize Catalog…"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_current->setForegroundRole(QPalette::PlaceholderText);
    m_current->setMinimumWidth(100);
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cancel->setToolTip(tr("Stop importing; what is done is kept, and adding the folder again resumes"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &ImportPanel::closeRequested);
    m_failures->setColumnCount(2);
    m_failures->setHeaderLabels({ tr("File"), tr("Reason") });
    m_failures->setRootIsDecorated(false);
    m_failures->setAlternatingRowColors(true);
    m_failures->setUniformRowHeights(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_failures->setColumnWidth(0, 480);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_status, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_close);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    auto *advice = new QHBoxLayout;
    advice->addWidget(m_advice, 1);
    advice->addWidget(m_optimize);
    layout->addLayout(advice);
    m_advice->setWordWrap(true);
    m_advice->setText(tr("The catalog has grown a lot since it was last optimized. Optimizing it keeps "
                         "searches fast after the computer restarts; it takes about a minute for a "
                         "million clips and photos."));
    m_optimize->setObjectName(u"optimizeSuggestion"_s);
    m_advice->hide();
    m_optimize->hide();
    layout->addWidget(m_failuresLabel);
    layout->addWidget(m_failures, 1);
    m_failuresLabel->hide();
    m_failures->hide();
    m_close->hide();
}

void ImportPanel::started(const QByteArrayList &paths)
{
    m_advice->hide();
    m_optimize->hide();
    m_listed.clear();
    m_failures->clear();
    m_failures->hide();
    m_failuresLabel->hide();
    m_title->setText(paths.size() == 1
                         ? tr("Importing %1").arg(IngestJob::displayPath(paths.first()))
                         : tr("Importing %n folder(s) and file(s)", nullptr, int(paths.size())));
    m_status->setText(tr("Looking for clips and photos…"));
    m_current->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_close->hide();
}

void ImportPanel::progressed(const IngestProgress &progress)
{
    QStringList parts;
    parts.append(progress.scanning ? tr("%1 done, %2 found so far").arg(progress.done).arg(progress.found)
                                   : tr("%1 of %2").arg(progress.done).arg(progress.found));
    parts += pace(progress);
    if (progress.failed > 0)
        parts.append(tr("%n failed", nullptr, progress.failed));
    m_status->setText(parts.join(u"  ·  "_s));
    if (progress.scanning || progress.found == 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, progress.found);
        m_progress->setValue(progress.done);
    }
    if (!progress.currentPath.isEmpty())
        m_current->setText(m_current->fontMetrics().elidedText(QDir::toNativeSeparators(progress.currentPath),
                                                               Qt::ElideMiddle,
                                                               std::max(100, m_current->width())));
}

QStringList ImportPanel::pace(const IngestProgress &progress)
{
    QStringList parts;
    if (progress.filesPerSecond > 0)
        parts.append(tr("%1 files/s").arg(QLocale().toString(progress.filesPerSecond, 'f', 1)));
    if (progress.etaSeconds >= 0 && progress.done < progress.found)
        parts.append(tr("%1 left").arg(DurationText::clock(progress.etaSeconds)));
    return parts;
}

void ImportPanel::addFailure(const QString &path, const QString &reason)
{
    if (m_listed.contains(path))
        return;
    m_listed.insert(path);
    auto *item = new QTreeWidgetItem({ QDir::toNativeSeparators(path), reason });
    item->setToolTip(0, path);
    item->setToolTip(1, reason);
    m_failures->addTopLevelItem(item);
    m_failures->show();
    m_failuresLabel->show();
    m_failuresLabel->setText(tr("%n file(s) could not be imported. Files that failed are in the library, "
                                "marked as failed, with the reason.",
                                nullptr, m_failures->topLevelItemCount()));
}

void ImportPanel::fileFailed(const QString &path, const QString &reason)
{
    addFailure(path, reason);
}

void ImportPanel::finished(const IngestSummary &summary)
{
    for (const FileNote &note : summary.failures)
        addFailure(note.path, note.reason);
    for (const FileNote &note : summary.skips)
        addFailure(note.path, tr("Skipped: %1").arg(note.reason));
    if (!summary.fatalError.isEmpty())
        m_title->setText(tr("Import failed"));
    else if (summary.cancelled)
        m_title->setText(tr("Import stopped"));
    else
        m_title->setText(tr("Import finished"));
    if (!summary.fatalError.isEmpty())
        m_status->setText(summary.fatalError);
    else if (summary.cancelled)
        m_status->setText(tr("%1 added, %2 failed. Add the folder again to resume.")
                              .arg(summary.added)
                              .arg(summary.failed));
    else
        m_status->setText(tr("%1 added, %2 updated, %3 unchanged, %4 moved, %5 failed in %6")
                              .arg(summary.added)
                              .arg(summary.updated)
                              .arg(summary.unchanged)
                              .arg(summary.relinked)
                              .arg(summary.failed)
                              .arg(DurationText::clock(summary.seconds)));
    m_progress->hide();
    m_current->clear();
    m_cancel->hide();
    m_close->show();
}

int ImportPanel::failureCount() const
{
    return m_failures->topLevelItemCount();
}

QString ImportPanel::statusText() const
{
    return m_title->text() + u": "_s + m_status->text();
}

void ImportPanel::suggestOptimizing(QAction *optimize)
{
    m_optimize->disconnect();
    connect(m_optimize, &QPushButton::clicked, optimize, &QAction::trigger);
    connect(m_optimize, &QPushButton::clicked, m_advice, &QWidget::hide);
    connect(m_optimize, &QPushButton::clicked, m_optimize, &QWidget::hide);
    m_advice->show();
    m_optimize->show();
}

bool ImportPanel::isSuggestingOptimizing() const
{
    return m_optimize->isVisibleTo(this);
}
