#pragma once

// Names a clip's format class from its probed facts, by an ordered rules file
// (resources/formats/format-classes.json): the first rule whose conditions all hold wins.
// Immutable after construction; safe to share between threads.

#include "mediafacts.h"

#include <QList>

#include <optional>

class FormatClassifier final
{
public:
    struct Rule
    {
        FormatClass name;
        int minLongEdge = 0;
        int minShortEdge = 0;
        double minFps = 0;
        int minBitDepth = 0;
        QStringList primaries; // any of; empty = any
        QStringList transfers; // any of; empty = any
    };

    // The rules shipped with ReelAtlas.
    static const FormatClassifier &builtIn();
    // Rules from JSON text; returns nullopt and sets `error` when the text is not a valid rules file.
    static std::optional<FormatClassifier> fromJson(const QByteArray &json, QString &error);

    // nullopt for photos and for clips without a picture size.
    std::optional<FormatClass> classify(const MediaFacts &facts) const;
    const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};
