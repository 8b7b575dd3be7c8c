#pragma once

// Where this machine finds the media the catalog names (issue 12, path mappings).
//
// A shared catalog spells every path as the machine that catalogued it saw it (/mnt/nas/…). A
// machine that mounts the same share elsewhere (/Volumes/NAS, //nas/footage) maps the catalog's
// folder to its own, once (table path_mappings, by machine). The catalog keeps one spelling for
// everyone, so that searches, saved searches and folder: filters mean the same on every machine;
// what goes to this machine's file system, and what comes from it, goes through its mappings.
// The stores do that (AssetStore, VolumeStore, JobQueue): they take and give this machine's
// paths, and keep the catalog's.
//
// Threading: a PathMap is a value. The mappings are read when a CatalogSession opens (load) and
// asked for by the stores on its connection (of), from any thread.

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class PathMap final
{
public:
    struct Mapping
    {
        QByteArray catalogRoot; // as the catalog spells paths under it
        QByteArray localRoot; // where this machine finds them
    };

    PathMap() = default;
    explicit PathMap(QList<Mapping> mappings);

    bool isEmpty() const { return m_mappings.isEmpty(); }
    const QList<Mapping> &mappings() const { return m_mappings; }

    // A path of the catalog as this machine opens it, and back: the deepest mapped folder that
    // holds it decides (a folder holds itself and what is below its '/'); paths under no mapped
    // folder are the same on both sides.
    QByteArray toLocal(const QByteArray &catalogPath) const;
    QByteArray toCatalog(const QByteArray &localPath) const;
    // The same for a path as shown (UTF-8).
    QString toLocal(const QString &catalogPath) const;
    QString toCatalog(const QString &localPath) const;

    // The name this machine's mappings are kept under: $REELATLAS_MACHINE, else its host name.
    static QString thisMachine();
    // A folder as mappings keep it: no '/' at its end (but "/" itself), and a Windows form
    // (\\nas\footage, Z:\footage) with '/' for its separators.
    static QByteArray folder(QByteArray path);
    // Whether `path` is `root` or below it.
    static bool isUnder(const QByteArray &path, const QByteArray &root);

    // This machine's mappings of `catalog`, read now on its connection `db`: when a session
    // opens, and again after they changed. Every connection to the same catalog in this process
    // shares what was read last. False with the reason.
    static bool load(const QSqlDatabase &db, const QString &catalog, QString &error);
    // What was read last for the catalog of `db`'s connection; empty for one never read.
    static PathMap of(const QSqlDatabase &db);
    // The connection is closing.
    static void forget(const QSqlDatabase &db);

private:
    QByteArray convert(const QByteArray &path, bool toLocal) const;

    QList<Mapping> m_mappings;
};
