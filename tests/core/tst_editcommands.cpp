// Every edit of the desktop app is an undoable command: redo, undo and redo again leave the
// catalog exactly as expected, with the same ids, and edits are on disk at once.

#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "catalogeditor.h"
#include "catalogfixtures.h"
#include "editcommands.h"
#include "productionstore.h"
#include "recordstore.h"
#include "savedsearchstore.h"
#include "tagstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestEditCommands : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server
    QList<qint64> m_ids;
    std::unique_ptr<CatalogEditor> m_editor;
    std::unique_ptr<QUndoStack> m_stack;

    // A fresh connection, as another program would see the catalog.
    QJsonObject asset(qint64 id)
    {
        CatalogSession session(m_catalog, true);
        return AssetStore(session.db()).assetJson(id).value_or(QJsonObject());
    }
    QStringList tagsOf(qint64 id) { return asset(id).value(u"tags"_s).toVariant().toStringList(); }
    QHash<qint64, QString> tagPaths()
    {
        CatalogSession session(m_catalog, true);
        return TagStore(session.db()).allPaths();
    }
    void settle()
    {
        QVERIFY(m_editor->flush());
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        CatalogSession session(m_catalog);
        for (const char *path : { "/m/a.mp4", "/m/b.mp4", "/m/c.mp4" }) {
            CatalogFixtures::Asset a;
            a.path = path;
            const auto id = CatalogFixtures::add(session, a, &error);
            QVERIFY2(id, qPrintable(error));
            m_ids.append(*id);
        }
    }

    void init()
    {
        m_editor = std::make_unique<CatalogEditor>(m_catalog);
        m_stack = std::make_unique<QUndoStack>();
    }
    void cleanup()
    {
        m_stack.reset();
        m_editor.reset();
    }

    void setFieldUndoRedo()
    {
        QSignalSpy fields(m_editor.get(), &CatalogEditor::fieldsChanged);
        m_stack->push(EditCommands::setField(m_editor.get(), { m_ids[0], m_ids[1] }, u"rights_holder"_s,
                                             u"青岛影视局"_s, QString()));
        settle();
        QCOMPARE(asset(m_ids[0]).value(u"rights_holder"_s).toString(), u"青岛影视局"_s);
        QCOMPARE(asset(m_ids[1]).value(u"rights_holder"_s).toString(), u"青岛影视局"_s);
        QTRY_COMPARE(fields.size(), 1);
        QCOMPARE(fields.first().at(0).toString(), u"rights_holder"_s);
        using Values = QHash<qint64, QVariant>;
        QCOMPARE(fields.first().at(1).value<Values>().size(), 2);
        m_stack->undo();
        settle();
        QVERIFY(asset(m_ids[0]).value(u"rights_holder"_s).isNull());
        m_stack->redo();
        settle();
        QCOMPARE(asset(m_ids[1]).value(u"rights_holder"_s).toString(), u"青岛影视局"_s);
        m_stack->undo();
        settle();
    }

    void typingIsOneUndoStep()
    {
        for (const char *text : { "海", "海边", "海边日落" })
            m_stack->push(EditCommands::setField(m_editor.get(), { m_ids[2] }, u"title"_s,
                                                 QString::fromUtf8(text), QString()));
        settle();
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(asset(m_ids[2]).value(u"title"_s).toString(), u"海边日落"_s);
        m_stack->undo();
        settle();
        QVERIFY(asset(m_ids[2]).value(u"title"_s).isNull()); // back to before the first keystroke
        m_stack->redo();
        settle();
        QCOMPARE(asset(m_ids[2]).value(u"title"_s).toString(), u"海边日落"_s);
    }

    void batchTaggingCreatesAndTakesBack()
    {
        // m_ids[0] already has the tag: undo must not take it from that one.
        {
            CatalogSession session(m_catalog);
            QString error;
            TagStore tags(session.db());
            QVERIFY(tags.addToAssets(*tags.findPath(u"天气/晴"_s), { m_ids[0] }, error) == 1);
        }
        m_stack->push(EditCommands::tagAssets(m_editor.get(), m_ids, u"天气/晴"_s, true));
        m_stack->push(
            EditCommands::tagAssets(m_editor.get(), { m_ids[1], m_ids[2] }, u"场景/海边/礁石"_s, true));
        settle();
        QVERIFY(tagsOf(m_ids[2]).contains(u"天气/晴"_s));
        QVERIFY(tagsOf(m_ids[2]).contains(u"场景/海边/礁石"_s));
        const qint64 rocks = tagPaths().key(u"场景/海边/礁石"_s);
        QVERIFY(rocks > 0);

        m_stack->undo(); // the new tag goes, with the levels it made
        settle();
        QVERIFY(!tagPaths().values().contains(u"场景"_s));
        m_stack->undo();
        settle();
        QVERIFY(tagsOf(m_ids[0]).contains(u"天气/晴"_s)); // it had it before
        QVERIFY(!tagsOf(m_ids[1]).contains(u"天气/晴"_s));
        m_stack->redo();
        m_stack->redo();
        settle();
        QCOMPARE(tagPaths().key(u"场景/海边/礁石"_s), rocks); // the same tag again, same id
        QVERIFY(tagsOf(m_ids[1]).contains(u"场景/海边/礁石"_s));

        // Untagging takes back only what it took.
        m_stack->push(EditCommands::tagAssets(m_editor.get(), m_ids, u"场景/海边/礁石"_s, false));
        settle();
        QVERIFY(!tagsOf(m_ids[1]).contains(u"场景/海边/礁石"_s));
        m_stack->undo();
        settle();
        QVERIFY(tagsOf(m_ids[1]).contains(u"场景/海边/礁石"_s));
        QVERIFY(!tagsOf(m_ids[0]).contains(u"场景/海边/礁石"_s));
    }

    void tagTreeEdits()
    {
        const auto before = tagPaths();
        const qint64 scene = before.key(u"场景"_s);
        const qint64 sea = before.key(u"场景/海边"_s);
        QVERIFY(scene > 0 && sea > 0);

        m_stack->push(EditCommands::renameTag(m_editor.get(), sea, u"海边"_s, u"海岸"_s));
        settle();
        QVERIFY(tagsOf(m_ids[1]).contains(u"场景/海岸/礁石"_s));
        m_stack->push(EditCommands::moveTag(m_editor.get(), sea, std::nullopt, u"场景/海岸"_s));
        settle();
        QVERIFY(tagsOf(m_ids[1]).contains(u"海岸/礁石"_s));
        m_stack->push(EditCommands::createTag(m_editor.get(), u"地貌/海岸"_s));
        settle();
        const qint64 landform = tagPaths().key(u"地貌/海岸"_s);
        QVERIFY(landform > 0);
        m_stack->push(EditCommands::mergeTag(m_editor.get(), sea, landform, u"海岸"_s, u"地貌/海岸"_s));
        settle();
        QVERIFY(tagsOf(m_ids[1]).contains(u"地貌/海岸/礁石"_s));
        QVERIFY(!tagPaths().values().contains(u"海岸"_s));
        m_stack->push(EditCommands::removeTag(m_editor.get(), landform, u"地貌/海岸"_s));
        settle();
        QVERIFY(!tagsOf(m_ids[1]).join(u' ').contains(u"礁石"_s));

        // All the way back: the tree and the assignments as they were, with the same ids.
        for (int i = 0; i < 5; ++i)
            m_stack->undo();
        settle();
        QCOMPARE(tagPaths(), before);
        QVERIFY(tagsOf(m_ids[1]).contains(u"场景/海边/礁石"_s));
        // And forward again.
        for (int i = 0; i < 5; ++i)
            m_stack->redo();
        settle();
        QVERIFY(!tagsOf(m_ids[1]).join(u' ').contains(u"礁石"_s));
        QVERIFY(!tagPaths().values().contains(u"地貌/海岸"_s));
        for (int i = 0; i < 5; ++i)
            m_stack->undo();
        settle();
        QCOMPARE(tagPaths(), before);
    }

    void failedEditIsReportedAndUndoesNothing()
    {
        QSignalSpy failed(m_editor.get(), &CatalogEditor::failed);
        const auto before = tagPaths();
        // A sibling already has the name.
        m_stack->push(EditCommands::renameTag(m_editor.get(), before.key(u"天气/晴"_s), u"晴"_s, u"雨"_s));
        settle();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        m_stack->undo();
        settle();
        QCOMPARE(tagPaths(), before);
    }

    void removeAssetsAndBack()
    {
        const QJsonObject before = asset(m_ids[1]);
        m_stack->push(EditCommands::removeAssets(m_editor.get(), { m_ids[1] }));
        settle();
        QVERIFY(asset(m_ids[1]).isEmpty());
        m_stack->undo();
        settle();
        QCOMPARE(asset(m_ids[1]), before);
    }

    void savedSearches()
    {
        const auto all = [&] {
            CatalogSession session(m_catalog, true);
            QStringList names;
            for (const auto &saved : SavedSearchStore(session.db()).all())
                names.append(saved.name + u'=' + saved.query);
            return names;
        };
        m_stack->push(
            EditCommands::addSavedSearch(m_editor.get(), u"海边晴天"_s, u"tag:天气/晴 海边"_s, u"newest"_s));
        settle();
        QCOMPARE(all(), QStringList { u"海边晴天=tag:天气/晴 海边"_s });
        qint64 id = 0;
        {
            CatalogSession session(m_catalog, true);
            id = SavedSearchStore(session.db()).all().first().id;
        }
        m_stack->push(EditCommands::renameSavedSearch(m_editor.get(), id, u"海边晴天"_s, u"晴天海边"_s));
        m_stack->push(EditCommands::removeSavedSearch(m_editor.get(), id, u"晴天海边"_s));
        settle();
        QVERIFY(all().isEmpty());
        m_stack->undo();
        settle();
        QCOMPARE(all(), QStringList { u"晴天海边=tag:天气/晴 海边"_s });
        m_stack->undo();
        m_stack->undo();
        settle();
        QVERIFY(all().isEmpty());
        m_stack->redo();
        settle();
        QCOMPARE(all(), QStringList { u"海边晴天=tag:天气/晴 海边"_s });
    }

    void linkNewLocation()
    {
        m_stack->push(EditCommands::linkNewLocation(m_editor.get(), { m_ids[0] }, u"栈桥"_s));
        settle();
        const qint64 location = qint64(asset(m_ids[0]).value(u"location_id"_s).toDouble());
        QVERIFY(location > 0);
        m_stack->undo();
        settle();
        QVERIFY(asset(m_ids[0]).value(u"location_id"_s).isNull());
        m_stack->redo();
        settle();
        QCOMPARE(qint64(asset(m_ids[0]).value(u"location_id"_s).toDouble()), location);
    }

    void droppedFilesAreLinkedByPath()
    {
        qint64 location = 0;
        {
            CatalogSession session(m_catalog);
            QList<RecordProblem> problems;
            QString error;
            location = RecordStore(session.db())
                           .save(RecordKind::Location, { { u"name_zh"_s, u"码头"_s } }, problems, error)
                           .value_or(0);
        }
        QVERIFY(location > 0);
        QList<QJsonValue> before; // earlier tests linked some of them elsewhere
        for (const qint64 id : m_ids)
            before.append(asset(id).value(u"location_id"_s));
        // A folder dropped: the files under it, not /m2 next to it.
        m_stack->push(EditCommands::linkPathsToLocation(m_editor.get(), { QByteArray("/m/") }, location));
        settle();
        for (const qint64 id : m_ids)
            QCOMPARE(asset(id).value(u"location_id"_s).toInteger(), location);
        m_stack->undo();
        settle();
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            QCOMPARE(asset(m_ids[i]).value(u"location_id"_s), before[i]);
        // One file dropped.
        m_stack->push(EditCommands::linkPathsToLocation(
            m_editor.get(), { QByteArray("/m/b.mp4"), QByteArray("/mx") }, location));
        settle();
        QCOMPARE(asset(m_ids[1]).value(u"location_id"_s).toInteger(), location);
        QCOMPARE(asset(m_ids[0]).value(u"location_id"_s), before[0]);
    }

    // Links to a location undone or redone after a colleague linked the same clips elsewhere:
    // theirs stays, and the window is told, as for any field.
    void linkUndoAndRedoNeverOverwriteTheirs()
    {
        const qint64 id = m_ids[1]; // /m/b.mp4
        qint64 ours = 0, theirs = 0;
        {
            CatalogSession session(m_catalog);
            QList<RecordProblem> problems;
            QString error;
            RecordStore records(session.db());
            ours = records.save(RecordKind::Location, { { u"name_zh"_s, u"灯塔"_s } }, problems, error)
                       .value_or(0);
            theirs = records.save(RecordKind::Location, { { u"name_zh"_s, u"船坞"_s } }, problems, error)
                         .value_or(0);
        }
        QVERIFY(ours > 0 && theirs > 0);
        const auto linkedTo = [&] { return asset(id).value(u"location_id"_s).toInteger(); };
        const auto theyLink = [&](const QVariant &location) {
            CatalogSession session(m_catalog);
            QString error;
            QVERIFY2(AssetStore(session.db()).setField({ id }, u"location_id"_s, location, error),
                     qPrintable(error));
        };
        const QJsonValue before = asset(id).value(u"location_id"_s);
        const QVariant beforeValue = before.isNull() ? QVariant() : QVariant(before.toInteger());
        QSignalSpy failures(m_editor.get(), &CatalogEditor::failed);
        const auto refused = [&](int count) {
            QTRY_COMPARE(failures.count(), count);
            QVERIFY2(failures.last().at(0).toString().contains(u"changed by someone else"_s),
                     qPrintable(failures.last().at(0).toString()));
        };

        // Dropped on a location; they link it elsewhere; undo keeps theirs.
        m_stack->push(EditCommands::linkPathsToLocation(m_editor.get(), { QByteArray("/m/b.mp4") }, ours));
        settle();
        QCOMPARE(linkedTo(), ours);
        theyLink(theirs);
        m_stack->undo();
        settle();
        refused(1);
        QCOMPARE(linkedTo(), theirs);
        // Redone: only over what the undo put back, which is not there.
        m_stack->redo();
        settle();
        refused(2);
        QCOMPARE(linkedTo(), theirs);
        // Nobody else since: undone and redone as before.
        theyLink(ours);
        m_stack->undo();
        settle();
        QCOMPARE(asset(id).value(u"location_id"_s), before);
        m_stack->redo();
        settle();
        QCOMPARE(linkedTo(), ours);
        QCOMPARE(failures.count(), 2);

        // A new location for it: undone after they linked it elsewhere, theirs stays, and so does
        // the new location.
        m_stack->clear();
        theyLink(beforeValue);
        m_stack->push(EditCommands::linkNewLocation(m_editor.get(), { id }, u"新码头"_s));
        settle();
        const qint64 made = linkedTo();
        QVERIFY(made > 0 && made != theirs);
        theyLink(theirs);
        m_stack->undo();
        settle();
        refused(3);
        QCOMPARE(linkedTo(), theirs);
        {
            CatalogSession session(m_catalog, true);
            QVERIFY(RecordStore(session.db()).get(RecordKind::Location, made).has_value());
        }
        m_stack->clear();
        theyLink(beforeValue);
    }

    // Two people edit one record: the second save is told, with the first one's version, and
    // overwrites nothing; saved again over that version, it goes through.
    void aSecondSaveIsToldTheRecordChanged()
    {
        qint64 id = 0;
        QString firstSavedAt;
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, {},
                                               { { u"name_zh"_s, u"老码头"_s }, { u"code"_s, u"CONF-1"_s } },
                                               [&](qint64 saved, const QString &at) {
                                                   id = saved;
                                                   firstSavedAt = at;
                                               }));
        settle();
        QTRY_VERIFY(id > 0);
        const auto read = [&] {
            CatalogSession session(m_catalog, true);
            return RecordStore(session.db()).get(RecordKind::Location, id);
        };
        const QJsonObject seen = *read(); // what both opened
        QCOMPARE(seen.value(u"updated_at"_s).toString(), firstSavedAt);

        // The colleague saves first (another workstation: straight into the catalog).
        QTest::qWait(5);
        {
            CatalogSession session(m_catalog);
            QJsonObject theirs = seen;
            theirs.insert(u"fee"_s, u"每天 3000 元"_s);
            QList<RecordProblem> problems;
            QString error;
            QVERIFY2(RecordStore(session.db()).save(RecordKind::Location, theirs, problems, error),
                     qPrintable(error));
        }
        // This window saves its own edit over what it saw.
        QJsonObject mine = seen;
        mine.insert(u"name_en"_s, u"Old Pier"_s);
        QString failure;
        QJsonObject told;
        bool saved = false;
        QSignalSpy windowFailures(m_editor.get(), &CatalogEditor::failed);
        m_stack->push(EditCommands::saveRecord(
            m_editor.get(), RecordKind::Location, seen, mine, [&](qint64, const QString &) { saved = true; },
            [&](const QString &error) { failure = error; },
            [&](const QJsonObject &theirs) { told = theirs; }));
        settle();
        QTRY_VERIFY(!told.isEmpty());
        QVERIFY(!saved);
        QVERIFY2(failure.contains(u"changed by someone else"_s), qPrintable(failure));
        QCOMPARE(told.value(u"fee"_s).toString(), u"每天 3000 元"_s); // their version, to show
        QCOMPARE(windowFailures.count(), 0); // the page shows it, not the window's own message
        QCOMPARE(read()->value(u"fee"_s).toString(), u"每天 3000 元"_s); // nothing overwritten
        QVERIFY(!read()->contains(u"name_en"_s));

        // Saved again over their version: it goes through.
        QString secondSavedAt;
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, told, mine,
                                               [&](qint64, const QString &at) { secondSavedAt = at; }));
        settle();
        QTRY_VERIFY(!secondSavedAt.isEmpty());
        QCOMPARE(read()->value(u"name_en"_s).toString(), u"Old Pier"_s);
        QVERIFY(secondSavedAt > told.value(u"updated_at"_s).toString());
    }

    // Undo and redo of a record's save never overwrite a colleague's save made since, nor does
    // redo after an undo so refused; undo of a save that was refused takes nothing back.
    void recordUndoAndRedoNeverOverwriteTheirs()
    {
        qint64 id = 0;
        m_stack->push(
            EditCommands::saveRecord(m_editor.get(), RecordKind::Location, {},
                                     { { u"name_zh"_s, u"北岸灯塔"_s }, { u"code"_s, u"THEIRS-1"_s } },
                                     [&](qint64 saved, const QString &) { id = saved; }));
        settle();
        QTRY_VERIFY(id > 0);
        const auto read = [&] {
            CatalogSession session(m_catalog, true);
            return RecordStore(session.db()).get(RecordKind::Location, id).value_or(QJsonObject());
        };
        const auto colleague = [&](const QString &fee) {
            QTest::qWait(5); // (another updated_at)
            CatalogSession session(m_catalog);
            QJsonObject theirs = read();
            theirs.insert(u"fee"_s, fee);
            QList<RecordProblem> problems;
            QString error;
            QVERIFY2(RecordStore(session.db()).save(RecordKind::Location, theirs, problems, error),
                     qPrintable(error));
        };
        QJsonObject mine = read();
        mine.insert(u"name_en"_s, u"North Lighthouse"_s);
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, read(), mine));
        settle();
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Lighthouse"_s);
        colleague(u"每天 2000 元"_s);
        QSignalSpy failures(m_editor.get(), &CatalogEditor::failed);
        m_stack->undo(); // of the edit
        settle();
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY2(failures.last().at(0).toString().contains(u"changed by someone else"_s),
                 qPrintable(failures.last().at(0).toString()));
        QCOMPARE(read().value(u"fee"_s).toString(), u"每天 2000 元"_s);
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Lighthouse"_s);
        m_stack->redo(); // after the refused undo: `mine` has no fee
        settle();
        QTRY_COMPARE(failures.count(), 2);
        QCOMPARE(read().value(u"fee"_s).toString(), u"每天 2000 元"_s);

        // A save refused as changed meanwhile: its undo takes nothing back, its redo is refused.
        const QJsonObject seen = read();
        colleague(u"每天 2500 元"_s);
        QJsonObject late = seen;
        late.insert(u"name_en"_s, u"Lighthouse"_s);
        QJsonObject told;
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, seen, late, {}, {},
                                               [&](const QJsonObject &theirs) { told = theirs; }));
        settle();
        QTRY_VERIFY(!told.isEmpty());
        m_stack->undo();
        settle();
        QCOMPARE(read().value(u"fee"_s).toString(), u"每天 2500 元"_s);
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Lighthouse"_s);
        told = {};
        m_stack->redo(); // refused again, and theirs shown again
        settle();
        QTRY_VERIFY(!told.isEmpty());
        QCOMPARE(read().value(u"fee"_s).toString(), u"每天 2500 元"_s);

        // One's own steps undone and redone in turn, with nobody else: as before.
        m_stack->clear();
        const QJsonObject now = read();
        QJsonObject renamed = now;
        renamed.insert(u"name_en"_s, u"North Light"_s);
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, now, renamed));
        settle();
        m_stack->undo();
        settle();
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Lighthouse"_s);
        m_stack->redo();
        settle();
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Light"_s);
        m_stack->undo();
        settle();
        QCOMPARE(read().value(u"name_en"_s).toString(), u"North Lighthouse"_s);
        QCOMPARE(read().value(u"fee"_s).toString(), u"每天 2500 元"_s);
        QCOMPARE(failures.count(), 2); // the window's own: the refused save's are the page's
    }

    // An asset's own field: the save checks the value the inspector showed is still there.
    void aSecondFieldSaveIsToldTheAssetChanged()
    {
        const QList<qint64> ids { m_ids[0], m_ids[1] };
        const auto titleOf = [&](qint64 id) { return asset(id).value(u"title"_s).toString(); };
        m_stack->push(EditCommands::setField(m_editor.get(), ids, u"title"_s, u"老码头"_s, QString()));
        settle();
        const auto putBack = qScopeGuard([&] {
            CatalogSession session(m_catalog);
            QString error;
            AssetStore(session.db())
                .setField(ids, u"title"_s, QVariant(QMetaType(QMetaType::QString)), error);
        });
        // The colleague renames one of them (another workstation: straight into the catalog).
        {
            CatalogSession session(m_catalog);
            QString error;
            QVERIFY2(AssetStore(session.db()).setField({ m_ids[1] }, u"title"_s, u"栈桥"_s, error),
                     qPrintable(error));
        }
        QHash<qint64, QVariant> told;
        QString failure;
        QSignalSpy windowFailures(m_editor.get(), &CatalogEditor::failed);
        QSignalSpy fields(m_editor.get(), &CatalogEditor::fieldsChanged);
        // What was shown: 老码头 for both, as this window saved it.
        m_stack->push(
            EditCommands::setField(m_editor.get(), ids, u"title"_s, u"老码头日出"_s, QString(), u"老码头"_s,
                                   [&](const QHash<qint64, QVariant> &theirs, const QString &error) {
                                       told = theirs;
                                       failure = error;
                                   }));
        settle();
        QTRY_VERIFY(!told.isEmpty());
        QVERIFY2(failure.contains(u"changed by someone else"_s), qPrintable(failure));
        QCOMPARE(told.value(m_ids[0]).toString(), u"老码头"_s);
        QCOMPARE(told.value(m_ids[1]).toString(), u"栈桥"_s); // theirs, to show
        QCOMPARE(windowFailures.count(), 0); // the page asks, not the window's own message
        QCOMPARE(fields.count(), 0);
        QCOMPARE(titleOf(m_ids[0]), u"老码头"_s); // nothing overwritten, not even the unchanged one
        QCOMPARE(titleOf(m_ids[1]), u"栈桥"_s);
        // Saved over theirs (several values: nothing to check), then again as shown.
        m_stack->push(EditCommands::setField(m_editor.get(), ids, u"title"_s, u"老码头日出"_s, QString()));
        m_stack->push(EditCommands::setField(
            m_editor.get(), ids, u"title"_s, u"老码头日落"_s, QString(), u"老码头日出"_s,
            [&](const auto &, const QString &) { QFAIL("its own save is not someone else's"); }));
        settle();
        QCOMPARE(titleOf(m_ids[0]), u"老码头日落"_s);
        QCOMPARE(titleOf(m_ids[1]), u"老码头日落"_s);
        // NULL, "" and numbers as the inspector's JSON has them are the values people see.
        QVERIFY(EditCommands::sameFieldValue(QVariant(QMetaType(QMetaType::QString)), u""_s));
        QVERIFY(EditCommands::sameFieldValue(QVariant(qint64(5)), QVariant(5.0)));
        QVERIFY(!EditCommands::sameFieldValue(QVariant(qint64(5)), QVariant(6.0)));
        QVERIFY(!EditCommands::sameFieldValue(u"a"_s, u""_s));
    }

    // Undo and redo of this window's steps never overwrite a colleague's save made since: they
    // write nothing and say why. Also when a save refused as changed meanwhile was merged into
    // the step of the typing before it (QUndoStack merges before the write is refused).
    void undoAndRedoNeverOverwriteTheirs()
    {
        const qint64 id = m_ids[2];
        const auto valueOf = [&](const QString &column) { return asset(id).value(column).toString(); };
        const auto theirs = [&](const QString &column, const QString &value) {
            CatalogSession session(m_catalog);
            QString error;
            QVERIFY2(AssetStore(session.db()).setField({ id }, column, value, error), qPrintable(error));
        };
        const auto putBack = qScopeGuard([&] {
            CatalogSession session(m_catalog);
            QString error;
            for (const QString &column : { u"rights_holder"_s, u"title"_s })
                AssetStore(session.db())
                    .setField({ id }, column, QVariant(QMetaType(QMetaType::QString)), error);
        });
        QSignalSpy failures(m_editor.get(), &CatalogEditor::failed);

        m_stack->push(
            EditCommands::setField(m_editor.get(), { id }, u"rights_holder"_s, u"青岛影视局"_s, QString()));
        settle();
        theirs(u"rights_holder"_s, u"威海影视中心"_s);
        m_stack->undo();
        settle();
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY2(failures.last().at(0).toString().contains(u"changed by someone else"_s),
                 qPrintable(failures.last().at(0).toString()));
        QCOMPARE(valueOf(u"rights_holder"_s), u"威海影视中心"_s);
        m_stack->redo();
        settle();
        QTRY_COMPARE(failures.count(), 2);
        QCOMPARE(valueOf(u"rights_holder"_s), u"威海影视中心"_s);

        // Typing: the first keystrokes saved, a colleague's title, then the next keystrokes' save
        // refused (and merged into the step of the first).
        const QString shown = valueOf(u"title"_s);
        m_stack->push(
            EditCommands::setField(m_editor.get(), { id }, u"title"_s, u"码头"_s, QString(), shown));
        settle();
        QCOMPARE(valueOf(u"title"_s), u"码头"_s);
        theirs(u"title"_s, u"灯塔"_s);
        bool told = false;
        m_stack->push(EditCommands::setField(m_editor.get(), { id }, u"title"_s, u"码头日出"_s, QString(),
                                             u"码头"_s, [&](const auto &, const QString &) { told = true; }));
        settle();
        QTRY_VERIFY(told);
        QCOMPARE(valueOf(u"title"_s), u"灯塔"_s);
        const int before = int(failures.count());
        m_stack->undo();
        settle();
        QTRY_COMPARE(failures.count(), before + 1);
        QCOMPARE(valueOf(u"title"_s), u"灯塔"_s);
        m_stack->redo();
        settle();
        QTRY_COMPARE(failures.count(), before + 2);
        QCOMPARE(valueOf(u"title"_s), u"灯塔"_s);

        // Steps of one's own undo and redo as before, one after another.
        m_stack->clear();
        m_stack->push(EditCommands::setField(m_editor.get(), { id }, u"rights_holder"_s, u"甲"_s, QString()));
        m_stack->push(EditCommands::setField(m_editor.get(), { id }, u"rights_holder"_s, u"乙"_s, QString()));
        settle();
        m_stack->undo();
        m_stack->undo();
        settle();
        QCOMPARE(valueOf(u"rights_holder"_s), u"威海影视中心"_s);
        m_stack->redo();
        m_stack->redo();
        settle();
        QCOMPARE(valueOf(u"rights_holder"_s), u"乙"_s);
        QCOMPARE(failures.count(), before + 2);
    }

    void recordsSaveRemoveAndRestore()
    {
        // A location saved, edited, removed with its links: undo puts back each step.
        QJsonObject first { { u"name_zh"_s, u"灯塔"_s }, { u"code"_s, u"UNDO-1"_s } };
        qint64 id = 0;
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, {}, first,
                                               [&id](qint64 saved, const QString &) { id = saved; }));
        settle();
        QTRY_VERIFY(id > 0);
        const auto read = [&] {
            CatalogSession session(m_catalog, true);
            return RecordStore(session.db()).get(RecordKind::Location, id);
        };
        QCOMPARE(read()->value(u"name_zh"_s).toString(), u"灯塔"_s);
        QJsonObject edited = *read();
        edited.insert(u"name_en"_s, u"Lighthouse"_s);
        m_stack->push(EditCommands::saveRecord(m_editor.get(), RecordKind::Location, *read(), edited));
        settle();
        QCOMPARE(read()->value(u"name_en"_s).toString(), u"Lighthouse"_s);
        m_stack->push(EditCommands::setField(m_editor.get(), { m_ids[2] }, u"location_id"_s, id, QString()));
        settle();
        m_stack->push(EditCommands::removeRecord(m_editor.get(), RecordKind::Location, id, u"灯塔"_s));
        settle();
        QVERIFY(!read());
        QVERIFY(asset(m_ids[2]).value(u"location_id"_s).isNull()); // the link went with it
        m_stack->undo(); // the removal
        settle();
        QCOMPARE(read()->value(u"name_en"_s).toString(), u"Lighthouse"_s);
        QCOMPARE(asset(m_ids[2]).value(u"location_id"_s).toInteger(), id); // and came back
        m_stack->undo(); // the link
        m_stack->undo(); // the edit
        settle();
        QVERIFY(!read()->contains(u"name_en"_s));
        m_stack->undo(); // the new location
        settle();
        QVERIFY(!read());
        m_stack->redo();
        settle();
        QCOMPARE(read()->value(u"code"_s).toString(), u"UNDO-1"_s); // the same id again
    }

    void expertRemovalKeepsProductionRolesForUndo()
    {
        qint64 expert = 0, location = 0, production = 0;
        {
            CatalogSession session(m_catalog);
            QList<RecordProblem> problems;
            QString error;
            expert = RecordStore(session.db())
                         .save(RecordKind::Expert, { { u"name_zh"_s, u"李顾问"_s } }, problems, error)
                         .value_or(0);
            location = RecordStore(session.db())
                           .save(RecordKind::Location, { { u"name_zh"_s, u"老码头"_s } }, problems, error)
                           .value_or(0);
            production = ProductionStore(session.db())
                             .save({ { u"title"_s, u"片子"_s },
                                     { u"experts"_s,
                                       QJsonArray { QJsonObject { { u"expert_id"_s, expert },
                                                                  { u"role"_s, u"顾问"_s } } } },
                                     { u"candidates"_s,
                                       QJsonArray { QJsonObject { { u"location_id"_s, location } } } } },
                                   error)
                             .value_or(0);
        }
        QVERIFY(expert && location && production);
        const auto role = [&] {
            CatalogSession session(m_catalog, true);
            QSqlQuery query(session.db());
            query.exec(u"SELECT role FROM production_experts WHERE expert_id = %1"_s.arg(expert));
            return query.next() ? query.value(0).toString() : QString();
        };
        m_stack->push(EditCommands::removeRecord(m_editor.get(), RecordKind::Expert, expert, u"李顾问"_s));
        settle();
        QCOMPARE(role(), QString());
        m_stack->undo();
        settle();
        QCOMPARE(role(), u"顾问"_s);
        // A production saved with a candidate removed meanwhile leaves it out instead of failing.
        {
            CatalogSession session(m_catalog);
            QString error;
            QVERIFY(RecordStore(session.db()).remove(RecordKind::Location, location, error));
            auto saved = ProductionStore(session.db())
                             .save({ { u"id"_s, production },
                                     { u"title"_s, u"片子"_s },
                                     { u"candidates"_s,
                                       QJsonArray { QJsonObject { { u"location_id"_s, location } } } } },
                                   error);
            QVERIFY2(saved, qPrintable(error));
            QCOMPARE(ProductionStore(session.db()).get(production)->value(u"candidates"_s).toArray().size(),
                     0);
        }
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestEditCommands)
#include "tst_editcommands.moc"
