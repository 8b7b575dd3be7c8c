#include "queuemonitor.h"

#include "catalog.h"

#include <memory>

namespace {

// Lives on the monitor's thread: the connection is opened there, on first use.
class QueueConnection final : public QObject
{
public:
    explicit QueueConnection(QString catalog)
        : m_catalog(std::move(catalog))
    {
    }

    // The open session, or null with `error`.
    CatalogSession *session(QString &error)
    {
        if (!m_session || !m_session->isConnected())
            m_session = std::make_unique<CatalogSession>(m_catalog);
        if (!m_session->isOpen()) {
            error = m_session->error();
            m_session.reset(); // tried again next time (a server that restarted)
            return nullptr;
        }
        return m_session.get();
    }

    void drop() { m_session.reset(); }

private:
    QString m_catalog;
    std::unique_ptr<CatalogSession> m_session;
};

} // namespace

QueueMonitor::QueueMonitor(const QString &catalog, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("QueueMonitor"));
    m_worker = new QueueConnection(catalog);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

QueueMonitor::~QueueMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void QueueMonitor::onThread(std::function<void(JobQueue &, QString &)> work)
{
    auto *connection = static_cast<QueueConnection *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [this, connection, work = std::move(work)] {
        QString error;
        CatalogSession *session = connection->session(error);
        if (session) {
            JobQueue queue(session->db());
            work(queue, error);
        }
        if (!error.isEmpty()) {
            if (session)
                connection->drop();
            QMetaObject::invokeMethod(this, [this, error] {
                m_reading = false;
                Q_EMIT failed(error);
            });
        }
    });
}

void QueueMonitor::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    onThread([this](JobQueue &queue, QString &error) {
        const auto counts = queue.counts(error);
        const auto entries = counts ? queue.unfinished(kShown, error) : std::nullopt;
        if (!counts || !entries)
            return;
        QMetaObject::invokeMethod(this, [this, counts = *counts, entries = *entries] {
            m_reading = false;
            Q_EMIT loaded(counts, entries);
        });
    });
}

void QueueMonitor::retry(const QList<qint64> &ids)
{
    onThread([ids](JobQueue &queue, QString &error) { queue.retry(ids, error); });
    refresh();
}

void QueueMonitor::cancel(const QList<qint64> &ids)
{
    onThread([ids](JobQueue &queue, QString &error) { queue.cancel(ids, error); });
    refresh();
}
