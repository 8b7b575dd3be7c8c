#pragma once

// Paints the rows of the sidebar and the facets panel: the name on the left, a count on the
// right (CountRole), top-level rows as small bold headings.
//
// Threading: GUI thread.

#include "itemroles.h"

#include <QStyledItemDelegate>

class CountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int CountRole = ItemRoles::Count;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
