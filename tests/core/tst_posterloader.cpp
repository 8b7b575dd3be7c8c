// The catalog's one picture loader: shared per catalog, cached within its bound, read once,
// read again when told that a picture changed.

#include "backends.h"
#include "catalog.h"
#include "catalogfixtures.h"
#include "posterloader.h"
#include "thumbnailstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Kind = PosterLoader::Kind;

QString hashOf(int n)
{
    return u"%1"_s.arg(n, 64, 10, QLatin1Char('0'));
}

} // namespace

class TestPosterLoader final : public QObject
{
    Q_OBJECT

private:
    const QString m_folder = Backends::newCatalog(); // a folder, or a database on the run's server

    bool putPicture(const QString &hash, Kind kind, const QColor &color, int width, int frames = 1)
    {
        CatalogSession session(m_folder);
        if (!session.isOpen())
            return false;
        const StoredThumbnail picture { int(kind), CatalogFixtures::jpeg(color, width, width / 2), width,
                                        width / 2, frames };
        QString error;
        const bool ok = ThumbnailStore::put(session.thumbs(), hash, picture, error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    // Waits for the loader to bring `hash` of `kind`; returns what it brought.
    static std::optional<PosterLoader::Picture> waitFor(QSignalSpy &spy, const QString &hash, Kind kind)
    {
        for (int i = 0; i < 100; ++i) {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(0).toString() == hash && args.at(1).value<Kind>() == kind)
                    return PosterLoader::Picture { args.at(2).value<QImage>(), args.at(3).toInt() };
            }
            if (!spy.wait(100) && i > 50)
                break;
        }
        return std::nullopt;
    }

    static int loadsOf(const QSignalSpy &spy, const QString &hash, Kind kind)
    {
        return int(std::count_if(spy.cbegin(), spy.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).toString() == hash && args.at(1).value<Kind>() == kind;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Catalog::prepare(m_folder, Catalog::OpenMode::Create, error), qPrintable(error));
        for (int i = 0; i < 12; ++i)
            QVERIFY(putPicture(hashOf(i), ThumbnailStore::Poster, QColor::fromHsv(i * 30, 200, 200), 256));
        QVERIFY(putPicture(hashOf(0), ThumbnailStore::Filmstrip, Qt::red, 1024, 8));
    }

    // Every view of one catalog shares one loader (one thread, one connection, one cache); it
    // goes when the last of them does.
    void oneLoaderPerCatalog()
    {
        auto grid = PosterLoader::forCatalog(m_folder);
        // The same folder spelled otherwise is the same catalog.
        auto inspector = PosterLoader::forCatalog(Backends::onPostgres() ? m_folder : m_folder + u"/."_s);
        QCOMPARE(inspector.get(), grid.get());
        QTemporaryDir other;
        auto elsewhere = PosterLoader::forCatalog(other.path());
        QVERIFY(elsewhere.get() != grid.get());
        std::weak_ptr<PosterLoader> gone = grid;
        grid.reset();
        QVERIFY(!gone.expired()); // the inspector still holds it
        inspector.reset();
        QVERIFY(gone.expired());
        QVERIFY(PosterLoader::forCatalog(m_folder) != nullptr);
    }

    // Read once, then answered from the cache; a picture the catalog lacks is remembered too;
    // each kind is its own picture.
    void readOnceThenCached()
    {
        PosterLoader loader(m_folder);
        QSignalSpy spy(&loader, &PosterLoader::loaded);
        QVERIFY(!loader.cached(hashOf(1), ThumbnailStore::Poster));
        for (int i = 0; i < 5; ++i) // a view repainting before it came
            loader.request(hashOf(1), ThumbnailStore::Poster);
        const auto poster = waitFor(spy, hashOf(1), ThumbnailStore::Poster);
        QVERIFY(poster);
        QCOMPARE(poster->image.size(), QSize(256, 128));
        const auto cached = loader.cached(hashOf(1), ThumbnailStore::Poster);
        QVERIFY(cached);
        QCOMPARE(cached->image.size(), QSize(256, 128));

        loader.request(hashOf(1), ThumbnailStore::Poster); // cached: not read again
        loader.request(hashOf(99), ThumbnailStore::Poster); // not in the catalog
        const auto missing = waitFor(spy, hashOf(99), ThumbnailStore::Poster);
        QVERIFY(missing);
        QVERIFY(missing->image.isNull());
        // Were the five requests read five times, the four others would follow within
        // milliseconds of the first (a read is a row and a small JPEG).
        QTest::qWait(300);
        QCOMPARE(loadsOf(spy, hashOf(1), ThumbnailStore::Poster), 1);
        const auto known = loader.cached(hashOf(99), ThumbnailStore::Poster);
        QVERIFY(known); // known to be missing: not asked again
        QVERIFY(known->image.isNull());

        loader.request(hashOf(0), ThumbnailStore::Filmstrip);
        const auto strip = waitFor(spy, hashOf(0), ThumbnailStore::Filmstrip);
        QVERIFY(strip);
        QCOMPARE(strip->frames, 8);
        QCOMPARE(strip->image.width(), 1024);
        QVERIFY(!loader.cached(hashOf(0), ThumbnailStore::Poster)); // not asked for
    }

    // A poster chosen anew: the cache lets go of the old one and the next request reads the new.
    void forgottenPicturesAreReadAgain()
    {
        PosterLoader loader(m_folder);
        QSignalSpy spy(&loader, &PosterLoader::loaded);
        const QString hash = hashOf(2);
        loader.request(hash, ThumbnailStore::Poster);
        QVERIFY(waitFor(spy, hash, ThumbnailStore::Poster));
        QVERIFY(putPicture(hash, ThumbnailStore::Poster, Qt::yellow, 320));
        QCOMPARE(loader.cached(hash, ThumbnailStore::Poster)->image.width(), 256); // until told
        loader.forget(hash);
        QVERIFY(!loader.cached(hash, ThumbnailStore::Poster));
        spy.clear();
        loader.request(hash, ThumbnailStore::Poster);
        const auto fresh = waitFor(spy, hash, ThumbnailStore::Poster);
        QVERIFY(fresh);
        QCOMPARE(fresh->image.width(), 320);
        QCOMPARE(loader.cached(hash, ThumbnailStore::Poster)->image.width(), 320);
    }

    // The cache holds what its bound allows and lets the oldest go.
    void theCacheIsBoundedByBytes()
    {
        const qsizetype onePoster = QImage(256, 128, QImage::Format_RGB32).sizeInBytes();
        PosterLoader loader(m_folder, 3 * onePoster + 3 * 1024);
        QSignalSpy spy(&loader, &PosterLoader::loaded);
        for (int i = 0; i < 12; ++i) {
            loader.request(hashOf(i), ThumbnailStore::Poster);
            QVERIFY(waitFor(spy, hashOf(i), ThumbnailStore::Poster));
            QVERIFY2(loader.cachedBytes() <= 3 * onePoster + 3 * 1024,
                     qPrintable(QString::number(loader.cachedBytes())));
        }
        QVERIFY(loader.cached(hashOf(11), ThumbnailStore::Poster)); // the newest stays
        QVERIFY(!loader.cached(hashOf(0), ThumbnailStore::Poster)); // the oldest went
        QVERIFY(loader.cachedBytes() >= 2 * onePoster);
    }
};

REELATLAS_TEST_GUILESS_MAIN_BOTH_BACKENDS(TestPosterLoader)
#include "tst_posterloader.moc"
