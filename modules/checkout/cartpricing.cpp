// Cart::setPricing and the fingerprint that tells whether the promotions found still fit the lines.
#include "cart.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace qtill::checkout {

QByteArray Cart::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const CartLine &l : m_lines) {
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6;")
                         .arg(l.lineId)
                         .arg(l.quantity.milli())
                         .arg(l.unitPrice.minor())
                         .arg(l.fixedAmount ? l.fixedAmount->minor() : -1)
                         .arg(l.discount.minor())
                         .arg(l.product.value())
                         .toUtf8());
    }
    return hash.result();
}

Status Cart::setPricing(CartPricing pricing)
{
    for (auto it = pricing.lineDiscounts.cbegin(); it != pricing.lineDiscounts.cend(); ++it) {
        const auto line = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const CartLine &l) { return l.lineId == it.key(); });
        if (line == m_lines.cend())
            return Error::invalidInput(QCoreApplication::translate("qtill::checkout::Cart", "The ticket changed while it was being priced: try again."),
                                       QStringLiteral("priced line %1 is not on the ticket").arg(it.key()));
        auto amount = lineAmount(*line);
        if (!amount)
            return amount.error();
        auto left = amount->minus(line->discount);
        if (!left || it.value().isNegative() || it.value().currency() != m_currency || it.value() > *left)
            return Error::invalidInput(QCoreApplication::translate("qtill::checkout::Cart", "A promotion takes more off a line than it costs."),
                                       QStringLiteral("line %1: %2 off").arg(it.key(), it.value().toPlainString()));
    }
    m_pricing = std::move(pricing);
    m_pricedFingerprint = fingerprint();
    return {};
}

} // namespace qtill::checkout
