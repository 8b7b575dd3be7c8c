#pragma once

// What differs between the database engines a catalog can live in, behind one interface: how a
// catalog is opened and its schema versioned and migrated, how a write transaction takes the
// lock, how whole tables are read fast, and the few pieces of SQL that engines spell
// differently (a bound list of ids, the full-text index, arrays kept in a column, times as
// numbers). Stores speak portable SQL through QtSql and ask their connection's backend for the
// rest, so a second engine is a second implementation, not a rewrite: SQLite (sqlitebackend.h)
// and PostgreSQL (postgresbackend.h; docs/postgresql.md).
//
// Threading: backends are stateless; their functions run on the thread of the connection given.

#include "querytext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class CatalogBackend
{
public:
    virtual ~CatalogBackend() = default;

    // The backend of an open connection (by its driver).
    static const CatalogBackend &of(const QSqlDatabase &db);
    // A catalog folder's: SQLite.
    static const CatalogBackend &sqlite();
    // A catalog on a server's (a libpq URL): PostgreSQL.
    static const CatalogBackend &postgres();

    // ----------------------------------------------------------- connections and schema

    // Opens `where` (a file, for SQLite) as connection `name` for the calling thread. Returns an
    // invalid QSqlDatabase and sets `error` on failure.
    virtual QSqlDatabase open(const QString &where, const QString &name, bool readOnly,
                              QString &error) const = 0;
    // The numbered migration scripts of a set ("catalog", "thumbnails") in this engine's SQL.
    virtual QString migrationFolder(const QString &set) const = 0;
    virtual bool runScript(const QSqlDatabase &db, const QByteArray &script, QString &error) const = 0;
    // The schema version written by the last migration; -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error) const = 0;
    // "ok", or the problems the engine's own check finds.
    virtual QString integrityCheck(const QSqlDatabase &db) const = 0;
    // A number that changes whenever the database may have changed, by this connection or
    // another: for caches of what a query read.
    virtual quint64 changeStamp(const QSqlDatabase &db) const = 0;
    // The same for the rows of one table of records (locations, facilities, experts) alone,
    // where the engine keeps one (a server: 013_record_versions.sql); else changeStamp().
    virtual quint64 recordsStamp(const QSqlDatabase &db, const QString &) const { return changeStamp(db); }

    // Upkeep after a catalog has grown (or shrunk) a lot, so that it reads fast again, from a cold
    // disk too: each search index merged into one piece and the file rewritten in order (SQLite:
    // FTS5 "optimize", then VACUUM). Nothing the catalog holds changes, ids included. Calls
    // `onStep(what, done, steps)` before each step; stops at once when `*cancelled` becomes true,
    // the step under way undone. Minutes at a million assets. False with the reason.
    virtual bool optimize(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                          const std::function<void(const QString &, int, int)> &onStep,
                          QString &error) const = 0;
    // The search indexes' part of optimize(), a step at a time, each step a short write
    // transaction of its own, so that other writers and every reader go on meanwhile (SQLite:
    // FTS5 "merge" with a negative page count, an optimize done in steps, until a step has
    // nothing left to merge). Stops between steps when `*cancelled` becomes true, keeping what
    // was merged. A server's indexes keep themselves (true at once). False with the reason.
    virtual bool mergeSearchIndexes(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                                    QString &error) const = 0;

    // ----------------------------------------------------------- transactions

    // Begins a write transaction that holds the write lock from the start, so that two writers
    // wait for each other before either has written anything.
    virtual bool beginWrite(const QSqlDatabase &db, QString &error) const = 0;
    // Ends the transaction begun by beginWrite(): keeps it, or undoes it. (Not through prepared
    // statements: PostgreSQL cannot prepare COMMIT.)
    virtual bool commit(const QSqlDatabase &db, QString &error) const = 0;
    virtual void rollback(const QSqlDatabase &db) const = 0;
    // Whether the connection still reaches the catalog, as far as can be told without a round
    // trip, unless the server sent something while it was idle (a server that restarted said
    // goodbye). A file is always reached.
    virtual bool isConnected(const QSqlDatabase &db) const { return db.isOpen(); }
    // Whether a transaction is open (an engine may end one by itself after an error).
    virtual bool inTransaction(const QSqlDatabase &db) const = 0;
    // Whether a write must be inside a transaction to be whole: true where the catalog's derived
    // columns (search index, name order) are made by commit() rather than by the engine
    // (PostgreSQL). Sql::WriteScope asks.
    virtual bool derivesAtCommit() const { return false; }

    // ----------------------------------------------------------- copying a catalog (CatalogCopy)

    // The columns of `table` a row is written with, in order: those the engine computes
    // (generated) left out. Empty when there is no such table.
    virtual QStringList writableColumns(const QSqlDatabase &db, const QString &table,
                                        QString &error) const = 0;
    // After rows were written with their ids: the ids handed out next follow the largest
    // (PostgreSQL's identity sequences, each identity column's; SQLite's rowids do by themselves).
    virtual bool idsWritten(const QSqlDatabase &db, const QString &table, QString &error) const = 0;

    // ----------------------------------------------------------- reading whole tables

    // The current row of forEachRow(); valid only inside its callback.
    class Row
    {
    public:
        virtual bool isNull(int column) const = 0;
        virtual qint64 integer(int column) const = 0;
        virtual double real(int column) const = 0;
        virtual QString text(int column) const = 0; // null for NULL
        virtual QByteArrayView utf8(int column) const = 0; // valid until the next row; null for NULL
        // The value as QtSql would give it (qint64, double, QString, QByteArray for bytes; a null
        // QVariant for NULL): for copying rows whatever their columns.
        virtual QVariant value(int column) const = 0;

    protected:
        ~Row() = default;
    };
    // Runs `sql` with `binds` (integers, reals, text, null) and calls `onRow` for every row,
    // without a QVariant per value (QtSql's costs ~0.1 µs each: over a second for the columns of
    // 100,000 assets). False with the engine's message.
    bool forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                    const std::function<void(const Row &)> &onRow, QString &error) const;
    // forEachRow() while `onRow` returns true (it stops the statement when it says no more).
    virtual bool forEachRowWhile(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                 const std::function<bool(const Row &)> &onRow, QString &error) const = 0;
    // The first column of every row as integers.
    std::optional<QList<qint64>> integerColumn(const QSqlDatabase &db, const QString &sql,
                                               const QVariantList &binds, QString &error) const;
    // forEachRow() for at most `limitMs` (-1: no limit), and while `onRow` returns true and
    // `stopWhen` (if given) returns false: when the time runs out or `stopWhen` says so, the
    // statement is stopped, what it gave stays given, and `finished` is false (a first answer
    // that must come at once, or that something else made pointless). `stopWhen` is asked while
    // the engine works, before its first row too, a few milliseconds apart at most.
    virtual bool forEachRowWithin(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                  int limitMs, const std::function<bool(const Row &)> &onRow, bool &finished,
                                  QString &error, const std::function<bool()> &stopWhen) const = 0;

    // ----------------------------------------------------------- SQL that engines spell differently

    // SQL written without a connection (the query languages' conditions) says what differs with
    // placeholders — {ids COLUMN}: COLUMN is one of a bound list of ids; {matching INDEX}: the
    // ids of the rows of full-text INDEX matching the bound expression; {elements COLUMN}: the
    // elements of the list kept in COLUMN — and binds a list of ids as a QList<qint64>, words as
    // a QueryText::WordsMatch. This puts the engine's own spelling in both.
    void adapt(QString &sql, QVariantList &binds) const;

    // "`column` is one of the ids bound with idList()" — any number of ids, one statement.
    virtual QString idIn(const QString &column) const = 0;
    virtual QVariant idList(const QList<qint64> &ids) const = 0;
    // The position of `column` in the ids bound with idList(), for ORDER BY.
    virtual QString positionIn(const QString &column) const = 0;
    // Full-text search: a query of the ids of the rows of `index` that match the bound
    // expression; the condition "`index` matches it"; and a FROM clause that joins `table` (as
    // `alias`) to the index so that the index drives the search.
    virtual QString matchingIds(const QString &index) const = 0;
    virtual QString matches(const QString &index) const = 0;
    // The same condition tested on each row read, never looked up in the index: for a few rows
    // found by their ids, where the index would first find every match of the words (a server's
    // GIN index reads every lexeme of a one-letter prefix). FTS5 tests a row by its rowid either
    // way.
    virtual QString matchesRow(const QString &index) const { return matches(index); }
    virtual QString fromMatching(const QString &index, const QString &table, const QString &alias) const = 0;
    // In a query that matches `index`: the place, among `columns` (numbers of the index's
    // columns, in rank order), of the first that holds every word of the match, else the number
    // of columns. Where a match was found, for "best match". Binds: tierBinds().
    virtual QString relevanceTier(const QString &index, const QList<int> &columns) const = 0;
    // Whether relevanceTier() must be in the query that matches (SQLite: FTS5's auxiliary
    // function reads the match); else it may be asked of any row of the index (PostgreSQL), so
    // that a first page of matches is found by ids alone and only its rows are ranked.
    virtual bool tierNeedsTheMatch() const { return true; }
    // Words to match as this engine's bound value: an FTS5 expression or a tsquery.
    virtual QVariant wordsBind(const QueryText::WordsMatch &words) const = 0;
    // The same restricted to `column` of `index`: SQLite's column filter, or a tsquery of the
    // column's weight (of no weight for a column indexed apart: a record's names on a server).
    // Only for matchingIdsIn().
    virtual QVariant wordsBindIn(const QString &index, const QString &column,
                                 const QueryText::WordsMatch &words) const = 0;
    // matchingIds() within one column of the index (bind: wordsBindIn(index, column, words)).
    virtual QString matchingIdsIn(const QString &index, const QString &column) const = 0;
    // A query of the ids of the first `count` rows of `table` (as `r`) whose `column` of `index`
    // holds the words (bind: wordsBindIn()) and that meet `conditions` (" AND …" on r), in name
    // order (r.name_pinyin, r.id): the column's own index where it has one.
    virtual QString firstByNameIn(const QString &index, const QString &column, const QString &table,
                                  const QString &conditions, int count) const;
    // The binds of relevanceTier() for the same `columns`, and the words (the word of each
    // phrase, AssetQuery::phraseWords, or each word whole).
    virtual QVariantList tierBinds(const QString &index, const QList<int> &columns,
                                   const QList<int> &phraseWords,
                                   const QList<QueryText::WordsMatch> &eachWord) const = 0;
    // The id of the row of `index` read, in matchingIds()'s query or one from fromMatching():
    // the index itself answers a range of it ("from this id up") and orders by it.
    virtual QString indexedId(const QString &index) const = 0;
    // The UTF-8 bytes of text `column`, to compare with bytes kept (a path as the file system
    // spells it).
    virtual QString utf8Bytes(const QString &column) const = 0;
    // A table of the elements (column `value`) of the list kept in `column`, for FROM.
    virtual QString elementsOf(const QString &column) const = 0;
    // The spatial index `alias` holds points inside the bound box (its south, north, west and east
    // edges; a box that wraps longitude has west > east).
    virtual QString inBox(const QString &alias, bool wrapsLongitude) const = 0;
    // Now, by the database's clock, in seconds since 1970 (a real): times that machines compare
    // (job leases) are all the catalog's, whatever each machine's clock says.
    virtual QString nowSeconds() const = 0;
    // After the SELECT of rows a statement is about to take for itself: skip rows another
    // connection is taking at this moment, rather than wait for it (PostgreSQL's FOR UPDATE SKIP
    // LOCKED; SQLite has one writer at a time, so nothing).
    virtual QString skipLocked() const = 0;

    // Whether `error` is a unique constraint's refusal, of `column` when one is named (its
    // message names it on both engines).
    virtual bool isUniqueViolation(const QSqlError &error, const QString &column = {}) const = 0;

    // How the engine would run `sql` (already adapted): one line per step of its plan, as the
    // engine words it (tests check that no filter reads a whole table).
    virtual std::optional<QStringList> explain(const QSqlDatabase &db, const QString &sql,
                                               const QVariantList &binds, QString &error) const = 0;
};
