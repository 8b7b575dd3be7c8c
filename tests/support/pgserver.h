#pragma once

// A PostgreSQL server of a test's own: a cluster made with initdb in a temporary folder, listening
// on a Unix socket in that folder and on no TCP port, stopped and removed when the object goes.
// Debian's `postgresql` package installs the programs under /usr/lib/postgresql/VERSION/bin.
// PostgreSQL refuses to run as root; a test run as root (CI) runs the server as the `postgres`
// system user that the package creates. A test process that dies leaves its server running: the
// next PgServer to start stops it (its folder names the process that owned it).

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class PgServer final
{
public:
    PgServer();
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    // Before the first start(): every login but the superuser must give its password on the
    // socket (scram-sha-256), as an office's server asks; the superuser still needs none.
    void requirePasswords() { m_passwords = true; }

    // Makes the cluster (superuser "reelatlas", no password on the socket) and starts it. False
    // with the reason (no PostgreSQL installed, initdb failed …).
    bool start(QString *error);
    // Stops it: "fast" (sessions ended, clean) or "immediate" (as a crash: recovery at the next
    // start). start() again starts the same cluster.
    bool stop(bool immediate = false, QString *error = nullptr);
    bool isRunning() const { return m_running; }

    // The folder of the socket, and a libpq URL of `database` on it as `user` (default: the
    // superuser), e.g. postgresql:///db?host=/tmp/x/socket&user=reelatlas.
    QString socketFolder() const;
    QString url(const QString &database, const QString &user = {}) const;

    // CREATE DATABASE name (a fresh one for each test).
    bool createDatabase(const QString &name, QString *error);
    // Runs `sql` with psql on `database` as `user`; its output (unaligned, tuples only) in `out`.
    bool psql(const QString &database, const QString &sql, QString *out, QString *error,
              const QString &user = {}) const;

    // The folder of the programs (initdb, pg_ctl, psql), or empty when none is installed.
    static QString binFolder();

private:
    // Stops the servers of tests that died without stopping theirs, and removes their folders.
    void stopOrphans() const;
    bool runAsServerUser(const QString &program, const QStringList &args, QString *error,
                         QString *out = nullptr) const;

    QTemporaryDir m_root;
    QString m_bin;
    bool m_made = false;
    bool m_running = false;
    bool m_passwords = false;
};
