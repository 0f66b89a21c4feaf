// The demo supermarket: realistic, consistent data, put in only once and only with the right.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/demoserials.h"
#include "inventory/ean13.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/store.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QRegularExpression>
#include <QSet>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct DemoStoreTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();

    QList<Product> allProducts()
    {
        QList<Product> all;
        for (const Category &c : catalog.categories().valueOr({}))
            all += catalog.productsIn(c.id).value();
        return all;
    }
};

} // namespace

TEST_F(DemoStoreTest, HasAboutThreeHundredProductsInFourteenCategories)
{
    EXPECT_EQ(demo.summary.categories, 15);   // the 14 aisles and 数码通讯 (serial-tracked phones)
    EXPECT_GE(demo.summary.products, 280);
    EXPECT_LE(demo.summary.products, 350);
    EXPECT_EQ(catalog.productCount().value(), demo.summary.products);
    EXPECT_EQ(allProducts().size(), demo.summary.products); // every product sits in a category
    EXPECT_EQ(demo.summary.locations, 2);
}

TEST_F(DemoStoreTest, EveryProductHasAPriceACategoryAndAValidCode)
{
    QSet<qint64> categories;
    for (const Category &c : catalog.categories().valueOr({}))
        categories.insert(c.id.value());
    const QRegularExpression plu(QStringLiteral("^\\d{4,5}$"));
    const QSet<QString> taxClasses{QStringLiteral("standard"), QStringLiteral("reduced"), QStringLiteral("zero")};
    int weighed = 0;
    for (const Product &p : allProducts()) {
        SCOPED_TRACE(p.sku.toStdString() + " " + p.name.toStdString());
        EXPECT_TRUE(p.price.isPositive());
        EXPECT_TRUE(p.cost.isPositive());
        EXPECT_LT(p.cost, p.price);
        EXPECT_TRUE(categories.contains(p.categoryId.value()));
        EXPECT_FALSE(p.name.isEmpty());
        EXPECT_FALSE(p.nameEn.isEmpty());
        EXPECT_TRUE(taxClasses.contains(p.taxClass));
        const QList<ScanMatch> codes = catalog.barcodes(p.id).value();
        ASSERT_FALSE(codes.isEmpty());
        for (const ScanMatch &code : codes) {
            if (p.soldByWeight) {
                EXPECT_TRUE(plu.match(code.code).hasMatch()) << code.code.toStdString();
            } else {
                EXPECT_TRUE(Ean13::isValid(code.code)) << code.code.toStdString();
                const int prefix = code.code.left(3).toInt();
                EXPECT_TRUE(prefix >= 690 && prefix <= 695) << code.code.toStdString();
            }
        }
        if (p.soldByWeight) {
            ++weighed;
            EXPECT_EQ(p.unit, QStringLiteral("kg"));
        }
    }
    EXPECT_GE(weighed, 5);
}

TEST_F(DemoStoreTest, OnHandIsTheSumOfTheMovements)
{
    const Location floor = ledger.location(QLatin1String(DemoStore::kFloorCode)).value();
    const Location back = ledger.location(QLatin1String(DemoStore::kBackRoomCode)).value();
    EXPECT_EQ(floor.name, QStringLiteral("卖场"));
    EXPECT_EQ(back.name, QStringLiteral("仓库"));

    const Product cola = catalog.productBySku(QStringLiteral("140006")).value();
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), Quantity::units(44));
    EXPECT_EQ(ledger.onHand(cola.id, back.id).value(), Quantity::units(24));
    EXPECT_EQ(ledger.onHand(cola.id).value(), Quantity::units(68));

    // A sale of 3 cans and a transfer of 12 from the back room: the totals follow the movements.
    ASSERT_TRUE(ledger.record({cola.id, floor.id, -Quantity::units(3), StockReason::kSale, demo.cashier.operatorId,
                               QStringLiteral("R01-00000001")}).ok());
    ASSERT_TRUE(ledger.record({cola.id, back.id, -Quantity::units(12), StockReason::kTransfer, {}, QStringLiteral("T1")}).ok());
    ASSERT_TRUE(ledger.record({cola.id, floor.id, Quantity::units(12), StockReason::kTransfer, {}, QStringLiteral("T1")}).ok());
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), Quantity::units(53));
    EXPECT_EQ(ledger.onHand(cola.id, back.id).value(), Quantity::units(12));
    EXPECT_EQ(ledger.onHand(cola.id).value(), Quantity::units(65));

    // Weighed goods are counted in grams.
    const Product bananas = catalog.productBySku(QStringLiteral("190002")).value();
    EXPECT_EQ(ledger.onHand(bananas.id, floor.id).value(), Quantity::fromMilli(24250));
}

TEST_F(DemoStoreTest, TheLedgerCannotBeRewritten)
{
    auto update = demo.store().exec(QStringLiteral("UPDATE stock_movements SET qty_milli = 999000"));
    EXPECT_FALSE(update.ok());
    auto remove = demo.store().exec(QStringLiteral("DELETE FROM stock_movements"));
    EXPECT_FALSE(remove.ok());
    const Product cola = catalog.productBySku(QStringLiteral("140006")).value();
    EXPECT_EQ(ledger.onHand(cola.id).value(), Quantity::units(68));

    auto zero = ledger.record({cola.id, ledger.locations().value().first().id, Quantity(), StockReason::kCount, {}, {}});
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().code, Error::Code::InvalidInput);
}

TEST_F(DemoStoreTest, SomeProductsAreLowOnStock)
{
    const QList<LowStockItem> low = ledger.lowStock().value();
    EXPECT_GE(low.size(), 10);
    QStringList skus;
    for (const LowStockItem &item : low) {
        EXPECT_LT(item.onHand, item.safetyStock) << item.sku.toStdString();
        EXPECT_EQ(ledger.onHand(item.product).value(), item.onHand);
        skus << item.sku;
    }
    EXPECT_TRUE(skus.contains(QStringLiteral("100002"))); // 五常稻花香大米 5kg: 5 bags, safety stock 12
    EXPECT_FALSE(skus.contains(QStringLiteral("140006"))); // cola is well stocked
}

TEST_F(DemoStoreTest, SetsUpTheProfileAndChinaVat)
{
    EXPECT_TRUE(demo.summary.profileSet);
    EXPECT_EQ(demo.services->storeProfile().profile().name, QStringLiteral("Qtill 演示超市"));
    EXPECT_EQ(demo.summary.taxClassesAdded, 4);
    EXPECT_EQ(demo.services->taxClasses().defaultClass().value().rateBasisPoints, 1300);
}

TEST_F(DemoStoreTest, IsRefusedOnAStoreThatHasProducts)
{
    auto again = DemoStore::populate(*demo.services, demo.owner);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("has products already")));
    EXPECT_EQ(catalog.productCount().value(), demo.summary.products);
}

TEST_F(DemoStoreTest, IsAuditedAndKeepsTheAuditChainIntact)
{
    AuditQuery q;
    q.actionPrefix = QStringLiteral("inventory.demoPopulate");
    const QList<AuditEntry> entries = demo.services->auditLog().entries(q).value();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().actorId, demo.owner.operatorId);
    EXPECT_TRUE(demo.services->auditLog().verify().value().ok);
}

TEST(DemoStorePermissions, ACashierCannotFillTheStore)
{
    inventory::test::DemoFixture empty(/*populate=*/false);
    auto refused = DemoStore::populate(*empty.services, empty.cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(InventoryServices::of(*empty.services).catalog().productCount().value(), 0);
    EXPECT_TRUE(empty.services->storeProfile().profile().name.isEmpty());
}

TEST_F(DemoStoreTest, HasSerialTrackedPhonesOneSoldUnderWarranty)
{
    // 数码通讯: three phones, each received with three IMEIs; one unit sold to a member with a year's warranty.
    const Product nova = catalog.productBySku(QStringLiteral("240001")).value();
    EXPECT_TRUE(nova.serialTracked);
    SerialNumberService &serials = InventoryServices::of(*demo.services).serials();
    EXPECT_EQ(serials.serialsOf(nova.id, QStringLiteral("in_stock")).value().size(), 2);
    EXPECT_EQ(ledger.onHand(nova.id).value(), Quantity::units(2));   // the ledger agrees with the serials
    const QList<SerialRecord> sold = serials.lookup(QLatin1String(DemoSerials::kSoldSerial)).value();
    ASSERT_EQ(sold.size(), 1);
    EXPECT_EQ(sold.first().status, SerialStatus::Sold);
    EXPECT_EQ(sold.first().sku, QStringLiteral("240001"));
    EXPECT_EQ(sold.first().customerRef, QStringLiteral("13800138000"));
    EXPECT_EQ(sold.first().warrantyEnd, demo.clock.now().date().addMonths(12));
    for (const char *sku : {"240002", "240003"}) {
        const Product phone = catalog.productBySku(QLatin1String(sku)).value();
        EXPECT_EQ(serials.serialsOf(phone.id, QStringLiteral("in_stock")).value().size(), 3) << sku;
        EXPECT_EQ(ledger.onHand(phone.id).value(), Quantity::units(3)) << sku;
    }
}
