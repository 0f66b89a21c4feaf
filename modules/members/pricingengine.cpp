#include "pricingengine.h"

#include "pricingstate.h"

#include <QMap>

namespace qtill::members {
namespace {

using detail::Application;
using detail::PricingState;

/// Per line key (sorted): the sum of `a`'s per-unit discounts and how many units it used.
QMap<QString, std::pair<std::int64_t, int>> byLine(const PricingState &state, const Application &a)
{
    QMap<QString, std::pair<std::int64_t, int>> out;
    for (int i = 0; i < a.units.size(); ++i) {
        auto &slot = out[state.input().lines[state.units[a.units[i]].line].key];
        slot.first += a.perUnit[i];
        ++slot.second;
    }
    return out;
}

DiscountLine discountLine(const PricingState &state, const Application &a)
{
    const PricingInput &input = state.input();
    DiscountLine d;
    d.source = a.coupon ? DiscountLine::Source::Coupon : DiscountLine::Source::Promotion;
    d.ruleId = a.coupon ? input.coupons[a.rule].code : input.promotions[a.rule].id;
    d.name = a.coupon ? input.coupons[a.rule].name : input.promotions[a.rule].name;
    d.amount = Money::fromMinor(a.total, input.currency);
    const auto lines = byLine(state, a);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const PricingLine *line = nullptr;
        for (const PricingLine &l : input.lines) {
            if (l.key == it.key())
                line = &l;
        }
        const bool single = line->weighed || !line->quantity.isWhole();
        d.units.append({it.key(), single ? line->quantity : Quantity::units(it.value().second)});
        if (it.value().first > 0)
            d.shares.append({it.key(), Money::fromMinor(it.value().first, input.currency)});
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
    QMap<QString, int> lineIndex;
    for (int l = 0; l < input.lines.size(); ++l)
        lineIndex.insert(input.lines[l].key, l);
    QList<std::int64_t> amount(input.lines.size(), 0), discount(input.lines.size(), 0);
    for (const detail::Unit &u : state.units) {
        if (u.reduced < 0)
            return Error::internal(QStringLiteral("A discount came to more than the price."), QStringLiteral("negative unit"));
        amount[u.line] += u.base;
        discount[u.line] += u.base - u.reduced;
    }
    MoneySum gross(input.currency), off(input.currency);
    QMap<QString, QList<DiscountShare>> perLine;
    for (const Application &a : state.applied) {
        DiscountLine d = discountLine(state, a);
        for (const DiscountShare &s : d.shares)
            perLine[s.lineKey].append({d.ruleId, s.amount});
        out.discounts.append(std::move(d));
    }
    for (auto it = lineIndex.cbegin(); it != lineIndex.cend(); ++it) {
        const int l = it.value();
        LinePricing line{it.key(), Money::fromMinor(amount[l], input.currency), Money::fromMinor(discount[l], input.currency),
                         Money::fromMinor(amount[l] - discount[l], input.currency), perLine.value(it.key())};
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
