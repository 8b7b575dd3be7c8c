#pragma once

// A catalog is a folder, like a Lightroom catalog: catalog.sqlite (records) and thumbnails.sqlite
// (posters and filmstrips, keyed by content hash). Copy the folder and everything comes along.
//
// Threading: Catalog's functions are reentrant. A CatalogSession holds the connections of the
// thread that created it and must be used and destroyed on that thread (a QtSql rule).

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class CatalogSession;

namespace Catalog {

inline constexpr char kDatabaseFile[] = "catalog.sqlite";
inline constexpr char kThumbnailFile[] = "thumbnails.sqlite";

// The default catalog in the user's application data folder.
QString defaultFolder();
// `option` (--catalog), else $REELATLAS_CATALOG, else defaultFolder(); made absolute, unless it
// is a server's address (isServerAddress), which is kept as it is.
QString resolveFolder(const QString &option);

// A libpq URL (postgresql://…, postgres://…, the socket form postgresql:///db?host=/run/…): a
// catalog on a PostgreSQL server (docs/postgresql.md), never a folder of that name.
bool isServerAddress(const QString &catalog);
// `catalog` as it may be shown: a server address without its password.
QString displayName(const QString &catalog);

bool exists(const QString &folder);

enum class OpenMode { MustExist, Create };

// Makes the folder usable: creates it (Create), creates or upgrades both databases (each
// migration in its own transaction), and refuses a catalog written by a newer ReelAtlas. A
// server's address: the database must exist; Create makes the catalog's schema in it.
// Returns false with a message for people.
bool prepare(const QString &folder, OpenMode mode, QString &error);

// Upkeep after the catalog has grown or shrunk a lot (CatalogBackend::optimize): searches read
// fast again after a restart. Other programs may keep the catalog open meanwhile. Calls
// `onStep(what, done, steps)` before each step, stops when `*cancelled` becomes true. False with
// a message for people.
bool optimize(const QString &folder, const std::atomic<bool> *cancelled,
              const std::function<void(const QString &, int, int)> &onStep, QString &error);

// What the catalog's records take on disk (not the thumbnails): its file, or on a server the
// tables and indexes of its schema. Nullopt when it cannot be read.
std::optional<qint64> recordBytes(const QString &folder);

// Whether optimize() would make a difference now: a catalog file (a server keeps its own
// tables) of at least kOptimizeFrom assets that has grown by a fifth since it was last optimized,
// or never was. Its search index is then in many pieces and scattered through the file, and the
// first searches after a restart read it piece by piece. Nullopt with a message when it cannot
// be read.
inline constexpr qint64 kOptimizeFrom = 200'000;
std::optional<bool> optimizeAdvised(const QString &folder, QString &error, qint64 from = kOptimizeFrom);

// The search indexes merged into one piece each (CatalogBackend::mergeSearchIndexes), in short
// steps while the catalog stays in use: the part of optimize() that a catalog's searches need
// most. A word of one letter at a million assets reads its list from every piece: 26 pieces
// after an import of a million, 300 ms from a cold disk against 185 in one piece. Run after an
// import when mergeAdvised() says so, by the desktop and by `ingest`. Stops between steps when
// `*cancelled` becomes true, keeping what was merged. False with a message for people.
bool mergeSearchIndexes(const QString &folder, const std::atomic<bool> *cancelled, QString &error);
// Whether mergeSearchIndexes() is due: a catalog file of at least kOptimizeFrom assets grown by a
// fifth since it was last merged or optimized, or never was. Nullopt with a message.
std::optional<bool> mergeAdvised(const QString &folder, QString &error, qint64 from = kOptimizeFrom);

// A login on the catalog's server with the grants of `role` ("viewer", "editor" or "admin";
// 004_roles.sql), with `password` unless it is empty. Run by the catalog's owner or an admin;
// `refused` says when the server refused for want of that right. False with the server's reason.
bool addUser(CatalogSession &session, const QString &name, const QString &role, const QString &password,
             bool &refused, QString &error);

// Who this session is on a catalog's server, and as what: {user, "viewer" | "editor" | "admin" |
// "owner"} (004_roles.sql; the role empty where no roles were given out). A catalog folder: {}.
struct SignedIn
{
    QString user;
    QString role;
};
SignedIn signedIn(const QSqlDatabase &db);

// A value kept in the catalog about itself (catalog_id, created_at, office_name …), or an empty
// string.
QString info(const QSqlDatabase &db, const QString &key);

// Schema versions this build writes.
int catalogSchemaVersion();
int thumbnailSchemaVersion();

} // namespace Catalog

class CatalogSession final
{
public:
    // Opens both databases for the calling thread. The catalog must have been prepared.
    explicit CatalogSession(const QString &folder, bool readOnly = false);
    ~CatalogSession();
    Q_DISABLE_COPY_MOVE(CatalogSession)

    bool isOpen() const { return m_error.isEmpty(); }
    // Open, and still reaching the catalog (a server that restarted ends its connections: a
    // session found so is opened afresh by whoever holds it).
    bool isConnected() const;
    // Whether the catalog answers a statement now (a round trip): a refusal of one of ours is
    // then not the server's absence.
    bool answers() const;
    const QString &error() const { return m_error; }
    const QString &folder() const { return m_folder; }
    QSqlDatabase &db() { return m_db; }
    QSqlDatabase &thumbs() { return m_thumbs; }
    // This machine's path mappings (pathmap.h) read again, after they changed.
    bool reloadPathMap(QString &error);

private:
    bool loadPathMap();

    QString m_folder;
    QString m_error;
    QString m_dbName;
    QString m_thumbsName;
    QSqlDatabase m_db;
    QSqlDatabase m_thumbs;
};
