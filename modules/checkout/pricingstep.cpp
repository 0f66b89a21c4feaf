#include "pricingstep.h"

#include "cart.h"

#include "members/membersservices.h"
#include "members/promotionservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace qtill::checkout {

using inventory::CategoryId;

PricingStep::PricingStep(Services &core, inventory::InventoryServices &inventory, members::MembersServices &members)
    : m_core(core), m_inventory(inventory), m_members(members)
{
}

Result<QList<CategoryId>> PricingStep::lineage(CategoryId category)
{
    if (category.isValid() && !m_parents.contains(category.value())) {
        auto all = m_inventory.catalog().categories();
        if (!all)
            return all.error();
        m_parents.clear();
        for (const inventory::Category &c : std::as_const(*all))
            m_parents.insert(c.id.value(), c.parentId.value());
    }
    QList<CategoryId> out;
    for (qint64 id = category.value(); id != 0 && out.size() < 32; id = m_parents.value(id))
        out.append(CategoryId(id));
    return out;
}

QList<members::Promotion> PricingStep::memberPrices(const Cart &cart)
{
    QList<members::Promotion> out;
    QSet<qint64> seen;
    for (const CartLine &line : cart.lines()) {
        if (!line.memberPrice || *line.memberPrice >= line.unitPrice || line.fixedAmount || seen.contains(line.product.value()))
            continue;
        seen.insert(line.product.value());
        members::Promotion p;
        p.id = QStringLiteral("member-price-%1").arg(line.sku);
        p.name = QCoreApplication::translate("qtill::checkout::PricingStep", "Member price");
        p.kind = members::Promotion::Kind::MemberPrice;
        p.scope = members::PricingScope::ofProducts({line.product});
        p.amount = *line.memberPrice;
        out.append(p);
    }
    return out;
}

Result<members::PricingInput> PricingStep::input(const Cart &cart, const QString &memberTier,
                                                 const QList<members::Coupon> &coupons, const QDateTime &at)
{
    const StoreProfile profile = m_core.storeProfile().profile();
    const QDateTime local = at.toTimeZone(QTimeZone(profile.timeZone.toUtf8()));
    auto promotions = m_members.promotions().running(local.date());
    if (!promotions)
        return promotions.error();
    members::PricingInput in;
    in.currency = cart.currency();
    in.memberTier = memberTier;
    in.instant = at.toUTC();
    in.localDate = local.date();
    in.localTime = local.time();
    in.promotions = *promotions;
    in.coupons = coupons;
    if (!memberTier.isEmpty())
        in.promotions.append(memberPrices(cart));
    for (const CartLine &line : cart.lines()) {
        CategoryId category = line.category;
        if (!category.isValid()) { // a cart persisted before lines kept their category
            auto product = m_inventory.catalog().product(line.product);
            if (!product)
                return product.error();
            category = product->categoryId;
        }
        auto categories = lineage(category);
        if (!categories)
            return categories.error();
        members::PricingLine p;
        p.key = line.lineId;
        p.product = line.product;
        p.name = line.name;
        p.categories = *categories;
        p.unitPrice = line.fixedAmount ? *line.fixedAmount : line.unitPrice;
        p.quantity = line.fixedAmount ? Quantity::units(1) : line.quantity;
        p.weighed = line.soldByWeight || line.fixedAmount.has_value();
        p.takesPromotions = !line.isPriceOverridden() && line.discount.isZero();
        in.lines.append(p);
    }
    return in;
}

Result<members::PricingResult> PricingStep::price(const Cart &cart, const QString &memberTier,
                                                  const QList<members::Coupon> &coupons, const QDateTime &at)
{
    auto in = input(cart, memberTier, coupons, at);
    if (!in)
        return in.error();
    return members::PricingEngine::price(*in);
}

} // namespace qtill::checkout

namespace qtill::checkout {

CartPricing PricingStep::toCartPricing(const members::PricingResult &result)
{
    CartPricing out;
    for (const members::LinePricing &line : result.lines) {
        if (line.discount.isPositive())
            out.lineDiscounts.insert(line.key, line.discount);
    }
    for (const members::DiscountLine &d : result.discounts) {
        out.discounts.append(CartDiscount{d.ruleId, d.name, d.amount, d.explanation.text,
                                          d.source == members::DiscountLine::Source::Coupon});
    }
    for (const members::NearMiss &miss : result.nearMisses)
        out.nearMisses.append(miss.text);
    out.pointsMultiplier = result.pointsMultiplier;
    return out;
}

Result<members::PricingResult> PricingStep::apply(Cart &cart, const QString &memberTier,
                                                  const QList<members::Coupon> &coupons, const QDateTime &at)
{
    auto result = price(cart, memberTier, coupons, at);
    if (!result)
        return result.error();
    if (Status set = cart.setPricing(toCartPricing(*result)); !set)
        return set.error();
    return result;
}

} // namespace qtill::checkout
