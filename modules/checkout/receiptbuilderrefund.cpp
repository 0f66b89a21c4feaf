// ReceiptBuilder::buildRefund: the receipt of a refund (退货).
#include "receiptbuilder.h"

#include <QCoreApplication>

namespace qtill::checkout {

namespace {

using hal::Align;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::ReceiptBuilder", text);
}

bool givesCash(const RefundPlan &plan)
{
    return std::any_of(plan.tenders.cbegin(), plan.tenders.cend(),
                       [](const RefundTender &t) { return t.type == TenderType::kCash && !t.amount.isZero(); });
}

} // namespace

hal::ReceiptDocument ReceiptBuilder::buildRefund(const RefundReceipt &receipt, ReceiptCopy copy) const
{
    const BookedRefund &r = receipt.refund;
    hal::ReceiptDocument doc;
    if (copy == ReceiptCopy::Customer && !m_options.reprint && givesCash(r.plan))
        doc.kickDrawer();
    storeHeader(doc, copy);
    // Both languages, whatever the translation: the customer and the auditor read it at a glance.
    doc.text(QStringLiteral("退货 REFUND"), {.bold = true, .doubleWidth = true, .doubleHeight = true, .align = Align::Center});
    doc.columns(tr("Refund"), r.refundNumber);
    doc.columns(tr("Original receipt"), r.plan.receiptNumber);
    doc.columns(tr("Date"), r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    doc.columns(tr("Register / cashier"), r.registerId + QStringLiteral(" / ") + receipt.cashier);
    if (!receipt.approver.isEmpty())
        doc.columns(tr("Approved by"), receipt.approver);
    doc.separator();
    for (const RefundLine &line : r.plan.lines) {
        doc.text(line.name);
        doc.columns(QStringLiteral("  x %1").arg(line.quantity.toString(m_options.locale)), money(line.amount));
        if (!line.restock)
            doc.text(QStringLiteral("  ") + tr("Not restocked"));
    }
    doc.separator();
    if (!r.plan.rounding.isZero())
        doc.columns(tr("Cash rounding"), money(r.plan.rounding));
    doc.columns(tr("TOTAL BACK"), r.plan.total.format(m_options.locale), {.bold = true, .doubleHeight = true});
    doc.separator();
    refundTenders(doc, r.plan);
    if (!r.reason.isEmpty())
        doc.text(tr("Reason: %1").arg(r.reason));
    if (copy == ReceiptCopy::Merchant)
        signature(doc);
    hal::Barcode code;
    code.type = hal::BarcodeType::Code128;
    code.data = r.refundNumber;
    code.heightDots = 60;
    doc.add(code);
    doc.cut();
    return doc;
}

void ReceiptBuilder::refundTenders(hal::ReceiptDocument &doc, const RefundPlan &plan) const
{
    for (const RefundTender &t : plan.tenders) {
        const QString name = t.wallet.isEmpty() ? TenderType::displayName(t.type)
                                                : TenderType::displayName(t.type) + QLatin1Char(' ') + t.wallet;
        doc.columns(tr("Back to %1").arg(name), money(t.amount));
        if (t.type == TenderType::kCash && t.paidBy != TenderType::kCash && !t.paidBy.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Paid by %1").arg(TenderType::displayName(t.paidBy)));
        if (t.type != TenderType::kCash && !t.maskedCard.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Card: %1").arg(t.maskedCard));
        if (!t.approvalCode.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Approval code: %1").arg(t.approvalCode));
        if (!t.reference.isEmpty())
            doc.text(QStringLiteral("  ") + tr("Reference: %1").arg(t.reference));
    }
    doc.separator();
}

} // namespace qtill::checkout
