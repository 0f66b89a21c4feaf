#pragma once

#include "purchaseorder.h"

#include "core/result.h"

#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class SerialNumberService;
class StockLedger;
class SupplierService;

/// Goods sent back to a supplier (damaged, wrong, expired: "退货给供应商"), and the returns made.
///
/// A return ("RT-R01-00000003", see PurchaseOrderService for the numbers) runs in one Store::transaction
/// with its audit row "supplier.return": one "supplier_return" stock movement out of the location per
/// line, valued at the line's cost (default: the product's current cost).
///
/// Serial-tracked products: a line needs one serial per unit (ReceiptLine::serials), each of a unit in
/// the shop; those units are marked returned to the supplier (SerialNumberService::returnToSupplier) in
/// the same transaction, so a refused serial returns nothing at all.
///
/// Money: every amount is in the store's currency (StoreProfileService::currency()); a cost given in
/// another currency is InvalidInput, and a value that does not fit (overflow) is an error.
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class SupplierReturnService
{
public:
    /// Returns goods to a supplier (see the class notes). Needs PurchasingPermissions::kReceive.
    /// InvalidInput for no lines, a quantity ≤ 0, a negative cost or no location.
    /// Returns the document number ("RT-R01-00000003").
    Result<QString> returnGoods(const Session &session, const SupplierReturnRequest &request);

    /// Returns to suppliers, newest first.
    Result<QList<SupplierReturnSummary>> recent(int limit = 100, int offset = 0) const;

private:
    friend class InventoryServices;
    SupplierReturnService(Services &core, StockLedger &ledger, SupplierService &suppliers,
                          SerialNumberService &serials);

    struct Shipment;
    Status returnLine(const Session &session, Shipment &shipment, const ReceiptLine &line);

    Services &m_services;
    StockLedger &m_ledger;
    SupplierService &m_suppliers;
    SerialNumberService &m_serials;
};

} // namespace qtill::inventory
