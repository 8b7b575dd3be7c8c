#include "catalog.h"

#include "catalogbackend.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
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
    const QUrl url(catalog);
    return url.isValid() ? url.toString(QUrl::RemovePassword) : catalog.section(u'@', -1);
}

bool exists(const QString &folder)
{
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

bool prepare(const QString &folder, OpenMode mode, QString &error)
{
    if (isServerAddress(folder)) {
        error = QCoreApplication::translate("Catalog",
                                            "%1 is the address of a PostgreSQL server; this version of "
                                            "ReelAtlas opens catalog folders only")
                    .arg(displayName(folder));
        return false;
    }
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
    if (!Migrations::migrate(session.db(), kCatalogMigrations,
                             QCoreApplication::translate("Catalog", "catalog"), error))
        return false;
    if (!Migrations::migrate(session.thumbs(), kThumbnailMigrations,
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
    return true;
}

} // namespace Catalog

CatalogSession::CatalogSession(const QString &folder, bool readOnly)
    : m_folder(folder)
    , m_dbName(uniqueConnectionName("catalog"))
    , m_thumbsName(uniqueConnectionName("thumbnails"))
{
    if (Catalog::isServerAddress(folder)) {
        Catalog::prepare(folder, Catalog::OpenMode::MustExist, m_error); // says why not
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
    m_thumbs = CatalogBackend::sqlite().open(dir.filePath(QLatin1StringView(Catalog::kThumbnailFile)),
                                             m_thumbsName, readOnly, m_error);
    if (!m_error.isEmpty())
        m_error = QCoreApplication::translate("Catalog", "cannot open the thumbnail store of %1: %2")
                      .arg(folder, m_error);
}

CatalogSession::~CatalogSession()
{
    if (m_db.isValid())
        m_db.close();
    if (m_thumbs.isValid())
        m_thumbs.close();
    m_db = QSqlDatabase();
    m_thumbs = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_dbName);
    QSqlDatabase::removeDatabase(m_thumbsName);
}
