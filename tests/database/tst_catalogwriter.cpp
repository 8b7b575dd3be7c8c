// On both engines (a catalog folder, a PostgreSQL database).

#include "backends.h"
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

    const QString m_catalog = Backends::newCatalog(); // a folder, or a database on a server

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error));
    }

    void aFailingOperationIsRolledBackAlone()
    {
        const int before = tagCount(m_catalog); // the controlled vocabulary
        std::atomic<int> ok = 0, failed = 0;
        {
            CatalogWriter writer(m_catalog);
            writer.submit(insertTag(u"一"_s, &ok, &failed));
            writer.submit(insertTag(u"一"_s, &ok, &failed)); // unique (parent, name): fails
            writer.submit(insertTag(u"二"_s, &ok, &failed));
            writer.submit(insertTag(QString(), &ok, &failed)); // CHECK (name <> ''): fails
            QVERIFY(writer.flush());
            QCOMPARE(ok.load(), 2);
            QCOMPARE(failed.load(), 2);
            QVERIFY(writer.fatalError().isEmpty());
        }
        QCOMPARE(tagCount(m_catalog), before + 2);
    }

    void manyProducers()
    {
        const int before = tagCount(m_catalog);
        std::atomic<int> ok = 0, failed = 0;
        {
            CatalogWriter writer(m_catalog);
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
        QCOMPARE(tagCount(m_catalog), before + 1000);
    }

    void unusableCatalogIsReported()
    {
        std::atomic<int> ok = 0, failed = 0;
        const QString missing = Backends::onPostgres()
            ? m_catalog.left(m_catalog.indexOf(u'?')) + u"-missing"_s + m_catalog.mid(m_catalog.indexOf(u'?'))
            : m_catalog + u"/does/not/exist"_s;
        CatalogWriter writer(missing);
        writer.submit(insertTag(u"x"_s, &ok, &failed));
        QVERIFY(!writer.flush());
        QVERIFY(!writer.fatalError().isEmpty());
        QCOMPARE(failed.load(), 1);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestCatalogWriter)
#include "tst_catalogwriter.moc"
