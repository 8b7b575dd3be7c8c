// Editing the search text as the facets, the sidebar and completion do.

#include "searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms()
    {
        QCOMPARE(SearchText::terms(u"  海边  tag:\"old street\" dur:<10 "_s),
                 (QStringList { u"海边"_s, u"tag:\"old street\""_s, u"dur:<10"_s }));
        QCOMPARE(SearchText::terms(QString()), QStringList());
    }

    void toggleFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("add") << u"海边"_s << u"hdr:yes"_s << u"海边 hdr:yes"_s;
        QTest::newRow("remove") << u"海边 hdr:yes fps:25"_s << u"hdr:yes"_s << u"海边 fps:25"_s;
        QTest::newRow("one value per field")
            << u"海边 orient:landscape"_s << u"orient:portrait"_s << u"海边 orient:portrait"_s;
        QTest::newRow("full-width colon counts")
            << u"方向：landscape"_s << u"orient:portrait"_s << u"orient:portrait"_s;
        QTest::newRow("Chinese field name") << u"时长:<5"_s << u"dur:>=10 dur:<30"_s << u"dur:>=10 dur:<30"_s;
        QTest::newRow("range removed whole")
            << u"a dur:>=10 dur:<30 b"_s << u"dur:>=10 dur:<30"_s << u"a b"_s;
        QTest::newRow("tags add up") << u"tag:天气/晴"_s << u"tag:时段/黄昏"_s
                                     << u"tag:天气/晴 tag:时段/黄昏"_s;
        QTest::newRow("exclusions stay")
            << u"-orient:portrait"_s << u"orient:landscape"_s << u"-orient:portrait orient:landscape"_s;
        QTest::newRow("quoted") << u"tag:\"old street\""_s << u"tag:\"old street\""_s << QString();
        QTest::newRow("empty text") << QString() << u"kind:photo"_s << u"kind:photo"_s;
    }

    void toggleFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::toggleFilter(text, filter), expected);
        QCOMPARE(SearchText::hasFilter(SearchText::toggleFilter(text, filter), filter),
                 !SearchText::hasFilter(text, filter));
    }

    void wordUnderTheCursor()
    {
        const QString text = u"海边 tag:天气 dur"_s;
        QCOMPARE(SearchText::wordAt(text, int(text.size())).text, u"dur"_s);
        QCOMPARE(SearchText::wordAt(text, 7).text, u"tag:天气"_s);
        QCOMPARE(SearchText::wordAt(text, 7).start, 3);
        QCOMPARE(SearchText::wordAt(u"tag:\"old str"_s, 12).text, u"tag:\"old str"_s); // inside quotes
        int cursor = 7;
        QCOMPARE(SearchText::replaceWord(text, cursor, u"tag:天气/晴"_s), u"海边 tag:天气/晴 dur"_s);
        QCOMPARE(cursor, 11);
    }

    void completions()
    {
        const QStringList tags { u"天气"_s, u"天气/晴"_s, u"天气/雨"_s, u"场景/老街"_s,
                                 u"place/old street"_s };
        // Field names, English and Chinese.
        QVERIFY(SearchText::completions(u"du"_s, tags).contains(u"dur:"_s));
        QVERIFY(SearchText::completions(u"时"_s, tags).contains(u"时长:"_s));
        QVERIFY(SearchText::completions(u"-ta"_s, tags).contains(u"-tag:"_s));
        // A bare word that is a tag name offers the tag.
        QVERIFY(SearchText::completions(u"晴"_s, tags).contains(u"tag:天气/晴"_s));
        // After tag:, tag paths, by any level; spaces are quoted.
        const QStringList afterTag = SearchText::completions(u"tag:天气/"_s, tags);
        QVERIFY(afterTag.contains(u"tag:天气/晴"_s) && afterTag.contains(u"tag:天气/雨"_s));
        QVERIFY(!afterTag.contains(u"tag:场景/老街"_s));
        QVERIFY(SearchText::completions(u"tag:老街"_s, tags).contains(u"tag:场景/老街"_s));
        QVERIFY(SearchText::completions(u"tag:place"_s, tags).contains(u"tag:\"place/old street\""_s));
        // Fixed values.
        QCOMPARE(SearchText::completions(u"orient:p"_s, tags), QStringList { u"orient:portrait"_s });
        QVERIFY(SearchText::completions(u"hdr:"_s, tags).contains(u"hdr:dolby_vision"_s));
        // Nothing for nothing, and nothing that is already complete.
        QVERIFY(SearchText::completions(QString(), tags).isEmpty());
        QVERIFY(SearchText::completions(u"orient:portrait"_s, tags).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchEditing)
#include "tst_searchediting.moc"
