#include "facetmodel.h"

#include "itemroles.h"
#include "searchtext.h"

#include <QFont>

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FacetModel::setFacets(const QList<Facet> &facets, const QString &searchText)
{
    // Same facets and values (only counts or checks differ): update in place, so the view keeps
    // its scroll position and what is expanded while the user types.
    bool sameShape = facets.size() == m_facets.size();
    for (qsizetype i = 0; sameShape && i < facets.size(); ++i) {
        sameShape = facets.at(i).id == m_facets.at(i).id
            && facets.at(i).values.size() == m_facets.at(i).values.size();
        for (qsizetype v = 0; sameShape && v < facets.at(i).values.size(); ++v)
            sameShape = facets.at(i).values.at(v).filter == m_facets.at(i).values.at(v).filter;
    }
    if (sameShape) {
        m_facets = facets;
        m_text = searchText;
        for (int i = 0; i < int(m_facets.size()); ++i) {
            const QModelIndex facet = index(i, 0);
            if (rowCount(facet) > 0)
                Q_EMIT dataChanged(index(0, 0, facet), index(rowCount(facet) - 1, 0, facet));
        }
        return;
    }
    beginResetModel();
    m_facets = facets;
    m_text = searchText;
    endResetModel();
}

QString FacetModel::toggled(const QModelIndex &index) const
{
    const QString filter = index.data(FilterRole).toString();
    return filter.isEmpty() ? m_text : SearchText::toggleFilter(m_text, filter);
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : kTopLevel);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_facets.size());
    if (parent.column() > 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_facets.at(parent.row()).values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Facet &facet = m_facets.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return facet.title;
        case FacetIdRole:
            return facet.id;
        default:
            return {};
        }
    }
    const Facet &facet = m_facets.at(qsizetype(index.internalId()));
    const FacetValue &value = facet.values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value.label;
    case Qt::ToolTipRole:
        return value.filter;
    case ItemRoles::Count:
        return value.count;
    case FilterRole:
        return value.filter;
    case FacetIdRole:
        return facet.id;
    case Qt::CheckStateRole:
        return SearchText::hasFilter(m_text, value.filter) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
