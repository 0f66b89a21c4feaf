#pragma once

#include "purchaseorder.h"

#include "core/result.h"
#include "core/settings.h"

#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class Catalog;
class PurchaseOrderService;
class SerialNumberService;
class StockLedger;
class SupplierService;

/// Booking deliveries in ("收货"), with or without a purchase order, and the deliveries booked.
///
/// A receipt ("GR-R01-00000007", see PurchaseOrderService for the numbers) runs in one
/// Store::transaction with its audit row "po.receive": one stock movement (reason "receipt") per line,
/// each product's moving-average cost, the supplier item's last cost, the PO lines' received quantities
/// and the PO's status.
///
/// Over-receipt: receiving more on a PO line than ordered × (100 + tolerance)% (setting
/// kOverReceiptTolerancePercent, default 0) or a product not on the PO is refused with a message naming
/// the product, unless the request sets acceptOverReceipt and the operator has
/// PurchasingPermissions::kOrder; accepted over-receipts are named in the audit row (outcome "over").
///
/// Serial-tracked products: a receipt line needs one serial per unit (ReceiptLine::serials); they are
/// recorded through SerialNumberService::recordReceipt in the receipt's transaction, so a refused serial
/// (taken already, given twice) books nothing at all.
///
/// Money: every amount is in the store's currency (StoreProfileService::currency()); a cost given in
/// another currency is InvalidInput, and a value that does not fit (overflow) is an error.
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class ReceivingService
{
public:
    /// Store setting: how far past the ordered quantity a PO line may be received without a manager.
    static const Setting<int> kOverReceiptTolerancePercent;

    /// Books a delivery in (see the class notes). Needs PurchasingPermissions::kReceive (and kOrder for
    /// acceptOverReceipt). Receiving against a Draft sends it first. InvalidInput for empty or
    /// non-positive lines.
    Result<GoodsReceipt> receive(const Session &session, const ReceiveRequest &request);

    /// Adds `times` scans of a barcode to a request: resolved through Catalog::lookup, a case barcode
    /// counts its pack quantity; repeated products add up on one line. NotFound for unknown codes.
    Status addScan(ReceiveRequest &request, const QString &code, int times = 1) const;

    /// Receipts booked against one PO, oldest first.
    Result<QList<GoodsReceipt>> receipts(PurchaseOrderId order) const;
    /// Every booked delivery (with or without a PO), newest first.
    Result<QList<GoodsReceiptSummary>> recent(int limit = 100, int offset = 0) const;

    /// The moving-average unit cost after receiving `quantity` at `unitCost` onto `onHand` units that
    /// cost `currentCost`: (onHand × currentCost + quantity × unitCost) / (onHand + quantity), rounded
    /// half-up to the fen. When onHand ≤ 0 the new cost is unitCost. Overflow is an error, and so are
    /// costs in two currencies.
    static Result<Money> movingAverage(Money currentCost, Quantity onHand, Money unitCost, Quantity quantity);

private:
    friend class InventoryServices;
    ReceivingService(Services &core, const Catalog &catalog, StockLedger &ledger, SupplierService &suppliers,
                     SerialNumberService &serials, PurchaseOrderService &orders);

    struct Delivery;
    struct Booking;
    Result<Delivery> open(const Session &session, const ReceiveRequest &request);
    Status receiveLine(const Session &session, const ReceiveRequest &request, Delivery &delivery,
                       const ReceiptLine &line);
    Status matchOrderLine(const ReceiveRequest &request, Delivery &delivery, Booking &booking);
    Status book(const Session &session, Delivery &delivery, const Booking &booking);
    Status finish(const Session &session, const ReceiveRequest &request, Delivery &delivery);

    Services &m_services;
    const Catalog &m_catalog;
    StockLedger &m_ledger;
    SupplierService &m_suppliers;
    SerialNumberService &m_serials;
    PurchaseOrderService &m_orders;
};

} // namespace qtill::inventory
