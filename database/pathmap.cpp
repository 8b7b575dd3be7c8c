#include "pathmap.h"

#include "sql.h"

#include <QHash>
#include <QMutex>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, QString> keyOfConnection; // connection name -> catalog and machine
    QHash<QString, PathMap> byKey;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

PathMap::PathMap(QList<Mapping> mappings)
    : m_mappings(std::move(mappings))
{
}

bool PathMap::isUnder(const QByteArray &path, const QByteArray &root)
{
    if (path == root)
        return true;
    if (root.endsWith('/')) // "/", "Z:/"
        return path.startsWith(root);
    return path.startsWith(root) && (path.size() == root.size() || path.at(root.size()) == '/');
}

QByteArray PathMap::convert(const QByteArray &path, bool toLocal) const
{
    const Mapping *best = nullptr;
    qsizetype bestSize = -1;
    for (const Mapping &mapping : m_mappings) {
        const QByteArray &from = toLocal ? mapping.catalogRoot : mapping.localRoot;
        if (from.size() > bestSize && isUnder(path, from)) {
            best = &mapping;
            bestSize = from.size();
        }
    }
    if (!best)
        return path;
    const QByteArray &from = toLocal ? best->catalogRoot : best->localRoot;
    const QByteArray &to = toLocal ? best->localRoot : best->catalogRoot;
    if (path.size() == from.size())
        return to;
    const QByteArray rest = path.mid(from.endsWith('/') ? from.size() : from.size() + 1);
    return to.endsWith('/') ? to + rest : to + '/' + rest;
}

QByteArray PathMap::toLocal(const QByteArray &catalogPath) const
{
    return m_mappings.isEmpty() ? catalogPath : convert(catalogPath, true);
}

QByteArray PathMap::toCatalog(const QByteArray &localPath) const
{
    return m_mappings.isEmpty() ? localPath : convert(localPath, false);
}

QString PathMap::toLocal(const QString &catalogPath) const
{
    return m_mappings.isEmpty() ? catalogPath : QString::fromUtf8(convert(catalogPath.toUtf8(), true));
}

QString PathMap::toCatalog(const QString &localPath) const
{
    return m_mappings.isEmpty() ? localPath : QString::fromUtf8(convert(localPath.toUtf8(), false));
}

QString PathMap::thisMachine()
{
    const QString named = qEnvironmentVariable("REELATLAS_MACHINE").trimmed();
    return named.isEmpty() ? QSysInfo::machineHostName() : named;
}

QByteArray PathMap::folder(QByteArray path)
{
    const bool windows = path.startsWith("\\\\")
        || (path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path.at(0))) && path.at(1) == ':'
            && path.at(2) == '\\');
    if (windows)
        path.replace('\\', '/');
    while (path.size() > 1 && path.endsWith('/') && !(path.size() == 3 && path.at(1) == ':'))
        path.chop(1);
    return path;
}

bool PathMap::load(const QSqlDatabase &db, const QString &catalog, QString &error)
{
    const QString machine = thisMachine();
    auto query =
        Sql::select(db, u"SELECT catalog_root_raw, local_root_raw FROM path_mappings WHERE machine = ?"_s,
                    { machine }, error);
    if (!query)
        return false;
    QList<Mapping> mappings;
    while (query->next())
        mappings.append({ query->value(0).toByteArray(), query->value(1).toByteArray() });
    const QString key = catalog + u'\n' + machine;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.keyOfConnection.insert(db.connectionName(), key);
    r.byKey.insert(key, PathMap(std::move(mappings)));
    return true;
}

PathMap PathMap::of(const QSqlDatabase &db)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto key = r.keyOfConnection.constFind(db.connectionName());
    return key == r.keyOfConnection.cend() ? PathMap() : r.byKey.value(*key);
}

void PathMap::forget(const QSqlDatabase &db)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.keyOfConnection.remove(db.connectionName());
}
