#pragma once

#include "purchaseorder.h"

#include "core/result.h"
#include "core/settings.h"

#include <QHash>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// The permissions purchasing enforces.
namespace PurchasingPermissions {
/// Suppliers, purchase orders (create, send, cancel, close), accepting over-receipts. Manager.
inline const QString kOrder = QStringLiteral("purchasing.order");
/// Booking deliveries in and returning goods to suppliers. Supervisor and manager.
inline const QString kReceive = QStringLiteral("purchasing.receive");
} // namespace PurchasingPermissions

/// Purchase orders, receiving and supplier returns.
///
/// Document numbers are the kind, this register's id and a per-register sequence: "PO-R01-00000042",
/// "GR-R01-00000007" (goods receipt), "RT-R01-00000003" (supplier return), so registers that work on
/// their own never hand out the same number.
///
/// Every change runs in one Store::transaction with its audit row. A receipt appends one
/// stock movement (reason "receipt") per line and updates each product's moving-average cost in the
/// same transaction; a supplier return appends "supplier_return" movements.
///
/// Over-receipt: receiving more on a PO line than ordered × (100 + tolerance)% (setting
/// kOverReceiptTolerancePercent, default 0) or a product not on the PO is refused with a message naming
/// the product, unless the request sets acceptOverReceipt and the operator has kOrder.
///
/// Serial-tracked products: a receipt line needs one serial per unit (ReceiptLine::serials); they are
/// recorded through SerialNumberService::recordReceipt in the receipt's transaction, so a refused serial
/// (taken already, given twice) books nothing at all.
///
/// Money: every amount is in the store's currency (StoreProfileService::currency()); a cost given in
/// another currency is InvalidInput, and a value that does not fit (overflow) is an error, never a
/// silently smaller total.
///
/// Threading: same as the Services it uses, which must outlive it.
class PurchaseOrderService
{
public:
    /// Store setting: how far past the ordered quantity a PO line may be received without a manager.
    static const Setting<int> kOverReceiptTolerancePercent;

    explicit PurchaseOrderService(Services &services);

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

    /// Books a delivery in (see the class notes). Needs kReceive (and kOrder for acceptOverReceipt).
    /// Receiving against a Draft sends it first. InvalidInput for empty or non-positive lines.
    Result<GoodsReceipt> receive(const Session &session, const ReceiveRequest &request);

    /// Adds `times` scans of a barcode to a request: resolved through Catalog::lookup, a case barcode
    /// counts its pack quantity; repeated products add up on one line. NotFound for unknown codes.
    Status addScan(ReceiveRequest &request, const QString &code, int times = 1) const;

    /// Returns goods to a supplier: "supplier_return" movements out of the location. Needs kReceive.
    /// A serial-tracked product's line needs one serial per unit (ReceiptLine::serials), each of a unit
    /// in the shop; those units are marked returned to the supplier (SerialNumberService::returnToSupplier)
    /// in the same transaction, so a refused serial returns nothing at all.
    /// Returns the document number ("RT-R01-00000003").
    Result<QString> returnToSupplier(const Session &session, const SupplierReturnRequest &request);

    /// NotFound for an unknown id / number.
    Result<PurchaseOrder> order(PurchaseOrderId id) const;
    Result<PurchaseOrder> orderByNumber(const QString &number) const;
    /// POs newest first, optionally only those in `statuses` (empty: all) and of one supplier. An error
    /// naming the order when one order's value cannot be summed (overflow).
    Result<QList<PurchaseOrderSummary>> orders(const QList<PurchaseOrderStatus> &statuses = {},
                                               SupplierId supplier = {}, int limit = 100, int offset = 0) const;
    /// Receipts booked against one PO, oldest first.
    Result<QList<GoodsReceipt>> receipts(PurchaseOrderId order) const;
    /// Every booked delivery (with or without a PO), newest first.
    Result<QList<GoodsReceiptSummary>> recentReceipts(int limit = 100, int offset = 0) const;
    /// Returns to suppliers, newest first.
    Result<QList<SupplierReturnSummary>> returns(int limit = 100, int offset = 0) const;

    /// Quantity ordered but not yet received on open POs (Draft, Sent, PartlyReceived), per product.
    /// For reorder suggestions ("… − on hand − on order").
    Result<Quantity> onOrder(ProductId product) const;
    Result<QHash<ProductId, Quantity>> onOrderAll() const;

    /// The moving-average unit cost after receiving `quantity` at `unitCost` onto `onHand` units that
    /// cost `currentCost`: (onHand × currentCost + quantity × unitCost) / (onHand + quantity), rounded
    /// half-up to the fen. When onHand ≤ 0 the new cost is unitCost. Overflow is an error, and so are
    /// costs in two currencies.
    static Result<Money> movingAverage(Money currentCost, Quantity onHand, Money unitCost, Quantity quantity);

private:
    Services &m_services;
};

} // namespace qtill::inventory
