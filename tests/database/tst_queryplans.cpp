// Every filter of the query language is answered from an index: the engine's plan for each
// (alone, with words, and two together) reads no big table whole — no "SCAN" of assets, its tag
// links or colours — and the library's newest/oldest order walks an index instead of sorting.
// A new filter without an index fails here; so does a rewrite that hides a column from its index.

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Tables a catalog has as many rows of as assets, or more, by the names and aliases the queries
// give them. Scanning the tag vocabulary, a list of ids or the distinct values of an index is fine.
const QSet<QString> kBigTables { u"a"_s, u"assets"_s, u"x"_s, u"asset_tags"_s, u"asset_colors"_s, u"c"_s };

// The steps of `plan` that read one of the big tables whole ("SCAN a", "SCAN a USING INDEX …").
QStringList fullScans(const QStringList &plan)
{
    static const QRegularExpression scan(u"^SCAN (\\w+)"_s);
    QStringList out;
    for (const QString &step : plan) {
        const QRegularExpressionMatch match = scan.match(step);
        if (match.hasMatch() && kBigTables.contains(match.captured(1)))
            out.append(step);
    }
    return out;
}

// One or more examples of every filter of the language, each value form it has.
const QStringList &filters()
{
    static const QStringList list {
        u"tag:天气/晴"_s,
        u"tag:晴"_s,
        u"format:4K"_s,
        u"format:全高清"_s,
        u"format:\"Full HD\""_s,
        u"dur:<10"_s,
        u"dur:5..30"_s,
        u"fps:25"_s,
        u"fps:>=50"_s,
        u"hdr:yes"_s,
        u"hdr:no"_s,
        u"hdr:hlg"_s,
        u"orient:portrait"_s,
        u"orient:landscape"_s,
        u"orient:square"_s,
        u"year:2024"_s,
        u"year:>=2020"_s,
        u"year:2019..2021"_s,
        u"year:<2000"_s,
        u"date:2024-07"_s,
        u"date:>=2024-06-01"_s,
        u"date:>2024-06"_s,
        u"date:<=2024-06"_s,
        u"codec:hevc"_s,
        u"status:ok"_s,
        u"kind:video"_s,
        u"camera:dji"_s,
        u"camera:\"iPhone 15\""_s,
        u"size:>2GB"_s,
        u"folder:/media/drive/2024"_s,
        u"people:none"_s,
        u"people:>=3"_s,
        u"similar:1"_s,
        u"id:12,15,40"_s,
        u"color:blue"_s,
        u"light:golden"_s,
        u"exposure:dark"_s,
        u"warmth:warm"_s,
        u"warmth:<4000"_s,
    };
    return list;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // `lastCatalogued`: AssetStore::idsLastCatalogued's plan.
    QStringList plan(const QString &text, std::optional<AssetSort> sort = std::nullopt, int limit = 0,
                     bool lastCatalogued = false)
    {
        const AssetQuery query = AssetQueryParser::parse(text, true);
        if (!query.isValid()) {
            QTest::qFail(qPrintable(u"not understood: "_s + query.errors.join(u"; "_s)), __FILE__, __LINE__);
            return {};
        }
        CatalogSession session(m_dir.path());
        QString error;
        const AssetStore store(session.db());
        const auto steps = lastCatalogued ? store.planLastCatalogued(query, limit, error)
                                          : store.plan(query, sort, limit, error);
        if (!steps) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        return *steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Catalog::prepare(m_dir.path(), Catalog::OpenMode::Create, error), qPrintable(error));
    }

    void everyFilterHasAnIndex_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &filter : filters()) {
            QTest::newRow(qPrintable(filter)) << filter;
            QTest::newRow(qPrintable(u"海边 "_s + filter)) << u"海边 "_s + filter;
        }
        QTest::newRow("words") << u"guzhen 海边"_s;
        QTest::newRow("two filters") << u"dur:<30 hdr:no"_s;
        QTest::newRow("three filters") << u"kind:video fps:>=50 codec:hevc"_s;
        QTest::newRow("camera and format") << u"camera:dji format:4K"_s;
    }

    void everyFilterHasAnIndex()
    {
        QFETCH(QString, text);
        const QStringList steps = plan(text);
        QVERIFY(!steps.isEmpty());
        QVERIFY2(fullScans(steps).isEmpty(),
                 qPrintable(u"reads a whole table:\n  "_s + steps.join(u"\n  "_s)));
    }

    // The list above names every field of the language: a new field is checked here too.
    void everyFieldIsChecked()
    {
        for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
            const bool checked = std::any_of(filters().cbegin(), filters().cend(), [&](const QString &text) {
                return text.startsWith(field.name + u':');
            });
            QVERIFY2(checked, qPrintable(u"no query plan checked for the filter "_s + field.name));
        }
    }

    // Newest and oldest first (how the library opens) and by name: the first page walks an index
    // in order.
    void ordersWalkAnIndex_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("index");
        QTest::newRow("newest") << int(AssetSort::Newest) << u"assets_when"_s;
        QTest::newRow("oldest") << int(AssetSort::Oldest) << u"assets_when"_s;
        QTest::newRow("name") << int(AssetSort::Name) << u"assets_sort_name"_s;
    }

    void ordersWalkAnIndex()
    {
        QFETCH(int, sort);
        QFETCH(QString, index);
        const QStringList steps = plan(QString(), AssetSort(sort), 200);
        const QString all = steps.join(u"\n  "_s);
        QVERIFY2(!all.contains(u"TEMP B-TREE"_s), qPrintable(u"sorts everything:\n  "_s + all));
        QVERIFY2(all.contains(u"INDEX "_s + index), qPrintable(u"no index walked:\n  "_s + all));
    }

    // The desktop's first answer to words that match many: the search index walked back from the
    // last catalogued, stopping at the limit; nothing sorted, no table read whole.
    void firstAnswerWalksBack_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &filter : filters())
            QTest::newRow(qPrintable(u"g "_s + filter)) << u"g "_s + filter;
        QTest::newRow("words") << u"guzhen 海"_s;
        QTest::newRow("words, two filters") << u"gz fps:>=50 c"_s;
    }

    void firstAnswerWalksBack()
    {
        QFETCH(QString, text);
        const QStringList steps = plan(text, std::nullopt, 1000, true);
        const QString all = steps.join(u"\n  "_s);
        QVERIFY(!steps.isEmpty());
        QVERIFY2(!all.contains(u"TEMP B-TREE FOR ORDER BY"_s), qPrintable(u"sorts everything:\n  "_s + all));
        QVERIFY2(fullScans(steps).isEmpty(), qPrintable(u"reads a whole table:\n  "_s + all));
    }

    // The desktop's read of every asset's facts reads a narrow index alone, never the table's
    // wide rows (each with its probe JSON).
    void factsReadFromTheirIndex()
    {
        CatalogSession session(m_dir.path());
        QString error;
        const auto steps = AssetStore(session.db()).planFacetRows(error);
        QVERIFY2(steps, qPrintable(error));
        const QString all = steps->join(u"\n  "_s);
        QVERIFY2(all.contains(u"COVERING INDEX assets_facts"_s), qPrintable(all));
    }

    // The check itself: a filter on a column without an index is a full scan.
    void aScanIsSeen()
    {
        CatalogSession session(m_dir.path());
        AssetQuery query;
        query.conditions.append(u"a.description = ?"_s);
        query.binds.append(u"x"_s);
        QString error;
        const auto steps = AssetStore(session.db()).plan(query, std::nullopt, 0, error);
        QVERIFY2(steps, qPrintable(error));
        QCOMPARE(fullScans(*steps).size(), 1);
    }
};

QTEST_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
