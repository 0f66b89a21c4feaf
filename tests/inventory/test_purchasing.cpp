// Purchasing: suppliers, the life of a purchase order, receiving (also by scanning cases), the moving-average
// cost to the fen, over-receipts and returns to the supplier.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierreturnservice.h"
#include "inventory/supplierservice.h"

#include "core/auditlog.h"
#include "core/store.h"
#include "core/storesettings.h"

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct PurchasingTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
    PurchaseOrderService &orders = InventoryServices::of(*demo.services).purchasing();
    ReceivingService &receiving = InventoryServices::of(*demo.services).receiving();
    SupplierReturnService &returns = InventoryServices::of(*demo.services).supplierReturns();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    Location floor = ledger.location(QStringLiteral("FLOOR")).value();
    Location back = ledger.location(QStringLiteral("BACK")).value();
    Supplier drinks = suppliers.supplierByCode(QStringLiteral("S002")).value();

    Product product(const char *sku) { return catalog.productBySku(QLatin1String(sku)).value(); }
    Money cost(const char *sku) { return product(sku).cost; }
};

Money fen(qint64 v)
{
    return Money::fromMinor(v, Currency::cny());
}

} // namespace

TEST(MovingAverage, IsExactToTheFenAndRoundsHalfUpOnce)
{
    // 3 at 1.00 and 7 at 1.05: 10.35 / 10 = 1.035 → 1.04.
    EXPECT_EQ(ReceivingService::movingAverage(fen(100), Quantity::units(3), fen(105), Quantity::units(7)).value(), fen(104));
    // 10 at 2.00 and 5 at 2.33: 31.65 / 15 = 2.11 exactly.
    EXPECT_EQ(ReceivingService::movingAverage(fen(200), Quantity::units(10), fen(233), Quantity::units(5)).value(), fen(211));
    // Weighed goods: 0.355 kg at 12.80/kg and 2.5 kg at 13.50/kg: 4.544 + 33.75 = 38.294 / 2.855 = 13.4129… → 13.41.
    EXPECT_EQ(ReceivingService::movingAverage(fen(1280), Quantity::fromMilli(355), fen(1350), Quantity::fromMilli(2500))
                  .value(),
              fen(1341));
    // Nothing (or less than nothing) on hand: the new cost is what was paid.
    EXPECT_EQ(ReceivingService::movingAverage(fen(999), Quantity(), fen(150), Quantity::units(4)).value(), fen(150));
    EXPECT_EQ(ReceivingService::movingAverage(fen(999), -Quantity::units(2), fen(150), Quantity::units(4)).value(), fen(150));
    EXPECT_FALSE(ReceivingService::movingAverage(fen(100), Quantity::units(1), fen(100), Quantity()).ok());
}

TEST_F(PurchasingTest, TheDemoHasSuppliersItemsAndOrdersInEveryState)
{
    auto all = suppliers.list();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 5);
    EXPECT_EQ(drinks.leadTimeDays, 2);
    auto items = suppliers.items(drinks.id);
    ASSERT_TRUE(items.ok());
    EXPECT_GT(items->size(), 20);
    auto water = suppliers.preferredItem(product("140001").id).value();
    ASSERT_TRUE(water.has_value());
    EXPECT_EQ(water->supplier, drinks.id);
    EXPECT_EQ(water->packSize, Quantity::units(24)); // ordered by the case

    QSet<PurchaseOrderStatus> states;
    for (const PurchaseOrderSummary &s : orders.orders().value())
        states.insert(s.status);
    for (PurchaseOrderStatus s : {PurchaseOrderStatus::Draft, PurchaseOrderStatus::Sent, PurchaseOrderStatus::PartlyReceived,
                                  PurchaseOrderStatus::Received, PurchaseOrderStatus::Cancelled})
        EXPECT_TRUE(states.contains(s)) << purchaseOrderStatusKey(s).toStdString();
}

TEST_F(PurchasingTest, ADraftOrderIsMadeInOneStepOnePerSupplier)
{
    const Product water = product("140001");
    const Product rice = product("100002");
    auto denied = orders.createDrafts(demo.cashier, {DraftOrderLine{water.id, {}, Quantity::units(48), {}}});
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);

    const Quantity onOrderBefore = orders.onOrder(water.id).value();
    auto created = orders.createDrafts(demo.owner, {DraftOrderLine{water.id, {}, Quantity::units(48), {}},
                                                    DraftOrderLine{rice.id, {}, Quantity::units(10), {}},
                                                    DraftOrderLine{water.id, {}, Quantity::units(24), {}}});
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    ASSERT_EQ(created->size(), 2);
    auto first = orders.order(created->at(0)).value();
    EXPECT_EQ(first.status, PurchaseOrderStatus::Draft);
    EXPECT_EQ(first.supplier, drinks.id);
    EXPECT_TRUE(first.number.startsWith(QStringLiteral("PO")));
    ASSERT_EQ(first.lines.size(), 1);
    EXPECT_EQ(first.lines.first().ordered, Quantity::units(72)); // the two water lines added up
    EXPECT_EQ(first.lines.first().unitCost, water.cost);         // the supplier's last cost
    EXPECT_EQ(first.orderedValue(Currency::cny()).value(), fen(72 * 148));
    EXPECT_EQ(orders.order(created->at(1))->lines.first().product, rice.id);
    EXPECT_EQ(orders.onOrder(water.id).value().milli(), onOrderBefore.milli() + 72000);

    // A product nobody supplies cannot be ordered without naming a supplier.
    ASSERT_TRUE(demo.store().exec(QStringLiteral("DELETE FROM supplier_items WHERE product_id = ?"),
                                  {qlonglong(rice.id.value())}).ok());
    auto orphan = orders.createDrafts(demo.owner, {DraftOrderLine{rice.id, {}, Quantity::units(1), {}}});
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.error().message.contains(rice.name));
}

TEST_F(PurchasingTest, AnOrderIsSentPartlyReceivedThenReceived)
{
    const Product water = product("140001");
    const Product cola = product("140006");
    const PurchaseOrderId id = orders.createDraft(demo.owner, drinks.id,
                                                  {DraftOrderLine{water.id, {}, Quantity::units(48), fen(150)},
                                                   DraftOrderLine{cola.id, {}, Quantity::units(24), fen(260)}},
                                                  back.id)
                                   .value();
    ASSERT_TRUE(orders.send(demo.owner, id).ok());
    EXPECT_EQ(orders.send(demo.owner, id).error().code, Error::Code::Conflict);
    EXPECT_EQ(orders.order(id)->status, PurchaseOrderStatus::Sent);
    EXPECT_EQ(orders.order(id)->sentAt, demo.clock.now());

    const Quantity waterBack = ledger.onHand(water.id, back.id).value();
    ReceiveRequest first{id, {}, {}, QStringLiteral("HD-1"), {ReceiptLine{water.id, Quantity::units(24), {}}}, false};
    auto r1 = receiving.receive(supervisor, first);
    ASSERT_TRUE(r1.ok()) << r1.error().toString().toStdString();
    EXPECT_EQ(r1->orderStatus, PurchaseOrderStatus::PartlyReceived);
    EXPECT_EQ(r1->location, back.id);
    EXPECT_EQ(r1->value, fen(24 * 150));
    EXPECT_EQ(ledger.onHand(water.id, back.id).value().milli(), waterBack.milli() + 24000);
    auto po = orders.order(id).value();
    EXPECT_EQ(po.status, PurchaseOrderStatus::PartlyReceived);
    EXPECT_EQ(po.lines.at(0).received, Quantity::units(24));
    EXPECT_EQ(po.lines.at(0).outstanding(), Quantity::units(24));
    EXPECT_EQ(po.lines.at(1).outstanding(), Quantity::units(24));

    // The movement is a receipt with the receipt number as its document, by the supervisor.
    auto history = ledger.history(water.id, back.id, {}, {}, 1).value();
    EXPECT_EQ(history.entries.first().reason, StockReason::kReceipt);
    EXPECT_EQ(history.entries.first().document, r1->number);
    EXPECT_EQ(history.entries.first().operatorId, supervisor.operatorId);

    // Cancelling is no longer possible once goods came in.
    EXPECT_EQ(orders.cancel(demo.owner, id).error().code, Error::Code::Conflict);

    ReceiveRequest rest{id, {}, {}, QStringLiteral("HD-2"),
                        {ReceiptLine{water.id, Quantity::units(24), {}}, ReceiptLine{cola.id, Quantity::units(24), {}}}, false};
    auto r2 = receiving.receive(supervisor, rest);
    ASSERT_TRUE(r2.ok()) << r2.error().toString().toStdString();
    EXPECT_EQ(r2->orderStatus, PurchaseOrderStatus::Received);
    EXPECT_EQ(orders.order(id)->status, PurchaseOrderStatus::Received);
    EXPECT_EQ(receiving.receipts(id)->size(), 2);
    EXPECT_EQ(orders.onOrder(cola.id).value(), Quantity()); // nothing more expected
    auto again = receiving.receive(supervisor, rest);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_TRUE(ledger.verify()->ok);
}

TEST_F(PurchasingTest, OverReceiptIsRefusedUnlessAManagerAcceptsIt)
{
    const Product water = product("140001");
    const Product cola = product("140006");
    const PurchaseOrderId id =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(24), {}}}).value();
    ASSERT_TRUE(orders.send(demo.owner, id).ok());
    const Quantity before = ledger.onHand(water.id).value();

    ReceiveRequest tooMuch{id, {}, {}, {}, {ReceiptLine{water.id, Quantity::units(30), {}}}, false};
    auto refused = receiving.receive(supervisor, tooMuch);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(water.name)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("24")));
    EXPECT_EQ(ledger.onHand(water.id).value(), before); // nothing booked

    ReceiveRequest notOrdered{id, {}, {}, {}, {ReceiptLine{cola.id, Quantity::units(1), {}}}, false};
    EXPECT_EQ(receiving.receive(supervisor, notOrdered).error().code, Error::Code::Conflict);

    // A 25% tolerance lets 30 of 24 through.
    ASSERT_TRUE(ReceivingService::kOverReceiptTolerancePercent.set(demo.services->settings(), 25));
    ReceiveRequest within = tooMuch;
    auto accepted = receiving.receive(supervisor, within);
    ASSERT_TRUE(accepted.ok()) << accepted.error().toString().toStdString();
    EXPECT_EQ(accepted->orderStatus, PurchaseOrderStatus::Received);

    // Beyond it, the supervisor may not accept; the owner may, and it is audited.
    const PurchaseOrderId id2 =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(10), {}}}).value();
    ReceiveRequest big{id2, {}, {}, {}, {ReceiptLine{water.id, Quantity::units(20), {}}, ReceiptLine{cola.id, Quantity::units(2), {}}},
                       true};
    EXPECT_EQ(receiving.receive(supervisor, big).error().code, Error::Code::PermissionDenied);
    auto managerOk = receiving.receive(demo.owner, big);
    ASSERT_TRUE(managerOk.ok()) << managerOk.error().toString().toStdString();
    auto po = orders.order(id2).value();
    EXPECT_EQ(po.status, PurchaseOrderStatus::Received); // a draft received on is sent on the way
    EXPECT_TRUE(po.sentAt.isValid());
    ASSERT_EQ(po.lines.size(), 2);
    EXPECT_EQ(po.lines.at(1).ordered, Quantity());
    EXPECT_EQ(po.lines.at(1).received, Quantity::units(2));
    AuditQuery query;
    query.actionPrefix = QStringLiteral("po.receive");
    query.outcome = QStringLiteral("over");
    EXPECT_EQ(demo.services->auditLog().count(query).value(), 1);
}

TEST_F(PurchasingTest, ReceivingByScanningCountsCasesAndUpdatesTheAverageCost)
{
    const Product water = product("140001"); // 103 on hand at 1.48, case barcode of 24
    const Quantity onHand = ledger.onHand(water.id).value();
    ASSERT_EQ(onHand, Quantity::units(103));
    ASSERT_EQ(water.cost, fen(148));

    ReceiveRequest request{{}, drinks.id, back.id, QStringLiteral("无单收货"), {}, false};
    ASSERT_TRUE(receiving.addScan(request, QStringLiteral("6924808883587")).ok()); // one case
    ASSERT_TRUE(receiving.addScan(request, QStringLiteral("6924808883587")).ok()); // another case
    ASSERT_TRUE(receiving.addScan(request, QStringLiteral("6947504525926"), 3).ok()); // 3 single bottles
    EXPECT_EQ(receiving.addScan(request, QStringLiteral("6900000000007")).error().code, Error::Code::NotFound);
    EXPECT_EQ(receiving.addScan(request, QStringLiteral("6900000000000")).error().code, Error::Code::InvalidInput); // bad check digit
    ASSERT_EQ(request.lines.size(), 1);
    EXPECT_EQ(request.lines.first().quantity, Quantity::units(51));
    request.lines.first().unitCost = fen(160);

    auto received = receiving.receive(supervisor, request);
    ASSERT_TRUE(received.ok()) << received.error().toString().toStdString();
    EXPECT_FALSE(received->order.isValid());
    EXPECT_EQ(received->value, fen(51 * 160));
    EXPECT_EQ(ledger.onHand(water.id).value(), Quantity::units(154));
    // (103 × 1.48 + 51 × 1.60) / 154 = (152.44 + 81.60) / 154 = 1.51974… → 1.52
    EXPECT_EQ(cost("140001"), fen(152));
    // The supplier's last cost follows.
    EXPECT_EQ(suppliers.preferredItem(water.id).value()->lastCost, fen(160));

    // Without a PO the supplier and the location are needed.
    ReceiveRequest nowhere{{}, drinks.id, {}, {}, {ReceiptLine{water.id, Quantity::units(1), {}}}, false};
    EXPECT_EQ(receiving.receive(supervisor, nowhere).error().code, Error::Code::InvalidInput);
    ReceiveRequest noOne{{}, {}, back.id, {}, {ReceiptLine{water.id, Quantity::units(1), {}}}, false};
    EXPECT_EQ(receiving.receive(supervisor, noOne).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(receiving.receive(demo.cashier, request).error().code, Error::Code::PermissionDenied);
}

TEST_F(PurchasingTest, ReturnsToTheSupplierTakeStockOutAndLeaveTheCost)
{
    const Product cola = product("140006");
    const Quantity onFloor = ledger.onHand(cola.id, floor.id).value();
    auto returned = returns.returnGoods(
        supervisor, SupplierReturnRequest{drinks.id, floor.id, QStringLiteral("罐体破损"),
                                          {ReceiptLine{cola.id, Quantity::units(6), {}}}});
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    EXPECT_TRUE(returned->startsWith(QStringLiteral("RT")));
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value().milli(), onFloor.milli() - 6000);
    EXPECT_EQ(cost("140006"), cola.cost);
    auto history = ledger.history(cola.id, floor.id, {}, {}, 1).value();
    EXPECT_EQ(history.entries.first().reason, StockReason::kSupplierReturn);
    EXPECT_EQ(history.entries.first().document, *returned);
    EXPECT_EQ(history.entries.first().quantity, -Quantity::units(6));
    EXPECT_EQ(returns.returnGoods(demo.cashier, SupplierReturnRequest{drinks.id, floor.id, {},
                                                                          {ReceiptLine{cola.id, Quantity::units(1), {}}}})
                  .error()
                  .code,
              Error::Code::PermissionDenied);
}

TEST_F(PurchasingTest, ReturningSerialNumberedGoodsNamesTheUnitsAndMarksThemGoneBack)
{
    // The demo's 小米 14 (240002): IMEIs 860000000000021…23 in stock on the floor.
    const Product phone = product("240002");
    SerialNumberService &serials = InventoryServices::of(*demo.services).serials();
    const Quantity before = ledger.onHand(phone.id, floor.id).value();
    auto returnOf = [&](int units, QStringList imeis) {
        return returns.returnGoods(supervisor, SupplierReturnRequest{drinks.id, floor.id, QStringLiteral("屏幕坏点"),
                                                                         {ReceiptLine{phone.id, Quantity::units(units), {}, imeis}}});
    };
    auto expectNothingBooked = [&](const Result<QString> &refused, const char *why) {
        SCOPED_TRACE(why);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(ledger.onHand(phone.id, floor.id).value(), before);
        EXPECT_EQ(serials.serialsOf(phone.id, QStringLiteral("in_stock")).value().size(), 3);
        EXPECT_TRUE(returns.recent().value().isEmpty() || !returns.recent().value().first().reason.contains(QStringLiteral("屏幕")));
    };

    // The count of serials must match the quantity.
    auto missing = returnOf(2, {QStringLiteral("860000000000021")});
    expectNothingBooked(missing, "one serial for two units");
    EXPECT_EQ(missing.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("needs one serial number per unit"))) << missing.error().message.toStdString();
    // A unit this product does not have, and one that was sold (the demo's sold nova is another product;
    // sell one of these first), are refused and nothing is booked.
    auto unknown = returnOf(1, {QStringLiteral("860000000000099")});
    expectNothingBooked(unknown, "unknown serial");
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    ASSERT_TRUE(serials.markSold(QStringLiteral("860000000000023"), QStringLiteral("R01-00000077"), {}, 12,
                                 demo.owner.operatorId, phone.id).ok());
    ASSERT_TRUE(ledger.record({phone.id, floor.id, -Quantity::units(1), StockReason::kSale, demo.owner.operatorId,
                               QStringLiteral("R01-00000077")}).ok());
    const Quantity afterSale = ledger.onHand(phone.id, floor.id).value();
    auto sold = returnOf(2, {QStringLiteral("860000000000021"), QStringLiteral("860000000000023")});
    ASSERT_FALSE(sold.ok());
    EXPECT_EQ(sold.error().code, Error::Code::Conflict);
    EXPECT_TRUE(sold.error().message.contains(QStringLiteral("was sold"))) << sold.error().message.toStdString();
    EXPECT_EQ(ledger.onHand(phone.id, floor.id).value(), afterSale);
    EXPECT_EQ(serials.lookup(QStringLiteral("860000000000021")).value().first().status, SerialStatus::InStock);

    // Two units back, named by serial (any case/spaces): stock and serials move together.
    auto returned = returnOf(2, {QStringLiteral(" 860000000000021"), QStringLiteral("860000000000022 ")});
    ASSERT_TRUE(returned.ok()) << returned.error().toString().toStdString();
    EXPECT_EQ(ledger.onHand(phone.id, floor.id).value(), Quantity::fromMilli(afterSale.milli() - 2000));
    const SerialRecord gone = serials.lookup(QStringLiteral("860000000000021")).value().first();
    EXPECT_EQ(gone.status, SerialStatus::ReturnedToSupplier);
    EXPECT_EQ(serialStatusName(gone.status), QStringLiteral("Returned to supplier"));
    ASSERT_FALSE(gone.history.isEmpty());
    EXPECT_EQ(gone.history.last().event, QStringLiteral("returned_to_supplier"));
    EXPECT_EQ(gone.history.last().document, *returned);
    EXPECT_EQ(gone.history.last().detail, drinks.name);
    EXPECT_TRUE(serials.serialsOf(phone.id, QStringLiteral("in_stock")).value().isEmpty());

    // Gone back: it can neither go back again nor be sold; a non-serial product takes no serials.
    auto again = returnOf(1, {QStringLiteral("860000000000022")});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("went back to the supplier already")));
    auto resold = serials.markSold(QStringLiteral("860000000000022"), QStringLiteral("R01-00000078"), {}, 12,
                                   demo.owner.operatorId, phone.id);
    ASSERT_FALSE(resold.ok());
    EXPECT_EQ(resold.error().code, Error::Code::Conflict);
    auto cola = returns.returnGoods(supervisor, SupplierReturnRequest{drinks.id, floor.id, {},
                                                                          {ReceiptLine{product("140006").id, Quantity::units(1), {},
                                                                                       {QStringLiteral("X1")}}}});
    ASSERT_FALSE(cola.ok());
    EXPECT_TRUE(cola.error().message.contains(QStringLiteral("does not take serial numbers")));

    // The repaired unit comes back in with a delivery: in stock again, its history kept.
    ReceiveRequest back{{}, drinks.id, floor.id, QStringLiteral("维修返回"),
                        {ReceiptLine{phone.id, Quantity::units(1), {}, {QStringLiteral("860000000000021")}}}, false};
    auto received = receiving.receive(supervisor, back);
    ASSERT_TRUE(received.ok()) << received.error().toString().toStdString();
    const SerialRecord home = serials.lookup(QStringLiteral("860000000000021")).value().first();
    EXPECT_EQ(home.status, SerialStatus::InStock);
    EXPECT_EQ(home.history.size(), 3);   // received, returned_to_supplier, received
}

TEST_F(PurchasingTest, CancelAndCloseFollowTheRules)
{
    const Product water = product("140001");
    const PurchaseOrderId draft =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(24), {}}}).value();
    EXPECT_EQ(orders.close(demo.owner, draft).error().code, Error::Code::Conflict); // nothing to close yet
    ASSERT_TRUE(orders.cancel(demo.owner, draft, QStringLiteral("下错单")).ok());
    EXPECT_EQ(orders.order(draft)->status, PurchaseOrderStatus::Cancelled);
    EXPECT_EQ(orders.send(demo.owner, draft).error().code, Error::Code::Conflict);

    const PurchaseOrderId partly =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(24), {}}}).value();
    ASSERT_TRUE(receiving.receive(supervisor, ReceiveRequest{partly, {}, {}, {}, {ReceiptLine{water.id, Quantity::units(12), {}}}, false})
                    .ok());
    const Quantity onOrder = orders.onOrder(water.id).value();
    EXPECT_EQ(orders.close(supervisor, partly).error().code, Error::Code::PermissionDenied);
    ASSERT_TRUE(orders.close(demo.owner, partly, QStringLiteral("供应商断货")).ok());
    EXPECT_EQ(orders.order(partly)->status, PurchaseOrderStatus::Closed);
    EXPECT_EQ(orders.onOrder(water.id).value().milli(), onOrder.milli() - 12000); // no longer expected
}

TEST_F(PurchasingTest, SuppliersAreValidatedAndAudited)
{
    EXPECT_EQ(suppliers.add(demo.owner, Supplier{{}, QStringLiteral("S002"), QStringLiteral("x"), {}, {}, 1, true}).error().code,
              Error::Code::Conflict);
    EXPECT_EQ(suppliers.add(demo.owner, Supplier{{}, QStringLiteral("S9"), {}, {}, {}, 1, true}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(suppliers.add(demo.owner, Supplier{{}, QStringLiteral("S9"), QStringLiteral("x"), {}, {}, 400, true}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(suppliers.add(demo.cashier, Supplier{{}, QStringLiteral("S9"), QStringLiteral("x"), {}, {}, 1, true}).error().code,
              Error::Code::PermissionDenied);
    auto added = suppliers.add(demo.owner, Supplier{{}, QStringLiteral("S9"), QStringLiteral("新供应商"), QStringLiteral("张三"),
                                                    QStringLiteral("138 0000 0000"), 4, true});
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    Supplier changed = *added;
    changed.active = false;
    ASSERT_TRUE(suppliers.update(demo.owner, changed).ok());
    EXPECT_FALSE(suppliers.supplier(added->id)->active);
    EXPECT_EQ(suppliers.list(true)->size(), 5);
    // An inactive supplier gets no new orders.
    EXPECT_EQ(orders.createDraft(demo.owner, added->id, {DraftOrderLine{product("140001").id, {}, Quantity::units(1), {}}})
                  .error()
                  .code,
              Error::Code::Conflict);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("supplier.");
    EXPECT_GE(demo.services->auditLog().count(query).value(), 2);
}

TEST_F(PurchasingTest, DocumentNumbersCarryTheRegisterAndItsOwnSequence)
{
    const Product water = product("140001");
    const PurchaseOrderId id =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(24), {}}}, back.id).value();
    const QString number = orders.order(id)->number;
    EXPECT_TRUE(number.startsWith(QStringLiteral("PO-R01-"))) << number.toStdString();
    EXPECT_EQ(number.size(), QStringLiteral("PO-R01-00000001").size());
    // The demo made five orders on R01: this is the sixth.
    EXPECT_EQ(number, QStringLiteral("PO-R01-00000006"));
    auto received = receiving.receive(demo.owner, ReceiveRequest{id, {}, {}, {}, {ReceiptLine{water.id, Quantity::units(24), {}}}, false});
    ASSERT_TRUE(received.ok()) << received.error().toString().toStdString();
    EXPECT_TRUE(received->number.startsWith(QStringLiteral("GR-R01-"))) << received->number.toStdString();
    auto history = ledger.history(water.id, back.id, {}, {}, 1).value();
    ASSERT_FALSE(history.entries.isEmpty());
    EXPECT_EQ(history.entries.first().document, received->number);
    EXPECT_EQ(orders.orderByNumber(number.toLower())->id, id);
}

TEST_F(PurchasingTest, ADraftsLinesCanBeChangedUntilItIsSent)
{
    const Product water = product("140001");
    const Product cola = product("140006");
    const PurchaseOrderId id =
        orders.createDraft(demo.owner, drinks.id, {DraftOrderLine{water.id, {}, Quantity::units(24), {}}}, back.id).value();
    EXPECT_EQ(orders.updateDraft(demo.cashier, id, {DraftOrderLine{cola.id, {}, Quantity::units(1), {}}}).error().code,
              Error::Code::PermissionDenied);
    EXPECT_EQ(orders.updateDraft(demo.owner, id, {DraftOrderLine{cola.id, {}, Quantity(), {}}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(orders.updateDraft(demo.owner, id, {DraftOrderLine{cola.id, {}, Quantity::units(1), fen(-1)}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(orders.order(id)->lines.size(), 1); // the refused changes left it alone

    ASSERT_TRUE(orders
                    .updateDraft(demo.owner, id,
                                 {DraftOrderLine{water.id, {}, Quantity::units(48), fen(150)},
                                  DraftOrderLine{cola.id, {}, Quantity::units(12), {}}},
                                 floor.id, QStringLiteral("改单"))
                    .ok());
    const PurchaseOrder po = orders.order(id).value();
    ASSERT_EQ(po.lines.size(), 2);
    EXPECT_EQ(po.lines.at(0).ordered, Quantity::units(48));
    EXPECT_EQ(po.lines.at(0).unitCost, fen(150));
    EXPECT_EQ(po.lines.at(1).unitCost, cola.cost); // the supplier's last cost
    EXPECT_EQ(po.location, floor.id);
    EXPECT_EQ(po.note, QStringLiteral("改单"));
    EXPECT_EQ(po.orderedValue(Currency::cny()).value(), fen(48 * 150 + 12 * cola.cost.minor()));

    ASSERT_TRUE(orders.send(demo.owner, id).ok());
    EXPECT_EQ(orders.updateDraft(demo.owner, id, {DraftOrderLine{cola.id, {}, Quantity::units(1), {}}}).error().code,
              Error::Code::Conflict);
}

TEST_F(PurchasingTest, ReceiptsAndReturnsAreListedNewestFirst)
{
    const Product cola = product("140006");
    auto received = receiving.receive(supervisor, ReceiveRequest{{}, drinks.id, back.id, QStringLiteral("HD-77"),
                                                              {ReceiptLine{cola.id, Quantity::units(6), fen(250)}}, false});
    ASSERT_TRUE(received.ok());
    auto recent = receiving.recent().value();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first().number, received->number);
    EXPECT_TRUE(recent.first().orderNumber.isEmpty());
    EXPECT_EQ(recent.first().deliveryNote, QStringLiteral("HD-77"));
    EXPECT_EQ(recent.first().value, fen(1500));

    auto returned = returns.returnGoods(supervisor, SupplierReturnRequest{drinks.id, back.id, QStringLiteral("破损"),
                                                                              {ReceiptLine{cola.id, Quantity::units(2), fen(250)}}});
    ASSERT_TRUE(returned.ok());
    EXPECT_TRUE(returned->startsWith(QStringLiteral("RT-R01-")));
    auto list = returns.recent().value();
    ASSERT_FALSE(list.isEmpty());
    EXPECT_EQ(list.first().number, *returned);
    EXPECT_EQ(list.first().reason, QStringLiteral("破损"));
    EXPECT_EQ(list.first().value, fen(500));
    EXPECT_EQ(list.first().lineCount, 1);
}
