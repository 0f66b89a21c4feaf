// Sales history before Qtill: importing the previous POS's daily sales (rules, all-or-nothing, audit,
// export), and best sellers, slow movers and reorder suggestions counting history and ledger together.
#include "demofixture.h"

#include "inventory/catalog.h"
#include "inventory/csvwriter.h"
#include "inventory/productservice.h"
#include "inventory/reorderservice.h"
#include "inventory/salesanalysis.h"
#include "inventory/saleshistory.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/store.h"

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

/// The demo store (clock 2026-11-21 08:00, business day from 04:00) plus two products of our own:
///   910001 个 5.00 yuan, safety stock 2, opening stock 4 on the floor
///   910002 kg 12.00 yuan, sold by weight
struct SalesHistoryTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    StockLedger &ledger = InventoryServices::of(*demo.services).ledger();
    LocationId floor = ledger.location(QStringLiteral("FLOOR")).value().id;
    ProductId a, b;

    SalesHistoryTest()
    {
        ProductService &products = InventoryServices::of(*demo.services).products();
        const CategoryId category = catalog.categories().value().constFirst().id;
        auto make = [&](const char *sku, const char *unit, bool weighed, qint64 price, qint64 safety) {
            Product p;
            p.sku = QLatin1String(sku);
            p.name = QStringLiteral("历史 ") + p.sku;
            p.categoryId = category;
            p.unit = QString::fromUtf8(unit);
            p.soldByWeight = weighed;
            p.price = Money::fromMinor(price, Currency::cny());
            p.cost = Money::fromMinor(price / 2, Currency::cny());
            p.taxClass = QStringLiteral("standard");
            p.safetyStock = Quantity::fromMilli(safety);
            auto id = products.create(demo.owner, p);
            EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toString().toStdString());
            return id.valueOr(ProductId());
        };
        a = make("910001", "个", false, 500, 2000);
        b = make("910002", "kg", true, 1200, 0);
        record(a, 4000, StockReason::kOpening);
    }

    void record(ProductId product, qint64 milli, const QString &reason)
    {
        auto recorded = ledger.record(StockMovement{product, floor, Quantity::fromMilli(milli), reason,
                                                    demo.owner.operatorId, QStringLiteral("TEST")});
        EXPECT_TRUE(recorded.ok()) << (recorded.ok() ? std::string() : recorded.error().toString().toStdString());
    }
    /// The time moves on (never back): the ledger stays in time order.
    void at(int day, int hour, int minute = 0)
    {
        demo.clock.set(QDateTime(QDate(2026, 11, day), QTime(hour, minute)));
    }
    Result<ImportReport> check(SalesHistory &history, const char *csv)
    {
        auto document = CsvReader::parse(QByteArray(csv));
        EXPECT_TRUE(document.ok());
        return history.validate(*document);
    }
    qint64 historyRows()
    {
        auto q = demo.store().exec(QStringLiteral("SELECT COUNT(*) FROM sales_history"));
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    static QStringList issuesOf(const ImportReport &report, int row)
    {
        QStringList out;
        for (const ImportIssue &i : report.issues) {
            if (i.row == row)
                out << i.column + QStringLiteral(": ") + i.message;
        }
        return out;
    }
    template<typename List>
    static qsizetype indexOf(const List &list, ProductId product)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).product == product)
                return i;
        }
        return -1;
    }
};

} // namespace

TEST_F(SalesHistoryTest, BadRowsAreReportedRowByRowAndNothingIsHalfImported)
{
    // An earlier batch for 910001 on 2026-11-01 (the demo's own history is batch 1).
    SalesHistory &first = InventoryServices::of(*demo.services).salesHistory();
    ASSERT_TRUE(check(first, "date,sku,quantity\n2026-11-01,910001,10\n").value().isClean());
    auto batch = first.import(demo.owner, ProductImporter::Mode::AllOrNothing, QStringLiteral("old-pos.csv"));
    ASSERT_TRUE(batch.ok()) << batch.error().toString().toStdString();
    EXPECT_EQ(batch->batch, QStringLiteral("SH-R01-00000002"));

    // The first Qtill sale is on 2026-11-21; the file is checked on 2026-11-22.
    at(21, 8, 30);
    record(a, -1000, StockReason::kSale);
    at(22, 10);
    const qint64 rowsBefore = historyRows();

    SalesHistory &history = InventoryServices::of(*demo.services).salesHistory();
    auto report = check(history, "date,sku,barcode,quantity,value\n"
                                 "2026-11-25,910001,,1,\n"        // 2: future
                                 "2026-11-22,910001,,1,\n"        // 3: today
                                 "2026-11-21,910001,,1,\n"        // 4: the first day with Qtill sales
                                 "2026-11-10,999999,,1,\n"        // 5: unknown item code
                                 "2026-11-10,910001,,-2,\n"       // 6: negative
                                 "2026-11-10,910001,,2000000,\n"  // 7: absurd
                                 "2026-11-10,910001,,1.5,\n"      // 8: half a piece
                                 "2026-11-11,910001,,3,15.00\n"   // 9: good
                                 "2026-11-11,910001,,4,\n"        // 10: same product and day as row 9
                                 "2026-11-12,,,1.255,\n"          // 11: no product named
                                 "2026-11-12,910002,,1.255,15.06\n" // 12: good (kg)
                                 "2026-11-01,910001,,7,\n"        // 13: imported already
                                 "31/10/2026,910001,,1,\n"        // 14: not a date
                                 "2026-11-13,910002,,1,-5\n"      // 15: negative value
                                 "2014-01-01,910002,,1,\n");      // 16: more than ten years ago
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->totalRows, 15);
    EXPECT_EQ(report->goodRows, 2);
    EXPECT_EQ(report->badRows, 13);
    EXPECT_THAT(issuesOf(*report, 2).join(u'|').toStdString(), HasSubstr("date: 2026-11-25 is in the future"));
    EXPECT_THAT(issuesOf(*report, 3).join(u'|').toStdString(), HasSubstr("is today"));
    EXPECT_THAT(issuesOf(*report, 4).join(u'|').toStdString(), HasSubstr("Qtill has recorded sales since"));
    EXPECT_THAT(issuesOf(*report, 5).join(u'|').toStdString(), HasSubstr("sku: There is no product with the item code 999999"));
    EXPECT_THAT(issuesOf(*report, 6).join(u'|').toStdString(), HasSubstr("quantity: The quantity cannot be negative"));
    EXPECT_THAT(issuesOf(*report, 7).join(u'|').toStdString(), HasSubstr("more than a store sells"));
    EXPECT_THAT(issuesOf(*report, 8).join(u'|').toStdString(), HasSubstr("is sold by the piece"));
    EXPECT_TRUE(issuesOf(*report, 9).isEmpty());
    EXPECT_THAT(issuesOf(*report, 10).join(u'|').toStdString(), HasSubstr("is also on row 9"));
    EXPECT_THAT(issuesOf(*report, 11).join(u'|').toStdString(), HasSubstr("names no product"));
    EXPECT_TRUE(issuesOf(*report, 12).isEmpty());
    EXPECT_THAT(issuesOf(*report, 13).join(u'|').toStdString(), HasSubstr("were imported already (batch SH-R01-00000002)"));
    EXPECT_THAT(issuesOf(*report, 14).join(u'|').toStdString(), HasSubstr("is not a date"));
    EXPECT_THAT(issuesOf(*report, 15).join(u'|').toStdString(), HasSubstr("value: The sales value cannot be negative"));
    EXPECT_THAT(issuesOf(*report, 16).join(u'|').toStdString(), HasSubstr("more than ten years ago"));

    // All or nothing: nothing. A cashier may not import at all.
    EXPECT_EQ(history.import(demo.owner, ProductImporter::Mode::AllOrNothing).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(history.import(demo.cashier, ProductImporter::Mode::GoodRowsOnly).error().code,
              Error::Code::PermissionDenied);
    EXPECT_EQ(historyRows(), rowsBefore);

    // Good rows only: rows 9 and 12, as one batch.
    auto good = history.import(demo.owner, ProductImporter::Mode::GoodRowsOnly, QStringLiteral("mixed.csv"));
    ASSERT_TRUE(good.ok()) << good.error().toString().toStdString();
    EXPECT_EQ(good->batch, QStringLiteral("SH-R01-00000003"));
    EXPECT_EQ(good->rows, 2);
    EXPECT_EQ(good->skippedRows, 13);
    EXPECT_EQ(good->from, QDate(2026, 11, 11));
    EXPECT_EQ(good->to, QDate(2026, 11, 12));
    EXPECT_EQ(historyRows(), rowsBefore + 2);
    auto stored = demo.store().exec(QStringLiteral("SELECT qty_milli, value_fen FROM sales_history"
                                                   " WHERE product_id = ? AND business_date = '2026-11-12'"),
                                    {QVariant::fromValue(qlonglong(b.value()))});
    ASSERT_TRUE(stored.ok() && stored->next());
    EXPECT_EQ(stored->value(0).toLongLong(), 1255);
    EXPECT_EQ(stored->value(1).toLongLong(), 1506);

    // The same entries in code: refused as a whole, naming the first problem.
    auto again = history.importEntries(demo.owner,
                                       {SalesHistoryEntry{a, QDate(2026, 11, 2), Quantity::units(1), {}},
                                        SalesHistoryEntry{a, QDate(2026, 11, 11), Quantity::units(1), {}}},
                                       QStringLiteral("test"));
    ASSERT_FALSE(again.ok());
    EXPECT_THAT(again.error().message.toStdString(), HasSubstr("batch SH-R01-00000003"));
    EXPECT_THAT(again.error().message.toStdString(), HasSubstr("Nothing was imported"));
    EXPECT_EQ(historyRows(), rowsBefore + 2);
}

TEST_F(SalesHistoryTest, AnImportIsOneAuditedBatchAndTheExportImportsBack)
{
    SalesHistory &history = InventoryServices::of(*demo.services).salesHistory();
    auto report = check(history, "日期,条码,数量,销售额\n"
                                 "2026-11-01,,2,\n"               // no product: the only bad row
                                 "2026/11/2,6900000000000,1,\n");  // unknown barcode
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->badRows, 2);

    ASSERT_TRUE(check(history, "date,sku,quantity,value\n"
                               "2026-11-01,910001,10,50.00\n"
                               "2026-11-03,910002,2.5,\n")
                    .value()
                    .isClean());
    auto done = history.import(demo.owner, ProductImporter::Mode::AllOrNothing, QStringLiteral("old-pos.csv"));
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();

    AuditQuery query;
    query.actionPrefix = QStringLiteral("sales.history_import");
    auto audit = demo.services->auditLog().entries(query);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2);   // the demo's and ours, newest first
    EXPECT_EQ(audit->constFirst().target, done->batch);
    EXPECT_EQ(audit->constFirst().actorId, demo.owner.operatorId);
    EXPECT_THAT(audit->constFirst().detail.toStdString(),
                HasSubstr("2 rows from 2026-11-01 to 2026-11-03; 0 bad rows skipped; source old-pos.csv"));

    CsvWriter writer;
    auto written = SalesHistory::exportHistory(*demo.services, demo.owner, writer);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(*written, historyRows());
    const QString text = QString::fromUtf8(writer.bytes());
    const QString header = QStringLiteral("date,sku,barcode,name,quantity,value");
    EXPECT_TRUE(text.startsWith(QChar(0xFEFF) + header) || text.startsWith(header)) << text.left(60).toStdString();
    EXPECT_THAT(text.toStdString(), HasSubstr("2026-11-01,910001,,历史 910001,10,50.00"));
    EXPECT_THAT(text.toStdString(), HasSubstr("2026-11-03,910002,,历史 910002,2.5,"));
    // Read back by the import, every row is one that is there already — nothing would count twice.
    SalesHistory &back = InventoryServices::of(*demo.services).salesHistory();
    auto reread = back.validate(*CsvReader::parse(writer.bytes()));
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->totalRows, *written);
    EXPECT_EQ(reread->badRows, *written);
    EXPECT_EQ(reread->issues.size(), qsizetype(*written));
    EXPECT_THAT(reread->issues.constFirst().message.toStdString(), HasSubstr("were imported already"));

    EXPECT_EQ(SalesHistory::exportHistory(*demo.services, demo.cashier, writer).error().code,
              Error::Code::PermissionDenied);
}

TEST_F(SalesHistoryTest, BestSellersSlowMoversAndReorderCountHistoryAndLedgerTogether)
{
    // Before Qtill: 910001 sold 10 on 11-01, 4 on 11-10, 6 on 11-20; 910002 2.5 kg on 11-19.
    SalesHistory &history = InventoryServices::of(*demo.services).salesHistory();
    ASSERT_TRUE(check(history, "date,sku,quantity\n"
                               "2026-11-01,910001,10\n"
                               "2026-11-10,910001,4\n"
                               "2026-11-20,910001,6\n"
                               "2026-11-19,910002,2.5\n")
                    .value()
                    .isClean());
    auto imported = history.import(demo.owner, ProductImporter::Mode::AllOrNothing);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    // With Qtill: 3 sold on 11-21, 1 returned on 11-22 → net 2. On hand 4 − 3 + 1 = 2.
    at(21, 8, 30);
    record(a, -3000, StockReason::kSale);
    at(22, 10);
    record(a, 1000, StockReason::kRefund);
    at(22, 11);
    const QDateTime now = demo.clock.now();

    SalesAnalysis &analysis = InventoryServices::of(*demo.services).analysis();
    // The last 7 days: from 11-15 11:00, i.e. history days 11-15 … 11-21: 6 + 2 = 8 pieces, 8 × 5.00.
    auto week = analysis.bestSellers(demo.owner, now.addDays(-7), now, SalesRanking::ByQuantity, 1000);
    ASSERT_TRUE(week.ok()) << week.error().toString().toStdString();
    ASSERT_GE(indexOf(*week, a), 0);
    EXPECT_EQ(week->at(indexOf(*week, a)).quantity, Quantity::units(8));
    EXPECT_EQ(week->at(indexOf(*week, a)).value, Money::fromMinor(4000, Currency::cny()));
    ASSERT_GE(indexOf(*week, b), 0);
    EXPECT_EQ(week->at(indexOf(*week, b)).quantity, Quantity::fromMilli(2500));
    // 30 days: 10 + 4 + 6 + 2 = 22.
    auto month = analysis.bestSellers(demo.owner, now.addDays(-30), now, SalesRanking::ByQuantity, 1000);
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->at(indexOf(*month, a)).quantity, Quantity::units(22));
    // Adjacent periods split the history, never count a day twice: [−30 d, −7 d) holds 10 + 4.
    auto before = analysis.bestSellers(demo.owner, now.addDays(-30), now.addDays(-7), SalesRanking::ByQuantity, 1000);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->at(indexOf(*before, a)).quantity, Quantity::units(14));
    EXPECT_EQ(indexOf(*before, b), -1);

    // Slow movers over 2 days (from business day 11-20): 910002 last sold 11-19 (history only) with
    // nothing on hand is not listed; 910001 sold today is not slow.
    auto slow = analysis.slowMovers(demo.owner, 2, 100000);
    ASSERT_TRUE(slow.ok());
    EXPECT_EQ(indexOf(*slow, a), -1);
    EXPECT_EQ(indexOf(*slow, b), -1);
    at(22, 11, 5);
    record(b, 3000, StockReason::kOpening);   // now 910002 has stock: slow over 2 days, not over 4
    auto slow2 = analysis.slowMovers(demo.owner, 2, 100000);
    ASSERT_TRUE(slow2.ok());
    ASSERT_GE(indexOf(*slow2, b), 0);
    EXPECT_EQ(slow2->at(indexOf(*slow2, b)).lastSaleAt.date(), QDate(2026, 11, 19));
    EXPECT_EQ(indexOf(analysis.slowMovers(demo.owner, 4, 100000).value(), b), -1);

    // Reorder over 28 days (from business day 10-25): 22 sold → 22 ÷ 28 = 0.786 a day; no supplier, so
    // 7 days lead time: ⌈22 × 7 ÷ 28⌉ = 5.5; + safety 2 − on hand 2 − on order 0 = 5.5 → 6 pieces.
    ReorderService &reorder = InventoryServices::of(*demo.services).reorder();
    auto list = reorder.suggest(demo.owner);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    const qsizetype i = indexOf(*list, a);
    ASSERT_GE(i, 0);
    const ReorderSuggestion &s = list->at(i);
    EXPECT_EQ(s.sold, Quantity::units(22));
    EXPECT_EQ(s.averageDaily, Quantity::fromMilli(786));
    EXPECT_EQ(s.leadTimeDays, 7);
    EXPECT_EQ(s.leadTimeDemand, Quantity::fromMilli(5500));
    EXPECT_EQ(s.onHand, Quantity::units(2));
    EXPECT_EQ(s.need, Quantity::fromMilli(5500));
    EXPECT_EQ(s.quantity, Quantity::units(6));
    // Over 7 days (from business day 11-15): 6 + 2 = 8 → 1.143 a day, 8 over the lead time, need 8.
    ReorderOptions week7;
    week7.salesDays = 7;
    auto shortList = reorder.suggest(demo.owner, week7);
    ASSERT_TRUE(shortList.ok());
    ASSERT_GE(indexOf(*shortList, a), 0);
    EXPECT_EQ(shortList->at(indexOf(*shortList, a)).sold, Quantity::units(8));
    EXPECT_EQ(shortList->at(indexOf(*shortList, a)).averageDaily, Quantity::fromMilli(1143));
    EXPECT_EQ(shortList->at(indexOf(*shortList, a)).need, Quantity::units(8));
}

TEST(SalesHistoryDemoTest, TheDemoStoreHasBestSellersSlowMoversAndSuggestionsWithDailySales)
{
    inventory::test::DemoFixture demo;
    ASSERT_GE(demo.summary.products, 315);
    auto rows = demo.store().exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT product_id), MIN(business_date),"
                                                 " MAX(business_date) FROM sales_history"));
    ASSERT_TRUE(rows.ok() && rows->next());
    EXPECT_GT(rows->value(0).toLongLong(), 3000);
    EXPECT_LT(rows->value(1).toLongLong(), 315);            // some products sold nothing
    EXPECT_EQ(rows->value(2).toString(), QStringLiteral("2026-10-24"));   // 28 days before today (11-21)
    EXPECT_EQ(rows->value(3).toString(), QStringLiteral("2026-11-20"));

    const QDateTime now = demo.clock.now();
    SalesAnalysis &analysis = InventoryServices::of(*demo.services).analysis();
    auto best = analysis.bestSellers(demo.owner, now.addDays(-28), now);
    ASSERT_TRUE(best.ok()) << best.error().toString().toStdString();
    ASSERT_EQ(best->size(), 20);
    EXPECT_GT(best->constFirst().quantity, Quantity::units(28));   // more than one a day
    EXPECT_GE(best->constFirst().quantity, best->constLast().quantity);
    auto slow = analysis.slowMovers(demo.owner, 28);
    ASSERT_TRUE(slow.ok());
    EXPECT_FALSE(slow->isEmpty());

    ReorderService &reorder = InventoryServices::of(*demo.services).reorder();
    auto list = reorder.suggest(demo.owner);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    ASSERT_FALSE(list->isEmpty());
    int withSales = 0;
    for (const ReorderSuggestion &s : std::as_const(*list)) {
        if (s.averageDaily.milli() > 0)
            ++withSales;
    }
    EXPECT_GT(withSales, 5);

    // Deterministic: a second demo store gets the same history.
    inventory::test::DemoFixture other;
    auto sum = [](inventory::test::DemoFixture &f) {
        auto q = f.store().exec(QStringLiteral("SELECT SUM(qty_milli), SUM(value_fen) FROM sales_history"));
        return q.ok() && q->next() ? std::pair(q->value(0).toLongLong(), q->value(1).toLongLong()) : std::pair(-1LL, -1LL);
    };
    EXPECT_EQ(sum(demo), sum(other));
}

TEST_F(SalesHistoryTest, ABatchImportedByMistakeIsTakenBackWholeAndAudited)
{
    SalesHistory &history = InventoryServices::of(*demo.services).salesHistory();
    ASSERT_TRUE(check(history, "date,sku,quantity\n2026-11-01,910001,400\n2026-11-02,910001,300\n").value().isClean());
    auto wrong = history.import(demo.owner, ProductImporter::Mode::AllOrNothing, QStringLiteral("other-shop.csv"));
    ASSERT_TRUE(wrong.ok()) << wrong.error().toString().toStdString();
    const qint64 before = historyRows();
    SalesAnalysis &analysis = InventoryServices::of(*demo.services).analysis();
    const QDateTime from(QDate(2026, 10, 30), QTime(4, 0));
    const QDateTime to(QDate(2026, 11, 3), QTime(4, 0));
    auto ranked = analysis.bestSellers(demo.owner, from, to);
    ASSERT_TRUE(ranked.ok());
    ASSERT_GE(indexOf(*ranked, a), 0);
    EXPECT_EQ(ranked->at(indexOf(*ranked, a)).quantity, Quantity::units(700));

    auto listed = history.batches(demo.owner);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);   // ours (newest first), then the demo's
    EXPECT_EQ(listed->constFirst().number, wrong->batch);
    EXPECT_EQ(listed->constFirst().rows, 2);
    EXPECT_EQ(listed->constFirst().from, QDate(2026, 11, 1));
    EXPECT_EQ(listed->constFirst().source, QStringLiteral("other-shop.csv"));

    // A cashier may not; nothing changes.
    auto cashier = demo.services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(cashier.ok());
    EXPECT_EQ(history.removeBatch(*cashier, wrong->batch).error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(historyRows(), before);

    auto removed = history.removeBatch(demo.owner, wrong->batch.toLower());
    ASSERT_TRUE(removed.ok()) << removed.error().toString().toStdString();
    EXPECT_EQ(*removed, 2);
    EXPECT_EQ(historyRows(), before - 2);
    ranked = analysis.bestSellers(demo.owner, from, to);
    ASSERT_TRUE(ranked.ok());
    EXPECT_EQ(indexOf(*ranked, a), -1);   // its only sales were the wrong batch's
    EXPECT_EQ(history.batches(demo.owner)->size(), 1);
    EXPECT_EQ(history.removeBatch(demo.owner, wrong->batch).error().code, Error::Code::NotFound);

    AuditQuery query;
    query.actionPrefix = QStringLiteral("sales.history_remove");
    auto audit = demo.services->auditLog().entries(query);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->constFirst().target, wrong->batch);
    EXPECT_THAT(audit->constFirst().detail.toStdString(), HasSubstr("2 rows, 2026-11-01 to 2026-11-02, from other-shop.csv"));

    // The days are free again.
    ASSERT_TRUE(check(history, "date,sku,quantity\n2026-11-01,910001,4\n").value().isClean());
    EXPECT_TRUE(history.import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
}
