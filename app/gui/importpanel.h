#pragma once

// The import panel: what an import is doing (files done of found, rate, time left, the file
// being read), a Cancel button, and the files that could not be imported, each with its reason,
// listed as they fail.
//
// Threading: GUI thread.

#include "ingestjob.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class ImportPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPanel(QWidget *parent = nullptr);

    void started(const QByteArrayList &paths); // the file system's bytes
    void progressed(const IngestProgress &progress);
    void fileFailed(const QString &path, const QString &reason);
    void finished(const IngestSummary &summary);

    int failureCount() const;
    // After a large import: a line saying the catalog would search faster from a cold start once
    // optimized, with a button for `optimize` (hidden again when the next import starts).
    void suggestOptimizing(QAction *optimize);
    bool isSuggestingOptimizing() const;
    // "12.3 files/s", "2 min left": how fast a batch goes and how long it has to go, as known.
    static QStringList pace(const IngestProgress &progress);
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();
    void closeRequested();

private:
    void addFailure(const QString &path, const QString &reason);

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_current;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QLabel *m_failuresLabel;
    QTreeWidget *m_failures;
    QLabel *m_advice;
    QPushButton *m_optimize;
    QSet<QString> m_listed;
};
