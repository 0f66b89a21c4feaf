#include "inventoryservices.h"

#include "catalog.h"
#include "embeddedbarcodelayout.h"
#include "exporter.h"
#include "productimporter.h"
#include "productservice.h"
#include "purchaseorderservice.h"
#include "reorderservice.h"
#include "salesanalysis.h"
#include "saleshistory.h"
#include "serialnumberservice.h"
#include "stockimporter.h"
#include "stockledger.h"
#include "stocktakeservice.h"
#include "supplierimporter.h"
#include "supplierservice.h"
#include "transferservice.h"

#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QtGlobal>

namespace qtill::inventory {

InventoryServices::InventoryServices(Services &core)
    : m_core(core)
    , m_catalog(std::make_unique<Catalog>(core.store(), core.storeProfile().currency()))
    , m_barcodeLayouts(std::make_unique<EmbeddedBarcodeLayouts>(core.store(), core.auditLog(), core.permissions()))
    , m_products(std::make_unique<ProductService>(core.store(), core.auditLog(), core.permissions(),
                                                  core.storeProfile().currency()))
    , m_ledger(std::make_unique<StockLedger>(core))
    , m_serials(std::make_unique<SerialNumberService>(core))
    , m_suppliers(std::make_unique<SupplierService>(core))
    , m_purchasing(std::make_unique<PurchaseOrderService>(core))
    , m_transfers(std::make_unique<TransferService>(core))
    , m_stocktakes(std::make_unique<StocktakeService>(core))
    , m_salesHistory(std::make_unique<SalesHistory>(core))
    , m_analysis(std::make_unique<SalesAnalysis>(core))
    , m_reorder(std::make_unique<ReorderService>(core))
{
}

InventoryServices::~InventoryServices() = default;

InventoryServices &InventoryServices::of(Services &core)
{
    auto *found = core.moduleServices<InventoryServices>();
    if (!found)
        qFatal("InventoryServices::of: the inventory module is not among the store's modules");
    return *found;
}

std::unique_ptr<ProductImporter> InventoryServices::newProductImporter()
{
    return std::make_unique<ProductImporter>(m_core);
}

std::unique_ptr<StockImporter> InventoryServices::newStockImporter()
{
    return std::make_unique<StockImporter>(m_core);
}

std::unique_ptr<SupplierImporter> InventoryServices::newSupplierImporter()
{
    return std::make_unique<SupplierImporter>(m_core);
}

std::unique_ptr<Exporter> InventoryServices::newExporter()
{
    return std::make_unique<Exporter>(m_core);
}

} // namespace qtill::inventory
