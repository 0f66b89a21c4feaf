#include "pricingengine.h"

#include "pricingstate.h"

#include <QMap>

namespace qtill::members {
namespace {

using detail::Application;
using detail::PricingState;

/// Per line, in line key order: the sum of `a`'s per-unit discounts and how many units it used.
QMap<int, std::pair<std::int64_t, int>> byLine(const PricingState &state, const Application &a)
{
    QMap<int, std::pair<std::int64_t, int>> out; // key rank → (discount, units)
    for (int i = 0; i < a.units.size(); ++i) {
        auto &slot = out[state.keyRank[state.units[a.units[i]].line]];
        slot.first += a.perUnit[i];
        ++slot.second;
    }
    return out;
}

DiscountLine discountLine(const PricingState &state, const Application &a, const QMap<int, std::pair<std::int64_t, int>> &lines)
{
    const PricingInput &input = state.input();
    DiscountLine d;
    d.source = a.coupon ? DiscountLine::Source::Coupon : DiscountLine::Source::Promotion;
    d.ruleId = a.coupon ? input.coupons[a.rule].code : input.promotions[a.rule].id;
    d.name = a.coupon ? input.coupons[a.rule].name : input.promotions[a.rule].name;
    d.amount = Money::fromMinor(a.total, input.currency);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const PricingLine &line = input.lines[state.lineByKey[it.key()]];
        const bool single = line.weighed || !line.quantity.isWhole();
        d.units.append({line.key, single ? line.quantity : Quantity::units(it.value().second)});
        if (it.value().first > 0)
            d.shares.append({line.key, Money::fromMinor(it.value().first, input.currency)});
    }
    d.explanation = detail::explain(state, a);
    return d;
}

Result<PricingResult> assemble(const PricingState &state, QList<CouponOutcome> coupons, int points)
{
    const PricingInput &input = state.input();
    PricingResult out;
    out.exact = state.exact;
    out.pointsMultiplier = points;
    QList<std::int64_t> amount(input.lines.size(), 0), discount(input.lines.size(), 0);
    for (const detail::Unit &u : state.units) {
        if (u.reduced < 0)
            return Error::internal(QStringLiteral("A discount came to more than the price."), QStringLiteral("negative unit"));
        amount[u.line] += u.base;
        discount[u.line] += u.base - u.reduced;
    }
    MoneySum gross(input.currency), off(input.currency);
    QList<QList<DiscountShare>> perLine(input.lines.size()); // by key rank
    for (const Application &a : state.applied) {
        const auto lines = byLine(state, a);
        DiscountLine d = discountLine(state, a, lines);
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            if (it.value().first > 0)
                perLine[it.key()].append({d.ruleId, Money::fromMinor(it.value().first, input.currency)});
        }
        out.discounts.append(std::move(d));
    }
    for (int r = 0; r < state.lineByKey.size(); ++r) {
        const int l = state.lineByKey[r];
        LinePricing line{input.lines[l].key, Money::fromMinor(amount[l], input.currency), Money::fromMinor(discount[l], input.currency),
                         Money::fromMinor(amount[l] - discount[l], input.currency), perLine[r]};
        gross.add(line.amount);
        off.add(line.discount);
        out.lines.append(line);
    }
    if (!gross.ok())
        return gross.result().error();
    if (!off.ok())
        return off.result().error();
    out.gross = *gross.result();
    out.totalDiscount = *off.result();
    auto total = out.gross.minus(out.totalDiscount);
    if (!total)
        return total.error();
    out.total = *total;
    for (CouponOutcome &c : coupons)
        c.text = detail::couponText(c, input.currency);
    out.coupons = std::move(coupons);
    out.nearMisses = detail::findNearMisses(state);
    return out;
}

} // namespace

Result<PricingResult> PricingEngine::price(const PricingInput &input)
{
    auto state = PricingState::build(input);
    if (!state)
        return state.error();
    detail::searchPromotions(*state);
    int points = 100;
    QList<CouponOutcome> coupons = detail::applyCoupons(*state, &points);
    return assemble(*state, std::move(coupons), points);
}

} // namespace qtill::members
