#include "assetlistmodel.h"
#include "assetstore.h"
#include "assettiledelegate.h"
#include "catalog.h"
#include "thumbnailstore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray jpegOf(const QColor &color, QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

} // namespace

class TestAssetListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void addAsset(CatalogSession &session, const QByteArray &path, const QString &status, bool poster, int w,
                  int h)
    {
        ProcessedFile file;
        file.location.pathRaw = path;
        file.location.path = QString::fromUtf8(path);
        file.location.fileName = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        file.location.sizeBytes = 1;
        file.location.mtimeNs = 1;
        file.contentHash = QString::fromLatin1(path.toHex().right(32));
        file.kind = u"video"_s;
        file.failed = status == "failed"_L1;
        file.error = file.failed ? u"moov atom not found"_s : QString();
        file.facts.insert(u"width"_s, w);
        file.facts.insert(u"height"_s, h);
        file.facts.insert(u"duration_s"_s, 75.4);
        file.facts.insert(u"hdr"_s, u"hlg"_s);
        file.facts.insert(u"format_class_zh"_s, u"全高清"_s);
        file.facts.insert(u"format_class_en"_s, u"Full HD"_s);
        if (poster)
            file.thumbnails.append(
                StoredThumbnail { ThumbnailStore::Poster, jpegOf(Qt::darkCyan, { 256, 144 }), 256, 144, 1 });
        QString error;
        for (const StoredThumbnail &thumbnail : std::as_const(file.thumbnails))
            QVERIFY(ThumbnailStore::put(session.thumbs(), file.contentHash, thumbnail, error));
        const auto id = AssetStore(session.db()).save(file, error);
        QVERIFY2(id, qPrintable(error));
        if (status == "offline"_L1)
            QVERIFY(AssetStore(session.db()).markOffline({ *id }, error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(Catalog::prepare(m_dir.path(), Catalog::OpenMode::Create, error));
        CatalogSession session(m_dir.path());
        addAsset(session, "/lib/a.mp4", u"ok"_s, true, 1920, 1080);
        addAsset(session, "/lib/portrait.mov", u"ok"_s, true, 1080, 1920);
        addAsset(session, "/lib/gone.mp4", u"offline"_s, true, 1920, 1080);
        addAsset(session, "/lib/broken.mp4", u"failed"_s, false, 0, 0);
    }

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
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex(), first); // that one row, not a reset
        QCOMPARE(first.data(AssetListModel::PosterRole).value<QImage>().size(), QSize(256, 144));

        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QString name = index.data().toString();
            if (name == "portrait.mov"_L1)
                QVERIFY(index.data(AssetListModel::PortraitRole).toBool());
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
        }
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
        QCOMPARE(AssetTileDelegate::formatDuration(75.4), u"1:15"_s);
        QCOMPARE(AssetTileDelegate::formatDuration(3725), u"1:02:05"_s);
    }
};

QTEST_MAIN(TestAssetListModel)
#include "tst_assetlistmodel.moc"
