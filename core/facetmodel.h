#pragma once

// The facets panel: for the assets the search finds, how many have each format class,
// orientation, HDR kind, codec, frame rate, duration range, year, kind, status and tag. A value
// is checked when its filter is in the search text; choosing it adds or removes the filter
// (SearchText::toggleFilter), so the panel narrows the search it shows.
//
// Threading: GUI thread.

#include "catalogreader.h"

#include <QAbstractItemModel>

class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FilterRole = Qt::UserRole + 1, // the query terms of a value
        FacetIdRole, // format, orient, hdr, ...
    };

    explicit FacetModel(QObject *parent = nullptr);

    // The facets of the latest search and the text it was for.
    void setFacets(const QList<Facet> &facets, const QString &searchText);
    const QList<Facet> &facets() const { return m_facets; }
    // The search text with the filter of `index` toggled.
    QString toggled(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    QList<Facet> m_facets;
    QString m_text;
};
