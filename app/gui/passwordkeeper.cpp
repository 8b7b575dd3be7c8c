#include "passwordkeeper.h"

#include "catalog.h"
#include "postgres.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Starts `job` and calls `finished` with it on the GUI thread, unless `context` is gone by then.
void run(QKeychain::Job *job, const QString &address, QObject *context,
         std::function<void(QKeychain::Job &)> finished)
{
    job->setAutoDelete(true);
    job->setKey(ServerLogin::of(address).key());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finished = std::move(finished)](QKeychain::Job *done) { finished(*done); });
    job->start();
}

QString reasonOf(const QKeychain::Job &job)
{
    return job.errorString().isEmpty()
        ? QCoreApplication::translate("PasswordKeeper", "the desktop keyring did not answer")
        : job.errorString();
}

// The keyring's password for the login of `address`, as recall() gives it.
void readKept(const QString &address, QObject *context,
              std::function<void(const QString &address, const QString &note)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(PasswordKeeper::service());
    run(job, address, context, [address, done = std::move(done)](QKeychain::Job &finished) {
        const auto &read = static_cast<QKeychain::ReadPasswordJob &>(finished);
        if (read.error() == QKeychain::EntryNotFound) {
            done(address, {});
        } else if (read.error() != QKeychain::NoError) {
            done(address, reasonOf(read));
        } else {
            ServerLogin login = ServerLogin::of(address);
            login.password = read.textData();
            done(login.url(), {});
        }
    });
}

} // namespace

ServerLogin ServerLogin::of(const QString &address)
{
    const QUrl parsed(address);
    const QUrlQuery query(parsed);
    ServerLogin login;
    const QString socket = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    login.host = !socket.isEmpty() ? socket : parsed.host().isEmpty() ? u"localhost"_s : parsed.host();
    const QString port = query.queryItemValue(u"port"_s);
    login.port = parsed.port() > 0 ? parsed.port() : !port.isEmpty() ? port.toInt() : kDefaultPort;
    login.database = parsed.path(QUrl::FullyDecoded).mid(1);
    const QString user = query.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    login.user = !user.isEmpty() ? user : parsed.userName(QUrl::FullyDecoded);
    const QString password = query.queryItemValue(u"password"_s, QUrl::FullyDecoded);
    login.password = !password.isEmpty() ? password : parsed.password(QUrl::FullyDecoded);
    return login;
}

QString ServerLogin::url() const
{
    const QString path = u"/"_s + QString::fromLatin1(QUrl::toPercentEncoding(database));
    if (host.startsWith(u'/')) { // a socket folder: in the query, as libpq reads it
        QUrlQuery query;
        query.addQueryItem(u"host"_s, QString::fromLatin1(QUrl::toPercentEncoding(host, "/")));
        if (port != kDefaultPort)
            query.addQueryItem(u"port"_s, QString::number(port));
        query.addQueryItem(u"user"_s, QString::fromLatin1(QUrl::toPercentEncoding(user)));
        if (!password.isEmpty())
            query.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
        return u"postgresql://"_s + path + u'?' + query.toString(QUrl::FullyEncoded);
    }
    QUrl out;
    out.setScheme(u"postgresql"_s);
    out.setHost(host);
    if (port != kDefaultPort)
        out.setPort(port);
    out.setUserName(user);
    if (!password.isEmpty())
        out.setPassword(password);
    out.setPath(path, QUrl::TolerantMode);
    return out.toString(QUrl::FullyEncoded);
}

QString ServerLogin::key() const
{
    return u"%1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

QString PasswordKeeper::service()
{
    return u"ReelAtlas"_s;
}

void PasswordKeeper::remember(const QString &address, const QString &password, QObject *context,
                              std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setTextData(password);
    run(job, address, context, [done = std::move(done)](QKeychain::Job &finished) {
        done(finished.error() == QKeychain::NoError ? QString() : reasonOf(finished));
    });
}

void PasswordKeeper::recall(const QString &address, QObject *context,
                            std::function<void(const QString &address, const QString &note)> done)
{
    if (!Catalog::isServerAddress(address) || !ServerLogin::of(address).password.isEmpty()) {
        done(address, {});
        return;
    }
    // The keyring only when the server asks for a password that libpq's file does not give: a
    // desktop without a keyring is not told about one that a trusted login (a socket, a
    // certificate, ~/.pgpass) never needed. Asked on a thread of the pool: it connects.
    auto *asked = new QFutureWatcher<bool>(context);
    QObject::connect(asked, &QFutureWatcher<bool>::finished, context,
                     [asked, address, context, done = std::move(done)]() mutable {
                         asked->deleteLater();
                         if (!asked->result()) {
                             done(address, {});
                             return;
                         }
                         readKept(address, context, std::move(done));
                     });
    asked->setFuture(QtConcurrent::run([address] { return Postgres::asksForPassword(address); }));
}

void PasswordKeeper::forget(const QString &address, QObject *context,
                            std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    run(job, address, context, [done = std::move(done)](QKeychain::Job &finished) {
        done(finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound
                 ? QString()
                 : reasonOf(finished));
    });
}
