#pragma once

// Item data roles that the catalog's models give and the views' delegates read.

#include <Qt>

namespace ItemRoles {
// The number shown at the right of a sidebar or facet row (int), or invalid for none.
inline constexpr int Count = Qt::UserRole + 64;
} // namespace ItemRoles
