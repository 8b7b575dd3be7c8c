#include "postgres.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Postgres {

namespace {

// A value in a libpq connection string: quoted, with backslashes and quotes escaped (libpq's
// documentation, "Keyword/Value Connection Strings").
QString quoted(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"'"_s, u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

std::optional<QList<std::pair<QString, QString>>> parameters(const QString &url, QString &error)
{
    char *message = nullptr;
    const QByteArray utf8 = url.toUtf8();
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(utf8.constData(), &message), &PQconninfoFree);
    if (!options) {
        error = message ? QString::fromUtf8(message).trimmed()
                        : QCoreApplication::translate("Postgres", "not a PostgreSQL address");
        PQfreemem(message);
        return std::nullopt;
    }
    QList<std::pair<QString, QString>> out;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (option->val)
            out.append({ QString::fromUtf8(option->keyword), QString::fromUtf8(option->val) });
    }
    return out;
}

QSqlDatabase open(const QString &url, const QString &name, bool readOnly, QString &error,
                  const QString &schema)
{
    const auto given = parameters(url, error);
    if (!given)
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        error = QCoreApplication::translate(
            "Postgres",
            "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian or Ubuntu: "
            "apt-get install libqt6sql6-psql");
        return {};
    }
    // The driver writes host, database, user, password and port into the connection string
    // itself, quoted; every other keyword goes with the options, which it splits at ';'.
    QStringList options;
    QString serverOptions; // libpq's "options": the server's settings for the session
    // Which program wrote, in the changes it announces (005_notify.sql): its own are not news to it.
    QString application = Postgres::programName();
    for (const auto &[keyword, value] : *given) {
        if (keyword == "host"_L1) {
            db.setHostName(value);
        } else if (keyword == "dbname"_L1) {
            db.setDatabaseName(value);
        } else if (keyword == "user"_L1) {
            db.setUserName(value);
        } else if (keyword == "password"_L1) {
            db.setPassword(value);
        } else if (keyword == "port"_L1 && value.toInt() > 0) {
            db.setPort(value.toInt());
        } else if (value.contains(u';')) {
            error = QCoreApplication::translate("Postgres", "the connection setting %1 cannot hold a \";\"")
                        .arg(keyword);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        } else if (keyword == "options"_L1) {
            serverOptions = value;
        } else if (keyword == "application_name"_L1) {
            application = value;
        } else {
            options.append(keyword + u'=' + quoted(value));
        }
    }
    if (readOnly)
        serverOptions += u" -c default_transaction_read_only=on"_s;
    if (!schema.isEmpty())
        serverOptions += u" -c search_path="_s + schema;
    // The server's notices ("already exists, skipping") are not for people.
    serverOptions += u" -c client_min_messages=warning"_s;
    if (!serverOptions.trimmed().isEmpty())
        options.append(u"options="_s + quoted(serverOptions.trimmed()));
    options.append(u"application_name="_s + quoted(application));
    // A server that does not answer is reported, not waited for without end.
    if (std::none_of(given->cbegin(), given->cend(),
                     [](const auto &p) { return p.first == "connect_timeout"_L1; }))
        options.append(u"connect_timeout=10"_s);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        error = db.lastError().text().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return db;
}

bool asksForPassword(const QString &url)
{
    QString error;
    const auto given = parameters(url, error);
    if (!given)
        return false;
    // The URL as libpq's dbname (expanded), then what it does not set itself.
    const QByteArray utf8 = url.toUtf8();
    const QByteArray application = programName().toUtf8();
    std::vector<const char *> keywords { "dbname", "application_name" };
    std::vector<const char *> values { utf8.constData(), application.constData() };
    if (std::none_of(given->cbegin(), given->cend(),
                     [](const auto &p) { return p.first == "connect_timeout"_L1; })) {
        keywords.push_back("connect_timeout");
        values.push_back("10");
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(
        PQconnectdbParams(keywords.data(), values.data(), 1), &PQfinish);
    return conn && PQstatus(conn.get()) != CONNECTION_OK && PQconnectionNeedsPassword(conn.get());
}

QString programName()
{
    return u"ReelAtlas %1"_s.arg(QCoreApplication::applicationPid());
}

void takeRole(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT to_regprocedure('reelatlas_session_viewer_schema()') IS NOT NULL"_s)
        || !query.next() || !query.value(0).toBool())
        return; // no catalog here yet, or one older than roles
    if (!query.exec(u"SELECT reelatlas_session_viewer_schema()"_s) || !query.next() || query.isNull(0))
        return;
    const QString views = query.value(0).toString();
    query.prepare(
        u"SELECT set_config('search_path', quote_ident(?) || ', ' || current_setting('search_path'), false)"_s);
    query.addBindValue(views);
    query.exec();
    // A viewer writes nothing: the server says so at the first write, whatever the program does.
    query.exec(u"SET default_transaction_read_only = on"_s);
}

} // namespace Postgres
