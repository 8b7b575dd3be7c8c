// The desktop's work queue (View > Work Queue), on both engines: the counts and the jobs not
// done as the workers left them, Retry and Cancel on the chosen ones, and a folder queued from
// the File menu.

#include "backends.h"
#include "catalog.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "queuepanel.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestQueuePanel : public QObject
{
    Q_OBJECT

    QString m_catalog;

    bool refreshed(QueuePanel &panel)
    {
        QSignalSpy spy(&panel, &QueuePanel::refreshed);
        panel.refresh();
        return spy.wait(10'000);
    }

    QTreeWidgetItem *row(QueuePanel &panel, const QString &fileEnd)
    {
        auto *jobs = panel.findChild<QTreeWidget *>(u"queueJobs"_s);
        for (int i = 0; i < jobs->topLevelItemCount(); ++i) {
            if (jobs->topLevelItem(i)->text(0).endsWith(fileEnd))
                return jobs->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        CatalogSession session(m_catalog);
        JobQueue queue(session.db());
        QCOMPARE(queue.queueFiles({ "/nas/broken.mp4", "/nas/海边/黄昏.mp4", "/nas/a.mp4", "/nas/b.mp4" },
                                  u"office"_s, error),
                 4);
        // One failed three times, one running on a machine, one done, one waiting.
        for (int attempt = 0; attempt < JobQueue::kMaxAttempts; ++attempt) {
            const auto bad = queue.take(u"w"_s, u"render-pc"_s, 1, 600, error);
            QVERIFY(bad && bad->size() == 1);
            QCOMPARE(bad->at(0).pathRaw, QByteArray("/nas/broken.mp4"));
            QVERIFY(queue.failAttempt(bad->at(0).id, u"w"_s, u"moov atom not found"_s, error));
            QVERIFY(QSqlQuery(session.db())
                        .exec(u"UPDATE jobs SET lease_until = NULL WHERE state = 'waiting'"_s));
        }
        const auto taken = queue.take(u"w"_s, u"render-pc"_s, 2, 600, error); // 黄昏, a
        QVERIFY(taken && taken->size() == 2);
        QVERIFY(queue.finish(taken->at(1).id, u"w"_s, error));
    }

    void showsTheQueueAsTheWorkersLeftIt()
    {
        QueuePanel panel(m_catalog);
        panel.resize(900, 300);
        QSignalSpy spy(&panel, &QueuePanel::refreshed);
        panel.show(); // reads the queue when shown
        QVERIFY(spy.wait(10'000));
        QCOMPARE(panel.summaryText(), u"1 waiting · 1 running · 1 done · 1 failed · 0 cancelled"_s);
        QCOMPARE(panel.rowCount(), 3); // the done job is not listed
        QTreeWidgetItem *running = row(panel, u"黄昏.mp4"_s);
        QVERIFY(running);
        QCOMPARE(running->text(2), u"Running on render-pc"_s);
        QTreeWidgetItem *failed = row(panel, u"broken.mp4"_s);
        QVERIFY(failed);
        QCOMPARE(failed->text(2), u"Failed"_s);
        QCOMPARE(failed->text(3), u"3"_s);
        QCOMPARE(failed->text(4), u"moov atom not found"_s);

        // Retry: only for failed or cancelled jobs.
        auto *retry = panel.findChild<QPushButton *>(u"queueRetry"_s);
        auto *cancel = panel.findChild<QPushButton *>(u"queueCancel"_s);
        running->setSelected(true);
        QVERIFY(!retry->isEnabled());
        QVERIFY(cancel->isEnabled());
        running->setSelected(false);
        failed->setSelected(true);
        QVERIFY(retry->isEnabled());
        QVERIFY(!cancel->isEnabled());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.summaryText().startsWith(u"2 waiting"_s) || (refreshed(panel), false),
                                 10'000);
        QCOMPARE(row(panel, u"broken.mp4"_s)->text(3), u"0"_s);
        QVERIFY(row(panel, u"broken.mp4"_s)->isSelected()); // the choice kept across readings

        // Cancel the waiting ones: out of the queue, listed as cancelled.
        auto *jobs = panel.findChild<QTreeWidget *>(u"queueJobs"_s);
        jobs->clearSelection();
        row(panel, u"b.mp4"_s)->setSelected(true);
        row(panel, u"broken.mp4"_s)->setSelected(true);
        panel.findChild<QPushButton *>(u"queueCancel"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.summaryText().endsWith(u"2 cancelled"_s) || (refreshed(panel), false),
                                 10'000);
        QCOMPARE(row(panel, u"b.mp4"_s)->text(2), u"Cancelled"_s);
    }

    void aFolderIsQueuedFromTheFileMenu()
    {
        QTemporaryDir media;
        TestSupport::ClipSpec spec;
        spec.seconds = 1;
        QString error;
        QVERIFY2(TestSupport::makeClip(media.filePath(u"港口.mp4"_s), spec, &error), qPrintable(error));
        QVERIFY(TestSupport::makePhoto(media.filePath(u"灯塔.jpg"_s), 64, 48));
        MainWindow window(m_catalog);
        window.show();
        auto *dock = window.findChild<QDockWidget *>(u"queueDock"_s);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QVERIFY(window.findChild<QAction *>(u"queueViewAction"_s));
        window.queuePaths({ QFile::encodeName(media.path()) });
        // Queued on a worker thread; the queue is shown with the two new jobs waiting.
        auto *panel = window.findChild<QueuePanel *>(u"queuePanel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(row(*panel, u"港口.mp4"_s) && row(*panel, u"灯塔.jpg"_s), 20'000);
        QCOMPARE(row(*panel, u"港口.mp4"_s)->text(2), u"Waiting"_s);
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestQueuePanel)
#include "tst_queuepanel.moc"
