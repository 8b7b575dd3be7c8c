#include "backends.h"

#include "pgserver.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Backends {

namespace {

Engine engine = Engine::Sqlite;
std::unique_ptr<QTemporaryDir> folders; // the run's catalog folders
std::unique_ptr<PgServer> runServer; // started the first time a database is asked for
int made = 0;

} // namespace

Engine current()
{
    return engine;
}

bool onPostgres()
{
    return engine == Engine::Postgres;
}

QString newCatalog()
{
    ++made;
    if (engine == Engine::Sqlite) {
        if (!folders)
            folders = std::make_unique<QTemporaryDir>();
        return folders->filePath(u"catalog%1"_s.arg(made));
    }
    QString error;
    if (!runServer) {
        runServer = std::make_unique<PgServer>();
        if (!runServer->start(&error)) {
            qWarning("the test's PostgreSQL server did not start: %s", qPrintable(error));
            return {};
        }
    }
    const QString name = u"catalog%1"_s.arg(made);
    if (!runServer->createDatabase(name, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return runServer->url(name);
}

PgServer *server()
{
    return engine == Engine::Postgres ? runServer.get() : nullptr;
}

int runEach(int argc, char **argv, const std::function<int(int, char **)> &runOnce)
{
    const QByteArray only = qgetenv("REELATLAS_TEST_BACKEND").toLower();
    int failed = 0;
    const std::pair<Engine, const char *> engines[] = { { Engine::Sqlite, "sqlite" },
                                                        { Engine::Postgres, "postgresql" } };
    for (const auto &[which, name] : engines) {
        if (!only.isEmpty() && only != name)
            continue;
        engine = which;
        std::printf("=== on %s ===\n",
                    which == Engine::Sqlite ? "SQLite (a catalog folder)"
                                            : "PostgreSQL (a server of the test's own)");
        std::fflush(stdout);
        failed += runOnce(argc, argv);
    }
    runServer.reset(); // stopped and removed
    folders.reset();
    return failed;
}

} // namespace Backends
