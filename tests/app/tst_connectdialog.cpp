// File > Connect to Server…: the address it makes (host or socket folder), the password kept in
// the file libpq reads (escaped, readable only by the user, one line per login), and a real
// server's catalog opened through it, or its refusal shown.

#include "catalog.h"
#include "connectdialog.h"
#include "pgserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgServer m_server;

    void fill(ConnectDialog &dialog, const QString &host, const QString &database, const QString &user,
              const QString &password = {})
    {
        dialog.findChild<QLineEdit *>(u"host"_s)->setText(host);
        dialog.findChild<QLineEdit *>(u"database"_s)->setText(database);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(user);
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"pgpass"_s)));
    }

    void addresses()
    {
        const QString host = ConnectDialog::urlFor(u"nas.office"_s, 5433, u"青岛素材"_s, u"editor"_s);
        QCOMPARE(host, u"postgresql://editor@nas.office:5433/%E9%9D%92%E5%B2%9B%E7%B4%A0%E6%9D%90"_s);
        QVERIFY(Catalog::isServerAddress(host));
        QCOMPARE(ConnectDialog::urlFor(u"nas"_s, 5432, u"reelatlas"_s, u"li@office"_s, u"p:w/d"_s),
                 u"postgresql://li%40office:p:w%2Fd@nas/reelatlas"_s);
        const QString socket = ConnectDialog::urlFor(u"/run/postgresql"_s, 5432, u"reelatlas"_s, u"editor"_s);
        QCOMPARE(socket, u"postgresql:///reelatlas?host=/run/postgresql&user=editor"_s);
        QVERIFY(Catalog::isServerAddress(socket));
        // Shown and kept without the password.
        QVERIFY(!Catalog::displayName(ConnectDialog::urlFor(u"nas"_s, 5432, u"db"_s, u"u"_s, u"secret"_s))
                     .contains(u"secret"_s));

        // Read back into the fields (a recent catalog).
        ConnectDialog dialog;
        dialog.setAddress(u"postgresql:///reelatlas?host=/tmp/x%20y&port=6000&user=editor"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"host"_s)->text(), u"/tmp/x y"_s);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"port"_s)->value(), 6000);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"database"_s)->text(), u"reelatlas"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"user"_s)->text(), u"editor"_s);
        dialog.setAddress(host);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"host"_s)->text(), u"nas.office"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"database"_s)->text(), u"青岛素材"_s);
    }

    void passwordsGoWhereLibpqReadsThem()
    {
        const QString file = m_dir.filePath(u"pgpass-test"_s);
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("# mine\nother:5432:*:me:keep\nnas:5432:reelatlas:editor:old\n");
        existing.close();
        QString error;
        QVERIFY2(ConnectDialog::rememberPassword(file, u"nas"_s, 5432, u"reelatlas"_s, u"editor"_s,
                                                 u"n:e\\w"_s, error),
                 qPrintable(error));
        QVERIFY(ConnectDialog::rememberPassword(file, u"/run/postgresql"_s, 5432, u"a:b"_s, u"li"_s, u"x"_s,
                                                error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(),
                 QByteArray("# mine\nother:5432:*:me:keep\nnas:5432:reelatlas:editor:n\\:e\\\\w\n"
                            "/run/postgresql:5432:a\\:b:li:x\n"));
        // libpq ignores a password file others may read.
        QCOMPARE(existing.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void connectsToARealServer()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(u"office"_s, &error), qPrintable(error));

        // A database that is not there: the server's reason, in the dialog, which stays open.
        ConnectDialog wrong;
        fill(wrong, m_server.socketFolder(), u"nowhere"_s, u"reelatlas"_s);
        QSignalSpy refused(&wrong, &QDialog::accepted);
        wrong.show();
        wrong.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wrong.findChild<QLabel *>(u"status"_s)->text().contains(u"nowhere"_s),
                                 20'000);
        QTRY_VERIFY(wrong.isEnabled());
        QCOMPARE(refused.count(), 0);

        // An empty database becomes a shared catalog; the password is kept as asked.
        ConnectDialog dialog;
        fill(dialog, m_server.socketFolder(), u"office"_s, u"reelatlas"_s, u"s3cret"_s);
        auto *remember = dialog.findChild<QComboBox *>(u"remember"_s);
        remember->setCurrentIndex(remember->findData(int(ConnectDialog::Remember::InFile)));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(accepted.wait(30'000));
        QVERIFY2(!dialog.address().contains(u"s3cret"_s),
                 qPrintable(dialog.address())); // in the file instead
        QVERIFY(Catalog::exists(dialog.address()));
        QFile pgpass(ConnectDialog::passwordFile());
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QVERIFY(pgpass.readAll().contains(":office:reelatlas:s3cret"));

        // Not remembered: the address holds it, for this session only.
        ConnectDialog once;
        fill(once, m_server.socketFolder(), u"office"_s, u"reelatlas"_s, u"just now"_s);
        QSignalSpy onceAccepted(&once, &QDialog::accepted);
        once.show();
        once.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(onceAccepted.wait(30'000));
        QVERIFY(once.address().contains(u"password=just%20now"_s));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
