#pragma once

// The catalog in SQLite: one file for the records, one for the thumbnails, WAL, the pinyin
// tokenizer registered on every connection, FTS5 for words and R*Tree for "near" (kept by the
// migrations' triggers). Also the guards for SQLite files from elsewhere (an MBTiles map).

#include "catalogbackend.h"

#include <QDeadlineTimer>

#include <atomic>

struct sqlite3;

class SqliteBackend final : public CatalogBackend
{
public:
    QSqlDatabase open(const QString &file, const QString &name, bool readOnly, QString &error) const override;
    QString migrationFolder(const QString &set) const override;
    bool runScript(const QSqlDatabase &db, const QByteArray &script, QString &error) const override;
    int schemaVersion(const QSqlDatabase &db) const override; // PRAGMA user_version
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString &error) const override;
    QString integrityCheck(const QSqlDatabase &db) const override; // PRAGMA integrity_check
    // This connection's change count and PRAGMA data_version (changes by other connections).
    quint64 changeStamp(const QSqlDatabase &db) const override;
    // FTS5 "optimize" for each search index, VACUUM, a WAL checkpoint. Refuses to start without
    // room for VACUUM's copies: the file's size in the temporary folder and again beside it (WAL).
    bool optimize(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                  const std::function<void(const QString &, int, int)> &onStep,
                  QString &error) const override;
    bool mergeSearchIndexes(const QSqlDatabase &db, const std::atomic<bool> *cancelled,
                            QString &error) const override;
    bool beginWrite(const QSqlDatabase &db, QString &error) const override; // BEGIN IMMEDIATE
    bool commit(const QSqlDatabase &db, QString &error) const override;
    void rollback(const QSqlDatabase &db) const override;
    bool inTransaction(const QSqlDatabase &db) const override;
    // Through SQLite's C API.
    bool forEachRowWithin(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, int limitMs,
                          const std::function<bool(const Row &)> &onRow, bool &finished, QString &error,
                          const std::function<bool()> &stopWhen) const override;
    bool forEachRowWhile(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                         const std::function<bool(const Row &)> &onRow, QString &error) const override;
    QString idIn(const QString &column) const override; // json_each over a JSON array
    QVariant idList(const QList<qint64> &ids) const override;
    QString positionIn(const QString &column) const override;
    QString matchingIds(const QString &index) const override; // FTS5 MATCH
    QString matches(const QString &index) const override;
    // CROSS JOIN keeps SQLite to that order: asked to, its planner would walk a filter's index
    // instead and test the words row by row, seconds for a common filter such as status:ok.
    QString fromMatching(const QString &index, const QString &table, const QString &alias) const override;
    QVariant wordsBind(const QueryText::WordsMatch &words) const override;
    QVariant wordsBindIn(const QString &index, const QString &column,
                         const QueryText::WordsMatch &words) const override;
    QString matchingIdsIn(const QString &index, const QString &column) const override;
    QVariantList tierBinds(const QString &index, const QList<int> &columns, const QList<int> &phraseWords,
                           const QList<QueryText::WordsMatch> &eachWord) const override;
    QString indexedId(const QString &index) const override;
    QString relevanceTier(const QString &index, const QList<int> &columns) const override;
    QString utf8Bytes(const QString &column) const override;
    QStringList writableColumns(const QSqlDatabase &db, const QString &table, QString &error) const override;
    bool idsWritten(const QSqlDatabase &db, const QString &table, QString &error) const override;
    QString elementsOf(const QString &column) const override; // json_each
    QString inBox(const QString &alias, bool wrapsLongitude) const override; // R*Tree
    QString nowSeconds() const override;
    QString skipLocked() const override;
    bool isUniqueViolation(const QSqlError &error, const QString &column = {}) const override;
    std::optional<QStringList> explain(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                       QString &error) const override; // EXPLAIN QUERY PLAN

    // The sqlite3 handle of an open QSQLITE connection (for the C API), or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

    // For a database file from elsewhere (an MBTiles map): its schema may not run functions with
    // side effects (trusted_schema off, defensive mode), and no value read may be larger than
    // `maxValueBytes`. False with the reason when the connection cannot be set so.
    static bool distrust(const QSqlDatabase &db, int maxValueBytes, QString &error);

    // While it lives, statements on `db` are interrupted (they fail with "interrupted") once
    // `limit` has passed since it was made, or as soon as `*cancelled` is true: for files from
    // elsewhere, whose views may never end. Use on the connection's thread.
    class TimeLimit final
    {
    public:
        TimeLimit(const QSqlDatabase &db, int limitMs, const std::atomic<bool> *cancelled = nullptr,
                  std::function<bool()> stopWhen = {});
        ~TimeLimit();
        Q_DISABLE_COPY_MOVE(TimeLimit)
        bool expired() const { return m_expired; }

    private:
        static int check(void *self);
        sqlite3 *m_handle;
        QDeadlineTimer m_deadline;
        const std::atomic<bool> *m_cancelled;
        std::function<bool()> m_stopWhen;
        bool m_expired = false;
    };
};
