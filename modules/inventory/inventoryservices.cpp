#include "inventoryservices.h"

#include "catalog.h"
#include "embeddedbarcodelayout.h"
#include "exporter.h"
#include "productimporter.h"
#include "productservice.h"
#include "purchaseorderservice.h"
#include "receivingservice.h"
#include "reorderservice.h"
#include "salesanalysis.h"
#include "saleshistory.h"
#include "serialnumberservice.h"
#include "stockimporter.h"
#include "stockledger.h"
#include "stocktakeservice.h"
#include "supplierimporter.h"
#include "supplierreturnservice.h"
#include "supplierservice.h"
#include "transferservice.h"

#include "core/services.h"

#include <QtGlobal>

namespace qtill::inventory {

// The constructors are private (InventoryServices is their friend), hence `new` and not make_unique.
InventoryServices::InventoryServices(Services &core)
    : m_core(core)
    , m_catalog(new Catalog(core))
    , m_barcodeLayouts(new EmbeddedBarcodeLayouts(core))
    , m_products(new ProductService(core, *m_catalog))
    , m_ledger(new StockLedger(core))
    , m_serials(new SerialNumberService(core))
    , m_suppliers(new SupplierService(core))
    , m_purchasing(new PurchaseOrderService(core, *m_suppliers, *m_ledger))
    , m_receiving(new ReceivingService(core, *m_catalog, *m_ledger, *m_suppliers, *m_serials, *m_purchasing))
    , m_supplierReturns(new SupplierReturnService(core, *m_ledger, *m_suppliers, *m_serials))
    , m_transfers(new TransferService(core, *m_ledger))
    , m_stocktakes(new StocktakeService(core, *m_catalog, *m_ledger))
    , m_salesHistory(new SalesHistory(core))
    , m_analysis(new SalesAnalysis(core))
    , m_reorder(new ReorderService(core, *m_purchasing))
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
    return std::unique_ptr<ProductImporter>(new ProductImporter(m_core));
}

std::unique_ptr<StockImporter> InventoryServices::newStockImporter()
{
    return std::unique_ptr<StockImporter>(new StockImporter(m_core, *m_ledger));
}

std::unique_ptr<SupplierImporter> InventoryServices::newSupplierImporter()
{
    return std::unique_ptr<SupplierImporter>(new SupplierImporter(m_core, *m_suppliers));
}

std::unique_ptr<Exporter> InventoryServices::newExporter()
{
    return std::unique_ptr<Exporter>(new Exporter(m_core));
}

} // namespace qtill::inventory
