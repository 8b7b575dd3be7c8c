#include "connectdialog.h"

#include "catalog.h"
#include "passwordkeeper.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

// A field of a password file line: backslash and colon escaped (libpq's rule).
QString pgpassField(QString value)
{
    return value.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(u"localhost"_s, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(u"host"_s);
    m_host->setToolTip(
        tr("The server's name or address, or the folder of its Unix socket (/run/postgresql)"));
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(ServerLogin::kDefaultPort);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(u"reelatlas"_s);
    m_user->setObjectName(u"user"_s);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from the password file, or none"));
    m_remember->setObjectName(u"remember"_s);
    m_remember->addItem(tr("Not remembered: asked again next time"), int(Remember::No));
    m_remember->addItem(tr("Remembered in the desktop keyring"), int(Remember::InKeyring));
    m_remember->addItem(
        tr("Remembered in %1, readable only by you").arg(QDir::toNativeSeparators(passwordFile())),
        int(Remember::InFile));
    m_remember->setToolTip(tr("The password is never kept in ReelAtlas's settings. The password file is "
                              "the one libpq reads, so reelatlas-cli finds it too."));
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A catalog on a PostgreSQL server, shared by the whole office. Ask its "
                                    "administrator for the database and your login."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(&m_trying, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_trying.result();
        setEnabled(true);
        if (!error.isEmpty()) {
            m_status->setText(tr("Could not open the catalog: %1").arg(error));
            return;
        }
        keepPassword();
    });
    updateButtons();
}

void ConnectDialog::setAddress(const QString &url)
{
    const ServerLogin login = ServerLogin::of(url);
    m_host->setText(login.host);
    m_port->setValue(login.port);
    m_database->setText(login.database);
    m_user->setText(login.user);
}

QString ConnectDialog::urlFor(const QString &host, int port, const QString &database, const QString &user,
                              const QString &password)
{
    return ServerLogin { host, port, database, user, password }.url();
}

QString ConnectDialog::passwordFile()
{
    const QString set = qEnvironmentVariable("PGPASSFILE");
    return !set.isEmpty() ? set : QDir::home().filePath(u".pgpass"_s);
}

bool ConnectDialog::rememberPassword(const QString &file, const QString &host, int port,
                                     const QString &database, const QString &user, const QString &password,
                                     QString &error)
{
    const QString path = file.isEmpty() ? passwordFile() : file;
    const QString key =
        QStringList { pgpassField(host), QString::number(port), pgpassField(database), pgpassField(user) }
            .join(u':');
    QStringList lines;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            error = existing.errorString();
            return false;
        }
        lines = QString::fromUtf8(existing.readAll()).split(u'\n');
        existing.close();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    lines.removeIf([&](const QString &line) { return line.startsWith(key + u':'); });
    lines.append(key + u':' + pgpassField(password));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        error = out.errorString();
        return false;
    }
    // libpq ignores a password file that others may read.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!out.commit()) {
        error = out.errorString();
        return false;
    }
    return true;
}

void ConnectDialog::keepPassword()
{
    const auto where = Remember(m_remember->currentData().toInt());
    if (where == Remember::No || m_password->text().isEmpty()) {
        QDialog::accept();
        return;
    }
    if (where == Remember::InFile) {
        QString why;
        if (!rememberPassword({}, m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                              m_user->text().trimmed(), m_password->text(), why)) {
            m_status->setText(tr("Could not keep the password: %1").arg(why));
            return;
        }
        // libpq reads it from the file: the address need not hold it.
        m_address = urlFor(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                           m_user->text().trimmed());
        QDialog::accept();
        return;
    }
    // The keyring may ask to be unlocked: the dialog waits, and the address keeps the password
    // for this session (the window opened next reads it from the keyring only after a restart).
    setEnabled(false);
    m_status->setText(tr("Keeping the password in the desktop keyring…"));
    PasswordKeeper::remember(m_address, m_password->text(), this, [this](const QString &error) {
        setEnabled(true);
        if (!error.isEmpty()) {
            m_status->setText(tr("Could not keep the password in the desktop keyring: %1. Choose the "
                                 "password file, or not to remember it.")
                                  .arg(error));
            return;
        }
        QDialog::accept();
    });
}

void ConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                     && !m_user->text().trimmed().isEmpty());
}

void ConnectDialog::accept()
{
    if (m_trying.isRunning())
        return;
    // With the password typed: for this session, unless it is remembered (then the file has it).
    m_address = urlFor(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                       m_user->text().trimmed(), m_password->text());
    m_status->setText(tr("Connecting to %1…").arg(Catalog::displayName(m_address)));
    setEnabled(false);
    const QString address = m_address;
    m_trying.setFuture(QtConcurrent::run([address] {
        QString error;
        // An empty database becomes a new shared catalog, as "reelatlas-cli init" makes one; the
        // database itself must exist (the server says so otherwise).
        if (!Catalog::prepare(address, Catalog::OpenMode::Create, error))
            return error.isEmpty() ? QCoreApplication::translate("ConnectDialog", "unknown error") : error;
        return QString();
    }));
}
