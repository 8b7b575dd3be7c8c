// The desktop window on a catalog shared on a PostgreSQL server: what another workstation (here a
// reelatlas-cli process) changes shows in the open window by itself, a moment later, through
// the catalog's announcements (ChangeFeed); the window's own changes are not announced back to it.

#include "assetgridview.h"
#include "assetlistmodel.h"
#include "catalog.h"
#include "catalogfixtures.h"
#include "changefeed.h"
#include "inspector.h"
#include "librarypage.h"
#include "librarysidebar.h"
#include "mainwindow.h"
#include "pgserver.h"
#include "recordspage.h"
#include "sidebarmodel.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestServerWindow : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QTemporaryDir m_dir;
    QString m_url;

    // The count the sidebar shows for tag `path` (-1: not shown).
    static int tagCount(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(SidebarModel::PathRole).toString() == path)
                return index.data(SidebarModel::CountRole).toInt();
            if (const int found = tagCount(model, path, index); found >= 0)
                return found;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(u"shared"_s, &error), qPrintable(error));
        m_url = m_server.url(u"shared"_s);
        QVERIFY2(Catalog::prepare(m_url, Catalog::OpenMode::Create, error), qPrintable(error));
        CatalogSession session(m_url);
        CatalogFixtures::Asset asset;
        asset.path = "/nas/footage/古镇.mp4";
        asset.title = u"古镇清晨"_s;
        QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
    }

    void othersChangesShowByThemselves()
    {
        MainWindow window(m_url);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *feed = window.findChild<ChangeFeed *>();
        QVERIFY(feed);
        QTRY_VERIFY_WITH_TIMEOUT(feed->isListening(), 10'000);
        QAbstractItemModel *grid = window.findChild<AssetGridView *>()->model();
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 1, 10'000);
        auto *signedIn = window.findChild<QLabel *>(u"signedInLabel"_s);
        QVERIFY(signedIn);
        QTRY_COMPARE(signedIn->text(), u"Signed in as reelatlas (owner)"_s); // who, in the status bar
        const QAbstractItemModel *sidebar = nullptr;
        for (const QTreeView *tree : window.findChildren<QTreeView *>()) {
            if (qobject_cast<const SidebarModel *>(tree->model()))
                sidebar = tree->model();
        }
        QVERIFY(sidebar);
        QTRY_COMPARE_WITH_TIMEOUT(tagCount(sidebar, u"天气/晴"_s), 0, 10'000); // the sidebar read

        // Another workstation tags the clip: the sidebar counts it, without anything done here.
        QSignalSpy announced(feed, &ChangeFeed::changed);
        auto result = TestSupport::cli(
            { u"--catalog"_s, m_url, u"tag"_s, u"add"_s, u"天气/晴"_s, u"--query"_s, u"古镇"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagCount(sidebar, u"天气/晴"_s), 1, 10'000);
        qInfo("the other workstation's tag shown %lld ms after its command ended", shown.elapsed());
        QVERIFY(!announced.isEmpty());
        QVERIFY2(announced.first().first().toStringList().contains(u"asset_tags"_s),
                 qPrintable(announced.first().first().toStringList().join(u' ')));

        // …and imports a photo: the grid shows it.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"media"_s)));
        QString error;
        QVERIFY2(TestSupport::makePhoto(m_dir.filePath(u"media/栈桥.jpg"_s), 640, 480, &error),
                 qPrintable(error));
        QProcessEnvironment environment;
        environment.insert(u"REELATLAS_WORKER"_s, TestSupport::workerPath());
        result =
            TestSupport::cli({ u"--catalog"_s, m_url, u"ingest"_s, m_dir.filePath(u"media"_s) }, environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        shown.restart();
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 2, 10'000);
        qInfo("the other workstation's import shown %lld ms after its command ended", shown.elapsed());

        // …and renames the clip and marks it offline (psql: any program): the grid, the search
        // and its facets show it, and the window reads again those rows, not the whole catalog.
        auto *assets = qobject_cast<AssetListModel *>(grid);
        QVERIFY(assets);
        // What the import wrote last may still be said (a burst is said at most once a second):
        // not counted below.
        QTest::qWait(ChangeFeed::kAtMostEveryMs + 500);
        QSignalSpy listed(assets, &AssetListModel::loaded);
        QSignalSpy rows(feed, &ChangeFeed::rowsChanged);
        announced.clear();
        window.search(u"古镇 status:offline"_s); // the filter tested on the window's table of facts
        QTRY_COMPARE(grid->rowCount(), 0);
        QString out;
        QVERIFY2(m_server.psql(
                     u"shared"_s,
                     u"UPDATE assets SET title = '古镇黄昏', status = 'offline' WHERE title = '古镇清晨'"_s,
                     &out, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 1, 10'000); // the table's row, read again
        QTRY_COMPARE_WITH_TIMEOUT(grid->index(0, 0).data(Qt::DisplayRole).toString(), u"古镇黄昏"_s, 10'000);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toString(), u"assets"_s);
        QCOMPARE(rows.first().at(1).value<QList<qint64>>().size(), 1);
        for (const QList<QVariant> &tables : std::as_const(announced))
            QVERIFY2(!tables.first().toStringList().contains(u"assets"_s), "assets read whole");
        QCOMPARE(listed.size(), 0);
        window.search(u"古镇黄昏 status:ok"_s);
        QTRY_COMPARE(grid->rowCount(), 0);
        QVERIFY2(
            m_server.psql(u"shared"_s,
                          u"UPDATE assets SET title = '古镇清晨', status = 'ok' WHERE title = '古镇黄昏'"_s,
                          &out, &error),
            qPrintable(error));
        window.search(u"古镇清晨 status:ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), 1, 10'000);

        // The window's own change is not announced back to it.
        announced.clear();
        window.search(u"古镇"_s);
        QTRY_COMPARE(grid->rowCount(), 1);
        {
            CatalogSession session(m_url); // this program's own session
            CatalogFixtures::Asset asset;
            asset.path = "/nas/footage/mine.mp4";
            QVERIFY(CatalogFixtures::add(session, asset, &error));
        }
        QTest::qWait(3 * ChangeFeed::kGatherMs);
        QVERIFY(announced.isEmpty());

        // Where this computer finds the share, mapped by another program: the files the window
        // opens (drags, plays, makes posters of) are there from then on (database/pathmap.h).
        window.search(u"古镇清晨"_s);
        QTRY_COMPARE(grid->rowCount(), 1);
        const QString here = m_dir.filePath(u"mounted-here"_s);
        result = TestSupport::cli({ u"--catalog"_s, m_url, u"paths"_s, u"map"_s, u"/nas/footage"_s, here });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(grid->index(0, 0).data(AssetListModel::RawPathRole).toByteArray(),
                                  QFile::encodeName(here) + QByteArray("/古镇.mp4"), 10'000);
    }

    // A burst of changes (a worker's batch, another's edits one after another) is said at most
    // once a second, each saying making the windows search again; the first is said at once, and
    // the last is said too.
    void aBurstOfChangesIsSaidAtMostOnceASecond()
    {
        ChangeFeed feed(m_url);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 10'000);
        QElapsedTimer clock;
        QList<qint64> said; // when, from the first change
        connect(&feed, &ChangeFeed::rowsChanged, this, [&] { said.append(clock.elapsed()); });
        QString out, error;
        clock.start();
        qint64 firstChange = -1, lastChange = 0;
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(m_server.psql(u"shared"_s,
                                   u"UPDATE assets SET notes = 'take %1' WHERE path LIKE '%古镇%'"_s.arg(i),
                                   &out, &error),
                     qPrintable(error));
            lastChange = clock.elapsed();
            if (firstChange < 0)
                firstChange = lastChange;
            QTest::qWait(100);
        }
        QTest::qWait(2 * ChangeFeed::kAtMostEveryMs);
        const QString when = [&] {
            QStringList times;
            for (const qint64 at : std::as_const(said))
                times.append(QString::number(at));
            return times.join(u' ') + u" ms; the changes from %1 to %2 ms"_s.arg(firstChange).arg(lastChange);
        }();
        QVERIFY2(said.size() >= 2, qPrintable(when));
        QVERIFY2(said.first() <= firstChange + ChangeFeed::kAtMostEveryMs, qPrintable(when)); // at once
        for (qsizetype i = 1; i < said.size(); ++i)
            QVERIFY2(said.at(i) - said.at(i - 1) >= ChangeFeed::kAtMostEveryMs - 50, qPrintable(when));
        // The last change said too: gathered after it was made.
        QVERIFY2(said.last() >= lastChange + ChangeFeed::kGatherMs - 50, qPrintable(when));
    }

    // The server restarts under an open window: its feed listens again, and what changed while
    // it could not hear is shown.
    void theWindowFollowsAServerRestart()
    {
        MainWindow window(m_url);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *feed = window.findChild<ChangeFeed *>();
        QTRY_VERIFY_WITH_TIMEOUT(feed->isListening(), 10'000);
        QAbstractItemModel *grid = window.findChild<AssetGridView *>()->model();
        QTRY_VERIFY_WITH_TIMEOUT(grid->rowCount() > 0, 10'000);
        const int before = grid->rowCount();

        QString error;
        QVERIFY2(m_server.stop(false, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isListening(), 10'000);
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // Another workstation imports at once: heard, or (before the feed listens again) read
        // when it does.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"after-restart"_s)));
        QVERIFY2(TestSupport::makePhoto(m_dir.filePath(u"after-restart/重启之后.jpg"_s), 320, 240, &error),
                 qPrintable(error));
        QProcessEnvironment environment;
        environment.insert(u"REELATLAS_WORKER"_s, TestSupport::workerPath());
        const auto result = TestSupport::cli(
            { u"--catalog"_s, m_url, u"ingest"_s, m_dir.filePath(u"after-restart"_s) }, environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(feed->isListening(), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(grid->rowCount(), before + 1, 15'000);
    }

    // A viewer's window offers nothing that writes: the server would refuse it anyway.
    void aViewersWindowOffersNoEdits()
    {
        QString error;
        {
            CatalogSession owner(m_url);
            bool refused = false;
            QVERIFY2(Catalog::addUser(owner, u"looker"_s, u"viewer"_s, {}, refused, error),
                     qPrintable(error));
        }
        MainWindow window(m_server.url(u"shared"_s, u"looker"_s));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *signedIn = window.findChild<QLabel *>(u"signedInLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn->text().startsWith(u"Signed in as looker (viewer"_s), 10'000);
        for (const char *name : { "queueFolderAction", "analyseAction", "optimizeAction" }) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && !action->isVisible() && !action->isEnabled(), name);
        }
        for (const LibraryPage::Action which :
             { LibraryPage::Action::Tag, LibraryPage::Action::Remove, LibraryPage::Action::SaveSearch })
            QVERIFY(!window.libraryPage()->action(which)->isVisible());
        QVERIFY(window.libraryPage()->action(LibraryPage::Action::Preview)->isVisible()); // reading is
        QVERIFY(!window.libraryPage()->findChild<QWidget *>(u"saveSearchButton"_s)->isVisible());

        // The inspector shows the clip's fields, read-only, and offers no new tag.
        QAbstractItemModel *grid = window.findChild<AssetGridView *>()->model();
        QTRY_VERIFY_WITH_TIMEOUT(grid->rowCount() >= 1, 10'000);
        window.libraryPage()->selectAll();
        Inspector *inspector = window.libraryPage()->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->ids().isEmpty(), 10'000);
        QVERIFY(inspector->isReadOnly());
        auto *title = inspector->findChild<QLineEdit *>(u"title"_s);
        QVERIFY(title && title->isReadOnly());
        QVERIFY(!inspector->findChild<QLineEdit *>(u"tagEditor"_s)->isVisible());
        QVERIFY(!window.acceptDrops());

        // The sidebar's menus (tags, saved searches, volumes: all of them write) do not open.
        auto *sidebar = window.findChild<LibrarySidebar *>();
        QVERIFY(sidebar);
        bool menuShown = false;
        QTimer::singleShot(500, [&] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                menuShown = true;
                popup->close();
            }
        });
        const QModelIndex saved = sidebar->sidebarModel()->indexForKey(u"section:saved"_s);
        QVERIFY(saved.isValid());
        Q_EMIT sidebar->customContextMenuRequested(sidebar->visualRect(saved).center());
        QTest::qWait(700);
        QVERIFY(!menuShown);

        // A location page: no New, its form read-only, no Save.
        QVERIFY(window.findChild<QAction *>(u"queueViewAction"_s)); // the queue may be looked at
        window.showCollection(u"locations"_s);
        RecordsPage *page = window.recordsPage(u"locations"_s);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!page->findChild<QWidget *>(u"newRecord"_s)->isVisible());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
