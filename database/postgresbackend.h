#pragma once

// The catalog on a PostgreSQL server (issue 12), reached by a libpq URL: QtSql's QPSQL driver for
// the stores' portable SQL, libpq itself where QtSql is slow or cannot (rows read without a
// QVariant each, scripts of many statements, the transaction's state).
//
// Each function is tested against a real server (tst_postgresbackend). The catalog's schema, its
// words as tsquery and the derived values (search tokens, name keys) the client computes come
// next (docs/postgresql.md); until then Catalog::prepare refuses server addresses.

#include "catalogbackend.h"

class PostgresBackend final : public CatalogBackend
{
public:
    // `where` is a libpq URL (postgresql://user@host:port/db?sslmode=…, or the socket form
    // postgresql:///db?host=/run/postgresql), parsed by libpq itself.
    QSqlDatabase open(const QString &where, const QString &name, bool readOnly,
                      QString &error) const override;
    QString migrationFolder(const QString &set) const override;
    bool runScript(const QSqlDatabase &db, const QByteArray &script, QString &error) const override;
    // The table reelatlas_schema (one row) in the connection's search path; 0 without it.
    int schemaVersion(const QSqlDatabase &db) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error) const override;
    // Every table of the connection's schema can be read; "ok", else what cannot. (The server
    // checks its own pages.)
    QString integrityCheck(const QSqlDatabase &db) const override;
    // The server's next transaction id: it moves whenever any session may have written.
    quint64 changeStamp(const QSqlDatabase &db) const override;
    quint64 recordsStamp(const QSqlDatabase &db, const QString &table) const override;
    // VACUUM (ANALYZE): the server's own upkeep, which autovacuum also does.
    bool optimize(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                  const std::function<void(const QString &, int, int)> &onStep,
                  QString &error) const override;
    bool mergeSearchIndexes(const QSqlDatabase &, const std::atomic<bool> *, QString &) const override
    {
        return true; // GIN indexes keep themselves (their pending lists are merged by VACUUM)
    }
    // pg_advisory_lock(kWriteLock, the schema's hash), then BEGIN: one writer at a time in a
    // schema (the catalog's, the thumbnail store's) across every workstation, until commit() or
    // rollback() (or the session's end: a workstation that dies loses its lock), as in SQLite;
    // readers never wait.
    bool beginWrite(const QSqlDatabase &db, QString &error) const override;
    bool derivesAtCommit() const override { return true; } // makeDerived()
    bool inTransaction(const QSqlDatabase &db) const override; // libpq's transaction status
    // makeDerived(), then COMMIT.
    bool commit(const QSqlDatabase &db, QString &error) const override;
    void rollback(const QSqlDatabase &db) const override;
    // libpq in single-row mode, values as text.
    bool forEachRowWhile(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                         const std::function<bool(const Row &)> &onRow, QString &error) const override;
    bool forEachRowWithin(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, int limitMs,
                          const std::function<bool(const Row &)> &onRow, bool &finished, QString &error,
                          const std::function<bool()> &stopWhen) const override;
    QString idIn(const QString &column) const override; // = ANY(?::bigint[])
    QVariant idList(const QList<qint64> &ids) const override; // an array literal: {1,2,3}
    QString positionIn(const QString &column) const override; // array_position
    // A search index is a table of an id and `document`, a tsvector with a GIN index: its
    // columns' tsvectors one after the other, each with its weight, A, B, C, D in the order of
    // SQLite's FTS5 tables' columns (007_search_rows_inline.sql). It is matched against a bound
    // tsquery; within one column, against the tsquery of the column's weight.
    QString matchingIds(const QString &index) const override;
    QString matches(const QString &index) const override;
    QString matchesRow(const QString &index) const override; // ts_match_vq(): not indexed
    QString fromMatching(const QString &index, const QString &table, const QString &alias) const override;
    // CASE WHEN document @@ ?::tsquery THEN 0 ... ELSE n END, each bound the words of one
    // column's weight: evaluated in line, on the row already read.
    QString relevanceTier(const QString &index, const QList<int> &columns) const override;
    bool tierNeedsTheMatch() const override { return false; }
    QVariant wordsBind(const QueryText::WordsMatch &words) const override;
    QVariant wordsBindIn(const QString &index, const QString &column,
                         const QueryText::WordsMatch &words) const override;
    // A record's names are also indexed apart, narrow (012_record_names_index.sql): the table
    // `index`_names of an id, `names` (a tsvector of no weight) and the record's name_pinyin.
    QString matchingIdsIn(const QString &index, const QString &column) const override;
    QString firstByNameIn(const QString &index, const QString &column, const QString &table,
                          const QString &conditions, int count) const override;
    QVariantList tierBinds(const QString &index, const QList<int> &columns, const QList<int> &phraseWords,
                           const QList<QueryText::WordsMatch> &eachWord) const override;
    QString indexedId(const QString &index) const override;
    QString utf8Bytes(const QString &column) const override;
    QStringList writableColumns(const QSqlDatabase &db, const QString &table, QString &error) const override;
    bool idsWritten(const QSqlDatabase &db, const QString &table, QString &error) const override;
    QString elementsOf(const QString &column) const override; // jsonb_array_elements_text
    // `alias`.position, a point (longitude, latitude) with a GiST index, in the box of the bound
    // south, north, west and east (reelatlas_in_box, inlined so that the index answers it).
    QString inBox(const QString &alias, bool wrapsLongitude) const override;
    bool isConnected(const QSqlDatabase &db) const override;
    QString nowSeconds() const override;
    QString skipLocked() const override;
    bool isUniqueViolation(const QSqlError &error, const QString &column = {}) const override;
    std::optional<QStringList> explain(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                       QString &error) const override; // EXPLAIN

    // The first advisory lock key of catalog writes ("RAwr"); the second is the schema's.
    static constexpr qint32 kWriteLock = 0x5241'7772;

    // `sql` with QtSql's "?" placeholders numbered as libpq's $1, $2 … (none inside quotes).
    static QByteArray numbered(const QString &sql);

    // `tsquery` with every lexeme restricted to `weight` ('A' to 'D'): 'hai':* <-> 'bian' becomes
    // 'hai':*A <-> 'bian':A. Quoted lexemes only, as QueryText writes them; the empty one is kept.
    static QString weighted(const QString &tsquery, char weight);

    // `text` as a tsvector's text, as ReelAtlas's tokenizer makes it of a document (readings and
    // initials at the position of their character, positions from 1), for `?::tsvector`.
    static QByteArray tsvector(const QString &text);
    // Makes again what the catalog's triggers marked stale in derived_stale: the search index rows
    // (tsvectors of the *_search views' text) and the name keys (sort_name). In the transaction
    // under way; commit() calls it first.
    static bool makeDerived(const QSqlDatabase &db, QString &error);
};
