#pragma once

// The catalogued clips and photos as a list model for the thumbnail grid. Rows are read from the
// catalog on a background thread and posters come from a PosterLoader, so data() never touches
// the disk: it answers from memory, asks for what is missing and emits dataChanged() for that one
// row when it arrives.
//
// Threading: GUI thread.

#include <QAbstractListModel>
#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>

#include <memory>

class PosterLoader;

struct AssetRow
{
    qint64 id = 0;
    QString fileName;
    QString path;
    QString title;
    QString kind; // video, photo
    QString status; // ok, failed, offline
    QString error;
    double durationS = -1; // < 0: none
    QString formatClassZh;
    QString formatClassEn;
    QString hdr;
    int width = 0;
    int height = 0;
    bool hasPoster = false;
    QString contentHash;
};

class AssetListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        KindRole,
        DurationRole, // seconds (double), invalid for photos
        FormatClassRole, // in the UI language
        HdrRole,
        PosterRole, // QImage, or invalid while loading / when there is none
        PortraitRole, // bool
        ErrorRole,
    };

    explicit AssetListModel(QObject *parent = nullptr);
    ~AssetListModel() override;

    // Shows the catalog at `folder` (reads it in the background). Empty: shows nothing.
    void setCatalog(const QString &folder);
    QString catalog() const { return m_folder; }
    // Reads the catalog again (after an import).
    void reload();
    bool isLoading() const { return m_watcher && m_watcher->isRunning(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded(int count);
    void loadFailed(const QString &error);

private:
    void onRowsRead();
    void onPosterLoaded(const QString &hash, int kind, const QImage &image);

    QString m_folder;
    QString m_loadingFolder; // the catalog the running read is for
    QList<AssetRow> m_rows;
    QHash<QString, QList<int>> m_rowsByHash; // content hash -> rows (O(1) dataChanged)
    std::unique_ptr<PosterLoader> m_posters;
    mutable QCache<QString, QImage> m_posterCache;
    mutable QSet<QString> m_pending;
    QSet<QString> m_missing; // asked, and there is none: do not ask again
    std::unique_ptr<QFutureWatcher<std::pair<QList<AssetRow>, QString>>> m_watcher;
    bool m_reloadQueued = false;
};
