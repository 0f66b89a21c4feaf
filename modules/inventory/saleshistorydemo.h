#pragma once

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// The demo store's sales before Qtill: a deterministic history of the 28 business days before the
/// store clock's today, imported through SalesHistory::importEntries like any migration, so the
/// Reorder screen has best sellers, slow movers and reorder suggestions with real daily sales.
///
/// Per product a daily rate from its category (drinks and dairy sell fast, stationery slowly) scaled by
/// a hash of its item code; about one product in eight sold nothing (slow movers); Saturdays and
/// Sundays sell a third more; goods sold by weight in kg to the gram, others in whole pieces; the value
/// at today's retail price. Stock is not touched. The same SKUs and dates give the same history.
class SalesHistoryDemo
{
public:
    static constexpr int kDays = 28;

    /// Imports the history for every listed product (needs inventory.import); the rows written.
    static Result<int> populate(Services &services, const Session &actor);
};

} // namespace qtill::inventory
