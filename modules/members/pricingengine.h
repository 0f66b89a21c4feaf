#pragma once

#include "members/pricinginput.h"
#include "members/pricingresult.h"

#include "core/result.h"

namespace qtill::members {

/// Prices a cart against promotions and coupons: pure and deterministic (no database, no clock, no
/// globals), so the same input gives the same result byte for byte, whatever the lines' order.
///
/// The rules, the search and its bound, and the refund rule are in docs/pricing.md. In short: each unit
/// takes at most one exclusive item promotion, chosen per connected component of competing promotions
/// by trying every order in which they claim units (up to kExactPromotions and kMaxOrders, greedy
/// by value beyond);
/// stackable item promotions then apply on the reduced price, thresholds on what the units come to
/// after item discounts, coupons last. Money is exact: a group discount is shared over its units by
/// largest remainder and rounded once per line, half-up.
class PricingEngine
{
public:
    /// Components with at most this many competing exclusive promotions are searched exhaustively.
    static constexpr int kExactPromotions = 6;
    /// … while the call has tried at most this many claiming orders in all (components in priority order);
    /// the components past the budget take the greedy bound, so 200 rules stay within the time budget.
    static constexpr int kMaxOrders = 2000;

    /// The best result for the customer. Errors: malformed input (duplicate line keys, a negative price,
    /// a zero quantity, a promotion with impossible figures, mixed currencies) or a sum that overflows.
    static Result<PricingResult> price(const PricingInput &input);

    /// What goes back when `returned` units (cumulative: everything returned from this sale so far) come
    /// back: the refund is what the sale was paid minus what the kept units cost when priced again with
    /// the same rules and the coupons that were applied, never more than the returned units' prorated
    /// net and never less than zero. The till subtracts what earlier partial refunds already paid.
    /// `priced` must be price(original).
    static Result<RefundQuote> refund(const PricingInput &original, const PricingResult &priced,
                                      const QList<UnitSpan> &returned);
};

} // namespace qtill::members
