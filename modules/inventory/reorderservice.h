#pragma once

#include "inventoryids.h"
#include "purchaseorder.h"
#include "supplier.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class PurchaseOrderService;

/// A product below its safety stock, for the manager's alert list.
struct StockAlert
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    Quantity onHand;            ///< all locations
    Quantity safetyStock;
    Quantity onOrder;           ///< outstanding on draft and open purchase orders
    Quantity shortfall;         ///< safetyStock − onHand (> 0)
    bool covered = false;       ///< onHand + onOrder reaches the safety stock: already being reordered
};

/// One reorder suggestion ("自动订货"), with every number it comes from.
///
/// need = ⌈sold × leadTimeDays ÷ salesDays⌉ + safetyStock − onHand − onOrder (milli-units);
/// quantity = need rounded up to a whole number of packs (packSize); suggested only when need > 0.
struct ReorderSuggestion
{
    ProductId product;
    QString sku;
    QString name;
    QString unit;
    SupplierId supplier;            ///< the preferred (else cheapest) active supplier; invalid when none
    QString supplierName;
    Quantity sold;                  ///< sold minus refunded (reasons "sale", "refund") in the last salesDays
                                    ///< days, plus the imported sales history of those business days
    int salesDays = 0;
    Quantity averageDaily;          ///< sold ÷ salesDays, half-up to the milli-unit (for display)
    int leadTimeDays = 0;
    Quantity leadTimeDemand;        ///< ⌈sold × leadTimeDays ÷ salesDays⌉
    Quantity safetyStock;
    Quantity onHand;                ///< all locations
    Quantity onOrder;               ///< outstanding on draft, sent and partly received POs
    Quantity need;                  ///< before pack rounding
    Quantity packSize = Quantity::units(1);
    Quantity quantity;              ///< to order: need rounded up to whole packs
    Money unitCost;                 ///< the supplier's last cost, else the product's cost
    Money value;                    ///< quantity × unitCost, half-up
};

struct ReorderOptions
{
    int salesDays = 28;             ///< the sales window N for the average (1–365)
    int defaultLeadTimeDays = 7;    ///< for products without a supplier
    SupplierId supplier;            ///< invalid: all suppliers (and products without one)
};

/// What createDraftOrders() did.
struct ReorderOrders
{
    QList<PurchaseOrderId> orders;  ///< one draft PO per supplier
    int lines = 0;
    QStringList skipped;            ///< SKUs left out: no supplier to order from
};

/// Safety-stock alerts and reorder suggestions from sales velocity, turned into draft purchase orders
/// in one step. Reads on hand from stock_balances (StockLedger's cache), the sales window's movements
/// from stock_movements (bounded by the window, through its (reason, at) index), sales_history (SalesHistory: sales before Qtill, whole business
/// days from the business day salesDays ago) and the purchasing tables (suppliers, supplier_items,
/// purchase_orders) directly; creating orders goes through PurchaseOrderService.
///
/// On order counts draft POs too, so suggesting again right after creating the drafts suggests
/// nothing twice. Reading needs inventory.view.
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class ReorderService
{
public:
    /// Listed products below safety stock, the emptiest (on hand ÷ safety stock) first.
    Result<QList<StockAlert>> alerts(const Session &session, int limit = 100) const;

    /// Suggestions by supplier name, then SKU.
    Result<QList<ReorderSuggestion>> suggest(const Session &session, const ReorderOptions &options = {}) const;

    /// Draft POs from suggestions (one per supplier, delivered to `location`, invalid: the first
    /// location), through PurchaseOrderService::createDrafts (needs purchasing.order). Suggestions
    /// without a supplier are skipped and named. InvalidInput when nothing can be ordered.
    Result<ReorderOrders> createDraftOrders(const Session &session, const QList<ReorderSuggestion> &suggestions,
                                            LocationId location = {});

private:
    friend class InventoryServices;
    ReorderService(Services &core, PurchaseOrderService &orders);

    Services &m_services;
    PurchaseOrderService &m_orders;
};

} // namespace qtill::inventory
