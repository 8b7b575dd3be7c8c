// The private PostgreSQL server the shared catalog's tests run against (tests/support/pgserver):
// it starts from nothing, listens on its own socket and on no TCP port, survives a crash (an
// immediate stop) and starts again with what was committed.

#include "pgserver.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsPrivatelyOnASocket()
    {
        PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.isRunning());
        QVERIFY(QFileInfo::exists(server.socketFolder() + u"/.s.PGSQL.5432"_s));
        QString out;
        QVERIFY2(server.psql(u"postgres"_s, u"SHOW listen_addresses"_s, &out, &error), qPrintable(error));
        QCOMPARE(out, QString()); // no TCP port
        QVERIFY2(server.psql(u"postgres"_s, u"SHOW server_encoding"_s, &out, &error), qPrintable(error));
        QCOMPARE(out, u"UTF8"_s);
        QVERIFY2(server.psql(u"postgres"_s, u"SELECT current_user"_s, &out, &error), qPrintable(error));
        QCOMPARE(out, u"reelatlas"_s);
        const QString url = server.url(u"catalog"_s);
        QVERIFY(url.startsWith(u"postgresql:///catalog?host="_s));
        QVERIFY(url.contains(u"user=reelatlas"_s));
    }

    void databasesAndAMistake()
    {
        PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(u"one"_s, &error), qPrintable(error));
        QVERIFY2(server.createDatabase(u"two"_s, &error), qPrintable(error));
        QVERIFY(!server.createDatabase(u"one"_s, &error)); // exists
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QVERIFY(!server.psql(u"one"_s, u"SELECT * FROM nowhere"_s, nullptr, &error));
        QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
    }

    // Killed as in a crash and started again: what was committed is there.
    void crashAndRestart()
    {
        PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.createDatabase(u"kept"_s, &error), qPrintable(error));
        QVERIFY2(server.psql(u"kept"_s, u"CREATE TABLE t (v text); INSERT INTO t VALUES ('黄昏')"_s, nullptr,
                             &error),
                 qPrintable(error));
        QVERIFY2(server.stop(true, &error), qPrintable(error));
        QVERIFY(!server.isRunning());
        QVERIFY(!server.psql(u"kept"_s, u"SELECT 1"_s, nullptr, &error)); // nobody there
        QVERIFY2(server.start(&error), qPrintable(error));
        QString out;
        QVERIFY2(server.psql(u"kept"_s, u"SELECT v FROM t"_s, &out, &error), qPrintable(error));
        QCOMPARE(out, u"黄昏"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
