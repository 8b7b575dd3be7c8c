#pragma once

// Where the media are: the drives (volumes) files were found on, the folders given to "ingest"
// that "rescan" walks again, and where each machine finds the catalog's folders (pathmap.h).
// Paths are taken and given as this machine sees them, and kept as the catalog spells them.
// Works on the connection it is given (so on that connection's thread); writers own the
// transaction.

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class VolumeStore final
{
public:
    struct Volume
    {
        qint64 id = 0;
        QString label;
        QString mountPath; // as the catalog spells it (folder: filters)
        QString localPath; // where this machine finds it (the same unless mapped)
        QString fsUuid; // empty when the file system has none
        int assets = 0; // catalogued on it
    };

    explicit VolumeStore(QSqlDatabase db);

    // The volume with this file system (by UUID, where it has one) mounted at `mountPath`, made
    // when it is new; its label and the time it was seen are brought up to date.
    std::optional<qint64> seen(const QString &fsUuid, const QString &label, const QString &mountPath,
                               QString &error);
    // Every volume with the number of assets on it, by label and mount path.
    std::optional<QList<Volume>> all(QString &error) const;

    // A machine's mapping of a catalog folder to its own (pathmap.h).
    struct Mapping
    {
        QString machine;
        QByteArray catalogRoot;
        QString catalogShown;
        QByteArray localRoot;
        QString localShown;
        QString updatedAt;
    };
    // The mappings of `machine` (empty: of every machine), by machine and catalog folder.
    std::optional<QList<Mapping>> mappings(const QString &machine, QString &error) const;
    // `machine` finds the catalog's folder `catalogRoot` at `localRoot` (replacing where it found
    // it before). Both are folders as PathMap::folder() spells them. False with a reason for
    // people: a folder mapped to itself, or a local folder that already stands for another.
    bool map(const Mapping &mapping, QString &error);
    // `machine` no longer maps `catalogRoot`; false in `removed` when it did not.
    bool unmap(const QString &machine, const QByteArray &catalogRoot, bool &removed, QString &error);

    // Folders given to "ingest" (already known ones are kept as they are).
    bool addScanRoots(const QList<std::pair<QByteArray, QString>> &rawAndShown, QString &error);
    std::optional<QList<QByteArray>> scanRoots(QString &error) const;
    bool markScanned(const QList<QByteArray> &roots, QString &error);

private:
    QSqlDatabase m_db;
};
