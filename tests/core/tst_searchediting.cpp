// Editing the search text as the facets, the sidebar and completion do, with the grammar the
// search reads the text with.

#include "assetquery.h"
#include "querytext.h"
#include "searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool isAssetField(const QString &name)
{
    for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
        if (field.name == name || field.aliases.contains(name))
            return true;
    }
    return false;
}

// A term as the search reads it: "-tag=天气 晴 (quoted)".
QString described(const QueryText::Term &term)
{
    return (term.negated ? u"-"_s : QString()) + (term.name.isEmpty() ? QString() : term.name + u'=')
        + term.text + (term.quoted ? u" (quoted)"_s : QString());
}

QStringList described(const QString &text, bool &unclosedQuote)
{
    QStringList out;
    for (const QueryText::Term &term : QueryText::split(text, isAssetField, unclosedQuote))
        out.append(described(term));
    return out;
}

} // namespace

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

    // The box edits the text in the terms the search reads: the same split, quotes and all.
    void oneGrammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms"); // as the box edits them
        QTest::addColumn<QStringList>("searched"); // as the search reads them
        QTest::addColumn<bool>("unclosed");
        QTest::newRow("ASCII quotes")
            << u"海边 tag:\"old street\" dur:<10"_s
            << QStringList { u"海边"_s, u"tag:\"old street\""_s, u"dur:<10"_s }
            << QStringList { u"海边"_s, u"tag=old street (quoted)"_s, u"dur=<10"_s } << false;
        QTest::newRow("Chinese quotes")
            << u"“老街 古镇” 海边"_s << QStringList { u"“老街 古镇”"_s, u"海边"_s }
            << QStringList { u"老街 古镇 (quoted)"_s, u"海边"_s } << false;
        QTest::newRow("Chinese quotes after a filter's colon")
            << u"tag:“天气/晴” tag:“天气 晴”"_s << QStringList { u"tag:“天气/晴”"_s, u"tag:“天气 晴”"_s }
            << QStringList { u"tag=天气/晴 (quoted)"_s, u"tag=天气 晴 (quoted)"_s } << false;
        QTest::newRow("full-width colon, Chinese name")
            << u"标签：“夜 景”"_s << QStringList { u"标签：“夜 景”"_s }
            << QStringList { u"标签=夜 景 (quoted)"_s } << false;
        QTest::newRow("negated Chinese quotes")
            << u"-“雨” -“下 雨”"_s << QStringList { u"-“雨”"_s, u"-“下 雨”"_s }
            << QStringList { u"-雨 (quoted)"_s, u"-下 雨 (quoted)"_s } << false;
        QTest::newRow("full-width minus")
            << u"－tag:雨"_s << QStringList { u"－tag:雨"_s } << QStringList { u"-tag=雨"_s } << false;
        // 「」 and 『』 are not quotes to either: a phrase in them is words, as before.
        QTest::newRow("corner brackets are text")
            << u"「古镇」 『老街 夜景』"_s << QStringList { u"「古镇」"_s, u"『老街"_s, u"夜景』"_s }
            << QStringList { u"「古镇」"_s, u"『老街"_s, u"夜景』"_s } << false;
        QTest::newRow("a quote closes only its own kind")
            << u"“说 \"好” 了\""_s << QStringList { u"“说 \"好”"_s, u"了\""_s }
            << QStringList { u"说 \"好 (quoted)"_s, u"了 (quoted)"_s } << true;
        QTest::newRow("unclosed ASCII quote runs to the end")
            << u"tag:\"old str dur:<10"_s << QStringList { u"tag:\"old str dur:<10"_s }
            << QStringList { u"tag=old str dur:<10 (quoted)"_s } << true;
        QTest::newRow("unclosed Chinese quote runs to the end")
            << u"“老街 古镇"_s << QStringList { u"“老街 古镇"_s } << QStringList { u"老街 古镇 (quoted)"_s }
            << true;
        QTest::newRow("no escapes") << u"\"a\\\" b\""_s << QStringList { u"\"a\\\""_s, u"b\""_s }
                                    << QStringList { u"a\\ (quoted)"_s, u"b (quoted)"_s } << true;
        QTest::newRow("ideographic space separates")
            << u"海边　老街"_s << QStringList { u"海边"_s, u"老街"_s } << QStringList { u"海边"_s, u"老街"_s }
            << false;
        QTest::newRow("a quoted colon is no filter")
            << u"\"tag:x\" 12:30"_s << QStringList { u"\"tag:x\""_s, u"12:30"_s }
            << QStringList { u"tag:x (quoted)"_s, u"12:30"_s } << false;
    }

    void oneGrammar()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QStringList, searched);
        QFETCH(bool, unclosed);
        QCOMPARE(SearchText::terms(text), terms);
        bool unclosedQuote = false;
        QCOMPARE(described(text, unclosedQuote), searched);
        QCOMPARE(unclosedQuote, unclosed);
        // Each term the box edits is read alone as it is read in the whole text.
        for (qsizetype i = 0; i < terms.size(); ++i)
            QCOMPARE(described(terms.at(i), unclosedQuote), QStringList { searched.value(i) });
    }

    // A value the box writes is read back whole, however it is spelt.
    void quotedValuesReadBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"天气/晴"_s;
        QTest::newRow("space") << u"place/old street"_s;
        QTest::newRow("ideographic space") << u"天气　晴"_s;
        QTest::newRow("tab") << u"a\tb"_s;
        QTest::newRow("ASCII quote inside") << u"他说\"好\""_s;
        QTest::newRow("ASCII quote and space") << u"say \"hi\""_s;
        QTest::newRow("Chinese quotes inside") << u"“老街”"_s;
        QTest::newRow("colon") << u"/media/a:b"_s;
    }

    void quotedValuesReadBack()
    {
        QFETCH(QString, value);
        bool unclosedQuote = false;
        const QList<QueryText::Term> terms =
            QueryText::split(u"tag:"_s + SearchText::quoted(value) + u" 海边"_s, isAssetField, unclosedQuote);
        QVERIFY(!unclosedQuote);
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.first().name, u"tag"_s);
        QCOMPARE(terms.first().text, value);
        QCOMPARE(SearchText::quoted(u"天气/晴"_s), u"天气/晴"_s); // no quotes where none are needed
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
        // The same filter however it is quoted or spelt: the search reads them alike.
        QTest::newRow("typed in Chinese quotes")
            << u"tag:“old street” 海边"_s << u"tag:\"old street\""_s << u"海边"_s;
        QTest::newRow("Chinese field name, full-width colon")
            << u"标签：天气/晴 海边"_s << u"tag:天气/晴"_s << u"海边"_s;
        QTest::newRow("a space in Chinese quotes stays in the term")
            << u"tag:“天气 晴” orient:landscape"_s << u"orient:portrait"_s
            << u"tag:“天气 晴” orient:portrait"_s;
        QTest::newRow("full-width minus excludes")
            << u"－orient:portrait"_s << u"orient:landscape"_s << u"－orient:portrait orient:landscape"_s;
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
        QCOMPARE(SearchText::wordAt(u"tag:“天气 晴"_s, 9).text, u"tag:“天气 晴"_s); // Chinese quotes too
        // A closed quote is one word wherever the cursor is in it; an unclosed one ends at the
        // next space (what follows is not part of what is being typed).
        QCOMPARE(SearchText::wordAt(u"tag:\"old street\" dur"_s, 6).text, u"tag:\"old street\""_s);
        QCOMPARE(SearchText::wordAt(u"tag:\"old st dur:<10"_s, 11).text, u"tag:\"old st"_s);
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
        QVERIFY(SearchText::completions(u"tag:\"place/old"_s, tags).contains(u"tag:\"place/old street\""_s));
        QVERIFY(SearchText::completions(u"tag:“place/old"_s, tags).contains(u"tag:\"place/old street\""_s));
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
