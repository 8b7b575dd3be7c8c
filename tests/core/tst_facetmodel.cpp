// The facets panel's model: values with counts, checked when their filter is in the search,
// updated in place while typing, and toggling filters in the search text.

#include "facetmodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFacetModel : public QObject
{
    Q_OBJECT

    static QList<Facet> facets(int portrait)
    {
        return { { u"orient"_s,
                   u"Orientation"_s,
                   { { u"Landscape"_s, u"orient:landscape"_s, 40 },
                     { u"Portrait"_s, u"orient:portrait"_s, portrait } } },
                 { u"duration"_s,
                   u"Duration"_s,
                   { { u"under 10 s"_s, u"dur:<10"_s, 3 }, { u"10–30 s"_s, u"dur:>=10 dur:<30"_s, 9 } } } };
    }

private Q_SLOTS:
    void countsChecksAndToggling()
    {
        FacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFacets(facets(5), u"海边 dur:>=10 dur:<30"_s);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex orient = model.index(0, 0);
        QCOMPARE(orient.data().toString(), u"Orientation"_s);
        QCOMPARE(model.rowCount(orient), 2);
        const QModelIndex portrait = model.index(1, 0, orient);
        QCOMPARE(portrait.data(ItemRoles::Count).toInt(), 5);
        QCOMPARE(portrait.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        const QModelIndex range = model.index(1, 0, model.index(1, 0));
        QCOMPARE(range.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!orient.data(ItemRoles::Count).isValid());

        QCOMPARE(model.toggled(portrait), u"海边 dur:>=10 dur:<30 orient:portrait"_s);
        QCOMPARE(model.toggled(range), u"海边"_s);
        // Another duration replaces the one chosen.
        QCOMPARE(model.toggled(model.index(0, 0, model.index(1, 0))), u"海边 dur:<10"_s);

        // Same values, other counts: updated in place (the view keeps its state), not reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFacets(facets(7), u"海边 dur:>=10 dur:<30 orient:portrait"_s);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(1, 0, model.index(0, 0)).data(ItemRoles::Count).toInt(), 7);
        QCOMPARE(model.index(1, 0, model.index(0, 0)).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        // Other values: one reset.
        QList<Facet> fewer = facets(7);
        fewer.removeLast();
        model.setFacets(fewer, QString());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setFacets({}, QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
