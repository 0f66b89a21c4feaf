#include "tendersplit.h"

#include <QCoreApplication>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::TenderSplit", text);
}

} // namespace

QString TenderType::displayName(const QString &type)
{
    if (type == kCash)
        return tr("Cash");
    if (type == kCard)
        return tr("Bank card");
    if (type == kQr)
        return tr("QR payment");
    if (type == kFace)
        return tr("Face pay");
    if (type == kStoredValue)
        return tr("Member balance");
    if (type == kPoints)
        return tr("Points");
    if (type == kCoupon)
        return tr("Coupon");
    return type;
}

Result<Money> cashRoundingOf(const Money &due, CashRounding mode)
{
    if (due.isNegative())
        return Error::invalidInput(tr("Nothing to round: the amount is negative."));
    std::int64_t step = 1;
    RoundingMode how = RoundingMode::Down;
    switch (mode) {
    case CashRounding::None:
        return Money::zero(due.currency());
    case CashRounding::DropFen:
        step = 10;
        break;
    case CashRounding::DropJiao:
        step = 100;
        break;
    case CashRounding::NearestJiao:
        step = 10;
        how = RoundingMode::HalfUp;
        break;
    }
    auto rounded = due.roundedTo(step, how);
    if (!rounded)
        return rounded.error();
    return rounded->minus(due);
}

Result<TenderSplit> splitTenders(const Money &cartTotal, QList<Tender> tenders, CashRounding rounding)
{
    const Currency &currency = cartTotal.currency();
    MoneySum nonCash(currency);
    MoneySum cashGiven(currency);
    bool anyCash = false;
    for (Tender &t : tenders) {
        const Money &given = t.type == TenderType::kCash ? t.tendered : t.amount;
        if (!given.hasCurrency() || given.currency() != currency)
            return Error::invalidInput(tr("A payment is in another currency than the sale."));
        if (!given.isPositive())
            return Error::invalidInput(tr("A payment must be more than zero."));
        if (t.type == TenderType::kCash) {
            anyCash = true;
            cashGiven.add(t.tendered);
        } else {
            t.tendered = t.amount;
            nonCash.add(t.amount);
        }
    }
    if (!nonCash.ok())
        return nonCash.result().error();
    if (!cashGiven.ok())
        return cashGiven.result().error();
    auto cashPart = cartTotal.minus(*nonCash.result());
    if (!cashPart)
        return cashPart.error();
    if (cashPart->isNegative())
        return Error::invalidInput(tr("The card and QR payments are more than the sale: take %1 off them.")
                                       .arg(cashPart->negated().value().format(QLocale())));
    TenderSplit split;
    auto roundingAmount = anyCash ? cashRoundingOf(*cashPart, rounding) : Result<Money>(Money::zero(currency));
    if (!roundingAmount)
        return roundingAmount.error();
    split.rounding = *roundingAmount;
    Money cashDue = *cashPart + split.rounding;
    split.total = cartTotal + split.rounding;
    split.tendered = *nonCash.result() + *cashGiven.result();
    split.change = Money::zero(currency);
    split.stillDue = Money::zero(currency);
    const Money cashTendered = *cashGiven.result();
    if (cashTendered < cashDue)
        split.stillDue = cashDue - cashTendered;
    else
        split.change = cashTendered - cashDue;
    // Each cash tender keeps what it pays of cashDue, in order; the change comes out of the last.
    Money left = cashDue;
    for (Tender &t : tenders) {
        if (t.type != TenderType::kCash)
            continue;
        t.amount = t.tendered < left ? t.tendered : left;
        left -= t.amount;
    }
    split.tenders = std::move(tenders);
    return split;
}

} // namespace qtill::checkout
