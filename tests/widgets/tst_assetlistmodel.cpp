#include "assetlistmodel.h"
#include "assetquery.h"
#include "assetstore.h"
#include "assettiledelegate.h"
#include "backends.h"
#include "catalog.h"
#include "catalogfixtures.h"
#include "dragpayload.h"
#include "recordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAssetListModel : public QObject
{
    Q_OBJECT

    // A new catalog: a folder, or a database on the run's server (Backends).
    struct NewCatalog
    {
        QString place = Backends::newCatalog();
        const QString &path() const { return place; }
    };

    const NewCatalog m_dir;
    QLocale m_locale; // the default locale when the tests began

    // Sorts by `column` and waits until the catalog's order is shown.
    static bool sortAndWait(AssetListModel &model, int column, Qt::SortOrder order)
    {
        QSignalSpy sorted(&model, &AssetListModel::sorted);
        model.sort(column, order);
        return sorted.wait(10'000);
    }

    void addAsset(CatalogSession &session, const QByteArray &path, const QString &status, bool poster, int w,
                  int h)
    {
        CatalogFixtures::Asset asset;
        asset.path = path;
        asset.status = status;
        asset.width = w;
        asset.height = h;
        asset.durationS = 75.4;
        asset.hdr = u"hlg"_s;
        if (!poster)
            asset.posterColor = QColor();
        QString error;
        QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_locale = QLocale();
        QString error;
        QVERIFY(Catalog::prepare(m_dir.path(), Catalog::OpenMode::Create, error));
        CatalogSession session(m_dir.path());
        addAsset(session, "/lib/a.mp4", u"ok"_s, true, 1920, 1080);
        addAsset(session, "/lib/portrait.mov", u"ok"_s, true, 1080, 1920);
        addAsset(session, "/lib/gone.mp4", u"offline"_s, true, 1920, 1080);
        addAsset(session, "/lib/broken.mp4", u"failed"_s, false, 0, 0);
    }

    // A test that sets the locale (and fails or not) leaves it as it found it.
    void cleanup() { QLocale::setDefault(m_locale); }

    void loadsInTheBackgroundAndPostersArrive()
    {
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(m_dir.path());
        QCOMPARE(model.rowCount(), 0); // nothing read on the GUI thread
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 4);
        QCOMPARE(model.rowCount(), 4);

        QModelIndex first;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == "a.mp4"_L1)
                first = model.index(row, 0);
        }
        QVERIFY(first.isValid());
        QCOMPARE(first.data(AssetListModel::DurationRole).toDouble(), 75.4);
        QCOMPARE(first.data(AssetListModel::HdrRole).toString(), u"hlg"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!first.data(AssetListModel::PosterRole).isValid()); // requested, not there yet
        QTRY_VERIFY(!first.data(AssetListModel::PosterRole).value<QImage>().isNull());
        // The shared cache may have the picture a moment before the model's notice is delivered.
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex(), first); // that one row, not a reset
        QCOMPARE(first.data(AssetListModel::PosterRole).value<QImage>().size(), QSize(256, 144));

        QStringList checked;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QString name = index.data().toString();
            QCOMPARE(index.data(AssetListModel::PortraitRole).toBool(), name == "portrait.mov"_L1);
            if (name == "gone.mp4"_L1) {
                QCOMPARE(index.data(AssetListModel::StatusRole).toString(), u"offline"_s);
                QTRY_VERIFY(!index.data(AssetListModel::PosterRole)
                                 .value<QImage>()
                                 .isNull()); // offline keeps its poster
            }
            if (name == "broken.mp4"_L1) {
                QCOMPARE(index.data(AssetListModel::StatusRole).toString(), u"failed"_s);
                QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"moov atom not found"_s));
                QVERIFY(!index.data(AssetListModel::PosterRole).isValid());
            }
            checked.append(name);
        }
        checked.sort();
        QCOMPARE(checked, (QStringList { u"a.mp4"_s, u"broken.mp4"_s, u"gone.mp4"_s, u"portrait.mov"_s }));
    }

    void reloadSeesNewAssets()
    {
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(m_dir.path());
        QTRY_COMPARE(loaded.size(), 1);
        {
            CatalogSession session(m_dir.path());
            addAsset(session, "/lib/new.mp4", u"ok"_s, false, 640, 360);
        }
        model.reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 5);
    }

    void aStripReadBeforeAnalysisIsReadAgainAfterIt()
    {
        // Ingest stores four keyframes; analysis replaces them with the full strip. The model
        // must not keep showing the old strip with the new frame count.
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        CatalogFixtures::Asset asset;
        asset.path = "/lib/drone.mp4";
        asset.filmstripFrames = 4;
        {
            CatalogSession session(dir.path());
            QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
        }
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(dir.path());
        QTRY_COMPARE(loaded.size(), 1);
        const auto strip = [&model] {
            return model.index(0, 0).data(AssetListModel::FilmstripRole).value<QImage>();
        };
        QTRY_COMPARE(strip().width(), 4 * 160);

        asset.filmstripFrames = 8;
        {
            CatalogSession session(dir.path());
            QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
        }
        model.reload();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.index(0, 0).data(AssetListModel::FilmstripFramesRole).toInt(), 8);
        QTRY_COMPARE(strip().width(), 8 * 160);
    }

    void unusableCatalogIsReported()
    {
        AssetListModel model;
        QSignalSpy failed(&model, &AssetListModel::loadFailed);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-folder"_s);
        QFile(file).open(QIODevice::WriteOnly);
        model.setCatalog(file);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void delegatePaintsEveryState()
    {
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(m_dir.path());
        QTRY_VERIFY(!loaded.isEmpty());
        AssetTileDelegate delegate;
        delegate.setPosterWidth(224);
        QStyleOptionViewItem option;
        const QSize size = delegate.sizeHint(option, model.index(0, 0));
        QVERIFY(size.width() > 224 && size.height() > 126);
        QImage canvas(size.width() * model.rowCount(), size.height(), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        for (int row = 0; row < model.rowCount(); ++row) {
            option.rect = QRect(QPoint(row * size.width(), 0), size);
            delegate.paint(&painter, option, model.index(row, 0));
        }
        painter.end();
        // The poster box is dark: something was painted in every tile.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(qGray(canvas.pixel(row * size.width() + 20, 20)) < 128);
    }

    // What the analysis pass saw reaches the tile: nobody is an "Empty" badge, people are not.
    void peopleAndTheEmptyBadge()
    {
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        qint64 empty = 0, crowded = 0;
        {
            CatalogSession session(dir.path());
            CatalogFixtures::Asset asset;
            asset.path = "/lib/empty.mp4";
            empty = CatalogFixtures::add(session, asset, &error).value_or(0);
            asset.path = "/lib/crowded.mp4";
            crowded = CatalogFixtures::add(session, asset, &error).value_or(0);
            asset.path = "/lib/unseen.mp4";
            QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
            QVERIFY(empty > 0 && crowded > 0);
            AssetStore store(session.db());
            const auto analysed = [](QList<ShotRecord> shots) {
                AnalysisRecord record;
                record.version = 2;
                record.shots = std::move(shots);
                return record;
            };
            const auto shot = [](double start, double end, const QString &kind, int people) {
                ShotRecord record;
                record.startS = start;
                record.endS = end;
                record.kind = kind;
                record.people = people;
                return record;
            };
            QVERIFY2(store.saveAnalysis(empty, analysed({ shot(0, 5, {}, 0) }), error), qPrintable(error));
            QVERIFY2(
                store.saveAnalysis(crowded, analysed({ shot(0, 2, {}, 1), shot(2, 5, u"cut"_s, 4) }), error),
                qPrintable(error));
        }
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(dir.path());
        QTRY_VERIFY(!loaded.isEmpty());
        const QModelIndex emptyIndex = model.indexForId(empty);
        const QModelIndex crowdedIndex = model.indexForId(crowded);
        QCOMPARE(emptyIndex.data(AssetListModel::PeopleRole).toInt(), 0);
        QCOMPARE(crowdedIndex.data(AssetListModel::PeopleRole).toInt(), 4); // the most in one shot
        int unseen = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == "unseen.mp4"_L1)
                unseen = model.index(row, 0).data(AssetListModel::PeopleRole).toInt();
        }
        QCOMPARE(unseen, -1);

        // The badge sits at the poster's lower left, green; a tile with people has none.
        AssetTileDelegate delegate;
        delegate.setPosterWidth(224);
        QStyleOptionViewItem option;
        const QSize size = delegate.sizeHint(option, emptyIndex);
        const auto badgePixel = [&](const QModelIndex &index) {
            QImage canvas(size, QImage::Format_RGB32);
            canvas.fill(Qt::white);
            QPainter painter(&canvas);
            option.rect = QRect(QPoint(0, 0), size);
            delegate.paint(&painter, option, index);
            painter.end();
            const QRect poster = delegate.posterRect(option.rect);
            return canvas.pixel(poster.left() + 7, poster.bottom() - 6);
        };
        const auto green = [](QRgb c) { return qGreen(c) > qRed(c) + 40 && qGreen(c) > qBlue(c) + 20; };
        QVERIFY2(green(badgePixel(emptyIndex)), qPrintable(QColor(badgePixel(emptyIndex)).name()));
        QVERIFY2(!green(badgePixel(crowdedIndex)), qPrintable(QColor(badgePixel(crowdedIndex)).name()));
    }

    void searchOrderSortingAndEdits()
    {
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(m_dir.path());
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(model.columnCount(), int(AssetListModel::ColumnCount));
        const auto idOf = [&](const char *name) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data().toString() == QLatin1StringView(name))
                    return model.index(row, 0).data(AssetListModel::IdRole).toLongLong();
            }
            return qint64(-1);
        };
        const qint64 a = idOf("a.mp4"), portrait = idOf("portrait.mov"), broken = idOf("broken.mp4");
        QVERIFY(a > 0 && portrait > 0 && broken > 0);

        // A search result: those rows, in its order.
        model.setVisibleIds(QList<qint64> { broken, a });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(AssetListModel::IdRole).toLongLong(), broken);
        QCOMPARE(model.indexForId(a).row(), 1);
        QVERIFY(!model.indexForId(portrait).isValid());
        // The whole answer after its first page: added below, what is selected stays.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex selected = model.indexForId(a);
        model.setVisibleIds(QList<qint64> { broken, a, portrait });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(selected.row(), 1);
        model.setVisibleIds(QList<qint64> { a, broken, portrait }); // another order: shown again
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(0, 0).data(AssetListModel::IdRole).toLongLong(), a);

        // Sorting the details table by a column, persistent indexes follow.
        model.setVisibleIds(std::nullopt);
        QCOMPARE(model.rowCount(), model.totalCount());
        const QPersistentModelIndex kept = model.indexForId(portrait, AssetListModel::ResolutionColumn);
        QVERIFY(sortAndWait(model, AssetListModel::ResolutionColumn, Qt::DescendingOrder));
        QCOMPARE(kept.data(AssetListModel::IdRole).toLongLong(), portrait);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(AssetListModel::IdRole).toLongLong(),
                 broken); // 0 × 0
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::AscendingOrder));
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, 0).data().toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(model.index(0, AssetListModel::ResolutionColumn).data().toString().isEmpty(),
                 model.index(0, 0).data().toString() == "broken.mp4"_L1);

        // An edit shows at once; a removal takes the row away.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTitle(a, u"海边日落"_s);
        QCOMPARE(model.indexForId(a).data().toString(), u"海边日落"_s);
        QCOMPARE(changed.size(), 1);
        const int before = model.rowCount();
        model.removeIds({ portrait });
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(!model.indexForId(portrait).isValid());
        QVERIFY(!model.rowForId(portrait));

        // Dragged items carry their ids (to drop on a tag) and their files.
        std::unique_ptr<QMimeData> mime(model.mimeData({ model.indexForId(a), model.indexForId(broken) }));
        QCOMPARE(AssetListModel::assetIdsFrom(mime.get()), (QList<qint64> { a, broken }));
        QCOMPARE(mime->urls().size(), 2);
    }
    // GBK names from Chinese Windows drives are kept as bytes: what is dragged out or handed to
    // a player must name the file on disk, not the decoded name shown.
    void filesAreHandedOnByTheirBytes()
    {
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        const QByteArray gbk("/lib/\xb9\xc5\xd5\xf2 %41.mp4"); // 古镇 in GBK, a space, a literal %41
        const QByteArray utf8 = u"/lib/海边 #1.mp4"_s.toUtf8();
        {
            CatalogSession session(dir.path());
            addAsset(session, gbk, u"ok"_s, true, 1920, 1080);
            addAsset(session, utf8, u"ok"_s, true, 1920, 1080);
        }
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(dir.path());
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QList<QByteArray> raw;
        QModelIndexList indexes;
        for (int row = 0; row < model.rowCount(); ++row) {
            indexes.append(model.index(row, 0));
            raw.append(model.index(row, 0).data(AssetListModel::RawPathRole).toByteArray());
        }
        QVERIFY(raw.contains(gbk));
        QVERIFY(raw.contains(utf8));
        std::unique_ptr<QMimeData> mime(model.mimeData(indexes));
        QList<QByteArray> dragged;
        for (const QUrl &url : mime->urls()) {
            QVERIFY(url.isValid());
            QVERIFY(url.isLocalFile());
            dragged.append(DragPayload::rawPath(url));
        }
        QCOMPARE(dragged, raw);
        // The bytes stay bytes in the URL a file manager or player reads.
        QCOMPARE(DragPayload::fileUrl(gbk).toEncoded(), QByteArray("file:///lib/%B9%C5%D5%F2%20%2541.mp4"));
        QCOMPARE(DragPayload::fileUrl(utf8).toLocalFile(), u"/lib/海边 #1.mp4"_s);
        // A URL from a file manager, the other way.
        QCOMPARE(DragPayload::rawPath(QUrl::fromEncoded("file:///lib/%B9%C5%D5%F2.mp4")),
                 QByteArray("/lib/\xb9\xc5\xd5\xf2.mp4"));
        QCOMPARE(DragPayload::rawPath(QUrl::fromLocalFile(u"/lib/海边 #1.mp4"_s)), utf8);
        QVERIFY(DragPayload::rawPath(QUrl(u"https://example.com/a.mp4"_s)).isEmpty());
    }

    // Drops of our MIME type can come from any program: a count that asks for gigabytes, or one
    // that does not match the bytes, is no list.
    void craftedDropsAreRefused()
    {
        const QList<qint64> ids { 3, 1, 2 };
        QCOMPARE(DragPayload::decodeIds(DragPayload::encodeIds(ids)), ids);
        QCOMPARE(DragPayload::decodeIds(DragPayload::encodeIds({})), QList<qint64>());
        QByteArray huge("\x7f\xff\xff\xff", 4); // 2^31 - 1 ids, then eight bytes
        huge += QByteArray(8, '\1');
        QVERIFY(!DragPayload::decodeIds(huge));
        QByteArray trailing = DragPayload::encodeIds(ids) + "x";
        QVERIFY(!DragPayload::decodeIds(trailing));
        QVERIFY(!DragPayload::decodeIds(DragPayload::encodeIds(ids).chopped(1)));
        QVERIFY(!DragPayload::decodeIds(QByteArray("\0\0", 2)));
        QVERIFY(!DragPayload::decodeIds(DragPayload::encodeIds({ 1, -5 })));
        QMimeData mime;
        mime.setData(QString::fromLatin1(AssetListModel::kAssetIdsMime), huge);
        QVERIFY(AssetListModel::assetIdsFrom(&mime).isEmpty());
        // The list the records pages drag: a kind, then the ids.
        mime.setData(u"application/x-reelatlas-record-ids"_s, QByteArray("\0\0\0\1", 4) + huge);
        QCOMPARE(RecordListModel::recordIdsFrom(&mime).first, -1);
        mime.setData(u"application/x-reelatlas-record-ids"_s,
                     QByteArray("\0\0\0\1", 4) + DragPayload::encodeIds(ids));
        QCOMPARE(RecordListModel::recordIdsFrom(&mime), (std::pair<int, QList<qint64>> { 1, ids }));
    }

    // The table sorted by name and the search sorted by name are one order, the catalog's: the
    // same key (SortKey), then the id. Names that tie, numbers, case, titles over file names,
    // Chinese, characters beyond U+FFFF.
    void nameOrderIsTheCatalogs()
    {
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        {
            CatalogSession session(dir.path());
            const QList<std::pair<QByteArray, QString>> items {
                { "/n/clip 10.mp4", QString() },    { "/n/clip 2.mp4", QString() },
                { "/n/Clip 2.mov", QString() },     { "/n/x.mp4", u"老街 3"_s },
                { "/n/y.mp4", u"老街 12"_s },       { "/n/z.mp4", u"laojie"_s },
                { "/n/w.mp4", u"\U0001F30A 海"_s }, { "/n/v.mp4", u"\uFF21 full"_s },
                { "/n/u.mp4", u"老街 3"_s },        { "/n/DJI_0007.MP4", QString() },
                { "/n/dji_7.mp4", QString() },      { "/n/a.mp4", u"Ärger"_s },
            };
            for (const auto &[path, title] : items) {
                CatalogFixtures::Asset asset;
                asset.path = path;
                asset.title = title;
                QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
            }
        }
        std::optional<QList<qint64>> inCatalog;
        {
            CatalogSession session(dir.path());
            inCatalog = AssetStore(session.db())
                            .idsMatching(AssetQueryParser::parse(QString()), AssetSort::Name, 0, error);
            QVERIFY2(inCatalog, qPrintable(error));
        }
        AssetListModel model;
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(dir.path());
        QTRY_COMPARE(loaded.size(), 1);
        const auto shownIds = [&] {
            QList<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.append(model.index(row, 0).data(AssetListModel::IdRole).toLongLong());
            return ids;
        };
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::AscendingOrder));
        QCOMPARE(shownIds(), *inCatalog);
        // A search result sorted by name: the same order, of those ids.
        QList<qint64> some = inCatalog->mid(2, 6);
        std::reverse(some.begin(), some.end());
        model.setVisibleIds(some);
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::AscendingOrder));
        QCOMPARE(shownIds(), inCatalog->mid(2, 6));
        QCOMPARE(inCatalog->size(), 12);
    }

    // The table's columns sort as the catalog orders them: names by pinyin (北京 广州 上海 天津, not
    // by code point: 上 北 天 广), dates as times, codecs as text; and again after an edit.
    void sortsColumnsAsTheCatalog()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // put back by cleanup()
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        {
            CatalogSession session(dir.path());
            const QList<std::pair<QByteArray, QString>> items { { "/c/1.mp4", u"上海"_s },
                                                                { "/c/2.mp4", u"天津"_s },
                                                                { "/c/5.mp4", u"广州"_s },
                                                                { "/c/3.mp4", u"北京"_s },
                                                                { "/c/4.mp4", u"Zebra"_s } };
            int day = 1;
            for (const auto &[path, title] : items) {
                CatalogFixtures::Asset asset;
                asset.path = path;
                asset.title = title;
                asset.codec = day % 2 ? u"hevc"_s : u"h264"_s;
                asset.createdAt = u"2024-0%1-01T00:00:00Z"_s.arg(day++);
                QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
            }
        }
        const auto column = [](const AssetListModel &model, int c) {
            QStringList values;
            for (int row = 0; row < model.rowCount(); ++row)
                values.append(model.index(row, c).data().toString());
            return values;
        };
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        model.setCatalog(dir.path());
        QTRY_VERIFY(!loaded.isEmpty());
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::AscendingOrder));
        QCOMPARE(column(model, 0), (QStringList { u"北京"_s, u"广州"_s, u"上海"_s, u"天津"_s, u"Zebra"_s }));
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::DescendingOrder));
        QCOMPARE(column(model, 0), (QStringList { u"Zebra"_s, u"天津"_s, u"上海"_s, u"广州"_s, u"北京"_s }));
        QVERIFY(sortAndWait(model, AssetListModel::DateColumn, Qt::AscendingOrder));
        QCOMPARE(column(model, 0), (QStringList { u"上海"_s, u"天津"_s, u"广州"_s, u"北京"_s, u"Zebra"_s }));
        QVERIFY(sortAndWait(model, AssetListModel::CodecColumn, Qt::AscendingOrder));
        QCOMPARE(column(model, AssetListModel::CodecColumn),
                 (QStringList { u"h264"_s, u"h264"_s, u"hevc"_s, u"hevc"_s, u"hevc"_s }));

        // An edited title (saved, then shown) takes its new place.
        qint64 zebra = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == "Zebra"_L1)
                zebra = model.index(row, 0).data(AssetListModel::IdRole).toLongLong();
        }
        QVERIFY(zebra > 0);
        {
            CatalogSession session(dir.path());
            QVERIFY2(AssetStore(session.db()).setField({ zebra }, u"title"_s, u"安徽"_s, error),
                     qPrintable(error));
        }
        model.setTitle(zebra, u"安徽"_s);
        QVERIFY(sortAndWait(model, AssetListModel::NameColumn, Qt::AscendingOrder));
        QCOMPARE(column(model, 0), (QStringList { u"安徽"_s, u"北京"_s, u"广州"_s, u"上海"_s, u"天津"_s }));
    }

    // Rows are read a page at a time, when looked at: a catalog of 3,000 holds the first page
    // after loading; a row further down is empty until its page comes.
    void rowsAreReadWhenLookedAt()
    {
        const NewCatalog dir;
        QString error;
        QVERIFY(Catalog::prepare(dir.path(), Catalog::OpenMode::Create, error));
        {
            CatalogSession session(dir.path());
            for (int i = 0; i < 3000; ++i) {
                CatalogFixtures::Asset asset;
                asset.path = "/w/" + QByteArray::number(i) + ".mp4";
                asset.posterColor = QColor();
                asset.createdAt = u"2024-01-01T00:00:00Z"_s;
                QVERIFY2(CatalogFixtures::add(session, asset, &error), qPrintable(error));
            }
        }
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AssetListModel::loaded);
        // The newest page is shown, with its rows, before the whole list is read; the rest comes
        // below it, the first rows left as they are.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        struct AtFirstPage
        {
            int count = -1, rows = -1;
            bool loading = false, firstRowRead = false;
            qsizetype resets = -1, insertions = -1;
        } atFirstPage;
        connect(&model, &AssetListModel::firstPageLoaded, this, [&](int count) {
            atFirstPage = { count,
                            model.rowCount(),
                            model.isLoading(),
                            model.index(0, 0).data(AssetListModel::LoadedRole).toBool(),
                            reset.size(),
                            inserted.size() };
        });
        model.setCatalog(dir.path());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(atFirstPage.count, AssetListModel::kPageRows);
        QCOMPARE(atFirstPage.rows, AssetListModel::kPageRows);
        QVERIFY(atFirstPage.loading);
        QVERIFY(atFirstPage.firstRowRead);
        QVERIFY(!model.isLoading());
        QCOMPARE(reset.size(), atFirstPage.resets);
        QCOMPARE(inserted.size(), atFirstPage.insertions + 1);
        QCOMPARE(inserted.last().at(1).toInt(), AssetListModel::kPageRows);
        QCOMPARE(inserted.last().at(2).toInt(), 2999);
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(model.totalCount(), 3000);
        QCOMPARE(model.rowsHeld(), AssetListModel::kPageRows);
        QVERIFY(model.index(0, 0).data(AssetListModel::LoadedRole).toBool());
        const QModelIndex far = model.index(901, 0);
        QVERIFY(far.data(AssetListModel::IdRole).toLongLong() > 0); // the id is known at once
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!far.data(AssetListModel::LoadedRole).toBool());
        QVERIFY(!far.data().isValid()); // shown empty meanwhile
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 800); // its page, rows 800-999
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 999);
        QVERIFY(far.data(AssetListModel::LoadedRole).toBool());
        QCOMPARE(far.data().toString(), u"%1.mp4"_s.arg(3000 - 1 - 901));
        QCOMPARE(model.rowsHeld(), 2 * AssetListModel::kPageRows);
        QCOMPARE(model.indexForId(far.data(AssetListModel::IdRole).toLongLong()), far);

        // Something that walks every row (a view's type-ahead search) asks for a few pages at a
        // time, not for the whole catalog; the rows it passed are asked for again when shown.
        changed.clear();
        QVERIFY(model.match(model.index(0, 0), Qt::DisplayRole, u"zzz"_s, 1, Qt::MatchStartsWith).isEmpty());
        // (Counting the pages' signals is not enough: the repaint of everything is one too, and on
        // a server it may come before the last page.)
        QTRY_COMPARE(model.rowsHeld(), (2 + AssetListModel::kPagesPending) * AssetListModel::kPageRows);
        QTest::qWait(300); // and no more come
        QCOMPARE(model.rowsHeld(), (2 + AssetListModel::kPagesPending) * AssetListModel::kPageRows);
        const auto whole = std::find_if(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &signal) {
            return signal.at(0).toModelIndex().row() == 0 && signal.at(1).toModelIndex().row() == 2999;
        });
        QVERIFY(whole != changed.cend()); // everything shown is painted again, and asks again
    }
};

REELATLAS_TEST_MAIN_BOTH_BACKENDS(TestAssetListModel)
#include "tst_assetlistmodel.moc"
