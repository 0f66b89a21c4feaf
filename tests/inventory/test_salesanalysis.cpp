// Back-office analysis: out of stock, best sellers, slow movers, stock by location/category/supplier.
#include "salesfixture.h"

#include "inventory/salesanalysis.h"

#include "core/store.h"

#include <QHash>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct SalesAnalysisTest : ::testing::Test
{
    inventory::test::SalesFixture data;
    SalesAnalysis &analysis = InventoryServices::of(*data.demo.services).analysis();

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

TEST_F(SalesAnalysisTest, BestSellersByQuantityAndByValue)
{
    const QDateTime from = data.now.addDays(-30);
    auto byQty = analysis.bestSellers(data.demo.owner, from, data.now, SalesRanking::ByQuantity, 1000);
    ASSERT_TRUE(byQty.ok()) << byQty.error().toString().toStdString();
    const qsizetype q1 = indexOf(*byQty, data.p1);
    const qsizetype q3 = indexOf(*byQty, data.p3);
    ASSERT_GE(q1, 0);
    ASSERT_GE(q3, 0);
    EXPECT_LT(q1, q3); // 56 pieces before 26
    EXPECT_EQ(byQty->at(q1).quantity, Quantity::units(56));
    EXPECT_EQ(byQty->at(q1).value, Money::fromMinor(19600, Currency::cny()));   // 56 × 3.50
    EXPECT_EQ(byQty->at(q3).quantity, Quantity::units(26));    // 28 sold, 2 refunded
    EXPECT_EQ(byQty->at(q3).value, Money::fromMinor(25740, Currency::cny()));   // 26 × 9.90
    EXPECT_EQ(byQty->at(q1).rank, int(q1) + 1);
    EXPECT_EQ(indexOf(*byQty, data.p5), -1); // its sale was 40 days ago

    auto byValue = analysis.bestSellers(data.demo.owner, from, data.now, SalesRanking::ByValue, 1000);
    ASSERT_TRUE(byValue.ok());
    EXPECT_LT(indexOf(*byValue, data.p3), indexOf(*byValue, data.p1)); // 257.40 before 196.00

    auto top1 = analysis.bestSellers(data.demo.owner, from, data.now, SalesRanking::ByValue, 1);
    ASSERT_TRUE(top1.ok());
    EXPECT_EQ(top1->size(), 1);

    EXPECT_EQ(analysis.bestSellers(data.demo.owner, data.now, from).error().code, Error::Code::InvalidInput);
}

TEST_F(SalesAnalysisTest, SlowMoversAndOutOfStock)
{
    auto slow = analysis.slowMovers(data.demo.owner, 30, 100000);
    ASSERT_TRUE(slow.ok()) << slow.error().toString().toStdString();
    const qsizetype i5 = indexOf(*slow, data.p5);
    ASSERT_GE(i5, 0); // last sold 40 days ago, 9 on hand
    EXPECT_EQ(slow->at(i5).lastSaleAt.date(), data.now.addDays(-40).date());
    EXPECT_EQ(slow->at(i5).onHand, Quantity::units(9));
    EXPECT_EQ(slow->at(i5).stockValue, Money::fromMinor(2700, Currency::cny()));
    EXPECT_EQ(indexOf(*slow, data.p1), -1);  // sold yesterday
    EXPECT_EQ(indexOf(*slow, data.p2), -1);  // nothing on hand to be slow
    // Over 60 days the 40-day-old sale counts: no longer slow.
    EXPECT_EQ(indexOf(analysis.slowMovers(data.demo.owner, 60, 100000).value(), data.p5), -1);
    // Most money tied up first.
    for (qsizetype i = 1; i < slow->size(); ++i)
        EXPECT_GE(slow->at(i - 1).stockValue, slow->at(i).stockValue);

    auto out = analysis.outOfStock(data.demo.owner);
    ASSERT_TRUE(out.ok());
    EXPECT_GE(indexOf(*out, data.p2), 0);
    EXPECT_EQ(indexOf(*out, data.p1), -1);
    EXPECT_FALSE(out->at(indexOf(*out, data.p2)).lastSaleAt.isValid());
    // In the back room 900001 has nothing.
    auto outBack = analysis.outOfStock(data.demo.owner, data.back);
    ASSERT_TRUE(outBack.ok());
    EXPECT_GE(indexOf(*outBack, data.p1), 0);
}

TEST_F(SalesAnalysisTest, StockByLocationCategoryAndSupplierAddUp)
{
    auto bySupplier = analysis.stockBy(data.demo.owner, StockGrouping::BySupplier);
    ASSERT_TRUE(bySupplier.ok()) << bySupplier.error().toString().toStdString();
    const StockGroup *s900 = nullptr;
    for (const StockGroup &g : std::as_const(*bySupplier)) {
        if (g.code == QStringLiteral("S900"))
            s900 = &g;
    }
    ASSERT_NE(s900, nullptr);
    EXPECT_EQ(s900->name, QStringLiteral("测试供应商"));
    EXPECT_EQ(s900->products, 3);                          // 900001, 900003, 900004
    EXPECT_EQ(s900->costValue, Money::fromMinor(2000 + 16800 + 1440, Currency::cny())); // 8 × 2.50 + 24 × 7.00 + 1.2 × 12.00
    EXPECT_EQ(s900->retailValue, Money::fromMinor(2800 + 23760 + 2376, Currency::cny()));

    auto total = [](const QList<StockGroup> &groups) {
        Money sum = Money::zero(Currency::cny());
        for (const StockGroup &g : groups)
            sum += g.costValue;
        return sum;
    };
    auto byLocation = analysis.stockBy(data.demo.owner, StockGrouping::ByLocation);
    auto byCategory = analysis.stockBy(data.demo.owner, StockGrouping::ByCategory);
    ASSERT_TRUE(byLocation.ok());
    ASSERT_TRUE(byCategory.ok());
    EXPECT_GE(byLocation->size(), 2);
    EXPECT_TRUE(total(*byLocation).isPositive());
    EXPECT_EQ(total(*byLocation), total(*byCategory));
    EXPECT_EQ(total(*byLocation), total(*bySupplier));

    EXPECT_EQ(analysis.stockBy(Session{}, StockGrouping::ByLocation).error().code, Error::Code::PermissionDenied);
}

// On hand comes from the ledger's cached balances now, not from summing every movement: the figures
// must be the very sums the movements give, per location and in all.
TEST_F(SalesAnalysisTest, OnHandFromTheBalancesEqualsTheSumOfTheMovements)
{
    Store &store = data.demo.store();
    auto sums = store.exec(QStringLiteral("SELECT l.code, SUM(m.qty_milli)"
                                          " FROM stock_movements m JOIN locations l ON l.id = m.location_id GROUP BY l.code"));
    ASSERT_TRUE(sums.ok());
    QHash<QString, qint64> byLocationSum;
    while (sums->next())
        byLocationSum.insert(sums->value(0).toString(), sums->value(1).toLongLong());
    ASSERT_GE(byLocationSum.size(), 2);
    auto byLocation = analysis.stockBy(data.demo.owner, StockGrouping::ByLocation);
    ASSERT_TRUE(byLocation.ok());
    for (const StockGroup &g : std::as_const(*byLocation))
        EXPECT_EQ(g.quantity.milli(), byLocationSum.value(g.code)) << g.code.toStdString();

    // Per product at one location: every out-of-stock row's figure is its movements' sum there.
    auto out = analysis.outOfStock(data.demo.owner, data.back, 100000);
    ASSERT_TRUE(out.ok());
    ASSERT_FALSE(out->isEmpty());
    for (const StockPosition &p : std::as_const(*out)) {
        auto sum = store.exec(QStringLiteral("SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements"
                                             " WHERE product_id = ? AND location_id = ?"),
                              {qlonglong(p.product.value()), qlonglong(data.back.value())});
        ASSERT_TRUE(sum.ok());
        ASSERT_TRUE(sum->next());
        EXPECT_EQ(p.onHand.milli(), sum->value(0).toLongLong()) << p.sku.toStdString();
    }
    // And in all: the slow movers' figures are the sums over every location.
    auto slow = analysis.slowMovers(data.demo.owner, 30, 100000);
    ASSERT_TRUE(slow.ok());
    ASSERT_FALSE(slow->isEmpty());
    for (const StockPosition &p : std::as_const(*slow)) {
        auto sum = store.exec(QStringLiteral("SELECT SUM(qty_milli) FROM stock_movements WHERE product_id = ?"),
                              {qlonglong(p.product.value())});
        ASSERT_TRUE(sum.ok());
        ASSERT_TRUE(sum->next());
        EXPECT_EQ(p.onHand.milli(), sum->value(0).toLongLong()) << p.sku.toStdString();
    }
}
