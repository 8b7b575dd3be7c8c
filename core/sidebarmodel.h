#pragma once

// The sidebar: the four collections, the volumes (online or not), the tag tree with counts and
// the saved searches, as one tree. Choosing an item puts its query in the search box ("tag:天气/晴",
// "folder:/media/drive", a saved search's query), so the sidebar is a way into the one search
// language, not a second filter system.
//
// Assets dropped on a tag are tagged with it; a tag dropped on a tag moves under it (and on the
// "Tags" heading, to the top).
//
// Threading: GUI thread.

#include "catalogreader.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class SidebarModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Section, Collection, Volume, Tag, SavedSearch };
    Q_ENUM(Kind)
    enum class Section { Library, Volumes, Tags, SavedSearches };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as int
        IdRole, // tag, volume or saved search id
        QueryRole, // what choosing the item puts in the search box
        CountRole, // int, or invalid
        PathRole, // a tag's path, a volume's mount path (as the catalog spells it)
        OnlineRole, // a volume's state
        KeyRole, // stable across reloads ("tag:天气/晴"), for expansion and selection
        SortRole, // a saved search's sort
    };

    explicit SidebarModel(QObject *parent = nullptr);
    ~SidebarModel() override;

    void setData(const SidebarData &data);
    const SidebarData &sidebarData() const { return m_data; }
    QModelIndex sectionIndex(Section section) const;
    QModelIndex indexForKey(const QString &key) const;
    // Every tag path, for completion.
    QStringList tagPaths() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    static constexpr char kTagMime[] = "application/x-reelatlas-tag-id";

Q_SIGNALS:
    // Assets dropped on a tag.
    void assetsDropped(const QString &tagPath, const QList<qint64> &assetIds);
    // A tag dropped on another tag (or on the Tags heading: parent is nullopt).
    void tagDropped(qint64 tagId, std::optional<qint64> newParentId);

private:
    struct Node
    {
        Kind kind = Kind::Section;
        qint64 id = 0;
        QString label;
        QString query;
        QString key;
        QString toolTip;
        QString sort;
        int count = -1;
        int sortOrder = 0;
        bool enabled = true;
        bool online = true;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    Node *nodeOf(const QModelIndex &index) const;
    Node *add(Node *parent, std::unique_ptr<Node> node);
    QModelIndex indexOf(const Node *node) const;
    const Node *tagNodeOf(const QModelIndex &index) const;

    SidebarData m_data;
    std::unique_ptr<Node> m_root;
};
