#pragma once

// Where the media are: the drives (volumes) files were found on, and the folders given to
// "ingest" that "rescan" walks again. Works on the connection it is given (so on that
// connection's thread); writers own the transaction.

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
        QString mountPath;
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

    // Folders given to "ingest" (already known ones are kept as they are).
    bool addScanRoots(const QList<std::pair<QByteArray, QString>> &rawAndShown, QString &error);
    std::optional<QList<QByteArray>> scanRoots(QString &error) const;
    bool markScanned(const QList<QByteArray> &roots, QString &error);

private:
    QSqlDatabase m_db;
};
