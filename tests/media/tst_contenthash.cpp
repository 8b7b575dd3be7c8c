#include "contenthash.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestContentHash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray path(const char *name) const
    {
        return QFile::encodeName(m_dir.filePath(QString::fromUtf8(name)));
    }

    QString hashOf(const QByteArray &file)
    {
        FileIdentity identity;
        QString error;
        if (ContentHash::identify(file, identity, error) != ContentHash::Outcome::Ok)
            return u"error: "_s + error;
        return identity.contentHash;
    }

private Q_SLOTS:
    void sameContentSameHash()
    {
        const QByteArray bytes = TestSupport::randomBytes(3 * 1024 * 1024, 1);
        QVERIFY(TestSupport::writeFile(path("a.mp4"), bytes));
        QVERIFY(TestSupport::writeFile(path("renamed 古镇.mp4"), bytes));
        const QString hash = hashOf(path("a.mp4"));
        QCOMPARE(hash.size(), 32);
        QCOMPARE(hashOf(path("renamed 古镇.mp4")), hash);
    }

    void sizeAndSampledBlocksMatter()
    {
        QByteArray bytes = TestSupport::randomBytes(3 * 1024 * 1024, 2);
        QVERIFY(TestSupport::writeFile(path("b.mp4"), bytes));
        const QString original = hashOf(path("b.mp4"));
        // The first and the last block are always sampled.
        bytes[10] = char(bytes[10] ^ 0xff);
        QVERIFY(TestSupport::writeFile(path("b.mp4"), bytes));
        QVERIFY(hashOf(path("b.mp4")) != original);
        bytes[10] = char(bytes[10] ^ 0xff);
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0xff);
        QVERIFY(TestSupport::writeFile(path("b.mp4"), bytes));
        QVERIFY(hashOf(path("b.mp4")) != original);
        bytes.chop(1);
        QVERIFY(TestSupport::writeFile(path("b.mp4"), bytes));
        QVERIFY(hashOf(path("b.mp4")) != original);
    }

    void smallFilesAreHashedWhole()
    {
        QByteArray bytes = TestSupport::randomBytes(200 * 1024, 3);
        QVERIFY(TestSupport::writeFile(path("c.jpg"), bytes));
        const QString original = hashOf(path("c.jpg"));
        bytes[100 * 1024] = char(bytes[100 * 1024] ^ 1);
        QVERIFY(TestSupport::writeFile(path("c.jpg"), bytes));
        QVERIFY(hashOf(path("c.jpg")) != original);
    }

    void identityCarriesSizeAndTime()
    {
        QVERIFY(TestSupport::writeFile(path("d.mov"), "12345"));
        FileIdentity identity;
        QString error;
        QCOMPARE(ContentHash::identify(path("d.mov"), identity, error), ContentHash::Outcome::Ok);
        QCOMPARE(identity.sizeBytes, 5);
        QVERIFY(identity.mtimeNs > 0);
    }

    void missingIsVanished()
    {
        FileIdentity identity;
        QString error;
        QCOMPARE(ContentHash::identify(path("never-there.mp4"), identity, error),
                 ContentHash::Outcome::Vanished);
    }

    void directoriesAndPipesAreRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(u"folder.mp4"_s));
        FileIdentity identity;
        QString error;
        QCOMPARE(ContentHash::identify(path("folder.mp4"), identity, error), ContentHash::Outcome::Failed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(::mkfifo(path("pipe.mp4").constData(), 0644), 0);
        error.clear();
        // Must not block on a FIFO with no writer.
        QCOMPARE(ContentHash::identify(path("pipe.mp4"), identity, error), ContentHash::Outcome::Failed);
        QVERIFY(error.contains(u"regular"_s));
    }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
