#include "checkout/cart.h"
#include "checkout/tendersplit.h"

#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::checkout;

namespace {

const Currency kCny = Currency::cny();

Money fen(std::int64_t minor)
{
    return Money::fromMinor(minor, kCny);
}

inventory::ScanMatch item(std::int64_t id, std::int64_t priceFen, bool weighed = false)
{
    inventory::ScanMatch m;
    m.product.id = inventory::ProductId(id);
    m.product.sku = QString::number(100000 + id);
    m.product.name = QStringLiteral("商品%1").arg(id);
    m.product.price = fen(priceFen);
    m.product.soldByWeight = weighed;
    m.product.taxClass = QStringLiteral("standard");
    m.code = QStringLiteral("69000000000%1").arg(id);
    return m;
}

} // namespace

TEST(Cart, ScanningTheSameItemAgainAddsToItsLine)
{
    Cart cart(kCny);
    ASSERT_EQ(cart.add(item(1, 350)).value(), 0);
    ASSERT_EQ(cart.add(item(2, 1990)).value(), 1);
    ASSERT_EQ(cart.add(item(1, 350)).value(), 0);
    ASSERT_EQ(cart.lines().size(), 2);
    EXPECT_EQ(cart.lines().at(0).quantity, Quantity::units(2));
    auto totals = cart.totals();
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->total, fen(2 * 350 + 1990));
    EXPECT_EQ(totals->items, Quantity::units(3));
}

TEST(Cart, ACaseCodeCountsItsPack)
{
    Cart cart(kCny);
    inventory::ScanMatch caseOf24 = item(1, 350);
    caseOf24.packQuantity = Quantity::units(24);
    ASSERT_TRUE(cart.add(caseOf24).ok());
    EXPECT_EQ(cart.totals()->total, fen(24 * 350));
}

TEST(Cart, AWeighedItemTakesTheScaleWeightRoundedOnceHalfUp)
{
    Cart cart(kCny);
    // 0.457 kg × ¥12.80/kg = ¥5.8496 → ¥5.85
    EXPECT_FALSE(cart.add(item(5, 1280, true)).ok()) << "no weight yet";
    EXPECT_TRUE(cart.isEmpty());
    ASSERT_TRUE(cart.add(item(5, 1280, true), Quantity::units(1), Quantity::fromMilli(457)).ok());
    EXPECT_EQ(cart.totals()->total, fen(585));
    EXPECT_EQ(cart.totals()->items, Quantity()) << "weighed goods are not counted as items";
}

TEST(Cart, APriceLabelSellsAtItsPrintedAmount)
{
    Cart cart(kCny);
    inventory::ScanMatch label = item(5, 1280, true);
    label.embeddedPrice = fen(1234);
    ASSERT_TRUE(cart.add(label).ok());
    ASSERT_TRUE(cart.add(label).ok());
    EXPECT_EQ(cart.lines().size(), 2) << "each label is its own line";
    EXPECT_EQ(cart.lines().at(0).quantity, Quantity::fromMilli(964)) << "12.34 / 12.80 kg for the stock ledger";
    EXPECT_EQ(cart.totals()->total, fen(2468));
    EXPECT_FALSE(cart.setQuantity(0, Quantity::units(2)).ok());
}

TEST(Cart, AbsurdOrFractionalQuantitiesAreRefusedAndChangeNothing)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 350)).ok());
    EXPECT_FALSE(cart.setQuantity(0, Quantity::units(10000)).ok());
    EXPECT_FALSE(cart.setQuantity(0, Quantity::fromMilli(1500)).ok());
    EXPECT_FALSE(cart.setQuantity(0, Quantity()).ok());
    EXPECT_FALSE(cart.setQuantity(3, Quantity::units(2)).ok());
    EXPECT_EQ(cart.lines().at(0).quantity, Quantity::units(1));
    ASSERT_TRUE(cart.setQuantity(0, Quantity::units(12)).ok());
    EXPECT_EQ(cart.totals()->total, fen(4200));
}

TEST(Cart, ADelistedItemIsRefusedWithItsName)
{
    Cart cart(kCny);
    inventory::ScanMatch gone = item(1, 350);
    gone.product.status = inventory::ProductStatus::Delisted;
    auto added = cart.add(gone);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("商品1")));
    EXPECT_TRUE(cart.isEmpty());
}

TEST(Cart, LineDiscountsNeedAReasonAndStayWithinTheLine)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 1000)).ok());
    EXPECT_FALSE(cart.setLineDiscount(0, fen(200), QString(), OperatorId()).ok());
    EXPECT_FALSE(cart.setLineDiscount(0, fen(1001), QStringLiteral("damaged"), OperatorId()).ok());
    ASSERT_TRUE(cart.setLinePercentDiscount(0, 1250, QStringLiteral("damaged box"), OperatorId(9)).ok());
    EXPECT_EQ(cart.lines().at(0).discount, fen(125));
    EXPECT_EQ(cart.totals()->total, fen(875));
}

TEST(Cart, ThePriceOverrideKeepsTheListPriceAndItsReason)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 1000)).ok());
    EXPECT_FALSE(cart.overridePrice(0, fen(800), QString(), OperatorId(9)).ok());
    ASSERT_TRUE(cart.overridePrice(0, fen(800), QStringLiteral("price tag says 8.00"), OperatorId(9)).ok());
    const CartLine &line = cart.lines().at(0);
    EXPECT_TRUE(line.isPriceOverridden());
    EXPECT_EQ(line.listPrice, fen(1000));
    EXPECT_EQ(line.approvedBy, OperatorId(9));
    ASSERT_TRUE(cart.add(item(1, 1000)).ok());
    EXPECT_EQ(cart.lines().size(), 2) << "an overridden line is not added to";
}

TEST(Cart, TheOrderDiscountIsSharedOutExactly)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 100)).ok());
    ASSERT_TRUE(cart.add(item(2, 100)).ok());
    ASSERT_TRUE(cart.add(item(3, 100)).ok());
    ASSERT_TRUE(cart.setOrderDiscount(fen(100), QStringLiteral("regular customer"), OperatorId()).ok());
    auto totals = cart.totals();
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->lines.at(0).orderDiscountShare, fen(34)) << "the odd fen goes to the first line";
    EXPECT_EQ(totals->lines.at(1).orderDiscountShare, fen(33));
    EXPECT_EQ(totals->lines.at(2).orderDiscountShare, fen(33));
    EXPECT_EQ(totals->total, fen(200));
    EXPECT_EQ(totals->lines.at(0).net + totals->lines.at(1).net + totals->lines.at(2).net, totals->total);
    EXPECT_FALSE(cart.setOrderDiscount(fen(301), QStringLiteral("too much"), OperatorId()).ok());
}

TEST(Cart, RemovingALineBelowTheOrderDiscountIsRefused)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 100)).ok());
    ASSERT_TRUE(cart.add(item(2, 500)).ok());
    ASSERT_TRUE(cart.setOrderDiscount(fen(300), QStringLiteral("manager"), OperatorId()).ok());
    EXPECT_FALSE(cart.remove(1).ok());
    EXPECT_EQ(cart.lines().size(), 2);
    EXPECT_TRUE(cart.remove(0).ok());
}

TEST(Cart, APercentOffTheOrderStaysAPercentageAndKeepsItsApprover)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 333)).ok());
    EXPECT_FALSE(cart.setOrderPercentDiscount(1000, QString(), OperatorId(9)).ok()) << "a reason is needed";
    EXPECT_FALSE(cart.setOrderPercentDiscount(10001, QStringLiteral("too much"), OperatorId(9)).ok());
    ASSERT_TRUE(cart.setOrderPercentDiscount(1000, QStringLiteral("staff"), OperatorId(9)).ok());
    EXPECT_EQ(cart.totals()->orderDiscount, fen(33)) << "10% of 3.33, half-up";
    ASSERT_TRUE(cart.add(item(2, 500)).ok());
    EXPECT_EQ(cart.totals()->orderDiscount, fen(83)) << "10% of 8.33 once the next line is on";
    EXPECT_EQ(cart.totals()->total, fen(750));
    EXPECT_EQ(cart.orderDiscountApprover(), OperatorId(9));
    auto back = Cart::fromJson(cart.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->orderDiscountPercent(), 1000);
    EXPECT_EQ(back->orderDiscountApprover(), OperatorId(9));
    EXPECT_EQ(back->totals()->total, fen(750));
    ASSERT_TRUE(cart.setOrderPercentDiscount(0, QString(), OperatorId(9)).ok());
    EXPECT_FALSE(cart.hasOrderDiscount());
    EXPECT_FALSE(cart.orderDiscountApprover().isValid()) << "no discount, no approver";
    EXPECT_EQ(cart.totals()->total, fen(833));
}

TEST(Cart, SurvivesARoundTripThroughJson)
{
    Cart cart(kCny);
    ASSERT_TRUE(cart.add(item(1, 350), Quantity::units(3)).ok());
    inventory::ScanMatch label = item(5, 1280, true);
    label.embeddedPrice = fen(1234);
    ASSERT_TRUE(cart.add(label).ok());
    ASSERT_TRUE(cart.setLineDiscount(0, fen(50), QStringLiteral("dented"), OperatorId(9)).ok());
    ASSERT_TRUE(cart.setOrderDiscount(fen(10), QStringLiteral("round"), OperatorId()).ok());
    auto back = Cart::fromJson(cart.toJson());
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back->toJson(), cart.toJson());
    EXPECT_EQ(back->totals()->total, cart.totals()->total);
    EXPECT_EQ(back->lines().at(1).fixedAmount, fen(1234));
}

TEST(CashRounding, DropsOrRoundsTheCashPart)
{
    EXPECT_EQ(cashRoundingOf(fen(1234), CashRounding::None).value(), fen(0));
    EXPECT_EQ(cashRoundingOf(fen(1234), CashRounding::DropFen).value(), fen(-4));
    EXPECT_EQ(cashRoundingOf(fen(1234), CashRounding::DropJiao).value(), fen(-34));
    EXPECT_EQ(cashRoundingOf(fen(1235), CashRounding::NearestJiao).value(), fen(5));
    EXPECT_EQ(cashRoundingOf(fen(1234), CashRounding::NearestJiao).value(), fen(-4));
}

TEST(TenderSplit, CashGivesChangeAndRoundsOnlyWhatCashPays)
{
    Tender card;
    card.uuid = QStringLiteral("t1");
    card.type = TenderType::kCard;
    card.amount = fen(1000);
    Tender cash;
    cash.uuid = QStringLiteral("t2");
    cash.type = TenderType::kCash;
    cash.tendered = fen(5000);
    auto split = splitTenders(fen(3456), {card, cash}, CashRounding::DropFen);
    ASSERT_TRUE(split.ok()) << split.error().toString().toStdString();
    EXPECT_EQ(split->rounding, fen(-6)) << "cash pays 24.56 → 24.50";
    EXPECT_EQ(split->total, fen(3450));
    EXPECT_EQ(split->tenders.at(1).amount, fen(2450)) << "what stays in the drawer";
    EXPECT_EQ(split->change, fen(2550));
    EXPECT_TRUE(split->isPaid());
}

TEST(TenderSplit, TellsWhatIsStillDueAndNeverOverchargesACard)
{
    Tender card;
    card.uuid = QStringLiteral("t1");
    card.type = TenderType::kCard;
    card.amount = fen(1000);
    auto part = splitTenders(fen(3456), {card}, CashRounding::DropJiao);
    ASSERT_TRUE(part.ok());
    EXPECT_EQ(part->stillDue, fen(2456));
    EXPECT_EQ(part->rounding, fen(0)) << "no cash, no rounding";
    card.amount = fen(3457);
    EXPECT_FALSE(splitTenders(fen(3456), {card}, CashRounding::None).ok());
    card.amount = fen(0);
    EXPECT_FALSE(splitTenders(fen(3456), {card}, CashRounding::None).ok());
}
