// SaleService::write: the rows of one sale, inside commit()'s transaction.
#include "saleservice.h"

#include "cartstore.h"
#include "paymentintent.h"

#include "inventory/inventoryservices.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::SaleService", text);
}

/// Months of warranty a serial-numbered unit gets from the day it is sold.
constexpr int kWarrantyMonths = 12;

QVariant fen(const Money &m)
{
    return QVariant::fromValue(qlonglong(m.minor()));
}

QString minorText(const Money &m)
{
    return QString::number(m.minor());
}

/// "(?, ?), (?, ?)": `rows` rows of `columns` bound-value marks, for one multi-row INSERT.
QString valueRows(qsizetype rows, qsizetype columns)
{
    const QString row = QLatin1Char('(') + Store::bindMarks(columns) + QLatin1Char(')');
    QStringList out;
    for (qsizetype i = 0; i < rows; ++i)
        out << row;
    return out.join(QStringLiteral(", "));
}

QJsonObject lineRecord(const CartLine &l, const PricedLine &p, int taxRate, const Money &tax)
{
    return QJsonObject{{QStringLiteral("sku"), l.sku},
        {QStringLiteral("product"), QString::number(l.product.value())},
        {QStringLiteral("qty"), QString::number(l.quantity.milli())},
        {QStringLiteral("unitPrice"), minorText(l.unitPrice)},
        {QStringLiteral("amount"), minorText(p.amount)},
        {QStringLiteral("discount"), minorText(p.lineDiscount)},
        {QStringLiteral("orderShare"), minorText(p.orderDiscountShare)},
        {QStringLiteral("net"), minorText(p.net)},
        {QStringLiteral("taxRate"), taxRate},
        {QStringLiteral("tax"), minorText(tax)},
        {QStringLiteral("serial"), l.serialNumber}};
}

/// lineRecord() with the line's share of promotions and coupons, when it has one (records before
/// promotions have no "promotion": zero).
QJsonObject pricedLineRecord(const CartLine &l, const PricedLine &p, int taxRate, const Money &tax)
{
    QJsonObject o = lineRecord(l, p, taxRate, tax);
    if (!p.promotionDiscount.isZero())
        o.insert(QStringLiteral("promotion"), minorText(p.promotionDiscount));
    return o;
}

/// The promotions and coupons the cart was priced with, as the journal keeps them.
QJsonArray discountRecords(const Cart &cart)
{
    QJsonArray out;
    if (!cart.isPriced())
        return out;
    for (const CartDiscount &d : cart.pricing().discounts) {
        out.append(QJsonObject{{QStringLiteral("source"), d.coupon ? QStringLiteral("coupon") : QStringLiteral("promotion")},
                               {QStringLiteral("rule"), d.ruleId},
                               {QStringLiteral("name"), d.name},
                               {QStringLiteral("amount"), minorText(d.amount)}});
    }
    return out;
}

QJsonObject tenderRecord(const Tender &t)
{
    return QJsonObject{{QStringLiteral("uuid"), t.uuid},
        {QStringLiteral("type"), t.type},
        {QStringLiteral("amount"), minorText(t.amount)},
        {QStringLiteral("tendered"), minorText(t.tendered)},
        {QStringLiteral("reference"), t.reference}};
}

} // namespace

QJsonObject SaleService::journalPayload(const CommittedSale &sale, const QJsonArray &lines, const QJsonArray &tenders)
{
    return QJsonObject{{QStringLiteral("sale"), sale.uuid},
        {QStringLiteral("receipt"), sale.receiptNumber},
        {QStringLiteral("gross"), minorText(sale.gross)},
        {QStringLiteral("discount"), minorText(sale.discount)},
        {QStringLiteral("rounding"), minorText(sale.rounding)},
        {QStringLiteral("total"), minorText(sale.total)},
        {QStringLiteral("tax"), minorText(sale.tax)},
        {QStringLiteral("tendered"), minorText(sale.tendered)},
        {QStringLiteral("change"), minorText(sale.change)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("tenders"), tenders}};
}

Status SaleService::write(const Session &session, const SaleRequest &request, Prepared &p, CommittedSale &out)
{
    auto location = sellingLocation();
    if (!location)
        return location.error();
    p.location = *location;
    const Currency &currency = request.cart.currency();
    MoneySum taxSum(currency);
    p.taxRates.clear();
    p.taxes.clear();
    for (qsizetype i = 0; i < request.cart.lines().size(); ++i) {
        auto rate = taxRate(request.cart.lines().at(i).taxClass);
        if (!rate)
            return rate.error();
        auto tax = p.totals.lines.at(i).net.scaled(*rate, 10000 + *rate, RoundingMode::HalfUp);
        if (!tax)
            return tax.error();
        p.taxRates << *rate;
        p.taxes << *tax;
        taxSum.add(*tax);
    }
    if (!taxSum.ok())
        return taxSum.result().error();
    if (Status bound = bindIntents(request.uuid, p.split.tenders); !bound)
        return bound;
    out.registerId = m_core.documentNumbers().registerId();
    auto sequence = m_core.documentNumbers().nextSequence(kReceipts.key, out.registerId);
    if (!sequence)
        return sequence.error();

    out.uuid = request.uuid;
    out.receiptNumber = kReceipts.format(out.registerId, *sequence);
    out.at = m_core.clock().now();
    out.businessDate = m_core.storeProfile().businessDate(out.at);
    out.operatorId = session.auditActor();
    out.gross = p.totals.gross;
    out.discount = p.totals.lineDiscounts + p.totals.promotionDiscounts + p.totals.orderDiscount;
    out.rounding = p.split.rounding;
    out.total = p.split.total;
    out.tax = *taxSum.result();
    out.tendered = p.split.tendered;
    out.change = p.split.change;

    QJsonArray lines;
    for (qsizetype i = 0; i < request.cart.lines().size(); ++i)
        lines.append(pricedLineRecord(request.cart.lines().at(i), p.totals.lines.at(i), p.taxRates.at(i), p.taxes.at(i)));
    QJsonArray tenders;
    for (const Tender &t : std::as_const(p.split.tenders))
        tenders.append(tenderRecord(t));
    QJsonObject payload = journalPayload(out, lines, tenders);
    if (const QJsonArray discounts = discountRecords(request.cart); !discounts.isEmpty())
        payload.insert(QStringLiteral("discounts"), discounts);
    JournalDraft record{out.registerId, JournalKind::kSale, out.uuid, out.receiptNumber, out.operatorId,
        out.businessDate, out.total, payload};
    auto journalled = m_core.journal().append(record);
    if (!journalled)
        return journalled.error();
    out.journalSeq = journalled->seq;

    auto saleId = m_core.store().execCached(
        QStringLiteral("INSERT INTO sales (uuid, register_id, receipt_number, business_date, at, operator_id, currency,"
                       " gross, discount, order_discount, order_discount_reason, rounding, total, tax, tendered,"
                       " change_given, location_id, journal_seq)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {out.uuid, out.registerId, out.receiptNumber, out.businessDate.toString(Qt::ISODate), storedTime(out.at),
            qlonglong(out.operatorId.value()), currency.code(), fen(out.gross), fen(out.discount),
            fen(p.totals.orderDiscount), sqlvalues::text(request.cart.orderDiscountReason()), fen(out.rounding),
            fen(out.total), fen(out.tax), fen(out.tendered), fen(out.change),
            qlonglong(p.location.value()), out.journalSeq},
        tr("The sale could not be saved."));
    if (!saleId)
        return saleId.error();
    if (!saleId->next())
        return Error::internal(tr("The sale could not be saved."), QStringLiteral("INSERT INTO sales … RETURNING id gave no row"));
    out.id = saleId->value(0).toLongLong();
    if (Status ok = writeLines(session, request, p, out.id, out); !ok)
        return ok;
    if (Status ok = writeTenders(p, out.id); !ok)
        return ok;
    if (Status ok = writeDiscounts(request.cart, out.id); !ok)
        return ok;
    if (Status ok = auditOrderDiscount(session, request.cart, p.totals, out); !ok)
        return ok;
    return m_carts.removePaid(out.uuid);
}
Status SaleService::writeLines(const Session &session, const SaleRequest &request, Prepared &p, qint64 saleId,
                               const CommittedSale &sale)
{
    // One INSERT for every line and one stock batch for every movement: a few statements per sale,
    // not a handful per line.
    const QList<CartLine> &lines = request.cart.lines();
    QVariantList values;
    QList<inventory::StockMovement> movements;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CartLine &l = lines.at(i);
        const PricedLine &priced = p.totals.lines.at(i);
        values << saleId << qlonglong(i + 1) << sqlvalues::text(l.lineId) << qlonglong(l.product.value()) << l.sku << l.name
               << sqlvalues::text(l.code) << qlonglong(l.quantity.milli()) << fen(l.listPrice) << fen(l.unitPrice)
               << fen(priced.amount) << fen(priced.lineDiscount) << fen(priced.orderDiscountShare) << fen(priced.net)
               << sqlvalues::text(l.discountReason) << sqlvalues::text(l.priceReason)
               << sqlvalues::optionalId(l.approvedBy.value()) << sqlvalues::text(l.taxClass) << p.taxRates.at(i)
               << fen(p.taxes.at(i)) << sqlvalues::text(l.serialNumber) << fen(priced.promotionDiscount);
        movements << inventory::StockMovement{l.product, p.location, -l.quantity, inventory::StockReason::kSale,
                                              sale.operatorId, sale.receiptNumber};
    }
    auto inserted = m_core.store().execCached(
        QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, line_uuid, product_id, sku, name, code, quantity,"
                       " list_price, unit_price, amount, line_discount, order_discount_share, net, discount_reason,"
                       " price_reason, approver_id, tax_class, tax_rate_bp, tax, serial_number, promotion_discount) VALUES ")
            + valueRows(lines.size(), 22),
        values, tr("The sale could not be saved."));
    if (!inserted)
        return inserted.error();
    if (auto moved = m_inventory.ledger().postBatch(movements); !moved)
        return moved.error();
    for (const CartLine &l : lines) {
        if (l.serialTracked) {
            auto sold = m_inventory.serials().markSold(l.serialNumber, sale.receiptNumber, QString(), kWarrantyMonths,
                                                       sale.operatorId, l.product);
            if (!sold)
                return sold.error();
        }
        if (Status audited = auditLine(session, l, sale); !audited)
            return audited;
    }
    return {};
}

Status SaleService::writeDiscounts(const Cart &cart, qint64 saleId)
{
    if (!cart.isPriced() || cart.pricing().discounts.isEmpty())
        return {};
    QVariantList values;
    int seq = 0;
    for (const CartDiscount &d : cart.pricing().discounts) {
        values << saleId << ++seq << (d.coupon ? QStringLiteral("coupon") : QStringLiteral("promotion")) << d.ruleId << d.name
               << fen(d.amount) << sqlvalues::text(d.explanation);
    }
    auto inserted = m_core.store().exec(
        QStringLiteral("INSERT INTO sale_discounts (sale_id, seq, source, rule_id, name, amount, explanation) VALUES ")
            + valueRows(seq, 7),
        values, tr("The sale could not be saved."));
    return inserted ? Status() : Status(inserted.error());
}

Status SaleService::auditLine(const Session &session, const CartLine &l, const CommittedSale &sale)
{
    const QLocale locale;
    QList<AuditRecord> records;
    const QString target = QStringLiteral("sale:") + sale.receiptNumber;
    if (l.isPriceOverridden())
        records << AuditRecord{session.auditActor(), l.approvedBy, QStringLiteral("sale.priceOverride"), target,
            AuditOutcome::kOk, tr("%1 %2: %3 instead of %4 (%5)")
                .arg(l.sku, l.name, l.unitPrice.format(locale), l.listPrice.format(locale), l.priceReason)};
    if (!l.discount.isZero())
        records << AuditRecord{session.auditActor(), l.approvedBy, QStringLiteral("sale.discount"), target,
            AuditOutcome::kOk, tr("%1 %2: %3 off (%4)").arg(l.sku, l.name, l.discount.format(locale), l.discountReason)};
    for (const AuditRecord &r : std::as_const(records)) {
        if (auto appended = m_core.auditLog().append(r); !appended)
            return appended.error();
    }
    return {};
}

Status SaleService::auditOrderDiscount(const Session &session, const Cart &cart, const CartTotals &totals,
                                       const CommittedSale &sale)
{
    if (!cart.hasOrderDiscount())
        return {};
    const QLocale locale;
    const QString how = cart.orderDiscountPercent() > 0
        ? tr("%1% off the order = %2").arg(locale.toString(cart.orderDiscountPercent() / 100.0, 'g', 4),
                                           totals.orderDiscount.format(locale))
        : tr("%1 off the order").arg(totals.orderDiscount.format(locale));
    auto appended = m_core.auditLog().append(AuditRecord{session.auditActor(), cart.orderDiscountApprover(),
        QStringLiteral("sale.orderDiscount"), QStringLiteral("sale:") + sale.receiptNumber, AuditOutcome::kOk,
        how + QStringLiteral(" (") + cart.orderDiscountReason() + QLatin1Char(')')});
    if (!appended)
        return appended.error();
    return {};
}

Status SaleService::bindIntents(const QString &saleUuid, QList<Tender> &tenders)
{
    for (Tender &t : tenders) {
        if (t.type != TenderType::kCard && t.type != TenderType::kQr && t.type != TenderType::kFace)
            continue;
        auto q = m_core.store().execCached(QStringLiteral("SELECT state, approved, sale_uuid, reference, masked_card, wallet"
                                                    " FROM payment_intents WHERE uuid = ?")
                + m_core.store().dialect().forUpdate(),
            {t.uuid}, tr("The sale could not be saved."));
        if (!q)
            return q.error();
        const QString name = TenderType::displayName(t.type);
        if (!q->next() || q->value(0).toString() != IntentState::kApproved || q->value(2).toString() != saleUuid)
            return Error::invalidInput(tr("The %1 payment has not been approved.").arg(name),
                QStringLiteral("tender %1 is not an approved intent of sale %2").arg(t.uuid, saleUuid));
        if (q->value(1).toLongLong() != t.amount.minor())
            return Error::invalidInput(tr("The %1 payment took %2, not %3.")
                                           .arg(name, Money::fromMinor(q->value(1).toLongLong(), t.amount.currency()).format(QLocale()),
                                               t.amount.format(QLocale())));
        t.tendered = t.amount;
        t.reference = q->value(3).toString();
        t.maskedCard = q->value(4).toString();
        t.wallet = q->value(5).toString();
    }
    return {};
}

Status SaleService::writeTenders(Prepared &p, qint64 saleId)
{
    QVariantList values;
    int lineNo = 0;
    for (const Tender &t : std::as_const(p.split.tenders))
        values << saleId << t.uuid << ++lineNo << t.type << fen(t.amount) << fen(t.tendered) << sqlvalues::text(t.reference)
               << sqlvalues::text(t.approvalCode) << sqlvalues::text(t.maskedCard) << sqlvalues::text(t.wallet);
    auto inserted = m_core.store().execCached(
        QStringLiteral("INSERT INTO sale_tenders (sale_id, uuid, line_no, type, amount, tendered, reference,"
                       " approval_code, masked_card, wallet) VALUES ")
            + valueRows(lineNo, 10),
        values, tr("The sale could not be saved."));
    return inserted ? Status() : Status(inserted.error());
}

} // namespace qtill::checkout
