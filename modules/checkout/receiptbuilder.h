#pragma once

#include "refundservice.h"
#include "sale.h"

#include "core/result.h"
#include "core/settings.h"
#include "core/storeprofile.h"

#include "hal/receipt/paperprofile.h"
#include "hal/receipt/receiptdocument.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace qtill::checkout {

/// Which copy of a receipt a document is.
enum class ReceiptCopy {
    Customer, ///< what the customer takes home
    Merchant, ///< kept by the shop; a card payment has a signature line on it
};

/// When a merchant copy prints beside the customer's (setting ReceiptBuilder::kCopies).
namespace ReceiptCopies {
inline const QString kCustomerOnly = QStringLiteral("customer"); ///< one copy, always
inline const QString kCard = QStringLiteral("card");             ///< a merchant copy for sales with a card tender
inline const QString kAlways = QStringLiteral("always");         ///< a merchant copy for every sale
} // namespace ReceiptCopies

/// How a receipt is laid out.
struct ReceiptOptions
{
    hal::PaperProfile paper = hal::PaperProfile::mm80(); ///< 58 mm: 32 columns, 80 mm: 48
    QLocale locale;          ///< amounts, quantities and the date; labels follow the installed translation (tr())
    bool reprint = false;    ///< a copy printed again later: marked "REPRINT" and never opens the drawer
    QString operatorNumber;  ///< the cashier's number ("01") printed on the receipt; empty: the operator id
};

/// What a refund receipt shows: the booked refund and who did it (names as printed: "01", "99").
struct RefundReceipt
{
    BookedRefund refund;
    QString cashier;         ///< the operator at the register
    QString approver;        ///< the supervisor who approved it; empty when none
};

/// One line of a receipt's tax summary: what the sale's lines at one rate came to.
struct TaxSummaryRow
{
    int rateBasisPoints = 0; ///< 900 = 9 %
    Money gross;             ///< what the customer paid for those lines (tax included)
    Money net;               ///< gross − tax
    Money tax;
};

/// Turns a booked sale into the receipt document the printer, the preview and the e-receipt share:
/// store header, receipt number, date, cashier, lines (quantity × price = amount; a price override or a
/// discount with its reason on its own line), order discount, subtotal, discounts, cash rounding (抹零),
/// total, tax summary per rate, tenders (card: masked number and approval code; cash: tendered and
/// change), a Code 128 barcode of the receipt number (for returns), the footer, and a cut. A customer
/// copy of a sale with a cash tender starts with a drawer kick (not on reprints).
///
/// Labels are tr() in the context "qtill::checkout::ReceiptBuilder" (English source; Chinese from the
/// translation installed); money is Money::format in the sale's currency. A plain value; any thread.
class ReceiptBuilder
{
public:
    ReceiptBuilder(StoreProfile store, ReceiptOptions options);

    /// The receipt paper width, "58mm" or "80mm" (default 80mm).
    static const Setting<QString> kPaper;
    /// A ReceiptCopies key (default kCard: a merchant copy to sign for card sales).
    static const Setting<QString> kCopies;

    /// The copies a sale gets under a ReceiptCopies policy: the merchant copy first, then the customer's.
    static QList<ReceiptCopy> copiesFor(const SaleDetail &sale, const QString &policy);
    /// The tax per rate of a sale's lines, lowest rate first; the rows' tax adds up to the lines' tax.
    static Result<QList<TaxSummaryRow>> taxSummary(const SaleDetail &sale);

    /// One copy of the receipt. Errors only when the sale's amounts do not add up (mixed currencies).
    Result<hal::ReceiptDocument> build(const SaleDetail &sale, ReceiptCopy copy = ReceiptCopy::Customer) const;
    /// One copy of a refund's receipt (receiptbuilderrefund.cpp): "退货 REFUND", the refund number, the
    /// original receipt number, date, register / cashier, approver, the lines and amounts back, the cash
    /// rounding, the total back, per tender what went back (card: masked number and approval code),
    /// the reason, a Code 128 barcode of the refund number, a cut. The customer copy of a refund with
    /// cash back starts with a drawer kick (not on reprints).
    hal::ReceiptDocument buildRefund(const RefundReceipt &refund, ReceiptCopy copy = ReceiptCopy::Customer) const;

private:
    void header(hal::ReceiptDocument &doc, const SaleDetail &sale, ReceiptCopy copy) const;
    void lines(hal::ReceiptDocument &doc, const SaleDetail &sale) const;
    void totals(hal::ReceiptDocument &doc, const SaleDetail &sale) const;
    Status taxes(hal::ReceiptDocument &doc, const SaleDetail &sale) const;
    void tenders(hal::ReceiptDocument &doc, const SaleDetail &sale) const;
    void signature(hal::ReceiptDocument &doc) const;
    void footer(hal::ReceiptDocument &doc, const SaleDetail &sale) const;
    void storeHeader(hal::ReceiptDocument &doc, ReceiptCopy copy) const;
    void refundTenders(hal::ReceiptDocument &doc, const RefundPlan &plan) const;
    QString money(const Money &amount) const;

    StoreProfile m_store;
    ReceiptOptions m_options;
};

} // namespace qtill::checkout
