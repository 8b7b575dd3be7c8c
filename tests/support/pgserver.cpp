#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrlQuery>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char kSuperuser[] = "reelatlas";
constexpr char kServerUser[] = "postgres"; // Debian's package makes it

bool asRoot()
{
    return ::geteuid() == 0;
}

// Gives `path` to the server's system user (as root only).
bool giveToServerUser(const QString &path, QString *error)
{
    if (!asRoot())
        return true;
    const passwd *user = ::getpwnam(kServerUser);
    if (!user || ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        if (error)
            *error = u"cannot give %1 to the system user \"%2\" (is PostgreSQL installed?)"_s.arg(
                path, QLatin1StringView(kServerUser));
        return false;
    }
    return true;
}

constexpr char kFolderPrefix[] = "reelatlas-pgserver-";

} // namespace

PgServer::PgServer()
    : m_root(QDir::temp().filePath(QLatin1StringView(kFolderPrefix) + u"XXXXXX"_s))
    , m_bin(binFolder())
{
}

void PgServer::stopOrphans() const
{
    // A test that died (a crash, QTest's watchdog) never ran its destructor: its server is still
    // running, and its folder is left. Its owner's pid says so.
    const QStringList folders =
        QDir::temp().entryList({ QLatin1StringView(kFolderPrefix) + u'*' }, QDir::Dirs);
    for (const QString &name : folders) {
        const QString root = QDir::temp().filePath(name);
        if (root == m_root.path())
            continue;
        QFile owner(root + u"/owner.pid"_s);
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const pid_t pid = pid_t(owner.readAll().trimmed().toLongLong(&ok));
        if (!ok || pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue; // alive (or not ours to judge)
        if (QFileInfo::exists(root + u"/data/postmaster.pid"_s))
            runAsServerUser(u"pg_ctl"_s,
                            { u"-D"_s, root + u"/data"_s, u"-w"_s, u"-m"_s, u"immediate"_s, u"stop"_s },
                            nullptr);
        QDir(root).removeRecursively();
    }
}

PgServer::~PgServer()
{
    if (m_running)
        stop(true);
}

QString PgServer::binFolder()
{
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    // The newest first ("15" before "9").
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

bool PgServer::runAsServerUser(const QString &program, const QStringList &args, QString *error,
                               QString *out) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setWorkingDirectory(m_root.path()); // readable by the server's user
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"PGDATABASE"_s);
    environment.remove(u"PGHOST"_s);
    environment.remove(u"PGPORT"_s);
    environment.remove(u"PGUSER"_s);
    process.setProcessEnvironment(environment);
    const QString path = m_bin + u'/' + program;
    if (asRoot())
        process.start(u"runuser"_s,
                      QStringList { u"-u"_s, QLatin1StringView(kServerUser), u"--"_s, path } + args);
    else
        process.start(path, args);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = u"%1 did not run: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = u"%1 failed: %2%3"_s.arg(program, QString::fromUtf8(process.readAllStandardError()),
                                              QString::fromUtf8(process.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PgServer::start(QString *error)
{
    if (m_running)
        return true;
    if (m_bin.isEmpty()) {
        if (error)
            *error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                     "apt-get install postgresql"_s;
        return false;
    }
    if (!m_root.isValid()) {
        if (error)
            *error = u"cannot make a temporary folder"_s;
        return false;
    }
    const QString data = m_root.filePath(u"data"_s);
    const QString socket = socketFolder();
    if (!m_made) {
        stopOrphans();
        QFile owner(m_root.filePath(u"owner.pid"_s));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())));
        owner.close();
        // The server's user must reach its folders; nobody else may read the data.
        ::chmod(QFile::encodeName(m_root.path()).constData(), 0755);
        if (!QDir().mkpath(data) || !QDir().mkpath(socket) || !giveToServerUser(data, error)
            || !giveToServerUser(socket, error))
            return false;
        ::chmod(QFile::encodeName(data).constData(), 0700);
        if (!runAsServerUser(u"initdb"_s,
                             { u"-D"_s, data, u"-U"_s, QLatin1StringView(kSuperuser), u"-A"_s, u"trust"_s,
                               u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s },
                             error))
            return false;
        if (m_passwords) {
            QFile hba(data + u"/pg_hba.conf"_s); // the server user's file: truncated, not replaced
            if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || hba.write(QByteArray("local all ") + kSuperuser + " trust\nlocal all all scram-sha-256\n")
                    < 0) {
                if (error)
                    *error = u"cannot write %1: %2"_s.arg(hba.fileName(), hba.errorString());
                return false;
            }
        }
        m_made = true;
    }
    // No TCP port. A commit is kept when the server is killed (its log is written before the
    // commit returns), not when the machine is: no fsync. No autovacuum: nothing writes but the
    // test.
    const QString options =
        u"-k %1 -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=60 -c autovacuum=off"_s
            .arg(socket);
    if (!runAsServerUser(u"pg_ctl"_s,
                         { u"-D"_s, data, u"-l"_s, m_root.filePath(u"socket/server.log"_s), u"-w"_s, u"-t"_s,
                           u"60"_s, u"-o"_s, options, u"start"_s },
                         error))
        return false;
    m_running = true;
    return true;
}

bool PgServer::stop(bool immediate, QString *error)
{
    if (!m_running)
        return true;
    const bool stopped = runAsServerUser(u"pg_ctl"_s,
                                         { u"-D"_s, m_root.filePath(u"data"_s), u"-w"_s, u"-m"_s,
                                           immediate ? u"immediate"_s : u"fast"_s, u"stop"_s },
                                         error);
    if (stopped)
        m_running = false;
    return stopped;
}

QString PgServer::socketFolder() const
{
    return m_root.filePath(u"socket"_s);
}

QString PgServer::url(const QString &database, const QString &user) const
{
    QUrlQuery query;
    query.addQueryItem(u"host"_s, socketFolder());
    query.addQueryItem(u"user"_s, user.isEmpty() ? QLatin1StringView(kSuperuser) : user);
    return u"postgresql:///%1?%2"_s.arg(database, query.toString(QUrl::FullyEncoded));
}

bool PgServer::psql(const QString &database, const QString &sql, QString *out, QString *error,
                    const QString &user) const
{
    QString printed;
    const bool ran = runAsServerUser(
        u"psql"_s,
        { u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, socketFolder(), u"-U"_s,
          user.isEmpty() ? QLatin1StringView(kSuperuser) : user, u"-d"_s, database, u"-c"_s, sql },
        error, &printed);
    if (out)
        *out = printed.trimmed();
    return ran;
}

bool PgServer::createDatabase(const QString &name, QString *error)
{
    return psql(u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name), nullptr, error);
}
