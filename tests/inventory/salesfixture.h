#pragma once

#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/productservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierservice.h"

#include "core/services.h"

namespace qtill::inventory::test {

/// The demo store plus a few products of our own with a known sales history, for the reorder and
/// analysis tests. The clock stands at 2026-11-21 08:00 (DemoFixture); sales are placed in the past.
///
///  SKU     unit  price  cost  safety  supplier (lead, pack)     stock history on the floor
///  900001  pc    3.50   2.50  10      S900 (5 days, 12)         +164 opening (60 d ago), −100 sold 40 d ago,
///                                                              −30 sold 27 d ago, −26 sold 1 d ago → 8
///  900002  pc    6.00   4.00  5       none                      never stocked
///  900003  pc    9.90   7.00  0       S900 (5 days, 1)          +50 opening, −28 sold 2 d ago, +2 refund → 24
///  900004  kg   19.80  12.00  2 kg    S900 (5 days, 5 kg)       +11.7 kg opening, −10.5 kg sold 3 d ago → 1.2
///  900005  pc    5.00   3.00  0       none                      +10 opening, −1 sold 40 d ago → 9
struct SalesFixture
{
    DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    LocationId floor = ledger.location(QStringLiteral("FLOOR")).value().id;
    LocationId back = ledger.location(QStringLiteral("BACK")).value().id;
    SupplierId supplier;
    ProductId p1, p2, p3, p4, p5;
    QDateTime now = demo.clock.now();

    SalesFixture()
    {
        ProductService &products = InventoryServices::of(*demo.services).products();
        const CategoryId category = catalog.categories().value().constFirst().id;
        auto make = [&](const char *sku, const char *unit, bool weighed, qint64 price, qint64 cost, qint64 safety) {
            Product p;
            p.sku = QLatin1String(sku);
            p.name = QStringLiteral("测试商品 ") + p.sku;
            p.nameEn = QStringLiteral("Test ") + p.sku;
            p.categoryId = category;
            p.unit = QString::fromUtf8(unit);
            p.soldByWeight = weighed;
            p.price = Money::fromMinor(price, Currency::cny());
            p.cost = Money::fromMinor(cost, Currency::cny());
            p.taxClass = QStringLiteral("standard");
            p.safetyStock = Quantity::fromMilli(safety);
            auto id = products.create(demo.owner, p);
            EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toString().toStdString());
            return id.valueOr(ProductId());
        };
        p1 = make("900001", "个", false, 350, 250, 10000);
        p2 = make("900002", "个", false, 600, 400, 5000);
        p3 = make("900003", "个", false, 990, 700, 0);
        p4 = make("900004", "kg", true, 1980, 1200, 2000);
        p5 = make("900005", "个", false, 500, 300, 0);

        SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
        Supplier s;
        s.code = QStringLiteral("S900");
        s.name = QStringLiteral("测试供应商");
        s.leadTimeDays = 5;
        auto added = suppliers.add(demo.owner, s);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().toString().toStdString());
        supplier = added.valueOr(Supplier()).id;
        for (const auto &[product, cost, pack] : {std::tuple{p1, 240, 12000}, std::tuple{p3, 700, 1000},
                                                  std::tuple{p4, 1150, 5000}}) {
            SupplierItem item;
            item.supplier = supplier;
            item.product = product;
            item.lastCost = Money::fromMinor(cost, Currency::cny());
            item.packSize = Quantity::fromMilli(pack);
            item.preferred = true;
            const Status set = suppliers.setItem(demo.owner, item);
            EXPECT_TRUE(set.ok()) << (set.ok() ? std::string() : set.error().toString().toStdString());
        }

        move(p1, 60, 164000, StockReason::kOpening);
        move(p1, 40, -100000, StockReason::kSale);
        move(p1, 27, -30000, StockReason::kSale);
        move(p1, 1, -26000, StockReason::kSale);
        move(p3, 60, 50000, StockReason::kOpening);
        move(p3, 2, -28000, StockReason::kSale);
        move(p3, 2, 2000, StockReason::kRefund);
        move(p4, 60, 11700, StockReason::kOpening);
        move(p4, 3, -10500, StockReason::kSale);
        move(p5, 60, 10000, StockReason::kOpening);
        move(p5, 40, -1000, StockReason::kSale);
        demo.clock.set(now);
    }

    /// A floor movement `daysAgo` days before now.
    void move(ProductId product, int daysAgo, qint64 milli, const QString &reason)
    {
        demo.clock.set(now.addDays(-daysAgo));
        auto recorded = ledger.record(StockMovement{product, floor, Quantity::fromMilli(milli), reason,
                                                    demo.owner.operatorId, QStringLiteral("TEST")});
        EXPECT_TRUE(recorded.ok()) << (recorded.ok() ? std::string() : recorded.error().toString().toStdString());
    }
};

} // namespace qtill::inventory::test
