#include "changefeed.h"

#include "catalog.h"
#include "postgres.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr char kChannel[] = "reelatlas_changes";

// The connection that listens, on the feed's thread (QPSQL watches its socket from there).
class Listener final : public QObject
{
    Q_OBJECT

public:
    explicit Listener(QString catalog)
        : m_catalog(std::move(catalog))
        , m_name(u"changefeed-"_s + QUuid::createUuid().toString(QUuid::Id128))
        , m_check(this) // moves to the feed's thread with its listener
    {
        // A connection lost (the server restarted, the network went) says nothing by itself: it
        // is asked now and then, and opened again until it answers.
        m_check.setInterval(ChangeFeed::kCheckMs);
        connect(&m_check, &QTimer::timeout, this, &Listener::check);
    }
    ~Listener() override { close(); }

    void start()
    {
        m_check.start();
        QString error;
        QSqlDatabase db = Postgres::open(m_catalog, m_name, true, error);
        if (!db.isOpen()) {
            close();
            Q_EMIT listening(false, QString(), error);
            return;
        }
        QSqlQuery query(db);
        const QString schema = query.exec(u"SELECT reelatlas_catalog_schema()"_s) && query.next()
            ? query.value(0).toString()
            : u"public"_s;
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1StringView(kChannel))
                        Q_EMIT notice(payload.toString());
                });
        if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel))) {
            Q_EMIT listening(false, schema, db.driver()->lastError().text());
            return;
        }
        m_open = true;
        Q_EMIT listening(true, schema, QString());
    }

    void check()
    {
        if (!m_open) {
            start(); // again, until the server answers
            return;
        }
        QSqlQuery probe(QSqlDatabase::database(m_name, false));
        if (probe.exec(u"SELECT 1"_s))
            return;
        const QString error = probe.lastError().text();
        probe = QSqlQuery();
        close();
        Q_EMIT listening(false, QString(), error);
        start();
    }

    void close()
    {
        m_open = false;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

Q_SIGNALS:
    void listening(bool ok, const QString &schema, const QString &error);
    void notice(const QString &payload);

private:
    QString m_catalog;
    QString m_name;
    QTimer m_check;
    bool m_open = false;
};

} // namespace

ChangeFeed::ChangeFeed(const QString &catalog, QObject *parent)
    : QObject(parent)
{
    m_gather.setSingleShot(true);
    m_gather.setTimerType(Qt::PreciseTimer); // (a coarse one may fire 5 % early)
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        m_lastSaid.start();
        QStringList tables(m_gathered.cbegin(), m_gathered.cend());
        const QHash<QString, QSet<qint64>> rows = std::exchange(m_gatheredRows, {});
        m_gathered.clear();
        tables.sort();
        if (!tables.isEmpty())
            Q_EMIT changed(tables);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (tables.contains(it.key()))
                continue; // read whole anyway
            QList<qint64> ids(it->cbegin(), it->cend());
            std::sort(ids.begin(), ids.end());
            Q_EMIT rowsChanged(it.key(), ids);
        }
    });
    if (!Catalog::isServerAddress(catalog))
        return;
    auto *listener = new Listener(catalog);
    m_listener = listener;
    listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, listener, &QObject::deleteLater);
    connect(
        listener, &Listener::listening, this, [this](bool ok, const QString &schema, const QString &error) {
            const bool resumed = ok && m_lost;
            if (ok)
                m_schema = schema;
            m_lost = m_lost || (m_listening && !ok);
            m_listening = ok;
            if (!ok && !std::exchange(m_warned, true)) // once, not at every try
                qWarning("no live changes from the catalog's server (trying again): %s", qPrintable(error));
            if (ok)
                m_warned = false;
            Q_EMIT listening(ok, error);
            if (resumed) {
                // What others changed while the connection was gone was not heard: all of it
                // is read again.
                m_lost = false;
                Q_EMIT changed(everything());
            }
        });
    connect(listener, &Listener::notice, this, &ChangeFeed::onNotice);
    m_thread.setObjectName(u"ChangeFeed"_s);
    m_thread.start();
    QMetaObject::invokeMethod(listener, &Listener::start); // connecting may take a while: not here
}

ChangeFeed::~ChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

QStringList ChangeFeed::everything()
{
    return { u"assets"_s,  u"asset_tags"_s,  u"tags"_s,           u"locations"_s, u"facilities"_s,
             u"experts"_s, u"productions"_s, u"saved_searches"_s, u"volumes"_s };
}

void ChangeFeed::onNotice(const QString &payload)
{
    // "SCHEMA TABLE PROGRAM", and for rows changed in place a newline and "ID,ID,…"
    const qsizetype end = payload.indexOf(u'\n');
    const QStringView header = QStringView(payload).left(end < 0 ? payload.size() : end);
    const qsizetype first = header.indexOf(u' ');
    const qsizetype second = header.indexOf(u' ', first + 1);
    if (first < 0 || second < 0 || header.left(first) != m_schema)
        return;
    if (header.mid(second + 1) == Postgres::programName())
        return; // this program's own
    const QString table = header.mid(first + 1, second - first - 1).toString();
    bool whole = end < 0;
    if (!whole) {
        QSet<qint64> &ids = m_gatheredRows[table];
        for (const QStringView id : QStringView(payload).mid(end + 1).split(u',')) {
            bool ok = false;
            ids.insert(id.toLongLong(&ok));
            whole = whole || !ok;
        }
        whole = whole || ids.size() > kMostRows;
    }
    if (whole) {
        m_gathered.insert(table);
        m_gatheredRows.remove(table);
    }
    if (!m_gather.isActive()) {
        const qint64 since = m_lastSaid.isValid() ? m_lastSaid.elapsed() : kAtMostEveryMs;
        m_gather.start(int(std::max<qint64>(kGatherMs, kAtMostEveryMs - since)));
    }
}

#include "changefeed.moc"
