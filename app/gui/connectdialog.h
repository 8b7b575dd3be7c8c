#pragma once

// File > Connect to Server…: a catalog on a PostgreSQL server, by host (or the folder of a Unix
// socket), port, database, user and password. The catalog is tried on a worker thread before the
// dialog closes, and a refusal is shown in it (the server's own reason). A password is kept, when
// asked, in the desktop keyring (PasswordKeeper) or in the file libpq reads by itself (~/.pgpass,
// or $PGPASSFILE), readable only by the user; never in the settings: the recent catalogs hold the
// address without it.
//
// Threading: GUI thread.

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (a recent catalog, or one that asked for a password).
    void setAddress(const QString &url);
    // After accept(): the catalog to open. Holds the password only when it was not remembered
    // (then for this session only).
    QString address() const { return m_address; }

    // The libpq URL of a catalog: postgresql://user@host:port/db, or for a socket folder (a
    // host that begins with "/") postgresql:///db?host=/run/postgresql&port=…&user=…
    static QString urlFor(const QString &host, int port, const QString &database, const QString &user,
                          const QString &password = {});
    // Adds or replaces the line of host:port:database:user in the password file libpq reads
    // (`file`: empty for $PGPASSFILE, else ~/.pgpass), made readable only by its owner.
    static bool rememberPassword(const QString &file, const QString &host, int port, const QString &database,
                                 const QString &user, const QString &password, QString &error);
    static QString passwordFile();

    void accept() override;

    // Where a password is kept (the "remember" box's data).
    enum class Remember { No, InKeyring, InFile };

private:
    void updateButtons();
    // Once the catalog opened: the password kept where asked, then the dialog accepted.
    void keepPassword();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_remember;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QString> m_trying;
    QString m_address;
};
