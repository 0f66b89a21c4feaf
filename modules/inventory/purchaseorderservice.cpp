#include "purchaseorderservice.h"

#include "catalog.h"
#include "documentkinds.h"
#include "stockledger.h"
#include "supplierservice.h"

#include "core/insertreturningid.h"
#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/rounding.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"
#include "core/ids.h"
#include "serialnumberservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::PurchaseOrderService", text);
}

QVariant idValue(std::int64_t id)
{
    return QVariant::fromValue(static_cast<qlonglong>(id));
}

/// Bound text for NOT NULL columns: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QVariant optionalId(std::int64_t id)
{
    return id != 0 ? idValue(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant number64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qlonglong>(v));
}

QString qtyText(Quantity q)
{
    return q.toString(QLocale());
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
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

struct ProductCost
{
    QString sku;
    QString name;
    Money cost;
    bool serialTracked = false;
};

/// The product's sku, name, cost (in `currency`, the store's) and whether it is serial-tracked.
Result<ProductCost> productCost(const Store &store, ProductId product, const Currency &currency)
{
    auto q = store.exec(QStringLiteral("SELECT sku, name, cost_fen, serial_tracked FROM products WHERE id = ?"),
                        {idValue(product.value())},
                        tr("The product could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no product with id %1.").arg(product.value()));
    return ProductCost{q->value(0).toString(), q->value(1).toString(), Money::fromMinor(q->value(2).toLongLong(), currency),
                       q->value(3).toInt() != 0};
}

/// The supplier item's last cost in `currency` (the store's), when there is one.
Result<std::optional<Money>> supplierCost(const Store &store, SupplierId supplier, ProductId product,
                                          const Currency &currency)
{
    auto q = store.exec(QStringLiteral("SELECT last_cost_fen FROM supplier_items WHERE supplier_id = ? AND product_id = ?"),
                        {idValue(supplier.value()), idValue(product.value())}, tr("The supplier items could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Money>();
    return std::optional<Money>(Money::fromMinor(q->value(0).toLongLong(), currency));
}

/// Lines of the same product added up, in first-seen order.
QList<ReceiptLine> merged(const QList<ReceiptLine> &lines)
{
    QList<ReceiptLine> out;
    for (const ReceiptLine &line : lines) {
        auto it = std::find_if(out.begin(), out.end(), [&](const ReceiptLine &l) { return l.product == line.product; });
        if (it == out.end()) {
            out << line;
        } else {
            it->quantity = Quantity::fromMilli(it->quantity.milli() + line.quantity.milli()); // checked by checkLines
            if (line.unitCost)
                it->unitCost = line.unitCost;
            it->serials += line.serials;
        }
    }
    return out;
}

/// A cost someone typed or passed in: not negative, and in the store's currency (never mixed in silently).
Status checkCost(const std::optional<Money> &cost, const Currency &currency)
{
    if (!cost)
        return {};
    if (cost->currency() != currency) {
        return Error::invalidInput(tr("A cost must be in the store's currency (%1).").arg(currency.code()),
                                   QStringLiteral("cost in ") + cost->currency().code());
    }
    if (cost->isNegative())
        return Error::invalidInput(tr("A cost cannot be negative."));
    return {};
}

/// The lines are not empty, every quantity is positive, the quantities of one product add up without
/// overflow, and every given cost is valid (checkCost).
Status checkLines(const QList<ReceiptLine> &lines, const Currency &currency)
{
    if (lines.isEmpty())
        return Error::invalidInput(tr("Add at least one product."));
    QHash<ProductId, Quantity> perProduct;
    for (const ReceiptLine &line : lines) {
        if (line.quantity.milli() <= 0)
            return Error::invalidInput(tr("Every quantity must be more than zero."));
        if (Status cost = checkCost(line.unitCost, currency); !cost)
            return cost;
        auto sum = perProduct.value(line.product).plus(line.quantity);
        if (!sum)
            return sum.error();
        perProduct.insert(line.product, *sum);
    }
    return {};
}

/// Draft lines of the same product added up (checked), in first-seen order; every cost checked.
Result<QList<DraftOrderLine>> mergedDraft(const QList<DraftOrderLine> &lines, const Currency &currency)
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

} // namespace

const Setting<int> PurchaseOrderService::kOverReceiptTolerancePercent{"purchasing/overReceiptTolerancePercent", 0};

PurchaseOrderService::PurchaseOrderService(Services &services) : m_services(services) {}

Result<Money> PurchaseOrderService::movingAverage(Money currentCost, Quantity onHand, Money unitCost, Quantity quantity)
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

Result<PurchaseOrderId> PurchaseOrderService::createDraft(const Session &session, SupplierId supplier,
                                                          const QList<DraftOrderLine> &lines, LocationId location,
                                                          const QString &note)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed.error();
    if (lines.isEmpty())
        return Error::invalidInput(tr("A purchase order needs at least one product."));
    const Currency currency = m_services.storeProfile().currency();
    auto byProduct = mergedDraft(lines, currency);
    if (!byProduct)
        return byProduct.error();
    Store &store = m_services.store();
    PurchaseOrderId created;
    const Status done = store.transaction([&]() -> Status {
        auto sup = SupplierService(m_services).supplier(supplier);
        if (!sup)
            return sup.error();
        if (!sup->active)
            return Error::conflict(tr("%1 is no longer an active supplier.").arg(sup->name));
        LocationId target = location;
        if (!target.isValid()) {
            auto all = StockLedger(store).locations();
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
             optionalId(session.operatorId.value()), store.clock().now().toString(Qt::ISODateWithMs), text(note.trimmed())},
            tr("The purchase order could not be saved; check the delivery location."));
        if (!inserted)
            return inserted.error();
        doc->first = *inserted;
        created = PurchaseOrderId(doc->first);

        for (const DraftOrderLine &line : std::as_const(*byProduct)) {
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
                                    {number64(doc->first), idValue(line.product.value()),
                                     number64(line.quantity.milli()), number64(cost.minor())},
                                    tr("The purchase order could not be saved."));
            if (!added)
                return added.error();
        }
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
    SupplierService suppliers(m_services);
    QList<SupplierId> order;
    QHash<SupplierId, QList<DraftOrderLine>> bySupplier;
    for (DraftOrderLine line : lines) {
        if (!line.supplier.isValid()) {
            auto preferred = suppliers.preferredItem(line.product);
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
    auto draft = mergedDraft(lines, currency);
    if (!draft)
        return draft.error();
    const QList<DraftOrderLine> &byProduct = *draft;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = order(id);
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
        for (const DraftOrderLine &line : byProduct) {
            auto product = productCost(store, line.product, currency);
            if (!product)
                return product.error();
            Money cost = product->cost;
            if (line.unitCost) {
                cost = *line.unitCost;
            } else {
                auto fromSupplier = supplierCost(store, po->supplier, line.product, currency);
                if (!fromSupplier)
                    return fromSupplier.error();
                if (*fromSupplier)
                    cost = **fromSupplier;
            }
            auto added = store.exec(QStringLiteral("INSERT INTO purchase_order_lines (order_id, product_id, ordered_milli,"
                                                   " received_milli, unit_cost_fen) VALUES (?, ?, ?, 0, ?)"),
                                    {idValue(id.value()), idValue(line.product.value()), number64(line.quantity.milli()),
                                     number64(cost.minor())},
                                    tr("The purchase order could not be saved."));
            if (!added)
                return added.error();
        }
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.update"), QStringLiteral("po:%1").arg(po->number),
                        AuditOutcome::kOk, QStringLiteral("%1, %2 lines").arg(po->supplierName).arg(byProduct.size())});
        return audited ? Status() : Status(audited.error());
    });
}

Status PurchaseOrderService::send(const Session &session, PurchaseOrderId id)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
        return allowed;
    Store &store = m_services.store();
    return store.transaction([&]() -> Status {
        auto po = order(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Draft)
            return Error::conflict(tr("%1 is %2; only a draft can be sent.").arg(po->number, purchaseOrderStatusName(po->status)));
        if (po->lines.isEmpty())
            return Error::conflict(tr("%1 has no products yet.").arg(po->number));
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'sent', sent_at = ? WHERE id = ?"),
                                  {store.clock().now().toString(Qt::ISODateWithMs), idValue(id.value())},
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
        auto po = order(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Draft && po->status != PurchaseOrderStatus::Sent)
            return Error::conflict(tr("%1 is %2 and cannot be cancelled.").arg(po->number, purchaseOrderStatusName(po->status)));
        for (const PurchaseOrderLine &line : std::as_const(po->lines)) {
            if (!line.received.isZero())
                return Error::conflict(tr("Goods were received on %1; close it instead.").arg(po->number));
        }
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'cancelled', closed_at = ? WHERE id = ?"),
                                  {store.clock().now().toString(Qt::ISODateWithMs), idValue(id.value())},
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
        auto po = order(id);
        if (!po)
            return po.error();
        if (po->status != PurchaseOrderStatus::Sent && po->status != PurchaseOrderStatus::PartlyReceived)
            return Error::conflict(tr("%1 is %2 and cannot be closed.").arg(po->number, purchaseOrderStatusName(po->status)));
        auto updated = store.exec(QStringLiteral("UPDATE purchase_orders SET status = 'closed', closed_at = ? WHERE id = ?"),
                                  {store.clock().now().toString(Qt::ISODateWithMs), idValue(id.value())},
                                  tr("The purchase order could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_services.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("po.close"),
                                                                QStringLiteral("po:%1").arg(po->number),
                                                                AuditOutcome::kOk, reason.trimmed()});
        return audited ? Status() : Status(audited.error());
    });
}

Status PurchaseOrderService::addScan(ReceiveRequest &request, const QString &code, int times) const
{
    if (times <= 0)
        return Error::invalidInput(tr("Scan at least once."));
    auto match = Catalog(m_services.store()).lookup(code);
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

Result<GoodsReceipt> PurchaseOrderService::receive(const Session &session, const ReceiveRequest &request)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kReceive); !allowed)
        return allowed.error();
    if (request.acceptOverReceipt) {
        if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kOrder); !allowed)
            return allowed.error();
    }
    const Currency currency = m_services.storeProfile().currency();
    if (Status valid = checkLines(request.lines, currency); !valid)
        return valid.error();
    const QList<ReceiptLine> lines = merged(request.lines);
    Store &store = m_services.store();
    StockLedger ledger(store);
    GoodsReceipt receipt;
    const Status done = store.transaction([&]() -> Status {
        std::optional<PurchaseOrder> po;
        receipt.supplier = request.supplier;
        receipt.location = request.location;
        if (request.order.isValid()) {
            auto loaded = order(request.order);
            if (!loaded)
                return loaded.error();
            po = *loaded;
            if (!po->isOpen()) {
                return Error::conflict(tr("%1 is %2; nothing more can be received on it.")
                                           .arg(po->number, purchaseOrderStatusName(po->status)));
            }
            receipt.order = po->id;
            receipt.supplier = po->supplier;
            if (!receipt.location.isValid())
                receipt.location = po->location;
        } else {
            if (!receipt.supplier.isValid())
                return Error::invalidInput(tr("Choose the supplier who delivered the goods."));
            if (!receipt.location.isValid())
                return Error::invalidInput(tr("Choose where the goods are received."));
        }
        auto sup = SupplierService(m_services).supplier(receipt.supplier);
        if (!sup)
            return sup.error();

        auto doc = nextDocument(m_services, DocumentKinds::kGoodsReceipt);
        if (!doc)
            return doc.error();
        receipt.number = doc->second;
        receipt.at = store.clock().now();
        auto header = insertReturningId(store,
            QStringLiteral("INSERT INTO receipts (number, order_id, supplier_id, location_id, operator_id, at,"
                           " delivery_note, value_fen) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
            {doc->second, optionalId(receipt.order.value()), idValue(receipt.supplier.value()),
             idValue(receipt.location.value()), optionalId(session.operatorId.value()),
             receipt.at.toString(Qt::ISODateWithMs), text(request.deliveryNote.trimmed())},
            tr("The delivery could not be saved; check the location."));
        if (!header)
            return header.error();
        doc->first = *header;
        receipt.id = GoodsReceiptId(doc->first);

        const int tolerance = qMax(0, kOverReceiptTolerancePercent.get(StoreSettings(store)));
        QStringList overReceived;
        Money value = Money::zero(currency);
        SerialNumberService serials(m_services);
        for (const ReceiptLine &line : lines) {
            auto product = productCost(store, line.product, currency);
            if (!product)
                return product.error();
            if (product->serialTracked) {
                const qint64 units = line.quantity.milli() / 1000;
                if (!line.quantity.isWhole() || line.serials.size() != units) {
                    return Error::invalidInput(
                        tr("%1 (%2) needs one serial number per unit: %3 received, %4 serial numbers scanned.")
                            .arg(product->name, product->sku, qtyText(line.quantity))
                            .arg(line.serials.size()));
                }
            } else if (!line.serials.isEmpty()) {
                return Error::invalidInput(tr("%1 (%2) does not take serial numbers.").arg(product->name, product->sku));
            }
            PurchaseOrderLine *poLine = nullptr;
            if (po) {
                auto it = std::find_if(po->lines.begin(), po->lines.end(),
                                       [&](const PurchaseOrderLine &l) { return l.product == line.product; });
                if (it != po->lines.end())
                    poLine = &*it;
            }
            Money cost = product->cost;
            if (line.unitCost) {
                cost = *line.unitCost;
            } else if (poLine) {
                cost = poLine->unitCost;
            } else {
                auto fromSupplier = supplierCost(store, receipt.supplier, line.product, currency);
                if (!fromSupplier)
                    return fromSupplier.error();
                if (*fromSupplier)
                    cost = **fromSupplier;
            }

            if (po && !poLine) {
                if (!request.acceptOverReceipt) {
                    return Error::conflict(tr("%1 (%2) is not on purchase order %3. A manager can accept it anyway.")
                                               .arg(product->name, product->sku, po->number));
                }
                auto added = store.exec(QStringLiteral("INSERT INTO purchase_order_lines (order_id, product_id,"
                                                       " ordered_milli, received_milli, unit_cost_fen) VALUES (?, ?, 0, 0, ?)"),
                                        {idValue(po->id.value()), idValue(line.product.value()), number64(cost.minor())},
                                        tr("The purchase order could not be saved."));
                if (!added)
                    return added.error();
                PurchaseOrderLine extra;
                extra.id = added->lastInsertId().toLongLong();
                extra.product = line.product;
                extra.unitCost = cost;
                po->lines << extra;
                poLine = &po->lines.last();
                overReceived << QStringLiteral("%1 not ordered, %2").arg(product->sku, qtyText(line.quantity));
            }
            if (poLine) {
                auto received = poLine->received.plus(line.quantity);
                if (!received)
                    return received.error();
                const Quantity after = *received;
                const Int128 limit = Int128(poLine->ordered.milli()) * (100 + tolerance);
                if (Int128(after.milli()) * 100 > limit && !poLine->ordered.isZero()) {
                    if (!request.acceptOverReceipt) {
                        return Error::conflict(
                            tr("Too much %1 (%2) for %3: %4 ordered, %5 received before, %6 now. A manager can accept it.")
                                .arg(product->name, product->sku, po->number, qtyText(poLine->ordered),
                                     qtyText(poLine->received), qtyText(line.quantity)));
                    }
                    overReceived << QStringLiteral("%1 %2 of %3").arg(product->sku, qtyText(after), qtyText(poLine->ordered));
                }
                auto updated = store.exec(QStringLiteral("UPDATE purchase_order_lines SET received_milli = ? WHERE id = ?"),
                                          {number64(after.milli()), number64(poLine->id)},
                                          tr("The purchase order could not be saved."));
                if (!updated)
                    return updated.error();
                poLine->received = after;
            }

            auto onHand = ledger.onHand(line.product);
            if (!onHand)
                return onHand.error();
            auto average = movingAverage(product->cost, *onHand, cost, line.quantity);
            if (!average)
                return average.error();
            auto amount = cost.times(line.quantity);
            if (!amount)
                return amount.error();
            auto sum = value.plus(*amount);
            if (!sum)
                return sum.error();
            value = *sum;

            auto moved = ledger.post(StockMovement{line.product, receipt.location, line.quantity, StockReason::kReceipt,
                                                   session.operatorId, receipt.number});
            if (!moved)
                return moved.error();
            if (product->serialTracked) {
                if (Status recorded = serials.recordReceipt(line.product, line.serials, receipt.location, receipt.number,
                                                            session.operatorId);
                    !recorded)
                    return recorded;
            }
            auto costed = store.exec(QStringLiteral("UPDATE products SET cost_fen = ? WHERE id = ?"),
                                     {number64(average->minor()), idValue(line.product.value())},
                                     tr("The product's cost could not be saved."));
            if (!costed)
                return costed.error();
            auto lastCost = store.exec(QStringLiteral("UPDATE supplier_items SET last_cost_fen = ?"
                                                      " WHERE supplier_id = ? AND product_id = ?"),
                                       {number64(cost.minor()), idValue(receipt.supplier.value()),
                                        idValue(line.product.value())},
                                       tr("The supplier's cost could not be saved."));
            if (!lastCost)
                return lastCost.error();
            auto row = store.exec(QStringLiteral("INSERT INTO receipt_lines (receipt_id, product_id, qty_milli, unit_cost_fen,"
                                                 " cost_before_fen, cost_after_fen) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {number64(doc->first), idValue(line.product.value()), number64(line.quantity.milli()),
                                   number64(cost.minor()), number64(product->cost.minor()), number64(average->minor())},
                                  tr("The delivery could not be saved."));
            if (!row)
                return row.error();
            receipt.lines << ReceiptLine{line.product, line.quantity, cost, line.serials};
        }
        receipt.value = value;
        auto valued = store.exec(QStringLiteral("UPDATE receipts SET value_fen = ? WHERE id = ?"),
                                 {number64(value.minor()), number64(doc->first)}, tr("The delivery could not be saved."));
        if (!valued)
            return valued.error();

        if (po) {
            bool complete = true;
            for (const PurchaseOrderLine &l : std::as_const(po->lines))
                complete = complete && l.received >= l.ordered;
            receipt.orderStatus = complete ? PurchaseOrderStatus::Received : PurchaseOrderStatus::PartlyReceived;
            const QString now = receipt.at.toString(Qt::ISODateWithMs);
            auto updated = store.exec(
                QStringLiteral("UPDATE purchase_orders SET status = ?, sent_at = COALESCE(sent_at, ?), closed_at = ?"
                               " WHERE id = ?"),
                {purchaseOrderStatusKey(receipt.orderStatus), now, complete ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)),
                 idValue(po->id.value())},
                tr("The purchase order could not be saved."));
            if (!updated)
                return updated.error();
        }
        auto audited = m_services.auditLog().append(AuditRecord{
            session.auditActor(), session.auditApprover(), QStringLiteral("po.receive"), QStringLiteral("receipt:%1").arg(receipt.number),
            overReceived.isEmpty() ? AuditOutcome::kOk : QStringLiteral("over"),
            QStringLiteral("%1%2, %3 lines, %4%5%6")
                .arg(sup->name, po ? QStringLiteral(" ") + po->number : QString())
                .arg(receipt.lines.size())
                .arg(value.toPlainString(),
                     request.deliveryNote.trimmed().isEmpty() ? QString()
                                                              : QStringLiteral(", note ") + request.deliveryNote.trimmed(),
                     overReceived.isEmpty() ? QString()
                                            : QStringLiteral("; over-receipt accepted: ") + overReceived.join(QStringLiteral("; ")))});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return receipt;
}

Result<QString> PurchaseOrderService::returnToSupplier(const Session &session, const SupplierReturnRequest &request)
{
    if (Status allowed = m_services.permissions().require(session, PurchasingPermissions::kReceive); !allowed)
        return allowed.error();
    const Currency currency = m_services.storeProfile().currency();
    if (Status valid = checkLines(request.lines, currency); !valid)
        return valid.error();
    if (!request.location.isValid())
        return Error::invalidInput(tr("Choose where the goods are taken from."));
    const QList<ReceiptLine> lines = merged(request.lines);
    Store &store = m_services.store();
    StockLedger ledger(store);
    QString number;
    const Status done = store.transaction([&]() -> Status {
        auto sup = SupplierService(m_services).supplier(request.supplier);
        if (!sup)
            return sup.error();
        auto doc = nextDocument(m_services, DocumentKinds::kSupplierReturn);
        if (!doc)
            return doc.error();
        number = doc->second;
        auto header = insertReturningId(store,
            QStringLiteral("INSERT INTO supplier_returns (number, supplier_id, location_id, operator_id, at, reason,"
                           " value_fen) VALUES (?, ?, ?, ?, ?, ?, 0)"),
            {number, idValue(request.supplier.value()), idValue(request.location.value()),
             optionalId(session.operatorId.value()), store.clock().now().toString(Qt::ISODateWithMs),
             text(request.reason.trimmed())},
            tr("The supplier return could not be saved; check the location."));
        if (!header)
            return header.error();
        doc->first = *header;
        Money value = Money::zero(currency);
        SerialNumberService serials(m_services);
        for (const ReceiptLine &line : lines) {
            auto product = productCost(store, line.product, currency);
            if (!product)
                return product.error();
            if (product->serialTracked) {
                const qint64 units = line.quantity.milli() / 1000;
                if (!line.quantity.isWhole() || line.serials.size() != units) {
                    return Error::invalidInput(
                        tr("%1 (%2) needs one serial number per unit: %3 going back, %4 serial numbers scanned.")
                            .arg(product->name, product->sku, qtyText(line.quantity))
                            .arg(line.serials.size()));
                }
            } else if (!line.serials.isEmpty()) {
                return Error::invalidInput(tr("%1 (%2) does not take serial numbers.").arg(product->name, product->sku));
            }
            const Money cost = line.unitCost.value_or(product->cost);
            auto moved = ledger.post(StockMovement{line.product, request.location, -line.quantity,
                                                   StockReason::kSupplierReturn, session.operatorId, number});
            if (!moved)
                return moved.error();
            if (product->serialTracked) {
                if (Status back = serials.returnToSupplier(line.product, line.serials, number, session.operatorId, sup->name);
                    !back)
                    return back;
            }
            auto row = store.exec(QStringLiteral("INSERT INTO supplier_return_lines (return_id, product_id, qty_milli,"
                                                 " unit_cost_fen) VALUES (?, ?, ?, ?)"),
                                  {number64(doc->first), idValue(line.product.value()), number64(line.quantity.milli()),
                                   number64(cost.minor())},
                                  tr("The supplier return could not be saved."));
            if (!row)
                return row.error();
            auto amount = cost.times(line.quantity);
            if (!amount)
                return amount.error();
            auto sum = value.plus(*amount);
            if (!sum)
                return sum.error();
            value = *sum;
        }
        auto valued = store.exec(QStringLiteral("UPDATE supplier_returns SET value_fen = ? WHERE id = ?"),
                                 {number64(value.minor()), number64(doc->first)},
                                 tr("The supplier return could not be saved."));
        if (!valued)
            return valued.error();
        auto audited = m_services.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("supplier.return"), QStringLiteral("return:%1").arg(number),
                        AuditOutcome::kOk,
                        QStringLiteral("%1, %2 lines, %3: %4")
                            .arg(sup->name)
                            .arg(lines.size())
                            .arg(value.toPlainString(), request.reason.trimmed())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return number;
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

Result<QList<GoodsReceipt>> PurchaseOrderService::receipts(PurchaseOrderId order) const
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

Result<QList<GoodsReceiptSummary>> PurchaseOrderService::recentReceipts(int limit, int offset) const
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

Result<QList<SupplierReturnSummary>> PurchaseOrderService::returns(int limit, int offset) const
{
    const Currency currency = m_services.storeProfile().currency();
    auto q = m_services.store().exec(
        QStringLiteral("SELECT r.id, r.number, r.supplier_id, s.name, r.location_id, r.at, r.reason, r.value_fen,"
                       " (SELECT COUNT(*) FROM supplier_return_lines l WHERE l.return_id = r.id)"
                       " FROM supplier_returns r JOIN suppliers s ON s.id = r.supplier_id"
                       " ORDER BY r.id DESC LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)}, tr("The supplier returns could not be read."));
    if (!q)
        return q.error();
    QList<SupplierReturnSummary> list;
    while (q->next()) {
        SupplierReturnSummary r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.supplier = SupplierId(q->value(2).toLongLong());
        r.supplierName = q->value(3).toString();
        r.location = LocationId(q->value(4).toLongLong());
        r.at = timeOf(q->value(5));
        r.reason = q->value(6).toString();
        r.value = Money::fromMinor(q->value(7).toLongLong(), currency);
        r.lineCount = q->value(8).toInt();
        list << r;
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
