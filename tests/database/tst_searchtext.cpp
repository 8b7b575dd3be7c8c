// The pieces of search: the pinyin table, the FTS5 tokenizer, and the query parser against golden
// files (tests/data/query/golden.tsv: input, then the parts as understood, then the FTS5
// expression). REELATLAS_UPDATE_GOLDEN=1 rewrites the golden file from the current output.

#include "assetquery.h"
#include "pinyin.h"
#include "querytext.h"
#include "searchtokenizer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList tokens(const QString &text, bool document)
{
    QStringList out;
    for (const SearchTokenizer::Token &token : SearchTokenizer::tokenize(text.toUtf8(), document))
        out.append((token.colocated ? u"+"_s : QString()) + QString::fromUtf8(token.text));
    return out;
}

const QString kGolden = QStringLiteral(REELATLAS_TEST_DATA "/query/golden.tsv");

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinyinReadings()
    {
        const PinyinTable &pinyin = PinyinTable::instance();
        QVERIFY(pinyin.characterCount() > 20000);
        QCOMPARE(pinyin.readings(U'古'), QByteArrayList { "gu" });
        // The readings place names need, which a one-reading table gets wrong.
        QVERIFY(pinyin.readings(U'厦').contains("xia"));
        QVERIFY(pinyin.readings(U'长').contains("chang"));
        QVERIFY(pinyin.readings(U'行').contains("hang"));
        QCOMPARE(pinyin.readings(U'绿').first(), QByteArray("lv")); // ü typed as v
        QVERIFY(pinyin.readings(U'a').isEmpty());
        QVERIFY(pinyin.isSyllable("zhuang"));
        QVERIFY(!pinyin.isSyllable("zhx"));
        QVERIFY(pinyin.isSyllablePrefix("zh"));
    }

    void pinyinSegmentation()
    {
        const PinyinTable &pinyin = PinyinTable::instance();
        const auto xian = pinyin.segmentations("xian", false);
        QVERIFY(xian.contains(QByteArrayList { "xian" }));
        QVERIFY(xian.contains((QByteArrayList { "xi", "an" })));
        QCOMPARE(xian.first(), QByteArrayList { "xian" }); // fewest pieces first
        QVERIFY(pinyin.segmentations("guzhen", false).contains((QByteArrayList { "gu", "zhen" })));
        QVERIFY(pinyin.segmentations("guzh", false).isEmpty());
        QVERIFY(pinyin.segmentations("guzh", true).contains((QByteArrayList { "gu", "zh" })));
        QVERIFY(pinyin.segmentations("street", false).isEmpty());
    }

    // Words that split in many ways at the start and in none at the end, typed into the search
    // box: the work must grow with the length, not with the ways (2^n before).
    void pinyinSegmentationWorkIsLinear_data()
    {
        QTest::addColumn<QByteArray>("word");
        QTest::addColumn<bool>("asYouType");
        QTest::addColumn<bool>("splits");
        QTest::newRow("xian x11 + q") << QByteArray("xian").repeated(11) + "q" << false << false;
        QTest::newRow("a x47 + q") << QByteArray("a").repeated(47) + "q" << false << false;
        QTest::newRow("anan… + xq, typing") << QByteArray("an").repeated(23) + "xq" << true << false;
        QTest::newRow("zhuangzhuang… + xq") << QByteArray("zhuang").repeated(7) + "xq" << true << false;
        QTest::newRow("longest allowed, splittable") << QByteArray("xian").repeated(12) << true << true;
    }

    void pinyinSegmentationWorkIsLinear()
    {
        QFETCH(QByteArray, word);
        QFETCH(bool, asYouType);
        QFETCH(bool, splits);
        qsizetype tried = 0;
        const auto pieces = PinyinTable::instance().segmentations(word, asYouType, 4, &tried);
        // Six piece lengths at each position, the positions of each result found again at most.
        QVERIFY2(tried <= 6 * word.size() * 5, qPrintable(QString::number(tried)));
        QCOMPARE(!pieces.isEmpty(), splits);
        for (const QByteArrayList &split : pieces)
            QCOMPARE(split.join(), word);
    }

    void tokenizer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("document");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("han with readings")
            << u"古镇"_s << true
            << QStringList { u"古"_s, u"+gu"_s, u"+g"_s, u"+gz"_s, u"镇"_s, u"+zhen"_s, u"+z"_s, u"+zh"_s };
        QTest::newRow("initials pairs of every reading")
            << u"长城"_s << true
            << QStringList { u"长"_s,  u"+zhang"_s, u"+z"_s, u"+zh"_s,    u"+chang"_s, u"+c"_s, u"+ch"_s,
                             u"+zc"_s, u"+cc"_s,    u"城"_s, u"+cheng"_s, u"+c"_s,     u"+ch"_s };
        QTest::newRow("no pair across a separator")
            << u"古 镇"_s << true
            << QStringList { u"古"_s, u"+gu"_s, u"+g"_s, u"镇"_s, u"+zhen"_s, u"+z"_s, u"+zh"_s };
        QTest::newRow("han in a query") << u"古镇"_s << false << QStringList { u"古"_s, u"镇"_s };
        QTest::newRow("several readings")
            << u"长"_s << true
            << QStringList { u"长"_s, u"+zhang"_s, u"+z"_s, u"+zh"_s, u"+chang"_s, u"+c"_s, u"+ch"_s };
        QTest::newRow("file name") << u"IMG_0001.JPG"_s << false
                                   << QStringList { u"img"_s, u"0001"_s, u"jpg"_s };
        QTest::newRow("letters meet digits")
            << u"h264 4K"_s << false << QStringList { u"h"_s, u"264"_s, u"4"_s, u"k"_s };
        QTest::newRow("full-width forms") << u"ＤＳＣ０１"_s << false << QStringList { u"dsc"_s, u"01"_s };
        QTest::newRow("accents") << u"Café Ürümqi"_s << false << QStringList { u"cafe"_s, u"urumqi"_s };
        QTest::newRow("mixed") << u"山东Beach2024"_s << false
                               << QStringList { u"山"_s, u"东"_s, u"beach"_s, u"2024"_s };
        QTest::newRow("punctuation separates")
            << u"海边，日落！"_s << false << QStringList { u"海"_s, u"边"_s, u"日"_s, u"落"_s };
        QTest::newRow("kana") << u"とうきょう"_s << false
                              << QStringList { u"と"_s, u"う"_s, u"き"_s, u"ょ"_s, u"う"_s };
        QTest::newRow("nothing") << u"  -- %% !!"_s << false << QStringList {};
    }

    void tokenizer()
    {
        QFETCH(QString, text);
        QFETCH(bool, document);
        QFETCH(QStringList, expected);
        QCOMPARE(tokens(text, document), expected);
    }

    void invalidUtf8IsNotACrash()
    {
        const QByteArray broken("\xe5\x8f\xa4\xff\xfe\xe9"
                                "abc\xc3",
                                11);
        const auto result = SearchTokenizer::tokenize(broken, true);
        QVERIFY(!result.isEmpty());
        QCOMPARE(QString::fromUtf8(result.first().text), u"古"_s);
    }

    // Where the terms stand, as the search box edits them: the same split as the search's.
    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // start+size, "open" when a quote is not closed
        QTest::newRow("spaces around")
            << u"  海边  tag:\"old street\" "_s << QStringList { u"2+2"_s, u"6+16"_s };
        QTest::newRow("Chinese quotes") << u"-“下 雨” x"_s << QStringList { u"0+6"_s, u"7+1"_s };
        QTest::newRow("ideographic space") << u"海边　老街"_s << QStringList { u"0+2"_s, u"3+2"_s };
        QTest::newRow("unclosed") << u"a “老街 古镇"_s << QStringList { u"0+1"_s, u"2+6 open"_s };
        QTest::newRow("nothing") << u" 　 "_s << QStringList {};
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const QueryText::Span &span : QueryText::spans(text))
            found.append(u"%1+%2"_s.arg(span.start).arg(span.size) + (span.closed ? QString() : u" open"_s));
        QCOMPARE(found, expected);
        bool unclosed = false;
        QCOMPARE(QueryText::split(
                     text, [](const QString &) { return true; }, unclosed)
                     .size(),
                 found.size());
        QCOMPARE(unclosed, !found.isEmpty() && found.last().endsWith(u"open"_s));
    }

    void golden()
    {
        QFile file(kGolden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(kGolden));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QStringList updated;
        int cases = 0;
        QStringList mismatches;
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#')) {
                updated.append(line);
                continue;
            }
            const QStringList fields = line.split(u'\t');
            const QString input = fields.value(0).replace(u"\\t"_s, u"\t"_s);
            const AssetQuery query = AssetQueryParser::parse(input);
            QStringList parts = query.terms;
            for (const QString &error : query.errors)
                parts.append(u"error("_s + error + u')');
            const QString actual = input + u'\t' + parts.join(u' ') + u'\t' + query.words.fts5;
            updated.append(actual);
            ++cases;
            if (actual != line)
                mismatches.append(u"expected: %1\n  actual: %2"_s.arg(line, actual));
        }
        if (qEnvironmentVariableIsSet("REELATLAS_UPDATE_GOLDEN")) {
            QFile out(kGolden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(updated.join(u'\n').toUtf8());
            return;
        }
        QVERIFY(cases > 30);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    }

    void asYouTypeMakesTheLastWordAPrefix()
    {
        const AssetQuery query = AssetQueryParser::parse(u"海边 guzh"_s, true);
        QVERIFY(query.isValid());
        QVERIFY2(query.words.fts5.contains(u"\"gu zh\" *"_s), qPrintable(query.words.fts5));
        // An unfinished syllable of one letter: the phrase guarded by the pair of initials the
        // tokenizer stores ("gu z…" by "gz"), which "best match" does not count as the word.
        const AssetQuery guz = AssetQueryParser::parse(u"海边 guz"_s, true);
        QVERIFY2(guz.words.fts5.contains(u"(\"gz\" AND \"gu z\" *)"_s), qPrintable(guz.words.fts5));
        QVERIFY2(guz.words.tsquery.contains(u"('gz' & 'gu' <-> 'z':*)"_s), qPrintable(guz.words.tsquery));
        QCOMPARE(guz.phraseWords, (QList<int> { 0, 1, -1, 1, 1 })); // 海边; guz*, the guard, gu z*, "gu uz"
        QVERIFY(!AssetQueryParser::parse(u"海边 guz"_s, false)
                     .words.fts5.contains(u"\"gz\" AND"_s)); // typed whole
        // An unfinished filter or quote is not an error while typing.
        QVERIFY(AssetQueryParser::parse(u"海边 tag:"_s, true).isValid());
        QVERIFY(!AssetQueryParser::parse(u"海边 tag:"_s, false).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
