#pragma once

// Catalogs filled at test time: assets with the facts, tags, posters and filmstrips a test
// needs, written through the real stores (so the search index and triggers see them).

#include <QColor>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class CatalogSession;

namespace CatalogFixtures {

struct Asset
{
    QByteArray path; // raw, as the file system spells it
    QString kind = QStringLiteral("video");
    QString status = QStringLiteral("ok"); // ok, failed, offline
    int width = 1920;
    int height = 1080;
    double durationS = 12;
    double fps = 25;
    QString codec = QStringLiteral("h264");
    QString hdr = QStringLiteral("none");
    QString formatId = QStringLiteral("full-hd");
    QString formatZh = QStringLiteral("全高清");
    QString formatEn = QStringLiteral("Full HD");
    QString createdAt; // ISO 8601
    QString title;
    QString description;
    QStringList tags;
    QColor posterColor = Qt::darkCyan; // invalid: no poster
    int filmstripFrames = 0;
};

// Adds `asset`; returns its id.
std::optional<qint64> add(CatalogSession &session, const Asset &asset, QString *error = nullptr);

// Every tag path of the catalog in `folder`, with how many assets carry exactly that tag.
QMap<QString, int> tagCounts(const QString &folder);

// A JPEG of one colour.
QByteArray jpeg(const QColor &color, int width, int height);

} // namespace CatalogFixtures
