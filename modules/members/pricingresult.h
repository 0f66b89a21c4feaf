#pragma once

#include "core/money.h"
#include "core/quantity.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace qtill::members {

/// Some units of one line.
struct UnitSpan
{
    QString lineKey;
    Quantity quantity;
};

/// One line's part of a discount.
struct DiscountShare
{
    QString lineKey;
    Money amount;
};

/// Why a discount is what it is: structured for programs, plus a translated sentence for people.
struct Explanation
{
    QString kind;                   ///< "percentOff", "bundlePrice", "threshold", "coupon.percentOff" …
    QJsonObject parameters;         ///< the rule's figures (minor units, basis points, counts)
    Money base;                     ///< what it was computed on (after earlier discounts)
    QString computation;            ///< "1350 -> 1000 = 350" (minor units, untranslated)
    QString text;                   ///< "3 for ¥10: 3 × 可乐 ¥4.50 = ¥13.50 → ¥10.00, −¥3.50"
};

/// One application of a promotion or a coupon.
struct DiscountLine
{
    enum class Source { Promotion, Coupon };
    Source source = Source::Promotion;
    QString ruleId;                 ///< the promotion's id or the coupon's code
    QString name;
    QList<UnitSpan> units;          ///< the units it used (line key order)
    Money amount;                   ///< > 0; the shares add up to it exactly
    QList<DiscountShare> shares;    ///< per line (line key order)
    Explanation explanation;
};

/// One line's figures after pricing.
struct LinePricing
{
    QString key;
    Money amount;                   ///< price × quantity (half-up, once)
    Money discount;                 ///< Σ its shares; never more than amount
    Money net;                      ///< amount − discount
    QList<DiscountShare> discounts; ///< one per discount line touching it, keyed by rule (ruleId in lineKey's place)
};

/// A coupon that was offered: applied (amount) or not (reason).
struct CouponOutcome
{
    enum class Reason { Applied, NotYetValid, Expired, NoEligibleItems, BelowMinimumSpend, NotCombinable, Duplicate };
    QString code;
    Reason reason = Reason::Applied;
    Money amount;                   ///< the discount it gave (zero for points and when not applied)
    QString text;                   ///< translated, for the cashier
};

/// A promotion that would apply with a little more in the cart.
struct NearMiss
{
    QString promotionId;
    int missingUnits = 0;           ///< add this many more (multi-buy), or
    Money missingAmount;            ///< spend this much more (threshold)
    Money value;                    ///< what it would take off
    QString text;                   ///< "Add 1 more 可乐 for 3 for ¥10"
};

/// The priced cart: what the engine found best for the customer, and why.
struct PricingResult
{
    QList<LinePricing> lines;       ///< in line key order
    QList<DiscountLine> discounts;  ///< promotions then coupons, in the order applied
    Money gross;
    Money totalDiscount;
    Money total;                    ///< gross − totalDiscount
    QList<CouponOutcome> coupons;   ///< every coupon offered, in the order offered
    int pointsMultiplier = 100;     ///< the largest applied points multiplier (×100)
    QList<NearMiss> nearMisses;     ///< at most kMaxNearMisses, most valuable first
    bool exact = true;              ///< false when a component was too big to enumerate (greedy bound)

    static constexpr int kMaxNearMisses = 3;

    /// Everything as JSON (minor units, milli quantities): for `promotions explain` and for comparing.
    QJsonObject toJson() const;
    const LinePricing *line(const QString &key) const;
};

/// What goes back with returned units (PricingEngine::refund).
struct RefundQuote
{
    Money gross;                    ///< the returned units at their price
    Money discountShare;            ///< the discount those units carried (prorated)
    Money benefitLost;              ///< what the kept units lose because a condition broke
    Money refund;                   ///< gross − discountShare − benefitLost, never below zero
};

} // namespace qtill::members
