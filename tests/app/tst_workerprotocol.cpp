#include "workerprotocol.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkerProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsRawBytes()
    {
        QCborMap request;
        request.insert(u"op"_s, u"process"_s);
        request.insert(u"path"_s, QByteArray("/drive/\xb9\xc5\xd5\xf2.mp4")); // not UTF-8
        const QByteArray frame = WorkerProtocol::encode(request);
        WorkerProtocol::Reader reader;
        reader.append(frame);
        QCborMap decoded;
        QVERIFY(reader.next(decoded));
        QCOMPARE(decoded.value("path"_L1).toByteArray(), QByteArray("/drive/\xb9\xc5\xd5\xf2.mp4"));
        QVERIFY(!reader.next(decoded));
    }

    void messagesArriveInPieces()
    {
        QCborMap a, b;
        a.insert(u"n"_s, 1);
        b.insert(u"jpeg"_s, QByteArray(100'000, 'j'));
        const QByteArray stream = WorkerProtocol::encode(a) + WorkerProtocol::encode(b);
        WorkerProtocol::Reader reader;
        QList<QCborMap> received;
        for (qsizetype i = 0; i < stream.size(); i += 777) {
            reader.append(stream.mid(i, 777));
            QCborMap message;
            while (reader.next(message))
                received.append(message);
        }
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).value("jpeg"_L1).toByteArray().size(), 100'000);
        QVERIFY(reader.error().isEmpty());
    }

    void garbageIsAnError()
    {
        WorkerProtocol::Reader reader;
        reader.append(QByteArray("\x00\x00\x00\x04\xff\xff\xff\xff", 8));
        QCborMap message;
        QVERIFY(!reader.next(message));
        QVERIFY(!reader.error().isEmpty());

        WorkerProtocol::Reader huge;
        huge.append(QByteArray("\x7f\xff\xff\xff", 4));
        QVERIFY(!huge.next(message));
        QVERIFY(huge.error().contains(u"too large"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
