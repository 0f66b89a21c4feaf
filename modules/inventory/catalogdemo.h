#pragma once

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// The catalog's part of the demo supermarket (called by DemoStore::populate inside its transaction):
/// three departments (生鲜部, 食品部, 百货部) with every category's products assigned, PLUs marked as
/// such, and the search keys (pinyin initials, full-text words) of every product.
class CatalogDemo
{
public:
    static Status populate(Services &services, const Session &actor);
};

} // namespace qtill::inventory
