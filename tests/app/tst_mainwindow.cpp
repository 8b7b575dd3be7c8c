// The desktop window, offscreen, running the real import pipeline: an empty library, a folder
// imported through the window, the grid filled with posters, failures listed by name.

#include "assetlistmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("REELATLAS_WORKER", TestSupport::workerPath().toLocal8Bit());
        QString error;
        QDir().mkpath(m_dir.filePath(u"media"_s));
        TestSupport::ClipSpec spec;
        spec.seconds = 2;
        QVERIFY2(TestSupport::makeClip(m_dir.filePath(u"media/黄昏海边.mp4"_s), spec, &error),
                 qPrintable(error));
        QVERIFY2(TestSupport::makePhoto(m_dir.filePath(u"media/IMG_0001.jpg"_s), 800, 600, &error),
                 qPrintable(error));
        QVERIFY(
            TestSupport::writeFile(QFile::encodeName(m_dir.filePath(u"media/broken.mov"_s)), "not a movie"));
    }

    void importThroughTheWindow()
    {
        MainWindow window(m_dir.filePath(u"catalog"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>();
        auto *grid = window.findChild<QListView *>();
        QVERIFY(pages && grid);
        // A new catalog: the empty library invites an import.
        QTRY_COMPARE(pages->currentIndex(), 0);
        QTRY_VERIFY(window.findChildren<QLabel *>().size() > 0);

        window.importPaths({ m_dir.filePath(u"media"_s) });
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 3, 60'000);
        QTRY_COMPARE(pages->currentIndex(), 1);
        // The failure is listed by file and reason.
        QTreeWidget *failures = nullptr;
        QTRY_VERIFY((failures = window.findChild<QTreeWidget *>()) != nullptr);
        QCOMPARE(failures->topLevelItemCount(), 1);
        QVERIFY(failures->topLevelItem(0)->text(0).endsWith(u"broken.mov"_s));
        QVERIFY(!failures->topLevelItem(0)->text(1).isEmpty());
        // Posters arrive in the grid.
        QAbstractItemModel *model = grid->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(AssetListModel::StatusRole).toString() == "ok"_L1)
                QTRY_VERIFY(!index.data(AssetListModel::PosterRole).value<QImage>().isNull());
        }
        QVERIFY(!grid->grab().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
