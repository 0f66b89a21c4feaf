// Stocktake (盘点): frozen book quantities, several counters, sales during the count, variance in
// quantity and value, approval into the ledger, and who may do what.
#include "demofixture.h"

#include "inventory/barcode.h"
#include "inventory/catalog.h"
#include "inventory/stockledger.h"
#include "inventory/stocktakeservice.h"

#include "core/auditlog.h"
#include "core/store.h"

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct StocktakeTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    StocktakeService &stocktakes = InventoryServices::of(*demo.services).stocktakes();
    Session supervisor = demo.services->operators().signIn(QStringLiteral("99"), QStringLiteral("123456")).valueOr({});
    LocationId floor = ledger.location(QStringLiteral("FLOOR")).value().id;

    Product product(const char *sku) { return catalog.productBySku(QLatin1String(sku)).value(); }
    qint64 onHandMilli(const Product &p) { return ledger.onHand(p.id, floor).value().milli(); }
    void sell(const Product &p, qint64 milli, const char *receipt)
    {
        ASSERT_TRUE(ledger.record(StockMovement{p.id, floor, Quantity::fromMilli(-milli), StockReason::kSale,
                                                demo.cashier.operatorId, QLatin1String(receipt)})
                        .ok());
    }
    static const StocktakeLine *line(const StocktakeReport &r, const Product &p)
    {
        for (const StocktakeLine &l : r.lines) {
            if (l.product == p.id)
                return &l;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(StocktakeTest, StartFreezesTheBookQuantityAndOnlyOneCountPerLocation)
{
    const Product rice = product("100001"); // 东北大米 5kg: 57 on the floor, cost 29.92
    const qint64 riceBook = onHandMilli(rice);
    auto st = stocktakes.start(demo.owner, QStringLiteral("FLOOR"), {}, QStringLiteral("year end"));
    ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
    EXPECT_EQ(st->number, QStringLiteral("ST-R01-00000001"));
    EXPECT_EQ(st->status, StocktakeStatus::Counting);
    EXPECT_EQ(st->locationCode, QStringLiteral("FLOOR"));

    sell(rice, 5000, "R01-00000001"); // after the freeze: the book stays

    auto report = stocktakes.variance(st->id);
    ASSERT_TRUE(report.ok());
    const StocktakeLine *l = line(*report, rice);
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->book.milli(), riceBook);
    EXPECT_FALSE(l->counted);
    EXPECT_EQ(l->variance, Quantity()); // not counted: left alone
    EXPECT_EQ(l->unitCost, rice.cost); // frozen at the start
    EXPECT_EQ(report->linesCounted, 0);
    EXPECT_GT(report->linesNotCounted, 100);

    auto second = stocktakes.start(demo.owner, QStringLiteral("FLOOR"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Conflict);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("ST-R01-00000001")));
    // The back room can be counted at the same time, with the register's next number.
    auto back = stocktakes.start(demo.owner, QStringLiteral("BACK"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->number, QStringLiteral("ST-R01-00000002"));
    EXPECT_EQ(stocktakes.byNumber(QStringLiteral("st-r01-00000002")).value().id, back->id);
    EXPECT_EQ(stocktakes.byNumber(QStringLiteral("ST-R01-00000009")).error().code, Error::Code::NotFound);
}

TEST_F(StocktakeTest, SeveralCountersSalesDuringTheCountAndApproval)
{
    const Product rice = product("100001");   // 57 on the floor, cost 29.92
    const Product rice10 = product("100003"); // 14 on the floor, cost 48.75
    const Product jasmine = product("100004"); // 30 on the floor, cost 22.30
    const Product water = product("140001");  // 饮用天然水: 43 on the floor, case of 24 = 6924808883587
    // Book quantities on the floor (57, 14, 30 and 43 in the demo store).
    const qint64 riceBook = onHandMilli(rice);
    const qint64 rice10Book = onHandMilli(rice10);
    const qint64 jasmineBook = onHandMilli(jasmine);
    const qint64 waterBook = onHandMilli(water);
    ASSERT_GE(riceBook, 10000);
    ASSERT_GE(rice10Book, 2000);
    ASSERT_GE(waterBook, 25000);
    ASSERT_EQ(waterBook % 1000, 0);

    const qint64 untouchedBook = onHandMilli(product("100005"));
    auto st = stocktakes.start(supervisor, QStringLiteral("FLOOR"));
    ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();

    // Rice: 2 sold before anyone counts it; the shelf then holds book − 2, but one bag is missing:
    // book − 3 counted, 5 by the cashier on the shelf and the rest by the supervisor in the aisle end.
    sell(rice, 2000, "R01-00000010");
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, rice.id, Quantity::units(5)).ok());
    ASSERT_TRUE(stocktakes.count(supervisor, st->id, rice.id, Quantity::fromMilli(riceBook - 8000)).ok());

    // Rice 10 kg: counted complete, then one is sold while the count goes on elsewhere.
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, rice10.id, Quantity::fromMilli(rice10Book)).ok());
    sell(rice10, 1000, "R01-00000011");

    // Jasmine: the cashier counts 5 by mistake, then recounts two more than the book.
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, jasmine.id, Quantity::units(5)).ok());
    auto recount = stocktakes.count(demo.cashier, st->id, jasmine.id, Quantity::fromMilli(jasmineBook + 2000),
                                    CountMode::Replace);
    ASSERT_TRUE(recount.ok());
    EXPECT_EQ(recount->operatorId, demo.cashier.operatorId);

    // Water by scanning: one case (24) and the single bottles, one of them scanned twice and taken back.
    const QString bottle = catalog.barcodes(water.id).value().constFirst().code;
    ASSERT_EQ(bottle, QStringLiteral("6947504525926"));
    ASSERT_TRUE(stocktakes.countCode(supervisor, st->id, QStringLiteral("6924808883587")).ok());
    ASSERT_TRUE(stocktakes.countCode(supervisor, st->id, bottle, int(waterBook / 1000) - 24 + 1).ok());
    auto undo = stocktakes.countCode(supervisor, st->id, bottle, -1);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    EXPECT_EQ(undo->code, bottle);
    // A correction cannot take someone's tally below zero.
    EXPECT_EQ(stocktakes.countCode(demo.cashier, st->id, bottle, -1).error().code, Error::Code::InvalidInput);

    auto counts = stocktakes.counts(st->id);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->size(), 8);
    EXPECT_EQ(counts->constFirst().operatorId, demo.cashier.operatorId);
    EXPECT_TRUE(counts->constFirst().at.isValid());

    auto report = stocktakes.variance(st->id);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    const StocktakeLine *r = line(*report, rice);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->book.milli(), riceBook);
    EXPECT_EQ(r->countedQty.milli(), riceBook - 3000);
    EXPECT_EQ(r->counters, 2);
    EXPECT_EQ(r->movedDuring, Quantity::units(-2)); // the sale before the count
    EXPECT_EQ(r->expected.milli(), riceBook - 2000);
    EXPECT_EQ(r->variance, Quantity::units(-1));    // one bag missing, not three
    EXPECT_EQ(r->varianceValue, -rice.cost);

    const StocktakeLine *r10 = line(*report, rice10);
    ASSERT_NE(r10, nullptr);
    EXPECT_EQ(r10->movedDuring, Quantity());        // sold after it was counted
    EXPECT_EQ(r10->variance, Quantity());

    const StocktakeLine *j = line(*report, jasmine);
    ASSERT_NE(j, nullptr);
    EXPECT_EQ(j->countedQty.milli(), jasmineBook + 2000);
    EXPECT_EQ(j->variance, Quantity::units(2));
    EXPECT_EQ(j->varianceValue.minor(), 2 * jasmine.cost.minor());

    const StocktakeLine *w = line(*report, water);
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->countedQty.milli(), waterBook);
    EXPECT_EQ(w->variance, Quantity());

    EXPECT_EQ(report->linesCounted, 4);
    EXPECT_EQ(report->linesWithVariance, 2);
    // In the demo store 2 × 22.30 surplus and 29.92 shortage: net 14.68.
    const Money net = Money::fromMinor(2 * jasmine.cost.minor() - rice.cost.minor(), Currency::cny());
    EXPECT_EQ(report->surplusValue.minor(), 2 * jasmine.cost.minor());
    EXPECT_EQ(report->shortageValue, -rice.cost);
    EXPECT_EQ(report->netValue, net);

    // A cashier counts but does not approve.
    auto denied = stocktakes.approve(demo.cashier, st->id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);

    auto approved = stocktakes.approve(demo.owner, st->id);
    ASSERT_TRUE(approved.ok()) << approved.error().toString().toStdString();
    EXPECT_EQ(approved->stocktake.status, StocktakeStatus::Approved);
    EXPECT_EQ(approved->netValue, net);

    // Stock now: what was counted, plus what happened after each count.
    EXPECT_EQ(onHandMilli(rice), riceBook - 3000);
    EXPECT_EQ(onHandMilli(rice10), rice10Book - 1000);
    EXPECT_EQ(onHandMilli(jasmine), jasmineBook + 2000);
    EXPECT_EQ(onHandMilli(water), waterBook);
    // Uncounted goods are untouched.
    EXPECT_EQ(onHandMilli(product("100005")), untouchedBook);

    auto history = ledger.history(rice.id, floor, {}, {}, 1);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->entries.size(), 1);
    EXPECT_EQ(history->entries.constFirst().reason, StockReason::kCount);
    EXPECT_EQ(history->entries.constFirst().document, QStringLiteral("ST-R01-00000001"));
    EXPECT_EQ(history->entries.constFirst().quantity, Quantity::units(-1));

    AuditQuery q;
    q.actionPrefix = QStringLiteral("stocktake.approve");
    auto audit = demo.services->auditLog().entries(q);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->constFirst().target, QStringLiteral("stocktake:ST-R01-00000001"));
    EXPECT_TRUE(audit->constFirst().detail.contains(QStringLiteral("net ") + net.toPlainString()));

    // The report of an approved count is what was booked, even after later sales.
    sell(rice, 1000, "R01-00000012");
    auto booked = stocktakes.variance(st->id);
    ASSERT_TRUE(booked.ok());
    EXPECT_EQ(line(*booked, rice)->variance, Quantity::units(-1));
    EXPECT_EQ(line(*booked, rice)->countedQty.milli(), riceBook - 3000);

    // Closed: no more counts, no second approval.
    EXPECT_EQ(stocktakes.count(demo.cashier, st->id, rice.id, Quantity::units(1)).error().code, Error::Code::Conflict);
    EXPECT_EQ(stocktakes.approve(demo.owner, st->id).error().code, Error::Code::Conflict);
    // And the location can be counted again.
    EXPECT_TRUE(stocktakes.start(demo.owner, QStringLiteral("FLOOR")).ok());
}

TEST_F(StocktakeTest, FullCountWritesOffWhatWasNotFound)
{
    // Count only the grain category (code 10); zeroUncounted writes off the uncounted grain lines.
    auto st = stocktakes.start(demo.owner, QStringLiteral("FLOOR"), QStringLiteral("10"));
    ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
    const Product rice = product("100001");
    const Product rice10 = product("100003");
    const Product water = product("140001");
    const qint64 riceBook = onHandMilli(rice);
    const qint64 rice10Book = onHandMilli(rice10);
    const qint64 waterBook = onHandMilli(water);
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, rice.id, Quantity::fromMilli(riceBook)).ok());
    // Outside the category being counted.
    auto outside = stocktakes.count(demo.cashier, st->id, water.id, Quantity::units(1));
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().code, Error::Code::InvalidInput);

    sell(rice10, 2000, "R01-00000020"); // sold during the count, never counted: book − 2 written off
    auto report = stocktakes.variance(st->id, /*zeroUncounted=*/true);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(line(*report, rice)->variance, Quantity());
    EXPECT_EQ(line(*report, rice10)->variance.milli(), -(rice10Book - 2000));
    // 48.75 a bag (12 bags in the demo store: −585.00).
    EXPECT_EQ(line(*report, rice10)->varianceValue.minor(), -(rice10Book - 2000) / 1000 * rice10.cost.minor());
    EXPECT_EQ(line(*report, water), nullptr);

    ASSERT_TRUE(stocktakes.approve(demo.owner, st->id, true).ok());
    EXPECT_EQ(onHandMilli(rice), riceBook);
    EXPECT_EQ(onHandMilli(rice10), 0);
    EXPECT_EQ(onHandMilli(water), waterBook); // other categories untouched
}

TEST_F(StocktakeTest, CancelLeavesStockAloneAndNeedsTheRight)
{
    const Product rice = product("100001");
    const qint64 riceBook = onHandMilli(rice);
    auto st = stocktakes.start(demo.owner, QStringLiteral("FLOOR"));
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, rice.id, Quantity::units(3)).ok());
    EXPECT_EQ(stocktakes.cancel(demo.cashier, st->id).error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(stocktakes.start(demo.cashier, QStringLiteral("BACK")).error().code, Error::Code::PermissionDenied);
    ASSERT_TRUE(stocktakes.cancel(demo.owner, st->id, QStringLiteral("wrong day")).ok());
    EXPECT_EQ(stocktakes.stocktake(st->id)->status, StocktakeStatus::Cancelled);
    EXPECT_EQ(onHandMilli(rice), riceBook);
    EXPECT_EQ(stocktakes.approve(demo.owner, st->id).error().code, Error::Code::Conflict);
    EXPECT_EQ(stocktakes.list(QStringLiteral("cancelled"))->size(), 1);
}

TEST_F(StocktakeTest, AScaleLabelCountsItsWeightAndARecountMayBeZero)
{
    auto st = stocktakes.start(demo.owner, QStringLiteral("FLOOR"));
    ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
    // 0.355 kg of bananas (PLU 1002) on a scale label, scanned twice.
    QString label = QStringLiteral("270100200355");
    label += QChar(u'0' + Barcode::checkDigit(label));
    auto first = stocktakes.countCode(demo.owner, st->id, label);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->quantity, Quantity::fromMilli(355));
    ASSERT_TRUE(stocktakes.countCode(demo.owner, st->id, label).ok());
    const ProductId banana = first->product;
    auto report = stocktakes.variance(st->id);
    ASSERT_TRUE(report.ok());
    auto it = std::find_if(report->lines.cbegin(), report->lines.cend(),
                           [&](const StocktakeLine &l) { return l.product == banana; });
    ASSERT_NE(it, report->lines.cend());
    EXPECT_EQ(it->countedQty, Quantity::fromMilli(710));

    // "None found" is a recount of zero, not a mistake; adding zero still is.
    EXPECT_EQ(stocktakes.countCode(demo.owner, st->id, label, 0).error().code, Error::Code::InvalidInput);
    auto none = stocktakes.countCode(demo.owner, st->id, label, 0, CountMode::Replace);
    ASSERT_TRUE(none.ok()) << none.error().toString().toStdString();
    report = stocktakes.variance(st->id);
    it = std::find_if(report->lines.cbegin(), report->lines.cend(),
                      [&](const StocktakeLine &l) { return l.product == banana; });
    ASSERT_NE(it, report->lines.cend());
    EXPECT_TRUE(it->counted);
    EXPECT_EQ(it->countedQty, Quantity());
}

TEST_F(StocktakeTest, ApprovalRefusesToBookOnAFigureThatDoesNotAddUp)
{
    const Product rice = product("100001");
    const Product water = product("140001");
    auto st = stocktakes.start(demo.owner, QStringLiteral("FLOOR"));
    ASSERT_TRUE(st.ok());
    const qint64 riceBook = onHandMilli(rice);
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, rice.id, Quantity::fromMilli(riceBook - 1000)).ok());
    ASSERT_TRUE(stocktakes.count(demo.cashier, st->id, water.id, Quantity::units(3)).ok());
    // Someone with the file changes rice's cached figure behind the ledger's back.
    auto tampered = demo.store().exec(
        QStringLiteral("UPDATE stock_balances SET qty_milli = qty_milli + 5000 WHERE product_id = ? AND location_id = ?"),
        {QVariant::fromValue(qlonglong(rice.id.value())), QVariant::fromValue(qlonglong(floor.value()))});
    ASSERT_TRUE(tampered.ok());
    const qint64 movementsBefore = ledger.history(rice.id).value().total;

    auto approved = stocktakes.approve(demo.owner, st->id);
    ASSERT_FALSE(approved.ok());
    EXPECT_EQ(approved.error().code, Error::Code::Conflict);
    EXPECT_TRUE(approved.error().message.contains(QStringLiteral("not approved"))) << approved.error().message.toStdString();
    EXPECT_TRUE(approved.error().message.contains(rice.sku)) << approved.error().message.toStdString();
    // Nothing was booked and the count stays open.
    EXPECT_EQ(ledger.history(rice.id).value().total, movementsBefore);
    EXPECT_EQ(stocktakes.stocktake(st->id).value().status, StocktakeStatus::Counting);

    // Only the counted products are checked, by index: the whole-ledger check finds the same fault.
    auto perProduct = ledger.verifyProducts(floor, {rice.id, water.id});
    ASSERT_TRUE(perProduct.ok());
    EXPECT_FALSE(perProduct->ok);
    EXPECT_EQ(perProduct->balancesChecked, 2);
    EXPECT_EQ(perProduct->problems.size(), 1);
    auto whole = ledger.verify();
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->problems, perProduct->problems);
}
