#include "postgresbackend.h"

#include "postgres.h"
#include "searchtokenizer.h"
#include "sortkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <poll.h>

using namespace Qt::StringLiterals;

namespace {

PGconn *handleOf(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL's handle: a PGconn*, which Qt's type registry names by its struct, pg_conn*.
    if (!value.isValid()
        || (qstrcmp(value.typeName(), "PGconn*") != 0 && qstrcmp(value.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(value.constData());
}

QString notPostgres()
{
    return u"not a PostgreSQL connection"_s;
}

QString messageOf(PGconn *connection, const PGresult *result = nullptr)
{
    const char *text = result ? PQresultErrorMessage(result) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(connection);
    return QString::fromUtf8(text).trimmed();
}

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

// The values of `binds` as libpq's parameters: text, except bytes (binary) and NULL.
struct Parameters
{
    explicit Parameters(const QVariantList &binds)
    {
        texts.reserve(binds.size());
        for (const QVariant &value : binds) {
            QByteArray text;
            int format = 0;
            bool null = value.isNull();
            switch (value.typeId()) {
            case QMetaType::Bool:
                text = value.toBool() ? "t" : "f";
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                text = QByteArray::number(value.toDouble(), 'g', 17);
                break;
            case QMetaType::QByteArray:
                text = value.toByteArray();
                format = 1;
                break;
            case QMetaType::QDateTime:
                text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                break;
            default:
                if (value.typeId() == qMetaTypeId<QList<qint64>>()) { // an array literal
                    QByteArray array = "{";
                    const QList<qint64> ids = value.value<QList<qint64>>();
                    for (qsizetype i = 0; i < ids.size(); ++i)
                        array += (i ? "," : "") + QByteArray::number(ids.at(i));
                    text = array + '}';
                } else {
                    text = value.toString().toUtf8();
                }
            }
            texts.append(text);
            formats.push_back(format);
            isNull.push_back(null);
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            values.push_back(isNull[size_t(i)] ? nullptr : texts[i].constData());
            lengths.push_back(int(texts[i].size()));
        }
    }
    int count() const { return int(values.size()); }

    QByteArrayList texts;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    std::vector<bool> isNull;
};

class PostgresRow final : public CatalogBackend::Row
{
public:
    explicit PostgresRow(const PGresult *result)
        : m_result(result)
    {
    }
    bool isNull(int column) const override { return PQgetisnull(m_result, 0, column); }
    qint64 integer(int column) const override
    {
        const char *value = PQgetvalue(m_result, 0, column);
        if (value[0] == 't' && value[1] == '\0')
            return 1; // a boolean
        return std::strtoll(value, nullptr, 10);
    }
    double real(int column) const override { return std::strtod(PQgetvalue(m_result, 0, column), nullptr); }
    QString text(int column) const override
    {
        if (isNull(column))
            return {};
        return QString::fromUtf8(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
    }
    QByteArrayView utf8(int column) const override
    {
        if (PQgetisnull(m_result, 0, column))
            return {}; // null, as SQLite's: not an empty text
        if (PQftype(m_result, column) == kByteaType) { // bytes kept: as they are, not as text
            size_t size = 0;
            unsigned char *bytes = PQunescapeBytea(
                reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, 0, column)), &size);
            m_bytes =
                bytes ? QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size)) : QByteArray();
            PQfreemem(bytes);
            return m_bytes;
        }
        return QByteArrayView(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
    }

    QVariant value(int column) const override
    {
        if (isNull(column))
            return {};
        switch (PQftype(m_result, column)) {
        case 16: // bool
            return qint64(integer(column));
        case 20: // int8
        case 21: // int2
        case 23: // int4
        case 26: // oid
            return integer(column);
        case 700: // float4
        case 701: // float8
        case 1700: // numeric
            return real(column);
        case kByteaType:
            return utf8(column).toByteArray();
        default:
            return text(column);
        }
    }

private:
    static constexpr Oid kByteaType = 17; // pg_type.oid of bytea
    const PGresult *m_result;
    mutable QByteArray m_bytes; // the last bytea read, until the next
};

// Runs one statement, its rows one at a time (libpq's single-row mode: a million rows never sit in
// memory at once), while `onRow` says to go on and until `deadline`. Stopped early, the statement is
// cancelled at the server, unless a transaction is open: a cancelled statement would abort it, so
// the rest is read and dropped. `stopped` says whether it stopped early.
// How often a statement's `stopWhen` is asked while the server has not answered.
constexpr qint64 kStopCheckMs = 2;

bool runRows(PGconn *connection, const QString &sql, const QVariantList &binds,
             const std::function<bool(const CatalogBackend::Row &)> &onRow, QDeadlineTimer deadline,
             const std::function<bool()> &stopWhen, bool &stopped, QString &error)
{
    stopped = false;
    const Parameters parameters(binds);
    const QByteArray statement = PostgresBackend::numbered(sql);
    const bool inTransaction = PQtransactionStatus(connection) != PQTRANS_IDLE;
    if (!PQsendQueryParams(connection, statement.constData(), parameters.count(), nullptr,
                           parameters.values.data(), parameters.lengths.data(), parameters.formats.data(),
                           0)) {
        error = messageOf(connection);
        return false;
    }
    PQsetSingleRowMode(connection);
    bool going = true;
    const auto stop = [&] {
        if (!going)
            return;
        going = false;
        stopped = true;
        if (!inTransaction) {
            if (PGcancel *cancel = PQgetCancel(connection)) {
                char ignored[256];
                PQcancel(cancel, ignored, sizeof ignored);
                PQfreeCancel(cancel);
            }
        }
    };
    QString failure;
    for (;;) {
        // Wait for the server within the time left, so that a statement that finds nothing for
        // long is stopped on time too, and asking `stopWhen` now and then.
        while (going && PQisBusy(connection)) {
            if (stopWhen && stopWhen()) {
                stop();
                break;
            }
            pollfd socket { PQsocket(connection), POLLIN, 0 };
            qint64 wait = deadline.remainingTime();
            if (wait == 0) {
                stop();
                break;
            }
            if (stopWhen)
                wait = wait < 0 ? kStopCheckMs : std::min(wait, kStopCheckMs);
            if (::poll(&socket, 1, wait < 0 ? -1 : int(std::min<qint64>(wait, 1000))) < 0 && errno != EINTR)
                break;
            if (!PQconsumeInput(connection))
                break;
        }
        const Result result(PQgetResult(connection), &PQclear);
        if (!result)
            break;
        switch (PQresultStatus(result.get())) {
        case PGRES_SINGLE_TUPLE:
            if (going && !onRow(PostgresRow(result.get())))
                stop();
            if (going && (deadline.hasExpired() || (stopWhen && stopWhen())))
                stop();
            break;
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
            break;
        default:
            // A statement cancelled on purpose ends with an error: not a failure.
            if (!stopped && failure.isEmpty())
                failure = messageOf(connection, result.get());
        }
    }
    if (!failure.isEmpty()) {
        error = failure;
        return false;
    }
    return true;
}

bool exec(PGconn *connection, const QByteArray &script, QString &error)
{
    const Result result(PQexec(connection, script.constData()), &PQclear);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        error = messageOf(connection, result.get());
        return false;
    }
    return true;
}

// A search index: its table, the view it is made of (002_catalog.sql), and the view's columns in
// the order of SQLite's FTS5 tables' columns, which is the order of their weights (A, B, C, D).
struct SearchIndex
{
    QString table, view;
    QStringList columns;
};

const QList<SearchIndex> &searchIndexes()
{
    static const QList<SearchIndex> indexes {
        { u"asset_fts"_s, u"asset_search"_s, { u"title"_s, u"description"_s, u"tags"_s, u"names"_s } },
        { u"location_fts"_s, u"location_search"_s, { u"names"_s, u"text"_s } },
        { u"facility_fts"_s, u"facility_search"_s, { u"names"_s, u"text"_s } },
        { u"expert_fts"_s, u"expert_search"_s, { u"names"_s, u"text"_s } },
    };
    return indexes;
}

// The weight of column number `column` of a search index ('A' …), or 0 when there is none.
char weightOf(int column)
{
    return column >= 0 && column < 4 ? char('A' + column) : 0;
}

// The weight of `column` of `index`, or 0.
char weightOf(const QString &index, const QString &column)
{
    for (const SearchIndex &each : searchIndexes()) {
        if (each.table == index)
            return weightOf(int(each.columns.indexOf(column)));
    }
    return 0;
}

} // namespace

QByteArray PostgresBackend::tsvector(const QString &text)
{
    // PostgreSQL keeps positions up to 16,383 (the last one for everything after) and lexemes up
    // to 2 KB.
    constexpr int kLastPosition = 16'383;
    constexpr qsizetype kLongestLexeme = 2046;
    std::map<QByteArray, std::vector<int>> positions; // sorted, as tsvector keeps them
    int position = 0;
    const QByteArray utf8 = text.toUtf8();
    for (const SearchTokenizer::Token &token : SearchTokenizer::tokenize(utf8, true)) {
        if (!token.colocated || position == 0)
            position = std::min(position + 1, kLastPosition);
        if (token.text.isEmpty() || token.text.size() > kLongestLexeme)
            continue;
        std::vector<int> &at = positions[token.text];
        if (at.empty() || at.back() != position)
            at.push_back(position);
    }
    QByteArray out;
    for (const auto &[lexeme, at] : positions) {
        if (!out.isEmpty())
            out += ' ';
        out += '\'';
        for (const char c : lexeme) {
            if (c == '\'' || c == '\\')
                out += c; // doubled
            out += c;
        }
        out += "':";
        for (size_t i = 0; i < at.size(); ++i) {
            if (i)
                out += ',';
            out += QByteArray::number(at[i]);
        }
    }
    return out;
}

namespace {

// `rows` written by the statement `sql(n)` makes for n of them, as many at once as a few thousand
// values allow: one round trip and one plan for each row was most of the time of remaking a
// copied catalog's derived rows.
bool writeInBatches(const QSqlDatabase &db, const QList<QVariantList> &rows,
                    const std::function<QString(qsizetype)> &sql, QString &error)
{
    if (rows.isEmpty())
        return true;
    const qsizetype perRow = std::max<qsizetype>(1, rows.first().size());
    const qsizetype batch = std::max<qsizetype>(1, 4000 / perRow);
    QSqlQuery full(db);
    if (rows.size() >= batch && !full.prepare(sql(batch))) {
        error = full.lastError().text();
        return false;
    }
    for (qsizetype first = 0; first < rows.size(); first += batch) {
        const qsizetype count = std::min(batch, rows.size() - first);
        QSqlQuery tail(db);
        QSqlQuery &write = count == batch ? full : tail;
        if (count != batch && !tail.prepare(sql(count))) {
            error = tail.lastError().text();
            return false;
        }
        for (qsizetype i = first; i < first + count; ++i) {
            for (const QVariant &value : rows.at(i))
                write.addBindValue(value);
        }
        if (!write.exec()) {
            error = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool PostgresBackend::makeDerived(const QSqlDatabase &db, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::postgres();
    // Nothing to do before the schema has the table (a migration's own commit), or with nothing
    // marked.
    const auto schema =
        backend.integerColumn(db, u"SELECT to_regclass('derived_stale') IS NOT NULL"_s, {}, error);
    if (!schema)
        return false;
    if (schema->value(0) == 0)
        return true;
    const auto stale = backend.integerColumn(db, u"SELECT EXISTS (SELECT 1 FROM derived_stale)"_s, {}, error);
    if (!stale)
        return false;
    if (stale->value(0) == 0)
        return true;
    // Each index: its view's columns, tokenized, weighted and written over its row.
    for (const SearchIndex &index : searchIndexes()) {
        QList<QVariantList> rows;
        const QString read =
            u"SELECT s.id, s.%1 FROM %2 s JOIN derived_stale d ON d.id = s.id AND d.what = ?"_s.arg(
                index.columns.join(u", s."_s), index.view);
        if (!backend.forEachRow(
                db, read, { index.table },
                [&](const Row &row) {
                    QVariantList values { row.integer(0) };
                    for (int c = 0; c < index.columns.size(); ++c)
                        values.append(row.isNull(c + 1)
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QString::fromUtf8(tsvector(row.text(c + 1)))));
                    rows.append(values);
                },
                error))
            return false;
        if (rows.isEmpty())
            continue;
        QStringList weighted;
        for (int c = 0; c < index.columns.size(); ++c)
            weighted.append(
                u"setweight(COALESCE(?::tsvector, ''), '%1')"_s.arg(QChar::fromLatin1(weightOf(c))));
        const QString one = u"(?, %1)"_s.arg(weighted.join(u" || "_s));
        if (!writeInBatches(
                db, rows,
                [&](qsizetype count) {
                    return u"INSERT INTO %1 (id, document) VALUES %2 "
                           "ON CONFLICT (id) DO UPDATE SET document = excluded.document"_s.arg(
                               index.table, QStringList(count, one).join(u", "_s));
                },
                error))
            return false;
    }
    // The name order's key, as SQLite's reelatlas_name_key gives it; written where it is not
    // that already (a copied catalog's are: each asset's row is not written again, with its
    // two dozen indexes).
    QList<QVariantList> keys;
    if (!backend.forEachRow(
            db,
            u"SELECT a.id, COALESCE(NULLIF(a.title, ''), a.file_name), a.sort_name FROM assets a "
            "JOIN derived_stale d ON d.id = a.id AND d.what = 'sort_name'"_s,
            {},
            [&](const Row &row) {
                const QString key = SortKey::of(row.text(1), SortKey::Numbers::ByValue);
                if (row.isNull(2) || row.text(2) != key)
                    keys.append({ row.integer(0), key });
            },
            error))
        return false;
    if (!writeInBatches(
            db, keys,
            [](qsizetype count) {
                return u"UPDATE assets a SET sort_name = v.key FROM (VALUES %1) v (id, key) "
                       "WHERE a.id = v.id"_s.arg(QStringList(count, u"(?::bigint, ?::text)"_s).join(u", "_s));
            },
            error))
        return false;
    return backend.runScript(db, "DELETE FROM derived_stale", error);
}

QByteArray PostgresBackend::numbered(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int n = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\'' || c == '"') { // a literal or a quoted name, to its closing quote
            const qsizetype end = in.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? in.size() - 1 : end;
            out += in.mid(i, stop - i + 1);
            i = stop;
        } else if (c == '-' && i + 1 < in.size() && in.at(i + 1) == '-') { // a comment, to the line's end
            const qsizetype end = in.indexOf('\n', i);
            const qsizetype stop = end < 0 ? in.size() - 1 : end;
            out += in.mid(i, stop - i + 1);
            i = stop;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

QSqlDatabase PostgresBackend::open(const QString &where, const QString &name, bool readOnly,
                                   QString &error) const
{
    return Postgres::open(where, name, readOnly, error);
}

QString PostgresBackend::migrationFolder(const QString &set) const
{
    return u":/sql/postgresql/"_s + set;
}

bool PostgresBackend::runScript(const QSqlDatabase &db, const QByteArray &script, QString &error) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    return exec(connection, script, error);
}

int PostgresBackend::schemaVersion(const QSqlDatabase &db) const
{
    QString error;
    const auto present =
        integerColumn(db, u"SELECT to_regclass('reelatlas_schema') IS NOT NULL"_s, {}, error);
    if (!present || present->isEmpty())
        return -1;
    if (!present->first())
        return 0; // an empty database
    const auto version = integerColumn(db, u"SELECT version FROM reelatlas_schema"_s, {}, error);
    if (!version)
        return -1;
    return version->isEmpty() ? 0 : int(version->first());
}

bool PostgresBackend::setSchemaVersion(const QSqlDatabase &db, int version, QString &error) const
{
    return runScript(db,
                     "CREATE TABLE IF NOT EXISTS reelatlas_schema (version integer NOT NULL);"
                     "DELETE FROM reelatlas_schema;"
                     "INSERT INTO reelatlas_schema VALUES ("
                         + QByteArray::number(version) + ");",
                     error);
}

QString PostgresBackend::integrityCheck(const QSqlDatabase &db) const
{
    QString error;
    QStringList tables;
    if (!forEachRow(
            db,
            u"SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = "
            u"current_schema() "
            "ORDER BY 1"_s,
            {}, [&](const Row &row) { tables.append(row.text(0)); }, error))
        return error;
    QStringList problems;
    for (const QString &table : std::as_const(tables)) {
        if (!forEachRow(
                db, u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table), {}, [](const Row &) {}, error))
            problems.append(u"%1: %2"_s.arg(table, error));
    }
    return problems.isEmpty() ? u"ok"_s : problems.join(u'\n');
}

quint64 PostgresBackend::changeStamp(const QSqlDatabase &db) const
{
    QString error;
    const auto next =
        integerColumn(db, u"SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"_s, {}, error);
    return next && !next->isEmpty() ? quint64(next->first()) : 0;
}

quint64 PostgresBackend::recordsStamp(const QSqlDatabase &db, const QString &table) const
{
    QString error;
    const auto version =
        integerColumn(db, u"SELECT version FROM record_versions WHERE what = ?"_s, { table }, error);
    // A version, marked apart from the transaction ids of the fallback.
    if (version && !version->isEmpty())
        return quint64(version->first()) | (quint64(1) << 63);
    return changeStamp(db); // none (a catalog being upgraded): any change
}

bool PostgresBackend::optimize(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                               const std::function<void(const QString &, int, int)> &onStep,
                               QString &error) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    onStep(QCoreApplication::translate("Catalog", "Updating the server's statistics"), 0, 1);
    if (cancelled && cancelled->load()) {
        error = QCoreApplication::translate("Catalog", "cancelled");
        return false;
    }
    return exec(connection, "VACUUM (ANALYZE)", error);
}

bool PostgresBackend::beginWrite(const QSqlDatabase &db, QString &error) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    // A session that may not write (a viewer's, or one opened read-only) says so before anything.
    {
        PGresult *result = PQexec(connection, "SELECT current_setting('default_transaction_read_only')");
        const bool readOnly = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1
            && qstrcmp(PQgetvalue(result, 0, 0), "on") == 0;
        PQclear(result);
        if (readOnly) {
            error = QCoreApplication::translate("Catalog",
                                                "the catalog is read-only for %1 (a viewer, or a "
                                                "read-only session): nothing can be changed")
                        .arg(QString::fromUtf8(PQuser(connection)));
            return false;
        }
    }
    // The lock first, then the transaction: a transaction begun after another writer's commit
    // sees its schema changes too (the server's catalog caches are brought up to date when a
    // transaction begins, not when an advisory lock is granted inside one: a migration could
    // then not see the table the writer before it made). One lock per schema: the catalog's and
    // the thumbnail store's are written by one program at once, as SQLite's two files are.
    if (!exec(connection,
              "SELECT pg_advisory_lock(" + QByteArray::number(kWriteLock) + ", hashtext(current_schema()))",
              error))
        return false;
    if (!exec(connection, "BEGIN", error)) {
        QString ignored;
        exec(connection, "SELECT pg_advisory_unlock_all()", ignored);
        return false;
    }
    return true;
}

bool PostgresBackend::commit(const QSqlDatabase &db, QString &error) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    // COMMIT of a transaction that failed is a ROLLBACK: said so, not taken for success.
    const bool failed = PQtransactionStatus(connection) == PQTRANS_INERROR;
    // What the transaction's writes made stale, made again inside it: a search or the name order
    // never sees a row ReelAtlas committed half-made.
    if (!failed && !makeDerived(db, error)) {
        rollback(db);
        return false;
    }
    const bool committed = exec(connection, "COMMIT", error);
    QString ignored;
    exec(connection, "SELECT pg_advisory_unlock_all()", ignored); // the next writer's turn
    if (!committed)
        return false;
    if (failed) {
        error = QCoreApplication::translate("Catalog", "the transaction had failed and was rolled back");
        return false;
    }
    return true;
}

void PostgresBackend::rollback(const QSqlDatabase &db) const
{
    QString ignored;
    if (PGconn *connection = handleOf(db)) {
        exec(connection, "ROLLBACK", ignored);
        exec(connection, "SELECT pg_advisory_unlock_all()", ignored);
    }
}

bool PostgresBackend::inTransaction(const QSqlDatabase &db) const
{
    PGconn *connection = handleOf(db);
    if (!connection)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool PostgresBackend::forEachRowWhile(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                      const std::function<bool(const Row &)> &onRow, QString &error) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    bool stopped = false;
    return runRows(connection, sql, binds, onRow, QDeadlineTimer(QDeadlineTimer::Forever), {}, stopped,
                   error);
}

bool PostgresBackend::forEachRowWithin(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                       int limitMs, const std::function<bool(const Row &)> &onRow,
                                       bool &finished, QString &error,
                                       const std::function<bool()> &stopWhen) const
{
    PGconn *connection = handleOf(db);
    if (!connection) {
        error = notPostgres();
        return false;
    }
    QDeadlineTimer deadline(limitMs);
    bool stopped = false;
    // Stopped because `onRow` had enough is finished; stopped by the clock or `stopWhen` is not.
    bool enough = false;
    const bool ran = runRows(
        connection, sql, binds,
        [&](const Row &row) {
            enough = !onRow(row);
            return !enough;
        },
        deadline, stopWhen, stopped, error);
    finished = !stopped || enough;
    return ran;
}

QString PostgresBackend::idIn(const QString &column) const
{
    return column + u" = ANY(?::bigint[])"_s;
}

QVariant PostgresBackend::idList(const QList<qint64> &ids) const
{
    QString array = u"{"_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            array += u',';
        array += QString::number(ids.at(i));
    }
    return QVariant(array + u'}');
}

QString PostgresBackend::positionIn(const QString &column) const
{
    return u"array_position(?::bigint[], %1)"_s.arg(column);
}

QString PostgresBackend::matchingIds(const QString &index) const
{
    return u"SELECT id FROM %1 WHERE document @@ ?::tsquery"_s.arg(index);
}

QString PostgresBackend::matches(const QString &index) const
{
    return index + u".document @@ ?::tsquery"_s;
}

QString PostgresBackend::matchesRow(const QString &index) const
{
    // The function behind @@, which the planner does not match to the GIN index.
    return u"ts_match_vq(%1.document, ?::tsquery)"_s.arg(index);
}

QString PostgresBackend::fromMatching(const QString &index, const QString &table, const QString &alias) const
{
    return u" FROM %1 JOIN %2 %3 ON %3.id = %1.id"_s.arg(index, table, alias);
}

QString PostgresBackend::relevanceTier(const QString &index, const QList<int> &columns) const
{
    QString sql = u"CASE"_s;
    for (qsizetype place = 0; place < columns.size(); ++place)
        sql += u" WHEN %1.document @@ ?::tsquery THEN %2"_s.arg(index).arg(place);
    return sql + u" ELSE %1 END"_s.arg(columns.size());
}

QVariant PostgresBackend::wordsBind(const QueryText::WordsMatch &words) const
{
    return words.tsquery;
}

// Whether `column` of `index` has a narrow index of its own (012_record_names_index.sql): a
// record's names, asked apart from its document for best match's first page.
static bool indexedApart(const QString &index, const QString &column)
{
    return column == "names"_L1
        && (index == "location_fts"_L1 || index == "facility_fts"_L1 || index == "expert_fts"_L1);
}

QVariant PostgresBackend::wordsBindIn(const QString &index, const QString &column,
                                      const QueryText::WordsMatch &words) const
{
    if (indexedApart(index, column))
        return words.tsquery; // its words are of no weight
    const char weight = weightOf(index, column);
    return weight ? weighted(words.tsquery, weight) : u"''"_s; // no such column: nothing
}

QString PostgresBackend::matchingIdsIn(const QString &index, const QString &column) const
{
    if (indexedApart(index, column))
        return u"SELECT id FROM %1_%2 WHERE %2 @@ ?::tsquery"_s.arg(index, column);
    return matchingIds(index); // the column is the bound tsquery's weight
}

QString PostgresBackend::firstByNameIn(const QString &index, const QString &column, const QString &table,
                                       const QString &conditions, int count) const
{
    if (!indexedApart(index, column))
        return CatalogBackend::firstByNameIn(index, column, table, conditions, count);
    // Ordered by the key's copy beside the names, which no index orders: the planner sorts what
    // the names' index found rather than walk the record's own index of the key (far, where the
    // matches cluster). The record is joined for the conditions alone: without them, the join
    // (LEFT, of a row that is always there) is left out.
    return u"SELECT n.id FROM %1_%2 n LEFT JOIN %3 r ON r.id = n.id WHERE n.%2 @@ ?::tsquery%4 "
           "ORDER BY n.name_pinyin, n.id LIMIT %5"_s.arg(index, column, table, conditions,
                                                         QString::number(count));
}

QVariantList PostgresBackend::tierBinds(const QString &, const QList<int> &columns, const QList<int> &,
                                        const QList<QueryText::WordsMatch> &eachWord) const
{
    // Every word in the column: the words' tsqueries together, of the column's weight.
    QStringList words;
    for (const QueryText::WordsMatch &word : eachWord)
        words.append(u'(' + word.tsquery + u')');
    const QString all = words.join(u" & "_s);
    QVariantList binds;
    for (const int column : columns) {
        const char weight = weightOf(column);
        binds.append(weight ? weighted(all, weight) : u"''"_s);
    }
    return binds;
}

QString PostgresBackend::weighted(const QString &tsquery, char weight)
{
    QString out;
    out.reserve(tsquery.size() + tsquery.size() / 2);
    for (qsizetype i = 0; i < tsquery.size(); ++i) {
        out += tsquery.at(i);
        if (tsquery.at(i) != u'\'')
            continue;
        // A quoted lexeme, to its closing quote: a doubled quote is a quote in it, a backslash
        // makes the next character itself.
        const qsizetype start = i;
        for (++i; i < tsquery.size(); ++i) {
            const QChar c = tsquery.at(i);
            out += c;
            if (c == u'\\' && i + 1 < tsquery.size()) {
                out += tsquery.at(++i);
            } else if (c == u'\'') {
                if (i + 1 < tsquery.size() && tsquery.at(i + 1) == u'\'') {
                    out += tsquery.at(++i);
                    continue;
                }
                break;
            }
        }
        if (i == start + 1)
            continue; // '': PostgreSQL takes no weight for nothing
        if (QStringView(tsquery).sliced(std::min(i + 1, tsquery.size())).startsWith(u":*")) {
            out += u":*"_s;
            i += 2;
        } else {
            out += u':';
        }
        out += QChar::fromLatin1(weight);
    }
    return out;
}

QString PostgresBackend::indexedId(const QString &index) const
{
    return index + u".id"_s;
}

QString PostgresBackend::utf8Bytes(const QString &column) const
{
    return u"convert_to(%1, 'UTF8')"_s.arg(column);
}

QStringList PostgresBackend::writableColumns(const QSqlDatabase &db, const QString &table,
                                             QString &error) const
{
    QStringList columns;
    if (!forEachRow(
            db,
            u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position"_s,
            { table }, [&columns](const Row &row) { columns.append(row.text(0)); }, error))
        return {};
    return columns;
}

bool PostgresBackend::idsWritten(const QSqlDatabase &db, const QString &table, QString &error) const
{
    // Each identity column's sequence (the id; a link table's insertion order) after its largest.
    QStringList identities;
    if (!forEachRow(
            db,
            u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? AND is_identity = 'YES'"_s,
            { table }, [&identities](const Row &row) { identities.append(row.text(0)); }, error))
        return false;
    for (const QString &column : std::as_const(identities)) {
        if (!integerColumn(
                db,
                u"SELECT setval(pg_get_serial_sequence(?, ?), GREATEST((SELECT max(%2) FROM %1), 1), "
                "(SELECT max(%2) FROM %1) IS NOT NULL)"_s.arg(table, column),
                { table, column }, error))
            return false;
    }
    return true;
}

QString PostgresBackend::elementsOf(const QString &column) const
{
    return u"jsonb_array_elements_text(%1::jsonb)"_s.arg(column); // its column is "value"
}

QString PostgresBackend::inBox(const QString &alias, bool wrapsLongitude) const
{
    return (wrapsLongitude ? u"reelatlas_in_wrapped_box(%1.position, ?, ?, ?, ?)"_s
                           : u"reelatlas_in_box(%1.position, ?, ?, ?, ?)"_s)
        .arg(alias);
}

bool PostgresBackend::isConnected(const QSqlDatabase &db) const
{
    PGconn *connection = handleOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return false;
    pollfd socket { PQsocket(connection), POLLIN, 0 };
    if (::poll(&socket, 1, 0) == 0)
        return true; // the server said nothing while the connection was idle
    // It did: its goodbye ("terminating connection", when it stops or restarts), or a notice.
    // Only a statement makes libpq act on it: an empty one.
    PQclear(PQexec(connection, ""));
    return PQstatus(connection) == CONNECTION_OK;
}

QString PostgresBackend::nowSeconds() const
{
    return u"extract(epoch FROM clock_timestamp())::float8"_s;
}

QString PostgresBackend::skipLocked() const
{
    return u" FOR UPDATE SKIP LOCKED"_s;
}

bool PostgresBackend::isUniqueViolation(const QSqlError &error, const QString &column) const
{
    // SQLSTATE unique_violation; the constraint is named table_column_key, the detail
    // "Key (column)=(value) already exists".
    if (error.nativeErrorCode() != "23505"_L1)
        return false;
    const QString text = error.databaseText() + u' ' + error.driverText();
    return column.isEmpty() || text.contains(u'_' + column + u"_key"_s)
        || text.contains(u'(' + column + u')');
}

std::optional<QStringList> PostgresBackend::explain(const QSqlDatabase &db, const QString &sql,
                                                    const QVariantList &binds, QString &error) const
{
    QStringList steps;
    if (!forEachRow(
            db, u"EXPLAIN "_s + sql, binds, [&](const Row &row) { steps.append(row.text(0)); }, error))
        return std::nullopt;
    return steps;
}
