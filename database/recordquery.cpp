#include "recordquery.h"

#include "querytext.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// "40", "40km", "40 公里", "500m", "500米" -> kilometres.
std::optional<double> kilometres(const QString &raw)
{
    static const QRegularExpression pattern(u"^([0-9]*\\.?[0-9]+)\\s*(km|公里|千米|m|米)?$"_s);
    const QRegularExpressionMatch match = pattern.match(raw.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == "m"_L1 || unit == u"米"_s)
        value /= 1000.0;
    return value;
}

std::optional<QString> choiceCode(const QList<RecordChoice> &choices, const QString &value)
{
    for (const RecordChoice &choice : choices) {
        if (choice.code.compare(value, Qt::CaseInsensitive) == 0 || choice.nameZh == value
            || choice.nameEn.compare(value, Qt::CaseInsensitive) == 0)
            return choice.code;
    }
    return std::nullopt;
}

} // namespace

QList<RecordQueryParser::Filter> RecordQueryParser::filters(RecordKind kind)
{
    QList<Filter> out;
    switch (kind) {
    case RecordKind::Location:
        out = {
            { u"category"_s,
              { u"类别"_s, u"分类"_s, u"cat"_s },
              QT_TR_NOOP("category:海岸风光, category:coast") },
            { u"setting"_s, { u"内外景"_s }, QT_TR_NOOP("setting:interior, setting:外景") },
            { u"era"_s, { u"年代"_s }, QT_TR_NOOP("era:民国, era:1930s") },
            { u"season"_s, { u"季节"_s }, QT_TR_NOOP("season:秋, season:autumn") },
            { u"tag"_s, { u"标签"_s, u"tags"_s }, QT_TR_NOOP("tag:海边, tag:天气/晴") },
            { u"has"_s, { u"有"_s }, QT_TR_NOOP("has:photos, has:coordinates, has:contacts") },
            { u"filmed"_s, { u"拍摄过"_s, u"作品"_s }, QT_TR_NOOP("filmed:觉醒年代, filmed:2021") },
        };
        break;
    case RecordKind::Facility:
        out = { { u"type"_s, { u"类型"_s }, QT_TR_NOOP("type:studio, type:影棚") } };
        break;
    case RecordKind::Expert:
        out = {
            { u"expertise"_s, { u"专长"_s, u"领域"_s }, QT_TR_NOOP("expertise:历史, expertise:drone") },
            { u"lang"_s, { u"language"_s, u"语言"_s }, QT_TR_NOOP("lang:英语, lang:English") },
            { u"consent"_s, { u"同意发布"_s }, QT_TR_NOOP("consent:yes, consent:no") },
        };
        break;
    }
    if (kind != RecordKind::Expert)
        out.append({ u"code"_s, { u"编号"_s }, QT_TR_NOOP("code:QD-0001") });
    out += {
        { u"city"_s, { u"城市"_s, u"市"_s }, QT_TR_NOOP("city:青岛, city:Qingdao") },
        { u"province"_s, { u"省份"_s, u"省"_s }, QT_TR_NOOP("province:山东") },
        { u"region"_s, { u"地区"_s, u"区域"_s }, QT_TR_NOOP("region:崂山 (province, city or district)") },
        { u"status"_s, { u"状态"_s }, QT_TR_NOOP("status:public, status:待审核") },
    };
    if (RecordSchema::hasCoordinates(kind)) {
        out += {
            { u"near"_s, { u"附近"_s }, QT_TR_NOOP("near:36.07,120.38, near:QD-0001 (a location's code)") },
            { u"radius"_s, { u"半径"_s, u"within"_s }, QT_TR_NOOP("radius:40, radius:500m") },
            { u"box"_s, { u"范围"_s }, QT_TR_NOOP("box:35.9,120.1,36.3,120.7 (south, west, north, east)") },
        };
    }
    return out;
}

RecordQuery RecordQueryParser::parse(RecordKind kind, const QString &text, bool asYouType)
{
    RecordQuery query;
    query.kind = kind;
    const QList<Filter> known = filters(kind);
    const auto filterNamed = [&](const QString &name) -> const Filter * {
        const QString lower = name.toLower();
        for (const Filter &filter : known) {
            if (filter.name == lower || filter.aliases.contains(lower))
                return &filter;
        }
        return nullptr;
    };
    bool unclosedQuote = false;
    const QList<QueryText::Term> terms = QueryText::split(
        text, [&](const QString &name) { return filterNamed(name) != nullptr; }, unclosedQuote);
    if (unclosedQuote && !asYouType)
        query.errors.append(tr("a quote is not closed"));

    const QString fts = RecordSchema::ownerKind(kind) + u"_fts"_s;
    const QString owner = RecordSchema::ownerKind(kind); // location, facility, expert
    QList<QueryText::WordsMatch> words;
    const auto condition = [&](const QString &sql, const QVariantList &binds, bool negated) {
        query.conditions.append(QueryText::condition(sql, negated));
        query.binds += binds;
    };
    const auto inList = [&](const QString &column, const QString &value, bool negated) {
        condition(u"EXISTS (SELECT 1 FROM {elements r.%1} WHERE instr(lower(value), ?) > 0)"_s.arg(column),
                  { value.toLower() }, negated);
    };
    double radius = -1; // not given

    // "near:36.0671, 120.3826" (as maps and our own Copy write it) arrives as two terms: a near or
    // box value that ends in a comma takes the numbers after it.
    QList<QueryText::Term> joined;
    for (const QueryText::Term &term : terms) {
        if (!joined.isEmpty() && term.name.isEmpty() && !term.negated && joined.last().text.endsWith(u',')) {
            const Filter *previous = filterNamed(joined.last().name);
            bool number = false;
            term.text.toDouble(&number);
            if (previous && (previous->name == "near"_L1 || previous->name == "box"_L1) && number) {
                joined.last().text += term.text;
                joined.last().last = term.last;
                continue;
            }
        }
        joined.append(term);
    }
    for (const QueryText::Term &term : std::as_const(joined)) {
        const Filter *filter = term.name.isEmpty() ? nullptr : filterNamed(term.name);
        const bool negated = term.negated;
        const QString sign = negated ? u"-"_s : QString();
        if (!filter) {
            if (!QueryText::hasTokens(term.text)) {
                if (!term.text.trimmed().isEmpty())
                    query.terms.append(u"ignored(%1)"_s.arg(term.text));
                continue;
            }
            const QueryText::WordsMatch expression =
                QueryText::wordExpression(term.text, asYouType && term.last && !negated);
            if (negated) {
                condition(u"r.id IN ({matching %1})"_s.arg(fts), { QVariant::fromValue(expression) }, true);
                query.terms.append(u"-text(%1)"_s.arg(term.text));
            } else {
                words.append(expression);
                query.terms.append(u"text(%1)"_s.arg(term.text));
            }
            continue;
        }
        const QString &value = term.text;
        const QString name = filter->name;
        const auto invalid = [&] {
            query.errors.append(
                tr("%1: does not understand \"%2\" (for example %3)").arg(name, value, tr(filter->help)));
        };
        if (value.isEmpty()) {
            if (!(asYouType && term.last))
                query.errors.append(tr("%1: needs a value (for example %2)").arg(name, tr(filter->help)));
            continue;
        }
        const QString lower = value.toLower();
        if (name == "category"_L1) {
            condition(u"r.category_id IN (SELECT id FROM location_categories WHERE code = ? OR "
                      u"instr(name_zh, ?) > 0 "
                      "OR instr(lower(name_en), ?) > 0)"_s,
                      { lower, value, lower }, negated);
        } else if (name == "type"_L1) {
            condition(
                u"r.service_type IN (SELECT code FROM facility_types WHERE code = ? OR instr(name_zh, ?) > 0 "
                "OR instr(lower(name_en), ?) > 0)"_s,
                { lower, value, lower }, negated);
        } else if (name == "setting"_L1) {
            const auto code = choiceCode(RecordSchema::settings(), value);
            if (!code) {
                invalid();
                continue;
            }
            // A place that is both answers to interior and to exterior.
            condition(*code == "both"_L1 ? u"r.setting = 'both'"_s : u"r.setting IN (?, 'both')"_s,
                      *code == "both"_L1 ? QVariantList {} : QVariantList { *code }, negated);
            query.terms.append(sign + u"setting="_s + *code);
            continue;
        } else if (name == "status"_L1) {
            const auto code = choiceCode(RecordSchema::statuses(), value);
            if (!code) {
                invalid();
                continue;
            }
            condition(u"r.status = ?"_s, { *code }, negated);
            query.terms.append(sign + u"status="_s + *code);
            continue;
        } else if (name == "era"_L1) {
            inList(u"eras"_s, value, negated);
        } else if (name == "expertise"_L1) {
            inList(u"expertise"_s, value, negated);
        } else if (name == "lang"_L1) {
            inList(u"languages"_s, value, negated);
        } else if (name == "season"_L1) {
            condition(u"instr(lower(COALESCE(r.best_season, '')), ?) > 0"_s, { lower }, negated);
        } else if (name == "tag"_L1) {
            const auto [under, binds] = QueryText::pathOrBelow(u"t.path"_s, value);
            condition(
                u"EXISTS (SELECT 1 FROM location_tags x JOIN tags t ON t.id = x.tag_id "
                "WHERE x.location_id = r.id AND (%1 OR t.name = ? OR lower(t.name_en) = ?))"_s.arg(under),
                binds + QVariantList { value, lower }, negated);
        } else if (name == "filmed"_L1) {
            condition(u"EXISTS (SELECT 1 FROM location_productions p WHERE p.location_id = r.id AND "
                      "(instr(lower(p.title), ?) > 0 OR CAST(p.year AS TEXT) = ?))"_s,
                      { lower, value }, negated);
        } else if (name == "has"_L1) {
            if (lower == "photos"_L1 || lower == "photo"_L1 || lower == "media"_L1 || lower == u"照片"_s
                || lower == u"素材"_s)
                condition(u"EXISTS (SELECT 1 FROM assets a WHERE a.location_id = r.id)"_s, {}, negated);
            else if (lower == "coordinates"_L1 || lower == "coords"_L1 || lower == "gps"_L1
                     || lower == u"坐标"_s)
                condition(u"r.lat IS NOT NULL"_s, {}, negated);
            else if (lower == "contacts"_L1 || lower == "contact"_L1 || lower == u"联系人"_s)
                condition(
                    u"EXISTS (SELECT 1 FROM contacts c WHERE c.owner_kind = '%1' AND c.owner_id = r.id)"_s
                        .arg(owner),
                    {}, negated);
            else {
                invalid();
                continue;
            }
        } else if (name == "consent"_L1) {
            static const QStringList yes { u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"是"_s, u"同意"_s };
            static const QStringList no { u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"否"_s, u"不同意"_s };
            if (!yes.contains(lower) && !no.contains(lower)) {
                invalid();
                continue;
            }
            condition(u"r.consent_to_publish = ?"_s, { yes.contains(lower) ? 1 : 0 }, negated);
            query.terms.append(sign + u"consent="_s + (yes.contains(lower) ? u"yes"_s : u"no"_s));
            continue;
        } else if (name == "code"_L1) {
            const auto [start, binds] = QueryText::startsWith(u"lower(r.code)"_s, lower);
            condition(u"r.code = ? OR "_s + start, QVariantList { value } + binds, negated);
        } else if (name == "city"_L1 || name == "province"_L1) {
            const auto [start, binds] = QueryText::startsWith(u"r."_s + name, value);
            condition(u"r.%1 = ? OR %2"_s.arg(name, start), QVariantList { value } + binds, negated);
        } else if (name == "region"_L1) {
            QStringList starts;
            QVariantList binds;
            for (const char *column : { "province", "city", "district" }) {
                const auto [start, more] =
                    QueryText::startsWith(u"COALESCE(r.%1, '')"_s.arg(QLatin1StringView(column)), value);
                starts.append(start);
                binds += more;
            }
            condition(starts.join(u" OR "_s), binds, negated);
        } else if (name == "near"_L1) {
            if (negated) {
                invalid();
                continue;
            }
            if (const auto point = Geo::parse(value)) {
                query.near = point;
                query.terms.append(u"near=%1,%2"_s.arg(point->lat).arg(point->lon));
            } else {
                query.nearReference = value;
                query.terms.append(u"near=location(%1)"_s.arg(value));
            }
            continue;
        } else if (name == "box"_L1) {
            QList<double> edges;
            for (const QString &part : value.split(u',')) {
                bool ok = false;
                edges.append(part.trimmed().toDouble(&ok));
                if (!ok)
                    edges.append(qQNaN());
            }
            if (edges.size() != 4
                || std::any_of(edges.cbegin(), edges.cend(), [](double d) { return std::isnan(d); })
                || !Geo::isValid({ edges[0], edges[1] }) || !Geo::isValid({ edges[2], edges[3] })
                || edges[0] > edges[2]) {
                invalid();
                continue;
            }
            // A box across the antimeridian has west > east.
            condition(edges[1] <= edges[3] ? u"r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?"_s
                                           : u"r.lat BETWEEN ? AND ? AND (r.lon >= ? OR r.lon <= ?)"_s,
                      { edges[0], edges[2], edges[1], edges[3] }, negated);
        } else if (name == "radius"_L1) {
            const auto km = kilometres(value);
            if (!km || *km <= 0 || *km > 20000)
                invalid();
            else
                radius = *km;
            continue;
        }
        query.terms.append(sign + name + u'=' + value);
    }
    if (radius > 0) {
        query.radiusKm = radius;
        if (!query.isNear())
            query.errors.append(tr("radius: needs near: too (for example near:36.07,120.38 radius:40)"));
        else
            query.terms.append(u"radius=%1km"_s.arg(radius));
    }
    if (!words.isEmpty())
        query.words = QueryText::allOf(words);
    return query;
}
