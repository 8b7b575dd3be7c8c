#include "countdelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

void CountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant count = index.data(CountRole);
    const QString countText = count.isValid() ? QLocale().toString(count.toInt()) : QString();
    if (!index.parent().isValid()) { // a heading
        opt.font.setBold(true);
        opt.font.setPointSizeF(opt.font.pointSizeF() * 0.92);
        opt.fontMetrics = QFontMetrics(opt.font);
        if (!index.data(Qt::ForegroundRole).isValid())
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    }
    const int countWidth = countText.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(countText) + 14;
    const QRect full = opt.rect;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // The row's background across the whole width, then the name in what the count leaves.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, opt.widget);
    opt.rect.setRight(full.right() - countWidth);
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!countText.isEmpty()) {
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setFont(option.font);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                 : opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(full.right() - countWidth, full.top(), countWidth - 6, full.height()),
                          Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }
}

QSize CountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}
