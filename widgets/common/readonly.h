#pragma once

// A form for someone who may read but not change (a viewer of a shared catalog): its texts stay
// selectable but cannot be edited, its choices show what is chosen but cannot be changed, and
// its buttons (save, add, remove…) are not there. One way: a window's viewer stays one.
//
// Threading: GUI thread.

#include <QList>

class QWidget;

namespace ReadOnly {

// Applies to `root`'s widgets as they are now: call again after building more. `keep` (and what
// they hold) stay as they are (an export button).
void apply(QWidget *root, const QList<QWidget *> &keep = {});

} // namespace ReadOnly
