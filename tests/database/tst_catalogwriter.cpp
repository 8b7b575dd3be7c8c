#include "catalog.h"
#include "catalogwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

CatalogWriter::Operation insertTag(const QString &name, std::atomic<int> *ok, std::atomic<int> *failed)
{
    return CatalogWriter::Operation {
        [name](CatalogSession &session, QString &error) {
            QSqlQuery query(session.db());
            query.prepare(u"INSERT INTO tags (name, created_at) VALUES (?, 'now')"_s);
            query.addBindValue(name);
            if (!query.exec()) {
                error = query.lastError().text();
                return false;
            }
            return true;
        },
        [ok, failed](bool success, const QString &) { ++(success ? *ok : *failed); }
    };
}

int tagCount(const QString &folder)
{
    CatalogSession session(folder);
    QSqlQuery query(session.db());
    query.exec(u"SELECT count(*) FROM tags"_s);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestCatalogWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_dir.path(), Catalog::OpenMode::Create, error));
    }

    void aFailingOperationIsRolledBackAlone()
    {
        const int before = tagCount(m_dir.path()); // the controlled vocabulary
        std::atomic<int> ok = 0, failed = 0;
        {
            CatalogWriter writer(m_dir.path());
            writer.submit(insertTag(u"一"_s, &ok, &failed));
            writer.submit(insertTag(u"一"_s, &ok, &failed)); // unique (parent, name): fails
            writer.submit(insertTag(u"二"_s, &ok, &failed));
            writer.submit(insertTag(QString(), &ok, &failed)); // CHECK (name <> ''): fails
            QVERIFY(writer.flush());
            QCOMPARE(ok.load(), 2);
            QCOMPARE(failed.load(), 2);
            QVERIFY(writer.fatalError().isEmpty());
        }
        QCOMPARE(tagCount(m_dir.path()), before + 2);
    }

    void manyProducers()
    {
        const int before = tagCount(m_dir.path());
        std::atomic<int> ok = 0, failed = 0;
        {
            CatalogWriter writer(m_dir.path());
            std::vector<std::thread> producers;
            for (int t = 0; t < 4; ++t) {
                producers.emplace_back([&, t] {
                    for (int i = 0; i < 250; ++i)
                        writer.submit(insertTag(u"t%1-%2"_s.arg(t).arg(i), &ok, &failed));
                });
            }
            for (std::thread &producer : producers)
                producer.join();
        } // the destructor commits what is queued
        QCOMPARE(ok.load(), 1000);
        QCOMPARE(failed.load(), 0);
        QCOMPARE(tagCount(m_dir.path()), before + 1000);
    }

    void unusableCatalogIsReported()
    {
        std::atomic<int> ok = 0, failed = 0;
        CatalogWriter writer(m_dir.filePath(u"does/not/exist"_s));
        writer.submit(insertTag(u"x"_s, &ok, &failed));
        QVERIFY(!writer.flush());
        QVERIFY(!writer.fatalError().isEmpty());
        QCOMPARE(failed.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
