#include "assetquery.h"

#include "querytext.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using QueryText::Comparison;
using QueryText::comparison;
using QueryText::describe;
using QueryText::plainNumber;

namespace {

// "90", "90s", "1.5m", "2min", "1h", "1:30", "1:02:03" -> seconds.
std::optional<double> seconds(const QString &raw)
{
    const QString text = raw.trimmed().toLower();
    if (text.contains(u':')) {
        double total = 0;
        for (const QString &part : text.split(u':')) {
            const auto value = plainNumber(part);
            if (!value || *value < 0)
                return std::nullopt;
            total = total * 60 + *value;
        }
        return total;
    }
    static const QRegularExpression pattern(u"^([0-9]*\\.?[0-9]+)\\s*(s|sec|秒|m|min|分|分钟|h|hr|小时)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == "m"_L1 || unit == "min"_L1 || unit == u"分"_s || unit == u"分钟"_s)
        value *= 60;
    else if (unit == "h"_L1 || unit == "hr"_L1 || unit == u"小时"_s)
        value *= 3600;
    return value;
}

// "500MB", "2GB", "1.5 g", "800k" -> bytes (1024-based, as file managers on Windows count).
std::optional<double> bytes(const QString &raw)
{
    static const QRegularExpression pattern(
        u"^([0-9]*\\.?[0-9]+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$"_s);
    const QRegularExpressionMatch match = pattern.match(raw.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    double value = match.captured(1).toDouble();
    const QChar unit = match.captured(2).isEmpty() ? u'b' : match.captured(2).at(0);
    const QString units = u"bkmgt"_s;
    value *= std::pow(1024.0, units.indexOf(unit));
    return value;
}

} // namespace

const QList<AssetQueryParser::Field> &AssetQueryParser::fields()
{
    static const QList<Field> list {
        { u"tag"_s, { u"标签"_s, u"tags"_s }, QT_TR_NOOP("tag:天气/晴, tag:海岸") },
        { u"format"_s,
          { u"格式"_s, u"class"_s },
          QT_TR_NOOP("format:4K, format:全高清, format:\"Full HD\"") },
        { u"dur"_s, { u"duration"_s, u"时长"_s }, QT_TR_NOOP("dur:<10, dur:>=1m, dur:5..30") },
        { u"fps"_s, { u"帧率"_s }, QT_TR_NOOP("fps:25, fps:>=50") },
        { u"hdr"_s, {}, QT_TR_NOOP("hdr:yes, hdr:no, hdr:hlg, hdr:hdr10, hdr:dolby_vision") },
        { u"orient"_s, { u"orientation"_s, u"方向"_s }, QT_TR_NOOP("orient:portrait, orient:landscape") },
        { u"year"_s, { u"年份"_s, u"年"_s }, QT_TR_NOOP("year:2024, year:>=2020, year:2019..2021") },
        { u"date"_s, { u"日期"_s }, QT_TR_NOOP("date:2024-07, date:>=2024-06-01") },
        { u"codec"_s, { u"编码"_s }, QT_TR_NOOP("codec:hevc, codec:h264, codec:prores") },
        { u"status"_s, { u"状态"_s }, QT_TR_NOOP("status:ok, status:failed, status:offline") },
        { u"kind"_s, { u"type"_s, u"类型"_s }, QT_TR_NOOP("kind:video, kind:photo") },
        { u"camera"_s, { u"相机"_s }, QT_TR_NOOP("camera:dji, camera:\"iPhone 15\"") },
        { u"size"_s, { u"大小"_s }, QT_TR_NOOP("size:>2GB, size:<500MB") },
        { u"folder"_s, { u"path"_s, u"文件夹"_s }, QT_TR_NOOP("folder:/media/drive/2024") },
        { u"people"_s,
          { u"person"_s, u"人物"_s, u"人"_s, u"人数"_s },
          QT_TR_NOOP("people:none, people:yes, people:many, people:>=3, 人物:无") },
        { u"similar"_s,
          { u"相似"_s, u"like"_s },
          QT_TR_NOOP("similar:1234 (an asset's id), similar:#9bf2bc99b00c7171 (a picture's signature)") },
        { u"id"_s, { u"编号"_s }, QT_TR_NOOP("id:1234, id:12,15,40") },
        { u"color"_s, { u"colour"_s, u"颜色"_s, u"色彩"_s }, QT_TR_NOOP("color:blue, color:green, 颜色:蓝") },
        { u"light"_s,
          { u"光线"_s, u"光"_s },
          QT_TR_NOOP("light:day, light:golden, light:blue, light:night, 光线:黄金时刻") },
        { u"exposure"_s,
          { u"曝光"_s },
          QT_TR_NOOP("exposure:dark, exposure:normal, exposure:bright, 曝光:暗") },
        { u"warmth"_s,
          { u"色温"_s, u"kelvin"_s },
          QT_TR_NOOP("warmth:warm, warmth:neutral, warmth:cool, warmth:<4000 (kelvin), 色温:暖") },
    };
    return list;
}

AssetQuery AssetQueryParser::parse(const QString &text, bool asYouType)
{
    AssetQuery query;
    const auto fieldNamed = [](const QString &name) -> const Field * {
        const QString lower = name.toLower();
        for (const Field &field : fields()) {
            if (field.name == lower || field.aliases.contains(lower))
                return &field;
        }
        return nullptr;
    };
    bool unclosedQuote = false;
    const QList<QueryText::Term> parts = QueryText::split(
        text, [&](const QString &name) { return fieldNamed(name) != nullptr; }, unclosedQuote);
    if (unclosedQuote && !asYouType)
        query.errors.append(tr("a quote is not closed"));
    QList<QueryText::WordsMatch> positive;

    using Test = AssetQuery::Test;
    using Fact = Test::Fact;
    // A condition and the test that answers it in memory (none: Fact::Sql).
    const auto condition = [&](const QString &sql, const QVariantList &binds, bool negated, Test test = {}) {
        query.conditions.append(QueryText::condition(sql, negated));
        query.binds += binds;
        test.negated = negated;
        query.tests.append(std::move(test));
    };
    const auto valueTest = [](Fact fact, const QString &value) {
        Test test;
        test.fact = fact;
        test.value = value;
        return test;
    };
    const auto lookupTest = [](Fact fact, const QString &lookup, const QVariantList &binds) {
        Test test;
        test.fact = fact;
        test.lookup = lookup;
        test.lookupBinds = binds;
        return test;
    };
    // As QueryText::numericCondition compares.
    const auto numericTest = [](Fact fact, const Comparison &c, double tolerance) {
        Test test;
        test.fact = fact;
        test.low = c.low;
        if (c.op == ".."_L1 || c.op == "="_L1 || c.op == "!="_L1) {
            test.op = c.op == "!="_L1 ? Test::Op::Outside : Test::Op::Between;
            test.low = c.low - tolerance;
            test.high = (c.op == ".."_L1 ? c.high : c.low) + tolerance;
        } else {
            test.op = c.op == "<"_L1 ? Test::Op::Less
                : c.op == "<="_L1    ? Test::Op::LessOrEqual
                : c.op == ">"_L1     ? Test::Op::Greater
                                     : Test::Op::GreaterOrEqual;
        }
        return test;
    };
    // A set of assets found through another table (a tag's, a colour's) has two spellings. Alone,
    // it is gathered whole by that table's index and drives the search. After words the search
    // index drives, and each of its matches is looked up in the set's primary key instead: a
    // broad tag has half the catalog, costly to gather for the few hundred the first page needs.
    struct Correlated
    {
        qsizetype index; // into query.conditions
        QString sql;
    };
    QList<Correlated> correlated;
    const auto membership = [&](const QString &gathered, const QString &lookedUp, const QVariantList &binds,
                                bool negated, Test test) {
        correlated.append({ query.conditions.size(), QueryText::condition(lookedUp, negated) });
        condition(gathered, binds, negated, std::move(test));
    };
    const auto numeric = [&](const QString &column, const Comparison &c, double tolerance, bool negated,
                             Fact fact) {
        const auto [sql, binds] = QueryText::numericCondition(column, c, tolerance);
        condition(sql, binds, negated, numericTest(fact, c, tolerance));
    };

    for (const QueryText::Term &part : parts) {
        const bool last = part.last;
        const bool negated = part.negated;
        const Field *field = part.name.isEmpty() ? nullptr : fieldNamed(part.name);
        if (!field) {
            const QString &word = part.text;
            if (!QueryText::hasTokens(word)) {
                if (!word.trimmed().isEmpty())
                    query.terms.append(u"ignored(%1)"_s.arg(word)); // only punctuation
                continue;
            }
            const QList<QueryText::WordsMatch> alternatives =
                QueryText::wordAlternatives(word, asYouType && last && !negated);
            const QueryText::WordsMatch expression = QueryText::anyOf(alternatives);
            if (negated) {
                condition(u"a.id IN ({matching asset_fts})"_s, { QVariant::fromValue(expression) }, true);
                query.terms.append(u"-text(%1)"_s.arg(word));
            } else {
                const int wordIndex = int(positive.size());
                positive.append(expression);
                for (const QueryText::WordsMatch &alternative : alternatives) {
                    for (int guard = 0; guard < alternative.guards; ++guard)
                        query.phraseWords.append(-1);
                    query.phraseWords.append(wordIndex);
                }
                query.terms.append(u"text(%1)"_s.arg(word));
            }
            continue;
        }

        const QString &value = part.text;
        const QString name = field->name;
        const QString sign = negated ? u"-"_s : QString();
        const auto invalid = [&]() {
            query.errors.append(
                tr("%1: does not understand \"%2\" (for example %3)").arg(name, value, tr(field->help)));
        };
        if (value.isEmpty()) {
            if (!(asYouType && last))
                query.errors.append(tr("%1: needs a value (for example %2)").arg(name, tr(field->help)));
            continue;
        }
        const QString lower = value.toLower();
        if (name == "tag"_L1) {
            // The tag itself or anything under it; a bare name (晴) at any level, also in English.
            // The tags first (a small table), then their assets by the tag's index.
            const auto [under, binds] = QueryText::pathOrBelow(u"t.path"_s, value);
            const QString tags =
                u"(SELECT t.id FROM tags t WHERE %1 OR t.name = ? OR lower(t.name_en) = ?)"_s.arg(under);
            const QVariantList tagBinds = binds + QVariantList { value, lower };
            membership(
                u"a.id IN (SELECT x.asset_id FROM asset_tags x WHERE x.tag_id IN %1)"_s.arg(tags),
                u"EXISTS (SELECT 1 FROM asset_tags x WHERE x.asset_id = a.id AND x.tag_id IN %1)"_s.arg(tags),
                tagBinds, negated, lookupTest(Fact::Tag, tags.mid(1, tags.size() - 2), tagBinds));
            query.terms.append(sign + u"tag="_s + value);
        } else if (name == "format"_L1) {
            // The few classes of the catalog are named first (each by its first asset), then their
            // assets are found by the class's index.
            const auto [englishStart, englishBinds] =
                QueryText::startsWith(u"lower(named.format_class_en)"_s, lower + u' ');
            const auto [chineseStart, chineseBinds] =
                QueryText::startsWith(u"named.format_class_zh"_s, value);
            const QString classes =
                u"%1 AND EXISTS (SELECT 1 FROM (SELECT format_class_en, format_class_zh "
                "FROM assets WHERE format_class = d.v LIMIT 1) named WHERE lower(named.format_class_en) = ? "
                "OR named.format_class_zh = ? OR d.v = ? OR %2 OR %3)"_s.arg(
                    QueryText::distinctValues(u"format_class"_s), englishStart, chineseStart);
            const QVariantList classBinds =
                QVariantList { lower, value, lower } + englishBinds + chineseBinds;
            condition(u"a.format_class IN (%1)"_s.arg(classes), classBinds, negated,
                      lookupTest(Fact::FormatClass, classes, classBinds));
            query.terms.append(sign + u"format="_s + value);
        } else if (name == "dur"_L1) {
            const auto c = comparison(value, seconds);
            if (!c) {
                invalid();
                continue;
            }
            numeric(u"a.duration_s"_s, *c,
                    c->op == "="_L1 || c->op == "!="_L1 || c->op == ".."_L1 ? 0.5 : 0.0, negated,
                    Fact::Duration);
            query.terms.append(sign + describe(u"dur"_s, *c));
        } else if (name == "fps"_L1) {
            const auto c = comparison(value, plainNumber);
            if (!c || c->low <= 0) {
                invalid();
                continue;
            }
            // 30 also means 29.97, 24 also 23.976: the tolerance covers the NTSC rates.
            numeric(u"a.fps"_s, *c, c->op == "="_L1 || c->op == "!="_L1 || c->op == ".."_L1 ? 0.05 : 0.0,
                    negated, Fact::Fps);
            query.terms.append(sign + describe(u"fps"_s, *c));
        } else if (name == "hdr"_L1) {
            static const QHash<QString, QString> kinds { { u"hdr10"_s, u"hdr10"_s },
                                                         { u"pq"_s, u"hdr10"_s },
                                                         { u"hlg"_s, u"hlg"_s },
                                                         { u"dv"_s, u"dolby_vision"_s },
                                                         { u"dolby"_s, u"dolby_vision"_s },
                                                         { u"dolby_vision"_s, u"dolby_vision"_s },
                                                         { u"hdr10plus"_s, u"hdr10plus"_s },
                                                         { u"hdr10+"_s, u"hdr10plus"_s } };
            if (lower == "yes"_L1 || lower == "true"_L1 || lower == u"是"_s) {
                condition(u"a.hdr IS NOT NULL AND a.hdr <> 'none'"_s, {}, negated,
                          valueTest(Fact::Hdr, u"yes"_s));
                query.terms.append(sign + u"hdr=yes"_s);
            } else if (lower == "no"_L1 || lower == "none"_L1 || lower == "false"_L1 || lower == u"否"_s) {
                condition(u"a.hdr IS NULL OR a.hdr = 'none'"_s, {}, negated, valueTest(Fact::Hdr, u"no"_s));
                query.terms.append(sign + u"hdr=no"_s);
            } else if (kinds.contains(lower)) {
                condition(u"a.hdr = ?"_s, { kinds.value(lower) }, negated,
                          valueTest(Fact::Hdr, kinds.value(lower)));
                query.terms.append(sign + u"hdr="_s + kinds.value(lower));
            } else {
                invalid();
            }
        } else if (name == "orient"_L1) {
            // The sign of width - height, which the orientation index holds.
            static const QHash<QString, QString> sides {
                { u"portrait"_s, u"portrait"_s },   { u"vertical"_s, u"portrait"_s },
                { u"竖"_s, u"portrait"_s },         { u"竖屏"_s, u"portrait"_s },
                { u"landscape"_s, u"landscape"_s }, { u"horizontal"_s, u"landscape"_s },
                { u"横"_s, u"landscape"_s },        { u"横屏"_s, u"landscape"_s },
                { u"square"_s, u"square"_s },       { u"方"_s, u"square"_s }
            };
            const QString side = sides.value(lower);
            if (side.isEmpty()) {
                invalid();
                continue;
            }
            const char *sign0 = side == "portrait"_L1 ? "<" : side == "landscape"_L1 ? ">" : "=";
            condition(u"(a.width - a.height) %1 0"_s.arg(QLatin1StringView(sign0)), {}, negated,
                      valueTest(Fact::Orientation, side));
            query.terms.append(sign + u"orient="_s + side);
        } else if (name == "year"_L1) {
            const auto c = comparison(value, plainNumber);
            if (!c || c->low < 1800 || c->low > 2300 || c->low != std::floor(c->low)) {
                invalid();
                continue;
            }
            // A range of times, which the index of created_at answers: 2024 is from "2024" up to
            // (not including) "2025".
            const auto from = [](double year) { return QString::number(qint64(year)); };
            const QString low = from(c->low), next = from(c->low + 1);
            // In memory, on the year as a number: the same where created_at starts with four digits.
            const auto years = [&](Test::Op op, double first, double upTo = 0) {
                Test test;
                test.fact = Fact::Year;
                test.op = op;
                test.low = first;
                test.high = upTo;
                return test;
            };
            if (c->op == "="_L1)
                condition(u"a.created_at >= ? AND a.created_at < ?"_s, { low, next }, negated,
                          years(Test::Op::Between, c->low, c->low));
            else if (c->op == "!="_L1)
                condition(u"NOT (a.created_at >= ? AND a.created_at < ?)"_s, { low, next }, negated,
                          years(Test::Op::Outside, c->low, c->low));
            else if (c->op == ".."_L1)
                condition(u"a.created_at >= ? AND a.created_at < ?"_s, { low, from(c->high + 1) }, negated,
                          years(Test::Op::Between, c->low, std::floor(c->high)));
            else if (c->op == ">="_L1)
                condition(u"a.created_at >= ?"_s, { low }, negated, years(Test::Op::GreaterOrEqual, c->low));
            else if (c->op == ">"_L1)
                condition(u"a.created_at >= ?"_s, { next }, negated,
                          years(Test::Op::GreaterOrEqual, c->low + 1));
            else if (c->op == "<"_L1)
                condition(u"a.created_at < ?"_s, { low }, negated, years(Test::Op::Less, c->low));
            else // <=
                condition(u"a.created_at < ?"_s, { next }, negated, years(Test::Op::Less, c->low + 1));
            query.terms.append(sign + describe(u"year"_s, *c));
        } else if (name == "date"_L1) {
            static const QRegularExpression datePattern(u"^(<=|>=|<|>|=)?(\\d{4}(-\\d{2}(-\\d{2})?)?)$"_s);
            const QRegularExpressionMatch match = datePattern.match(value);
            if (!match.hasMatch()) {
                invalid();
                continue;
            }
            const QString op = match.captured(1).isEmpty() ? u"="_s : match.captured(1);
            const QString date = match.captured(2);
            // Ranges of times, which the index of created_at answers: 2024-07 is every time from
            // "2024-07" up to (not including) "2024-08".
            const QString after = *QueryText::nextAfterPrefix(date); // digits: never the last character
            if (op == "="_L1)
                condition(u"a.created_at >= ? AND a.created_at < ?"_s, { date, after }, negated);
            else if (op == ">"_L1) // after the day/month/year
                condition(u"a.created_at >= ?"_s, { after }, negated);
            else if (op == "<="_L1) // up to its end
                condition(u"a.created_at < ?"_s, { after }, negated);
            else
                condition(u"a.created_at %1 ?"_s.arg(op), { date }, negated);
            query.terms.append(sign + u"date"_s + op + date);
        } else if (name == "codec"_L1) {
            static const QHash<QString, QString> aliases {
                { u"h265"_s, u"hevc"_s }, { u"x265"_s, u"hevc"_s },        { u"avc"_s, u"h264"_s },
                { u"x264"_s, u"h264"_s }, { u"mpeg2"_s, u"mpeg2video"_s }, { u"mpeg-2"_s, u"mpeg2video"_s },
                { u"jpg"_s, u"mjpeg"_s }
            };
            const QString codec = aliases.value(lower, lower);
            condition(u"lower(a.video_codec) = ?"_s, { codec }, negated, valueTest(Fact::Codec, codec));
            query.terms.append(sign + u"codec="_s + codec);
        } else if (name == "status"_L1) {
            static const QHash<QString, QString> states {
                { u"ok"_s, u"ok"_s },       { u"正常"_s, u"ok"_s },         { u"failed"_s, u"failed"_s },
                { u"失败"_s, u"failed"_s }, { u"offline"_s, u"offline"_s }, { u"离线"_s, u"offline"_s }
            };
            if (!states.contains(lower)) {
                invalid();
                continue;
            }
            condition(u"a.status = ?"_s, { states.value(lower) }, negated,
                      valueTest(Fact::Status, states.value(lower)));
            query.terms.append(sign + u"status="_s + states.value(lower));
        } else if (name == "kind"_L1) {
            static const QHash<QString, QString> kinds {
                { u"video"_s, u"video"_s }, { u"clip"_s, u"video"_s },  { u"视频"_s, u"video"_s },
                { u"photo"_s, u"photo"_s }, { u"image"_s, u"photo"_s }, { u"照片"_s, u"photo"_s },
                { u"图片"_s, u"photo"_s }
            };
            if (!kinds.contains(lower)) {
                invalid();
                continue;
            }
            condition(u"a.kind = ?"_s, { kinds.value(lower) }, negated,
                      valueTest(Fact::Kind, kinds.value(lower)));
            query.terms.append(sign + u"kind="_s + kinds.value(lower));
        } else if (name == "camera"_L1) {
            // The catalog's few cameras that contain the text first, then their assets by the
            // camera's index.
            const QString cameras = QueryText::distinctValues(u"camera"_s) + u" AND instr(d.v, ?) > 0"_s;
            condition(u"a.camera IN (%1)"_s.arg(cameras), { lower }, negated,
                      lookupTest(Fact::Camera, cameras, { lower }));
            query.terms.append(sign + u"camera="_s + value);
        } else if (name == "size"_L1) {
            const auto c = comparison(value, bytes);
            if (!c) {
                invalid();
                continue;
            }
            numeric(u"a.size_bytes"_s, *c, 0, negated, Fact::Sql);
            query.terms.append(sign + describe(u"size"_s, *c));
        } else if (name == "people"_L1) {
            // Seen by the analysis pass; an asset it has not looked at yet matches none of these.
            static const QHash<QString, QString> words {
                { u"none"_s, u"= 0"_s },
                { u"no"_s, u"= 0"_s },
                { u"empty"_s, u"= 0"_s },
                { u"无"_s, u"= 0"_s },
                { u"没有"_s, u"= 0"_s },
                { u"空"_s, u"= 0"_s },
                { u"否"_s, u"= 0"_s },
                { u"yes"_s, u">= 1"_s },
                { u"some"_s, u">= 1"_s },
                { u"any"_s, u">= 1"_s },
                { u"有"_s, u">= 1"_s },
                { u"是"_s, u">= 1"_s },
                { u"many"_s, u">= %1"_s.arg(kManyPeople) },
                { u"多"_s, u">= %1"_s.arg(kManyPeople) },
                { u"多人"_s, u">= %1"_s.arg(kManyPeople) },
            };
            if (words.contains(lower)) {
                const QString op = words.value(lower);
                Comparison c { op.left(op.indexOf(u' ')), op.mid(op.indexOf(u' ') + 1).toDouble(), 0 };
                condition(u"a.people "_s + op, {}, negated, numericTest(Fact::People, c, 0));
                query.terms.append(
                    sign + (op == "= 0"_L1 ? u"people=none"_s : u"people"_s + QString(op).remove(u' ')));
                continue;
            }
            const auto c = comparison(value, plainNumber);
            if (!c || c->low < 0 || c->low != std::floor(c->low)) {
                invalid();
                continue;
            }
            numeric(u"a.people"_s, *c, 0, negated, Fact::People);
            query.terms.append(sign + describe(u"people"_s, *c));
        } else if (name == "color"_L1) {
            // Named by the analysis pass, in a perceptual colour space (PictureAnalysis::look).
            static const QHash<QString, QString> colours = [] {
                QHash<QString, QString> out;
                const std::pair<const char *, QStringList> names[] = {
                    { "red", { u"红"_s, u"红色"_s } },
                    { "orange", { u"橙"_s, u"橙色"_s, u"橘色"_s } },
                    { "yellow", { u"黄"_s, u"黄色"_s, u"gold"_s, u"金色"_s } },
                    { "green", { u"绿"_s, u"绿色"_s } },
                    { "cyan", { u"青"_s, u"青色"_s, u"teal"_s, u"turquoise"_s } },
                    { "blue", { u"蓝"_s, u"蓝色"_s } },
                    { "purple", { u"紫"_s, u"紫色"_s, u"violet"_s } },
                    { "pink", { u"粉"_s, u"粉色"_s, u"粉红"_s, u"粉红色"_s, u"magenta"_s } },
                    { "brown",
                      { u"棕"_s, u"棕色"_s, u"褐"_s, u"褐色"_s, u"咖啡色"_s, u"beige"_s, u"tan"_s } },
                    { "white", { u"白"_s, u"白色"_s } },
                    { "grey", { u"gray"_s, u"灰"_s, u"灰色"_s } },
                    { "black", { u"黑"_s, u"黑色"_s } },
                };
                for (const auto &[colour, aliases] : names) {
                    out.insert(QString::fromLatin1(colour), QString::fromLatin1(colour));
                    for (const QString &alias : aliases)
                        out.insert(alias, QString::fromLatin1(colour));
                }
                return out;
            }();
            if (!colours.contains(lower)) {
                invalid();
                continue;
            }
            membership(u"a.id IN (SELECT asset_id FROM asset_colors WHERE color = ?)"_s,
                       u"EXISTS (SELECT 1 FROM asset_colors c WHERE c.color = ? AND c.asset_id = a.id)"_s,
                       { colours.value(lower) }, negated, valueTest(Fact::Colour, colours.value(lower)));
            query.terms.append(sign + u"color="_s + colours.value(lower));
        } else if (name == "light"_L1) {
            // From the sun's elevation where and when it was filmed (GPS position and time).
            static const QHash<QString, QString> lights {
                { u"day"_s, u"day"_s },         { u"daylight"_s, u"day"_s },
                { u"白天"_s, u"day"_s },        { u"日间"_s, u"day"_s },
                { u"golden"_s, u"golden"_s },   { u"golden-hour"_s, u"golden"_s },
                { u"黄金"_s, u"golden"_s },     { u"黄金时刻"_s, u"golden"_s },
                { u"黄金时段"_s, u"golden"_s }, { u"blue"_s, u"blue"_s },
                { u"blue-hour"_s, u"blue"_s },  { u"蓝调"_s, u"blue"_s },
                { u"蓝调时刻"_s, u"blue"_s },   { u"night"_s, u"night"_s },
                { u"夜"_s, u"night"_s },        { u"夜晚"_s, u"night"_s },
                { u"夜间"_s, u"night"_s },      { u"晚上"_s, u"night"_s },
            };
            if (!lights.contains(lower)) {
                invalid();
                continue;
            }
            condition(u"a.light = ?"_s, { lights.value(lower) }, negated,
                      valueTest(Fact::Light, lights.value(lower)));
            query.terms.append(sign + u"light="_s + lights.value(lower));
        } else if (name == "exposure"_L1) {
            // How the analysis found the picture exposed (PictureAnalysis::look).
            static const QHash<QString, QString> exposures {
                { u"dark"_s, u"dark"_s },   { u"under"_s, u"dark"_s },    { u"暗"_s, u"dark"_s },
                { u"偏暗"_s, u"dark"_s },   { u"欠曝"_s, u"dark"_s },     { u"normal"_s, u"normal"_s },
                { u"正常"_s, u"normal"_s }, { u"bright"_s, u"bright"_s }, { u"over"_s, u"bright"_s },
                { u"亮"_s, u"bright"_s },   { u"明亮"_s, u"bright"_s },   { u"偏亮"_s, u"bright"_s },
                { u"过曝"_s, u"bright"_s },
            };
            if (!exposures.contains(lower)) {
                invalid();
                continue;
            }
            condition(u"a.exposure = ?"_s, { exposures.value(lower) }, negated);
            query.terms.append(sign + u"exposure="_s + exposures.value(lower));
        } else if (name == "warmth"_L1) {
            // The colour temperature of the light (kelvin): candle and tungsten are warm, shade and
            // overcast sky cool. By name, or by number.
            static const QHash<QString, QString> warmths {
                { u"warm"_s, u"warm"_s },       { u"暖"_s, u"warm"_s },      { u"暖色"_s, u"warm"_s },
                { u"neutral"_s, u"neutral"_s }, { u"中性"_s, u"neutral"_s }, { u"cool"_s, u"cool"_s },
                { u"cold"_s, u"cool"_s },       { u"冷"_s, u"cool"_s },      { u"冷色"_s, u"cool"_s },
            };
            const QString named = warmths.value(lower);
            const QString range = named == "warm"_L1 ? u"<%1"_s.arg(kWarmBelowK)
                : named == "cool"_L1                 ? u">%1"_s.arg(kCoolAboveK)
                : named == "neutral"_L1              ? u"%1..%2"_s.arg(kWarmBelowK).arg(kCoolAboveK)
                                                     : value;
            const auto c = comparison(range, plainNumber);
            if (!c || c->low < 0) {
                invalid();
                continue;
            }
            numeric(u"a.color_temp_k"_s, *c, 0, negated, Fact::Sql);
            query.terms.append(sign + (named.isEmpty() ? describe(u"warmth"_s, *c) : u"warmth="_s + named));
        } else if (name == "id"_L1) {
            QList<qint64> ids;
            QStringList shown;
            for (const QString &number : value.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = number.trimmed().toLongLong(&ok);
                if (!ok || id <= 0) {
                    ids.clear();
                    break;
                }
                ids.append(id);
                shown.append(QString::number(id));
            }
            if (ids.isEmpty()) {
                invalid();
                continue;
            }
            Test test;
            test.fact = Fact::Id;
            test.ids = ids;
            condition(u"{ids a.id}"_s, { QVariant::fromValue(ids) }, negated, test);
            query.terms.append(sign + u"id="_s + shown.join(u','));
        } else if (name == "similar"_L1) {
            // Resolved against the catalog's signatures when the query runs (AssetStore): until
            // then the list of look-alikes is empty.
            bool ok = false;
            const qint64 id = value.toLongLong(&ok);
            // #HASH,HASH…: 16 hex digits each (what the analysis makes of a picture, one for a
            // photo, one per filmstrip frame for a clip).
            static const QRegularExpression signature(u"^#[0-9a-f]{16}(,[0-9a-f]{16}){0,63}$"_s);
            const bool bySignature = signature.match(lower).hasMatch();
            if (!bySignature && (!ok || id <= 0)) {
                invalid();
                continue;
            }
            if (negated || query.asksForLookAlikes()) {
                query.errors.append(tr("similar: one asset at a time, and not negated"));
                continue;
            }
            if (bySignature)
                query.similarSignature = lower.mid(1);
            else
                query.similarTo = id;
            query.similarBind = query.binds.size();
            condition(u"{ids a.id}"_s, { QVariant::fromValue(QList<qint64>()) }, false);
            query.terms.append(bySignature ? u"similar=#"_s + lower.mid(1) : u"similar=%1"_s.arg(id));
        } else if (name == "folder"_L1) {
            QString folder = value;
            while (folder.size() > 1 && folder.endsWith(u'/'))
                folder.chop(1);
            const auto [under, binds] = QueryText::pathOrBelow(u"a.path"_s, folder);
            query.folders.append({ query.conditions.size(), query.binds.size(), folder });
            condition(under, binds, negated);
            query.terms.append(sign + u"folder="_s + folder);
        }
    }
    query.words = QueryText::allOf(positive);
    query.eachWord = positive;
    if (query.hasWords()) {
        for (const Correlated &c : std::as_const(correlated))
            query.conditions[c.index] = c.sql;
    }
    return query;
}

bool AssetQuery::testsEveryFilter() const
{
    return tests.size() == conditions.size()
        && std::none_of(tests.cbegin(), tests.cend(),
                        [](const Test &test) { return test.fact == Test::Fact::Sql; });
}
