// Coupons, after the promotions: each on what its scope comes to after them (docs/pricing.md "Coupons").
#include "pricingstate.h"

#include <QSet>

#include <algorithm>

namespace qtill::members::detail {
namespace {

using Kind = Coupon::Kind;
using Reason = CouponOutcome::Reason;

QList<int> couponUnits(const PricingState &state, const Coupon &coupon, const QList<std::int64_t> &reduced)
{
    QList<int> out;
    for (int u = 0; u < state.units.size(); ++u) {
        const PricingLine &line = state.input().lines[state.units[u].line];
        if (line.takesPromotions && coupon.scope.covers(line) && reduced[u] > 0)
            out.append(u);
    }
    return out;
}

/// What coupon `c` takes off the units at their `reduced` prices (updated).
Application evaluateCoupon(const PricingState &state, int c, QList<std::int64_t> &reduced)
{
    const Coupon &coupon = state.input().coupons[c];
    auto a = Application::of(c, true);
    QList<int> units = couponUnits(state, coupon, reduced);
    if (units.isEmpty())
        return a;
    if (coupon.kind == Kind::FreeItem) {
        int dearest = units.first();
        for (int u : units) {
            if (reduced[u] > reduced[dearest])
                dearest = u;
        }
        units = {dearest};
    }
    std::int64_t base = 0;
    QList<std::int64_t> bases;
    for (int u : units) {
        base += reduced[u];
        bases.append(reduced[u]);
    }
    std::int64_t d = 0;
    switch (coupon.kind) {
    case Kind::AmountOff:
    case Kind::Threshold:
        d = std::min(coupon.amount.hasCurrency() ? coupon.amount.minor() : 0, base);
        break;
    case Kind::PercentOff:
        d = percentOf(base, std::clamp(coupon.percentBasisPoints, 0, 10000));
        if (coupon.cap.hasCurrency() && coupon.cap.isPositive())
            d = std::min(d, coupon.cap.minor());
        break;
    case Kind::FreeItem:
        d = base;
        break;
    case Kind::PointsMultiplier:
        break;
    }
    if (d <= 0)
        return a;
    const QList<std::int64_t> shares = shareOutLargestRemainder(d, bases);
    a.units = units;
    a.perUnit = shares;
    a.base = base;
    a.total = d;
    a.times = 1;
    for (int i = 0; i < units.size(); ++i)
        reduced[units[i]] -= shares[i];
    return a;
}

/// Why coupon `c` cannot apply at all (before choosing among the ones that can), or Applied.
Reason precheck(const PricingState &state, int c, QSet<QString> &seen)
{
    const PricingInput &input = state.input();
    const Coupon &coupon = input.coupons[c];
    if (seen.contains(coupon.code))
        return Reason::Duplicate;
    seen.insert(coupon.code);
    if (coupon.validFrom.isValid() && input.instant < coupon.validFrom)
        return Reason::NotYetValid;
    if (coupon.validUntil.isValid() && input.instant >= coupon.validUntil)
        return Reason::Expired;
    QList<std::int64_t> reduced;
    for (const Unit &u : state.units)
        reduced.append(u.reduced);
    const QList<int> units = couponUnits(state, coupon, reduced);
    if (units.isEmpty())
        return Reason::NoEligibleItems;
    std::int64_t base = 0;
    for (int u : units)
        base += reduced[u];
    if (coupon.minimumSpend.hasCurrency() && base < coupon.minimumSpend.minor())
        return Reason::BelowMinimumSpend;
    return Reason::Applied;
}

int kindOrder(Kind kind)
{
    switch (kind) {
    case Kind::FreeItem:
        return 0;
    case Kind::PercentOff:
        return 1;
    default:
        return 2;
    }
}

} // namespace

QList<CouponOutcome> applyCoupons(PricingState &state, int *pointsMultiplier)
{
    const QList<Coupon> &coupons = state.input().coupons;
    QList<CouponOutcome> outcomes;
    QSet<QString> seen;
    QList<int> stackable, alone;
    for (int c = 0; c < coupons.size(); ++c) {
        CouponOutcome outcome{coupons[c].code, precheck(state, c, seen), Money::zero(state.input().currency), {}};
        if (outcome.reason == Reason::Applied && coupons[c].kind == Kind::PointsMultiplier)
            *pointsMultiplier = std::max(*pointsMultiplier, coupons[c].pointsMultiplier);
        else if (outcome.reason == Reason::Applied)
            (coupons[c].stackable ? stackable : alone).append(c);
        outcomes.append(outcome);
    }
    const auto byCode = [&](int x, int y) {
        const int kx = kindOrder(coupons[x].kind), ky = kindOrder(coupons[y].kind);
        return kx != ky ? kx < ky : coupons[x].code < coupons[y].code;
    };
    std::sort(stackable.begin(), stackable.end(), byCode);
    std::sort(alone.begin(), alone.end(), byCode);
    QList<QList<int>> options;
    if (!stackable.isEmpty())
        options.append(stackable);
    for (int c : alone)
        options.append(QList<int>{c});
    QList<Application> best;
    std::int64_t bestTotal = -1;
    for (const QList<int> &option : options) {
        QList<std::int64_t> reduced;
        for (const Unit &u : std::as_const(state.units))
            reduced.append(u.reduced);
        QList<Application> apps;
        std::int64_t total = 0;
        for (int c : option) {
            apps.append(evaluateCoupon(state, c, reduced));
            total += apps.last().total;
        }
        if (total > bestTotal) {
            bestTotal = total;
            best = apps;
        }
    }
    QSet<int> chosen;
    for (const Application &a : std::as_const(best)) {
        chosen.insert(a.rule);
        if (a.total > 0) {
            outcomes[a.rule].amount = Money::fromMinor(a.total, state.input().currency);
            state.commit(a);
        } else {
            outcomes[a.rule].reason = Reason::NoEligibleItems;
        }
    }
    for (int c : std::as_const(stackable) + alone) {
        if (!chosen.contains(c))
            outcomes[c].reason = Reason::NotCombinable;
    }
    return outcomes;
}

} // namespace qtill::members::detail
