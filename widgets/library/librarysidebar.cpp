#include "librarysidebar.h"

#include "countdelegate.h"
#include "dialogs.h"
#include "editcommands.h"
#include "sidebarmodel.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QUndoStack>

using namespace Qt::StringLiterals;

LibrarySidebar::LibrarySidebar(CatalogEditor *editor, QUndoStack *undo, QWidget *parent)
    : QTreeView(parent)
    , m_editor(editor)
    , m_undo(undo)
    , m_model(new SidebarModel(this))
{
    setObjectName(u"sidebar"_s);
    setModel(m_model);
    setItemDelegate(new CountDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QTreeView::clicked, this, &LibrarySidebar::onActivated);
    connect(this, &QTreeView::activated, this, &LibrarySidebar::onActivated);
    connect(this, &QWidget::customContextMenuRequested, this, &LibrarySidebar::showMenu);
    connect(m_model, &SidebarModel::assetsDropped, this,
            [this](const QString &path, const QList<qint64> &ids) {
                m_undo->push(EditCommands::tagAssets(m_editor, ids, path, true));
            });
    connect(m_model, &SidebarModel::tagDropped, this, [this](qint64 id, std::optional<qint64> newParent) {
        for (const SidebarData::Tag &tag : m_model->sidebarData().tags) {
            if (tag.id == id && tag.parentId != newParent)
                m_undo->push(EditCommands::moveTag(m_editor, id, newParent, tag.path));
        }
    });
}

void LibrarySidebar::setData(const SidebarData &sidebar)
{
    QStringList expanded;
    for (const QModelIndex &index : m_model->match(m_model->index(0, 0), SidebarModel::KeyRole, u"*"_s, -1,
                                                   Qt::MatchWildcard | Qt::MatchRecursive)) {
        if (isExpanded(index))
            expanded.append(index.data(SidebarModel::KeyRole).toString());
    }
    const QString current = currentIndex().data(SidebarModel::KeyRole).toString();
    const bool first = m_model->sidebarData().assets == 0 && expanded.isEmpty();
    m_model->setData(sidebar);
    for (int row = 0; row < m_model->rowCount(); ++row)
        setExpanded(m_model->index(row, 0), true); // the sections
    if (!first) {
        for (const QString &key : std::as_const(expanded))
            setExpanded(m_model->indexForKey(key), true);
    }
    if (!current.isEmpty())
        setCurrentIndex(m_model->indexForKey(current));
}

void LibrarySidebar::showCurrent(const QString &key)
{
    const QModelIndex item = m_model->indexForKey(key);
    if (item.isValid() && currentIndex() != item)
        setCurrentIndex(item);
}

void LibrarySidebar::onActivated(const QModelIndex &index)
{
    switch (SidebarModel::Kind(index.data(SidebarModel::KindRole).toInt())) {
    case SidebarModel::Kind::Section:
        return;
    case SidebarModel::Kind::Collection:
        Q_EMIT collectionChosen(index.data(SidebarModel::KeyRole).toString().mid(11)); // after "collection:"
        return;
    case SidebarModel::Kind::SavedSearch:
        Q_EMIT savedSearchChosen(index.data(SidebarModel::QueryRole).toString(),
                                 index.data(SidebarModel::SortRole).toString());
        return;
    case SidebarModel::Kind::Tag:
    case SidebarModel::Kind::Volume:
        Q_EMIT filterChosen(index.data(SidebarModel::QueryRole).toString(),
                            QApplication::keyboardModifiers() & Qt::ControlModifier);
        return;
    }
}

void LibrarySidebar::showMenu(const QPoint &pos)
{
    if (m_readOnly)
        return; // every item of these menus writes
    const QModelIndex index = indexAt(pos);
    const auto kind = SidebarModel::Kind(index.data(SidebarModel::KindRole).toInt());
    const QString key = index.data(SidebarModel::KeyRole).toString();
    QMenu menu(this);
    if (kind == SidebarModel::Kind::Tag) {
        const QString path = index.data(SidebarModel::PathRole).toString();
        const QList<qint64> selected = m_selected ? m_selected() : QList<qint64>();
        if (!selected.isEmpty()) {
            menu.addAction(tr("Tag %n Selected Item(s) with %1", nullptr, int(selected.size())).arg(path),
                           this, [this, selected, path] {
                               m_undo->push(EditCommands::tagAssets(m_editor, selected, path, true));
                           });
            menu.addAction(tr("Remove %1 from %n Selected Item(s)", nullptr, int(selected.size())).arg(path),
                           this, [this, selected, path] {
                               m_undo->push(EditCommands::tagAssets(m_editor, selected, path, false));
                           });
            menu.addSeparator();
        }
        menu.addAction(tr("New Tag Inside…"), this, [this, path] { newTag(path); });
        menu.addAction(tr("Rename…"), this, [this, index] { renameTag(index); });
        menu.addAction(tr("Merge into…"), this, [this, index] { mergeTag(index); });
        if (index.parent().data(SidebarModel::KindRole).toInt() == int(SidebarModel::Kind::Tag))
            menu.addAction(tr("Move to the Top"), this, [this, index] { moveTagToTop(index); });
        menu.addSeparator();
        menu.addAction(tr("Delete Tag…"), this, [this, index] { deleteTag(index); });
    } else if (key == "section:tags"_L1) {
        menu.addAction(tr("New Tag…"), this, [this] { newTag(QString()); });
    } else if (kind == SidebarModel::Kind::SavedSearch) {
        menu.addAction(tr("Rename…"), this, [this, index] { renameSavedSearch(index); });
        menu.addAction(tr("Delete Saved Search"), this, [this, index] { deleteSavedSearch(index); });
    } else if (key == "section:saved"_L1) {
        menu.addAction(tr("Save the Current Search…"), this, &LibrarySidebar::saveSearch);
    } else if (kind == SidebarModel::Kind::Volume) {
        menu.addAction(tr("Show Where It Is on This Computer…"), this,
                       [this, index] { locateVolume(index); });
        if (!localPathOf(index).isEmpty())
            menu.addAction(tr("Look Where the Catalog Says"), this, [this, index] {
                m_undo->push(EditCommands::mapFolder(m_editor, index.data(SidebarModel::PathRole).toString(),
                                                     QString(), localPathOf(index)));
            });
    } else {
        return;
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

void LibrarySidebar::newTag(const QString &parentPath)
{
    const auto name =
        Dialogs::text(this, tr("New Tag"),
                      parentPath.isEmpty() ? tr("Name of the new tag (use / for levels, e.g. 场景/老街):")
                                           : tr("Name of the new tag inside %1:").arg(parentPath));
    if (!name || name->trimmed().isEmpty())
        return;
    m_undo->push(EditCommands::createTag(m_editor, parentPath.isEmpty() ? *name : parentPath + u'/' + *name));
}

void LibrarySidebar::renameTag(const QModelIndex &index)
{
    const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
    const QString path = index.data(SidebarModel::PathRole).toString();
    const QString oldName = path.section(u'/', -1);
    const auto name = Dialogs::text(this, tr("Rename Tag"), tr("New name for %1:").arg(path), oldName);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == oldName)
        return;
    m_undo->push(EditCommands::renameTag(m_editor, id, oldName, name->trimmed()));
}

void LibrarySidebar::mergeTag(const QModelIndex &index)
{
    const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
    const QString path = index.data(SidebarModel::PathRole).toString();
    QStringList targets;
    QHash<QString, qint64> ids;
    for (const SidebarData::Tag &tag : m_model->sidebarData().tags) {
        if (tag.path != path && !tag.path.startsWith(path + u'/') && !path.startsWith(tag.path + u'/')) {
            targets.append(tag.path);
            ids.insert(tag.path, tag.id);
        }
    }
    const auto target = Dialogs::item(
        this, tr("Merge Tag"),
        tr("Merge %1 into which tag? Its clips, photos and tags inside it move there, and %1 goes away.")
            .arg(path),
        targets, true);
    if (!target || !ids.contains(*target))
        return;
    m_undo->push(EditCommands::mergeTag(m_editor, id, ids.value(*target), path, *target));
}

void LibrarySidebar::deleteTag(const QModelIndex &index)
{
    const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
    const QString path = index.data(SidebarModel::PathRole).toString();
    const int count = index.data(SidebarModel::CountRole).toInt();
    const auto answer = Dialogs::question(
        this, tr("Delete Tag"),
        tr("Delete the tag %1 and the tags inside it? %n clip(s) and photo(s) lose it; they stay in the "
           "library. You can undo this.",
           nullptr, count)
            .arg(path));
    if (answer == QMessageBox::Yes)
        m_undo->push(EditCommands::removeTag(m_editor, id, path));
}

void LibrarySidebar::moveTagToTop(const QModelIndex &index)
{
    m_undo->push(EditCommands::moveTag(m_editor, index.data(SidebarModel::IdRole).toLongLong(), std::nullopt,
                                       index.data(SidebarModel::PathRole).toString()));
}

void LibrarySidebar::saveSearch()
{
    const auto [text, sort] = m_search ? m_search() : std::pair<QString, QString>();
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        Q_EMIT messageShown(tr("Type a search first; saving it keeps it in the sidebar."));
        return;
    }
    const auto name = Dialogs::text(this, tr("Save Search"),
                                    tr("Name of the smart collection for “%1”:").arg(query), query.left(40));
    if (!name || name->trimmed().isEmpty())
        return;
    m_undo->push(EditCommands::addSavedSearch(m_editor, name->trimmed(), query, sort));
}

void LibrarySidebar::renameSavedSearch(const QModelIndex &index)
{
    const QString oldName = index.data().toString();
    const auto name = Dialogs::text(this, tr("Rename Saved Search"), tr("New name:"), oldName);
    if (name && !name->trimmed().isEmpty() && name->trimmed() != oldName)
        m_undo->push(EditCommands::renameSavedSearch(m_editor, index.data(SidebarModel::IdRole).toLongLong(),
                                                     oldName, name->trimmed()));
}

void LibrarySidebar::deleteSavedSearch(const QModelIndex &index)
{
    m_undo->push(EditCommands::removeSavedSearch(m_editor, index.data(SidebarModel::IdRole).toLongLong(),
                                                 index.data().toString()));
}

QString LibrarySidebar::localPathOf(const QModelIndex &index) const
{
    // Where this computer finds the volume, when that is not where the catalog says.
    const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
    for (const SidebarData::Volume &volume : m_model->sidebarData().volumes) {
        if (volume.id == id)
            return volume.localPath == volume.mountPath ? QString() : volume.localPath;
    }
    return {};
}

void LibrarySidebar::locateVolume(const QModelIndex &index)
{
    // A share or drive another computer catalogued, mounted elsewhere here (/Volumes/NAS for
    // /mnt/nas): its files are opened there from now on (database/pathmap.h).
    const QString mountPath = index.data(SidebarModel::PathRole).toString();
    const QString before = localPathOf(index);
    const QString folder = Dialogs::existingFolder(this, tr("Where is %1 on this computer?").arg(mountPath),
                                                   before.isEmpty() ? QDir::homePath() : before);
    if (folder.isEmpty() || folder == (before.isEmpty() ? mountPath : before))
        return;
    m_undo->push(
        EditCommands::mapFolder(m_editor, mountPath, folder == mountPath ? QString() : folder, before));
}
