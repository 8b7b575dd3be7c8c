#include "dialogs.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>

namespace {

struct NextAnswers
{
    std::optional<std::optional<QString>> text;
    std::optional<std::optional<QString>> item;
    std::optional<QMessageBox::StandardButton> answer;
    std::optional<QString> folder;
};

NextAnswers &next()
{
    static NextAnswers answers;
    return answers;
}

// The value set for the next question, taken (so it answers once).
template<typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> out;
    out.swap(slot);
    return out;
}

} // namespace

namespace Dialogs {

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &value)
{
    if (auto answer = take(next().text))
        return *answer;
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok ? std::optional(typed) : std::nullopt;
}

std::optional<QString> item(QWidget *parent, const QString &title, const QString &label,
                            const QStringList &items, bool editable)
{
    if (auto answer = take(next().item))
        return *answer;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(editable);
    // What is typed finds the items that contain it anywhere (天气/晴 by 晴), not only at the start.
    if (auto *combo = dialog.findChild<QComboBox *>(); combo && combo->completer()) {
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (const auto answer = take(next().answer))
        return *answer;
    if (labels.isEmpty())
        return QMessageBox::question(parent, title, text, buttons);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

bool saveYoursOverTheirs(QWidget *parent, const QString &why, const QString &differences)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Dialogs", text); };
    return question(parent, tr("Changed by Someone Else"),
                    tr("%1.\n\n%2\n\nSave yours over theirs, or keep theirs?").arg(why, differences),
                    QMessageBox::Save | QMessageBox::Discard,
                    { { QMessageBox::Save, tr("Save Yours") }, { QMessageBox::Discard, tr("Keep Theirs") } })
        == QMessageBox::Save;
}

QString existingFolder(QWidget *parent, const QString &title, const QString &start)
{
    if (const auto folder = take(next().folder))
        return *folder;
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void setNextText(std::optional<QString> answer)
{
    next().text = std::move(answer);
}

void setNextItem(std::optional<QString> answer)
{
    next().item = std::move(answer);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    next().answer = answer;
}

void setNextFolder(const QString &folder)
{
    next().folder = folder;
}

bool pending()
{
    const NextAnswers &answers = next();
    return answers.text || answers.item || answers.answer || answers.folder;
}

bool reset()
{
    const bool unused = pending();
    next() = {};
    return !unused;
}

} // namespace Dialogs
