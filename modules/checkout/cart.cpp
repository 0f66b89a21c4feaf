#include "cart.h"

#include "core/rounding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::Cart", text);
}

QString newLineId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Whether a new scan of `match` may add to `line` instead of starting a new line.
bool addsTo(const CartLine &line, const inventory::ScanMatch &match)
{
    return line.product == match.product.id && line.code == match.code && !line.soldByWeight && !line.fixedAmount
        && !line.serialTracked && !line.isPriceOverridden() && line.discount.isZero() && !match.embeddedPrice
        && !match.embeddedQuantity;
}

/// The weight a price label stands for (amount ÷ price per kg, in grams, half-up); 1 unit when unpriced.
Quantity weightOfLabel(const Money &amount, const Money &pricePerKg, bool soldByWeight)
{
    if (!soldByWeight || !pricePerKg.isPositive())
        return Quantity::units(1);
    std::int64_t milli = 0;
    if (!divideRounded(Int128(amount.minor()) * Quantity::kScale, pricePerKg.minor(), RoundingMode::HalfUp, &milli))
        return Quantity::units(1);
    return Quantity::fromMilli(std::max<std::int64_t>(milli, 1));
}

} // namespace

Cart::Cart(Currency currency) : m_currency(std::move(currency)), m_orderDiscount(Money::zero(m_currency)) { }

Status Cart::checkIndex(int index) const
{
    if (index < 0 || index >= m_lines.size())
        return Error::invalidInput(tr("That line is not on the ticket."), QStringLiteral("line %1").arg(index));
    return {};
}

Status Cart::checkQuantity(const CartLine &line, Quantity quantity) const
{
    if (quantity <= Quantity())
        return Error::invalidInput(tr("The quantity must be more than zero."));
    if (line.soldByWeight) {
        if (quantity > Quantity::units(kMaxKilogramsPerLine))
            return Error::invalidInput(tr("%1 kg of %2 is too much for one line.")
                                           .arg(quantity.toString(QLocale()), line.name));
        return {};
    }
    if (!quantity.isWhole())
        return Error::invalidInput(tr("%1 is sold by the piece: type a whole number.").arg(line.name));
    if (quantity > Quantity::units(kMaxUnitsPerLine))
        return Error::invalidInput(tr("%1 × %2 is too many for one line.").arg(quantity.toString(QLocale()), line.name));
    return {};
}

Result<int> Cart::add(const inventory::ScanMatch &match, Quantity times, std::optional<Quantity> weight)
{
    const inventory::Product &p = match.product;
    if (!p.price.hasCurrency() || p.price.currency() != m_currency)
        return Error::invalidInput(tr("%1 has no price in this store's currency.").arg(p.name));
    if (!p.isListed())
        return Error::conflict(tr("%1 is delisted and cannot be sold.").arg(p.name));
    CartLine line;
    line.lineId = newLineId();
    line.product = p.id;
    line.category = p.categoryId;
    line.memberPrice = p.memberPrice;
    line.sku = p.sku;
    line.name = p.name;
    line.code = match.code;
    line.unit = p.unit;
    line.taxClass = p.taxClass;
    line.soldByWeight = p.soldByWeight;
    line.serialTracked = p.serialTracked;
    line.listPrice = p.price;
    line.unitPrice = p.price;
    line.discount = Money::zero(m_currency);
    if (match.embeddedPrice) {
        line.fixedAmount = *match.embeddedPrice;
        line.quantity = match.embeddedQuantity ? *match.embeddedQuantity
                                               : weightOfLabel(*match.embeddedPrice, p.price, p.soldByWeight);
    } else if (match.embeddedQuantity) {
        line.quantity = *match.embeddedQuantity;
    } else if (p.soldByWeight) {
        if (!weight || *weight <= Quantity())
            return Error::invalidInput(tr("Put %1 on the scale and wait for a steady weight.").arg(p.name));
        line.quantity = *weight;
    } else {
        auto units = match.packQuantity.times(times);
        if (!units)
            return units.error();
        line.quantity = *units;
    }
    if (!line.fixedAmount) {
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
            if (!addsTo(m_lines.at(i), match))
                continue;
            auto sum = m_lines.at(i).quantity.plus(line.quantity);
            if (!sum)
                return sum.error();
            if (Status ok = checkQuantity(m_lines.at(i), *sum); !ok)
                return ok.error();
            m_lines[i].quantity = *sum;
            return int(i);
        }
    }
    if (Status ok = checkQuantity(line, line.quantity); !ok)
        return ok.error();
    m_lines.append(line);
    return int(m_lines.size() - 1);
}

Status Cart::setQuantity(int index, Quantity quantity)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    CartLine &line = m_lines[index];
    if (line.fixedAmount)
        return Error::invalidInput(tr("%1 is priced by its scale label: scan each label.").arg(line.name));
    if (line.serialTracked && quantity != Quantity::units(1))
        return Error::invalidInput(tr("%1 has a serial number per unit: scan each unit.").arg(line.name));
    if (Status ok = checkQuantity(line, quantity); !ok)
        return ok;
    const Quantity before = line.quantity;
    line.quantity = quantity;
    // A discount bigger than the line's new amount would make the line negative.
    if (auto amount = lineAmount(line); !amount || line.discount > *amount) {
        line.quantity = before;
        return amount ? Status(Error::invalidInput(tr("The line's discount is more than the new amount: change the discount first.")))
                      : Status(amount.error());
    }
    if (auto still = totals(); !still) {
        line.quantity = before;
        return still.error();
    }
    return {};
}

Status Cart::overridePrice(int index, const Money &price, const QString &reason, OperatorId approvedBy)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    CartLine &line = m_lines[index];
    if (!price.hasCurrency() || price.currency() != m_currency || price.isNegative())
        return Error::invalidInput(tr("Type a price of zero or more."));
    if (line.fixedAmount)
        return Error::invalidInput(tr("%1 is priced by its scale label.").arg(line.name));
    if (reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the price changes."));
    const CartLine before = line;
    line.unitPrice = price;
    line.priceReason = price == line.listPrice ? QString() : reason.trimmed();
    line.approvedBy = approvedBy;
    if (auto amount = lineAmount(line); !amount || line.discount > *amount) {
        line = before;
        return amount ? Status(Error::invalidInput(tr("The line's discount is more than the new amount.")))
                      : Status(amount.error());
    }
    if (auto still = totals(); !still) {
        line = before;
        return still.error();
    }
    return {};
}

Status Cart::setLineDiscount(int index, const Money &amount, const QString &reason, OperatorId approvedBy)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    CartLine &line = m_lines[index];
    if (!amount.hasCurrency() || amount.currency() != m_currency || amount.isNegative())
        return Error::invalidInput(tr("Type a discount of zero or more."));
    auto lineTotal = lineAmount(line);
    if (!lineTotal)
        return lineTotal.error();
    if (amount > *lineTotal)
        return Error::invalidInput(tr("The discount is more than the line's amount."));
    if (!amount.isZero() && reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the line is discounted."));
    const CartLine before = line;
    line.discount = amount;
    line.discountReason = amount.isZero() ? QString() : reason.trimmed();
    line.approvedBy = approvedBy;
    if (auto still = totals(); !still) {
        m_lines[index] = before;
        return still.error();
    }
    return {};
}

Status Cart::setLinePercentDiscount(int index, int basisPoints, const QString &reason, OperatorId approvedBy)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (basisPoints < 0 || basisPoints > 10000)
        return Error::invalidInput(tr("A discount is between 0% and 100%."));
    auto lineTotal = lineAmount(m_lines.at(index));
    if (!lineTotal)
        return lineTotal.error();
    auto off = lineTotal->percent(basisPoints, RoundingMode::HalfUp);
    if (!off)
        return off.error();
    return setLineDiscount(index, *off, reason, approvedBy);
}

Status Cart::setOrderDiscount(const Money &amount, const QString &reason, OperatorId approvedBy)
{
    if (!amount.hasCurrency() || amount.currency() != m_currency || amount.isNegative())
        return Error::invalidInput(tr("Type a discount of zero or more."));
    return applyOrderDiscount(amount, 0, reason, approvedBy);
}

Status Cart::setOrderPercentDiscount(int basisPoints, const QString &reason, OperatorId approvedBy)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return Error::invalidInput(tr("A discount is between 0% and 100%."));
    return applyOrderDiscount(Money::zero(m_currency), basisPoints, reason, approvedBy);
}

Status Cart::applyOrderDiscount(const Money &amount, int basisPoints, const QString &reason, OperatorId approvedBy)
{
    const bool none = amount.isZero() && basisPoints == 0;
    if (!none && reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the order is discounted."));
    Cart trial = *this;
    trial.m_orderDiscount = amount;
    trial.m_orderDiscountBasisPoints = basisPoints;
    if (auto priced = trial.totals(); !priced)
        return Error::invalidInput(tr("The discount is more than the order comes to."), priced.error().message);
    m_orderDiscount = amount;
    m_orderDiscountBasisPoints = basisPoints;
    m_orderDiscountReason = none ? QString() : reason.trimmed();
    m_orderDiscountApprover = none ? OperatorId() : approvedBy;
    return {};
}

Status Cart::setSerialNumber(int index, const QString &serial)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    if (!m_lines.at(index).serialTracked)
        return Error::invalidInput(tr("%1 has no serial numbers.").arg(m_lines.at(index).name));
    const QString clean = serial.trimmed().toUpper();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (i != index && m_lines.at(i).product == m_lines.at(index).product && m_lines.at(i).serialNumber == clean
            && !clean.isEmpty())
            return Error::conflict(tr("Serial %1 is on the ticket already.").arg(clean));
    }
    m_lines[index].serialNumber = clean;
    return {};
}

Status Cart::remove(int index)
{
    if (Status ok = checkIndex(index); !ok)
        return ok;
    const CartLine removed = m_lines.takeAt(index);
    if (m_lines.isEmpty()) {
        clear();
        return {};
    }
    if (auto still = totals(); !still) {
        m_lines.insert(index, removed);
        return still.error();
    }
    return {};
}

void Cart::clear()
{
    m_lines.clear();
    m_orderDiscount = Money::zero(m_currency);
    m_orderDiscountBasisPoints = 0;
    m_orderDiscountReason.clear();
    m_orderDiscountApprover = OperatorId();
}

Result<Money> Cart::lineAmount(const CartLine &line) const
{
    if (line.fixedAmount)
        return *line.fixedAmount;
    return line.unitPrice.times(line.quantity, RoundingMode::HalfUp);
}

} // namespace qtill::checkout
