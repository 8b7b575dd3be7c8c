#include "searchfield.h"

#include "searchtext.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_debounce(new QTimer(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(
        tr("Search: 古镇, guzhen or gz, plus filters such as tag:天气/晴 dur:<10 hdr:yes (Ctrl+F)"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(this, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT searchRequested(text());
    });

    // The word under the cursor is completed, not the whole text.
    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &SearchField::updateCompletions);
}

void SearchField::setTagPaths(const QStringList &paths)
{
    m_tagPaths = paths;
}

void SearchField::setCompletionSource(std::function<QStringList(const QString &word)> source)
{
    m_source = std::move(source);
}

void SearchField::setQuery(const QString &query)
{
    setText(query);
    m_debounce->stop();
    Q_EMIT searchRequested(query);
}

void SearchField::updateCompletions()
{
    const SearchText::Word word = SearchText::wordAt(text(), cursorPosition());
    const QStringList candidates = word.start + word.text.size() >= cursorPosition() && !word.text.isEmpty()
        ? (m_source ? m_source(word.text) : SearchText::completions(word.text, m_tagPaths))
        : QStringList();
    m_completions->setStringList(candidates);
    if (candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(std::max(260, m_completer->popup()->sizeHintForColumn(0) + 30));
    m_completer->complete(rect);
}

void SearchField::insertCompletion(const QString &completion)
{
    int cursor = cursorPosition();
    const QString replaced = SearchText::replaceWord(text(), cursor, completion);
    // A field name waits for its value; a whole term gets a space after it.
    const bool done = !completion.endsWith(u':');
    setText(done ? replaced.left(cursor) + u' ' + replaced.mid(cursor).trimmed() : replaced);
    setCursorPosition(done ? cursor + 1 : cursor);
    if (!done)
        QTimer::singleShot(0, this, &SearchField::updateCompletions); // now offer its values
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the popup takes these
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        setQuery(QString());
        return;
    }
    QLineEdit::keyPressEvent(event);
}
