#pragma once

// Passwords of server catalogs kept in the desktop keyring (the Secret Service of GNOME, KDE
// and others on Linux, the Keychain on macOS, the Credential Store on Windows), through
// QtKeychain: a library the desktops' own clients use, rather than a D-Bus protocol of our own.
// A password is kept under its login (user, host, port, database), never in the settings, and
// read back when a catalog is opened by an address without one (a recent catalog, the default
// catalog, --catalog).
//
// Threading: GUI thread. The keyring is asked asynchronously (it may ask to be unlocked); `done`
// is called on the GUI thread once, unless `context` is destroyed first.

#include <QObject>
#include <QString>

#include <functional>

struct ServerLogin
{
    QString host; // a name, an address, or a Unix socket's folder (it begins with "/")
    int port = kDefaultPort;
    QString database;
    QString user;
    QString password; // in the address itself: for this session only

    static constexpr int kDefaultPort = 5432;

    // The parts of a libpq URL (postgresql://user:password@host:port/db, or the socket form with
    // host, port, user and password in its query).
    static ServerLogin of(const QString &address);
    // The libpq URL: postgresql://user@host:port/db, or for a socket folder
    // postgresql:///db?host=/run/postgresql&port=…&user=… (the password in it when set).
    QString url() const;
    // What the keyring knows it by: user@host:port/database.
    QString key() const;
};

class PasswordKeeper final
{
public:
    // The keyring's service: what its manager (Seahorse, KWalletManager) shows the entries under.
    static QString service();

    // Keeps `password` for the login of `address`; `done` gets an empty string, or the keyring's
    // reason.
    static void remember(const QString &address, const QString &password, QObject *context,
                         std::function<void(const QString &error)> done);
    // `address` with the password the keyring keeps for its login, when it has none of its own,
    // its server asks for one that ~/.pgpass does not give (a connection is tried first, on a
    // thread of the pool), and the keyring has one; else `address` as it is. `note` is the
    // keyring's reason when it was asked and could not answer (none there, or locked and not
    // opened).
    static void recall(const QString &address, QObject *context,
                       std::function<void(const QString &address, const QString &note)> done);
    // Forgets the login's password; `done` as for remember() (nothing kept is not an error).
    static void forget(const QString &address, QObject *context,
                       std::function<void(const QString &error)> done);
};
