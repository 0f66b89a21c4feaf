#pragma once

#include "core/moduleservices.h"

#include <memory>

namespace qtill {
class Services;
}

namespace qtill::inventory {

class Catalog;
class EmbeddedBarcodeLayouts;
class Exporter;
class ProductImporter;
class ProductService;
class PurchaseOrderService;
class ReceivingService;
class ReorderService;
class SalesAnalysis;
class SalesHistory;
class SerialNumberService;
class StockImporter;
class StockLedger;
class StocktakeService;
class SupplierImporter;
class SupplierReturnService;
class SupplierService;
class TransferService;

/// The inventory module's services, built once per opened store by InventoryModule::createServices()
/// from the core services. The only place inventory services are constructed — their constructors are
/// private, with InventoryServices their friend — so no service exists without its permission checks
/// and its siblings: screens reach them through the shell context, commands through the CLI context,
/// both with `InventoryServices::of(context.services())`.
///
/// Each service gets the core Services and, by reference, the sibling services it uses, which are
/// built before it (see the members' order). Services that show money read the currency from the
/// store profile when they need it, so a changed profile applies at once.
///
/// The long-lived services are owned here and returned by reference. Importers and the exporter hold
/// the state of one file's run, so each call to new…() gives a fresh one.
/// Threading: the thread that opened the Services; a worker thread opens its own Services.
class InventoryServices final : public ModuleServices
{
public:
    ~InventoryServices() override;

    /// The inventory services of an opened store. The inventory module must be among the store's
    /// modules (a programming error otherwise: it aborts).
    static InventoryServices &of(Services &core);

    Services &core() { return m_core; }

    Catalog &catalog() { return *m_catalog; }
    EmbeddedBarcodeLayouts &barcodeLayouts() { return *m_barcodeLayouts; }
    ProductService &products() { return *m_products; }
    StockLedger &ledger() { return *m_ledger; }
    SerialNumberService &serials() { return *m_serials; }
    SupplierService &suppliers() { return *m_suppliers; }
    PurchaseOrderService &purchasing() { return *m_purchasing; }
    ReceivingService &receiving() { return *m_receiving; }
    SupplierReturnService &supplierReturns() { return *m_supplierReturns; }
    TransferService &transfers() { return *m_transfers; }
    StocktakeService &stocktakes() { return *m_stocktakes; }
    SalesHistory &salesHistory() { return *m_salesHistory; }
    SalesAnalysis &analysis() { return *m_analysis; }
    ReorderService &reorder() { return *m_reorder; }

    std::unique_ptr<ProductImporter> newProductImporter();
    std::unique_ptr<StockImporter> newStockImporter();
    std::unique_ptr<SupplierImporter> newSupplierImporter();
    std::unique_ptr<Exporter> newExporter();

private:
    friend class InventoryModule;
    explicit InventoryServices(Services &core);

    Services &m_core;
    // Declaration order is construction order: each service after the ones it uses.
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EmbeddedBarcodeLayouts> m_barcodeLayouts;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<SerialNumberService> m_serials;
    std::unique_ptr<SupplierService> m_suppliers;
    std::unique_ptr<PurchaseOrderService> m_purchasing;
    std::unique_ptr<ReceivingService> m_receiving;
    std::unique_ptr<SupplierReturnService> m_supplierReturns;
    std::unique_ptr<TransferService> m_transfers;
    std::unique_ptr<StocktakeService> m_stocktakes;
    std::unique_ptr<SalesHistory> m_salesHistory;
    std::unique_ptr<SalesAnalysis> m_analysis;
    std::unique_ptr<ReorderService> m_reorder;
};

} // namespace qtill::inventory
