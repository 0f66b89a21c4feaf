#include "purchaseorderservice.h"

#include "documentkinds.h"
#include "purchasinglines.h"
#include "stockledger.h"
#include "supplierservice.h"

#include "core/insertreturningid.h"
#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/ids.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::PurchaseOrderService", text);
}

/// A new document's number ("PO-R01-00000042", see DocumentNumbers) and id 0: the id is the row's own,
/// set once it is inserted. Called inside the transaction that inserts it, so a failed save gives the
/// number back.
Result<std::pair<qint64, QString>> nextDocument(Services &services, const DocumentKind &kind)
{
    auto number = services.documentNumbers().next(kind);
    if (!number)
        return number.error();
    return std::pair<qint64, QString>{0, *number};
}

using purchasing::checkCost;
using purchasing::idValue;
using purchasing::number64;
using purchasing::optionalId;
using purchasing::productCost;
using purchasing::supplierCost;
using purchasing::text;
using purchasing::timeOf;

/// Draft lines of the same product added up (checked; the last cost given wins), in first-seen order.
/// InvalidInput for a quantity ≤ 0 or a cost that checkCost refuses.
Result<QList<DraftOrderLine>> mergedDraftLines(const QList<DraftOrderLine> &lines, const Currency &currency)
{
    QList<DraftOrderLine> byProduct;
    for (const DraftOrderLine &line : lines) {
        if (line.quantity.milli() <= 0)
            return Error::invalidInput(tr("Every quantity ordered must be more than zero."));
        if (Status cost = checkCost(line.unitCost, currency); !cost)
            return cost.error();
        auto it = std::find_if(byProduct.begin(), byProduct.end(),
                               [&](const DraftOrderLine &l) { return l.product == line.product; });
        if (it == byProduct.end()) {
            byProduct << line;
            continue;
        }
        auto sum = it->quantity.plus(line.quantity);
        if (!sum)
            return sum.error();
        it->quantity = *sum;
        if (line.unitCost)
            it->unitCost = line.unitCost;
    }
    return byProduct;
}

/// Writes the lines of draft `order` from `supplier`, each at its cost: as given, else the supplier
/// item's last cost, else the product's current cost (in `currency`, the store's).
Status insertDraftLines(Store &store, qint64 order, SupplierId supplier, const QList<DraftOrderLine> &lines,
                        const Currency &currency)
{
    for (const DraftOrderLine &line : lines) {
        auto product = productCost(store, line.product, currency);
        if (!product)
            return product.error();
        Money cost = product->cost;
        if (line.unitCost) {
            cost = *line.unitCost;
        } else {
            auto fromSupplier = supplierCost(store, supplier, line.product, currency);
            if (!fromSupplier)
                return fromSupplier.error();
            if (*fromSupplier)
                cost = **fromSupplier;
        }
        auto added = store.exec(QStringLiteral("INSERT INTO purchase_order_lines (order_id, product_id, ordered_milli,"
                                               " received_milli, unit_cost_fen) VALUES (?, ?, ?, 0, ?)"),
                                {number64(order), idValue(line.product.value()), number64(line.quantity.milli()),
                                 number64(cost.minor())},
                                tr("The purchase order could not be saved."));
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace

Result<std::pair<qint64, QString>> purchasing::nextDocumentNumber(Services &services, const DocumentKind &kind)
{
    return nextDocument(services, kind);
}

PurchaseOrderService::PurchaseOrderService(Services &core, SupplierService &suppliers, const StockLedger &ledger)
    : m_services(core), m_suppliers(suppliers), m_ledger(ledger)
{
}

Result<PurchaseOrderId> PurchaseOrderService::createDraft(const Session &session, SupplierId supplier,
                                                          const QList<DraftOrderLine> &lines, LocationId location,
                                                          const QString &note)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed.error();
    if (lines.isEmpty())
        return Error::invalidInput(tr("A purchase order needs at least one product."));
    const Currency currency = m_services.storeProfile().currency();
    auto byProduct = mergedDraftLines(lines, currency);
    if (!byProduct)
        return byProduct.error();
    Store &store = m_services.store();
    PurchaseOrderId created;
    const Status done = store.transaction([&]() -> Status {
        auto sup = m_suppliers.supplier(supplier);
        if (!sup)
            return sup.error();
        if (!sup->active)
            return Error::conflict(tr("%1 is no longer an active supplier.").arg(sup->name));
        LocationId target = location;
        if (!target.isValid()) {
            auto all = m_ledger.locations();
            if (!all)
                return all.error();
            if (all->isEmpty())
                return Error::conflict(tr("Add a stock location before ordering."));
            target = all->first().id;
        }
        auto doc = nextDocument(m_services, DocumentKinds::kPurchaseOrder);
        if (!doc)
            return doc.error();
        auto inserted = insertReturningId(store,
            QStringLiteral("INSERT INTO purchase_orders (number, supplier_id, location_id, status, created_by,"
                           " created_at, note) VALUES (?, ?, ?, 'draft', ?, ?, ?)"),
            {doc->second, idValue(supplier.value()), idValue(target.value()),
             optionalId(session.operatorId.value()), storedTime(store.clock().now()), text(note.trimmed())},
            tr("The purchase order could not be saved; check the delivery location."));
        if (!inserted)
            return inserted.error();
        doc->first = *inserted;
        created = PurchaseOrderId(doc->first);

        if (Status written = insertDraftLines(store, doc->first, supplier, *byProduct, currency); !written)
            return written;
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.create"), QStringLiteral("po:%1").arg(doc->second),
                        AuditOutcome::kOk,
                        QStringLiteral("%1, %2 lines%3")
                            .arg(sup->name)
                            .arg(byProduct->size())
                            .arg(note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return created;
}

Result<QList<PurchaseOrderId>> PurchaseOrderService::createDrafts(const Session &session,
                                                                  const QList<DraftOrderLine> &lines,
                                                                  LocationId location, const QString &note)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed.error();
    if (lines.isEmpty())
        return Error::invalidInput(tr("A purchase order needs at least one product."));
    QList<SupplierId> order;
    QHash<SupplierId, QList<DraftOrderLine>> bySupplier;
    for (DraftOrderLine line : lines) {
        if (!line.supplier.isValid()) {
            auto preferred = m_suppliers.preferredItem(line.product);
            if (!preferred)
                return preferred.error();
            if (!*preferred) {
                auto product = productCost(m_services.store(), line.product, m_services.storeProfile().currency());
                if (!product)
                    return product.error();
                return Error::invalidInput(tr("No supplier is known for %1 (%2). Add one before ordering it.")
                                               .arg(product->name, product->sku));
            }
            line.supplier = (*preferred)->supplier;
        }
        if (!bySupplier.contains(line.supplier))
            order << line.supplier;
        bySupplier[line.supplier] << line;
    }
    QList<PurchaseOrderId> created;
    const Status done = m_services.store().transaction([&]() -> Status {
        for (SupplierId supplier : std::as_const(order)) {
            auto id = createDraft(session, supplier, bySupplier.value(supplier), location, note);
            if (!id)
                return id.error();
            created << *id;
        }
        return {};
    });
    if (!done)
        return done.error();
    return created;
}

Status PurchaseOrderService::updateDraft(const Session &session, PurchaseOrderId id, const QList<DraftOrderLine> &lines,
                                         LocationId location, const QString &note)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    if (lines.isEmpty())
        return Error::invalidInput(tr("A purchase order needs at least one product."));
    const Currency currency = m_services.storeProfile().currency();
    auto byProduct = mergedDraftLines(lines, currency);
    if (!byProduct)
        return byProduct.error();
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = lockedOrder(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Draft)
            return Error::conflict(tr("%1 is %2; only a draft can be changed.").arg(po->number, purchaseOrderStatusName(po->status)));
        auto header = store.exec(QStringLiteral("UPDATE purchase_orders SET location_id = ?, note = ? WHERE id = ?"),
                                 {idValue((location.isValid() ? location : po->location).value()), text(note.trimmed()),
                                  idValue(id.value())},
                                 tr("The purchase order could not be saved; check the delivery location."));
        if (!header)
            return header.error();
        auto removed = store.exec(QStringLiteral("DELETE FROM purchase_order_lines WHERE order_id = ?"), {idValue(id.value())},
                                  tr("The purchase order could not be saved."));
        if (!removed)
            return removed.error();
        if (Status written = insertDraftLines(store, id.value(), po->supplier, *byProduct, currency); !written)
            return written;
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.update"), QStringLiteral("po:%1").arg(po->number),
                        AuditOutcome::kOk, QStringLiteral("%1, %2 lines").arg(po->supplierName).arg(byProduct->size())});
        return audited ? Status() : Status(audited.error());
    });
}

Status PurchaseOrderService::send(const Session &session, PurchaseOrderId id)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = lockedOrder(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Draft)
            return Error::conflict(tr("%1 is %2; only a draft can be sent.").arg(po->number, purchaseOrderStatusName(po->status)));
        if (po->lines.isEmpty())
            return Error::conflict(tr("%1 has no products yet.").arg(po->number));
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'sent', sent_at = ? WHERE id = ?"),
                                  {storedTime(store.clock().now()), idValue(id.value())},
                                  tr("The purchase order could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.send"),
                                                                QStringLiteral("po:%1").arg(po->number),
                                                                AuditOutcome::kOk, po->supplierName});
        return audited ? Status() : Status(audited.error());
    });
}

Status PurchaseOrderService::cancel(const Session &session, PurchaseOrderId id, const QString &reason)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = lockedOrder(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Draft && po->status != PurchaseOrderStatus::Sent)
            return Error::conflict(tr("%1 is %2 and cannot be cancelled.").arg(po->number, purchaseOrderStatusName(po->status)));
        for (const PurchaseOrderLine &line : std::as_const(po->lines)) {
            if (!line.received.isZero())
                return Error::conflict(tr("Goods were received on %1; close it instead.").arg(po->number));
        }
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'cancelled', closed_at = ? WHERE id = ?"),
                                  {storedTime(store.clock().now()), idValue(id.value())},
                                  tr("The purchase order could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.cancel"),
                                                                QStringLiteral("po:%1").arg(po->number),
                                                                AuditOutcome::kOk, reason.trimmed()});
        return audited ? Status() : Status(audited.error());
    });
}

Status PurchaseOrderService::close(const Session &session, PurchaseOrderId id, const QString &reason)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = lockedOrder(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Sent && po->status != PurchaseOrderStatus::PartlyReceived)
            return Error::conflict(tr("%1 is %2 and cannot be closed.").arg(po->number, purchaseOrderStatusName(po->status)));
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'closed', closed_at = ? WHERE id = ?"),
                                  {storedTime(store.clock().now()), idValue(id.value())},
                                  tr("The purchase order could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.close"),
                                                                QStringLiteral("po:%1").arg(po->number),
                                                                AuditOutcome::kOk, reason.trimmed()});
        return audited ? Status() : Status(audited.error());
    });
}

Result<PurchaseOrder> PurchaseOrderService::lockedOrder(PurchaseOrderId id) const
{
    // Many writers (issue 9): editing, sending, cancelling and closing read the order's status and
    // write on that reading, as receiving does (ReceivingService::open). On PostgreSQL an order could
    // be cancelled while a delivery is booked on it, so each takes the order's row first
    // (forUpdate()) and reads it after the other writer commits. SQLite's write lock already does.
    Store &store = m_services.store();
    auto taken = store.exec(QStringLiteral("SELECT id FROM purchase_orders WHERE id = ?") + store.dialect().forUpdate(),
                            {idValue(id.value())}, tr("The purchase order could not be read."));
    if (!taken)
        return taken.error();
    return order(id);
}

Result<PurchaseOrder> PurchaseOrderService::order(PurchaseOrderId id) const
{
    const Currency currency = m_services.storeProfile().currency();
    const Store &store = m_services.store();
    auto q = store.exec(QStringLiteral("SELECT o.id, o.number, o.supplier_id, s.name, o.location_id, o.status, o.created_by,"
                                       " o.created_at, o.sent_at, o.closed_at, o.note"
                                       " FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id WHERE o.id = ?"),
                        {idValue(id.value())}, tr("The purchase order could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no purchase order with id %1.").arg(id.value()));
    PurchaseOrder po;
    po.id = PurchaseOrderId(q->value(0).toLongLong());
    po.number = q->value(1).toString();
    po.supplier = SupplierId(q->value(2).toLongLong());
    po.supplierName = q->value(3).toString();
    po.location = LocationId(q->value(4).toLongLong());
    po.status = purchaseOrderStatusFromKey(q->value(5).toString());
    po.createdBy = OperatorId(q->value(6).toLongLong());
    po.createdAt = timeOf(q->value(7));
    po.sentAt = timeOf(q->value(8));
    po.closedAt = timeOf(q->value(9));
    po.note = q->value(10).toString();
    auto lines = store.exec(
        QStringLiteral("SELECT l.id, l.product_id, p.sku, p.name, p.unit, COALESCE(i.supplier_code, ''), l.ordered_milli,"
                       " l.received_milli, l.unit_cost_fen FROM purchase_order_lines l"
                       " JOIN products p ON p.id = l.product_id"
                       " LEFT JOIN supplier_items i ON i.supplier_id = ? AND i.product_id = l.product_id"
                       " WHERE l.order_id = ? ORDER BY l.id"),
        {idValue(po.supplier.value()), idValue(po.id.value())}, tr("The purchase order could not be read."));
    if (!lines)
        return lines.error();
    while (lines->next()) {
        PurchaseOrderLine line;
        line.id = lines->value(0).toLongLong();
        line.product = ProductId(lines->value(1).toLongLong());
        line.sku = lines->value(2).toString();
        line.name = lines->value(3).toString();
        line.unit = lines->value(4).toString();
        line.supplierCode = lines->value(5).toString();
        line.ordered = Quantity::fromMilli(lines->value(6).toLongLong());
        line.received = Quantity::fromMilli(lines->value(7).toLongLong());
        line.unitCost = Money::fromMinor(lines->value(8).toLongLong(), currency);
        po.lines << line;
    }
    return po;
}

Result<PurchaseOrder> PurchaseOrderService::orderByNumber(const QString &number) const
{
    auto q = m_services.store().exec(QStringLiteral("SELECT id FROM purchase_orders WHERE number = ?"),
                                     {number.trimmed().toUpper()}, tr("The purchase order could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no purchase order %1.").arg(number.trimmed()));
    return order(PurchaseOrderId(q->value(0).toLongLong()));
}

Result<QList<PurchaseOrderSummary>> PurchaseOrderService::orders(const QList<PurchaseOrderStatus> &statuses,
                                                                 SupplierId supplier, int limit, int offset) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (PurchaseOrderStatus s : statuses) {
            marks << QStringLiteral("?");
            values << purchaseOrderStatusKey(s);
        }
        where += QStringLiteral(" AND o.status IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (supplier.isValid()) {
        where += QStringLiteral(" AND o.supplier_id = ?");
        values << idValue(supplier.value());
    }
    values << qMax(0, limit) << qMax(0, offset);
    auto q = m_services.store().exec(
        QStringLiteral("SELECT o.id, o.number, o.supplier_id, s.name, o.location_id, o.status, o.created_at,"
                       " (SELECT COUNT(*) FROM purchase_order_lines l WHERE l.order_id = o.id)"
                       " FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id")
            + where + QStringLiteral(" ORDER BY o.id DESC LIMIT ? OFFSET ?"),
        values, tr("The purchase orders could not be read."));
    if (!q)
        return q.error();
    const Currency currency = m_services.storeProfile().currency();
    QList<PurchaseOrderSummary> list;
    while (q->next()) {
        PurchaseOrderSummary s;
        s.id = PurchaseOrderId(q->value(0).toLongLong());
        s.number = q->value(1).toString();
        s.supplier = SupplierId(q->value(2).toLongLong());
        s.supplierName = q->value(3).toString();
        s.location = LocationId(q->value(4).toLongLong());
        s.status = purchaseOrderStatusFromKey(q->value(5).toString());
        s.createdAt = timeOf(q->value(6));
        s.lineCount = q->value(7).toInt();
        s.orderedValue = Money::zero(currency);
        list << s;
    }
    // The value is Σ quantity × cost rounded per line, as on the order itself.
    for (PurchaseOrderSummary &s : list) {
        auto lines = m_services.store().exec(
            QStringLiteral("SELECT ordered_milli, unit_cost_fen FROM purchase_order_lines WHERE order_id = ?"),
            {idValue(s.id.value())}, tr("The purchase orders could not be read."));
        if (!lines)
            return lines.error();
        while (lines->next()) {
            auto amount = Money::fromMinor(lines->value(1).toLongLong(), currency)
                              .times(Quantity::fromMilli(lines->value(0).toLongLong()));
            auto sum = amount ? s.orderedValue.plus(*amount) : amount;
            if (!sum) {
                Error error = sum.error();
                error.message = tr("The value of %1 cannot be shown: %2").arg(s.number, error.message);
                return error;
            }
            s.orderedValue = *sum;
        }
    }
    return list;
}

Result<Quantity> PurchaseOrderService::onOrder(ProductId product) const
{
    auto q = m_services.store().exec(
        QStringLiteral("SELECT COALESCE(SUM(l.ordered_milli - l.received_milli), 0) FROM purchase_order_lines l"
                       " JOIN purchase_orders o ON o.id = l.order_id"
                       " WHERE l.product_id = ? AND o.status IN ('draft', 'sent', 'partly_received')"
                       " AND l.ordered_milli > l.received_milli"),
        {idValue(product.value())}, tr("The purchase orders could not be read."));
    if (!q)
        return q.error();
    return Quantity::fromMilli(q->next() ? q->value(0).toLongLong() : 0);
}

Result<QHash<ProductId, Quantity>> PurchaseOrderService::onOrderAll() const
{
    auto q = m_services.store().exec(
        QStringLiteral("SELECT l.product_id, SUM(l.ordered_milli - l.received_milli) FROM purchase_order_lines l"
                       " JOIN purchase_orders o ON o.id = l.order_id"
                       " WHERE o.status IN ('draft', 'sent', 'partly_received') AND l.ordered_milli > l.received_milli"
                       " GROUP BY l.product_id"),
        {}, tr("The purchase orders could not be read."));
    if (!q)
        return q.error();
    QHash<ProductId, Quantity> map;
    while (q->next())
        map.insert(ProductId(q->value(0).toLongLong()), Quantity::fromMilli(q->value(1).toLongLong()));
    return map;
}

} // namespace qtill::inventory
