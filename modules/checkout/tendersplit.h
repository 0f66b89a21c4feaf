#pragma once

#include "sale.h"

namespace qtill::checkout {

/// How the tenders given so far pay a total: what each tender pays, the cash rounding, the change and
/// what is still due. The payment screen shows it as tenders are added; SaleService::commit books a
/// split with nothing still due.
struct TenderSplit
{
    QList<Tender> tenders;   ///< as given, with each cash tender's `amount` set to what stays in the drawer
    Money rounding;          ///< cash rounding of the part cash pays (zero without cash)
    Money total;             ///< cart total + rounding
    Money tendered;          ///< Σ tendered
    Money change;            ///< cash handed back
    Money stillDue;          ///< > 0 while the tenders do not cover the total

    bool isPaid() const { return stillDue.isZero(); }
};

/// Splits `cartTotal` over `tenders`. Non-cash tenders pay their `amount` (`tendered` is set to it);
/// cash pays the rest, rounded by `rounding`, and only cash gives change. Errors for the cashier:
/// an amount of zero or less, a currency other than the cart's, non-cash tenders that together pay
/// more than the total (a card is never charged more than is owed).
Result<TenderSplit> splitTenders(const Money &cartTotal, QList<Tender> tenders, CashRounding rounding);

} // namespace qtill::checkout
