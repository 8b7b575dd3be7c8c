#pragma once

// The search box: the search language as you type (debounced), completion of field names,
// tag paths and field values for the word under the cursor, and Escape to clear.
//
// Threading: GUI thread.

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStringListModel;
class QTimer;

class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    void setTagPaths(const QStringList &paths);
    // Completions of the word being typed, for another search language (the default completes
    // the library's filters and tag paths).
    void setCompletionSource(std::function<QStringList(const QString &word)> source);
    // Sets the text and searches at once (a sidebar item, a facet).
    void setQuery(const QString &text);
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    // The text to search for: after a pause in typing, on Enter, or when set.
    void searchRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletions();
    void insertCompletion(const QString &completion);

    QCompleter *m_completer;
    QStringListModel *m_completions;
    QStringList m_tagPaths;
    std::function<QStringList(const QString &)> m_source;
    QTimer *m_debounce;
};
