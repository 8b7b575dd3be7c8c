// Passwords of server catalogs in the desktop keyring: kept under their login and read back for an
// address without one whose server asks for one, never in the settings; File > Connect to Server…
// keeping one there; and, with no keyring to ask, the reason said and nothing kept, but only where
// a password was needed. The server asks the test's logins for their passwords, as an office's
// does; its superuser needs none, as a socket login on one's own machine. The keyring is a real one: the test
// starts a session bus and GNOME Keyring's Secret Service of its own (as PgServer starts a
// database server), so the user's own keyring is never touched.

#include "appsettings.h"
#include "catalog.h"
#include "connectdialog.h"
#include "passwordkeeper.h"
#include "pgserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Set in the child process that runs without a keyring (unavailableKeyringIsSaid).
constexpr char kNoKeyring[] = "REELATLAS_TEST_NO_KEYRING";

// A session bus and a Secret Service on it (gnome-keyring-daemon, its login keyring made and
// unlocked with a password of the test's), in a temporary folder; stopped when it goes.
class PrivateKeyring
{
public:
    ~PrivateKeyring()
    {
        for (QProcess *process : { &m_keyring, &m_bus }) {
            process->kill();
            process->waitForFinished(5'000);
        }
    }

    // Starts both and points this process at the bus.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = u"no temporary folder"_s;
            return false;
        }
        m_bus.start(u"dbus-daemon"_s, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
        if (!m_bus.waitForStarted(10'000) || !m_bus.waitForReadyRead(10'000)) {
            *error = u"dbus-daemon did not start: "_s + m_bus.errorString();
            return false;
        }
        const QByteArray address = m_bus.readLine().trimmed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(address));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // keyrings/ under it
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
        env.insert(u"HOME"_s, m_dir.path());
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(u"gnome-keyring-daemon"_s,
                        { u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s });
        if (!m_keyring.waitForStarted(10'000)) {
            *error = u"gnome-keyring-daemon did not start: "_s + m_keyring.errorString();
            return false;
        }
        m_keyring.write("the test's keyring"); // --unlock: the login keyring's password on stdin
        m_keyring.closeWriteChannel();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        // The service is there once its name is owned on the bus.
        for (int i = 0; i < 100; ++i) {
            QProcess ask;
            ask.setProcessEnvironment(env);
            ask.start(u"dbus-send"_s,
                      { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                        u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.NameHasOwner"_s,
                        u"string:org.freedesktop.secrets"_s });
            if (ask.waitForFinished(5'000) && ask.readAllStandardOutput().contains("boolean true"))
                return true;
            QTest::qWait(100);
        }
        *error =
            u"the Secret Service did not come on the bus: "_s + QString::fromLocal8Bit(m_keyring.readAll());
        return false;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus, m_keyring;
};

} // namespace

class TestPasswordKeeper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PrivateKeyring m_keyring;
    PgServer m_server;

    static QString remembered(const QString &address, const QString &password)
    {
        QString result = u"(no answer)"_s;
        bool done = false;
        QObject context;
        PasswordKeeper::remember(address, password, &context, [&](const QString &error) {
            result = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            return u"(no answer)"_s;
        return result;
    }

    // recall(): the address, and the keyring's note.
    static std::pair<QString, QString> recalled(const QString &address)
    {
        std::pair<QString, QString> result { u"(no answer)"_s, QString() };
        bool done = false;
        QObject context;
        PasswordKeeper::recall(address, &context, [&](const QString &with, const QString &note) {
            result = { with, note };
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("the keyring did not answer");
        return result;
    }

    static QString forgotten(const QString &address)
    {
        QString result = u"(no answer)"_s;
        bool done = false;
        QObject context;
        PasswordKeeper::forget(address, &context, [&](const QString &error) {
            result = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("the keyring did not answer");
        return result;
    }

    // The dialog filled for the test's server as the editor, to keep `password` as `where` says,
    // and accepted.
    void connectWith(ConnectDialog &dialog, const QString &password, ConnectDialog::Remember where)
    {
        dialog.findChild<QLineEdit *>(u"host"_s)->setText(m_server.socketFolder());
        dialog.findChild<QLineEdit *>(u"database"_s)->setText(u"office"_s);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"editor"_s);
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
        auto *remember = dialog.findChild<QComboBox *>(u"remember"_s);
        remember->setCurrentIndex(remember->findData(int(where)));
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the settings of a test, not the user's
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"pgpass"_s)));
        qunsetenv("XDG_CURRENT_DESKTOP"); // whatever desktop runs the tests: the Secret Service
        QString error;
        if (qEnvironmentVariableIsSet(kNoKeyring)) {
            qputenv("DBUS_SESSION_BUS_ADDRESS",
                    "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-bus"_s)));
        } else {
            QVERIFY2(m_keyring.start(&error), qPrintable(error));
        }
        m_server.requirePasswords();
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(u"office"_s, &error), qPrintable(error));
        // The editor owns the database, so that it can make the catalog in it.
        QVERIFY2(
            m_server.psql(u"office"_s,
                          u"CREATE ROLE editor LOGIN PASSWORD 's3cret'; "
                          "CREATE ROLE viewer LOGIN PASSWORD 'v'; ALTER DATABASE office OWNER TO editor"_s,
                          nullptr, &error),
            qPrintable(error));
    }

    void logins()
    {
        const ServerLogin host =
            ServerLogin::of(u"postgresql://li%40office:p:w%2Fd@nas.office:5433/%E9%9D%92%E5%B2%9B"_s);
        QCOMPARE(host.user, u"li@office"_s);
        QCOMPARE(host.password, u"p:w/d"_s);
        QCOMPARE(host.host, u"nas.office"_s);
        QCOMPARE(host.port, 5433);
        QCOMPARE(host.database, u"青岛"_s);
        QCOMPARE(host.key(), u"li@office@nas.office:5433/青岛"_s);
        QCOMPARE(ServerLogin::of(host.url()).password, host.password);
        const ServerLogin socket = ServerLogin::of(
            u"postgresql:///reelatlas?host=/tmp/x%20y&port=6000&user=editor&password=a%26b"_s);
        QCOMPARE(socket.host, u"/tmp/x y"_s);
        QCOMPARE(socket.port, 6000);
        QCOMPARE(socket.password, u"a&b"_s);
        QCOMPARE(socket.key(), u"editor@/tmp/x y:6000/reelatlas"_s);
        QCOMPARE(ServerLogin::of(socket.url()).password, u"a&b"_s);
        QCOMPARE(ServerLogin::of(u"postgres://nas/db"_s).port, ServerLogin::kDefaultPort);
        // Shown, and kept among the recent catalogs, without the password, in either form.
        for (const ServerLogin &login : { socket, host }) {
            const ServerLogin shown = ServerLogin::of(Catalog::displayName(login.url()));
            QCOMPARE(shown.password, QString());
            QCOMPARE(shown.key(), login.key());
        }
        AppSettings().addRecentCatalog(socket.url());
        AppSettings().addRecentCatalog(host.url());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray kept = file.readAll();
        QVERIFY(kept.contains("nas.office"));
        QVERIFY2(!kept.contains("a%26b") && !kept.contains("a&b") && !kept.contains("p:w"), kept.constData());
    }

    void keptAndReadBack()
    {
        if (qEnvironmentVariableIsSet(kNoKeyring))
            return; // the child's test is unavailableKeyringIsSaid()
        const QString address = m_server.url(u"office"_s, u"editor"_s);
        const QString password = u"青岛 p@ss:w/d&x"_s;
        QCOMPARE(remembered(address, password), QString());
        auto [with, note] = recalled(address);
        QCOMPARE(note, QString());
        QCOMPARE(ServerLogin::of(with).password, password);
        QCOMPARE(ServerLogin::of(with).key(), ServerLogin::of(address).key());
        // The same login, written another way: the same password.
        QCOMPARE(ServerLogin::of(recalled(address + u"&port=5432"_s).first).password, password);
        // An address with its own password, another login, a folder: as they are.
        const QString own = address + u"&password=typed"_s;
        QCOMPARE(recalled(own).first, own);
        const QString other = m_server.url(u"office"_s, u"viewer"_s);
        QCOMPARE(recalled(other), std::pair(other, QString()));
        QCOMPARE(recalled(m_dir.path()).first, m_dir.path());
        // A login its server lets in without one (here the superuser on the socket), and a server
        // that is not there: as they are, the keyring not asked, though it keeps one for them.
        for (const QString &needless :
             { m_server.url(u"office"_s), u"postgresql:///office?host=/nonexistent&user=editor"_s }) {
            QCOMPARE(remembered(needless, u"not needed"_s), QString());
            QCOMPARE(recalled(needless), std::pair(needless, QString()));
            QCOMPARE(forgotten(needless), QString());
        }
        // Kept again: the new one.
        QCOMPARE(remembered(address, u"new"_s), QString());
        QCOMPARE(ServerLogin::of(recalled(address).first).password, u"new"_s);
        // Forgotten: libpq's file is all that is left to ask.
        QCOMPARE(forgotten(address), QString());
        QCOMPARE(recalled(address), std::pair(address, QString()));
        QCOMPARE(forgotten(address), QString()); // nothing kept is not an error
    }

    void connectDialogKeepsItInTheKeyring()
    {
        if (qEnvironmentVariableIsSet(kNoKeyring))
            return;
        ConnectDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        connectWith(dialog, u"s3cret"_s, ConnectDialog::Remember::InKeyring);
        QVERIFY(accepted.wait(30'000));
        QVERIFY(Catalog::exists(dialog.address()));
        const auto [with, note] = recalled(Catalog::displayName(dialog.address()));
        QCOMPARE(note, QString());
        QCOMPARE(ServerLogin::of(with).password, u"s3cret"_s);
        QVERIFY(!QFile::exists(ConnectDialog::passwordFile())); // not in the file as well
    }

    // Without a keyring (no session bus): the reason, and the dialog stays open, nothing kept; an
    // address is opened as it is, with the reason. Run in a child process: a process's bus is
    // chosen once.
    void unavailableKeyringIsSaid()
    {
        if (!qEnvironmentVariableIsSet(kNoKeyring)) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kNoKeyring), u"1"_s);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(), { u"unavailableKeyringIsSaid"_s });
            QVERIFY(child.waitForFinished(120'000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("PASS   : TestPasswordKeeper::unavailableKeyringIsSaid()"),
                     out.constData());
            return;
        }
        const QString address = m_server.url(u"office"_s, u"editor"_s);
        const QString error = remembered(address, u"x"_s);
        QVERIFY(!error.isEmpty());
        QVERIFY(error != u"(no answer)"_s);
        const auto [with, note] = recalled(address);
        QCOMPARE(with, address);
        QVERIFY(!note.isEmpty());
        // Where no password is needed, nothing is said about the keyring.
        const QString trusted = m_server.url(u"office"_s);
        QCOMPARE(recalled(trusted), std::pair(trusted, QString()));

        ConnectDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        connectWith(dialog, u"s3cret"_s, ConnectDialog::Remember::InKeyring);
        auto *status = dialog.findChild<QLabel *>(u"status"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(u"Could not keep the password in the desktop keyring"_s), 30'000);
        QTRY_VERIFY(dialog.isEnabled());
        QCOMPARE(accepted.count(), 0);
        // The password file, chosen then, keeps it.
        auto *remember = dialog.findChild<QComboBox *>(u"remember"_s);
        remember->setCurrentIndex(remember->findData(int(ConnectDialog::Remember::InFile)));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(accepted.wait(30'000));
        QFile pgpass(ConnectDialog::passwordFile());
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QVERIFY(pgpass.readAll().contains(":office:editor:s3cret"));
        // Libpq's file gives it now: the keyring is not asked, and nothing is said.
        QCOMPARE(recalled(address), std::pair(address, QString()));
    }
};

QTEST_MAIN(TestPasswordKeeper)
#include "tst_passwordkeeper.moc"
