#pragma once

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

/// The demo store's running promotions (after inventory::DemoStore::populate and DemoSales): cola
/// 3 for ¥10, 满100减10, snacks 20 % off at the after-work hour on weekdays, and 5 % off drinks for the
/// gold tier. Added through members::PromotionService as `actor` (who needs promotions.manage); one
/// that exists already is left as it is, so populating twice changes nothing.
class DemoPromotions
{
public:
    /// The number of promotions added (0 when they were all there).
    static Result<int> populate(Services &services, const Session &actor);
};

} // namespace qtill::checkout
