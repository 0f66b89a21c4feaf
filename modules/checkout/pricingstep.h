#pragma once

#include "members/pricingengine.h"

#include "inventory/inventoryids.h"

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace qtill {
class Services;
}

namespace qtill::inventory {
class InventoryServices;
}

namespace qtill::members {
class MembersServices;
}

namespace qtill::checkout {

class Cart;
struct CartPricing;

/// The till's pricing step (issue 11 item 8): turns a cart into the pricing engine's input — each line
/// with its product's categories (ancestors included), the store's running promotions, the member's tier,
/// the coupons presented, the instant and the store's local date and time — and prices it. The cart's
/// lines keep their ids as the engine's line keys, so a result maps straight back onto the ticket.
/// A price-overridden or manually discounted line takes no promotion (the cashier's figure stands).
/// With a member attached (a tier), the catalog's member prices take part as promotions too.
/// Built only by CheckoutServices. Threading: that of the Services.
class PricingStep
{
public:
    /// The engine's input for `cart` at `at` (the store's time zone gives the local date and time).
    Result<members::PricingInput> input(const Cart &cart, const QString &memberTier,
                                        const QList<members::Coupon> &coupons, const QDateTime &at);
    /// input() priced by members::PricingEngine::price().
    Result<members::PricingResult> price(const Cart &cart, const QString &memberTier,
                                         const QList<members::Coupon> &coupons, const QDateTime &at);
    /// price(), set on the cart (Cart::setPricing): what the till calls after every change to the ticket.
    /// The result is returned too (the coupons' outcomes, the near-misses).
    Result<members::PricingResult> apply(Cart &cart, const QString &memberTier,
                                         const QList<members::Coupon> &coupons, const QDateTime &at);

    /// The catalog's member prices as promotions ("member-price-SKU", exclusive, for any tier): the engine
    /// weighs them against the store's own promotions and keeps what is best for the member.
    static QList<members::Promotion> memberPrices(const Cart &cart);

    /// The engine's result as the cart keeps it.
    static CartPricing toCartPricing(const members::PricingResult &result);

private:
    friend class CheckoutServices;
    PricingStep(Services &core, inventory::InventoryServices &inventory, members::MembersServices &members);

    /// The category and its ancestors, nearest first; the category tree is read once and again when a
    /// category it does not know turns up.
    Result<QList<inventory::CategoryId>> lineage(inventory::CategoryId category);

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    members::MembersServices &m_members;
    QHash<qint64, qint64> m_parents; ///< category id → parent id (0 at the top)
};

} // namespace qtill::checkout
