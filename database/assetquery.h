#pragma once

// The query language of the search box, reelatlas-cli search and export --query:
//
//   海边 guzhen gz "old street" -雨 tag:天气/晴 format:4K dur:<10 fps:>=50 hdr:yes
//   orient:portrait year:2024 codec:hevc status:offline kind:video camera:dji date:2024-07
//   size:>2GB folder:/media/drive people:none similar:1234
//
// Words (Chinese, English, full pinyin, pinyin initials) must all match, in the title,
// description, tags (Chinese and English names), file path, camera, codec or format class. A
// leading "-" excludes. Filters are NAME:VALUE (also with a full-width colon, and Chinese names:
// 标签 格式 时长 帧率 年份 编码 状态 方向 类型); numbers take <, <=, >, >=, = or a range a..b.
// What a user types is only ever data: quotes, FTS operators and SQL fragments are searched for
// as text.
//
// Threading: reentrant.

#include "querytext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

struct AssetQuery
{
    // A filter as the fact it tests, for a reader that keeps every asset's facts in memory
    // (CatalogReader): the same answer as its SQL condition, without asking the catalog. An
    // unknown fact (NULL) fails the test, and passes it negated, as the condition does.
    struct Test
    {
        enum class Fact : quint8 {
            Sql, // only the SQL condition answers it
            Duration, // numbers: `op` with `low` (and `high`)
            Fps,
            People,
            Year, // the first four digits of created_at
            Orientation, // `value`: landscape, portrait, square (the sign of width - height)
            Hdr, // `value`: yes, no, or a kind (hdr10, hlg, ...)
            Codec, // `value`: lower case, compared with the codec in ASCII lower case
            Status, // `value`
            Kind,
            Light,
            Colour,
            Tag, // `lookup` names the tag ids; an asset with any of them passes
            FormatClass, // `lookup` names the format classes that pass
            Camera, // `lookup` names the cameras (the generated column) that pass
            Id, // `ids`
        };
        enum class Op : quint8 { Less, LessOrEqual, Greater, GreaterOrEqual, Between, Outside };
        Fact fact = Fact::Sql;
        Op op = Op::Between;
        bool negated = false;
        double low = 0, high = 0; // Between and Outside: both ends included
        QString value;
        QString lookup; // SQL with the backend's placeholders, one column
        QVariantList lookupBinds;
        QList<qint64> ids;
    };

    QueryText::WordsMatch words; // every word, in each engine's syntax (empty: no words)
    QList<QueryText::WordsMatch> eachWord; // the words one by one, in order
    // For each phrase of `words`, in order: the word whose alternative it is (0, 1, …), or -1 for
    // a guard (QueryText::WordsMatch::guards), which "best match" leaves out.
    QList<int> phraseWords;
    // SQL conditions on assets AS a, all of which must hold, with the backend's placeholders
    // (CatalogBackend::adapt); a list of ids is bound as a QList<qint64>.
    QStringList conditions;
    QVariantList binds; // values for `conditions`, in order
    QList<Test> tests; // each condition's test, in order
    QStringList terms; // each part as understood, for people and tests: tag=天气/晴, dur<10 ...
    QStringList errors; // what could not be understood, for people
    // similar:ID: the condition whose bind (at similarBind) lists the look-alikes, and, once
    // resolved (SimilarityIndex::narrow), their ids, nearest first.
    qint64 similarTo = 0;
    QString similarSignature; // or similar:#HASH[,HASH…]: a picture from outside, by its signature
    qsizetype similarBind = -1;
    QList<qint64> similarOrder;
    // folder:PATH, as typed: its condition and first bind, spelled as the catalog spells paths
    // when the query runs (AssetStore, with this machine's path mappings: pathmap.h).
    struct Folder
    {
        qsizetype condition = -1;
        qsizetype firstBind = -1;
        QString path;
    };
    QList<Folder> folders;
    // Only assets with this id or a larger one (0: all): the desktop's first answer to a search
    // that matches many, the matches among the most recently catalogued.
    qint64 fromId = 0;

    bool isValid() const { return errors.isEmpty(); }
    // similar:ID or similar:#SIGNATURE: the look-alikes are looked up when the query runs.
    bool asksForLookAlikes() const { return similarTo != 0 || !similarSignature.isEmpty(); }
    bool hasWords() const { return !words.isEmpty(); }
    bool isEmpty() const { return words.isEmpty() && conditions.isEmpty(); }
    // Whether every filter has a test other than its SQL (Test::Fact::Sql).
    bool testsEveryFilter() const;
};

enum class AssetSort { Relevance, Newest, Oldest, Longest, Shortest, Name };

class AssetQueryParser final
{
    Q_DECLARE_TR_FUNCTIONS(AssetQueryParser)

public:
    // "people:many" and the facet's "Many": this many people or more in one still.
    static constexpr int kManyPeople = 3;
    // Light below this colour temperature (kelvin) is warm (tungsten 3,200 K, sunset), above
    // kCoolAboveK cool (shade, overcast sky, blue hour); daylight is between.
    static constexpr int kWarmBelowK = 4500;
    static constexpr int kCoolAboveK = 6500;

    // `asYouType`: the last word may be unfinished (it also matches as a prefix).
    static AssetQuery parse(const QString &text, bool asYouType = false);

    struct Field
    {
        QString name; // canonical, as completion offers it: "tag"
        QStringList aliases; // other names, Chinese ones included
        const char *help; // example values, untranslated (tr() at use)
    };
    static const QList<Field> &fields();
};
