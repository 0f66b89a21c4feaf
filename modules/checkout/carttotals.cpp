// Cart::totals: line amounts, discounts and the order discount shared out over the lines.
#include "cart.h"

#include "core/rounding.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace qtill::checkout {

namespace {

/// Shares `amount` (minor units, ≥ 0) out over `bases` (≥ 0) in proportion, by largest remainder: the
/// shares add up to exactly `amount`, ties go to the earlier line. All zero bases share nothing.
QList<std::int64_t> shareOut(std::int64_t amount, const QList<std::int64_t> &bases)
{
    QList<std::int64_t> shares(bases.size(), 0);
    Int128 total = 0;
    for (std::int64_t b : bases)
        total += b;
    if (amount == 0 || total == 0)
        return shares;
    QList<std::pair<Int128, qsizetype>> remainders;
    std::int64_t given = 0;
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const Int128 exact = Int128(amount) * bases.at(i);
        shares[i] = std::int64_t(exact / total);
        given += shares[i];
        remainders.append({exact % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < amount && k < remainders.size(); ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

} // namespace

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
    QList<std::int64_t> bases;
    std::int64_t items = 0;
    for (const CartLine &line : m_lines) {
        auto amount = lineAmount(line);
        if (!amount)
            return amount.error();
        PricedLine priced;
        priced.amount = *amount;
        priced.lineDiscount = line.discount;
        gross.add(*amount);
        lineDiscounts.add(line.discount);
        auto afterLine = amount->minus(line.discount);
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
    out.gross = gross.result().value();
    out.lineDiscounts = lineDiscounts.result().value();
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
    const QList<std::int64_t> shares = shareOut(out.orderDiscount.minor(), bases);
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
