// Safety-stock alerts and reorder suggestions ("自动订货"): the arithmetic with exact numbers, and one
// step from suggestions to draft purchase orders.
#include "salesfixture.h"

#include "inventory/purchaseorderservice.h"
#include "inventory/reorderservice.h"

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct ReorderTest : ::testing::Test
{
    inventory::test::SalesFixture data;
    ReorderService &reorder = InventoryServices::of(*data.demo.services).reorder();
    PurchaseOrderService &orders = InventoryServices::of(*data.demo.services).purchasing();

    static const ReorderSuggestion *find(const QList<ReorderSuggestion> &list, ProductId product)
    {
        for (const ReorderSuggestion &s : list) {
            if (s.product == product)
                return &s;
        }
        return nullptr;
    }
    static const StockAlert *find(const QList<StockAlert> &list, ProductId product)
    {
        for (const StockAlert &a : list) {
            if (a.product == product)
                return &a;
        }
        return nullptr;
    }

    /// A purchase order for `milli` of product 900001, sent to the supplier.
    void orderSent(qint64 milli)
    {
        auto po = orders.createDraft(data.demo.owner, data.supplier,
                                     {DraftOrderLine{data.p1, data.supplier, Quantity::fromMilli(milli), {}}});
        ASSERT_TRUE(po.ok()) << po.error().toString().toStdString();
        ASSERT_TRUE(orders.send(data.demo.owner, *po).ok());
    }
};

} // namespace

TEST_F(ReorderTest, SuggestionArithmeticWithExactNumbers)
{
    orderSent(6000);
    ReorderOptions options;
    options.salesDays = 28;
    options.supplier = data.supplier;
    auto list = reorder.suggest(data.demo.owner, options);
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();

    // 900001: 56 sold in 28 days (the 100 sold 40 days ago do not count) → 2 a day; lead time 5 days
    // → 10; + safety 10 − on hand 8 − on order 6 = 6 → a pack is 12 → order 12 at 2.40 = 28.80.
    const ReorderSuggestion *s1 = find(*list, data.p1);
    ASSERT_NE(s1, nullptr);
    EXPECT_EQ(s1->sold, Quantity::units(56));
    EXPECT_EQ(s1->averageDaily, Quantity::units(2));
    EXPECT_EQ(s1->leadTimeDays, 5);
    EXPECT_EQ(s1->leadTimeDemand, Quantity::units(10));
    EXPECT_EQ(s1->safetyStock, Quantity::units(10));
    EXPECT_EQ(s1->onHand, Quantity::units(8));
    EXPECT_EQ(s1->onOrder, Quantity::units(6));
    EXPECT_EQ(s1->need, Quantity::units(6));
    EXPECT_EQ(s1->packSize, Quantity::units(12));
    EXPECT_EQ(s1->quantity, Quantity::units(12));
    EXPECT_EQ(s1->unitCost, Money::fromMinor(240, Currency::cny()));
    EXPECT_EQ(s1->value, Money::fromMinor(2880, Currency::cny()));
    EXPECT_EQ(s1->supplierName, QStringLiteral("测试供应商"));

    // 900004 by weight: 10.5 kg in 28 days × 5 days = 1.875 kg; + 2 kg − 1.2 kg = 2.675 kg → 5 kg packs.
    const ReorderSuggestion *s4 = find(*list, data.p4);
    ASSERT_NE(s4, nullptr);
    EXPECT_EQ(s4->leadTimeDemand, Quantity::fromMilli(1875));
    EXPECT_EQ(s4->averageDaily, Quantity::fromMilli(375));
    EXPECT_EQ(s4->need, Quantity::fromMilli(2675));
    EXPECT_EQ(s4->quantity, Quantity::units(5));
    EXPECT_EQ(s4->value, Money::fromMinor(5750, Currency::cny()));

    // 900003 sold 28 (5 over the lead time) and has 24: nothing to order.
    EXPECT_EQ(find(*list, data.p3), nullptr);
    EXPECT_EQ(list->size(), 2); // only the chosen supplier's products

    // A shorter window: 26 sold in 7 days → 26 × 5 / 7 = 18.572 (up to the milli-unit);
    // + 10 − 8 − 6 = 14.572 → two packs of 12: 24.
    options.salesDays = 7;
    auto week = reorder.suggest(data.demo.owner, options);
    ASSERT_TRUE(week.ok());
    ASSERT_NE(find(*week, data.p1), nullptr);
    EXPECT_EQ(find(*week, data.p1)->leadTimeDemand, Quantity::fromMilli(18572));
    EXPECT_EQ(find(*week, data.p1)->need, Quantity::fromMilli(14572));
    EXPECT_EQ(find(*week, data.p1)->quantity, Quantity::units(24));

    // Without a supplier: the default lead time (7 days), pack of 1, the product's own cost; listed last.
    auto all = reorder.suggest(data.demo.owner);
    ASSERT_TRUE(all.ok());
    const ReorderSuggestion *s2 = find(*all, data.p2);
    ASSERT_NE(s2, nullptr);
    EXPECT_FALSE(s2->supplier.isValid());
    EXPECT_EQ(s2->leadTimeDays, 7);
    EXPECT_EQ(s2->quantity, Quantity::units(5));
    EXPECT_EQ(s2->value, Money::fromMinor(2000, Currency::cny()));
    EXPECT_FALSE(all->constLast().supplier.isValid());

    options.salesDays = 0;
    EXPECT_EQ(reorder.suggest(data.demo.owner, options).error().code, Error::Code::InvalidInput);
}

TEST_F(ReorderTest, AlertsListWhatIsBelowSafetyStock)
{
    orderSent(6000);
    auto alerts = reorder.alerts(data.demo.cashier); // cashiers see stock too
    ASSERT_TRUE(alerts.ok()) << alerts.error().toString().toStdString();
    const StockAlert *a1 = find(*alerts, data.p1);
    ASSERT_NE(a1, nullptr);
    EXPECT_EQ(a1->onHand, Quantity::units(8));
    EXPECT_EQ(a1->shortfall, Quantity::units(2));
    EXPECT_EQ(a1->onOrder, Quantity::units(6));
    EXPECT_TRUE(a1->covered);
    const StockAlert *a2 = find(*alerts, data.p2);
    ASSERT_NE(a2, nullptr);
    EXPECT_EQ(a2->shortfall, Quantity::units(5));
    EXPECT_FALSE(a2->covered);
    const StockAlert *a4 = find(*alerts, data.p4);
    ASSERT_NE(a4, nullptr);
    EXPECT_EQ(a4->shortfall, Quantity::fromMilli(800));
    EXPECT_EQ(find(*alerts, data.p3), nullptr); // no safety stock
    // The emptiest first: 900002 has nothing at all.
    qsizetype i2 = -1, i1 = -1;
    for (qsizetype i = 0; i < alerts->size(); ++i) {
        if (alerts->at(i).product == data.p2)
            i2 = i;
        if (alerts->at(i).product == data.p1)
            i1 = i;
    }
    EXPECT_LT(i2, i1);
}

TEST_F(ReorderTest, SuggestionsBecomeDraftOrdersInOneStep)
{
    auto list = reorder.suggest(data.demo.owner);
    ASSERT_TRUE(list.ok());
    QList<ReorderSuggestion> mine;
    for (const ReorderSuggestion &s : std::as_const(*list)) {
        if (s.product == data.p1 || s.product == data.p2 || s.product == data.p4)
            mine << s;
    }
    ASSERT_EQ(mine.size(), 3);

    // Cashiers cannot order.
    EXPECT_EQ(reorder.createDraftOrders(data.demo.cashier, mine).error().code, Error::Code::PermissionDenied);

    auto created = reorder.createDraftOrders(data.demo.owner, mine);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    ASSERT_EQ(created->orders.size(), 1);      // one supplier, one PO
    EXPECT_EQ(created->lines, 2);
    EXPECT_EQ(created->skipped, QStringList{QStringLiteral("900002")}); // no supplier to order from

    auto po = orders.order(created->orders.constFirst());
    ASSERT_TRUE(po.ok());
    EXPECT_EQ(po->status, PurchaseOrderStatus::Draft);
    EXPECT_EQ(po->supplier, data.supplier);
    ASSERT_EQ(po->lines.size(), 2);
    for (const PurchaseOrderLine &line : std::as_const(po->lines)) {
        if (line.product == data.p1) {
            EXPECT_EQ(line.ordered, Quantity::units(12)); // 10 + 10 − 8 = 12, one pack
            EXPECT_EQ(line.unitCost, Money::fromMinor(240, Currency::cny()));
        } else {
            EXPECT_EQ(line.product, data.p4);
            EXPECT_EQ(line.ordered, Quantity::units(5));
        }
    }

    // The draft counts as on order: asking again does not order the same goods twice.
    auto again = reorder.suggest(data.demo.owner);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(find(*again, data.p1), nullptr);
    EXPECT_EQ(find(*again, data.p4), nullptr);
    EXPECT_NE(find(*again, data.p2), nullptr);

    // Nothing orderable at all.
    EXPECT_EQ(reorder.createDraftOrders(data.demo.owner, {*find(*again, data.p2)}).error().code,
              Error::Code::InvalidInput);
}
