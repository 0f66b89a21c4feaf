#pragma once

#include "members/pricinginput.h"
#include "members/pricingresult.h"

#include "core/result.h"
#include "core/rounding.h"

#include <QList>

#include <cstdint>

namespace qtill::members::detail {

/// One indivisible unit of a line: a piece, or a whole weighed line. Amounts in minor units.
struct Unit
{
    int line = 0;                   ///< index into PricingInput::lines
    std::int64_t base = 0;          ///< its price
    std::int64_t reduced = 0;       ///< after the discounts applied so far
    int exclusiveItem = -1;         ///< the exclusive item promotion that claimed it
    int exclusiveThreshold = -1;    ///< the exclusive threshold that claimed it
};

/// One application of a rule, before it becomes a DiscountLine.
struct Application
{
    int rule = -1;                  ///< index into promotions or coupons
    bool coupon = false;
    QList<int> units;               ///< taken units (state order)
    QList<std::int64_t> perUnit;    ///< the discount each took
    std::int64_t base = 0;          ///< Σ reduced of the units before
    std::int64_t total = 0;         ///< Σ perUnit
    int times = 0;                  ///< units, groups or threshold steps

    static Application of(int rule, bool coupon = false)
    {
        Application a;
        a.rule = rule;
        a.coupon = coupon;
        return a;
    }
};

/// The working state: units in canonical order (unit price desc, product, key), never scan order.
class PricingState
{
public:
    static Result<PricingState> build(const PricingInput &input);

    const PricingInput &input() const { return *m_input; }
    QList<Unit> units;
    QList<int> lineOrder;           ///< line indices in canonical order
    QList<std::pair<int, int>> lineUnits; ///< [line]: its first unit and how many
    QList<int> keyRank;             ///< [line]: its place in line key order (the output's order)
    QList<int> lineByKey;           ///< line indices in key order
    QList<int> activePromotions;    ///< indices: priority desc, member price, percent, multi-buy, amount, threshold, then id
    QList<QList<bool>> covers;      ///< [promotion][line]: in scope and taking promotions
    QList<QList<int>> unitsOf;      ///< [promotion]: the units it covers, canonical order
    QList<std::int64_t> chainEstimate; ///< per line: what the stackable per-unit promotions would take off one unit
    QList<Application> applied;
    QList<std::int64_t> afterItems; ///< per unit: reduced after the item promotions (thresholds' base)
    bool exact = true;
    int ordersLeft = 0;             ///< claiming orders the exact search may still try (PricingEngine::kMaxOrders)

    /// Units of promotion `p`'s scope, in canonical order, passing `filter`.
    template<typename F>
    QList<int> candidates(int p, F filter) const
    {
        QList<int> out;
        out.reserve(unitsOf[p].size());
        for (int u : unitsOf[p]) {
            if (filter(units[u]))
                out.append(u);
        }
        return out;
    }
    /// Applies `a`: reduces its units and records it.
    void commit(const Application &a);

private:
    Status expandUnits();           ///< units in canonical line order; the gross checked
    Status collectPromotions();     ///< checked, the active ones sorted
    void indexPromotions();         ///< covers, unitsOf, chainEstimate
    void rankKeys();

    const PricingInput *m_input = nullptr;
};

/// What a per-unit promotion (percent, amount, member price) takes off one unit of `line` now worth `reduced`.
std::int64_t unitDiscount(const Promotion &promotion, const PricingLine &line, std::int64_t reduced);
/// value × basisPoints / 10000, half-up (value ≥ 0).
std::int64_t percentOf(std::int64_t value, int basisPoints);

/// What promotion `p` takes from `candidates` (canonical order; the already reduced prices), taking a unit
/// or group only when it beats what the stackable chain would give (estimate; pass false to ignore it).
Application evaluatePromotion(const PricingState &state, int p, const QList<int> &candidates, bool againstChain);
/// Chooses and commits the exclusive item promotions, then the stackable ones, then thresholds.
void searchPromotions(PricingState &state);
/// Chooses and commits the coupons; returns each offered coupon's outcome (texts filled later).
QList<CouponOutcome> applyCoupons(PricingState &state, int *pointsMultiplier);
/// Near-misses, most valuable first.
QList<NearMiss> findNearMisses(const PricingState &state);
/// The explanation of an application.
Explanation explain(const PricingState &state, const Application &a);
/// The coupon outcome's cashier text.
QString couponText(const CouponOutcome &outcome, const Currency &currency);

} // namespace qtill::members::detail
