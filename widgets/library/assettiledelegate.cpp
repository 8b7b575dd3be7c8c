#include "assettiledelegate.h"

#include "assetlistmodel.h"
#include "durationtext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 6;

void drawBadge(QPainter *painter, const QRect &box, const QString &text, const QColor &background,
               Qt::Alignment corner)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics(painter->font());
    const int w = metrics.horizontalAdvance(text) + 10;
    const int h = metrics.height() + 2;
    QRect badge(0, 0, w, h);
    badge.moveTop(corner & Qt::AlignTop ? box.top() + 4 : box.bottom() - h - 3);
    badge.moveLeft(corner & Qt::AlignLeft ? box.left() + 4 : box.right() - w - 3);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, background);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace

AssetTileDelegate::AssetTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void AssetTileDelegate::setPosterWidth(int width)
{
    m_posterWidth = std::clamp(width, 96, 512);
}

QRect AssetTileDelegate::posterRect(const QRect &tileRect) const
{
    const QRect tile = tileRect.adjusted(2, 2, -2, -2);
    return QRect(tile.left() + kMargin - 2, tile.top() + kMargin - 2, m_posterWidth, m_posterWidth * 9 / 16);
}

void AssetTileDelegate::setScrub(const QModelIndex &index, double fraction)
{
    m_scrubIndex = index;
    m_scrubFraction = std::clamp(fraction, 0.0, 1.0);
}

AssetTileDelegate::ScrubFrame AssetTileDelegate::scrubFrame(const QModelIndex &index) const
{
    ScrubFrame out;
    if (!m_scrubIndex.isValid() || m_scrubIndex != index)
        return out;
    const int shots = index.data(AssetListModel::ShotCountRole).toInt();
    if (shots >= 2 && !index.data(AssetListModel::ShotFramesRole).value<QImage>().isNull()) {
        // The strip holds the first shots' frames (all but in clips of hundreds of shots).
        const int frames = index.data(AssetListModel::ShotFrameCountRole).toInt();
        if (frames > 0) {
            out.byShot = true;
            out.of = std::min(shots, frames);
            out.frame = std::min(out.of - 1, int(m_scrubFraction * out.of));
            return out;
        }
    }
    const int frames = index.data(AssetListModel::FilmstripFramesRole).toInt();
    if (frames > 0 && !index.data(AssetListModel::FilmstripRole).value<QImage>().isNull()) {
        out.of = frames;
        out.frame = std::min(frames - 1, int(m_scrubFraction * frames));
    }
    return out;
}

QSize AssetTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int text = option.fontMetrics.height() + 6;
    return QSize(m_posterWidth + 2 * kMargin, m_posterWidth * 9 / 16 + text + 2 * kMargin);
}

void AssetTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect tile = option.rect.adjusted(2, 2, -2, -2);
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QPainterPath path;
        path.addRoundedRect(tile, 6, 6);
        painter->fillPath(path, selected ? palette.highlight() : palette.alternateBase());
    }

    const QRect box = posterRect(option.rect);
    painter->fillRect(box, QColor(24, 24, 28));
    QImage poster = index.data(AssetListModel::PosterRole).value<QImage>();
    const QString status = index.data(AssetListModel::StatusRole).toString();
    // Hover-scrubbing: the filmstrip's frame under the pointer instead of the poster.
    const bool scrubbing = m_scrubIndex.isValid() && m_scrubIndex == index;
    QRect source = poster.rect();
    const ScrubFrame shown = scrubbing ? scrubFrame(index) : ScrubFrame();
    if (shown.frame >= 0) {
        const QImage strip =
            index.data(shown.byShot ? AssetListModel::ShotFramesRole : AssetListModel::FilmstripRole)
                .value<QImage>();
        const int frames = shown.byShot ? index.data(AssetListModel::ShotFrameCountRole).toInt() : shown.of;
        const int frameWidth = strip.width() / std::max(1, frames);
        poster = strip;
        source = QRect(shown.frame * frameWidth, 0, frameWidth, strip.height());
    }
    if (!poster.isNull()) {
        const QSize fitted = source.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
        painter->drawImage(target, poster, source);
        if (scrubbing && shown.byShot) {
            // A segment for each shot, the one shown lit (and which it is, in the duration's place).
            const QRect bar(box.left(), box.bottom() - 3, box.width(), 4);
            painter->fillRect(bar, QColor(0, 0, 0, 150));
            const bool gaps = bar.width() / shown.of >= 4;
            for (int i = 0; i < shown.of; ++i) {
                const int left = bar.left() + bar.width() * i / shown.of;
                const int right = bar.left() + bar.width() * (i + 1) / shown.of - (gaps ? 1 : 0);
                painter->fillRect(QRect(left, bar.top(), std::max(1, right - left), bar.height()),
                                  i == shown.frame ? QColor(255, 196, 0) : QColor(255, 255, 255, 70));
            }
        } else if (scrubbing) { // where in the clip the frame is
            painter->fillRect(QRect(box.left(), box.bottom() - 2, box.width(), 3), QColor(0, 0, 0, 150));
            painter->fillRect(QRect(box.left(), box.bottom() - 2, int(box.width() * m_scrubFraction), 3),
                              QColor(255, 196, 0));
        }
        if (status == "offline"_L1)
            painter->fillRect(target, QColor(0, 0, 0, 110)); // still shown, visibly not at hand
    } else {
        painter->setPen(QColor(150, 150, 160));
        const QString placeholder = status == "failed"_L1 ? tr("No picture") : tr("Loading…");
        painter->drawText(box, Qt::AlignCenter, placeholder);
    }

    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(std::max(7.0, option.font.pointSizeF() * 0.85));
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    drawBadge(painter, box, index.data(AssetListModel::FormatClassRole).toString(), QColor(30, 90, 160, 220),
              Qt::AlignTop | Qt::AlignLeft);
    QString corner = index.data(AssetListModel::HdrRole).toString().toUpper().replace(u'_', u' ');
    if (index.data(AssetListModel::PortraitRole).toBool())
        corner = corner.isEmpty() ? tr("Portrait") : corner + u" · "_s + tr("Portrait");
    drawBadge(painter, box, corner, QColor(170, 110, 20, 230), Qt::AlignTop | Qt::AlignRight);
    const QVariant duration = index.data(AssetListModel::DurationRole);
    if (shown.byShot)
        drawBadge(painter, box, tr("Shot %1 of %2").arg(shown.frame + 1).arg(shown.of), QColor(0, 0, 0, 190),
                  Qt::AlignBottom | Qt::AlignRight);
    else if (duration.isValid())
        drawBadge(painter, box, DurationText::clock(duration.toDouble()), QColor(0, 0, 0, 190),
                  Qt::AlignBottom | Qt::AlignRight);
    if (status == "offline"_L1)
        drawBadge(painter, box, tr("Offline"), QColor(90, 90, 100, 230), Qt::AlignBottom | Qt::AlignLeft);
    else if (status == "failed"_L1)
        drawBadge(painter, box, tr("Failed"), QColor(190, 40, 40, 230), Qt::AlignBottom | Qt::AlignLeft);
    else if (index.data(AssetListModel::PeopleRole).toInt() == 0) // analysed, and nobody seen
        drawBadge(painter, box, tr("Empty"), QColor(30, 130, 80, 230), Qt::AlignBottom | Qt::AlignLeft);

    painter->setFont(option.font);
    painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
    const QRect textRect(box.left(), box.bottom() + 4, box.width(), option.fontMetrics.height() + 2);
    const QString name = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                       Qt::ElideMiddle, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->restore();
}

// ------------------------------------------------------------------ details table

void AssetRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection
    const int height = opt.rect.height() - 4;
    const QRect box(opt.rect.left() + 2, opt.rect.top() + 2, height * 16 / 9, height);
    painter->fillRect(box, QColor(24, 24, 28));
    const QImage poster = index.data(AssetListModel::PosterRole).value<QImage>();
    if (!poster.isNull()) {
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize fitted = poster.size().scaled(box.size(), Qt::KeepAspectRatio);
        painter->drawImage(QRect(box.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted),
                           poster);
        painter->restore();
    }
    const QRect textRect = opt.rect.adjusted(box.width() + 8, 0, -2, 0);
    painter->save();
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : opt.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideMiddle, textRect.width()));
    painter->restore();
}

QSize AssetRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2));
    return size;
}
