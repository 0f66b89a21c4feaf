// The inventory module's services: one owner builds them once per opened store, nobody else can build
// them, and what they show in money follows the store profile's currency while the app runs.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/embeddedbarcodelayout.h"
#include "inventory/exporter.h"
#include "inventory/productimporter.h"
#include "inventory/productservice.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/reorderservice.h"
#include "inventory/salesanalysis.h"
#include "inventory/saleshistory.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockimporter.h"
#include "inventory/stockledger.h"
#include "inventory/stocktakeservice.h"
#include "inventory/supplierimporter.h"
#include "inventory/supplierreturnservice.h"
#include "inventory/supplierservice.h"
#include "inventory/transferservice.h"

#include "core/storeprofileservice.h"

#include <type_traits>

using namespace qtill;
using namespace qtill::inventory;

// Only InventoryServices builds inventory services: from the core services, from a bare store (a ledger
// without its permission check, as StockLedger(Store &) was) or with a currency of the caller's choosing
// nothing compiles.
static_assert(!std::is_constructible_v<Catalog, Services &>);
static_assert(!std::is_constructible_v<Catalog, Store &>);
static_assert(!std::is_constructible_v<Catalog, Store &, Currency>);
static_assert(!std::is_constructible_v<EmbeddedBarcodeLayouts, Services &>);
static_assert(!std::is_constructible_v<ProductService, Services &, const Catalog &>);
static_assert(!std::is_constructible_v<StockLedger, Store &>);
static_assert(!std::is_constructible_v<StockLedger, Services &>);
static_assert(!std::is_constructible_v<SerialNumberService, Services &>);
static_assert(!std::is_constructible_v<SupplierService, Services &>);
static_assert(!std::is_constructible_v<PurchaseOrderService, Services &>);
static_assert(!std::is_constructible_v<PurchaseOrderService, Services &, SupplierService &, const StockLedger &>);
static_assert(!std::is_constructible_v<ReceivingService, Services &, const Catalog &, StockLedger &, SupplierService &,
                                       SerialNumberService &, PurchaseOrderService &>);
static_assert(!std::is_constructible_v<SupplierReturnService, Services &, StockLedger &, SupplierService &,
                                       SerialNumberService &>);
static_assert(!std::is_constructible_v<TransferService, Services &, StockLedger &>);
static_assert(!std::is_constructible_v<StocktakeService, Services &, const Catalog &, StockLedger &>);
static_assert(!std::is_constructible_v<SalesHistory, Services &>);
static_assert(!std::is_constructible_v<SalesAnalysis, Services &>);
static_assert(!std::is_constructible_v<ReorderService, Services &, PurchaseOrderService &>);
static_assert(!std::is_constructible_v<ProductImporter, Services &>);
static_assert(!std::is_constructible_v<StockImporter, Services &, StockLedger &>);
static_assert(!std::is_constructible_v<SupplierImporter, Services &, SupplierService &>);
static_assert(!std::is_constructible_v<Exporter, Services &>);
static_assert(!std::is_constructible_v<InventoryServices, Services &>);

TEST(InventoryServices, EachOpenedStoreHasOneSetAndEveryImportGetsAFreshImporter)
{
    inventory::test::DemoFixture first(false);
    inventory::test::DemoFixture second(false);
    ASSERT_TRUE(first.services && second.services);
    InventoryServices &inventory = InventoryServices::of(*first.services);
    EXPECT_EQ(&InventoryServices::of(*first.services), &inventory);
    EXPECT_EQ(&inventory.core(), first.services.get());
    EXPECT_NE(&InventoryServices::of(*second.services).catalog(), &inventory.catalog());
    EXPECT_NE(inventory.newProductImporter().get(), nullptr);
    auto one = inventory.newStockImporter();
    auto other = inventory.newStockImporter();
    EXPECT_NE(one.get(), other.get());
}

TEST(InventoryServices, MoneyFollowsTheStoreCurrencyWhenTheProfileChanges)
{
    inventory::test::DemoFixture demo;
    ASSERT_TRUE(demo.services);
    InventoryServices &inventory = InventoryServices::of(*demo.services);
    const Catalog &catalog = inventory.catalog();
    const Location floor = inventory.ledger().location(QStringLiteral("FLOOR")).value();
    ASSERT_EQ(catalog.productBySku(QStringLiteral("140007")).value().price.currency(), Currency::cny());

    // The manager switches the store to Hong Kong dollars; the services already built follow at once.
    ASSERT_TRUE(demo.services->storeProfile().setField(demo.owner, QStringLiteral("currency"), QStringLiteral("HKD")).ok());
    const Currency hkd = Currency::fromCode(QStringLiteral("HKD"));
    const Product cola = catalog.productBySku(QStringLiteral("140007")).value();
    EXPECT_EQ(cola.price.currency(), hkd);
    EXPECT_EQ(cola.cost.currency(), hkd);
    const QString code = catalog.productBarcodes(cola.id).value().constFirst().code;
    EXPECT_EQ(catalog.lookup(code).value().product.price.currency(), hkd);
    EXPECT_EQ(catalog.listPage({}, std::nullopt, 5).value().constFirst().product.price.currency(), hkd);
    EXPECT_EQ(inventory.ledger().stockAt(floor.id).value().totalValue.currency(), hkd);
}
