#include "appsettings.h"

#include "catalog.h"

#include <QDir>
#include <QThread>

using namespace Qt::StringLiterals;

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

int AppSettings::defaultWorkerCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int AppSettings::workerCount() const
{
    return std::clamp(m_settings.value(u"import/workers"_s, defaultWorkerCount()).toInt(), 1, 64);
}

void AppSettings::setWorkerCount(int count)
{
    m_settings.setValue(u"import/workers"_s, std::clamp(count, 1, 64));
}

bool AppSettings::analyzeInBackground() const
{
    return m_settings.value(u"analysis/background"_s, true).toBool();
}

void AppSettings::setAnalyzeInBackground(bool on)
{
    m_settings.setValue(u"analysis/background"_s, on);
}

int AppSettings::thumbnailSize() const
{
    return std::clamp(m_settings.value(u"ui/thumbnailSize"_s, 224).toInt(), 128, 384);
}

void AppSettings::setThumbnailSize(int pixels)
{
    m_settings.setValue(u"ui/thumbnailSize"_s, std::clamp(pixels, 128, 384));
}

QString AppSettings::defaultCatalog() const
{
    const QString folder = m_settings.value(u"catalog/default"_s).toString();
    return folder.isEmpty() ? Catalog::defaultFolder() : folder;
}

void AppSettings::setDefaultCatalog(const QString &folder)
{
    m_settings.setValue(u"catalog/default"_s, folder == Catalog::defaultFolder() ? QString() : folder);
}

QStringList AppSettings::recentCatalogs() const
{
    return m_settings.value(u"catalog/recent"_s).toStringList();
}

void AppSettings::addRecentCatalog(const QString &folder)
{
    QStringList recent = recentCatalogs();
    // A server's address is kept without its password: libpq finds it in ~/.pgpass.
    const QString clean =
        Catalog::isServerAddress(folder) ? Catalog::displayName(folder) : QDir::cleanPath(folder);
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(u"catalog/recent"_s, recent);
}

void AppSettings::clearRecentCatalogs()
{
    m_settings.remove(u"catalog/recent"_s);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
}

int AppSettings::viewMode() const
{
    return m_settings.value(u"ui/viewMode"_s, 0).toInt() == 1 ? 1 : 0;
}

void AppSettings::setViewMode(int mode)
{
    m_settings.setValue(u"ui/viewMode"_s, mode);
}

QString AppSettings::mapTiles() const
{
    return m_settings.value(QStringLiteral("maps/mbtiles")).toString();
}

void AppSettings::setMapTiles(const QString &path)
{
    m_settings.setValue(QStringLiteral("maps/mbtiles"), path);
}

QString AppSettings::officeName() const
{
    return m_settings.value(QStringLiteral("packages/office")).toString();
}

void AppSettings::setOfficeName(const QString &name)
{
    m_settings.setValue(QStringLiteral("packages/office"), name);
}
