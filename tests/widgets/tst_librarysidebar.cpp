// The library sidebar's tag tree: rename, merge, move and delete from the sidebar, each asked
// through the dialog seam (the test gives the answer), done on the catalog, undone, and a
// cancelled dialog changes nothing.

#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "catalogfixtures.h"
#include "catalogreader.h"
#include "dialogs.h"
#include "librarysidebar.h"
#include "sidebarmodel.h"
#include "tagstore.h"
#include "volumestore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

class TestLibrarySidebar : public QObject
{
    Q_OBJECT

private:
    QMap<QString, int> tags() const { return CatalogFixtures::tagCounts(m_catalog); }

    // Waits until the sidebar shows the catalog as it is now.
    void reload()
    {
        QSignalSpy loaded(m_reader.get(), &CatalogReader::sidebarLoaded);
        m_reader->loadSidebar();
        QVERIFY(loaded.wait(10'000));
        m_sidebar->setData(loaded.first().first().value<SidebarData>());
    }

    // Pushes what `act` does, waits for the catalog to have it, and shows it.
    template<typename Act> void edit(Act act)
    {
        QSignalSpy changed(m_editor.get(), &CatalogEditor::changed);
        act();
        QVERIFY(changed.wait(10'000));
        reload();
    }

    QModelIndex tag(const QString &path) const
    {
        return m_sidebar->sidebarModel()->indexForKey(u"tag:"_s + path);
    }

    QString m_catalog; // a new one for each test, on each engine
    std::unique_ptr<CatalogEditor> m_editor;
    std::unique_ptr<CatalogReader> m_reader;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<LibrarySidebar> m_sidebar;

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<SidebarData>();
        m_catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        {
            CatalogSession session(m_catalog);
            const QList<QStringList> tagged {
                { u"场景/老街"_s }, { u"场景/老街"_s, u"天气/晴"_s }, { u"场景/海边"_s }, { u"天气/晴"_s }
            };
            for (qsizetype i = 0; i < tagged.size(); ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/m/clip" + QByteArray::number(i) + ".mp4";
                asset.tags = tagged.at(i);
                QVERIFY(CatalogFixtures::add(session, asset, &error));
            }
        }
        m_editor = std::make_unique<CatalogEditor>(m_catalog);
        m_reader = std::make_unique<CatalogReader>(m_catalog);
        m_undo = std::make_unique<QUndoStack>();
        m_sidebar = std::make_unique<LibrarySidebar>(m_editor.get(), m_undo.get());
        reload();
        QVERIFY(tag(u"场景/老街"_s).isValid());
    }

    void cleanup()
    {
        // An answer a test set and no dialog asked for is a test that did not do what it says.
        QVERIFY2(Dialogs::reset(), "a dialog answer was set but not asked for");
        m_sidebar.reset();
        m_undo.reset();
        m_reader.reset();
        m_editor.reset();
    }

    void renameTag()
    {
        Dialogs::setNextText(u"古街"_s);
        edit([&] { m_sidebar->renameTag(tag(u"场景/老街"_s)); });
        QCOMPARE(tags().value(u"场景/古街"_s), 2);
        QVERIFY(!tags().contains(u"场景/老街"_s));
        QVERIFY(tag(u"场景/古街"_s).isValid()); // the sidebar shows it

        edit([&] { m_undo->undo(); });
        QCOMPARE(tags().value(u"场景/老街"_s), 2);
        QVERIFY(!tags().contains(u"场景/古街"_s));
    }

    void cancelledRenameChangesNothing()
    {
        const auto before = tags();
        Dialogs::setNextText(std::nullopt);
        m_sidebar->renameTag(tag(u"场景/老街"_s));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(tags(), before);
    }

    void mergeTag()
    {
        Dialogs::setNextItem(u"场景/老街"_s);
        edit([&] { m_sidebar->mergeTag(tag(u"场景/海边"_s)); });
        QCOMPARE(tags().value(u"场景/老街"_s), 3);
        QVERIFY(!tags().contains(u"场景/海边"_s));

        edit([&] { m_undo->undo(); });
        QCOMPARE(tags().value(u"场景/老街"_s), 2);
        QCOMPARE(tags().value(u"场景/海边"_s), 1);
    }

    void mergeIntoATagThatIsNotThereChangesNothing()
    {
        const auto before = tags();
        Dialogs::setNextItem(u"没有这个标签"_s);
        m_sidebar->mergeTag(tag(u"场景/海边"_s));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(tags(), before);
    }

    void moveTagToTop()
    {
        edit([&] { m_sidebar->moveTagToTop(tag(u"场景/老街"_s)); });
        QCOMPARE(tags().value(u"老街"_s), 2);
        QVERIFY(!tags().contains(u"场景/老街"_s));
        QVERIFY(tag(u"老街"_s).parent() == m_sidebar->sidebarModel()->indexForKey(u"section:tags"_s));

        edit([&] { m_undo->undo(); });
        QCOMPARE(tags().value(u"场景/老街"_s), 2);
    }

    void deleteTag()
    {
        Dialogs::setNextAnswer(QMessageBox::No);
        m_sidebar->deleteTag(tag(u"天气/晴"_s));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(tags().value(u"天气/晴"_s), 2);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        edit([&] { m_sidebar->deleteTag(tag(u"天气"_s)); }); // and the tags inside it
        QVERIFY(!tags().contains(u"天气"_s));
        QVERIFY(!tags().contains(u"天气/晴"_s));
        QVERIFY(!tag(u"天气/晴"_s).isValid());

        edit([&] { m_undo->undo(); });
        QCOMPARE(tags().value(u"天气/晴"_s), 2);
    }

    void newTagInside()
    {
        Dialogs::setNextText(u"码头"_s);
        edit([&] { m_sidebar->newTag(u"场景"_s); });
        QVERIFY(tags().contains(u"场景/码头"_s));
        QVERIFY(tag(u"场景/码头"_s).isValid());
    }

    void saveTheCurrentSearch()
    {
        QSignalSpy message(m_sidebar.get(), &LibrarySidebar::messageShown);
        m_sidebar->saveSearch(); // no search to save
        QCOMPARE(message.size(), 1);
        m_sidebar->setCurrentSearch([] { return std::pair { u"海边 dur:<30"_s, u"newest"_s }; });
        Dialogs::setNextText(u"海边短片"_s);
        edit([&] { m_sidebar->saveSearch(); });
        const auto saved = m_sidebar->sidebarModel()->sidebarData().savedSearches;
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, u"海边短片"_s);
        QCOMPARE(saved.first().query, u"海边 dur:<30"_s);
        QCOMPARE(saved.first().sort, u"newest"_s);
    }

    // A share another computer catalogued (/m), mounted elsewhere here: shown where it is, its
    // files then opened there (database/pathmap.h), and undone.
    void aVolumeIsFoundWhereThisComputerMountsIt()
    {
        QTemporaryDir here;
        QVERIFY(here.isValid());
        QString error;
        {
            CatalogSession session(m_catalog);
            const auto volume = VolumeStore(session.db()).seen({}, u"NAS"_s, u"/m"_s, error);
            QVERIFY2(volume, qPrintable(error));
            QSqlQuery query(session.db());
            query.prepare(u"UPDATE assets SET volume_id = ?"_s);
            query.addBindValue(*volume);
            QVERIFY(query.exec());
        }
        reload();
        const auto volume = [&] { return m_sidebar->sidebarModel()->indexForKey(u"volume:/m"_s); };
        QVERIFY(volume().isValid());
        QVERIFY(!volume().data(SidebarModel::OnlineRole).toBool()); // not here
        const auto placeOfFirst = [&] {
            CatalogSession session(m_catalog);
            return AssetStore(session.db()).rawPathOf(*AssetStore(session.db()).idForPath("/m/clip0.mp4"));
        };
        QCOMPARE(*placeOfFirst(), QByteArray("/m/clip0.mp4"));

        Dialogs::setNextFolder(here.path());
        edit([&] { m_sidebar->locateVolume(volume()); });
        QVERIFY(volume().isValid()); // the catalog's spelling stays
        QVERIFY(volume().data(SidebarModel::OnlineRole).toBool());
        QVERIFY2(volume().data(Qt::ToolTipRole).toString().contains(here.path()),
                 qPrintable(volume().data(Qt::ToolTipRole).toString()));
        QCOMPARE(*placeOfFirst(), QFile::encodeName(here.path()) + "/clip0.mp4");

        edit([&] { m_undo->undo(); });
        QVERIFY(!volume().data(SidebarModel::OnlineRole).toBool());
        QCOMPARE(*placeOfFirst(), QByteArray("/m/clip0.mp4"));
    }

    void aClickAsksForWhatItShows()
    {
        QSignalSpy filter(m_sidebar.get(), &LibrarySidebar::filterChosen);
        QSignalSpy collection(m_sidebar.get(), &LibrarySidebar::collectionChosen);
        Q_EMIT m_sidebar->clicked(tag(u"场景/老街"_s));
        QCOMPARE(filter.size(), 1);
        QVERIFY(filter.first().first().toString().contains(u"场景/老街"_s));
        Q_EMIT m_sidebar->clicked(m_sidebar->sidebarModel()->indexForKey(u"collection:locations"_s));
        QCOMPARE(collection.size(), 1);
        QCOMPARE(collection.first().first().toString(), u"locations"_s);
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestLibrarySidebar)
#include "tst_librarysidebar.moc"
