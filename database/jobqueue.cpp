#include "jobqueue.h"

#include "catalogbackend.h"
#include "pathmap.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRowsPerInsert = 500;
// A failed attempt waits this long times the attempts made before it is handed out again: a
// file on a share that hiccuped gets a moment, and another worker a chance to take it first.
constexpr double kRetryAfterS = 1.0;

QString kindName(JobQueue::Kind kind)
{
    return kind == JobQueue::Kind::Analyze ? u"analyze"_s : u"ingest"_s;
}

JobQueue::Kind kindOf(const QString &name)
{
    return name == "analyze"_L1 ? JobQueue::Kind::Analyze : JobQueue::Kind::Ingest;
}

} // namespace

JobQueue::JobQueue(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<int> JobQueue::queueFiles(const QList<QByteArray> &paths, const QString &by, QString &error)
{
    QList<std::pair<qint64, QByteArray>> items;
    items.reserve(paths.size());
    for (const QByteArray &path : paths)
        items.append({ 0, path });
    return queue(Kind::Ingest, items, by, error);
}

std::optional<int> JobQueue::queueAnalysis(const QList<std::pair<qint64, QByteArray>> &assets,
                                           const QString &by, QString &error)
{
    return queue(Kind::Analyze, assets, by, error);
}

std::optional<int> JobQueue::queue(Kind kind, const QList<std::pair<qint64, QByteArray>> &items,
                                   const QString &by, QString &error)
{
    // One transaction for the lot: a folder of 50,000 files is queued whole or not at all, and
    // at the cost of one commit.
    Sql::Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        error = transaction.error();
        return std::nullopt;
    }
    const QString now = CatalogBackend::of(m_db).nowSeconds();
    const PathMap paths = PathMap::of(m_db);
    int queued = 0;
    for (qsizetype start = 0; start < items.size(); start += kRowsPerInsert) {
        const qsizetype end = std::min(items.size(), start + kRowsPerInsert);
        QStringList rows;
        QVariantList binds;
        for (qsizetype i = start; i < end; ++i) {
            rows.append(u"(?, ?, ?, %1, ?)"_s.arg(now));
            binds << kindName(kind) << paths.toCatalog(items.at(i).second)
                  << (kind == Kind::Analyze ? QVariant(items.at(i).first)
                                            : QVariant(QMetaType(QMetaType::LongLong)))
                  << by;
        }
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO jobs (kind, path_raw, asset_id, queued_at, queued_by) VALUES %1 "
                       "ON CONFLICT DO NOTHING"_s.arg(rows.join(u", "_s)));
        for (const QVariant &value : std::as_const(binds))
            insert.addBindValue(value);
        if (!insert.exec()) {
            error = insert.lastError().text();
            return std::nullopt;
        }
        queued += insert.numRowsAffected();
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return queued;
}

std::optional<QList<JobQueue::Job>> JobQueue::take(const QString &worker, const QString &host, int count,
                                                   double leaseS, QString &error, std::optional<Kind> kind)
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    const QString now = backend.nowSeconds();
    // Jobs whose last worker stopped with the last attempt: failed, not handed out a fourth time.
    if (!Sql::exec(
            m_db,
            u"UPDATE jobs SET state = 'failed', finished_at = %1, lease_until = NULL, "
            "error = replace(?, '%2', COALESCE(host, '?')) "
            "WHERE state = 'running' AND lease_until < %1 AND attempts >= ?"_s.arg(now),
            { tr("%1 workers took it and stopped before finishing it (the last on %2)").arg(kMaxAttempts),
              kMaxAttempts },
            error))
        return std::nullopt;
    QSqlQuery take(m_db);
    take.prepare(u"UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = ?, host = ?, "
                 "lease_until = %1 + ?, started_at = %1 "
                 "WHERE id IN (SELECT id FROM jobs WHERE (state = 'waiting' OR state = 'running') "
                 "AND (lease_until IS NULL OR lease_until < %1) AND attempts < ?%3 ORDER BY id LIMIT ?%2) "
                 "RETURNING id, kind, path_raw, asset_id, attempts"_s.arg(
                     now, backend.skipLocked(), kind ? u" AND kind = ?"_s : QString()));
    QVariantList binds { worker, host, leaseS, kMaxAttempts };
    if (kind)
        binds.append(kindName(*kind));
    binds.append(count);
    for (const QVariant &value : std::as_const(binds))
        take.addBindValue(value);
    if (!take.exec()) {
        error = take.lastError().text();
        return std::nullopt;
    }
    QList<Job> jobs;
    const PathMap paths = PathMap::of(m_db);
    while (take.next()) {
        jobs.append(Job { take.value(0).toLongLong(), kindOf(take.value(1).toString()),
                          paths.toLocal(take.value(2).toByteArray()), take.value(3).toLongLong(),
                          take.value(4).toInt() });
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return jobs;
}

bool JobQueue::renew(const QString &worker, double leaseS, QString &error)
{
    return Sql::exec(m_db,
                     u"UPDATE jobs SET lease_until = %1 + ? WHERE worker = ? AND state = 'running'"_s.arg(
                         CatalogBackend::of(m_db).nowSeconds()),
                     { leaseS, worker }, error);
}

bool JobQueue::finish(qint64 id, const QString &worker, QString &error)
{
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE jobs SET state = 'done', finished_at = %1, lease_until = NULL, error = NULL "
        "WHERE id = ? AND worker = ? AND state = 'running'"_s.arg(CatalogBackend::of(m_db).nowSeconds()));
    update.addBindValue(id);
    update.addBindValue(worker);
    if (!update.exec()) {
        error = update.lastError().text();
        return false;
    }
    return update.numRowsAffected() > 0;
}

bool JobQueue::failAttempt(qint64 id, const QString &worker, const QString &reason, QString &error)
{
    return Sql::exec(
        m_db,
        u"UPDATE jobs SET state = CASE WHEN attempts >= ? THEN 'failed' ELSE 'waiting' END, "
        "finished_at = CASE WHEN attempts >= ? THEN %1 END, "
        "lease_until = CASE WHEN attempts >= ? THEN NULL ELSE %1 + ? * attempts END, error = ? "
        "WHERE id = ? AND worker = ? AND state = 'running'"_s.arg(CatalogBackend::of(m_db).nowSeconds()),
        { kMaxAttempts, kMaxAttempts, kMaxAttempts, kRetryAfterS, reason, id, worker }, error);
}

bool JobQueue::release(const QList<qint64> &ids, const QString &worker, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    return Sql::exec(
        m_db,
        u"UPDATE jobs SET state = 'waiting', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, "
        "lease_until = NULL WHERE worker = ? AND state = 'running' AND %1"_s.arg(backend.idIn(u"id"_s)),
        { worker, backend.idList(ids) }, error);
}

std::optional<JobQueue::Counts> JobQueue::counts(QString &error) const
{
    auto query = Sql::select(m_db, u"SELECT state, count(*) FROM jobs GROUP BY state"_s, {}, error);
    if (!query)
        return std::nullopt;
    Counts counts;
    while (query->next()) {
        const QString state = query->value(0).toString();
        const int n = query->value(1).toInt();
        if (state == "waiting"_L1)
            counts.waiting = n;
        else if (state == "running"_L1)
            counts.running = n;
        else if (state == "done"_L1)
            counts.done = n;
        else if (state == "failed"_L1)
            counts.failed = n;
        else if (state == "cancelled"_L1)
            counts.cancelled = n;
    }
    return counts;
}

std::optional<bool> JobQueue::idle(QString &error) const
{
    const auto open =
        Sql::ids(m_db, u"SELECT id FROM jobs WHERE state IN ('waiting', 'running') LIMIT 1"_s, {}, error);
    if (!open)
        return std::nullopt;
    return open->isEmpty();
}

std::optional<QList<JobQueue::Entry>> JobQueue::unfinished(int limit, QString &error) const
{
    auto query = Sql::select(m_db,
                             u"SELECT id, kind, path_raw, state, attempts, host, error FROM jobs "
                             "WHERE state <> 'done' "
                             "ORDER BY CASE state WHEN 'running' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, id "
                             "LIMIT ?"_s,
                             { limit }, error);
    if (!query)
        return std::nullopt;
    QList<Entry> entries;
    while (query->next()) {
        entries.append(Entry { query->value(0).toLongLong(), kindOf(query->value(1).toString()),
                               query->value(2).toByteArray(), query->value(3).toString(),
                               query->value(4).toInt(), query->value(5).toString(),
                               query->value(6).toString() });
    }
    return entries;
}

std::optional<int> JobQueue::retry(const QList<qint64> &ids, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    QSqlQuery update(m_db);
    // Not where the same file is queued again already (one open job per file).
    update.prepare(
        u"UPDATE jobs SET state = 'waiting', attempts = 0, error = NULL, finished_at = NULL, "
        "lease_until = NULL WHERE %1 AND state IN ('failed', 'cancelled') AND NOT EXISTS "
        "(SELECT 1 FROM jobs AS open WHERE open.kind = jobs.kind AND open.path_raw = jobs.path_raw "
        "AND open.state IN ('waiting', 'running'))"_s.arg(backend.idIn(u"id"_s)));
    update.addBindValue(backend.idList(ids));
    if (!update.exec()) {
        error = update.lastError().text();
        return std::nullopt;
    }
    return update.numRowsAffected();
}

std::optional<int> JobQueue::cancel(const QList<qint64> &ids, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE jobs SET state = 'cancelled', finished_at = %1, lease_until = NULL "
        "WHERE %2 AND state IN ('waiting', 'running')"_s.arg(backend.nowSeconds(), backend.idIn(u"id"_s)));
    update.addBindValue(backend.idList(ids));
    if (!update.exec()) {
        error = update.lastError().text();
        return std::nullopt;
    }
    return update.numRowsAffected();
}
