#include "sqlitebackend.h"

#include "searchtokenizer.h"
#include "sortkey.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool exec(const QSqlDatabase &db, const QString &statement, QString &error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

// The current row of a statement that forEachRow() runs.
class SqliteRow final : public CatalogBackend::Row
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArrayView utf8(int column) const override;
    QVariant value(int column) const override;

private:
    sqlite3_stmt *m_statement;
};

// reelatlas_name_key(text): SortKey::of(text, ByValue), the key of the library's name order
// (assets.sort_name, kept by triggers). Deterministic and innocuous, as a function a trigger
// or an index calls must be.
void nameKey(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray key =
        SortKey::of(QString::fromUtf8(text, sqlite3_value_bytes(values[0])), SortKey::Numbers::ByValue)
            .toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

bool registerFunctions(sqlite3 *db, QString &error)
{
    if (sqlite3_create_function_v2(db, "reelatlas_name_key", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, nameKey,
                                   nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace

QSqlDatabase SqliteBackend::open(const QString &file, const QString &name, bool readOnly,
                                 QString &error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    QString options = u"QSQLITE_BUSY_TIMEOUT=15000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    // The search index's tokenizer and the name order's key must exist on every connection that
    // may touch them.
    if (!SearchTokenizer::registerWith(handle(db), error) || !registerFunctions(handle(db), error)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QSqlQuery query(db);
    // WAL: readers never block the writer and a kill -9 loses at most the open transaction.
    // synchronous=NORMAL is durable across application crashes in WAL mode.
    const QStringList pragmas = readOnly
        ? QStringList { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s }
        : QStringList { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                        u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            error = query.lastError().text();
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    return db;
}

bool SqliteBackend::distrust(const QSqlDatabase &db, int maxValueBytes, QString &error)
{
    sqlite3 *h = handle(db);
    if (!h) {
        error = u"not an SQLite connection"_s;
        return false;
    }
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, maxValueBytes);
    return true;
}

SqliteBackend::TimeLimit::TimeLimit(const QSqlDatabase &db, int limitMs, const std::atomic<bool> *cancelled,
                                    std::function<bool()> stopWhen)
    : m_handle(handle(db))
    , m_deadline(limitMs)
    , m_cancelled(cancelled)
    , m_stopWhen(std::move(stopWhen))
{
    // Asked every 1,000 virtual-machine steps: a few microseconds apart.
    if (m_handle)
        sqlite3_progress_handler(m_handle, 1000, &TimeLimit::check, this);
}

SqliteBackend::TimeLimit::~TimeLimit()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SqliteBackend::TimeLimit::check(void *self)
{
    auto *limit = static_cast<TimeLimit *>(self);
    if (limit->m_deadline.hasExpired() || (limit->m_cancelled && limit->m_cancelled->load())
        || (limit->m_stopWhen && limit->m_stopWhen()))
        limit->m_expired = true;
    return limit->m_expired ? 1 : 0;
}

sqlite3 *SqliteBackend::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool SqliteRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRow::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QVariant SqliteRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column));
    }
    default:
        return text(column);
    }
}

QByteArrayView SqliteRow::utf8(int column) const
{
    // Text first, then its length: the order SQLite documents as safe.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString SqliteRow::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

bool SqliteBackend::forEachRowWhile(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                    const std::function<bool(const Row &)> &onRow, QString &error) const
{
    sqlite3 *connection = handle(db);
    if (!connection) {
        error = QStringLiteral("the catalog is not open");
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                break;
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                rc =
                    sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
    }
    const SqliteRow row(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!onRow(row))
            return true;
    }
    if (rc != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    return true;
}

bool SqliteBackend::forEachRowWithin(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                     int limitMs, const std::function<bool(const Row &)> &onRow,
                                     bool &finished, QString &error,
                                     const std::function<bool()> &stopWhen) const
{
    if (limitMs < 0 && !stopWhen) { // nothing stops it: no progress handler (another's stays)
        finished = true;
        return forEachRowWhile(db, sql, binds, onRow, error);
    }
    const TimeLimit limit(db, limitMs, nullptr, stopWhen);
    bool stopped = false; // by `stopWhen`, between rows
    const bool ran = forEachRowWhile(
        db, sql, binds,
        [&](const Row &row) {
            if (!onRow(row))
                return false;
            stopped = stopWhen && stopWhen();
            return !stopped;
        },
        error);
    finished = !limit.expired() && !stopped;
    if (!finished)
        error.clear(); // "interrupted": stopped on time, not failed
    return ran || !finished;
}

bool SqliteBackend::runScript(const QSqlDatabase &db, const QByteArray &script, QString &error) const
{
    sqlite3 *raw = handle(db);
    if (!raw) {
        error = u"not an SQLite connection"_s;
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(raw, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        error = QString::fromUtf8(message ? message : sqlite3_errmsg(raw));
        sqlite3_free(message);
        return false;
    }
    return true;
}

quint64 SqliteBackend::changeStamp(const QSqlDatabase &db) const
{
    sqlite3 *connection = handle(db);
    if (!connection)
        return 0;
    QString error;
    const auto version = integerColumn(db, u"PRAGMA data_version"_s, {}, error);
    const quint64 other = version && !version->isEmpty() ? quint64(version->first()) : 0;
    return (other << 40) ^ quint64(sqlite3_total_changes64(connection));
}

int SqliteBackend::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SqliteBackend::setSchemaVersion(const QSqlDatabase &db, int version, QString &error) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteBackend::commit(const QSqlDatabase &db, QString &error) const
{
    return exec(db, u"COMMIT"_s, error);
}

void SqliteBackend::rollback(const QSqlDatabase &db) const
{
    QString ignored;
    exec(db, u"ROLLBACK"_s, ignored);
}

bool SqliteBackend::inTransaction(const QSqlDatabase &db) const
{
    sqlite3 *raw = handle(db);
    return raw && sqlite3_get_autocommit(raw) == 0;
}

QString SqliteBackend::integrityCheck(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems.join(u'\n');
}

namespace {

// Where SQLite's unix VFS puts a temporary file (VACUUM's copy): the first writable folder of
// $SQLITE_TMPDIR, $TMPDIR, /var/tmp, /usr/tmp, /tmp, the working folder.
QString sqliteTemporaryFolder()
{
    const QStringList candidates { qEnvironmentVariable("SQLITE_TMPDIR"),
                                   qEnvironmentVariable("TMPDIR"),
                                   u"/var/tmp"_s,
                                   u"/usr/tmp"_s,
                                   u"/tmp"_s,
                                   u"."_s };
    for (const QString &folder : candidates) {
        const QFileInfo info(folder);
        if (!folder.isEmpty() && info.isDir() && info.isWritable() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QDir::currentPath();
}

// Whether the volumes of `file` and of SQLite's temporary folder have room for VACUUM: a copy of
// the file in each (the temporary database, and the write-ahead log it is written back through).
bool roomToRewrite(const QString &file, QString &error)
{
    const qint64 size = QFileInfo(file).size();
    QHash<QString, std::pair<QStorageInfo, qint64>> needs; // by volume
    for (const QString &folder : { QFileInfo(file).absolutePath(), sqliteTemporaryFolder() }) {
        const QStorageInfo volume(folder);
        auto &[info, bytes] = needs[volume.rootPath()];
        info = volume;
        bytes += size;
    }
    for (const auto &[volume, bytes] : std::as_const(needs)) {
        if (volume.isValid() && volume.bytesAvailable() < bytes + bytes / 10) {
            const QLocale locale;
            error =
                QCoreApplication::translate("Catalog", "%1 has %2 free; rewriting the catalog needs %3 there")
                    .arg(QDir::toNativeSeparators(volume.rootPath()),
                         locale.formattedDataSize(volume.bytesAvailable()),
                         locale.formattedDataSize(bytes + bytes / 10));
            return false;
        }
    }
    return true;
}

// The catalog's search indexes (FTS5 tables), by name.
std::optional<QStringList> searchIndexes(const SqliteBackend &backend, const QSqlDatabase &db, QString &error)
{
    QStringList names;
    const bool read = backend.forEachRow(
        db,
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING "
        u"fts5%' ORDER BY name"_s,
        {}, [&](const CatalogBackend::Row &row) { names.append(row.text(0)); }, error);
    return read ? std::optional(names) : std::nullopt;
}

} // namespace

bool SqliteBackend::mergeSearchIndexes(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                                       QString &error) const
{
    // Pages (of about 4 KB) merged by a step: 8 MB written, a few hundred milliseconds during
    // which other writers wait.
    constexpr int kPagesPerStep = 2000;
    const auto indexes = searchIndexes(*this, db, error);
    if (!indexes)
        return false;
    for (const QString &name : *indexes) {
        for (;;) {
            if (cancelled && cancelled->load()) {
                error = QCoreApplication::translate("Catalog", "cancelled");
                return false;
            }
            if (!beginWrite(db, error))
                return false;
            // A step that merged nothing changes at most the row holding the index's structure.
            const auto before = integerColumn(db, u"SELECT total_changes()"_s, {}, error);
            const bool merged = before && !before->isEmpty()
                && exec(db,
                        u"INSERT INTO \"%1\" (\"%1\", rank) VALUES ('merge', %2)"_s.arg(name).arg(
                            -kPagesPerStep),
                        error);
            const auto after =
                merged ? integerColumn(db, u"SELECT total_changes()"_s, {}, error) : std::nullopt;
            if (!after || after->isEmpty() || !commit(db, error)) {
                rollback(db);
                return false;
            }
            if (after->first() - before->first() < 2)
                break;
        }
    }
    return true;
}

bool SqliteBackend::optimize(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                             const std::function<void(const QString &, int, int)> &onStep,
                             QString &error) const
{
    const auto indexes = searchIndexes(*this, db, error);
    if (!indexes)
        return false;
    if (!roomToRewrite(db.databaseName(), error))
        return false;
    const int steps = int(indexes->size()) + 1;
    const TimeLimit stop(db, -1, cancelled); // no time limit: only `cancelled` stops
    const auto failed = [&](const QString &statement) {
        if (cancelled && cancelled->load()) {
            error = QCoreApplication::translate("Catalog", "cancelled");
            return true;
        }
        if (exec(db, statement, error))
            return false;
        if (stop.expired())
            error = QCoreApplication::translate("Catalog", "cancelled");
        return true;
    };
    for (qsizetype i = 0; i < indexes->size(); ++i) {
        onStep(QCoreApplication::translate("Catalog", "Merging the search index (%1 of %2)")
                   .arg(i + 1)
                   .arg(indexes->size()),
               int(i), steps);
        const QString name = indexes->at(i);
        if (failed(u"INSERT INTO \"%1\" (\"%1\") VALUES ('optimize')"_s.arg(name)))
            return false;
    }
    onStep(QCoreApplication::translate("Catalog", "Rewriting the catalog file in order"), steps - 1, steps);
    // VACUUM's copy in a temporary file, not in memory as the connection's other temporary
    // tables: 3 GB at a million assets.
    if (!exec(db, u"PRAGMA temp_store = FILE"_s, error))
        return false;
    const bool rewritten = !failed(u"VACUUM"_s);
    QString ignored;
    exec(db, u"PRAGMA temp_store = MEMORY"_s, ignored);
    if (!rewritten)
        return false;
    // Back into the file and the log emptied, unless a reader still holds it (then later).
    exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error);
    error.clear();
    return true;
}

bool SqliteBackend::beginWrite(const QSqlDatabase &db, QString &error) const
{
    return exec(db, u"BEGIN IMMEDIATE"_s, error);
}

QString SqliteBackend::migrationFolder(const QString &set) const
{
    return u":/sql/"_s + set;
}

QString SqliteBackend::idIn(const QString &column) const
{
    return column + u" IN (SELECT value FROM json_each(?))"_s;
}

QVariant SqliteBackend::idList(const QList<qint64> &ids) const
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    return QString::fromLatin1(json + ']');
}

QString SqliteBackend::positionIn(const QString &column) const
{
    return u"(SELECT key FROM json_each(?) WHERE value = %1)"_s.arg(column);
}

QString SqliteBackend::matchingIds(const QString &index) const
{
    return u"SELECT rowid FROM %1 WHERE %1 MATCH ?"_s.arg(index);
}

QString SqliteBackend::matches(const QString &index) const
{
    return index + u" MATCH ?"_s;
}

QString SqliteBackend::fromMatching(const QString &index, const QString &table, const QString &alias) const
{
    return u" FROM %1 CROSS JOIN %2 %3 ON %3.id = %1.rowid"_s.arg(index, table, alias);
}

QString SqliteBackend::relevanceTier(const QString &index, const QList<int> &) const
{
    // SearchTokenizer's auxiliary function, the columns bound (tierBinds).
    return u"reelatlas_tier(%1, ?, ?)"_s.arg(index);
}

QVariant SqliteBackend::wordsBind(const QueryText::WordsMatch &words) const
{
    return words.fts5; // the parser's own expression (what people type is quoted in it)
}

QVariant SqliteBackend::wordsBindIn(const QString &, const QString &column,
                                    const QueryText::WordsMatch &words) const
{
    return u"{%1} : (%2)"_s.arg(column, words.fts5);
}

QString SqliteBackend::matchingIdsIn(const QString &index, const QString &) const
{
    return matchingIds(index); // the column is in the bound expression
}

QVariantList SqliteBackend::tierBinds(const QString &, const QList<int> &columns,
                                      const QList<int> &phraseWords,
                                      const QList<QueryText::WordsMatch> &) const
{
    // reelatlas_tier reads the match's phrases itself: which word each is of (-1: a guard).
    QStringList places, words;
    for (const int column : columns)
        places.append(QString::number(column));
    for (const int word : phraseWords)
        words.append(QString::number(word));
    return { places.join(u','), words.join(u',') };
}

QString SqliteBackend::indexedId(const QString &index) const
{
    return index + u".rowid"_s; // FTS5 seeks its lists to a range and walks them either way
}

QString SqliteBackend::utf8Bytes(const QString &column) const
{
    return u"CAST(%1 AS BLOB)"_s.arg(column);
}

QStringList SqliteBackend::writableColumns(const QSqlDatabase &db, const QString &table, QString &error) const
{
    // table_xinfo's `hidden`: 0 a column, 1 hidden (virtual tables), 2 and 3 generated.
    QStringList columns;
    if (!forEachRow(
            db, u"SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid"_s, { table },
            [&columns](const Row &row) { columns.append(row.text(0)); }, error))
        return {};
    return columns;
}

bool SqliteBackend::idsWritten(const QSqlDatabase &, const QString &, QString &) const
{
    return true; // a rowid follows the largest by itself
}

QString SqliteBackend::elementsOf(const QString &column) const
{
    return u"json_each(%1)"_s.arg(column);
}

QString SqliteBackend::inBox(const QString &alias, bool wrapsLongitude) const
{
    return (wrapsLongitude ? u"%1.min_lat >= ? AND %1.max_lat <= ? AND (%1.min_lon >= ? OR %1.max_lon <= ?)"_s
                           : u"%1.min_lat >= ? AND %1.max_lat <= ? AND %1.min_lon >= ? AND %1.max_lon <= ?"_s)
        .arg(alias);
}

QString SqliteBackend::nowSeconds() const
{
    return u"((julianday('now') - 2440587.5) * 86400.0)"_s;
}

QString SqliteBackend::skipLocked() const
{
    return {};
}

bool SqliteBackend::isUniqueViolation(const QSqlError &error, const QString &column) const
{
    // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY: "UNIQUE constraint failed: t.column"
    const QString code = error.nativeErrorCode();
    if (code != "2067"_L1 && code != "1555"_L1)
        return false;
    return column.isEmpty() || error.databaseText().contains(u'.' + column);
}

std::optional<QStringList> SqliteBackend::explain(const QSqlDatabase &db, const QString &sql,
                                                  const QVariantList &binds, QString &error) const
{
    auto query = Sql::select(db, u"EXPLAIN QUERY PLAN "_s + sql, binds, error);
    if (!query)
        return std::nullopt;
    QStringList steps; // id, parent, unused, detail
    while (query->next())
        steps.append(query->value(3).toString());
    return steps;
}
