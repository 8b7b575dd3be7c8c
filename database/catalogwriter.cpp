#include "catalogwriter.h"

#include "catalog.h"
#include "catalogbackend.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kBatchWindow = std::chrono::milliseconds(100);
constexpr size_t kMaxBatch = 256;

} // namespace

CatalogWriter::CatalogWriter(const QString &catalogFolder, bool create)
    : m_folder(catalogFolder)
    , m_create(create)
    , m_thread([this] { run(); })
{
}

CatalogWriter::~CatalogWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void CatalogWriter::submit(Operation operation)
{
    std::unique_lock lock(m_mutex);
    m_progress.wait(lock, [this] { return m_queue.size() < kMaxQueued || !m_fatalError.isEmpty(); });
    if (!m_fatalError.isEmpty()) {
        const QString error = m_fatalError;
        lock.unlock();
        if (operation.done)
            operation.done(false, error);
        return;
    }
    m_queue.push_back(std::move(operation));
    ++m_submitted;
    lock.unlock();
    m_wake.notify_one();
}

void CatalogWriter::commitNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_commitNow = true;
    }
    m_wake.notify_one();
}

bool CatalogWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_submitted;
    m_commitNow = true;
    m_wake.notify_one();
    // Also after a fatal error: the queued operations are still finished (failed), callbacks run.
    m_progress.wait(lock, [&] { return m_finished >= target; });
    return m_fatalError.isEmpty();
}

QString CatalogWriter::fatalError() const
{
    std::lock_guard lock(m_mutex);
    return m_fatalError;
}

void CatalogWriter::run()
{
    // Opened when there is something to write (a new catalog may still be being made).
    std::unique_ptr<CatalogSession> session;
    for (;;) {
        std::deque<Operation> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty() && m_stopping)
                break;
            // Let a batch gather for a moment; a full queue or a stop request commits at once.
            m_wake.wait_for(lock, kBatchWindow,
                            [this] { return m_queue.size() >= kMaxQueued || m_stopping || m_commitNow; });
            m_commitNow = false;
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        m_progress.notify_all(); // room in the queue
        if (session && !session->isConnected())
            session.reset(); // lost (a server that restarted): opened afresh
        if (!session) {
            QString error;
            if (m_create && !Catalog::prepare(m_folder, Catalog::OpenMode::Create, error)) {
                std::lock_guard lock(m_mutex);
                m_fatalError = error;
            }
            session = std::make_unique<CatalogSession>(m_folder);
            if (!session->isOpen()) {
                std::lock_guard lock(m_mutex);
                if (m_fatalError.isEmpty())
                    m_fatalError = session->error();
            }
        }
        commitBatch(*session, batch);
        {
            std::lock_guard lock(m_mutex);
            m_finished += batch.size();
        }
        m_progress.notify_all();
    }
}

void CatalogWriter::commitBatch(CatalogSession &session, std::deque<Operation> &batch)
{
    QString fatal = fatalError();
    QList<std::pair<bool, QString>> outcomes;
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    // Savepoints are not prepared (PostgreSQL cannot prepare them); the transaction's end is the
    // backend's (on PostgreSQL it makes the derived values first).
    const auto exec = [](const QSqlDatabase &db, const QString &sql, QString &error) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        error = query.lastError().text();
        return false;
    };
    if (fatal.isEmpty()) {
        // The thumbnail store commits first: a poster flag never points at a missing picture.
        if (!backend.beginWrite(session.thumbs(), fatal) || !backend.beginWrite(session.db(), fatal))
            backend.rollback(session.thumbs());
    }
    if (fatal.isEmpty()) {
        for (Operation &operation : batch) {
            QString error;
            QString ignored;
            exec(session.db(), u"SAVEPOINT op"_s, ignored);
            exec(session.thumbs(), u"SAVEPOINT op"_s, ignored);
            const bool ok = operation.apply(session, error);
            if (!backend.inTransaction(session.db()) || !backend.inTransaction(session.thumbs())) {
                // The engine rolled the whole batch back (disk full, I/O error): nothing of it is kept.
                fatal = error.isEmpty() ? u"the transaction was rolled back"_s : error;
                break;
            }
            if (ok) {
                exec(session.thumbs(), u"RELEASE op"_s, ignored);
                exec(session.db(), u"RELEASE op"_s, ignored);
            } else {
                exec(session.thumbs(), u"ROLLBACK TO op"_s, ignored);
                exec(session.thumbs(), u"RELEASE op"_s, ignored);
                exec(session.db(), u"ROLLBACK TO op"_s, ignored);
                exec(session.db(), u"RELEASE op"_s, ignored);
            }
            outcomes.append({ ok, error });
        }
        if (fatal.isEmpty() && backend.commit(session.thumbs(), fatal))
            backend.commit(session.db(), fatal);
        if (!fatal.isEmpty()) { // whatever is still open goes
            backend.rollback(session.thumbs());
            backend.rollback(session.db());
        }
    }
    if (!fatal.isEmpty()) {
        fatal = QCoreApplication::translate("CatalogWriter", "cannot write to the catalog %1: %2")
                    .arg(Catalog::displayName(m_folder), fatal);
        std::lock_guard lock(m_mutex);
        if (m_fatalError.isEmpty())
            m_fatalError = fatal;
    }
    for (qsizetype i = 0; i < qsizetype(batch.size()); ++i) {
        if (!batch[size_t(i)].done)
            continue;
        if (!fatal.isEmpty())
            batch[size_t(i)].done(false, fatal);
        else
            batch[size_t(i)].done(outcomes[i].first, outcomes[i].second);
    }
}
