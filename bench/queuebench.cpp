// How fast the catalog's job queue hands out work (bench/queue.sh): queues N jobs, then W
// takers, each on its own connection as separate worker machines are, take K at a time and
// report each one done at once (no media work: the queue's own cost). Prints one JSON object:
// the rate jobs were handed out and finished, and whether any job was handed out twice.
//
//   reelatlas-queuebench --catalog FOLDER|URL [--jobs N] [--workers W] [--take K]

#include "catalog.h"
#include "jobqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption catalogOption(u"catalog"_s, u"The catalog."_s, u"CATALOG"_s);
    const QCommandLineOption jobsOption(u"jobs"_s, u"Jobs to queue (20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption workersOption(u"workers"_s, u"Takers at once (8)."_s, u"W"_s, u"8"_s);
    const QCommandLineOption takeOption(u"take"_s, u"Jobs taken at a time (4)."_s, u"K"_s, u"4"_s);
    parser.addOptions({ catalogOption, jobsOption, workersOption, takeOption });
    parser.addHelpOption();
    parser.process(app);
    const QString catalog = Catalog::resolveFolder(parser.value(catalogOption));
    const int count = parser.value(jobsOption).toInt();
    const int workers = parser.value(workersOption).toInt();
    const int take = parser.value(takeOption).toInt();
    if (!parser.isSet(catalogOption) || count < 1 || workers < 1 || take < 1)
        parser.showHelp(2);

    QString error;
    if (!Catalog::prepare(catalog, Catalog::OpenMode::Create, error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CatalogSession session(catalog);
    if (!session.isOpen() || !QSqlQuery(session.db()).exec(u"DELETE FROM jobs"_s)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(catalog));
        return 1;
    }
    QList<QByteArray> paths;
    for (int i = 0; i < count; ++i)
        paths.append(u"/mnt/nas/footage/%1/clip%2.mp4"_s.arg(i / 1000).arg(i).toUtf8());
    QElapsedTimer clock;
    clock.start();
    if (JobQueue(session.db()).queueFiles(paths, u"bench"_s, error) != count) {
        std::fprintf(stderr, "queueing failed: %s\n", qPrintable(error));
        return 1;
    }
    const double queueS = clock.nsecsElapsed() / 1e9;

    std::mutex mutex;
    QList<qint64> handedOut;
    QStringList errors;
    QList<QThread *> threads;
    clock.restart();
    for (int w = 0; w < workers; ++w) {
        threads.append(QThread::create([&, w] {
            CatalogSession own(catalog);
            const QString name = u"bench-worker-%1"_s.arg(w);
            QList<qint64> mine;
            QString why;
            for (;;) {
                JobQueue queue(own.db());
                const auto jobs = queue.take(name, u"bench"_s, take, 60, why);
                if (!jobs || jobs->isEmpty())
                    break;
                for (const JobQueue::Job &job : *jobs) {
                    mine.append(job.id);
                    if (!queue.finish(job.id, name, why) && why.isEmpty())
                        why = u"job %1 was not held at its end"_s.arg(job.id);
                }
                if (!why.isEmpty())
                    break;
            }
            const std::lock_guard lock(mutex);
            handedOut += mine;
            if (!why.isEmpty())
                errors.append(why);
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    const double runS = clock.nsecsElapsed() / 1e9;
    const QSet<qint64> distinct(handedOut.cbegin(), handedOut.cend());
    const auto counts = JobQueue(session.db()).counts(error);
    const QJsonObject result {
        { u"catalog"_s, Catalog::displayName(catalog) },
        { u"jobs"_s, count },
        { u"workers"_s, workers },
        { u"take"_s, take },
        { u"queue_s"_s, queueS },
        { u"handed_out"_s, int(handedOut.size()) },
        { u"handed_out_twice"_s, int(handedOut.size() - distinct.size()) },
        { u"done"_s, counts ? counts->done : -1 },
        { u"seconds"_s, runS },
        { u"jobs_per_s"_s, runS > 0 ? handedOut.size() / runS : 0 },
        { u"errors"_s, errors.join(u"; "_s) },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return errors.isEmpty() && distinct.size() == count && handedOut.size() == count ? 0 : 1;
}
