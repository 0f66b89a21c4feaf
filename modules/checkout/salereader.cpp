// SaleService's reads: a sale by uuid or receipt number, with its lines and tenders, and lists.
#include "saleservice.h"

#include "core/services.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::SaleService", text);
}

const QString kSaleColumns = QStringLiteral(
    "id, uuid, register_id, receipt_number, business_date, at, operator_id, currency, gross, discount, rounding,"
    " total, tax, tendered, change_given, journal_seq");

CommittedSale readSale(const QSqlQuery &q)
{
    CommittedSale s;
    const Currency currency = Currency::fromCode(q.value(7).toString());
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.registerId = q.value(2).toString();
    s.receiptNumber = q.value(3).toString();
    s.businessDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.at = parseStoredTime(q.value(5).toString());
    s.operatorId = OperatorId(q.value(6).toLongLong());
    s.gross = Money::fromMinor(q.value(8).toLongLong(), currency);
    s.discount = Money::fromMinor(q.value(9).toLongLong(), currency);
    s.rounding = Money::fromMinor(q.value(10).toLongLong(), currency);
    s.total = Money::fromMinor(q.value(11).toLongLong(), currency);
    s.tax = Money::fromMinor(q.value(12).toLongLong(), currency);
    s.tendered = Money::fromMinor(q.value(13).toLongLong(), currency);
    s.change = Money::fromMinor(q.value(14).toLongLong(), currency);
    s.journalSeq = q.value(15).toLongLong();
    return s;
}


SoldLine readLine(const QSqlQuery &q, const Currency &c)
{
    SoldLine l;
    l.lineNo = q.value(0).toInt();
    l.lineUuid = q.value(1).toString();
    l.product = inventory::ProductId(q.value(2).toLongLong());
    l.sku = q.value(3).toString();
    l.name = q.value(4).toString();
    l.code = q.value(5).toString();
    l.quantity = Quantity::fromMilli(q.value(6).toLongLong());
    l.listPrice = Money::fromMinor(q.value(7).toLongLong(), c);
    l.unitPrice = Money::fromMinor(q.value(8).toLongLong(), c);
    l.amount = Money::fromMinor(q.value(9).toLongLong(), c);
    l.lineDiscount = Money::fromMinor(q.value(10).toLongLong(), c);
    l.orderDiscountShare = Money::fromMinor(q.value(11).toLongLong(), c);
    l.net = Money::fromMinor(q.value(12).toLongLong(), c);
    l.discountReason = q.value(13).toString();
    l.priceReason = q.value(14).toString();
    l.approvedBy = OperatorId(q.value(15).toLongLong());
    l.taxClass = q.value(16).toString();
    l.taxRateBasisPoints = q.value(17).toInt();
    l.tax = Money::fromMinor(q.value(18).toLongLong(), c);
    l.serialNumber = q.value(19).toString();
    l.promotionDiscount = Money::fromMinor(q.value(20).toLongLong(), c);
    return l;
}

Tender readTender(const QSqlQuery &q, const Currency &c)
{
    Tender t;
    t.uuid = q.value(0).toString();
    t.type = q.value(1).toString();
    t.amount = Money::fromMinor(q.value(2).toLongLong(), c);
    t.tendered = Money::fromMinor(q.value(3).toLongLong(), c);
    t.reference = q.value(4).toString();
    t.approvalCode = q.value(5).toString();
    t.maskedCard = q.value(6).toString();
    t.wallet = q.value(7).toString();
    return t;
}

} // namespace

Result<std::optional<CommittedSale>> SaleService::byUuid(const QString &uuid) const
{
    // Asked twice per commit (before and inside its transaction): a cached statement.
    auto q = m_core.store().execCached(QStringLiteral("SELECT ") + kSaleColumns + QStringLiteral(" FROM sales WHERE uuid = ?"),
        {uuid}, tr("The sale could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CommittedSale>();
    return std::optional<CommittedSale>(readSale(q->query()));
}

Result<CommittedSale> SaleService::byReceipt(const QString &receiptNumber) const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT ") + kSaleColumns + QStringLiteral(" FROM sales WHERE receipt_number = ?"),
        {receiptNumber.trimmed().toUpper()}, tr("The sale could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("No sale has the receipt number %1.").arg(receiptNumber));
    return readSale(*q);
}

Result<SaleDetail> SaleService::detail(const QString &receiptNumber) const
{
    auto sale = byReceipt(receiptNumber);
    if (!sale)
        return sale.error();
    SaleDetail d;
    d.sale = *sale;
    const Currency currency = sale->total.currency();
    Store &store = m_core.store();
    auto order = store.exec(QStringLiteral("SELECT order_discount, order_discount_reason FROM sales WHERE id = ?"),
        {sale->id}, tr("The sale could not be read."));
    if (!order)
        return order.error();
    if (order->next()) {
        d.orderDiscount = Money::fromMinor(order->value(0).toLongLong(), currency);
        d.orderDiscountReason = order->value(1).toString();
    }
    auto lines = store.exec(QStringLiteral("SELECT line_no, line_uuid, product_id, sku, name, code, quantity, list_price,"
                                           " unit_price, amount, line_discount, order_discount_share, net, discount_reason,"
                                           " price_reason, approver_id, tax_class, tax_rate_bp, tax, serial_number,"
                                           " promotion_discount FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
        {sale->id}, tr("The sale could not be read."));
    if (!lines)
        return lines.error();
    while (lines->next())
        d.lines << readLine(*lines, currency);
    auto tenders = store.exec(QStringLiteral("SELECT uuid, type, amount, tendered, reference, approval_code, masked_card,"
                                             " wallet FROM sale_tenders WHERE sale_id = ? ORDER BY line_no"),
        {sale->id}, tr("The sale could not be read."));
    if (!tenders)
        return tenders.error();
    while (tenders->next())
        d.tenders << readTender(*tenders, currency);
    auto discounts = store.exec(QStringLiteral("SELECT source, rule_id, name, amount, explanation FROM sale_discounts"
                                               " WHERE sale_id = ? ORDER BY seq"),
        {sale->id}, tr("The sale could not be read."));
    if (!discounts)
        return discounts.error();
    while (discounts->next())
        d.discounts << SaleDiscount{discounts->value(0).toString(), discounts->value(1).toString(), discounts->value(2).toString(),
                                    Money::fromMinor(discounts->value(3).toLongLong(), currency), discounts->value(4).toString()};
    return d;
}

Result<QList<CommittedSale>> SaleService::list(const SaleQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (query.from.isValid()) {
        where << QStringLiteral("business_date >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("business_date <= ?");
        values << query.to.toString(Qt::ISODate);
    }
    if (!query.registerId.isEmpty()) {
        where << QStringLiteral("register_id = ?");
        values << query.registerId;
    }
    values << qlonglong(query.limit > 0 ? query.limit : 100);
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kSaleColumns + QStringLiteral(" FROM sales")
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"),
        values, tr("The sales could not be read."));
    if (!q)
        return q.error();
    QList<CommittedSale> out;
    while (q->next())
        out << readSale(*q);
    return out;
}

} // namespace qtill::checkout
