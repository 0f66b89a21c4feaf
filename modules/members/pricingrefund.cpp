// What goes back with returned units (docs/pricing.md "Refunds").
#include "pricingengine.h"

#include <QCoreApplication>
#include <QMap>

namespace qtill::members {
namespace {

Error badReturn(const QString &detail)
{
    return Error::invalidInput(
        QCoreApplication::translate("qtill::members::PricingEngine", "These items cannot be returned from this sale."), detail);
}

} // namespace

Result<RefundQuote> PricingEngine::refund(const PricingInput &original, const PricingResult &priced,
                                          const QList<UnitSpan> &returned)
{
    const Currency &currency = original.currency;
    QMap<QString, std::int64_t> back; // milli per line key
    for (const UnitSpan &span : returned)
        back[span.lineKey] += span.quantity.milli();
    PricingInput kept = original;
    kept.lines.clear();
    kept.coupons.clear();
    for (const CouponOutcome &c : priced.coupons) {
        if (c.reason != CouponOutcome::Reason::Applied)
            continue;
        for (const Coupon &coupon : original.coupons) {
            if (coupon.code == c.code) {
                kept.coupons.append(coupon);
                break;
            }
        }
    }
    MoneySum gross(currency), share(currency);
    for (const PricingLine &line : original.lines) {
        const std::int64_t r = back.take(line.key);
        const std::int64_t q = line.quantity.milli();
        const bool single = line.weighed || !line.quantity.isWhole();
        if (r < 0 || r > q || (single && r != 0 && r != q) || (!single && r % Quantity::kScale != 0))
            return badReturn(QStringLiteral("line %1: %2 of %3 milli").arg(line.key).arg(r).arg(q));
        const LinePricing *p = priced.line(line.key);
        if (!p)
            return badReturn(QStringLiteral("line %1 not in the priced result").arg(line.key));
        if (r > 0) {
            gross.add(p->amount.scaled(r, q, RoundingMode::HalfUp));
            share.add(p->discount.scaled(r, q, RoundingMode::HalfUp));
        }
        if (r < q) {
            PricingLine rest = line;
            rest.quantity = Quantity::fromMilli(q - r);
            kept.lines.append(rest);
        }
    }
    if (!back.isEmpty())
        return badReturn(QStringLiteral("line %1 is not in the sale").arg(back.firstKey()));
    if (!gross.ok())
        return gross.result().error();
    if (!share.ok())
        return share.result().error();
    auto repriced = price(kept);
    if (!repriced)
        return repriced.error();
    RefundQuote quote{*gross.result(), *share.result(), Money::zero(currency), Money::zero(currency)};
    const std::int64_t paidForReturned = quote.gross.minor() - quote.discountShare.minor();
    const std::int64_t byDifference = priced.total.minor() - repriced->total.minor();
    const std::int64_t refund = std::clamp<std::int64_t>(byDifference, 0, std::max<std::int64_t>(0, paidForReturned));
    quote.refund = Money::fromMinor(refund, currency);
    quote.benefitLost = Money::fromMinor(std::max<std::int64_t>(0, paidForReturned) - refund, currency);
    return quote;
}

} // namespace qtill::members
