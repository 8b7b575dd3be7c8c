#include "sidebarmodel.h"

#include "assetlistmodel.h"
#include "itemroles.h"
#include "searchtext.h"

#include <QCollator>
#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <functional>

using namespace Qt::StringLiterals;

SidebarModel::SidebarModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    setData(SidebarData {});
}

SidebarModel::~SidebarModel() = default;

SidebarModel::Node *SidebarModel::add(Node *parent, std::unique_ptr<Node> node)
{
    node->parent = parent;
    node->row = int(parent->children.size());
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

void SidebarModel::setData(const SidebarData &data)
{
    beginResetModel();
    m_data = data;
    m_root = std::make_unique<Node>();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const auto section = [&](const QString &label, const QString &key) {
        auto node = std::make_unique<Node>();
        node->label = label;
        node->key = key;
        return add(m_root.get(), std::move(node));
    };

    Node *library = section(tr("Library"), u"section:library"_s);
    const auto collection = [&](const QString &label, const QString &key, int count, bool enabled,
                                const QString &toolTip) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Collection;
        node->label = label;
        node->key = key;
        node->count = count;
        node->enabled = enabled;
        node->toolTip = toolTip;
        add(library, std::move(node));
    };
    collection(tr("Empty-lens library"), u"collection:assets"_s, data.assets, true,
               tr("Clips and photos (空镜头库): every catalogued asset"));
    collection(tr("Locations"), u"collection:locations"_s, int(data.locations.size()), true,
               tr("Places productions can film (外景地库): search by words, region or distance, on a list or "
                  "a map"));
    collection(tr("Facilities & services"), u"collection:facilities"_s, data.facilities, true,
               tr("Studios, equipment rental, lodging and service companies (拍摄资源库)"));
    collection(tr("Experts"), u"collection:experts"_s, data.experts, true,
               tr("Crew and advisers (专家库): DPs, location managers, historians, drone pilots"));
    collection(tr("Productions"), u"collection:productions"_s, data.productions, true,
               tr("Productions' requests, their candidate locations and scout packages"));

    if (!data.volumes.isEmpty()) {
        Node *volumes = section(tr("Volumes"), u"section:volumes"_s);
        for (const SidebarData::Volume &volume : data.volumes) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Volume;
            node->id = volume.id;
            node->label = volume.label.isEmpty() ? volume.mountPath : volume.label;
            node->query = u"folder:"_s + SearchText::quoted(volume.mountPath);
            node->key = u"volume:"_s + volume.mountPath;
            node->count = volume.assets;
            node->online = volume.online;
            const QString where = volume.localPath == volume.mountPath
                ? volume.mountPath
                : tr("%1, on this computer at %2").arg(volume.mountPath, volume.localPath);
            node->toolTip = (volume.online ? tr("%1 — online")
                                           : tr("%1 — offline: its clips keep their posters "
                                                "and facts; connect the drive, or show where it is "
                                                "on this computer, to open them"))
                                .arg(where);
            add(volumes, std::move(node));
        }
    }

    Node *tags = section(tr("Tags"), u"section:tags"_s);
    QHash<qint64, Node *> tagNodes;
    for (const SidebarData::Tag &tag : data.tags) { // parents come first
        Node *parent = tag.parentId ? tagNodes.value(*tag.parentId, tags) : tags;
        auto node = std::make_unique<Node>();
        node->kind = Kind::Tag;
        node->id = tag.id;
        node->label = chinese || tag.nameEn.isEmpty() ? tag.name : tag.nameEn;
        node->query = u"tag:"_s + SearchText::quoted(tag.path);
        node->key = u"tag:"_s + tag.path;
        node->count = tag.total;
        node->toolTip = tag.nameEn.isEmpty() || tag.nameEn == tag.name
            ? tag.path
            : u"%1 (%2)"_s.arg(tag.path, tag.nameEn);
        node->sortOrder = tag.sortOrder;
        tagNodes.insert(tag.id, add(parent, std::move(node)));
    }
    // The controlled vocabulary in its own order (景别, 时段, ...), then the other tags by name.
    QCollator collator;
    collator.setNumericMode(true);
    std::function<void(Node *)> order = [&](Node *node) {
        std::stable_sort(node->children.begin(), node->children.end(), [&](const auto &a, const auto &b) {
            if ((a->sortOrder > 0) != (b->sortOrder > 0))
                return a->sortOrder > 0;
            if (a->sortOrder != b->sortOrder)
                return a->sortOrder < b->sortOrder;
            return collator.compare(a->label, b->label) < 0;
        });
        for (int row = 0; row < int(node->children.size()); ++row) {
            node->children[size_t(row)]->row = row;
            order(node->children[size_t(row)].get());
        }
    };
    order(tags);

    Node *saved = section(tr("Saved searches"), u"section:saved"_s);
    for (const SidebarData::SavedSearch &search : data.savedSearches) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::SavedSearch;
        node->id = search.id;
        node->label = search.name;
        node->query = search.query;
        node->sort = search.sort;
        node->key = u"saved:%1"_s.arg(search.id);
        node->count = search.count;
        node->toolTip = search.query;
        add(saved, std::move(node));
    }
    endResetModel();
}

QStringList SidebarModel::tagPaths() const
{
    QStringList paths;
    paths.reserve(m_data.tags.size());
    for (const SidebarData::Tag &tag : m_data.tags)
        paths.append(tag.path);
    return paths;
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SidebarModel::indexOf(const Node *node) const
{
    return !node || node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex SidebarModel::sectionIndex(Section section) const
{
    const QString key = section == Section::Library ? u"section:library"_s
        : section == Section::Volumes               ? u"section:volumes"_s
        : section == Section::Tags                  ? u"section:tags"_s
                                                    : u"section:saved"_s;
    return indexForKey(key);
}

QModelIndex SidebarModel::indexForKey(const QString &key) const
{
    std::vector<const Node *> pending { m_root.get() };
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (node->key == key)
            return indexOf(node);
        for (const auto &child : node->children)
            pending.push_back(child.get());
    }
    return {};
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == Kind::Volume)
            return (node->online ? u"● "_s : u"○ "_s) + node->label;
        return node->label;
    case Qt::EditRole:
        return node->label;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case QueryRole:
        return node->query;
    case CountRole:
    case ItemRoles::Count:
        return node->count >= 0 ? QVariant(node->count) : QVariant();
    case PathRole:
        return node->kind == Kind::Tag   ? QVariant(node->key.mid(4))
            : node->kind == Kind::Volume ? QVariant(node->key.mid(7))
                                         : QVariant();
    case OnlineRole:
        return node->online;
    case KeyRole:
        return node->key;
    case SortRole:
        return node->sort;
    case Qt::ForegroundRole:
        if (!node->online || !node->enabled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    switch (node->kind) {
    case Kind::Section:
        return node->key == "section:tags"_L1 ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsEnabled;
    case Kind::Collection:
        return node->enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
    case Kind::Tag:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    case Kind::Volume:
    case Kind::SavedSearch:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
    return Qt::NoItemFlags;
}

QStringList SidebarModel::mimeTypes() const
{
    return { QString::fromLatin1(kTagMime), QString::fromLatin1(AssetListModel::kAssetIdsMime) };
}

QMimeData *SidebarModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeOf(index);
        if (index.isValid() && node->kind == Kind::Tag) {
            auto *mime = new QMimeData;
            mime->setData(QString::fromLatin1(kTagMime), QByteArray::number(node->id));
            mime->setText(node->query);
            return mime;
        }
    }
    return nullptr;
}

const SidebarModel::Node *SidebarModel::tagNodeOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == Kind::Tag ? node : nullptr;
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    if (!data || !parent.isValid())
        return false;
    const Node *target = tagNodeOf(parent);
    if (data->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime)))
        return target != nullptr;
    if (!data->hasFormat(QString::fromLatin1(kTagMime)))
        return false;
    const qint64 dragged = data->data(QString::fromLatin1(kTagMime)).toLongLong();
    if (!target)
        return nodeOf(parent)->key == "section:tags"_L1;
    for (const Node *node = target; node && node->kind == Kind::Tag; node = node->parent) {
        if (node->id == dragged)
            return false; // not into itself or below itself
    }
    return true;
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *target = tagNodeOf(parent);
    if (data->hasFormat(QString::fromLatin1(AssetListModel::kAssetIdsMime))) {
        const QList<qint64> ids = AssetListModel::assetIdsFrom(data);
        if (ids.isEmpty())
            return false;
        Q_EMIT assetsDropped(target->key.mid(4), ids);
        return false; // tagging copies nothing into the sidebar: the drag source keeps its items
    }
    const qint64 dragged = data->data(QString::fromLatin1(kTagMime)).toLongLong();
    Q_EMIT tagDropped(dragged, target ? std::optional<qint64>(target->id) : std::nullopt);
    return false; // the tree is read again once the move is saved
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions SidebarModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
