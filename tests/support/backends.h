#pragma once

// Store tests run on both catalog engines: once on a catalog folder (SQLite), once on databases
// of a PostgreSQL server of the run's own (PgServer). A test asks Backends::newCatalog() for a
// fresh, empty place and prepares it as the application would (Catalog::prepare); everything
// else is the same code on both. REELATLAS_TEST_BACKEND=sqlite or =postgresql runs one only.
//
//     class TestRecordStore : public QObject { … const QString m_catalog = Backends::newCatalog(); … };
//     REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestRecordStore)

#include <QCoreApplication>
#include <QString>
#include <QTest>

#include <functional>

class PgServer;

namespace Backends {

enum class Engine { Sqlite, Postgres };

// The engine the test object now running is on.
Engine current();
bool onPostgres();

// Where a new catalog goes: a folder inside a temporary folder that lasts the run, or the URL of
// a new database on the run's server (started the first time). Empty, with a warning, when the
// server cannot start: Catalog::prepare then fails the test.
QString newCatalog();
// The run's server, once newCatalog() started it on PostgreSQL (to stop and start it: a server
// restarting under a client); else null.
PgServer *server();

// Runs a fresh `T` with QTest::qExec on each engine; 0 when both passed.
int runEach(int argc, char **argv, const std::function<int(int, char **)> &runOnce);

template<typename T> int runBoth(int argc, char **argv)
{
    return runEach(argc, argv, [](int count, char **values) {
        T test;
        return QTest::qExec(&test, count, values);
    });
}

} // namespace Backends

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define REELATLAS_BACKENDS_APP QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define REELATLAS_BACKENDS_APP QGuiApplication
#else
#include <QCoreApplication>
#define REELATLAS_BACKENDS_APP QCoreApplication
#endif

#define REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestObject)                                                        \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        REELATLAS_BACKENDS_APP app(argc, argv);                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return Backends::runBoth<TestObject>(argc, argv);                                                    \
    }

#define REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestObject)                                                \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return Backends::runBoth<TestObject>(argc, argv);                                                    \
    }
