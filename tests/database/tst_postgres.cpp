// Connecting to a catalog on a PostgreSQL server by its libpq URL (database/postgres), against a
// server of the test's own (tests/support/pgserver).

#include "pgserver.h"
#include "postgres.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPostgres : public QObject
{
    Q_OBJECT

    PgServer m_server;

    static QVariant one(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(u"catalog"_s, &error), qPrintable(error));
    }

    // libpq's own parser: every form it documents, each keyword where it belongs.
    void urlsAsLibpqReadsThem()
    {
        QString error;
        const auto full = Postgres::parameters(
            u"postgresql://editor:s3cr%40t@nas.local:5433/reelatlas?sslmode=require&connect_timeout=5"_s,
            error);
        QVERIFY2(full, qPrintable(error));
        const QList<std::pair<QString, QString>> expected {
            { u"user"_s, u"editor"_s },      { u"password"_s, u"s3cr@t"_s }, { u"connect_timeout"_s, u"5"_s },
            { u"dbname"_s, u"reelatlas"_s }, { u"host"_s, u"nas.local"_s },  { u"port"_s, u"5433"_s },
            { u"sslmode"_s, u"require"_s },
        };
        for (const auto &pair : expected)
            QVERIFY2(full->contains(pair), qPrintable(pair.first));
        const auto socket = Postgres::parameters(u"postgresql:///reelatlas?host=/run/postgresql"_s, error);
        QVERIFY2(socket, qPrintable(error));
        QVERIFY(socket->contains(std::pair(u"host"_s, u"/run/postgresql"_s)));
        QVERIFY(socket->contains(std::pair(u"dbname"_s, u"reelatlas"_s)));
        QVERIFY(Postgres::parameters(u"postgres://nas/reelatlas"_s, error));
        // Not a URL libpq accepts: its reason.
        QVERIFY(!Postgres::parameters(u"postgresql://nas/reelatlas?nosuchkeyword=1"_s, error));
        QVERIFY2(error.contains(u"nosuchkeyword"_s), qPrintable(error));
    }

    void opensTheServersCatalog()
    {
        QString error;
        {
            QSqlDatabase db = Postgres::open(m_server.url(u"catalog"_s), u"pg1"_s, false, error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QCOMPARE(one(db, u"SELECT current_database()"_s).toString(), u"catalog"_s);
            QCOMPARE(one(db, u"SELECT current_setting('application_name')"_s).toString(),
                     u"ReelAtlas %1"_s.arg(QCoreApplication::applicationPid()));
            QCOMPARE(one(db, u"SHOW server_encoding"_s).toString(), u"UTF8"_s);
            // Chinese both ways.
            QSqlQuery query(db);
            QVERIFY(query.prepare(u"SELECT ? || '边'"_s));
            query.addBindValue(u"黄昏海"_s);
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toString(), u"黄昏海边"_s);
        }
        QSqlDatabase::removeDatabase(u"pg1"_s);
    }

    // Read-only sessions: the server itself refuses their writes.
    void readOnlyIsTheServers()
    {
        QString error;
        {
            QSqlDatabase db = Postgres::open(m_server.url(u"catalog"_s) + u"&application_name=scout"_s,
                                             u"pg2"_s, true, error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QCOMPARE(one(db, u"SHOW default_transaction_read_only"_s).toString(), u"on"_s);
            QCOMPARE(one(db, u"SELECT current_setting('application_name')"_s).toString(), u"scout"_s);
            QSqlQuery query(db);
            QVERIFY(!query.exec(u"CREATE TABLE written (v int)"_s));
            QVERIFY2(query.lastError().text().contains(u"read-only"_s), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"pg2"_s);
    }

    // A database that is not there, a server that is not there: the reason, never the password.
    void failuresSayWhyWithoutThePassword()
    {
        QString error;
        QString url = m_server.url(u"nosuchcatalog"_s);
        url.replace(u"postgresql:///"_s, u"postgresql://reelatlas:s3cret@/"_s);
        QSqlDatabase db = Postgres::open(url, u"pg3"_s, false, error);
        QVERIFY(!db.isValid());
        QVERIFY2(error.contains(u"nosuchcatalog"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
        db = Postgres::open(u"postgresql:///catalog?host=/nonexistent-folder&password=s3cret"_s, u"pg4"_s,
                            false, error);
        QVERIFY(!db.isValid());
        QVERIFY2(error.contains(u"/nonexistent-folder"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
        QVERIFY(!QSqlDatabase::contains(u"pg3"_s));
        QVERIFY(!QSqlDatabase::contains(u"pg4"_s));
        // A setting the driver would split.
        db = Postgres::open(m_server.url(u"catalog"_s) + u"&options=-c%20search_path%3Da%3Bb"_s, u"pg5"_s,
                            false, error);
        QVERIFY(!db.isValid());
        QVERIFY2(error.contains(u"options"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
