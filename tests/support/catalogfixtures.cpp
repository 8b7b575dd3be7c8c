#include "catalogfixtures.h"

#include "assetstore.h"
#include "catalog.h"
#include "tagstore.h"
#include "thumbnailstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace CatalogFixtures {

QMap<QString, int> tagCounts(const QString &folder)
{
    CatalogSession session(folder);
    QMap<QString, int> out;
    for (const TagStore::Tag &tag : TagStore(session.db()).all())
        out.insert(tag.path, tag.assetCount);
    return out;
}

QByteArray jpeg(const QColor &color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

std::optional<qint64> add(CatalogSession &session, const Asset &asset, QString *error)
{
    QString message;
    ProcessedFile file;
    file.location.pathRaw = asset.path;
    file.location.path = QString::fromUtf8(asset.path);
    file.location.fileName = QString::fromUtf8(asset.path.mid(asset.path.lastIndexOf('/') + 1));
    file.location.sizeBytes = 1000 + asset.path.size();
    file.location.mtimeNs = 1;
    file.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(asset.path, QCryptographicHash::Sha1).toHex().left(32));
    file.kind = asset.kind;
    file.failed = asset.status == "failed"_L1;
    file.error = file.failed ? u"moov atom not found"_s : QString();
    file.facts.insert(u"width"_s, asset.width);
    file.facts.insert(u"height"_s, asset.height);
    if (asset.kind == "video"_L1) {
        file.facts.insert(u"duration_s"_s, asset.durationS);
        file.facts.insert(u"fps"_s, asset.fps);
    }
    file.facts.insert(u"video_codec"_s, asset.codec);
    file.facts.insert(u"hdr"_s, asset.hdr);
    file.facts.insert(u"format_class"_s, asset.formatId);
    file.facts.insert(u"format_class_zh"_s, asset.formatZh);
    file.facts.insert(u"format_class_en"_s, asset.formatEn);
    if (!asset.createdAt.isEmpty())
        file.facts.insert(u"created_at"_s, asset.createdAt);
    if (asset.posterColor.isValid()) {
        file.thumbnails.append(
            StoredThumbnail { ThumbnailStore::Poster, jpeg(asset.posterColor, 256, 144), 256, 144, 1 });
        file.thumbnails.append(StoredThumbnail { ThumbnailStore::PosterLarge,
                                                 jpeg(asset.posterColor, 1024, 576), 1024, 576, 1 });
    }
    if (asset.filmstripFrames > 0) {
        // Each frame a different shade, so a test can tell which one is shown.
        QImage strip(160 * asset.filmstripFrames, 90, QImage::Format_RGB888);
        QPainter painter(&strip);
        for (int i = 0; i < asset.filmstripFrames; ++i)
            painter.fillRect(i * 160, 0, 160, 90, QColor::fromHsv(i * 360 / asset.filmstripFrames, 200, 200));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        strip.save(&buffer, "JPG", 95);
        file.thumbnails.append(
            StoredThumbnail { ThumbnailStore::Filmstrip, bytes, strip.width(), 90, asset.filmstripFrames });
        file.derived.insert(u"filmstrip_frames"_s, asset.filmstripFrames);
    }
    for (const StoredThumbnail &thumbnail : std::as_const(file.thumbnails)) {
        if (!ThumbnailStore::put(session.thumbs(), file.contentHash, thumbnail, message)) {
            if (error)
                *error = message;
            return std::nullopt;
        }
    }
    AssetStore store(session.db());
    const auto id = store.save(file, message);
    bool ok = id.has_value();
    if (ok && asset.status == "offline"_L1)
        ok = store.markOffline({ *id }, message);
    if (ok && !asset.title.isEmpty())
        ok = store.setField({ *id }, u"title"_s, asset.title, message).has_value();
    if (ok && !asset.description.isEmpty())
        ok = store.setField({ *id }, u"description"_s, asset.description, message).has_value();
    TagStore tags(session.db());
    for (const QString &path : asset.tags) {
        const auto tag = ok ? tags.ensurePath(path, message) : std::nullopt;
        ok = tag && tags.addToAssets(*tag, { *id }, message) >= 0;
    }
    if (!ok) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return id;
}

} // namespace CatalogFixtures
