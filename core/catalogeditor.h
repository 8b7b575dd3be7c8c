#pragma once

// The desktop app's way of changing the catalog: every edit is queued to the one CatalogWriter
// (its own thread and connection) and committed at once, so the GUI thread never writes and an
// edit is on disk a moment after it is made. After each commit the editor says what changed.
//
// Threading: create and call on the GUI thread; signals arrive there.

#include <QHash>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

class CatalogSession;
class CatalogWriter;

class CatalogEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Change { Fields, Tags, Membership, SavedSearches, Locations, Records, Productions };
    Q_ENUM(Change)

    explicit CatalogEditor(const QString &catalogFolder, QObject *parent = nullptr);
    ~CatalogEditor() override;

    // Runs `apply` on the writer's thread in a transaction of its own; then, on the GUI thread,
    // `done` (if any) and changed(what), or failed() with the reason.
    // `failed` (if any) runs on the GUI thread too, before failed() is emitted, when it did not work.
    // `failedWith` runs when it could not be written, and failed() is emitted (the window says
    // so), unless `handled` then says the caller shows it in its own way (a conflict).
    void write(std::function<bool(CatalogSession &, QString &)> apply, Change what,
               std::function<void()> done = {}, std::function<void(const QString &)> failedWith = {},
               std::function<bool()> handled = {});
    // Waits for everything queued (tests, closing).
    bool flush();
    // Another program changed the catalog (ChangeFeed): says so as if this editor had, so that
    // everything that follows the catalog shows it.
    void changedElsewhere(Change what) { Q_EMIT changed(what); }
    // What a change to `table` (another program's) means to the window.
    static Change changeOf(const QString &table);

Q_SIGNALS:
    void changed(CatalogEditor::Change what);
    // A user fact of assets was set (asset id -> value): for the grid and inspector to show.
    void fieldsChanged(const QString &column, const QHash<qint64, QVariant> &values);
    void failed(const QString &error);

private:
    std::unique_ptr<CatalogWriter> m_writer;
};
