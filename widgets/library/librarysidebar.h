#pragma once

// The library's sidebar: collections, volumes, the tag tree and the saved searches, with their
// counts. It owns what is done to tags and saved searches from here — new, rename, merge, move,
// delete, drop clips on a tag, save the current search — with its own dialogs (Dialogs, so tests
// answer them), as undoable edits on the catalog's undo stack. What a click asks for (a
// collection, a saved search, a tag or volume as a filter) goes out as a signal; the window that
// holds it decides what to show.
//
// Threading: GUI thread.

#include "catalogreader.h"

#include <QTreeView>

#include <functional>

class CatalogEditor;
class QUndoStack;
class SidebarModel;

class LibrarySidebar final : public QTreeView
{
    Q_OBJECT

public:
    LibrarySidebar(CatalogEditor *editor, QUndoStack *undo, QWidget *parent = nullptr);

    SidebarModel *sidebarModel() const { return m_model; }
    // The clips and photos "Tag the selected items" applies to.
    void setSelection(std::function<QList<qint64>()> selected) { m_selected = std::move(selected); }
    // The search "Save the Current Search" keeps: its text and its sort's name.
    void setCurrentSearch(std::function<std::pair<QString, QString>()> search)
    {
        m_search = std::move(search);
    }

    // A viewer's window: the menus offer nothing that writes (the server would refuse it).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // New contents, keeping what is open and chosen.
    void setData(const SidebarData &sidebar);
    // Marks the item with this key (a collection shown by other means) as the current one.
    void showCurrent(const QString &key);

public Q_SLOTS:
    void newTag(const QString &parentPath);
    void renameTag(const QModelIndex &index);
    void mergeTag(const QModelIndex &index);
    void deleteTag(const QModelIndex &index);
    void moveTagToTop(const QModelIndex &index);
    void saveSearch();
    void renameSavedSearch(const QModelIndex &index);
    void deleteSavedSearch(const QModelIndex &index);
    // Where a volume is on this computer, when that is not where the catalog says.
    void locateVolume(const QModelIndex &index);

Q_SIGNALS:
    void collectionChosen(const QString &name);
    void savedSearchChosen(const QString &query, const QString &sort);
    // A tag or a volume as a filter: the whole search, or (Ctrl-click) added to it.
    void filterChosen(const QString &query, bool addToSearch);
    void messageShown(const QString &text);

private:
    void onActivated(const QModelIndex &index);
    void showMenu(const QPoint &pos);
    QString localPathOf(const QModelIndex &index) const;

    CatalogEditor *m_editor;
    QUndoStack *m_undo;
    SidebarModel *m_model;
    std::function<QList<qint64>()> m_selected;
    std::function<std::pair<QString, QString>()> m_search;
    bool m_readOnly = false;
};
