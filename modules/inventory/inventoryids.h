#pragma once

#include "core/ids.h"

namespace qtill::inventory {

struct ProductTag;
struct CategoryTag;
struct LocationTag;

using ProductId = Id<ProductTag>;
using CategoryId = Id<CategoryTag>;
using LocationId = Id<LocationTag>;

} // namespace qtill::inventory
