#include "assetfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace AssetFields {

namespace {

enum class Type { Int, Real, Text, Bool, JsonArray };

struct Field
{
    const char *name; // JSON name = column name
    Type type;
};

// Scalar fields, in the order of spec/cli.md, then ReelAtlas's additions. gps, format_class,
// poster and tags are composed in toJson().
constexpr Field kFields[] = {
    { "id", Type::Int },
    { "path", Type::Text },
    { "kind", Type::Text },
    { "status", Type::Text },
    { "error", Type::Text },
    { "size_bytes", Type::Int },
    { "content_hash", Type::Text },
    { "container", Type::Text },
    { "width", Type::Int },
    { "height", Type::Int },
    { "display_aspect", Type::Text },
    { "rotation", Type::Int },
    { "duration_s", Type::Real },
    { "fps", Type::Real },
    { "video_codec", Type::Text },
    { "bit_depth", Type::Int },
    { "pixel_format", Type::Text },
    { "color_primaries", Type::Text },
    { "color_transfer", Type::Text },
    { "hdr", Type::Text },
    { "bitrate_bps", Type::Int },
    { "audio_codec", Type::Text },
    { "audio_channels", Type::Int },
    { "audio_sample_rate", Type::Int },
    { "created_at", Type::Text },
    { "camera_make", Type::Text },
    { "camera_model", Type::Text },
    { "location_id", Type::Int },
    // additions
    { "file_name", Type::Text },
    { "warnings", Type::JsonArray },
    { "video_profile", Type::Text },
    { "color_space", Type::Text },
    { "color_range", Type::Text },
    { "field_order", Type::Text },
    { "mirrored", Type::Bool },
    { "timecode", Type::Text },
    { "filmstrip_frames", Type::Int },
    { "poster_time_s", Type::Real },
    { "poster_chosen_s", Type::Real }, // the frame a person made the poster
    { "sharpness", Type::Real },
    { "brightness", Type::Real },
    { "contrast", Type::Real },
    { "colorfulness", Type::Real },
    { "dominant_colors", Type::JsonArray },
    // what the analysis saw of the light and colour
    { "colors", Type::JsonArray },
    { "exposure", Type::Text },
    { "color_temp_k", Type::Int },
    { "sun_elevation", Type::Real },
    { "light", Type::Text },
    { "weather_look", Type::Text }, // a suggestion: sunny, overcast, fog, snow
    { "phash", Type::Text },
    { "title", Type::Text },
    { "description", Type::Text },
    { "rights_holder", Type::Text },
    { "licence", Type::Text },
    { "licence_expiry", Type::Text },
    { "releases", Type::Text },
    { "rating", Type::Int },
    { "notes", Type::Text },
    { "added_at", Type::Text },
    { "updated_at", Type::Text },
};

// The controlled vocabularies: tags under these roots are also given as fields of their own
// ("天气/晴" -> "weather": ["晴"]).
constexpr std::pair<const char *, const char *> kVocabularies[] = {
    { "shot_size", "景别" }, { "time_of_day", "时段" },     { "season", "季节" },
    { "weather", "天气" },   { "camera_movement", "运镜" }, { "speed", "速度" },
};

// Read for composite fields only.
constexpr const char *kCompositeColumns[] = { "gps_lat",        "gps_lon",          "gps_alt_m",
                                              "format_class",   "format_class_zh",  "format_class_en",
                                              "has_poster",     "analysis_version", "analyzed_at",
                                              "analysis_error", "shot_count",       "people" };

QJsonValue valueOf(const QVariant &value, Type type)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (type) {
    case Type::Int:
        return value.toLongLong();
    case Type::Real:
        return value.toDouble();
    case Type::Text: {
        const QString text = value.toString();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case Type::Bool:
        return value.toLongLong() != 0;
    case Type::JsonArray: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(QJsonValue::Null);
    }
    }
    return QJsonValue::Null;
}

QString csvCell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(item.toString());
        return items.join(u"; "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

const QStringList &factColumns()
{
    static const QStringList columns {
        u"container"_s,       u"width"_s,
        u"height"_s,          u"display_aspect"_s,
        u"rotation"_s,        u"mirrored"_s,
        u"duration_s"_s,      u"fps"_s,
        u"video_codec"_s,     u"video_profile"_s,
        u"bit_depth"_s,       u"pixel_format"_s,
        u"color_primaries"_s, u"color_transfer"_s,
        u"color_space"_s,     u"color_range"_s,
        u"field_order"_s,     u"hdr"_s,
        u"bitrate_bps"_s,     u"audio_codec"_s,
        u"audio_channels"_s,  u"audio_sample_rate"_s,
        u"timecode"_s,        u"created_at"_s,
        u"camera_make"_s,     u"camera_model"_s,
        u"gps_lat"_s,         u"gps_lon"_s,
        u"gps_alt_m"_s,       u"format_class"_s,
        u"format_class_zh"_s, u"format_class_en"_s,
        u"warnings"_s,        u"media_json"_s,
    };
    return columns;
}

const QStringList &derivedColumns()
{
    static const QStringList columns {
        u"filmstrip_frames"_s, u"poster_time_s"_s, u"sharpness"_s,       u"brightness"_s,
        u"contrast"_s,         u"colorfulness"_s,  u"dominant_colors"_s, u"phash"_s,
        u"poster_chosen_s"_s, // what a person chose stays when the file is read again
    };
    return columns;
}

QString selectList()
{
    QStringList columns;
    for (const Field &field : kFields)
        columns.append(u"a."_s + QLatin1StringView(field.name));
    for (const char *column : kCompositeColumns)
        columns.append(u"a."_s + QLatin1StringView(column));
    // Where the people are, in the (first) shot that has the most of them.
    columns.append(
        u"(SELECT s.people_boxes FROM asset_shots s WHERE s.asset_id = a.id AND s.people = a.people "
        "ORDER BY s.start_s LIMIT 1) AS people_boxes"_s);
    return columns.join(u", "_s);
}

QJsonObject toJson(const QSqlRecord &record, const QStringList &tags)
{
    QJsonObject object;
    for (const Field &field : kFields)
        object.insert(QLatin1StringView(field.name),
                      valueOf(record.value(QLatin1StringView(field.name)), field.type));

    const QVariant lat = record.value(u"gps_lat"_s);
    const QVariant lon = record.value(u"gps_lon"_s);
    if (!lat.isNull() && !lon.isNull()) {
        QJsonObject gps;
        gps.insert(u"lat"_s, lat.toDouble());
        gps.insert(u"lon"_s, lon.toDouble());
        gps.insert(u"alt_m"_s, valueOf(record.value(u"gps_alt_m"_s), Type::Real));
        object.insert(u"gps"_s, gps);
    } else {
        object.insert(u"gps"_s, QJsonValue::Null);
    }
    const QVariant classZh = record.value(u"format_class_zh"_s);
    if (!classZh.isNull()) {
        QJsonObject formatClass;
        formatClass.insert(u"id"_s, valueOf(record.value(u"format_class"_s), Type::Text));
        formatClass.insert(u"zh"_s, classZh.toString());
        formatClass.insert(u"en"_s, record.value(u"format_class_en"_s).toString());
        object.insert(u"format_class"_s, formatClass);
    } else {
        object.insert(u"format_class"_s, QJsonValue::Null);
    }
    object.insert(u"poster"_s, record.value(u"has_poster"_s).toLongLong() != 0);
    // null until analysed; then the analysers' version and when (and why they could not look).
    if (const QVariant version = record.value(u"analysis_version"_s); !version.isNull()) {
        QJsonObject analysis { { u"version"_s, version.toLongLong() },
                               { u"at"_s, record.value(u"analyzed_at"_s).toString() } };
        if (const QString why = record.value(u"analysis_error"_s).toString(); !why.isEmpty())
            analysis.insert(u"error"_s, why);
        object.insert(u"analysis"_s, analysis);
    } else {
        object.insert(u"analysis"_s, QJsonValue::Null);
    }
    object.insert(u"shots"_s, valueOf(record.value(u"shot_count"_s), Type::Int));
    // The most people seen in one still; null until looked for.
    object.insert(u"people"_s, valueOf(record.value(u"people"_s), Type::Int));
    // ["person"|"face", x, y, width, height, score] in parts of the picture, in the shot with the most.
    const QJsonDocument boxes = QJsonDocument::fromJson(record.value(u"people_boxes"_s).toString().toUtf8());
    object.insert(u"people_boxes"_s,
                  boxes.isArray() ? QJsonValue(boxes.array()) : QJsonValue(QJsonValue::Null));
    object.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    for (const auto &[field, root] : kVocabularies) {
        const QString prefix = QString::fromUtf8(root) + u'/';
        QJsonArray values;
        for (const QString &tag : tags) {
            if (tag.startsWith(prefix))
                values.append(tag.mid(prefix.size()));
        }
        object.insert(QLatin1StringView(field),
                      values.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(values));
    }
    return object;
}

const QStringList &csvHeader()
{
    static const QStringList header = [] {
        QStringList names;
        for (const Field &field : kFields) {
            names.append(QLatin1StringView(field.name));
            if (qstrcmp(field.name, "camera_model") == 0) {
                names << u"gps_lat"_s << u"gps_lon"_s << u"gps_alt_m"_s << u"format_class_zh"_s
                      << u"format_class_en"_s << u"poster"_s << u"tags"_s << u"shots"_s << u"people"_s
                      << u"analyzed_at"_s;
            }
            if (qstrcmp(field.name, "description") == 0) {
                for (const auto &vocabulary : kVocabularies)
                    names << QLatin1StringView(vocabulary.first);
            }
        }
        return names;
    }();
    return header;
}

QStringList toCsvRow(const QJsonObject &asset)
{
    QStringList row;
    const QJsonObject gps = asset.value("gps"_L1).toObject();
    const QJsonObject formatClass = asset.value("format_class"_L1).toObject();
    for (const QString &name : csvHeader()) {
        if (name == "gps_lat"_L1)
            row.append(csvCell(gps.value("lat"_L1)));
        else if (name == "gps_lon"_L1)
            row.append(csvCell(gps.value("lon"_L1)));
        else if (name == "gps_alt_m"_L1)
            row.append(csvCell(gps.value("alt_m"_L1)));
        else if (name == "format_class_zh"_L1)
            row.append(csvCell(formatClass.value("zh"_L1)));
        else if (name == "format_class_en"_L1)
            row.append(csvCell(formatClass.value("en"_L1)));
        else if (name == "analyzed_at"_L1)
            row.append(csvCell(asset.value("analysis"_L1).toObject().value("at"_L1)));
        else
            row.append(csvCell(asset.value(name)));
    }
    return row;
}

} // namespace AssetFields
