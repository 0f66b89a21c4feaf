#pragma once

#include "inventoryids.h"
#include "supplier.h"

#include "core/ids.h"
#include "core/money.h"
#include "core/quantity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qtill::inventory {

struct PurchaseOrderTag;
using PurchaseOrderId = Id<PurchaseOrderTag>;
struct GoodsReceiptTag;
using GoodsReceiptId = Id<GoodsReceiptTag>;

/// Where a purchase order is in its life:
/// Draft → Sent → PartlyReceived → Received, or Closed (short-shipped, nothing more expected);
/// Draft or Sent → Cancelled (only while nothing was received).
enum class PurchaseOrderStatus { Draft, Sent, PartlyReceived, Received, Closed, Cancelled };

/// Stable key stored in purchase_orders.status: "draft", "sent", "partly_received", "received",
/// "closed", "cancelled".
QString purchaseOrderStatusKey(PurchaseOrderStatus status);
/// The status of a key; Draft for an unknown key.
PurchaseOrderStatus purchaseOrderStatusFromKey(const QString &key);
/// Translated, for screens: "Draft", "Sent", "Partly received", …
QString purchaseOrderStatusName(PurchaseOrderStatus status);

/// One product on a purchase order.
struct PurchaseOrderLine
{
    qint64 id = 0;
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    QString supplierCode;       ///< the supplier's item code, when known
    Quantity ordered;
    Quantity received;          ///< everything received against this line so far
    Money unitCost;             ///< agreed cost per selling unit

    /// What is still expected (never negative).
    Quantity outstanding() const
    {
        return received >= ordered ? Quantity() : Quantity::fromMilli(ordered.milli() - received.milli());
    }
};

/// A purchase order ("采购单") to one supplier, delivered to one location.
struct PurchaseOrder
{
    PurchaseOrderId id;
    QString number;             ///< "PO-R01-00000042": kind, register id, per-register sequence
    SupplierId supplier;
    QString supplierName;
    LocationId location;        ///< where the goods are to be received
    PurchaseOrderStatus status = PurchaseOrderStatus::Draft;
    OperatorId createdBy;
    QDateTime createdAt;
    QDateTime sentAt;           ///< invalid until sent
    QDateTime closedAt;         ///< received, closed or cancelled; invalid while open
    QString note;
    QList<PurchaseOrderLine> lines;

    /// Σ ordered × unit cost in `currency` (the store's), each line rounded half-up to the fen.
    /// An error when a line's cost is in another currency or the sum does not fit.
    Result<Money> orderedValue(const Currency &currency) const;
    /// Whether goods can still be received against it (Sent or PartlyReceived; a Draft is sent on its
    /// first receipt).
    bool isOpen() const
    {
        return status == PurchaseOrderStatus::Draft || status == PurchaseOrderStatus::Sent
            || status == PurchaseOrderStatus::PartlyReceived;
    }
};

/// One row of a PO list.
struct PurchaseOrderSummary
{
    PurchaseOrderId id;
    QString number;
    SupplierId supplier;
    QString supplierName;
    LocationId location;
    PurchaseOrderStatus status = PurchaseOrderStatus::Draft;
    QDateTime createdAt;
    int lineCount = 0;
    Money orderedValue;
};

/// One line of a delivery as received.
struct ReceiptLine
{
    ProductId product;
    Quantity quantity;                  ///< in selling units (a scanned case of 24 adds 24000)
    std::optional<Money> unitCost;      ///< per selling unit; default: the PO line's cost, else the
                                        ///< supplier item's last cost, else the product's current cost
    /// Serial-tracked products only: one serial number per unit received (quantity must be whole and
    /// equal to the number of serials); recorded with SerialNumberService in the receipt's transaction.
    QStringList serials {};
};

/// A delivery to book in, with or without a purchase order.
struct ReceiveRequest
{
    PurchaseOrderId order;      ///< invalid: receiving without a PO (then `supplier` is needed)
    SupplierId supplier;        ///< taken from the PO when receiving against one
    LocationId location;        ///< invalid: the PO's location (required without a PO)
    QString deliveryNote;       ///< the supplier's delivery note number, kept as the source document
    QList<ReceiptLine> lines;
    /// Accept more than ordered (beyond the tolerance setting) and products not on the PO. Needs
    /// PurchasingPermissions::kOrder (a manager's decision); audited.
    bool acceptOverReceipt = false;
};

/// A booked delivery.
struct GoodsReceipt
{
    GoodsReceiptId id;
    QString number;             ///< "GR-R01-00000007"
    PurchaseOrderId order;      ///< invalid when received without a PO
    SupplierId supplier;
    LocationId location;
    QDateTime at;
    Money value;                ///< Σ quantity × unit cost
    PurchaseOrderStatus orderStatus = PurchaseOrderStatus::Received;   ///< the PO's status afterwards
    QList<ReceiptLine> lines;   ///< as booked, with the cost used filled in
};

/// Goods sent back to a supplier (damaged, wrong, expired).
struct SupplierReturnRequest
{
    SupplierId supplier;
    LocationId location;        ///< taken from here
    QString reason;             ///< free text for people: "破损", "过期"
    QList<ReceiptLine> lines;   ///< quantities positive; unitCost default: the product's current cost;
                                ///< serials: one per unit of a serial-tracked product
};

/// One booked return to a supplier, for lists.
struct SupplierReturnSummary
{
    qint64 id = 0;
    QString number;             ///< "RT-R01-00000003"
    SupplierId supplier;
    QString supplierName;
    LocationId location;
    QDateTime at;
    QString reason;
    int lineCount = 0;
    Money value;                ///< Σ quantity × unit cost
};

/// One booked delivery, for lists.
struct GoodsReceiptSummary
{
    GoodsReceiptId id;
    QString number;
    QString orderNumber;        ///< empty when received without a PO
    SupplierId supplier;
    QString supplierName;
    LocationId location;
    QDateTime at;
    QString deliveryNote;
    int lineCount = 0;
    Money value;
};

/// One line of a draft order to create in one step ("自动订货": reorder suggestions → draft PO).
struct DraftOrderLine
{
    ProductId product;
    SupplierId supplier;        ///< invalid: the product's preferred supplier (error when it has none)
    Quantity quantity;          ///< selling units; > 0
    std::optional<Money> unitCost;   ///< default: the supplier item's last cost, else the product's cost
};

} // namespace qtill::inventory
