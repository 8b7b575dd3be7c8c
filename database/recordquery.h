#pragma once

// The search language of the location, facility and expert lists (the GUI's boxes and
// reelatlas-cli locations|facilities|experts list --query): words as in the empty-lens library
// (Chinese, English, full pinyin, initials; one character works) plus filters:
//
//   古镇 category:年代场景 setting:exterior era:民国 season:秋 tag:海边 city:青岛 status:public
//   near:36.07,120.38 radius:40        near:QD-0001 radius:10 (another location, by code or #id)
//   type:影棚 (facilities)             expertise:历史 lang:英语 consent:yes (experts)
//
// Filter names have Chinese forms (类别 内外景 年代 季节 标签 城市 省份 状态 附近 半径 类型 专长 语言).
// Every value is bound, never spliced into SQL; words become quoted FTS5 strings.
//
// Threading: reentrant.

#include "geo.h"
#include "querytext.h"
#include "recordschema.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <optional>

struct RecordQuery
{
    RecordKind kind = RecordKind::Location;
    QueryText::WordsMatch words; // the words, over names and text (empty: no words); those found
                                 // in names come first
    QStringList conditions; // SQL on the kind's table AS r
    QVariantList binds;
    std::optional<Geo::LatLon> near; // centre of a "near" search
    QString nearReference; // or the code / #id of a location to search around
    double radiusKm = 50;
    QStringList terms; // as understood, for people and tests
    QStringList errors; // what was not understood, for people

    bool hasWords() const { return !words.isEmpty(); }
    bool isNear() const { return near.has_value() || !nearReference.isEmpty(); }
};

enum class RecordSort { Relevance, Name, Distance, Updated };

class RecordQueryParser final
{
    Q_DECLARE_TR_FUNCTIONS(RecordQueryParser)

public:
    static RecordQuery parse(RecordKind kind, const QString &text, bool asYouType = false);

    struct Filter
    {
        QString name; // canonical: "category"
        QStringList aliases;
        const char *help; // examples, untranslated (tr() at use)
    };
    static QList<Filter> filters(RecordKind kind);
};
