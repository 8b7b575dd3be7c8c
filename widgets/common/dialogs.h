#pragma once

// The questions the desktop asks with a standard dialog (a name, a choice from a list, yes or
// no, a folder), behind one seam: a test sets the next answer, and the next question of that
// kind returns it at once without showing anything (KeePassXC's MessageBox::setNextAnswer).
// Each answer is used once; reset() drops what a test left unused.
//
// Threading: GUI thread.

#include <QHash>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace Dialogs {

// A line of text; nullopt when cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                            const QString &value = QString());
// One of `items` (or, when `editable`, what is typed); nullopt when cancelled.
std::optional<QString> item(QWidget *parent, const QString &title, const QString &label,
                            const QStringList &items, bool editable = false);
// `labels` names buttons in words of the question ("Save Yours") instead of the standard ones.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                         | QMessageBox::No,
                                     const QHash<QMessageBox::StandardButton, QString> &labels = {});
// Someone else saved what was being edited here: `why` (what the save said) and `differences`
// (theirs and yours), then Save Yours (true) or Keep Theirs (false). Answered by setNextAnswer()'s
// Save or Discard in tests.
bool saveYoursOverTheirs(QWidget *parent, const QString &why, const QString &differences);
// An existing folder; empty when cancelled.
QString existingFolder(QWidget *parent, const QString &title, const QString &start);

// For tests: the answer to the next question of that kind (nullopt: cancelled).
void setNextText(std::optional<QString> answer);
void setNextItem(std::optional<QString> answer);
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFolder(const QString &folder);
// Whether an answer set is still waiting for its question (one asked after a write, say).
bool pending();
// Drops the answers set and not used; true when there were none.
bool reset();

} // namespace Dialogs
