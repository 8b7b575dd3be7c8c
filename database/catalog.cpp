#include "catalog.h"

#include "catalogbackend.h"
#include "migrations.h"
#include "pathmap.h"
#include "postgres.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// A folder catalog is SQLite: its migrations are SQLite's.
const QString kCatalogMigrations = CatalogBackend::sqlite().migrationFolder(u"catalog"_s);
const QString kThumbnailMigrations = CatalogBackend::sqlite().migrationFolder(u"thumbnails"_s);

QString uniqueConnectionName(const char *what)
{
    static std::atomic<int> counter { 0 };
    return u"reelatlas-%1-%2"_s.arg(QLatin1StringView(what)).arg(++counter);
}

} // namespace

namespace Catalog {

QString defaultFolder()
{
    // ~/.local/share/ReelAtlas/catalog on Linux (the app name is set by every ReelAtlas program).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"ReelAtlas/catalog"_s);
}

QString resolveFolder(const QString &option)
{
    QString folder = option;
    if (folder.isEmpty())
        folder = qEnvironmentVariable("REELATLAS_CATALOG");
    if (folder.isEmpty())
        folder = defaultFolder();
    if (isServerAddress(folder))
        return folder;
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

bool isServerAddress(const QString &catalog)
{
    // libpq's two URI schemes (its documentation, "Connection URIs"), in any case.
    return catalog.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || catalog.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString displayName(const QString &catalog)
{
    if (!isServerAddress(catalog))
        return catalog;
    QUrl url(catalog);
    if (!url.isValid())
        return catalog.section(u'@', -1);
    // The socket form holds its password in the query (libpq's "password" parameter).
    QUrlQuery query(url);
    if (query.hasQueryItem(u"password"_s)) {
        query.removeAllQueryItems(u"password"_s);
        url.setQuery(query.query(QUrl::FullyEncoded));
    }
    return url.toString(QUrl::RemovePassword);
}

bool exists(const QString &folder)
{
    if (isServerAddress(folder)) { // a database whose schema has a version
        const QString name = uniqueConnectionName("probe");
        bool found = false;
        {
            QString error;
            const QSqlDatabase db = Postgres::open(folder, name, true, error);
            found = db.isOpen() && CatalogBackend::of(db).schemaVersion(db) > 0;
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }
    return QFileInfo(QDir(folder).filePath(QLatin1StringView(kDatabaseFile))).isFile();
}

QString info(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM catalog_info WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int catalogSchemaVersion()
{
    const auto steps = Migrations::steps(kCatalogMigrations);
    return steps.isEmpty() ? 0 : steps.last().version;
}

int thumbnailSchemaVersion()
{
    const auto steps = Migrations::steps(kThumbnailMigrations);
    return steps.isEmpty() ? 0 : steps.last().version;
}

namespace {

// Both databases brought to this build's schema (each step in its own transaction, under the
// engine's write lock); a new catalog gets its identity.
bool migrate(CatalogSession &session, bool fresh, QString &error)
{
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    if (!Migrations::migrate(session.db(), backend.migrationFolder(u"catalog"_s),
                             QCoreApplication::translate("Catalog", "catalog"), error))
        return false;
    if (!Migrations::migrate(session.thumbs(), backend.migrationFolder(u"thumbnails"_s),
                             QCoreApplication::translate("Catalog", "thumbnail store"), error))
        return false;
    if (fresh) {
        QSqlQuery query(session.db());
        query.prepare(u"INSERT INTO catalog_info (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        const QList<std::pair<QString, QString>> rows {
            { u"catalog_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
            { u"created_by"_s, u"ReelAtlas " REELATLAS_VERSION ""_s },
        };
        for (const auto &[key, value] : rows) {
            query.addBindValue(key);
            query.addBindValue(value);
            query.exec();
        }
    }
    return true;
}

// A catalog on a PostgreSQL server: the database must exist (the server's administrator makes
// it); init makes the schema in it.
bool preparePostgres(const QString &url, OpenMode mode, QString &error)
{
    CatalogSession session(url);
    if (!session.isOpen()) {
        error = session.error();
        return false;
    }
    const CatalogBackend &backend = CatalogBackend::of(session.db());
    const int version = backend.schemaVersion(session.db());
    if (version < 0) {
        error = QCoreApplication::translate("Catalog", "cannot read the catalog's schema version at %1")
                    .arg(displayName(url));
        return false;
    }
    if (version == 0 && mode == OpenMode::MustExist) {
        error = QCoreApplication::translate("Catalog",
                                            "there is no catalog in the database %1 (create one with "
                                            "\"reelatlas-cli --catalog URL init\")")
                    .arg(displayName(url));
        return false;
    }
    // The thumbnail store's schema, under the write lock: two workstations may begin at once.
    // (Asked first: CREATE SCHEMA needs a privilege editors and viewers do not have, even when
    // the schema is there.)
    const auto thumbnails =
        backend.integerColumn(session.db(), u"SELECT count(*) FROM pg_namespace WHERE nspname = ?"_s,
                              { QString::fromLatin1(Postgres::kThumbnailSchema) }, error);
    if (!thumbnails)
        return false;
    if (thumbnails->value(0) == 0
        && (!backend.beginWrite(session.db(), error)
            || !backend.runScript(
                session.db(), "CREATE SCHEMA IF NOT EXISTS " + QByteArray(Postgres::kThumbnailSchema), error)
            || !backend.commit(session.db(), error))) {
        backend.rollback(session.db());
        error = QCoreApplication::translate("Catalog", "cannot prepare the catalog at %1: %2")
                    .arg(displayName(url), error);
        return false;
    }
    if (!migrate(session, version == 0, error))
        return false;
    // A newer schema may have new tables: the roles' grants and the viewers' views are made
    // again (by whoever upgraded it: the owner or an admin).
    if (version > 0 && backend.schemaVersion(session.db()) > version) {
        QSqlQuery query(session.db());
        if (query.exec(
                u"SELECT reelatlas_session_viewer_schema() IS NULL AND to_regrole(reelatlas_role_base() || "
                "'_viewer') IS NOT NULL"_s)
            && query.next() && query.value(0).toBool())
            query.exec(u"SELECT reelatlas_setup_roles()"_s);
    }
    return true;
}

} // namespace

bool prepare(const QString &folder, OpenMode mode, QString &error)
{
    if (isServerAddress(folder))
        return preparePostgres(folder, mode, error);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        error = QCoreApplication::translate("Catalog", "%1 is a file, not a catalog folder").arg(folder);
        return false;
    }
    if (mode == OpenMode::MustExist && !exists(folder)) {
        error =
            QCoreApplication::translate(
                "Catalog",
                "there is no catalog at %1 (create one with \"reelatlas-cli init\" or by ingesting media)")
                .arg(folder);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        error = QCoreApplication::translate("Catalog", "cannot create the catalog folder %1").arg(folder);
        return false;
    }
    const bool fresh = !exists(folder);
    CatalogSession session(folder);
    if (!session.isOpen()) {
        error = session.error();
        return false;
    }
    return migrate(session, fresh, error);
}

std::optional<qint64> recordBytes(const QString &folder)
{
    if (!isServerAddress(folder)) {
        const QFileInfo file(QDir(folder).filePath(QLatin1StringView(kDatabaseFile)));
        return file.exists() ? std::optional(file.size()) : std::nullopt;
    }
    CatalogSession session(folder, true);
    if (!session.isOpen())
        return std::nullopt;
    QString error;
    const auto bytes =
        CatalogBackend::of(session.db())
            .integerColumn(session.db(),
                           u"SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"_s,
                           {}, error);
    return bytes && !bytes->isEmpty() ? std::optional(bytes->first()) : std::nullopt;
}

namespace {

// Whether a catalog file of at least `from` assets has grown by a fifth since the largest of the
// counts kept under `keys` in catalog_info (none: never).
std::optional<bool> grownSince(const QString &folder, const QStringList &keys, qint64 from, QString &error)
{
    if (isServerAddress(folder))
        return false;
    CatalogSession session(folder, true);
    if (!session.isOpen()) {
        error = session.error();
        return std::nullopt;
    }
    const auto assets = CatalogBackend::of(session.db())
                            .integerColumn(session.db(), u"SELECT count(*) FROM assets"_s, {}, error);
    if (!assets || assets->isEmpty())
        return std::nullopt;
    const qint64 now = assets->first();
    qint64 then = 0;
    for (const QString &key : keys)
        then = std::max(then, info(session.db(), key).toLongLong());
    return now >= from && now - then >= std::max<qint64>(1, now / 5);
}

// Keeps how many assets the catalog holds under `key` (optimizeAdvised(), mergeAdvised()).
void noteAssets(CatalogSession &session, const QString &key)
{
    QSqlQuery query(session.db());
    query.prepare(u"INSERT INTO catalog_info (key, value) SELECT ?, count(*) FROM assets "
                  "WHERE true ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.exec();
}

} // namespace

bool optimize(const QString &folder, const std::atomic<bool> *cancelled,
              const std::function<void(const QString &, int, int)> &onStep, QString &error)
{
    if (!prepare(folder, OpenMode::MustExist, error))
        return false;
    CatalogSession session(folder);
    if (!session.isOpen()) {
        error = session.error();
        return false;
    }
    if (!CatalogBackend::of(session.db()).optimize(session.db(), cancelled, onStep, error)) {
        error = QCoreApplication::translate("Catalog", "optimizing the catalog %1 failed: %2")
                    .arg(displayName(folder), error);
        return false;
    }
    if (!isServerAddress(folder)) // how large it was, for optimizeAdvised()
        noteAssets(session, u"optimized_assets"_s);
    return true;
}

SignedIn signedIn(const QSqlDatabase &db)
{
    if (db.driverName() != "QPSQL"_L1)
        return {};
    SignedIn out;
    QSqlQuery query(db);
    if (query.exec(u"SELECT current_user"_s) && query.next())
        out.user = query.value(0).toString();
    // The owner of the catalog's tables (or a superuser), else the role it was given.
    if (query.exec(
            u"SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'assets' "
            "AND schemaname = (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE c.oid = to_regclass('assets'))), 'USAGE'), "
            "to_regprocedure('reelatlas_session_viewer_schema()') IS NOT NULL"_s)
        && query.next()) {
        const bool owner = query.value(0).toBool();
        const bool roles = query.value(1).toBool();
        if (owner) {
            out.role = u"owner"_s;
        } else if (roles
                   && query.exec(u"SELECT reelatlas_session_viewer_schema() IS NOT NULL, "
                                 "pg_has_role(current_user, reelatlas_role_base() || '_admin', 'MEMBER'), "
                                 "pg_has_role(current_user, reelatlas_role_base() || '_editor', 'MEMBER') "
                                 "WHERE to_regrole(reelatlas_role_base() || '_admin') IS NOT NULL"_s)
                   && query.next()) {
            out.role = query.value(0).toBool() ? u"viewer"_s
                : query.value(1).toBool()      ? u"admin"_s
                : query.value(2).toBool()      ? u"editor"_s
                                               : QString();
        }
    }
    return out;
}

bool addUser(CatalogSession &session, const QString &name, const QString &role, const QString &password,
             bool &refused, QString &error)
{
    refused = false;
    Sql::Transaction transaction(session.db());
    if (!transaction.isOpen()) {
        error = transaction.error();
        return false;
    }
    const bool added =
        Sql::exec(session.db(), u"SELECT reelatlas_add_user(?, ?, ?)"_s,
                  { name, role,
                    password.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(password) },
                  error)
        && transaction.commit(error);
    if (!added) // SQLSTATE 42501: insufficient privilege
        refused = error.contains(u"permission denied"_s) || error.contains(u"(42501)"_s);
    return added;
}

std::optional<bool> optimizeAdvised(const QString &folder, QString &error, qint64 from)
{
    return grownSince(folder, { u"optimized_assets"_s }, from, error);
}

std::optional<bool> mergeAdvised(const QString &folder, QString &error, qint64 from)
{
    return grownSince(folder, { u"optimized_assets"_s, u"merged_assets"_s }, from, error);
}

bool mergeSearchIndexes(const QString &folder, const std::atomic<bool> *cancelled, QString &error)
{
    if (isServerAddress(folder))
        return true;
    if (!prepare(folder, OpenMode::MustExist, error))
        return false;
    CatalogSession session(folder);
    if (!session.isOpen()) {
        error = session.error();
        return false;
    }
    if (!CatalogBackend::of(session.db()).mergeSearchIndexes(session.db(), cancelled, error)) {
        error = QCoreApplication::translate("Catalog", "merging the search index of %1 failed: %2")
                    .arg(displayName(folder), error);
        return false;
    }
    noteAssets(session, u"merged_assets"_s);
    return true;
}

} // namespace Catalog

CatalogSession::CatalogSession(const QString &folder, bool readOnly)
    : m_folder(folder)
    , m_dbName(uniqueConnectionName("catalog"))
    , m_thumbsName(uniqueConnectionName("thumbnails"))
{
    if (Catalog::isServerAddress(folder)) {
        // The thumbnail store in its own schema of the same database.
        m_db = Postgres::open(folder, m_dbName, readOnly, m_error);
        if (m_error.isEmpty())
            Postgres::takeRole(m_db);
        if (m_error.isEmpty())
            m_thumbs = Postgres::open(folder, m_thumbsName, readOnly, m_error,
                                      QString::fromLatin1(Postgres::kThumbnailSchema));
        if (m_error.isEmpty())
            loadPathMap();
        if (!m_error.isEmpty())
            m_error = QCoreApplication::translate("Catalog", "cannot open the catalog %1: %2")
                          .arg(Catalog::displayName(folder), m_error);
        return;
    }
    const QDir dir(folder);
    m_db = CatalogBackend::sqlite().open(dir.filePath(QLatin1StringView(Catalog::kDatabaseFile)), m_dbName,
                                         readOnly, m_error);
    if (!m_error.isEmpty()) {
        m_error =
            QCoreApplication::translate("Catalog", "cannot open the catalog %1: %2").arg(folder, m_error);
        return;
    }
    if (!loadPathMap()) {
        m_error =
            QCoreApplication::translate("Catalog", "cannot open the catalog %1: %2").arg(folder, m_error);
        return;
    }
    m_thumbs = CatalogBackend::sqlite().open(dir.filePath(QLatin1StringView(Catalog::kThumbnailFile)),
                                             m_thumbsName, readOnly, m_error);
    if (!m_error.isEmpty())
        m_error = QCoreApplication::translate("Catalog", "cannot open the thumbnail store of %1: %2")
                      .arg(folder, m_error);
}

bool CatalogSession::loadPathMap()
{
    QString error;
    if (PathMap::load(m_db, m_folder, error))
        return true;
    // A catalog an older ReelAtlas made has no mappings yet (prepare() is about to upgrade it).
    const CatalogBackend &backend = CatalogBackend::of(m_db);
    const int version = backend.schemaVersion(m_db);
    const auto steps = Migrations::steps(backend.migrationFolder(u"catalog"_s));
    const int current = steps.isEmpty() ? 0 : steps.last().version;
    if (version >= 0 && version < current)
        return true;
    m_error = error;
    return false;
}

bool CatalogSession::reloadPathMap(QString &error)
{
    return PathMap::load(m_db, m_folder, error);
}

bool CatalogSession::answers() const
{
    QString ignored;
    return isOpen() && Sql::exec(m_db, u"SELECT 1"_s, {}, ignored);
}

bool CatalogSession::isConnected() const
{
    return isOpen() && CatalogBackend::of(m_db).isConnected(m_db)
        && CatalogBackend::of(m_thumbs).isConnected(m_thumbs);
}

CatalogSession::~CatalogSession()
{
    PathMap::forget(m_db);
    if (m_db.isValid())
        m_db.close();
    if (m_thumbs.isValid())
        m_thumbs.close();
    m_db = QSqlDatabase();
    m_thumbs = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_dbName);
    QSqlDatabase::removeDatabase(m_thumbsName);
}
