// The catalog's job queue (database/jobqueue.h), on both engines: jobs handed out once, leases
// that run out and are taken over, renewed leases that are not, three failures, and many
// takers at once never sharing a job.

#include "backends.h"
#include "catalog.h"
#include "jobqueue.h"
#include "sql.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace Qt::StringLiterals;

class TestJobQueue : public QObject
{
    Q_OBJECT

    const QString m_catalog = Backends::newCatalog();
    std::unique_ptr<CatalogSession> m_session;

    JobQueue queue() { return JobQueue(m_session->db()); }

    QString stateOf(qint64 id)
    {
        QSqlQuery query(m_session->db());
        query.prepare(
            u"SELECT state || ' ' || CAST(attempts AS TEXT) || ' ' || COALESCE(error, '') FROM jobs "
            "WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString().trimmed() : u"?"_s;
    }

    // A failed attempt's pause, over at once.
    void endPauses()
    {
        QVERIFY(
            QSqlQuery(m_session->db()).exec(u"UPDATE jobs SET lease_until = NULL WHERE state = 'waiting'"_s));
    }

    QList<QByteArray> paths(int count, const QString &stem)
    {
        QList<QByteArray> out;
        for (int i = 0; i < count; ++i)
            out.append(u"/media/%1/%2.mp4"_s.arg(stem).arg(i, 4, 10, QChar(u'0')).toUtf8());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Catalog::prepare(m_catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        m_session = std::make_unique<CatalogSession>(m_catalog);
        QVERIFY2(m_session->isOpen(), qPrintable(m_session->error()));
    }

    void init() { QVERIFY(QSqlQuery(m_session->db()).exec(u"DELETE FROM jobs"_s)); }

    void cleanupTestCase() { m_session.reset(); }

    void queueingTwiceQueuesOnce()
    {
        QString error;
        const QByteArray chinese = "/media/青岛/海边 黄昏.mp4";
        const QByteArray gbk = "/media/\xba\xa3\xb1\xdf.mp4"; // 海边 in GBK: not UTF-8
        QCOMPARE(queue().queueFiles({ chinese, gbk, chinese }, u"here"_s, error), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(queue().queueFiles({ gbk, "/media/new.mp4" }, u"here"_s, error), 1);
        const auto taken = queue().take(u"w1"_s, u"host1"_s, 10, 60, error);
        QVERIFY2(taken, qPrintable(error));
        QCOMPARE(taken->size(), 3);
        QCOMPARE(taken->at(0).pathRaw, chinese); // oldest first, bytes as queued
        QCOMPARE(taken->at(1).pathRaw, gbk);
        QCOMPARE(taken->at(0).kind, JobQueue::Kind::Ingest);
        QCOMPARE(taken->at(0).attempts, 1);
        // Running is still open: not queued again; done is not, so it is.
        QCOMPARE(queue().queueFiles({ chinese }, u"here"_s, error), 0);
        QVERIFY(queue().finish(taken->at(0).id, u"w1"_s, error));
        QCOMPARE(queue().queueFiles({ chinese }, u"here"_s, error), 1);
        // An asset to analyse is a job of its own kind, even for a file queued to catalogue.
        QCOMPARE(queue().queueAnalysis({ { 7, gbk } }, u"here"_s, error), 1);
        const auto counts = queue().counts(error);
        QVERIFY(counts);
        QCOMPARE(counts->waiting, 2);
        QCOMPARE(counts->running, 2);
        QCOMPARE(counts->done, 1);
    }

    void eachJobIsHandedOutOnce()
    {
        QString error;
        QCOMPARE(queue().queueFiles(paths(5, u"once"_s), u"here"_s, error), 5);
        const auto first = queue().take(u"w1"_s, u"h1"_s, 3, 60, error);
        const auto second = queue().take(u"w2"_s, u"h2"_s, 3, 60, error);
        const auto third = queue().take(u"w3"_s, u"h3"_s, 3, 60, error);
        QVERIFY(first && second && third);
        QCOMPARE(first->size(), 3);
        QCOMPARE(second->size(), 2);
        QCOMPARE(third->size(), 0);
        // Only the worker that holds a job finishes it.
        QVERIFY(!queue().finish(first->at(0).id, u"w2"_s, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(queue().finish(first->at(0).id, u"w1"_s, error));
        QVERIFY(!queue().finish(first->at(0).id, u"w1"_s, error)); // once
        QCOMPARE(stateOf(first->at(0).id), u"done 1"_s);
        QCOMPARE(queue().idle(error), false);
    }

    void anExpiredLeaseIsTakenOver()
    {
        QString error;
        QCOMPARE(queue().queueFiles(paths(2, u"lease"_s), u"here"_s, error), 2);
        const auto dying = queue().take(u"dying"_s, u"h1"_s, 1, 0.3, error);
        const auto alive = queue().take(u"alive"_s, u"h2"_s, 1, 0.3, error);
        QVERIFY(dying && alive);
        QCOMPARE(dying->size(), 1);
        // The live one renews its lease; the other is silent.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900) {
            QVERIFY(queue().renew(u"alive"_s, 0.3, error));
            QTest::qWait(100);
        }
        const auto taker = queue().take(u"taker"_s, u"h3"_s, 5, 60, error);
        QVERIFY2(taker, qPrintable(error));
        QCOMPARE(taker->size(), 1);
        QCOMPARE(taker->at(0).id, dying->at(0).id);
        QCOMPARE(taker->at(0).attempts, 2);
        // The worker that stopped cannot finish it any more, nor renew it.
        QVERIFY(queue().renew(u"dying"_s, 60, error));
        QVERIFY(!queue().finish(dying->at(0).id, u"dying"_s, error));
        QVERIFY(queue().finish(dying->at(0).id, u"taker"_s, error));
        QVERIFY(queue().finish(alive->at(0).id, u"alive"_s, error));
        QCOMPARE(queue().idle(error), true);
    }

    void threeFailuresFailTheJob()
    {
        QString error;
        QCOMPARE(queue().queueFiles({ "/media/bad.mp4" }, u"here"_s, error), 1);
        for (int attempt = 1; attempt <= JobQueue::kMaxAttempts; ++attempt) {
            const auto taken = queue().take(u"w%1"_s.arg(attempt), u"h"_s, 1, 60, error);
            QVERIFY2(taken && taken->size() == 1, qPrintable(error));
            QCOMPARE(taken->at(0).attempts, attempt);
            QVERIFY(
                queue().failAttempt(taken->at(0).id, u"w%1"_s.arg(attempt), u"moov atom not found"_s, error));
            if (attempt < JobQueue::kMaxAttempts) {
                QCOMPARE(stateOf(taken->at(0).id), u"waiting %1 moov atom not found"_s.arg(attempt));
                // Not at once: another worker (or a share that hiccuped) gets a moment.
                QCOMPARE(queue().take(u"eager"_s, u"h"_s, 1, 60, error)->size(), 0);
                endPauses();
            }
        }
        const auto last = queue().take(u"w4"_s, u"h"_s, 1, 60, error);
        QVERIFY(last);
        QCOMPARE(last->size(), 0);
        QCOMPARE(queue().counts(error)->failed, 1);
        QCOMPARE(queue().idle(error), true);

        // Workers that stop three times: failed too, naming where it last ran.
        QCOMPARE(queue().queueFiles({ "/media/kills-workers.mp4" }, u"here"_s, error), 1);
        qint64 id = 0;
        for (int attempt = 1; attempt <= JobQueue::kMaxAttempts; ++attempt) {
            const auto taken =
                queue().take(u"w%1"_s.arg(attempt), u"machine%1"_s.arg(attempt), 1, 0.05, error);
            QVERIFY2(taken && taken->size() == 1, qPrintable(error));
            id = taken->at(0).id;
            QTest::qWait(100);
        }
        QCOMPARE(queue().take(u"w4"_s, u"h"_s, 1, 60, error)->size(), 0);
        const QString state = stateOf(id);
        QVERIFY2(state.startsWith(u"failed 3 "_s) && state.contains(u"machine3"_s), qPrintable(state));
    }

    void releasedJobsWaitWithoutAnAttempt()
    {
        QString error;
        QCOMPARE(queue().queueFiles(paths(3, u"release"_s), u"here"_s, error), 3);
        const auto taken = queue().take(u"w1"_s, u"h"_s, 3, 60, error);
        QVERIFY(taken && taken->size() == 3);
        QVERIFY(queue().release({ taken->at(1).id, taken->at(2).id }, u"w1"_s, error));
        QVERIFY(queue().release({ taken->at(0).id }, u"someone else"_s, error)); // not theirs: nothing
        QCOMPARE(stateOf(taken->at(0).id), u"running 1"_s);
        QCOMPARE(stateOf(taken->at(1).id), u"waiting 0"_s);
        const auto again = queue().take(u"w2"_s, u"h"_s, 3, 60, error);
        QVERIFY(again);
        QCOMPARE(again->size(), 2);
        QCOMPARE(again->at(0).attempts, 1);
    }

    void peopleRetryAndCancel()
    {
        QString error;
        QCOMPARE(queue().queueFiles(paths(3, u"people"_s), u"here"_s, error), 3);
        const auto taken = queue().take(u"w1"_s, u"h"_s, 1, 60, error);
        QVERIFY(taken && taken->size() == 1);
        for (int i = 0; i < JobQueue::kMaxAttempts; ++i) {
            QVERIFY(queue().failAttempt(taken->at(0).id, u"w1"_s, u"unreadable"_s, error));
            endPauses();
            if (i + 1 < JobQueue::kMaxAttempts)
                QVERIFY(queue().take(u"w1"_s, u"h"_s, 1, 60, error)->size() == 1);
        }
        QCOMPARE(stateOf(taken->at(0).id), u"failed 3 unreadable"_s);
        const auto entries = queue().unfinished(10, error);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->last().state, u"failed"_s); // open ones first
        QCOMPARE(entries->last().error, u"unreadable"_s);
        QCOMPARE(entries->last().host, u"h"_s);

        QCOMPARE(queue().retry({ taken->at(0).id }, error), 1);
        QCOMPARE(stateOf(taken->at(0).id), u"waiting 0"_s);
        QCOMPARE(queue().cancel({ entries->at(0).id, entries->at(1).id }, error), 2);
        QCOMPARE(queue().counts(error)->cancelled, 2);
        const auto left = queue().take(u"w2"_s, u"h"_s, 5, 60, error);
        QVERIFY(left);
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->at(0).id, taken->at(0).id);
        QCOMPARE(queue().retry({ left->at(0).id }, error), 0); // running: nothing to retry
    }

    void manyTakersNeverShareAJob()
    {
        QString error;
        constexpr int kJobs = 400;
        constexpr int kTakers = 4;
        QCOMPARE(queue().queueFiles(paths(kJobs, u"many"_s), u"here"_s, error), kJobs);
        std::mutex mutex;
        QList<qint64> done;
        QStringList errors;
        QList<QThread *> threads;
        for (int t = 0; t < kTakers; ++t) {
            threads.append(QThread::create([&, t] {
                CatalogSession session(m_catalog);
                const QString worker = u"taker%1"_s.arg(t);
                QString why;
                for (;;) {
                    JobQueue jobs(session.db());
                    const auto taken = jobs.take(worker, u"h"_s, 5, 60, why);
                    if (!taken || taken->isEmpty())
                        break;
                    for (const JobQueue::Job &job : *taken) {
                        if (!jobs.finish(job.id, worker, why))
                            break;
                        const std::lock_guard lock(mutex);
                        done.append(job.id);
                    }
                }
                const std::lock_guard lock(mutex);
                if (!why.isEmpty())
                    errors.append(why);
            }));
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
        QCOMPARE(done.size(), kJobs);
        QCOMPARE(QSet<qint64>(done.cbegin(), done.cend()).size(), kJobs);
        const auto counts = queue().counts(error);
        QCOMPARE(counts->done, kJobs);
        QVERIFY(QSqlQuery(m_session->db()).exec(u"SELECT 1"_s));
        QSqlQuery attempts(m_session->db());
        QVERIFY(attempts.exec(u"SELECT max(attempts) FROM jobs"_s) && attempts.next());
        QCOMPARE(attempts.value(0).toInt(), 1);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestJobQueue)
#include "tst_jobqueue.moc"
