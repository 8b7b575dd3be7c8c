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

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

struct AssetQuery
{
    QString ftsMatch; // FTS5 expression for the words (empty: no words)
    QList<int> wordPhrases; // how many phrases of ftsMatch, in order, are each word's alternatives
    // SQL conditions on assets AS a, all of which must hold, with the backend's placeholders
    // (CatalogBackend::adapt); a list of ids is bound as a QList<qint64>.
    QStringList conditions;
    QVariantList binds; // values for `conditions`, in order
    QStringList terms; // each part as understood, for people and tests: tag=天气/晴, dur<10 ...
    QStringList errors; // what could not be understood, for people
    // similar:ID: the condition whose bind (at similarBind) lists the look-alikes, and, once
    // resolved (SimilarityIndex::narrow), their ids, nearest first.
    qint64 similarTo = 0;
    QString similarSignature; // or similar:#HASH[,HASH…]: a picture from outside, by its signature
    qsizetype similarBind = -1;
    QList<qint64> similarOrder;
    // Only assets with this id or a larger one (0: all): the desktop's first answer to a search
    // that matches many, the matches among the most recently catalogued.
    qint64 fromId = 0;

    bool isValid() const { return errors.isEmpty(); }
    // similar:ID or similar:#SIGNATURE: the look-alikes are looked up when the query runs.
    bool asksForLookAlikes() const { return similarTo != 0 || !similarSignature.isEmpty(); }
    bool hasWords() const { return !ftsMatch.isEmpty(); }
    bool isEmpty() const { return ftsMatch.isEmpty() && conditions.isEmpty(); }
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
