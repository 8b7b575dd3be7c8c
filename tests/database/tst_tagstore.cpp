#include "catalog.h"
#include "tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTagStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogSession> m_session;
    QList<qint64> m_assets;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_dir.path(), Catalog::OpenMode::Create, error));
        m_session = std::make_unique<CatalogSession>(m_dir.path());
        QSqlQuery query(m_session->db());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(query.exec(
                u"INSERT INTO assets (kind, path, path_raw, file_name, size_bytes, mtime_ns, added_at, "
                "updated_at) VALUES ('video', '/a%1', CAST('/a%1' AS BLOB), 'a%1', 1, 1, 'x', 'x')"_s.arg(
                    i)));
            m_assets.append(query.lastInsertId().toLongLong());
        }
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

    void hierarchy()
    {
        TagStore tags(m_session->db());
        QString error;
        const auto sunny = tags.ensurePath(u"天气/晴"_s, error);
        const auto rain = tags.ensurePath(u"天气/雨"_s, error);
        QVERIFY(sunny && rain && *sunny != *rain);
        QCOMPARE(tags.ensurePath(u"天气/晴"_s, error), sunny); // no duplicate siblings
        QCOMPARE(tags.findPath(u"天气/晴"_s), sunny);
        QVERIFY(!tags.findPath(u"天气/雪"_s));
        QVERIFY(tags.findPath(u"天气"_s));
        const auto paths = tags.allPaths();
        QCOMPARE(paths.value(*sunny), u"天气/晴"_s);
        QCOMPARE(paths.size(), 3);
        // The same name may live under different parents.
        QVERIFY(tags.ensurePath(u"季节/晴"_s, error));
        QCOMPARE(tags.allPaths().size(), 5);
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
        const auto all = tags.pathsForAllAssets();
        QCOMPARE(all.value(m_assets[2]), QStringList { u"海岸"_s });
        QVERIFY(!all.contains(m_assets[1]));
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
