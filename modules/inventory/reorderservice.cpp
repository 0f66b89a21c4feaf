#include "reorderservice.h"

#include "inventorymodule.h"
#include "purchaseorderservice.h"

#include "core/clock.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ReorderService", text);
}

/// ⌈a ÷ b⌉ for a ≥ 0, b > 0.
qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

/// Outstanding quantity on draft, sent and partly received POs, per product.
Result<QHash<qint64, qint64>> onOrderByProduct(Store &store)
{
    auto q = store.exec(QStringLiteral("SELECT l.product_id, SUM(l.ordered_milli - l.received_milli)"
                                       " FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id"
                                       " WHERE o.status IN ('draft', 'sent', 'partly_received')"
                                       " AND l.ordered_milli > l.received_milli GROUP BY l.product_id"),
                        {}, tr("The purchase orders could not be read."));
    if (!q)
        return q.error();
    QHash<qint64, qint64> onOrder;
    while (q->next())
        onOrder.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return onOrder;
}

} // namespace

ReorderService::ReorderService(Services &core, PurchaseOrderService &orders) : m_services(core), m_orders(orders) {}

Result<QList<StockAlert>> ReorderService::alerts(const Session &session, int limit) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    Store &store = m_services.store();
    auto onOrder = onOrderByProduct(store);
    if (!onOrder)
        return onOrder.error();
    auto q = store.exec(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, COALESCE(s.on_hand, 0), p.safety_stock_milli"
                       " FROM products p"
                       " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS on_hand FROM stock_balances"
                       "            GROUP BY product_id) s ON s.product_id = p.id"
                       " WHERE p.status = 'listed' AND COALESCE(s.on_hand, 0) < p.safety_stock_milli"
                       " ORDER BY COALESCE(s.on_hand, 0) * 1000 / p.safety_stock_milli, p.sku LIMIT ?"),
        {limit}, tr("The stock could not be read."));
    if (!q)
        return q.error();
    QList<StockAlert> alerts;
    while (q->next()) {
        StockAlert a;
        a.product = ProductId(q->value(0).toLongLong());
        a.sku = q->value(1).toString();
        a.name = q->value(2).toString();
        a.unit = q->value(3).toString();
        a.onHand = Quantity::fromMilli(q->value(4).toLongLong());
        a.safetyStock = Quantity::fromMilli(q->value(5).toLongLong());
        a.onOrder = Quantity::fromMilli(onOrder->value(a.product.value()));
        a.shortfall = Quantity::fromMilli(a.safetyStock.milli() - a.onHand.milli());
        a.covered = a.onHand.milli() + a.onOrder.milli() >= a.safetyStock.milli();
        alerts << a;
    }
    return alerts;
}

Result<QList<ReorderSuggestion>> ReorderService::suggest(const Session &session, const ReorderOptions &options) const
{
    if (Status allowed = m_services.permissions().require(session, InventoryPermissions::kView); !allowed)
        return allowed.error();
    if (options.salesDays < 1 || options.salesDays > 365)
        return Error::invalidInput(tr("The sales period must be between 1 and 365 days."));
    if (options.defaultLeadTimeDays < 0 || options.defaultLeadTimeDays > 365)
        return Error::invalidInput(tr("The lead time must be between 0 and 365 days."));
    Store &store = m_services.store();
    // The sales window: the ledger's sales and refunds since now − salesDays, plus the imported history's
    // whole business days from the business day of that moment on.
    const QDateTime sinceAt = store.clock().now().addDays(-options.salesDays);
    const QString since = storedTime(sinceAt);
    const QString sinceDay = m_services.storeProfile().businessDate(sinceAt).toString(Qt::ISODate);
    const Currency currency = m_services.storeProfile().currency();

    auto onOrder = onOrderByProduct(store);
    if (!onOrder)
        return onOrder.error();

    // The supplier each product is ordered from: preferred first, then cheapest, active suppliers only.
    struct Source
    {
        qint64 supplier = 0;
        QString name;
        int leadTime = 0;
        qint64 pack = 1000;
        qint64 cost = 0;
    };
    QHash<qint64, Source> sources;
    auto items = store.exec(QStringLiteral("SELECT si.product_id, s.id, s.name, s.lead_time_days, si.pack_qty_milli,"
                                           " si.last_cost_fen FROM supplier_items si JOIN suppliers s ON s.id = si.supplier_id"
                                           " WHERE s.active = 1 ORDER BY si.product_id, si.preferred DESC,"
                                           " si.last_cost_fen, s.id"),
                            {}, tr("The suppliers could not be read."));
    if (!items)
        return items.error();
    while (items->next()) {
        const qint64 product = items->value(0).toLongLong();
        if (!sources.contains(product)) {
            sources.insert(product, Source{items->value(1).toLongLong(), items->value(2).toString(),
                                           items->value(3).toInt(), items->value(4).toLongLong(),
                                           items->value(5).toLongLong()});
        }
    }

    // Candidates: listed products that sold in the window or have a safety stock. On hand comes from
    // the cached balances; the window's sales through the (reason, at) index, never the whole ledger.
    auto q = store.exec(
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.safety_stock_milli, p.cost_fen,"
                       " COALESCE(h.on_hand, 0), COALESCE(s.sold, 0)"
                       " FROM products p"
                       " LEFT JOIN (SELECT product_id, SUM(qty_milli) AS on_hand FROM stock_balances"
                       "            GROUP BY product_id) h ON h.product_id = p.id"
                       " LEFT JOIN (SELECT product_id, SUM(sold) AS sold FROM"
                       "            (SELECT product_id, -qty_milli AS sold FROM stock_movements"
                       "             WHERE reason IN ('sale', 'refund', 'void') AND at >= ?"
                       "             UNION ALL"
                       "             SELECT product_id, qty_milli AS sold FROM sales_history WHERE business_date >= ?) u"
                       "            GROUP BY product_id) s ON s.product_id = p.id"
                       " WHERE p.status = 'listed' AND (p.safety_stock_milli > 0 OR COALESCE(s.sold, 0) > 0)"),
        {since, sinceDay}, tr("The sales could not be read."));
    if (!q)
        return q.error();
    QList<ReorderSuggestion> list;
    while (q->next()) {
        ReorderSuggestion s;
        s.product = ProductId(q->value(0).toLongLong());
        const auto source = sources.constFind(s.product.value());
        const bool hasSupplier = source != sources.cend();
        if (options.supplier.isValid() && (!hasSupplier || source->supplier != options.supplier.value()))
            continue;
        s.sku = q->value(1).toString();
        s.name = q->value(2).toString();
        s.unit = q->value(3).toString();
        s.safetyStock = Quantity::fromMilli(q->value(4).toLongLong());
        s.onHand = Quantity::fromMilli(q->value(6).toLongLong());
        const qint64 sold = std::max<qint64>(0, q->value(7).toLongLong());
        s.sold = Quantity::fromMilli(sold);
        s.salesDays = options.salesDays;
        s.averageDaily = Quantity::fromMilli((2 * sold + options.salesDays) / (2 * options.salesDays));
        s.onOrder = Quantity::fromMilli(onOrder->value(s.product.value()));
        s.leadTimeDays = hasSupplier ? source->leadTime : options.defaultLeadTimeDays;
        s.leadTimeDemand = Quantity::fromMilli(ceilDiv(sold * s.leadTimeDays, options.salesDays));
        const qint64 need = s.leadTimeDemand.milli() + s.safetyStock.milli() - s.onHand.milli() - s.onOrder.milli();
        if (need <= 0)
            continue;
        s.need = Quantity::fromMilli(need);
        if (hasSupplier) {
            s.supplier = SupplierId(source->supplier);
            s.supplierName = source->name;
            s.packSize = Quantity::fromMilli(std::max<qint64>(1, source->pack));
        }
        auto packs = s.packSize.times(ceilDiv(need, s.packSize.milli()));
        if (!packs)
            return Error::overflow(tr("The quantity to order of %1 is too large.").arg(s.sku), packs.error().detail);
        s.quantity = *packs;
        s.unitCost = Money::fromMinor(hasSupplier && source->cost > 0 ? source->cost : q->value(5).toLongLong(), currency);
        auto value = s.unitCost.times(s.quantity);
        if (!value)
            return value.error();
        s.value = *value;
        list << s;
    }
    std::sort(list.begin(), list.end(), [](const ReorderSuggestion &a, const ReorderSuggestion &b) {
        // Products without a supplier last.
        if (a.supplier.isValid() != b.supplier.isValid())
            return a.supplier.isValid();
        if (a.supplierName != b.supplierName)
            return a.supplierName < b.supplierName;
        return a.sku < b.sku;
    });
    return list;
}

Result<ReorderOrders> ReorderService::createDraftOrders(const Session &session,
                                                        const QList<ReorderSuggestion> &suggestions,
                                                        LocationId location)
{
    ReorderOrders result;
    QList<DraftOrderLine> lines;
    for (const ReorderSuggestion &s : suggestions) {
        if (!s.supplier.isValid()) {
            result.skipped << s.sku;
            continue;
        }
        if (s.quantity.milli() <= 0)
            continue;
        lines << DraftOrderLine{s.product, s.supplier, s.quantity, s.unitCost};
    }
    if (lines.isEmpty()) {
        return Error::invalidInput(result.skipped.isEmpty()
                                       ? tr("There is nothing to order.")
                                       : tr("Nothing can be ordered: none of the products has a supplier."));
    }
    auto created = m_orders.createDrafts(session, lines, location,
                                       tr("Reorder suggestion of %1")
                                           .arg(m_services.clock().now().date().toString(Qt::ISODate)));
    if (!created)
        return created.error();
    result.orders = *created;
    result.lines = int(lines.size());
    return result;
}

} // namespace qtill::inventory
