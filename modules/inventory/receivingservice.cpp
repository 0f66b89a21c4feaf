#include "receivingservice.h"

#include "catalog.h"
#include "documentkinds.h"
#include "purchaseorderservice.h"
#include "purchasinglines.h"
#include "serialnumberservice.h"
#include "stockledger.h"
#include "supplierservice.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/rounding.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ReceivingService", text);
}

using purchasing::GoodsDirection;
using purchasing::idValue;
using purchasing::number64;
using purchasing::optionalId;
using purchasing::ProductCost;
using purchasing::qtyText;
using purchasing::text;
using purchasing::timeOf;

} // namespace

/// The delivery being booked, inside receive()'s transaction.
struct ReceivingService::Delivery
{
    explicit Delivery(const Currency &storeCurrency) : currency(storeCurrency), value(Money::zero(storeCurrency)) {}

    GoodsReceipt receipt;
    std::optional<PurchaseOrder> po;    ///< the order received against, its lines as they become
    Supplier supplier;
    qint64 documentId = 0;
    int tolerancePercent = 0;
    QStringList overReceived;           ///< what a manager accepted, for the audit row
    Currency currency;                  ///< the store's: every amount of the delivery is in it
    Money value;                        ///< Σ quantity × cost, checked
};

/// One line of the delivery: the product, its PO line (nullptr: not on a PO) and the unit cost used.
struct ReceivingService::Booking
{
    const ReceiptLine &line;
    ProductCost product;
    PurchaseOrderLine *poLine = nullptr;
    Money cost;
};

const Setting<int> ReceivingService::kOverReceiptTolerancePercent{"purchasing/overReceiptTolerancePercent", 0};

ReceivingService::ReceivingService(Services &core, const Catalog &catalog, StockLedger &ledger,
                                   SupplierService &suppliers, SerialNumberService &serials,
                                   PurchaseOrderService &orders)
    : m_services(core), m_catalog(catalog), m_ledger(ledger), m_suppliers(suppliers), m_serials(serials),
      m_orders(orders)
{
}

Result<Money> ReceivingService::movingAverage(Money currentCost, Quantity onHand, Money unitCost, Quantity quantity)
{
    if (quantity.milli() <= 0)
        return Error::invalidInput(tr("A received quantity must be more than zero."));
    if (onHand.milli() <= 0)
        return unitCost;
    if (currentCost.currency() != unitCost.currency() || !unitCost.hasCurrency())
        return Error::invalidInput(tr("The average cost cannot be calculated from amounts in different currencies."),
                                   currentCost.currency().code() + QStringLiteral(" vs ") + unitCost.currency().code());
    const Int128 numerator = Int128(currentCost.minor()) * onHand.milli() + Int128(unitCost.minor()) * quantity.milli();
    const Int128 denominator = Int128(onHand.milli()) + quantity.milli();
    std::int64_t fen = 0;
    if (!divideRounded(numerator, denominator, RoundingMode::HalfUp, &fen))
        return Error::overflow(tr("The average cost is too large."));
    return Money::fromMinor(fen, unitCost.currency());
}

Status ReceivingService::addScan(ReceiveRequest &request, const QString &code, int times) const
{
    if (times <= 0)
        return Error::invalidInput(tr("Scan at least once."));
    auto match = m_catalog.lookup(code);
    if (!match)
        return match.error();
    auto quantity = match->packQuantity.times(times);
    if (!quantity)
        return quantity.error();
    for (ReceiptLine &line : request.lines) {
        if (line.product == match->product.id) {
            auto sum = line.quantity.plus(*quantity);
            if (!sum)
                return sum.error();
            line.quantity = *sum;
            return {};
        }
    }
    request.lines << ReceiptLine{match->product.id, *quantity, std::nullopt};
    return {};
}

Result<GoodsReceipt> ReceivingService::receive(const Session &session, const ReceiveRequest &request)
{
    const PermissionService &permissions = m_services.permissions();
    if (Status allowed = permissions.require(session, PurchasingPermissions::kReceive); !allowed)
        return allowed.error();
    if (request.acceptOverReceipt) {
        if (Status allowed = permissions.require(session, PurchasingPermissions::kOrder); !allowed)
            return allowed.error();
    }
    if (Status valid = purchasing::checkLines(request.lines, m_services.storeProfile().currency()); !valid)
        return valid.error();
    const QList<ReceiptLine> lines = purchasing::merged(request.lines);
    GoodsReceipt receipt;
    const Status done = m_services.store().transaction([&]() -> Status {
        auto delivery = open(session, request);
        if (!delivery)
            return delivery.error();
        for (const ReceiptLine &line : lines) {
            if (Status received = receiveLine(session, request, *delivery, line); !received)
                return received;
        }
        if (Status finished = finish(session, request, *delivery); !finished)
            return finished;
        receipt = delivery->receipt;
        return {};
    });
    if (!done)
        return done.error();
    return receipt;
}

Result<ReceivingService::Delivery> ReceivingService::open(const Session &session, const ReceiveRequest &request)
{
    Delivery d(m_services.storeProfile().currency());
    GoodsReceipt &receipt = d.receipt;
    receipt.supplier = request.supplier;
    receipt.location = request.location;
    if (request.order.isValid()) {
        // Many writers (issue 9): the order's lines are read (ordered, received so far, status) and
        // written back as received + this delivery. On PostgreSQL two lanes receiving on one order
        // would both start from the same figures and one delivery would vanish from the order, so
        // the order's row is taken first (forUpdate()) and read after the other lane commits.
        // SQLite's write lock already serialises them.
        auto taken = m_services.store().exec(QStringLiteral("SELECT id FROM purchase_orders WHERE id = ?")
                                                 + m_services.store().dialect().forUpdate(),
                                             {idValue(request.order.value())}, tr("The purchase order could not be read."));
        if (!taken)
            return taken.error();
        auto loaded = m_orders.order(request.order);
        if (!loaded)
            return loaded.error();
        d.po = *loaded;
        if (!d.po->isOpen()) {
            return Error::conflict(tr("%1 is %2; nothing more can be received on it.")
                                       .arg(d.po->number, purchaseOrderStatusName(d.po->status)));
        }
        receipt.order = d.po->id;
        receipt.supplier = d.po->supplier;
        if (!receipt.location.isValid())
            receipt.location = d.po->location;
    } else {
        if (!receipt.supplier.isValid())
            return Error::invalidInput(tr("Choose the supplier who delivered the goods."));
        if (!receipt.location.isValid())
            return Error::invalidInput(tr("Choose where the goods are received."));
    }
    auto supplier = m_suppliers.supplier(receipt.supplier);
    if (!supplier)
        return supplier.error();
    d.supplier = *supplier;

    auto doc = purchasing::nextDocumentNumber(m_services, DocumentKinds::kGoodsReceipt);
    if (!doc)
        return doc.error();
    receipt.number = doc->second;
    receipt.at = m_services.store().clock().now();
    auto header = insertReturningId(m_services.store(),
        QStringLiteral("INSERT INTO receipts (number, order_id, supplier_id, location_id, operator_id, at,"
                       " delivery_note, value_fen) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
        {doc->second, optionalId(receipt.order.value()), idValue(receipt.supplier.value()),
         idValue(receipt.location.value()), optionalId(session.operatorId.value()),
         storedTime(receipt.at), text(request.deliveryNote.trimmed())},
        tr("The delivery could not be saved; check the location."));
    if (!header)
        return header.error();
    d.documentId = *header;
    receipt.id = GoodsReceiptId(d.documentId);
    d.tolerancePercent = qMax(0, kOverReceiptTolerancePercent.get(m_services.settings()));
    return d;
}

Status ReceivingService::receiveLine(const Session &session, const ReceiveRequest &request, Delivery &delivery,
                                     const ReceiptLine &line)
{
    auto product = purchasing::productCost(m_services.store(), line.product, delivery.currency);
    if (!product)
        return product.error();
    if (Status serials = purchasing::checkSerials(*product, line, GoodsDirection::In); !serials)
        return serials;
    Booking booking{line, *product, nullptr, product->cost};
    if (delivery.po) {
        auto it = std::find_if(delivery.po->lines.begin(), delivery.po->lines.end(),
                               [&](const PurchaseOrderLine &l) { return l.product == line.product; });
        if (it != delivery.po->lines.end())
            booking.poLine = &*it;
    }
    // The cost: as given, else the PO line's, else the supplier's last, else the product's current cost.
    if (line.unitCost) {
        booking.cost = *line.unitCost;
    } else if (booking.poLine) {
        booking.cost = booking.poLine->unitCost;
    } else {
        auto fromSupplier = purchasing::supplierCost(m_services.store(), delivery.receipt.supplier, line.product,
                                                        delivery.currency);
        if (!fromSupplier)
            return fromSupplier.error();
        if (*fromSupplier)
            booking.cost = **fromSupplier;
    }
    if (delivery.po) {
        if (Status matched = matchOrderLine(request, delivery, booking); !matched)
            return matched;
    }
    return book(session, delivery, booking);
}

Status ReceivingService::matchOrderLine(const ReceiveRequest &request, Delivery &delivery, Booking &booking)
{
    Store &store = m_services.store();
    PurchaseOrder &po = *delivery.po;
    const ReceiptLine &line = booking.line;
    const ProductCost &product = booking.product;
    if (!booking.poLine) {
        if (!request.acceptOverReceipt) {
            return Error::conflict(tr("%1 (%2) is not on purchase order %3. A manager can accept it anyway.")
                                       .arg(product.name, product.sku, po.number));
        }
        auto added = insertReturningId(store, QStringLiteral("INSERT INTO purchase_order_lines (order_id, product_id,"
                                               " ordered_milli, received_milli, unit_cost_fen) VALUES (?, ?, 0, 0, ?)"),
                                {idValue(po.id.value()), idValue(line.product.value()), number64(booking.cost.minor())},
                                tr("The purchase order could not be saved."));
        if (!added)
            return added.error();
        PurchaseOrderLine extra;
        extra.id = *added;
        extra.product = line.product;
        extra.unitCost = booking.cost;
        po.lines << extra;
        booking.poLine = &po.lines.last();
        delivery.overReceived << QStringLiteral("%1 not ordered, %2").arg(product.sku, qtyText(line.quantity));
    }
    PurchaseOrderLine &poLine = *booking.poLine;
    auto received = poLine.received.plus(line.quantity);
    if (!received)
        return received.error();
    const Quantity after = *received;
    const Int128 limit = Int128(poLine.ordered.milli()) * (100 + delivery.tolerancePercent);
    if (Int128(after.milli()) * 100 > limit && !poLine.ordered.isZero()) {
        if (!request.acceptOverReceipt) {
            return Error::conflict(
                tr("Too much %1 (%2) for %3: %4 ordered, %5 received before, %6 now. A manager can accept it.")
                    .arg(product.name, product.sku, po.number, qtyText(poLine.ordered), qtyText(poLine.received),
                         qtyText(line.quantity)));
        }
        delivery.overReceived << QStringLiteral("%1 %2 of %3").arg(product.sku, qtyText(after), qtyText(poLine.ordered));
    }
    auto updated = store.exec(QStringLiteral("UPDATE purchase_order_lines SET received_milli = ? WHERE id = ?"),
                              {number64(after.milli()), number64(poLine.id)}, tr("The purchase order could not be saved."));
    if (!updated)
        return updated.error();
    poLine.received = after;
    return {};
}

Status ReceivingService::book(const Session &session, Delivery &delivery, const Booking &booking)
{
    Store &store = m_services.store();
    const ReceiptLine &line = booking.line;
    const GoodsReceipt &receipt = delivery.receipt;
    auto onHand = m_ledger.onHand(line.product);
    if (!onHand)
        return onHand.error();
    auto average = movingAverage(booking.product.cost, *onHand, booking.cost, line.quantity);
    if (!average)
        return average.error();
    auto amount = booking.cost.times(line.quantity);
    if (!amount)
        return amount.error();
    auto sum = delivery.value.plus(*amount);
    if (!sum)
        return sum.error();
    delivery.value = *sum;

    auto moved = m_ledger.post(StockMovement{line.product, receipt.location, line.quantity, StockReason::kReceipt,
                                             session.operatorId, receipt.number});
    if (!moved)
        return moved.error();
    if (booking.product.serialTracked) {
        if (Status recorded = m_serials.recordReceipt(line.product, line.serials, receipt.location, receipt.number,
                                                      session.operatorId);
            !recorded)
            return recorded;
    }
    auto costed = store.exec(QStringLiteral("UPDATE products SET cost_fen = ? WHERE id = ?"),
                             {number64(average->minor()), idValue(line.product.value())},
                             tr("The product's cost could not be saved."));
    if (!costed)
        return costed.error();
    auto lastCost = store.exec(QStringLiteral("UPDATE supplier_items SET last_cost_fen = ? WHERE supplier_id = ? AND product_id = ?"),
                               {number64(booking.cost.minor()), idValue(receipt.supplier.value()), idValue(line.product.value())},
                               tr("The supplier's cost could not be saved."));
    if (!lastCost)
        return lastCost.error();
    auto row = store.exec(QStringLiteral("INSERT INTO receipt_lines (receipt_id, product_id, qty_milli, unit_cost_fen,"
                                         " cost_before_fen, cost_after_fen) VALUES (?, ?, ?, ?, ?, ?)"),
                          {number64(delivery.documentId), idValue(line.product.value()), number64(line.quantity.milli()),
                           number64(booking.cost.minor()), number64(booking.product.cost.minor()),
                           number64(average->minor())},
                          tr("The delivery could not be saved."));
    if (!row)
        return row.error();
    delivery.receipt.lines << ReceiptLine{line.product, line.quantity, booking.cost, line.serials};
    return {};
}

Status ReceivingService::finish(const Session &session, const ReceiveRequest &request, Delivery &delivery)
{
    Store &store = m_services.store();
    GoodsReceipt &receipt = delivery.receipt;
    receipt.value = delivery.value;
    auto valued = store.exec(QStringLiteral("UPDATE receipts SET value_fen = ? WHERE id = ?"),
                             {number64(delivery.value.minor()), number64(delivery.documentId)},
                             tr("The delivery could not be saved."));
    if (!valued)
        return valued.error();
    const std::optional<PurchaseOrder> &po = delivery.po;
    if (po) {
        bool complete = true;
        for (const PurchaseOrderLine &l : std::as_const(po->lines))
            complete = complete && l.received >= l.ordered;
        receipt.orderStatus = complete ? PurchaseOrderStatus::Received : PurchaseOrderStatus::PartlyReceived;
        const QString now = storedTime(receipt.at);
        auto updated = store.exec(
            QStringLiteral("UPDATE purchase_orders SET status = ?, sent_at = COALESCE(sent_at, ?), closed_at = ? WHERE id = ?"),
            {purchaseOrderStatusKey(receipt.orderStatus), now,
             complete ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)), idValue(po->id.value())},
            tr("The purchase order could not be saved."));
        if (!updated)
            return updated.error();
    }
    const QString note = request.deliveryNote.trimmed();
    const QStringList &over = delivery.overReceived;
    auto audited = m_services.auditLog().append(AuditRecord{
        session.auditActor(), session.auditApprover(), QStringLiteral("po.receive"),
        QStringLiteral("receipt:%1").arg(receipt.number), over.isEmpty() ? AuditOutcome::kOk : QStringLiteral("over"),
        QStringLiteral("%1%2, %3 lines, %4%5%6")
            .arg(delivery.supplier.name, po ? QStringLiteral(" ") + po->number : QString())
            .arg(receipt.lines.size())
            .arg(delivery.value.toPlainString(), note.isEmpty() ? QString() : QStringLiteral(", note ") + note,
                 over.isEmpty() ? QString() : QStringLiteral("; over-receipt accepted: ") + over.join(QStringLiteral("; ")))});
    return audited ? Status() : Status(audited.error());
}

Result<QList<GoodsReceipt>> ReceivingService::receipts(PurchaseOrderId order) const
{
    const Currency currency = m_services.storeProfile().currency();
    const Store &store = m_services.store();
    auto q = store.exec(QStringLiteral("SELECT id, number, supplier_id, location_id, at, value_fen FROM receipts"
                                       " WHERE order_id = ? ORDER BY id"),
                        {idValue(order.value())}, tr("The deliveries could not be read."));
    if (!q)
        return q.error();
    QList<GoodsReceipt> list;
    while (q->next()) {
        GoodsReceipt r;
        r.id = GoodsReceiptId(q->value(0).toLongLong());
        r.number = q->value(1).toString();
        r.order = order;
        r.supplier = SupplierId(q->value(2).toLongLong());
        r.location = LocationId(q->value(3).toLongLong());
        r.at = timeOf(q->value(4));
        r.value = Money::fromMinor(q->value(5).toLongLong(), currency);
        list << r;
    }
    for (GoodsReceipt &r : list) {
        auto lines = store.exec(QStringLiteral("SELECT product_id, qty_milli, unit_cost_fen FROM receipt_lines"
                                               " WHERE receipt_id = ? ORDER BY id"),
                                {idValue(r.id.value())}, tr("The deliveries could not be read."));
        if (!lines)
            return lines.error();
        while (lines->next()) {
            r.lines << ReceiptLine{ProductId(lines->value(0).toLongLong()), Quantity::fromMilli(lines->value(1).toLongLong()),
                                   Money::fromMinor(lines->value(2).toLongLong(), currency)};
        }
    }
    return list;
}

Result<QList<GoodsReceiptSummary>> ReceivingService::recent(int limit, int offset) const
{
    const Currency currency = m_services.storeProfile().currency();
    auto q = m_services.store().exec(
        QStringLiteral("SELECT r.id, r.number, COALESCE(o.number, ''), r.supplier_id, s.name, r.location_id, r.at,"
                       " r.delivery_note, r.value_fen, (SELECT COUNT(*) FROM receipt_lines l WHERE l.receipt_id = r.id)"
                       " FROM receipts r JOIN suppliers s ON s.id = r.supplier_id"
                       " LEFT JOIN purchase_orders o ON o.id = r.order_id ORDER BY r.id DESC LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)}, tr("The deliveries could not be read."));
    if (!q)
        return q.error();
    QList<GoodsReceiptSummary> list;
    while (q->next()) {
        GoodsReceiptSummary r;
        r.id = GoodsReceiptId(q->value(0).toLongLong());
        r.number = q->value(1).toString();
        r.orderNumber = q->value(2).toString();
        r.supplier = SupplierId(q->value(3).toLongLong());
        r.supplierName = q->value(4).toString();
        r.location = LocationId(q->value(5).toLongLong());
        r.at = timeOf(q->value(6));
        r.deliveryNote = q->value(7).toString();
        r.value = Money::fromMinor(q->value(8).toLongLong(), currency);
        r.lineCount = q->value(9).toInt();
        list << r;
    }
    return list;
}

} // namespace qtill::inventory
