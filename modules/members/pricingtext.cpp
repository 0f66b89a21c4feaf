// What the cashier reads: explanations of discount lines, coupon outcomes and near-misses.
#include "pricingstate.h"

#include "members/promotionjson.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace qtill::members::detail {
namespace {

using Kind = Promotion::Kind;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("qtill::members::PricingEngine", text, nullptr, n);
}

QString money(std::int64_t minor, const Currency &currency)
{
    return Money::fromMinor(minor, currency).format(QLocale::c());
}

/// "3 × 可乐 ¥4.50" when the units are one line's, "5 items" otherwise.
QString unitsText(const PricingState &state, const Application &a)
{
    QSet<int> lines;
    for (int u : a.units)
        lines.insert(state.units[u].line);
    if (lines.size() != 1)
        return tr("%n item(s)", int(a.units.size()));
    const PricingLine &line = state.input().lines[*lines.begin()];
    if (line.weighed || !line.quantity.isWhole())
        return QStringLiteral("%1 %2").arg(line.name, money(state.units[a.units.first()].base, state.input().currency));
    return QStringLiteral("%1 × %2 %3").arg(a.units.size()).arg(line.name, line.unitPrice.format(QLocale::c()));
}

/// 1250 basis points → "12.5", 1000 → "10" (no floating point).
QString percentText(int basisPoints)
{
    QString out = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100; rest != 0) {
        out += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (out.endsWith(QLatin1Char('0')))
            out.chop(1);
    }
    return out;
}

QJsonObject promotionParameters(const Promotion &p)
{
    QJsonObject o{{QStringLiteral("priority"), p.priority}, {QStringLiteral("stackable"), p.stackable}};
    if (p.percentBasisPoints > 0)
        o.insert(QStringLiteral("percentBasisPoints"), p.percentBasisPoints);
    if (p.amount.hasCurrency())
        o.insert(QStringLiteral("amount"), qint64(p.amount.minor()));
    if (p.buy > 0)
        o.insert(QStringLiteral("buy"), p.buy);
    if (p.get > 0)
        o.insert(QStringLiteral("get"), p.get);
    if (p.kind == Kind::Threshold) {
        o.insert(QStringLiteral("threshold"), qint64(p.threshold.minor()));
        o.insert(QStringLiteral("every"), p.every);
    }
    if (p.perOrderLimit > 0)
        o.insert(QStringLiteral("perOrderLimit"), p.perOrderLimit);
    return o;
}

QString promotionText(const PricingState &state, const Application &a)
{
    const Currency &cur = state.input().currency;
    const Promotion &p = state.input().promotions[a.rule];
    const QString units = unitsText(state, a), base = money(a.base, cur), off = money(a.total, cur);
    switch (p.kind) {
    case Kind::PercentOff:
        return tr("%1: %2 = %3, %4 % off, −%5").arg(p.name, units, base, percentText(p.percentBasisPoints), off);
    case Kind::AmountOff:
        return tr("%1: %2 = %3, %4 off each, −%5").arg(p.name, units, base, p.amount.format(QLocale::c()), off);
    case Kind::MemberPrice:
        return tr("%1: %2 = %3 at member price %4, −%5").arg(p.name, units, base, p.amount.format(QLocale::c()), off);
    case Kind::BuyGetFree:
    case Kind::BundlePrice:
        return tr("%1: %2 = %3 → %4, −%5").arg(p.name, units, base, money(a.base - a.total, cur), off);
    case Kind::Threshold:
        return tr("%1: %2 after item discounts, −%3").arg(p.name, base, off);
    }
    return {};
}

} // namespace

Explanation explain(const PricingState &state, const Application &a)
{
    const Currency &cur = state.input().currency;
    Explanation e;
    e.base = Money::fromMinor(a.base, cur);
    e.computation = QStringLiteral("%1 - %2 = %3").arg(a.base).arg(a.total).arg(a.base - a.total);
    if (!a.coupon) {
        const Promotion &p = state.input().promotions[a.rule];
        e.kind = QLatin1String(promotionKindKey(p.kind));
        e.parameters = promotionParameters(p);
        e.parameters.insert(QStringLiteral("times"), a.times);
        e.text = promotionText(state, a);
        return e;
    }
    const Coupon &c = state.input().coupons[a.rule];
    e.kind = QStringLiteral("coupon");
    e.parameters = QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("kind"), int(c.kind)},
                               {QStringLiteral("stackable"), c.stackable}};
    if (c.percentBasisPoints > 0)
        e.parameters.insert(QStringLiteral("percentBasisPoints"), c.percentBasisPoints);
    if (c.cap.hasCurrency())
        e.parameters.insert(QStringLiteral("cap"), qint64(c.cap.minor()));
    if (c.amount.hasCurrency())
        e.parameters.insert(QStringLiteral("amount"), qint64(c.amount.minor()));
    e.text = tr("Coupon %1: %2 = %3, −%4").arg(c.name.isEmpty() ? c.code : c.name, unitsText(state, a),
                                                 money(a.base, cur), money(a.total, cur));
    return e;
}

QString couponText(const CouponOutcome &outcome, const Currency &currency)
{
    using R = CouponOutcome::Reason;
    switch (outcome.reason) {
    case R::Applied:
        return outcome.amount.isZero() ? tr("Applied") : tr("Applied: −%1").arg(outcome.amount.format(QLocale::c()));
    case R::NotYetValid: return tr("Not valid yet");
    case R::Expired: return tr("Expired");
    case R::NoEligibleItems: return tr("Nothing in the cart it applies to");
    case R::BelowMinimumSpend: return tr("Below its minimum spend");
    case R::NotCombinable: return tr("Cannot be combined with the coupons that save more");
    case R::Duplicate: return tr("Presented twice");
    }
    Q_UNUSED(currency);
    return {};
}

QList<NearMiss> findNearMisses(const PricingState &state)
{
    const PricingInput &input = state.input();
    QList<NearMiss> out;
    QList<int> applied(input.promotions.size(), 0);
    for (const Application &a : state.applied) {
        if (!a.coupon)
            applied[a.rule] += a.times;
    }
    for (int p : state.activePromotions) {
        const Promotion &promo = input.promotions[p];
        if (promo.perOrderLimit > 0 && applied[p] >= promo.perOrderLimit)
            continue;
        NearMiss miss;
        miss.promotionId = promo.id;
        if (promo.isGroup()) {
            const QList<int> units = state.candidates(p, [&](const Unit &u) {
                return u.exclusiveItem < 0 || u.exclusiveItem == p;
            });
            const int size = promo.kind == Kind::BuyGetFree ? promo.buy + promo.get : promo.buy;
            const int left = int(units.size()) % size;
            if (left == 0)
                continue;
            miss.missingUnits = size - left;
            const int last = units.last(); // the cheapest: canonical order is dearest first
            std::int64_t sum = 0;
            for (qsizetype i = units.size() - left; i < units.size(); ++i)
                sum += state.units[units[i]].base;
            sum += miss.missingUnits * state.units[last].base;
            const std::int64_t value = promo.kind == Kind::BuyGetFree ? promo.get * state.units[last].base
                                                                      : sum - promo.amount.minor();
            if (value <= 0)
                continue;
            miss.value = Money::fromMinor(value, input.currency);
            miss.text = tr("Add %n more %1 for %2", miss.missingUnits).arg(input.lines[state.units[last].line].name, promo.name);
        } else if (promo.kind == Kind::Threshold && promo.threshold.isPositive()) {
            std::int64_t base = 0;
            for (int u : state.candidates(p, [&](const Unit &u) { return u.exclusiveThreshold < 0 || u.exclusiveThreshold == p; }))
                base += state.afterItems[u];
            const std::int64_t need = promo.threshold.minor();
            if (base <= 0 || (!promo.every && applied[p] > 0))
                continue;
            const std::int64_t missing = need - base % need;
            if (missing * 2 > need)
                continue; // not "a little more"
            const std::int64_t value = promo.amount.isPositive() ? promo.amount.minor()
                                                                 : percentOf(base + missing, promo.percentBasisPoints);
            miss.missingAmount = Money::fromMinor(missing, input.currency);
            miss.value = Money::fromMinor(value, input.currency);
            miss.text = tr("Spend %1 more for %2").arg(miss.missingAmount.format(QLocale::c()), promo.name);
        } else {
            continue;
        }
        out.append(miss);
    }
    std::stable_sort(out.begin(), out.end(), [](const NearMiss &a, const NearMiss &b) { return a.value > b.value; });
    return out.mid(0, PricingResult::kMaxNearMisses);
}

} // namespace qtill::members::detail
