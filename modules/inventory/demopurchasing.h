#pragma once

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// The demo store's purchasing: five suppliers (grain and oil, drinks, dairy and frozen, fresh produce,
/// household goods) with supplier items for every demo product by category, a department location
/// (生鲜部), purchase orders in every state — received, partly received, sent, draft, cancelled — and
/// one transfer from the back room to the shop floor.
///
/// Called by DemoStore::populate inside its transaction, after the products and opening stock; acts as
/// `actor` (who needs purchasing.order, purchasing.receive and inventory.transfer — the owner has them).
class DemoPurchasing
{
public:
    static Status populate(Services &services, const Session &actor);
};

} // namespace qtill::inventory
