// Inventory times in the store are UTC text (read from the raw columns), read back as the same
// instant on any lane, and an inventory store written before that is upgraded to UTC text.
#include "demofixture.h"
#include "inventory/catalog.h"
#include "inventory/purchasingschema.h"
#include "inventory/receivingservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierservice.h"
#include "core/storedtime.h"
#include "core/store.h"
#include "localtimezone.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace qtill;
using namespace qtill::inventory;

namespace {

QString text(Store &store, const QString &sql, const QVariantList &values = {})
{
    auto q = store.exec(sql, values);
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

} // namespace

TEST(InventoryStoredTimes, AStockMovementIsStoredAsUtcTextAndFoundByInstantFromAnotherZone)
{
    const qtill::test::LocalTimeZone lane("Asia/Shanghai");
    inventory::test::DemoFixture demo;
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    const Product cola = InventoryServices::of(*demo.services).catalog().productBySku(QStringLiteral("140006")).value();
    const Location floor = ledger.location(QStringLiteral("FLOOR")).value();
    demo.clock.set(QDateTime(QDate(2026, 12, 7), QTime(11, 18, 45, 123))); // Shanghai
    auto moved = ledger.adjust(demo.owner, cola.id, floor.id, Quantity::units(3), StockReason::kAdjustment, QStringLiteral("test"));
    ASSERT_TRUE(moved.ok()) << moved.error().toString().toStdString();
    EXPECT_EQ(text(demo.store(), QStringLiteral("SELECT at FROM stock_movements WHERE id = ?"), {moved->id}),
              QStringLiteral("2026-12-07T03:18:45.123Z"));
    // No stored time anywhere in the ledger is local text.
    EXPECT_EQ(text(demo.store(), QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE at NOT LIKE '%Z'")), QStringLiteral("0"));

    // A range given on a Berlin clock (04:18:45 there) finds it; one ending a millisecond before does not.
    const QDateTime berlin(QDate(2026, 12, 7), QTime(4, 18, 45, 123), QTimeZone("Europe/Berlin"));
    auto found = ledger.history(cola.id, floor.id, berlin, berlin.addMSecs(1));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->entries.size(), 1);
    EXPECT_EQ(found->entries.first().at, demo.clock.now()) << "read back on this lane's clock";
    auto before = ledger.history(cola.id, floor.id, berlin.addSecs(-60), berlin);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->entries.isEmpty());
}

TEST(InventoryStoredTimes, AReceivingIsStoredAsUtcText)
{
    const qtill::test::LocalTimeZone lane("Europe/Berlin");
    inventory::test::DemoFixture demo;
    InventoryServices &inventory = InventoryServices::of(*demo.services);
    const Product water = inventory.catalog().productBySku(QStringLiteral("140001")).value();
    const Supplier drinks = inventory.suppliers().supplierByCode(QStringLiteral("S002")).value();
    const Location back = inventory.ledger().location(QStringLiteral("BACK")).value();
    demo.clock.set(QDateTime(QDate(2026, 7, 1), QTime(9, 30))); // CEST, UTC+2
    ReceiveRequest request{{}, drinks.id, back.id, QStringLiteral("HD-UTC"), {ReceiptLine{water.id, Quantity::units(24), {}}}, false};
    auto receipt = inventory.receiving().receive(demo.owner, request);
    ASSERT_TRUE(receipt.ok()) << receipt.error().toString().toStdString();
    EXPECT_EQ(text(demo.store(), QStringLiteral("SELECT at FROM receipts WHERE number = ?"), {receipt->number}),
              QStringLiteral("2026-07-01T07:30:00.000Z"));
    EXPECT_EQ(text(demo.store(), QStringLiteral("SELECT at FROM stock_movements WHERE document = ?"), {receipt->number}),
              QStringLiteral("2026-07-01T07:30:00.000Z"));
    auto again = inventory.receiving().recent(1);
    ASSERT_TRUE(again.ok() && !again->isEmpty());
    EXPECT_EQ(again->first().at, demo.clock.now());
}

TEST(InventoryStoredTimes, AnOlderStoresLedgerAndReceiptsBecomeUtcTextAndStayAppendOnly)
{
    const qtill::test::LocalTimeZone lane("Asia/Shanghai");
    Schema inventoryV5 = InventoryModule::schema();
    inventoryV5.migrations = inventoryV5.migrations.mid(0, 5);
    Schema purchasingV3 = PurchasingSchema::schema();
    purchasingV3.migrations = purchasingV3.migrations.mid(0, 3);
    qtill::test::TempStore t({inventoryV5, purchasingV3});
    Store &store = *t.store;
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO categories (id, code, name) VALUES (1, '14', '饮料')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO products (id, sku, name, category_id, unit, price_fen, tax_class)"
                                          " VALUES (1, '140001', '矿泉水', 1, '瓶', 200, 'standard')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO locations (id, code, name) VALUES (1, 'FLOOR', '卖场')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO suppliers (id, code, name) VALUES (1, 'S001', '老供应商')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO stock_movements (id, product_id, location_id, qty_milli, reason, at, document)"
                                          " VALUES (1, 1, 1, 24000, 'receipt', '2026-11-21T09:00:00.000', 'GR-1'),"
                                          " (2, 1, 1, -1000, 'sale', '2026-11-22T01:30:00.000', 'R01-1')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO receipts (id, number, supplier_id, location_id, at, value_fen)"
                                          " VALUES (1, 'GR-1', 1, 1, '2026-11-21T09:00:00.000', 3600)")).ok());

    const Status upgraded = store.migrate({InventoryModule::schema(), PurchasingSchema::schema()});
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toString().toStdString();
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM stock_movements WHERE id = 1")), QStringLiteral("2026-11-21T01:00:00.000Z"));
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM stock_movements WHERE id = 2")), QStringLiteral("2026-11-21T17:30:00.000Z"));
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM receipts WHERE id = 1")), QStringLiteral("2026-11-21T01:00:00.000Z"));
    // The ledger is append-only again after the step.
    EXPECT_FALSE(store.exec(QStringLiteral("UPDATE stock_movements SET qty_milli = 1 WHERE id = 2")).ok());
    EXPECT_FALSE(store.exec(QStringLiteral("DELETE FROM stock_movements WHERE id = 2")).ok());
    // Opening it again changes nothing more.
    ASSERT_TRUE(store.migrate({InventoryModule::schema(), PurchasingSchema::schema()}).ok());
    EXPECT_EQ(text(store, QStringLiteral("SELECT at FROM stock_movements WHERE id = 2")), QStringLiteral("2026-11-21T17:30:00.000Z"));
}
