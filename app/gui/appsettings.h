#pragma once

// The desktop app's settings, kept with QSettings (~/.config/ReelAtlas/ReelAtlas.conf on Linux):
// interface language, worker processes for imports, thumbnail size, the default catalog and the
// recently opened catalogs.
//
// Threading: GUI thread.

#include <QSettings>
#include <QStringList>

class AppSettings final
{
public:
    AppSettings();

    // "" follows the system; otherwise "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // Worker processes an import runs at once.
    int workerCount() const;
    void setWorkerCount(int count);
    static int defaultWorkerCount();

    // Whether what is in the pictures (shots, people, copies) is found by itself, in the
    // background, after imports and when the app starts (default: yes).
    bool analyzeInBackground() const;
    void setAnalyzeInBackground(bool on);

    // Width of the grid's posters, in pixels.
    int thumbnailSize() const;
    void setThumbnailSize(int pixels);

    // The catalog the app opens when none is named.
    QString defaultCatalog() const;
    void setDefaultCatalog(const QString &folder);

    // Most recent first, at most kMaxRecent.
    QStringList recentCatalogs() const;
    void addRecentCatalog(const QString &folder);
    void clearRecentCatalogs();
    static constexpr int kMaxRecent = 8;

    // An MBTiles file of map tiles for the offline maps ("" : the bundled base map only).
    QString mapTiles() const;
    void setMapTiles(const QString &path);
    // The office's name on scout packages ("" : the catalog's, else ReelAtlas).
    QString officeName() const;
    void setOfficeName(const QString &name);

    QByteArray windowState() const;
    QByteArray windowGeometry() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);
    int viewMode() const; // 0 grid, 1 details
    void setViewMode(int mode);

private:
    mutable QSettings m_settings;
};
