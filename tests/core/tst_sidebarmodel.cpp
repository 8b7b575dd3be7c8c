// The sidebar's model: collections, volumes, the tag tree with counts and saved searches, what
// choosing each item searches for, and what may be dropped where.

#include "assetlistmodel.h"
#include "itemroles.h"
#include "sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSidebarModel : public QObject
{
    Q_OBJECT

    static SidebarData sample()
    {
        SidebarData data;
        data.assets = 120;
        // Parents before children, as the reader gives them; the vocabulary has its own order.
        data.tags = {
            { 1, std::nullopt, u"天气"_s, u"Weather"_s, u"天气"_s, u"weather"_s, 4, 0, 30 },
            { 2, 1, u"晴"_s, u"Sunny"_s, u"天气/晴"_s, u"weather"_s, 1, 20, 20 },
            { 3, 1, u"雨"_s, u"Rain"_s, u"天气/雨"_s, u"weather"_s, 4, 10, 10 },
            { 4, std::nullopt, u"场景"_s, {}, u"场景"_s, {}, 0, 0, 7 },
            { 5, 4, u"old street"_s, {}, u"场景/old street"_s, {}, 0, 7, 7 },
            { 6, std::nullopt, u"景别"_s, u"Shot size"_s, u"景别"_s, u"shot_size"_s, 1, 0, 0 },
        };
        data.volumes = { { 7, u"DRONE_2024"_s, u"/media/drone"_s, u"/media/drone"_s, false, 80 },
                         { 8, {}, u"/data"_s, u"/data"_s, true, 40 } };
        data.savedSearches = { { 9, u"海边晴天"_s, u"海边 tag:天气/晴"_s, u"newest"_s, 12 } };
        return data;
    }

    static QMimeData *assetDrag(const QList<qint64> &ids)
    {
        auto *mime = new QMimeData;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << ids;
        mime->setData(QString::fromLatin1(AssetListModel::kAssetIdsMime), bytes);
        return mime;
    }

private Q_SLOTS:
    void structure()
    {
        SidebarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(sample());
        QCOMPARE(model.rowCount(), 4); // library, volumes, tags, saved searches
        const QModelIndex library = model.sectionIndex(SidebarModel::Section::Library);
        QCOMPARE(model.rowCount(library), 5); // the four collections and the productions
        QCOMPARE(model.index(0, 0, library).data(ItemRoles::Count).toInt(), 120);
        QVERIFY(model.flags(model.index(0, 0, library)) & Qt::ItemIsSelectable);
        for (int row = 0; row < 5; ++row)
            QVERIFY(model.flags(model.index(row, 0, library)) & Qt::ItemIsEnabled);
        QCOMPARE(model.index(4, 0, library).data(SidebarModel::KeyRole).toString(),
                 u"collection:productions"_s);

        const QModelIndex volumes = model.sectionIndex(SidebarModel::Section::Volumes);
        QCOMPARE(model.rowCount(volumes), 2);
        QVERIFY(!model.index(0, 0, volumes).data(SidebarModel::OnlineRole).toBool());
        QCOMPARE(model.index(0, 0, volumes).data(SidebarModel::QueryRole).toString(),
                 u"folder:/media/drone"_s);

        const QModelIndex tags = model.sectionIndex(SidebarModel::Section::Tags);
        // The vocabulary first, in its order (景别 before 天气), then other tags.
        QCOMPARE(model.rowCount(tags), 3);
        QCOMPARE(model.index(0, 0, tags).data(SidebarModel::PathRole).toString(), u"景别"_s);
        QCOMPARE(model.index(1, 0, tags).data(SidebarModel::PathRole).toString(), u"天气"_s);
        const QModelIndex weather = model.index(1, 0, tags);
        QCOMPARE(weather.data(ItemRoles::Count).toInt(), 30);
        QCOMPARE(model.rowCount(weather), 2);
        QCOMPARE(model.index(0, 0, weather).data(SidebarModel::PathRole).toString(), u"天气/晴"_s);
        const QModelIndex street = model.indexForKey(u"tag:场景/old street"_s);
        QVERIFY(street.isValid());
        QCOMPARE(street.data(SidebarModel::QueryRole).toString(), u"tag:\"场景/old street\""_s);
        QCOMPARE(model.parent(street).data(SidebarModel::PathRole).toString(), u"场景"_s);

        const QModelIndex saved = model.sectionIndex(SidebarModel::Section::SavedSearches);
        QCOMPARE(model.index(0, 0, saved).data(SidebarModel::QueryRole).toString(), u"海边 tag:天气/晴"_s);
        QCOMPARE(model.index(0, 0, saved).data(ItemRoles::Count).toInt(), 12);
        QCOMPARE(model.tagPaths().size(), 6);

        // A reload is one reset, and keys find the same items again.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setData(sample());
        QCOMPARE(reset.size(), 1);
        QVERIFY(model.indexForKey(u"tag:天气/雨"_s).isValid());
    }

    void dropping()
    {
        SidebarModel model;
        model.setData(sample());
        QSignalSpy assets(&model, &SidebarModel::assetsDropped);
        QSignalSpy tags(&model, &SidebarModel::tagDropped);
        const QModelIndex rain = model.indexForKey(u"tag:天气/雨"_s);
        const QModelIndex weather = model.indexForKey(u"tag:天气"_s);
        const QModelIndex tagsHeading = model.sectionIndex(SidebarModel::Section::Tags);
        const QModelIndex library = model.sectionIndex(SidebarModel::Section::Library);

        // Assets on a tag: tagged.
        std::unique_ptr<QMimeData> drag(assetDrag({ 11, 12 }));
        QVERIFY(model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, rain));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, library));
        model.dropMimeData(drag.get(), Qt::CopyAction, -1, -1, rain);
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().at(0).toString(), u"天气/雨"_s);
        QCOMPARE(assets.first().at(1).value<QList<qint64>>(), (QList<qint64> { 11, 12 }));

        // A tag on a tag: moved under it; not into itself or below itself.
        std::unique_ptr<QMimeData> tagDrag(model.mimeData({ weather }));
        QVERIFY(tagDrag);
        QVERIFY(!model.canDropMimeData(tagDrag.get(), Qt::MoveAction, -1, -1, weather));
        QVERIFY(!model.canDropMimeData(tagDrag.get(), Qt::MoveAction, -1, -1, rain));
        const QModelIndex street = model.indexForKey(u"tag:场景/old street"_s);
        QVERIFY(model.canDropMimeData(tagDrag.get(), Qt::MoveAction, -1, -1, street));
        model.dropMimeData(tagDrag.get(), Qt::MoveAction, -1, -1, street);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().at(0).toLongLong(), 1);
        // On the Tags heading: to the top.
        std::unique_ptr<QMimeData> rainDrag(model.mimeData({ rain }));
        QVERIFY(model.canDropMimeData(rainDrag.get(), Qt::MoveAction, -1, -1, tagsHeading));
        model.dropMimeData(rainDrag.get(), Qt::MoveAction, -1, -1, tagsHeading);
        QCOMPARE(tags.size(), 2);
        QVERIFY(!tags.last().at(1).value<std::optional<qint64>>().has_value());
    }
};

QTEST_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
