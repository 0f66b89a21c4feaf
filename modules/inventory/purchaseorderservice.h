#pragma once

#include "purchaseorder.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class StockLedger;
class SupplierService;

/// The permissions purchasing enforces.
namespace PurchasingPermissions {
/// Suppliers, purchase orders (create, send, cancel, close), accepting over-receipts. Manager.
inline const QString kOrder = QStringLiteral("purchasing.order");
/// Booking deliveries in and returning goods to suppliers. Supervisor and manager.
inline const QString kReceive = QStringLiteral("purchasing.receive");
} // namespace PurchasingPermissions

/// Purchase orders: drafts, sending, cancelling, closing, and what is still on order. Deliveries are
/// booked by ReceivingService, returns to suppliers by SupplierReturnService.
///
/// Document numbers are the kind, this register's id and a per-register sequence: "PO-R01-00000042",
/// "GR-R01-00000007" (goods receipt), "RT-R01-00000003" (supplier return), so registers that work on
/// their own never hand out the same number.
///
/// Every change runs in one Store::transaction with its audit row.
///
/// Money: every amount is in the store's currency (StoreProfileService::currency()); a cost given in
/// another currency is InvalidInput, and a value that does not fit (overflow) is an error, never a
/// silently smaller total.
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class PurchaseOrderService
{
public:
    /// Creates draft POs in one step from (product, supplier, quantity) lines — one PO per supplier,
    /// one line per product (quantities of repeated products are added), delivered to `location`
    /// (invalid: the first location). Returns the new POs' ids in supplier order. Needs kOrder.
    /// This is what reorder suggestions call ("自动订货").
    Result<QList<PurchaseOrderId>> createDrafts(const Session &session, const QList<DraftOrderLine> &lines,
                                                LocationId location = {}, const QString &note = {});
    /// One draft PO for one supplier. Needs kOrder.
    Result<PurchaseOrderId> createDraft(const Session &session, SupplierId supplier, const QList<DraftOrderLine> &lines,
                                        LocationId location = {}, const QString &note = {});

    /// Replaces a draft's lines, delivery location (invalid: unchanged) and note. Needs kOrder.
    /// Conflict when the order is no longer a draft; InvalidInput for no lines, a quantity ≤ 0 or a
    /// negative cost. The lines' supplier is the order's (DraftOrderLine::supplier is ignored).
    Status updateDraft(const Session &session, PurchaseOrderId order, const QList<DraftOrderLine> &lines,
                       LocationId location = {}, const QString &note = {});

    /// Draft → Sent. Needs kOrder. Conflict when not a draft or when it has no lines.
    Status send(const Session &session, PurchaseOrderId order);
    /// Draft or Sent → Cancelled, only while nothing was received (close it instead). Needs kOrder.
    Status cancel(const Session &session, PurchaseOrderId order, const QString &reason = {});
    /// PartlyReceived (or Sent) → Closed: nothing more is expected. Needs kOrder.
    Status close(const Session &session, PurchaseOrderId order, const QString &reason = {});

    /// NotFound for an unknown id / number.
    Result<PurchaseOrder> order(PurchaseOrderId id) const;
    Result<PurchaseOrder> orderByNumber(const QString &number) const;
    /// POs newest first, optionally only those in `statuses` (empty: all) and of one supplier. An error
    /// naming the order when one order's value cannot be summed (overflow).
    Result<QList<PurchaseOrderSummary>> orders(const QList<PurchaseOrderStatus> &statuses = {},
                                               SupplierId supplier = {}, int limit = 100, int offset = 0) const;

    /// Quantity ordered but not yet received on open POs (Draft, Sent, PartlyReceived), per product.
    /// For reorder suggestions ("… − on hand − on order").
    Result<Quantity> onOrder(ProductId product) const;
    Result<QHash<ProductId, Quantity>> onOrderAll() const;

private:
    friend class InventoryServices;
    PurchaseOrderService(Services &core, SupplierService &suppliers, const StockLedger &ledger);
    /// order(id) with its row locked for this transaction (see the .cpp).
    Result<PurchaseOrder> lockedOrder(PurchaseOrderId id) const;

    Services &m_services;
    SupplierService &m_suppliers;
    const StockLedger &m_ledger;
};

} // namespace qtill::inventory
