#include "refundservice.h"

#include "checkoutmodule.h"
#include "saleservice.h"

#include "core/documentnumbers.h"
#include "core/permissionservice.h"
#include "core/rounding.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::RefundService", text);
}

/// `whole` × numerator ÷ denominator, half-up (away from zero), in whole's currency.
Result<Money> prorated(const Money &whole, std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0)
        return Money::zero(whole.currency());
    return whole.scaled(numerator, denominator, RoundingMode::HalfUp);
}

} // namespace

RefundService::RefundService(Services &core, inventory::InventoryServices &inventory, SaleService &sales,
                             PaymentService &payments)
    : m_core(core)
    , m_inventory(inventory)
    , m_sales(sales)
    , m_payments(payments)
{
}

RefundService::~RefundService() = default;

Result<QHash<int, Quantity>> RefundService::refundedQuantities(const QString &receiptNumber) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT l.line_no, SUM(l.quantity) FROM refund_lines l"
                                                " JOIN refunds r ON r.id = l.refund_id JOIN sales s ON s.id = r.sale_id"
                                                " WHERE s.receipt_number = ? GROUP BY l.line_no"),
        {receiptNumber}, tr("The refunds could not be read."));
    if (!q)
        return q.error();
    QHash<int, Quantity> out;
    while (q->next())
        out.insert(q->value(0).toInt(), Quantity::fromMilli(q->value(1).toLongLong()));
    return out;
}

Result<RefundPlan> RefundService::plan(const RefundRequest &request) const
{
    auto sale = m_sales.detail(request.receiptNumber);
    if (!sale)
        return sale.error();
    return planFor(*sale, request);
}

Result<RefundPlan> RefundService::planFor(const SaleDetail &sale, const RefundRequest &request,
                                          const QHash<QString, RefundTender> &approved) const
{
    const Currency currency = sale.sale.total.currency();
    if (request.lines.isEmpty())
        return Error::invalidInput(tr("Choose what the customer brings back."));
    // What earlier refunds of this sale took: quantity and amount per line, and the rounding.
    auto earlier = m_core.store().exec(
        QStringLiteral("SELECT l.line_no, SUM(l.quantity), SUM(l.amount) FROM refund_lines l"
                       " JOIN refunds r ON r.id = l.refund_id WHERE r.sale_id = ? GROUP BY l.line_no"),
        {sale.sale.id}, tr("The refunds could not be read."));
    if (!earlier)
        return earlier.error();
    QHash<int, std::pair<qint64, qint64>> taken;
    while (earlier->next())
        taken.insert(earlier->value(0).toInt(), {earlier->value(1).toLongLong(), earlier->value(2).toLongLong()});
    auto roundingBack = m_core.store().exec(QStringLiteral("SELECT COALESCE(SUM(rounding), 0) FROM refunds WHERE sale_id = ?"),
        {sale.sale.id}, tr("The refunds could not be read."));
    if (!roundingBack)
        return roundingBack.error();
    const qint64 roundingTaken = roundingBack->next() ? roundingBack->value(0).toLongLong() : 0;

    RefundPlan plan;
    plan.receiptNumber = sale.sale.receiptNumber;
    MoneySum goods(currency);
    QHash<int, qint64> after; // quantity refunded per line once this refund is booked
    for (const RefundLineRequest &r : request.lines) {
        const auto sold = std::find_if(sale.lines.cbegin(), sale.lines.cend(), [&](const SoldLine &l) { return l.lineNo == r.lineNo; });
        if (sold == sale.lines.cend())
            return Error::invalidInput(tr("%1 has no line %2.").arg(sale.sale.receiptNumber).arg(r.lineNo));
        const auto [qtyTaken, amountTaken] = taken.value(r.lineNo, {0, 0});
        const qint64 left = sold->quantity.milli() - qtyTaken;
        if (after.contains(r.lineNo))
            return Error::invalidInput(tr("Line %1 is chosen twice.").arg(r.lineNo));
        if (left <= 0)
            return Error::conflict(tr("%1 has been taken back already.").arg(sold->name));
        if (r.quantity.milli() <= 0 || r.quantity.milli() > left)
            return Error::invalidInput(tr("%1: at most %2 can be taken back.")
                                           .arg(sold->name, Quantity::fromMilli(left).toString(QLocale())));
        RefundLine line{r.lineNo, sold->name, r.quantity, Money(), r.restock};
        if (r.quantity.milli() == left) {
            line.amount = Money::fromMinor(sold->net.minor() - amountTaken, currency); // the last of it: exactly what is left
        } else {
            auto share = prorated(sold->net, r.quantity.milli(), sold->quantity.milli());
            if (!share)
                return share.error();
            line.amount = *share;
        }
        after.insert(r.lineNo, qtyTaken + r.quantity.milli());
        goods.add(line.amount);
        plan.lines << line;
    }
    if (!goods.ok())
        return goods.result().error();
    plan.goods = *goods.result();
    bool wholeSaleBack = true;
    for (const SoldLine &l : sale.lines)
        wholeSaleBack = wholeSaleBack && (after.contains(l.lineNo) ? after.value(l.lineNo) : taken.value(l.lineNo).first) == l.quantity.milli();
    const Money cartTotal = sale.sale.total - sale.sale.rounding;
    if (wholeSaleBack) {
        plan.rounding = Money::fromMinor(sale.sale.rounding.minor() - roundingTaken, currency);
    } else {
        auto share = prorated(sale.sale.rounding, plan.goods.minor(), cartTotal.minor());
        if (!share)
            return share.error();
        plan.rounding = *share;
    }
    plan.total = plan.goods + plan.rounding;
    if (Status allocated = allocate(sale, request, approved, plan); !allocated)
        return allocated.error();
    return plan;
}

Result<QHash<QString, qint64>> RefundService::givenBack(const SaleDetail &sale) const
{
    // What booked refunds gave back per sale tender. Refund tenders booked before they named their sale
    // tender (cash only) count against the sale's cash tenders in order.
    auto q = m_core.store().exec(QStringLiteral("SELECT t.sale_tender_uuid, t.type, SUM(t.amount) FROM refund_tenders t"
                                                " JOIN refunds r ON r.id = t.refund_id WHERE r.sale_id = ?"
                                                " GROUP BY t.sale_tender_uuid, t.type"),
        {sale.sale.id}, tr("The refunds could not be read."));
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    qint64 unnamedCash = 0;
    while (q->next()) {
        if (q->value(0).toString().isEmpty())
            unnamedCash += q->value(2).toLongLong();
        else
            out[q->value(0).toString()] += q->value(2).toLongLong();
    }
    for (const Tender &t : sale.tenders) {
        if (t.type != TenderType::kCash || unnamedCash <= 0)
            continue;
        const qint64 share = std::min(unnamedCash, t.amount.minor() - out.value(t.uuid));
        out[t.uuid] += share;
        unnamedCash -= share;
    }
    return out;
}

Status RefundService::allocate(const SaleDetail &sale, const RefundRequest &request,
                               const QHash<QString, RefundTender> &approved, RefundPlan &plan) const
{
    const Currency currency = plan.total.currency();
    auto given = givenBack(sale);
    if (!given)
        return given.error();
    qint64 left = plan.total.minor();
    for (const RefundTender &fixed : approved)
        left -= fixed.amount.minor();
    auto isTerminal = [](const Tender &t) { return t.type == TenderType::kCard || t.type == TenderType::kQr || t.type == TenderType::kFace; };
    // Card, QR and face first (in the order they paid), cash last.
    QList<Tender> order;
    for (const Tender &t : sale.tenders)
        if (isTerminal(t))
            order << t;
    for (const Tender &t : sale.tenders)
        if (!isTerminal(t))
            order << t;
    plan.tenders.clear();
    for (const Tender &t : std::as_const(order)) {
        if (const auto fixed = approved.constFind(t.uuid); fixed != approved.cend()) {
            plan.tenders << *fixed; // went back already: stays as it is
            continue;
        }
        const qint64 take = std::min(left, t.amount.minor() - given->value(t.uuid));
        if (take <= 0)
            continue;
        RefundTender back;
        back.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        back.saleTenderUuid = t.uuid;
        back.paidBy = t.type;
        back.type = request.toCash ? TenderType::kCash : t.type;
        back.amount = Money::fromMinor(take, currency);
        back.tendered = back.amount;
        back.originalReference = t.reference;
        back.maskedCard = t.maskedCard;
        back.wallet = t.wallet;
        plan.tenders << back;
        left -= take;
    }
    if (left != 0)
        return Error::conflict(tr("%1: the refund is more than what is left of its payments.").arg(sale.sale.receiptNumber),
                               QStringLiteral("unallocated %1").arg(left));
    return {};
}

} // namespace qtill::checkout
