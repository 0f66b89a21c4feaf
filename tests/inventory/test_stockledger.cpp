// The stock ledger: on hand is always the sum of the movements, whatever happens in which order;
// negative stock is blocked or allowed by the store's setting, never silently; manual changes need a right.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/receivingservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierreturnservice.h"
#include "inventory/supplierservice.h"
#include "inventory/transferservice.h"

#include "core/auditlog.h"
#include "core/storesettings.h"
#include "core/store.h"

#include <QHash>

#include <random>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct StockLedgerTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    Location floor = ledger.location(QStringLiteral("FLOOR")).value();
    Location back = ledger.location(QStringLiteral("BACK")).value();

    Product product(const char *sku) { return catalog.productBySku(QLatin1String(sku)).value(); }

    /// SUM(qty) straight from the movements table, bypassing the ledger's balances.
    qint64 movementSum(ProductId p, LocationId l)
    {
        auto q = demo.store().exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements"
                                                  " WHERE product_id = ? AND location_id = ?"),
                                   {qlonglong(p.value()), qlonglong(l.value())});
        return q && q->next() ? q->value(0).toLongLong() : -999999;
    }

    void blockNegativeStock() { ASSERT_TRUE(StockLedger::kAllowNegativeStock.set(demo.services->settings(), false)); }

    qint64 auditCount(const QString &action)
    {
        AuditQuery query;
        query.actionPrefix = action;
        return demo.services->auditLog().count(query).valueOr(-1);
    }
};

} // namespace

TEST_F(StockLedgerTest, OnHandIsTheSumOfMovementsAfterARandomDayOfWork)
{
    Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).value();
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();
    ReceivingService &receiving = InventoryServices::of(*demo.services).receiving();
    SupplierReturnService &returns = InventoryServices::of(*demo.services).supplierReturns();
    TransferService &transfers = InventoryServices::of(*demo.services).transfers();
    const SupplierId supplier = suppliers.list().value().first().id;
    const Location fresh = ledger.location(QStringLiteral("FRESH")).value();

    QList<ProductId> products;
    for (const char *sku : {"100001", "140007", "150001", "160001", "210013", "200014", "190002"})
        products << product(sku).id;
    const QList<LocationId> locations{floor.id, back.id, fresh.id};
    QHash<QPair<qint64, qint64>, qint64> model;
    for (ProductId p : products) {
        for (LocationId l : locations)
            model[{p.value(), l.value()}] = ledger.onHand(p, l).value().milli();
    }

    std::mt19937 random(20261122); // fixed seed: the same sequence every run
    auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    int done[6] = {};
    for (int step = 0; step < 300; ++step) {
        SCOPED_TRACE("step " + std::to_string(step));
        const ProductId p = products.at(pick(int(products.size())));
        const LocationId l = locations.at(pick(int(locations.size())));
        const qint64 qty = 1000 * (1 + pick(12)) + (pick(4) == 0 ? 250 : 0);
        const int op = pick(6);
        switch (op) {
        case 0: { // delivery without a PO
            ReceiveRequest r{{}, supplier, l, QStringLiteral("DN-%1").arg(step), {}, false};
            r.lines << ReceiptLine{p, Quantity::fromMilli(qty), Money::fromMinor(100 + pick(900), Currency::cny())};
            ASSERT_TRUE(receiving.receive(supervisor, r).ok());
            model[{p.value(), l.value()}] += qty;
            break;
        }
        case 1: // a sale (may go negative: allowed by default)
            ASSERT_TRUE(ledger.record({p, l, Quantity::fromMilli(-qty), StockReason::kSale, demo.cashier.operatorId,
                                       QStringLiteral("R01-%1").arg(step, 8, 10, QLatin1Char('0'))})
                            .ok());
            model[{p.value(), l.value()}] -= qty;
            break;
        case 2: // a customer return
            ASSERT_TRUE(ledger.record({p, l, Quantity::fromMilli(qty), StockReason::kRefund, demo.cashier.operatorId,
                                       QStringLiteral("RF-%1").arg(step)})
                            .ok());
            model[{p.value(), l.value()}] += qty;
            break;
        case 3: { // a transfer to another location
            const LocationId to = locations.at((locations.indexOf(l) + 1 + pick(2)) % 3);
            ASSERT_TRUE(transfers.transfer(supervisor, l, to, {TransferLine{p, Quantity::fromMilli(qty), {}, {}}}).ok());
            model[{p.value(), l.value()}] -= qty;
            model[{p.value(), to.value()}] += qty;
            break;
        }
        case 4: { // a manual adjustment either way
            const qint64 delta = pick(2) ? qty : -qty;
            ASSERT_TRUE(ledger.adjust(demo.owner, p, l, Quantity::fromMilli(delta), StockReason::kAdjustment,
                                      QStringLiteral("recount"))
                            .ok());
            model[{p.value(), l.value()}] += delta;
            break;
        }
        default: { // a return to the supplier
            SupplierReturnRequest r{supplier, l, QStringLiteral("破损"), {ReceiptLine{p, Quantity::fromMilli(qty), {}}}};
            ASSERT_TRUE(returns.returnGoods(supervisor, r).ok());
            model[{p.value(), l.value()}] -= qty;
            break;
        }
        }
        ++done[op];
    }
    for (int op = 0; op < 6; ++op)
        EXPECT_GT(done[op], 20) << "operation " << op << " hardly ran";

    for (ProductId p : products) {
        qint64 total = 0;
        for (LocationId l : locations) {
            const qint64 expected = model.value({p.value(), l.value()});
            EXPECT_EQ(ledger.onHand(p, l).value().milli(), expected);
            EXPECT_EQ(movementSum(p, l), expected);
            total += expected;
        }
        EXPECT_EQ(ledger.onHand(p).value().milli(), total);
    }
    auto report = ledger.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(report->movementsChecked, 600);
}

TEST_F(StockLedgerTest, VerifyNamesABalanceThatNoLongerMatchesItsMovements)
{
    ASSERT_TRUE(ledger.verify()->ok);
    const Product cola = product("140007");
    ASSERT_TRUE(demo.store()
                    .exec(QStringLiteral("UPDATE stock_balances SET qty_milli = qty_milli + 5000 WHERE product_id = ?"
                                         " AND location_id = ?"),
                          {qlonglong(cola.id.value()), qlonglong(floor.id.value())})
                    .ok());
    auto report = ledger.verify();
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok);
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_TRUE(report->problems.first().contains(QStringLiteral("140007"))) << report->problems.first().toStdString();
    EXPECT_TRUE(report->problems.first().contains(QStringLiteral("FLOOR")));
}

TEST_F(StockLedgerTest, VerifyTellsHowFarItGotAndStopsWhenAsked)
{
    auto last = demo.store().exec(QStringLiteral("SELECT MAX(id), COUNT(*) FROM stock_movements"));
    ASSERT_TRUE(last.ok());
    ASSERT_TRUE(last->next());
    const qint64 maxId = last->value(0).toLongLong();
    QList<QPair<qint64, qint64>> steps;
    auto report = ledger.verify([&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    });
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok);
    EXPECT_EQ(report->movementsChecked, last->value(1).toLongLong());
    ASSERT_GE(steps.size(), 2);
    EXPECT_EQ(steps.first(), qMakePair(qint64(0), maxId));
    EXPECT_EQ(steps.last(), qMakePair(maxId, maxId));

    // Asked to stop (its screen closed): it stops with an error instead of a verdict.
    int calls = 0;
    auto stopped = ledger.verify([&calls](qint64, qint64) { return ++calls < 1; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Conflict);
    EXPECT_EQ(calls, 1);
}

TEST_F(StockLedgerTest, VerifyProductsChecksOnlyTheProductsAskedFor)
{
    const Product cola = product("140007");
    const Product other = product("100001");
    ASSERT_TRUE(demo.store()
                    .exec(QStringLiteral("UPDATE stock_balances SET qty_milli = qty_milli + 5000 WHERE product_id = ?"
                                         " AND location_id = ?"),
                          {qlonglong(cola.id.value()), qlonglong(floor.id.value())})
                    .ok());
    auto clean = ledger.verifyProducts(floor.id, {other.id});
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->ok);
    EXPECT_EQ(clean->balancesChecked, 1);
    EXPECT_GT(clean->movementsChecked, 0);

    auto bad = ledger.verifyProducts(floor.id, {other.id, cola.id});
    ASSERT_TRUE(bad.ok());
    EXPECT_FALSE(bad->ok);
    ASSERT_EQ(bad->problems.size(), 1);
    EXPECT_EQ(bad->problems, ledger.verify()->problems); // the same words as the whole check
}

TEST_F(StockLedgerTest, BlockedNegativeStockRefusesWithProductLocationAndOnHand)
{
    blockNegativeStock();
    const Product cola = product("140007");
    const Quantity onHand = ledger.onHand(cola.id, floor.id).value();
    auto sale = ledger.post({cola.id, floor.id, Quantity::fromMilli(-onHand.milli() - 2000), StockReason::kSale,
                             demo.cashier.operatorId, QStringLiteral("R01-00000001")});
    ASSERT_FALSE(sale.ok());
    EXPECT_EQ(sale.error().code, Error::Code::Conflict);
    const QString message = sale.error().message;
    EXPECT_TRUE(message.contains(cola.name)) << message.toStdString();
    EXPECT_TRUE(message.contains(floor.name)) << message.toStdString();
    EXPECT_TRUE(message.contains(onHand.toString(QLocale()))) << message.toStdString();
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), onHand); // nothing recorded

    // Exactly what is on hand may still go.
    auto all = ledger.post({cola.id, floor.id, -onHand, StockReason::kSale, demo.cashier.operatorId, {}});
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    EXPECT_TRUE(all->onHandAfter.isZero());
    EXPECT_FALSE(all->wentNegative);
}

TEST_F(StockLedgerTest, AllowedNegativeStockGoesThroughButIsFlaggedAndAudited)
{
    const Product cola = product("140007");
    const Quantity onHand = ledger.onHand(cola.id, floor.id).value();
    const qint64 before = auditCount(QStringLiteral("stock.negative"));
    auto sale = ledger.post({cola.id, floor.id, Quantity::fromMilli(-onHand.milli() - 3000), StockReason::kSale,
                             demo.cashier.operatorId, QStringLiteral("R01-00000002")});
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_TRUE(sale->wentNegative);
    EXPECT_EQ(sale->onHandAfter, -Quantity::units(3));
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), -Quantity::units(3));
    EXPECT_EQ(auditCount(QStringLiteral("stock.negative")), before + 1);
    EXPECT_TRUE(ledger.verify()->ok);
}

TEST_F(StockLedgerTest, ABatchPostsInOrderLikeSinglePostsAndAddsUp)
{
    const Product cola = product("140007");
    const Product other = product("150001");
    const Quantity colaBefore = ledger.onHand(cola.id, floor.id).value();
    const Quantity otherBefore = ledger.onHand(other.id, floor.id).value();
    auto posted = ledger.postBatch({{cola.id, floor.id, -Quantity::units(2), StockReason::kSale, demo.cashier.operatorId,
                                     QStringLiteral("R01-00000007")},
                                    {other.id, floor.id, -Quantity::units(1), StockReason::kSale, demo.cashier.operatorId,
                                     QStringLiteral("R01-00000007")},
                                    {cola.id, floor.id, -Quantity::units(3), StockReason::kSale, demo.cashier.operatorId,
                                     QStringLiteral("R01-00000007")}});
    ASSERT_TRUE(posted.ok()) << posted.error().toString().toStdString();
    ASSERT_EQ(posted->size(), 3);
    EXPECT_EQ(posted->at(0).onHandAfter, Quantity::fromMilli(colaBefore.milli() - 2000));
    EXPECT_EQ(posted->at(1).onHandAfter, Quantity::fromMilli(otherBefore.milli() - 1000));
    EXPECT_EQ(posted->at(2).onHandAfter, Quantity::fromMilli(colaBefore.milli() - 5000)) << "the second cola follows the first";
    EXPECT_LT(posted->at(0).id, posted->at(1).id);
    EXPECT_LT(posted->at(1).id, posted->at(2).id);
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), Quantity::fromMilli(colaBefore.milli() - 5000));
    EXPECT_EQ(movementSum(cola.id, floor.id), colaBefore.milli() - 5000);
    EXPECT_EQ(movementSum(other.id, floor.id), otherBefore.milli() - 1000);
    auto third = demo.store().exec(QStringLiteral("SELECT qty_milli, document FROM stock_movements WHERE id = ?"),
                                   {posted->at(2).id});
    ASSERT_TRUE(third.ok() && third->next());
    EXPECT_EQ(third->value(0).toLongLong(), -3000);
    EXPECT_EQ(third->value(1).toString(), QStringLiteral("R01-00000007"));
    EXPECT_TRUE(ledger.verify()->ok);
}

TEST_F(StockLedgerTest, ABatchWithOneRefusedMovementWritesNothingOfIt)
{
    blockNegativeStock();
    const Product cola = product("140007");
    const Product other = product("150001");
    const Quantity colaBefore = ledger.onHand(cola.id, floor.id).value();
    const Quantity otherBefore = ledger.onHand(other.id, floor.id).value();
    auto refused = ledger.postBatch({{other.id, floor.id, -Quantity::units(1), StockReason::kSale, demo.cashier.operatorId, {}},
                                     {cola.id, floor.id, Quantity::fromMilli(-colaBefore.milli() - 1000), StockReason::kSale,
                                      demo.cashier.operatorId, {}}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(cola.name)) << refused.error().message.toStdString();
    EXPECT_EQ(ledger.onHand(other.id, floor.id).value(), otherBefore) << "the first movement went back too";
    EXPECT_EQ(movementSum(other.id, floor.id), otherBefore.milli());

    auto unknown = ledger.postBatch({{other.id, floor.id, -Quantity::units(1), StockReason::kSale, {}, {}},
                                     {ProductId(987654321), floor.id, -Quantity::units(1), StockReason::kSale, {}, {}}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Conflict);
    EXPECT_EQ(ledger.onHand(other.id, floor.id).value(), otherBefore);
}

TEST_F(StockLedgerTest, BlockedNegativeStockAlsoStopsTransfersAndSupplierReturns)
{
    blockNegativeStock();
    const Product rice = product("100002"); // 5 on the floor, none in the back room
    TransferService &transfers = InventoryServices::of(*demo.services).transfers();
    auto moved = transfers.transfer(demo.owner, back.id, floor.id, {TransferLine{rice.id, Quantity::units(1), {}, {}}});
    ASSERT_FALSE(moved.ok());
    EXPECT_TRUE(moved.error().message.contains(back.name)) << moved.error().message.toStdString();
    EXPECT_EQ(ledger.onHand(rice.id, floor.id).value(), Quantity::units(5)); // neither side recorded

    SupplierReturnService &returns = InventoryServices::of(*demo.services).supplierReturns();
    const SupplierId supplier = InventoryServices::of(*demo.services).suppliers().list().value().first().id;
    auto returned = returns.returnGoods(
        demo.owner, SupplierReturnRequest{supplier, floor.id, {}, {ReceiptLine{rice.id, Quantity::units(6), {}}}});
    ASSERT_FALSE(returned.ok());
    EXPECT_EQ(returned.error().code, Error::Code::Conflict);
}

TEST_F(StockLedgerTest, ManualAdjustmentNeedsThePermissionAndIsAudited)
{
    const Product cola = product("140007");
    const Quantity onHand = ledger.onHand(cola.id, floor.id).value();
    auto denied = ledger.adjust(demo.cashier, cola.id, floor.id, -Quantity::units(2), StockReason::kDamage,
                                QStringLiteral("罐子压扁"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(ledger.onHand(cola.id, floor.id).value(), onHand);

    auto noReason = ledger.adjust(demo.owner, cola.id, floor.id, -Quantity::units(2), StockReason::kDamage, {});
    EXPECT_EQ(noReason.error().code, Error::Code::InvalidInput);
    auto wrongKind = ledger.adjust(demo.owner, cola.id, floor.id, -Quantity::units(2), StockReason::kSale, QStringLiteral("x"));
    EXPECT_EQ(wrongKind.error().code, Error::Code::InvalidInput);
    auto wrongSign = ledger.adjust(demo.owner, cola.id, floor.id, Quantity::units(2), StockReason::kDamage, QStringLiteral("x"));
    EXPECT_EQ(wrongSign.error().code, Error::Code::InvalidInput);

    const qint64 before = auditCount(QStringLiteral("stock.adjust"));
    auto damaged = ledger.adjust(demo.owner, cola.id, floor.id, -Quantity::units(2), StockReason::kDamage,
                                 QStringLiteral("罐子压扁"));
    ASSERT_TRUE(damaged.ok()) << damaged.error().toString().toStdString();
    EXPECT_EQ(damaged->onHandAfter.milli(), onHand.milli() - 2000);
    EXPECT_EQ(auditCount(QStringLiteral("stock.adjust")), before + 1);

    auto history = ledger.history(cola.id, floor.id, {}, {}, 1);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->entries.size(), 1);
    const StockMovementEntry &last = history->entries.first();
    EXPECT_EQ(last.reason, StockReason::kDamage);
    EXPECT_EQ(last.document, QStringLiteral("罐子压扁"));
    EXPECT_EQ(last.operatorName, QStringLiteral("00 店主"));
    EXPECT_EQ(last.at, demo.clock.now());
    EXPECT_EQ(last.balanceAfter, damaged->onHandAfter);
}

TEST_F(StockLedgerTest, HistoryIsPagedNewestFirstWithRunningBalances)
{
    const Product cola = product("140007");
    const Quantity start = ledger.onHand(cola.id, floor.id).value();
    for (int i = 1; i <= 7; ++i) {
        demo.clock.advanceMs(60'000);
        ASSERT_TRUE(ledger.record({cola.id, floor.id, -Quantity::units(1), StockReason::kSale, demo.cashier.operatorId,
                                   QStringLiteral("R01-%1").arg(i, 8, 10, QLatin1Char('0'))})
                        .ok());
    }
    auto first = ledger.history(cola.id, floor.id, {}, {}, 3, 0);
    auto second = ledger.history(cola.id, floor.id, {}, {}, 3, 3);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_GE(first->total, 8); // 7 sales and at least the opening stock
    ASSERT_EQ(first->entries.size(), 3);
    EXPECT_EQ(first->entries.at(0).document, QStringLiteral("R01-00000007"));
    EXPECT_EQ(first->entries.at(0).balanceAfter.milli(), start.milli() - 7000);
    EXPECT_EQ(first->entries.at(2).balanceAfter.milli(), start.milli() - 5000);
    EXPECT_EQ(second->entries.at(0).document, QStringLiteral("R01-00000004"));
    EXPECT_EQ(second->entries.at(0).balanceAfter.milli(), start.milli() - 4000);
    EXPECT_EQ(first->entries.at(0).operatorName, QStringLiteral("01 收银员01"));

    // A time window: only the sales of minutes 3 to 5.
    const QDateTime t0 = demo.clock.now().addSecs(-7 * 60);
    auto window = ledger.history(cola.id, floor.id, t0.addSecs(3 * 60), t0.addSecs(6 * 60));
    ASSERT_TRUE(window.ok());
    EXPECT_EQ(window->total, 3);
}

TEST_F(StockLedgerTest, ReasonsHaveASign)
{
    const Product cola = product("140007");
    EXPECT_EQ(ledger.record({cola.id, floor.id, Quantity::units(1), StockReason::kSale, {}, {}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(ledger.record({cola.id, floor.id, -Quantity::units(1), StockReason::kReceipt, {}, {}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(ledger.record({cola.id, floor.id, Quantity::units(1), QStringLiteral("gift"), {}, {}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_TRUE(ledger.record({cola.id, floor.id, -Quantity::units(1), StockReason::kCount, {}, {}}).ok());
    EXPECT_TRUE(ledger.record({cola.id, floor.id, Quantity::units(1), StockReason::kCount, {}, {}}).ok());
    EXPECT_EQ(ledger.record({ProductId(999999), floor.id, Quantity::units(1), StockReason::kCount, {}, {}}).error().code,
              Error::Code::Conflict);
}

TEST_F(StockLedgerTest, DepartmentsAreLocationsAndAClosedOneTakesNoStock)
{
    auto denied = ledger.addLocation(demo.cashier, QStringLiteral("TOYS"), QStringLiteral("玩具部"), LocationKind::Department);
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);
    auto toys = ledger.addLocation(demo.owner, QStringLiteral("TOYS"), QStringLiteral("玩具部"), LocationKind::Department);
    ASSERT_TRUE(toys.ok()) << toys.error().toString().toStdString();
    EXPECT_EQ(ledger.addLocation(demo.owner, QStringLiteral("TOYS"), QStringLiteral("x"), LocationKind::Other).error().code,
              Error::Code::Conflict);
    bool found = false;
    for (const StockLocation &l : ledger.stockLocations().value()) {
        if (l.location.code == QLatin1String("TOYS")) {
            found = true;
            EXPECT_EQ(l.kind, LocationKind::Department);
            EXPECT_TRUE(l.active);
        }
        if (l.location.code == QLatin1String("BACK")) {
            EXPECT_EQ(l.kind, LocationKind::BackRoom);
        }
    }
    EXPECT_TRUE(found);

    const Product cola = product("140007");
    ASSERT_TRUE(ledger.record({cola.id, toys->id, Quantity::units(2), StockReason::kOpening, {}, {}}).ok());
    auto refused = ledger.setLocationActive(demo.owner, toys->id, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("玩具部")));
    ASSERT_TRUE(ledger.record({cola.id, toys->id, -Quantity::units(2), StockReason::kCount, {}, {}}).ok());
    ASSERT_TRUE(ledger.setLocationActive(demo.owner, toys->id, false).ok());
    auto closed = ledger.record({cola.id, toys->id, Quantity::units(1), StockReason::kOpening, {}, {}});
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code, Error::Code::Conflict);
}

TEST_F(StockLedgerTest, StockAtALocationHasValueAtCostAndCountsLowStock)
{
    const Product cola = product("140006"); // 44 cans on the floor at ¥2.62
    auto only = ledger.stockAt(floor.id, {cola.id});
    ASSERT_TRUE(only.ok()) << only.error().toString().toStdString();
    ASSERT_EQ(only->rows.size(), 1);
    EXPECT_EQ(only->total, 1);
    const LocationStockRow &row = only->rows.constFirst();
    EXPECT_EQ(row.onHand, ledger.onHand(cola.id, floor.id).value());
    EXPECT_EQ(row.totalOnHand, ledger.onHand(cola.id).value());
    EXPECT_EQ(row.value, Money::fromMinor(262, Currency::cny()).times(row.onHand).value());
    EXPECT_EQ(only->totalValue, row.value);

    // The whole floor: totals over every row, not just the page; low rows agree with lowStock().
    auto all = ledger.stockAt(floor.id, {}, false, 10);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->rows.size(), 10);
    auto everything = ledger.stockAt(floor.id, {}, false, 100000);
    ASSERT_TRUE(everything.ok());
    EXPECT_EQ(everything->total, all->total);
    EXPECT_EQ(qsizetype(everything->total), everything->rows.size());
    Money sum = Money::zero(Currency::cny());
    qint64 low = 0;
    for (const LocationStockRow &r : std::as_const(everything->rows)) {
        sum += r.value;
        low += r.isLow() ? 1 : 0;
    }
    // One rounding for the whole location against one per row: at most half a fen per row apart.
    EXPECT_LE(std::abs(sum.minor() - all->totalValue.minor()), everything->total / 2 + 1);
    EXPECT_EQ(all->lowCount, low);
    EXPECT_GT(low, 0);
    auto lowOnly = ledger.stockAt(floor.id, {}, true, 100000);
    ASSERT_TRUE(lowOnly.ok());
    EXPECT_EQ(lowOnly->total, low);
    for (const LocationStockRow &r : std::as_const(lowOnly->rows))
        EXPECT_TRUE(r.isLow()) << r.sku.toStdString();
}
