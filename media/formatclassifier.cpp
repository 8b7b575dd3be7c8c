#include "formatclassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

const FormatClassifier &FormatClassifier::builtIn()
{
    static const FormatClassifier classifier = [] {
        QFile file(u":/formats/format-classes.json"_s);
        QString error;
        std::optional<FormatClassifier> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), error);
        // The file is compiled in; failing to read it is a build defect, caught by the tests.
        return loaded.value_or(FormatClassifier());
    }();
    return classifier;
}

std::optional<FormatClassifier> FormatClassifier::fromJson(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray classes = document.object().value("classes"_L1).toArray();
    if (classes.isEmpty()) {
        error = u"no \"classes\" array"_s;
        return std::nullopt;
    }
    FormatClassifier classifier;
    for (const QJsonValue &value : classes) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.name.id = object.value("id"_L1).toString();
        rule.name.zh = object.value("zh"_L1).toString();
        rule.name.en = object.value("en"_L1).toString();
        if (rule.name.id.isEmpty() || rule.name.zh.isEmpty() || rule.name.en.isEmpty()) {
            error = u"every class needs an id, a zh and an en name"_s;
            return std::nullopt;
        }
        rule.minLongEdge = object.value("min_long"_L1).toInt();
        rule.minShortEdge = object.value("min_short"_L1).toInt();
        rule.minFps = object.value("min_fps"_L1).toDouble();
        rule.minBitDepth = object.value("min_bit_depth"_L1).toInt();
        rule.primaries = stringList(object.value("primaries"_L1));
        rule.transfers = stringList(object.value("transfer"_L1));
        classifier.m_rules.append(rule);
    }
    return classifier;
}

std::optional<FormatClass> FormatClassifier::classify(const MediaFacts &facts) const
{
    if (facts.kind != MediaKind::Video || !facts.width || !facts.height)
        return std::nullopt;
    const int longEdge = std::max(*facts.width, *facts.height);
    const int shortEdge = std::min(*facts.width, *facts.height);
    for (const Rule &rule : m_rules) {
        if (longEdge < rule.minLongEdge || shortEdge < rule.minShortEdge)
            continue;
        // 0.1 % tolerance: 23.976 fps counts as 24, 59.94 as 60.
        if (rule.minFps > 0 && facts.fps.value_or(0) < rule.minFps * 0.999)
            continue;
        if (rule.minBitDepth > 0 && facts.bitDepth.value_or(0) < rule.minBitDepth)
            continue;
        if (!rule.primaries.isEmpty() && !rule.primaries.contains(facts.colorPrimaries))
            continue;
        if (!rule.transfers.isEmpty() && !rule.transfers.contains(facts.colorTransfer))
            continue;
        return rule.name;
    }
    return std::nullopt;
}
