// Path mappings (database/pathmap.h): how a path of the catalog becomes this machine's and back,
// and the stores that take and give this machine's paths while keeping the catalog's, on both
// engines.

#include "assetquery.h"
#include "assetstore.h"
#include "backends.h"
#include "catalog.h"
#include "jobqueue.h"
#include "pathmap.h"
#include "volumestore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPathMap : public QObject
{
    Q_OBJECT

    static PathMap nas()
    {
        return PathMap({ { "/mnt/nas", "/Volumes/NAS" }, { "/mnt/nas/archive", "/Volumes/Archive" } });
    }

    static VolumeStore::Mapping mapping(const QString &machine, const QByteArray &from, const QByteArray &to)
    {
        return { machine, from, QString::fromUtf8(from), to, QString::fromUtf8(to), {} };
    }

    static ProcessedFile fileAt(const QByteArray &path)
    {
        ProcessedFile file;
        file.location.pathRaw = path;
        file.location.path = QString::fromUtf8(path);
        file.location.fileName = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        file.location.sizeBytes = 10;
        file.location.mtimeNs = 1;
        file.kind = u"photo"_s;
        file.contentHash = QString::fromLatin1(path.toHex().left(32));
        return file;
    }

private Q_SLOTS:
    void init() { qputenv("REELATLAS_MACHINE", "beta"); }
    void cleanup() { qunsetenv("REELATLAS_MACHINE"); }

    void bothWays()
    {
        const PathMap map = nas();
        QCOMPARE(map.toLocal(QByteArray("/mnt/nas/2024/海边.mp4")), QByteArray("/Volumes/NAS/2024/海边.mp4"));
        QCOMPARE(map.toCatalog(QByteArray("/Volumes/NAS/2024/海边.mp4")),
                 QByteArray("/mnt/nas/2024/海边.mp4"));
        // A folder holds itself, and only what is below its '/'.
        QCOMPARE(map.toLocal(QByteArray("/mnt/nas")), QByteArray("/Volumes/NAS"));
        QCOMPARE(map.toLocal(QByteArray("/mnt/nas2/a.mp4")), QByteArray("/mnt/nas2/a.mp4"));
        QCOMPARE(map.toCatalog(QByteArray("/Volumes/NASA/a.mp4")), QByteArray("/Volumes/NASA/a.mp4"));
        // The deepest mapped folder decides, both ways.
        QCOMPARE(map.toLocal(QByteArray("/mnt/nas/archive/1999/a.mov")),
                 QByteArray("/Volumes/Archive/1999/a.mov"));
        QCOMPARE(map.toCatalog(QByteArray("/Volumes/Archive/1999/a.mov")),
                 QByteArray("/mnt/nas/archive/1999/a.mov"));
        // Bytes that are not UTF-8 (a GBK name) pass through as they are.
        const QByteArray gbk("/mnt/nas/\xba\xa3\xb1\xdf.mp4");
        QCOMPARE(map.toLocal(gbk), QByteArray("/Volumes/NAS/\xba\xa3\xb1\xdf.mp4"));
        QCOMPARE(map.toCatalog(map.toLocal(gbk)), gbk);
        // As shown.
        QCOMPARE(map.toLocal(u"/mnt/nas/镜头.mp4"_s), u"/Volumes/NAS/镜头.mp4"_s);
        QCOMPARE(map.toCatalog(u"/Volumes/NAS"_s), u"/mnt/nas"_s);
        // The root folder, either side.
        const PathMap root(QList<PathMap::Mapping> { { "/", "/srv/mirror" } });
        QCOMPARE(root.toLocal(QByteArray("/a/b.mp4")), QByteArray("/srv/mirror/a/b.mp4"));
        QCOMPARE(root.toCatalog(QByteArray("/srv/mirror/a/b.mp4")), QByteArray("/a/b.mp4"));
        QCOMPARE(root.toCatalog(QByteArray("/srv/mirror")), QByteArray("/"));
        QCOMPARE(PathMap().toLocal(QByteArray("/x")), QByteArray("/x"));
        // A drive's root in a Windows form, either side.
        const PathMap drive(QList<PathMap::Mapping> { { "Z:/", "/mnt/z" } });
        QCOMPARE(drive.toLocal(QByteArray("Z:/footage/a.mov")), QByteArray("/mnt/z/footage/a.mov"));
        QCOMPARE(drive.toCatalog(QByteArray("/mnt/z/footage/a.mov")), QByteArray("Z:/footage/a.mov"));
        QCOMPARE(drive.toLocal(QByteArray("Z:/")), QByteArray("/mnt/z"));
        QCOMPARE(drive.toLocal(QByteArray("Y:/a.mov")), QByteArray("Y:/a.mov"));
    }

    void foldersAsKept()
    {
        QCOMPARE(PathMap::folder("/mnt/nas/"), QByteArray("/mnt/nas"));
        QCOMPARE(PathMap::folder("/"), QByteArray("/"));
        QCOMPARE(PathMap::folder("\\\\nas\\footage\\"), QByteArray("//nas/footage"));
        QCOMPARE(PathMap::folder("Z:\\footage\\2024"), QByteArray("Z:/footage/2024"));
        QCOMPARE(PathMap::folder("Z:\\"), QByteArray("Z:/"));
        // A backslash in a POSIX name is part of the name.
        QCOMPARE(PathMap::folder("/mnt/a\\b"), QByteArray("/mnt/a\\b"));
        QVERIFY(PathMap::isUnder("/mnt/nas/a", "/mnt/nas"));
        QVERIFY(!PathMap::isUnder("/mnt/nasa", "/mnt/nas"));
        QVERIFY(PathMap::isUnder("/anything", "/"));
    }

    void storesKeepTheCatalogsSpelling()
    {
        const QString catalog = Backends::newCatalog();
        QString error;
        QVERIFY2(Catalog::prepare(catalog, Catalog::OpenMode::Create, error), qPrintable(error));
        {
            CatalogSession session(catalog);
            QVERIFY2(session.isOpen(), qPrintable(session.error()));
            VolumeStore volumes(session.db());
            QVERIFY2(volumes.map(mapping(u"beta"_s, "/mnt/nas", "/Volumes/NAS"), error), qPrintable(error));
            QVERIFY2(volumes.map(mapping(u"gamma"_s, "/mnt/nas", "//nas/footage"), error), qPrintable(error));
            // Refused, with the reason: a folder mapped to itself, a local folder taken twice.
            QVERIFY(!volumes.map(mapping(u"beta"_s, "/srv", "/srv"), error));
            QVERIFY2(error.contains(u"itself"_s), qPrintable(error));
            QVERIFY(!volumes.map(mapping(u"beta"_s, "/mnt/other", "/Volumes/NAS"), error));
            QVERIFY2(error.contains(u"/Volumes/NAS"_s), qPrintable(error));
            // Mapped again: replaced.
            QVERIFY2(volumes.map(mapping(u"beta"_s, "/mnt/nas", "/Volumes/Footage"), error),
                     qPrintable(error));
            const auto mine = volumes.mappings(u"beta"_s, error);
            QVERIFY2(mine, qPrintable(error));
            QCOMPARE(mine->size(), 1);
            QCOMPARE(mine->first().localRoot, QByteArray("/Volumes/Footage"));
            QCOMPARE(volumes.mappings({}, error)->size(), 2);
            // A session opened before reads them when told.
            QVERIFY(PathMap::of(session.db()).isEmpty());
            QVERIFY2(session.reloadPathMap(error), qPrintable(error));
            QCOMPARE(PathMap::of(session.db()).toLocal(QByteArray("/mnt/nas/a")),
                     QByteArray("/Volumes/Footage/a"));
        }

        CatalogSession session(catalog); // beta's
        QVERIFY2(session.isOpen(), qPrintable(session.error()));
        AssetStore assets(session.db());
        const auto id = assets.save(fileAt("/Volumes/Footage/2024/a.jpg"), error);
        QVERIFY2(id, qPrintable(error));
        const auto stored = [&](const QString &sql) {
            QSqlQuery query(session.db());
            return query.exec(sql) && query.next() ? query.value(0).toByteArray() : QByteArray("?");
        };
        QCOMPARE(stored(u"SELECT path_raw FROM assets"_s), QByteArray("/mnt/nas/2024/a.jpg"));
        QCOMPARE(stored(u"SELECT path FROM assets"_s), QByteArray("/mnt/nas/2024/a.jpg"));
        QCOMPARE(*assets.rawPathOf(*id), QByteArray("/Volumes/Footage/2024/a.jpg"));
        QCOMPARE(assets.idForPath("/Volumes/Footage/2024/a.jpg"), id);
        QCOMPARE(*assets.idsUnder("/Volumes/Footage/", error), QList<qint64> { *id });
        const auto known = assets.knownFilesAt({ "/Volumes/Footage/2024/a.jpg" }, error);
        QVERIFY2(known && known->size() == 1, qPrintable(error));
        QCOMPARE(known->first().pathRaw, QByteArray("/Volumes/Footage/2024/a.jpg"));
        QList<QByteArray> under, all;
        const auto into = [](QList<QByteArray> &list) {
            return [&list](const KnownFile &file) {
                list.append(file.pathRaw);
                return true;
            };
        };
        QVERIFY2(assets.forEachKnownFile({ "/Volumes/Footage/" }, into(under), error), qPrintable(error));
        QVERIFY2(assets.forEachKnownFile({}, into(all), error), qPrintable(error));
        QCOMPARE(under, QList<QByteArray> { "/Volumes/Footage/2024/a.jpg" });
        QCOMPARE(all, under);
        QHash<qint64, QByteArray> raw;
        const auto rows = assets.listRows({ *id }, raw, error);
        QVERIFY2(rows && rows->size() == 1, qPrintable(error));
        QCOMPARE(rows->first().path, u"/mnt/nas/2024/a.jpg"_s); // shown as the catalog spells it
        QCOMPARE(raw.value(*id), QByteArray("/Volumes/Footage/2024/a.jpg")); // opened here
        FileLocation moved = fileAt("/Volumes/Footage/2025/a.jpg").location;
        QVERIFY2(assets.relink(*id, moved, error), qPrintable(error));
        QCOMPARE(stored(u"SELECT path_raw FROM assets"_s), QByteArray("/mnt/nas/2025/a.jpg"));

        // folder: as the catalog spells it, and as this machine sees it.
        for (const QString &text : { u"folder:/mnt/nas/2025"_s, u"folder:/Volumes/Footage/2025/"_s,
                                     u"a.jpg folder:/Volumes/Footage"_s }) {
            const auto found = assets.idsMatching(AssetQueryParser::parse(text), AssetSort::Newest, 0, error);
            QVERIFY2(found, qPrintable(error));
            QVERIFY2(*found == QList<qint64> { *id }, qPrintable(text));
        }
        const auto none = assets.idsMatching(AssetQueryParser::parse(u"-folder:/Volumes/Footage"_s),
                                             AssetSort::Newest, 0, error);
        QVERIFY2(none && none->isEmpty(), qPrintable(error));

        VolumeStore volumes(session.db());
        QVERIFY2(volumes.addScanRoots({ { "/Volumes/Footage/2025", u"/Volumes/Footage/2025"_s } }, error),
                 qPrintable(error));
        QCOMPARE(stored(u"SELECT path_raw FROM scan_roots"_s), QByteArray("/mnt/nas/2025"));
        QCOMPARE(*volumes.scanRoots(error), QList<QByteArray> { "/Volumes/Footage/2025" });
        const auto volume = volumes.seen({}, u"NAS"_s, u"/Volumes/Footage"_s, error);
        QVERIFY2(volume, qPrintable(error));
        QCOMPARE(stored(u"SELECT mount_path FROM volumes"_s), QByteArray("/mnt/nas"));
        QCOMPARE(volumes.all(error)->first().localPath, u"/Volumes/Footage"_s);

        JobQueue jobs(session.db());
        QCOMPARE(jobs.queueFiles({ "/Volumes/Footage/2025/b.mov" }, u"beta"_s, error), 1);
        QCOMPARE(stored(u"SELECT path_raw FROM jobs"_s), QByteArray("/mnt/nas/2025/b.mov"));
        const auto taken = jobs.take(u"w"_s, u"beta"_s, 1, 60, error);
        QVERIFY2(taken && taken->size() == 1, qPrintable(error));
        QCOMPARE(taken->first().pathRaw, QByteArray("/Volumes/Footage/2025/b.mov"));

        // Another machine with no mapping sees the catalog's spelling.
        qputenv("REELATLAS_MACHINE", "alpha");
        CatalogSession alpha(catalog);
        QVERIFY2(alpha.isOpen(), qPrintable(alpha.error()));
        QCOMPARE(*AssetStore(alpha.db()).rawPathOf(*id), QByteArray("/mnt/nas/2025/a.jpg"));
        bool removed = false;
        QVERIFY2(VolumeStore(alpha.db()).unmap(u"beta"_s, "/mnt/nas", removed, error), qPrintable(error));
        QVERIFY(removed);
        QVERIFY2(VolumeStore(alpha.db()).unmap(u"beta"_s, "/mnt/nas", removed, error), qPrintable(error));
        QVERIFY(!removed);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestPathMap)
#include "tst_pathmap.moc"
