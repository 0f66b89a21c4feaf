// Cart::totals: line amounts, discounts and the order discount shared out over the lines.
#include "cart.h"

#include "core/rounding.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace qtill::checkout {

Result<Money> Cart::orderDiscountOn(std::int64_t afterLineDiscounts) const
{
    if (m_orderDiscountBasisPoints == 0)
        return m_orderDiscount;
    return Money::fromMinor(afterLineDiscounts, m_currency).percent(m_orderDiscountBasisPoints, RoundingMode::HalfUp);
}

Result<CartTotals> Cart::totals() const
{
    CartTotals out;
    MoneySum gross(m_currency);
    MoneySum lineDiscounts(m_currency);
    MoneySum promotions(m_currency);
    const bool isPricedNow = isPriced();
    QList<std::int64_t> bases;
    std::int64_t items = 0;
    for (const CartLine &line : m_lines) {
        auto amount = lineAmount(line);
        if (!amount)
            return amount.error();
        PricedLine priced;
        priced.amount = *amount;
        priced.lineDiscount = line.discount;
        priced.promotionDiscount = isPricedNow ? m_pricing.lineDiscounts.value(line.lineId, Money::zero(m_currency))
                                               : Money::zero(m_currency);
        gross.add(*amount);
        lineDiscounts.add(line.discount);
        promotions.add(priced.promotionDiscount);
        auto afterOwn = amount->minus(line.discount);
        if (!afterOwn)
            return afterOwn.error();
        auto afterLine = afterOwn->minus(priced.promotionDiscount);
        if (!afterLine)
            return afterLine.error();
        bases.append(afterLine->minor());
        out.lines.append(priced);
        if (!line.soldByWeight)
            items += line.quantity.milli();
    }
    if (!gross.ok())
        return gross.result().error();
    if (!lineDiscounts.ok())
        return lineDiscounts.result().error();
    if (!promotions.ok())
        return promotions.result().error();
    out.gross = gross.result().value();
    out.lineDiscounts = lineDiscounts.result().value();
    out.promotionDiscounts = promotions.result().value();
    out.items = Quantity::fromMilli(items);
    const Int128 afterLineDiscounts = std::accumulate(bases.cbegin(), bases.cend(), Int128(0));
    if (afterLineDiscounts > std::numeric_limits<std::int64_t>::max())
        return Error::invalidInput(QCoreApplication::translate("qtill::checkout::Cart", "The ticket comes to too much."));
    auto orderDiscount = orderDiscountOn(std::int64_t(afterLineDiscounts));
    if (!orderDiscount)
        return orderDiscount.error();
    out.orderDiscount = *orderDiscount;
    if (out.orderDiscount.minor() > afterLineDiscounts)
        return Error::invalidInput(QCoreApplication::translate("qtill::checkout::Cart",
            "The order discount is more than the order comes to: change the discount."));
    const QList<std::int64_t> shares = shareOutLargestRemainder(out.orderDiscount.minor(), bases);
    MoneySum total(m_currency);
    for (qsizetype i = 0; i < out.lines.size(); ++i) {
        PricedLine &priced = out.lines[i];
        priced.orderDiscountShare = Money::fromMinor(shares.at(i), m_currency);
        priced.net = Money::fromMinor(bases.at(i) - shares.at(i), m_currency);
        total.add(priced.net);
    }
    if (!total.ok())
        return total.result().error();
    out.total = total.result().value();
    return out;
}

} // namespace qtill::checkout
