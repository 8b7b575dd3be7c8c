// On both engines (a catalog folder, a PostgreSQL database).

#include "backends.h"
#include "catalog.h"
#include "catalogbackend.h"
#include "sql.h"
#include "tagstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTagStore : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog();
    std::unique_ptr<CatalogSession> m_session;
    QList<qint64> m_assets;

    // `count` assets named PREFIX0, PREFIX1 …, in one statement (portable SQL), in order.
    std::optional<QList<qint64>> addAssets(const QString &prefix, qsizetype count)
    {
        const CatalogBackend &backend = CatalogBackend::of(m_session->db());
        QSqlQuery query(m_session->db());
        const QString path = u"? || CAST(n.i AS TEXT)"_s;
        if (!query.exec(u"SELECT coalesce(max(id), 0) FROM assets"_s) || !query.next())
            return std::nullopt;
        const qint64 before = query.value(0).toLongLong();
        query.prepare(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                      "INSERT INTO assets (kind, path, path_raw, file_name, size_bytes, mtime_ns, added_at, "
                      "updated_at) SELECT 'video', %1, %2, 'a', 1, 1, 'x', 'x' FROM n ORDER BY n.i"_s.arg(
                          path, backend.utf8Bytes(path)));
        query.addBindValue(count);
        query.addBindValue(prefix);
        query.addBindValue(prefix);
        Sql::Transaction transaction(m_session->db());
        if (!transaction.isOpen() || !query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return std::nullopt;
        }
        query.finish();
        QString error;
        if (!transaction.commit(error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        if (!query.exec(u"SELECT id FROM assets WHERE id > %1 ORDER BY id"_s.arg(before)))
            return std::nullopt;
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
        const auto made = addAssets(u"/a"_s, 3);
        QVERIFY(made);
        m_assets = *made;
    }

    void cleanupTestCase() { m_session.reset(); }

    void normalizePath_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "海岸"
                               << "海岸";
        QTest::newRow("hierarchy") << "天气/晴"
                                   << "天气/晴";
        QTest::newRow("spaces") << " 天气 /  晴 天 "
                                << "天气/晴 天";
        QTest::newRow("empty level") << "天气//晴"
                                     << "";
        QTest::newRow("trailing slash") << "天气/"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void normalizePath()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(TagStore::normalizePath(input, error), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void controlledVocabularyIsSeeded()
    {
        TagStore tags(m_session->db());
        const auto sunny = tags.findPath(u"天气/晴"_s);
        QVERIFY(sunny);
        const auto tag = tags.tag(*sunny);
        QCOMPARE(tag->nameEn, u"Sunny"_s);
        QCOMPARE(tag->vocabulary, u"weather"_s);
        for (const char *root : { "景别", "时段", "季节", "天气", "运镜", "速度" })
            QVERIFY2(tags.findPath(QString::fromUtf8(root)), root);
        QVERIFY(tags.findPath(u"速度/慢动作"_s));
    }

    void hierarchy()
    {
        TagStore tags(m_session->db());
        const qsizetype before = tags.allPaths().size();
        QString error;
        const auto beach = tags.ensurePath(u"地点/海边"_s, error);
        const auto hills = tags.ensurePath(u"地点/山区"_s, error);
        QVERIFY(beach && hills && *beach != *hills);
        QCOMPARE(tags.ensurePath(u"地点/海边"_s, error), beach); // no duplicate siblings
        QCOMPARE(tags.findPath(u"地点/海边"_s), beach);
        QVERIFY(!tags.findPath(u"地点/雪山"_s));
        QVERIFY(tags.findPath(u"地点"_s));
        QCOMPARE(tags.allPaths().value(*beach), u"地点/海边"_s);
        QCOMPARE(tags.allPaths().size(), before + 3);
        // The same name may live under different parents.
        QVERIFY(tags.ensurePath(u"项目/海边"_s, error));
        QCOMPARE(tags.allPaths().size(), before + 5);
    }

    void renameMoveMergeRemove()
    {
        TagStore tags(m_session->db());
        QString error;
        const qint64 oldTown = *tags.ensurePath(u"场景/古镇/老街"_s, error);
        const qint64 town = *tags.findPath(u"场景/古镇"_s);
        QCOMPARE(tags.addToAssets(oldTown, { m_assets[0] }, error), 1);

        // Rename: the children's paths follow; a sibling's name is refused.
        QVERIFY2(tags.rename(town, u"古城"_s, error), qPrintable(error));
        QCOMPARE(tags.tag(oldTown)->path, u"场景/古城/老街"_s);
        QCOMPARE(tags.pathsForAsset(m_assets[0]).value(0), u"场景/古城/老街"_s);
        tags.ensurePath(u"场景/港口"_s, error);
        QVERIFY(!tags.rename(town, u"港口"_s, error));
        QVERIFY(error.contains(u"merge"_s));
        QVERIFY(!tags.rename(town, u"a/b"_s, error));

        // Move: to the top and back; never into itself.
        QVERIFY(tags.move(town, std::nullopt, error));
        QCOMPARE(tags.tag(oldTown)->path, u"古城/老街"_s);
        QVERIFY(!tags.move(town, oldTown, error));
        QVERIFY(tags.move(town, tags.findPath(u"场景"_s), error));
        QCOMPARE(tags.tag(oldTown)->path, u"场景/古城/老街"_s);

        // Merge: assets and same-named children join the target; the source goes.
        const qint64 other = *tags.ensurePath(u"历史街区/老街"_s, error);
        const qint64 district = *tags.findPath(u"历史街区"_s);
        QCOMPARE(tags.addToAssets(other, { m_assets[1] }, error), 1);
        QCOMPARE(tags.addToAssets(district, { m_assets[2] }, error), 1);
        QVERIFY2(tags.merge(district, town, error), qPrintable(error));
        QVERIFY(!tags.findPath(u"历史街区"_s));
        QCOMPARE(tags.tag(oldTown)->assetCount, 2); // its own asset and the merged child's
        QCOMPARE(tags.pathsForAsset(m_assets[2]).value(0), u"场景/古城"_s);

        // Remove: the subtree goes, the assets stay; what it took away is known for undo.
        const auto assignments = tags.assignmentsInSubtree(town);
        QCOMPARE(assignments.size(), 3);
        QVERIFY(tags.remove(town, error));
        QVERIFY(!tags.findPath(u"场景/古城/老街"_s));
        QVERIFY(tags.pathsForAsset(m_assets[0]).isEmpty());
        QSqlQuery query(m_session->db());
        QVERIFY(query.exec(u"SELECT count(*) FROM assets"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void tagging()
    {
        TagStore tags(m_session->db());
        QString error;
        const qint64 coast = *tags.ensurePath(u"海岸"_s, error);
        QCOMPARE(tags.addToAssets(coast, { m_assets[0], m_assets[1] }, error), 2);
        QCOMPARE(tags.addToAssets(coast, { m_assets[0], m_assets[2] }, error), 1); // already tagged
        QCOMPARE(tags.addToAssets(coast, { 99999 }, error), 0); // no such asset
        const qint64 sunny = *tags.findPath(u"天气/晴"_s);
        QCOMPARE(tags.addToAssets(sunny, { m_assets[0] }, error), 1);
        QCOMPARE(tags.pathsForAsset(m_assets[0]), (QStringList { u"天气/晴"_s, u"海岸"_s }));
        QCOMPARE(tags.removeFromAssets(coast, { m_assets[0], m_assets[1] }, error), 2);
        QCOMPARE(tags.pathsForAsset(m_assets[0]), QStringList { u"天气/晴"_s });
        // Only what was tagged counts; the other tags of an asset stay.
        QCOMPARE(tags.removeFromAssets(coast, { m_assets[0], 99999 }, error), 0);
        QCOMPARE(tags.pathsForAsset(m_assets[0]), QStringList { u"天气/晴"_s });
        const auto all = tags.pathsForAllAssets();
        QCOMPARE(all.value(m_assets[2]), QStringList { u"海岸"_s });
        QVERIFY(!all.contains(m_assets[1]));
    }

    // Many assets are counted by reading their links once; the answer is the look-up's.
    void countsAmongManyAssets()
    {
        QString error;
        const auto made = addAssets(u"/many/"_s, TagStore::kCountByReading);
        QVERIFY(made);
        const QList<qint64> many = *made;
        QCOMPARE(many.size(), TagStore::kCountByReading);
        TagStore tags(m_session->db());
        const qint64 pier = *tags.ensurePath(u"景点/栈桥"_s, error);
        const qint64 night = *tags.ensurePath(u"时段/夜晚"_s, error);
        QCOMPARE(tags.addToAssets(pier, many, error), int(many.size()));
        QCOMPARE(tags.addToAssets(night, many.mid(0, 7), error), 7);
        QCOMPARE(tags.addToAssets(night, { m_assets[0] }, error), 1); // outside the selection
        const QList<qint64> selected = many.mid(1); // one fewer than the reading needs
        const auto looked = tags.countsAmong(selected, error);
        QVERIFY2(looked, qPrintable(error));
        QCOMPARE(looked->value(u"景点/栈桥"_s), int(selected.size()));
        QCOMPARE(looked->value(u"时段/夜晚"_s), 6);
        // Read, with a gap in the range and an asset that is not in the selection's range.
        QList<qint64> read = many;
        read.removeAt(3);
        read.append(many.last() + 1000);
        const auto counted = tags.countsAmong(read, error);
        QVERIFY2(counted, qPrintable(error));
        QCOMPARE(counted->value(u"景点/栈桥"_s), int(many.size()) - 1);
        QCOMPARE(counted->value(u"时段/夜晚"_s), 6);
        QVERIFY(!counted->contains(u"海岸"_s));
        QVERIFY(!tags.countsAmong(read, error, [] { return true; }));
        QVERIFY(error.isEmpty());
        QVERIFY(tags.countsAmong({}, error)->isEmpty());
        QCOMPARE(tags.removeFromAssets(pier, many, error), int(many.size()));
    }

    void snapshotsPutSubtreesBackExactly()
    {
        TagStore tags(m_session->db());
        QString error;
        const qint64 street = *tags.ensurePath(u"场景/老街/石板路"_s, error);
        const qint64 oldStreet = *tags.findPath(u"场景/老街"_s);
        const qint64 harbour = *tags.ensurePath(u"场景/港口"_s, error);
        QCOMPARE(tags.addToAssets(street, { m_assets[0] }, error), 1);
        QCOMPARE(tags.addToAssets(oldStreet, { m_assets[1] }, error), 1);
        QCOMPARE(tags.addToAssets(harbour, { m_assets[1], m_assets[2] }, error), 2);
        const auto pathsBefore = tags.allPaths();
        const auto assignedBefore = tags.pathsForAllAssets();

        // Merge is undone by putting both subtrees back.
        const TagStore::Snapshot merged = tags.snapshot({ oldStreet, harbour });
        QCOMPARE(merged.roots, (QStringList { u"场景/老街"_s, u"场景/港口"_s }));
        QVERIFY2(tags.merge(oldStreet, harbour, error), qPrintable(error));
        QVERIFY(!tags.findPath(u"场景/老街"_s));
        QVERIFY(tags.findPath(u"场景/港口/石板路"_s));
        QVERIFY2(tags.restore(merged, error), qPrintable(error));
        QCOMPARE(tags.allPaths(), pathsBefore);
        QCOMPARE(tags.pathsForAllAssets(), assignedBefore);
        QCOMPARE(*tags.findPath(u"场景/老街/石板路"_s), street); // same ids

        // Remove, then something new at the same place, then undo.
        const TagStore::Snapshot removed = tags.snapshot({ oldStreet });
        QVERIFY(tags.remove(oldStreet, error));
        QVERIFY(tags.ensurePath(u"场景/老街/新"_s, error));
        QVERIFY2(tags.restore(removed, error), qPrintable(error));
        QCOMPARE(tags.allPaths(), pathsBefore);
        QCOMPARE(tags.pathsForAllAssets(), assignedBefore);
    }

    void charactersOutsideTheBasicPlane_data()
    {
        // Two UTF-16 units each, one character to SQL: emoji, CJK Extension B.
        QTest::addColumn<QString>("parent");
        QTest::newRow("emoji") << u"🌊海边"_s;
        QTest::newRow("extension B") << u"𠀀村"_s;
        QTest::newRow("both, deeper") << u"景/🌊𠀀/滩"_s;
    }

    void charactersOutsideTheBasicPlane()
    {
        QFETCH(QString, parent);
        TagStore tags(m_session->db());
        QString error;
        const qint64 child = *tags.ensurePath(parent + u"/礁石"_s, error);
        const qint64 grandChild = *tags.ensurePath(parent + u"/礁石/🦀"_s, error);
        const qint64 top = *tags.findPath(parent);
        QCOMPARE(tags.addToAssets(child, { m_assets[0] }, error), 1);
        QCOMPARE(tags.addToAssets(grandChild, { m_assets[1] }, error), 1);
        QCOMPARE(tags.assignmentsInSubtree(top).size(), 2);

        // Rename and move: the children follow, whole.
        const QString name = u"🏖"_s + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY2(tags.rename(top, name, error), qPrintable(error));
        const QString renamed =
            parent.section(u'/', 0, -2).isEmpty() ? name : parent.section(u'/', 0, -2) + u'/' + name;
        QCOMPARE(tags.tag(child)->path, renamed + u"/礁石"_s);
        QCOMPARE(tags.tag(grandChild)->path, renamed + u"/礁石/🦀"_s);
        QVERIFY(tags.move(top, std::nullopt, error));
        QCOMPARE(tags.tag(grandChild)->path, name + u"/礁石/🦀"_s);
        QVERIFY(tags.pathsForAsset(m_assets[1]).contains(name + u"/礁石/🦀"_s));

        // Remove and undo: children and their assignments come back.
        const auto pathsBefore = tags.allPaths();
        const auto assignedBefore = tags.pathsForAllAssets();
        const TagStore::Snapshot removed = tags.snapshot({ top });
        QCOMPARE(removed.tags.size(), 3);
        QCOMPARE(removed.assigned.size(), 2);
        QVERIFY(tags.remove(top, error));
        QVERIFY(!tags.tag(grandChild));
        QVERIFY2(tags.restore(removed, error), qPrintable(error));
        QCOMPARE(tags.allPaths(), pathsBefore);
        QCOMPARE(tags.pathsForAllAssets(), assignedBefore);
        QVERIFY(tags.remove(top, error));
        QVERIFY(!tags.pathsForAsset(m_assets[0]).contains(name + u"/礁石"_s));
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestTagStore)
#include "tst_tagstore.moc"
