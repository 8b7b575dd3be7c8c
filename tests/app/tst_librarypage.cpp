// The library page on its own, without a main window: it shows the catalog's search, tags and
// removes the selected clips through its own dialogs (answered by the test through the Dialogs
// seam), undoably, and follows changes made elsewhere (another page, the undo stack) by itself.

#include "assetgridview.h"
#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "catalogfixtures.h"
#include "catalogreader.h"
#include "dialogs.h"
#include "editcommands.h"
#include "inspector.h"
#include "librarypage.h"
#include "tagstore.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class TestLibraryPage : public QObject
{
    Q_OBJECT

private:
    QMap<QString, int> tags() const { return CatalogFixtures::tagCounts(m_catalog); }

    qint64 assetCount() const
    {
        CatalogSession session(m_catalog);
        QString error;
        return AssetStore(session.db()).count(error).value_or(-1);
    }

    // Searches and waits until the page shows that search's result; the ids shown, sorted.
    QList<qint64> shownFor(const QString &text)
    {
        QSignalSpy shown(m_page.get(), &LibraryPage::searchShown);
        m_page->search(text);
        if (!shown.wait(10'000))
            return { -1 };
        return sorted(m_page->visibleIds());
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    void select(const QList<qint64> &ids)
    {
        auto *grid = m_page->findChild<AssetGridView *>();
        QItemSelectionModel *selection = grid->selectionModel();
        selection->clear();
        const QList<qint64> shown = m_page->visibleIds();
        for (const qint64 id : ids) {
            const QModelIndex index = grid->model()->index(int(shown.indexOf(id)), 0);
            QVERIFY(index.isValid());
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
        QCOMPARE(sorted(m_page->selectedIds()), sorted(ids));
    }

    // Does `act`, and waits for the catalog to have the change and the page to show it again.
    template<typename Act> bool changeAndWait(Act act)
    {
        QSignalSpy changed(m_editor.get(), &CatalogEditor::changed);
        QSignalSpy shown(m_page.get(), &LibraryPage::searchShown);
        act();
        return changed.wait(10'000) && (!shown.isEmpty() || shown.wait(10'000));
    }

    QString m_catalog; // a new one for each test, on each engine
    std::unique_ptr<CatalogEditor> m_editor;
    std::unique_ptr<CatalogReader> m_reader;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LibraryPage> m_page;
    QList<qint64> m_ids; // the four clips, in the order made

private Q_SLOTS:
    void init()
    {
        m_catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        m_ids.clear();
        {
            CatalogSession session(m_catalog);
            const QList<QStringList> tagged {
                { u"场景/老街"_s }, { u"场景/老街"_s, u"天气/晴"_s }, { u"场景/海边"_s }, { u"天气/晴"_s }
            };
            for (qsizetype i = 0; i < tagged.size(); ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/m/clip" + QByteArray::number(i) + ".mp4";
                asset.title = u"clip %1"_s.arg(i);
                asset.tags = tagged.at(i);
                const auto id = CatalogFixtures::add(session, asset, &error);
                QVERIFY2(id, qPrintable(error));
                m_ids.append(*id);
            }
        }
        m_editor = std::make_unique<CatalogEditor>(m_catalog);
        m_reader = std::make_unique<CatalogReader>(m_catalog);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<LibraryPage>(m_catalog, m_reader.get(), m_editor.get(), m_undo.get());
        QSignalSpy loaded(m_page.get(), &LibraryPage::loaded);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(shownFor(QString()), sorted(m_ids));
    }

    void cleanup()
    {
        // An answer a test set and no dialog asked for is a test that did not do what it says.
        QVERIFY2(Dialogs::reset(), "a dialog answer was set but not asked for");
        m_page.reset();
        m_undo.reset();
        m_reader.reset();
        m_editor.reset();
    }

    void searchAndFacets()
    {
        QSignalSpy facets(m_page.get(), &LibraryPage::facetsShown);
        QCOMPARE(shownFor(u"tag:天气/晴"_s), (QList<qint64> { m_ids[1], m_ids[3] }));
        QTRY_VERIFY_WITH_TIMEOUT(!facets.isEmpty(), 10'000);
        QCOMPARE(facets.last().first().value<FacetCounts>().text, u"tag:天气/晴"_s);
        QCOMPARE(m_page->currentSearch(), std::pair(u"tag:天气/晴"_s, u"relevance"_s));
    }

    void tagSelectedAsksForTheTag()
    {
        select({ m_ids[0], m_ids[2] });
        Dialogs::setNextItem(u"天气/雨"_s);
        QVERIFY(changeAndWait([&] { m_page->action(LibraryPage::Action::Tag)->trigger(); }));
        QCOMPARE(tags().value(u"天气/雨"_s), 2);
        QCOMPARE(shownFor(u"tag:天气/雨"_s), (QList<qint64> { m_ids[0], m_ids[2] }));

        QVERIFY(changeAndWait([&] { m_undo->undo(); }));
        QCOMPARE(tags().value(u"天气/雨"_s, 0), 0);
        QCOMPARE(shownFor(u"tag:天气/雨"_s), QList<qint64>());
    }

    void cancelledTagChangesNothing()
    {
        select({ m_ids[0] });
        const auto before = tags();
        Dialogs::setNextItem(std::nullopt);
        m_page->action(LibraryPage::Action::Tag)->trigger();
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(tags(), before);
    }

    void removeAsksFirst()
    {
        select({ m_ids[1] });
        Dialogs::setNextAnswer(QMessageBox::No);
        m_page->action(LibraryPage::Action::Remove)->trigger();
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(m_page->visibleIds().size(), 4);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(changeAndWait([&] { m_page->action(LibraryPage::Action::Remove)->trigger(); }));
        QCOMPARE(assetCount(), 3);
        QCOMPARE(sorted(m_page->visibleIds()), (QList<qint64> { m_ids[0], m_ids[2], m_ids[3] }));

        QVERIFY(changeAndWait([&] { m_undo->undo(); }));
        QCOMPARE(assetCount(), 4);
        // The model reads the restored rows again: they show when it has them.
        QTRY_COMPARE(sorted(m_page->visibleIds()), sorted(m_ids));
    }

    // Typing faster than the catalog answers: six prefixes asked before any answer can be
    // handled; the answers to the older ones (sent or dropped by the reader, however its thread is
    // scheduled) never reach the screen, the last one is shown once.
    // A first answer shows what it found at once, then the whole answer the rest; one that found
    // nothing in its time leaves what is shown as it is ("Searching…") until the whole answer.
    void firstAnswersAreShownUntilTheWhole()
    {
        const auto restore = qScopeGuard([] {
            CatalogReader::setFirstAnswer(int(CatalogReader::kFirstAnswer));
            CatalogReader::setPrefetching(true);
        });
        CatalogReader::setFirstAnswer(2); // the two catalogued last come first
        CatalogReader::setPrefetching(false); // (else the whole may come before the first)
        QSignalSpy shown(m_page.get(), &LibraryPage::searchShown);
        QSignalSpy answered(m_reader.get(), &CatalogReader::searched);
        m_page->search(u"clip"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 2, 10'000);
        QCOMPARE(shown.first().first().value<SearchResult>().ids, (QList<qint64> { m_ids[3], m_ids[2] }));
        QVERIFY(!shown.first().first().value<SearchResult>().complete);
        QCOMPARE(sorted(m_page->visibleIds()), sorted(m_ids));

        // Enough assets for the words that looking through them outlasts no time at all.
        {
            CatalogSession session(m_catalog);
            for (int i = 0; i < 300; ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/m/more/clip" + QByteArray::number(i) + ".mp4";
                asset.posterColor = QColor();
                QString error;
                QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
            }
        }
        CatalogReader::setFirstAnswer(2, 0);
        shown.clear();
        answered.clear();
        const QList<qint64> before = m_page->visibleIds();
        QList<qint64> duringFirst { -1 }; // what the page shows once it has the first answer
        QObject context;
        connect(m_reader.get(), &CatalogReader::searched, &context, [&](const SearchResult &result) {
            if (!result.complete)
                duringFirst = m_page->visibleIds();
        });
        m_page->search(u"clip dur:>1000"_s); // matches nothing
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() == 2, 10'000);
        QVERIFY(!answered.first().first().value<SearchResult>().complete);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 1, 10'000); // only the whole answer was shown
        QVERIFY(shown.first().first().value<SearchResult>().complete);
        QVERIFY(m_page->visibleIds().isEmpty());
        QVERIFY(!before.isEmpty());
        QCOMPARE(duringFirst, before);
    }

    void typingFasterThanTheCatalogAnswers()
    {
        QSignalSpy shown(m_page.get(), &LibraryPage::searchShown);
        QSignalSpy answered(m_reader.get(), &CatalogReader::searched);
        for (const QString &typed : { u"t"_s, u"ta"_s, u"tag"_s, u"tag:"_s, u"tag:场"_s, u"tag:场景/老街"_s })
            m_page->search(typed);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10'000);
        QTest::qWait(300); // an older answer would follow now
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().value<SearchResult>().text, u"tag:场景/老街"_s);
        QCOMPARE(answered.last().first().value<SearchResult>().text, u"tag:场景/老街"_s);
        QCOMPARE(sorted(m_page->visibleIds()), (QList<qint64> { m_ids[0], m_ids[1] }));
    }

    // A change made by someone else (another page's command on the shared undo stack) reaches the
    // page through the editor: the search on screen runs again.
    // "Select all" is one range of rows, read by ranges (never an index per row), and comes back
    // as one range when the result is shown again after an edit.
    void selectAllIsHeldAsRanges()
    {
        auto *grid = m_page->findChild<AssetGridView *>();
        m_page->selectAll();
        QCOMPARE(grid->selectionModel()->selection().size(), 1);
        QCOMPARE(m_page->selectedCount(), 4);
        QCOMPARE(sorted(m_page->selectedIds()), sorted(m_ids));

        Dialogs::setNextItem(u"天气/雨"_s);
        QVERIFY(changeAndWait([&] { m_page->action(LibraryPage::Action::Tag)->trigger(); }));
        QCOMPARE(tags().value(u"天气/雨"_s), 4);
        QTRY_COMPARE(sorted(m_page->selectedIds()), sorted(m_ids));
        QCOMPARE(grid->selectionModel()->selection().size(), 1);

        // Two rows apart and one chosen twice: each once.
        select({ m_ids[0], m_ids[2] });
        const QModelIndex again = grid->model()->index(int(m_page->visibleIds().indexOf(m_ids[0])), 0);
        grid->selectionModel()->select(QItemSelection(again, again), QItemSelectionModel::Select);
        QCOMPARE(m_page->selectedCount(), 2);
        QCOMPARE(sorted(m_page->selectedIds()), sorted({ m_ids[0], m_ids[2] }));
    }

    // A title someone else changed while it was shown here: the page shows both and asks; theirs
    // is kept, or yours saved over it, never overwritten silently.
    void aTitleChangedElsewhereIsNotOverwritten()
    {
        select({ m_ids[0] });
        auto *title = m_page->inspector()->findChild<QLineEdit *>(u"title"_s);
        QVERIFY(title);
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), u"clip 0"_s, 10'000);
        const auto titleInCatalog = [&] {
            CatalogSession session(m_catalog, true);
            return AssetStore(session.db())
                .assetJson(m_ids[0])
                .value_or(QJsonObject())
                .value(u"title"_s)
                .toString();
        };
        const auto theyRename = [&](const QString &name) { // another workstation
            CatalogSession session(m_catalog);
            QString error;
            QVERIFY2(AssetStore(session.db()).setField({ m_ids[0] }, u"title"_s, name, error),
                     qPrintable(error));
        };
        const auto type = [&](const QString &text) {
            title->setFocus();
            title->selectAll();
            QTest::keyClicks(title, text);
            QTest::keyClick(title, Qt::Key_Return); // saved now
            QVERIFY(m_editor->flush());
        };
        theyRename(u"他们的标题"_s);
        Dialogs::setNextAnswer(QMessageBox::Discard); // keep theirs
        type(u"mine"_s);
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), u"他们的标题"_s, 10'000); // theirs, shown
        QCOMPARE(titleInCatalog(), u"他们的标题"_s);
        QVERIFY(Dialogs::reset()); // it was asked
        // Now that theirs is shown, an edit saves without asking.
        type(u"mine"_s);
        QTRY_COMPARE_WITH_TIMEOUT(titleInCatalog(), u"mine"_s, 10'000);
        // Theirs again, and this time yours is saved over it.
        theyRename(u"又改了"_s);
        Dialogs::setNextAnswer(QMessageBox::Save);
        type(u"mine again"_s);
        QTRY_COMPARE_WITH_TIMEOUT(titleInCatalog(), u"mine again"_s, 10'000);
        QVERIFY(Dialogs::reset());
    }

    void followsChangesMadeElsewhere()
    {
        QCOMPARE(shownFor(u"tag:天气/晴"_s), (QList<qint64> { m_ids[1], m_ids[3] }));
        QVERIFY(changeAndWait([&] {
            m_undo->push(EditCommands::tagAssets(m_editor.get(), { m_ids[2] }, u"天气/晴"_s, true));
        }));
        QTRY_COMPARE(sorted(m_page->visibleIds()), (QList<qint64> { m_ids[1], m_ids[2], m_ids[3] }));
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestLibraryPage)
#include "tst_librarypage.moc"
