#include "readonly.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>

namespace ReadOnly {

void apply(QWidget *root, const QList<QWidget *> &keep)
{
    const auto kept = [&](const QWidget *widget) {
        for (const QWidget *up = widget; up && up != root; up = up->parentWidget()) {
            if (keep.contains(up))
                return true;
        }
        return false;
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (kept(widget))
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(true);
            line->setClearButtonEnabled(false);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
            rich->setReadOnly(true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        } else if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget)
                   || qobject_cast<QComboBox *>(widget)) {
            widget->setEnabled(false); // still shows what is chosen
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Not the buttons that belong to a spin box, a combo box or a view.
            const QWidget *parent = button->parentWidget();
            if (!qobject_cast<const QAbstractSpinBox *>(parent) && !qobject_cast<const QComboBox *>(parent)
                && !qobject_cast<const QAbstractItemView *>(parent))
                button->hide();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        }
    }
}

} // namespace ReadOnly
