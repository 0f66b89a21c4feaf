#include "checkoutfixture.h"

#include "checkout/refundservice.h"
#include "checkout/voidservice.h"

#include "inventory/stockledger.h"

#include "core/journal.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class RefundTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    RefundService &refunds() { return checkout().refunds(); }

    Quantity onFloor(const QString &code)
    {
        auto floor = inventory().ledger().location(QStringLiteral("FLOOR"));
        return inventory().ledger().onHand(scan(code).product.id, floor->id).valueOr({});
    }

    /// 3 × rice + 1 cola = 123.20, ¥10 off the order → 113.20, paid in cash rounded down to the yuan: 113.00.
    CommittedSale sell()
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(3)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        EXPECT_TRUE(request.cart.setOrderDiscount(yuan(10), QStringLiteral("regular customer"), OperatorId()).ok());
        request.rounding = CashRounding::DropJiao;
        request.tenders = {cash(yuan(200))};
        auto sale = checkout().sales().commit(supervisor, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return sale.valueOr({});
    }

    RefundRequest take(const CommittedSale &sale, QList<RefundLineRequest> lines)
    {
        return RefundRequest{newId(), sale.receiptNumber, std::move(lines), QStringLiteral("does not want it")};
    }
};

} // namespace

TEST_F(RefundTest, RefundsInPartsGiveBackExactlyWhatWasPaid)
{
    const CommittedSale sale = sell();
    ASSERT_EQ(sale.total, yuan(113.00));
    auto first = refunds().refund(supervisor, take(sale, {{1, Quantity::units(1), true}}));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    // Rice nets 109.98 after its share (9.72) of the order discount; one of three is 36.66, and its
    // share of the −0.20 rounding is −0.06.
    EXPECT_EQ(first->plan.goods, yuan(36.66));
    EXPECT_EQ(first->plan.rounding, yuan(-0.06));
    EXPECT_EQ(first->plan.total, yuan(36.60));
    EXPECT_EQ(first->refundNumber, QStringLiteral("RF-R01-00000001"));
    auto second = refunds().refund(supervisor, take(sale, {{1, Quantity::units(2), true}}));
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->plan.goods, yuan(73.32)) << "the last of the line: exactly what is left of it";
    auto third = refunds().refund(supervisor, take(sale, {{2, Quantity::units(1), true}}));
    ASSERT_TRUE(third.ok()) << third.error().toString().toStdString();
    EXPECT_EQ(first->plan.total + second->plan.total + third->plan.total, sale.total)
        << "the whole sale back is its total, cash rounding included";
    auto last = services->journal().last(QStringLiteral("R01"));
    EXPECT_EQ((*last)->grandTotalMinor, 0);
    EXPECT_TRUE(services->journal().verify().value().ok);
}

TEST_F(RefundTest, ALineIsNeverTakenBackTwice)
{
    const CommittedSale sale = sell();
    ASSERT_TRUE(refunds().refund(supervisor, take(sale, {{2, Quantity::units(1), true}})).ok());
    auto again = refunds().refund(supervisor, take(sale, {{2, Quantity::units(1), true}}));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already"))) << again.error().message.toStdString();
    EXPECT_FALSE(refunds().refund(supervisor, take(sale, {{1, Quantity::units(4), true}})).ok());
    EXPECT_FALSE(refunds().refund(supervisor, take(sale, {{7, Quantity::units(1), true}})).ok());
    EXPECT_EQ(refunds().refundedQuantities(sale.receiptNumber).value().value(2), Quantity::units(1));
}

TEST_F(RefundTest, RestockedGoodsGoBackAndWrittenOffGoodsDoNot)
{
    const Quantity riceBefore = onFloor(kRice);
    const CommittedSale sale = sell();
    ASSERT_TRUE(refunds().refund(supervisor, take(sale, {{1, Quantity::units(1), true}})).ok());
    ASSERT_TRUE(refunds().refund(supervisor, take(sale, {{1, Quantity::units(1), false}})).ok());
    EXPECT_EQ(onFloor(kRice), riceBefore.minus(Quantity::units(2)).value()) << "sold 3, one back on the shelf";
    EXPECT_TRUE(inventory().ledger().verify().value().ok);
}

TEST_F(RefundTest, ARetryBooksOnceAndACashierNeedsASupervisor)
{
    const CommittedSale sale = sell();
    const RefundRequest request = take(sale, {{2, Quantity::units(1), true}});
    EXPECT_EQ(refunds().refund(cashier, request).error().code, Error::Code::PermissionDenied);
    auto first = refunds().refund(supervisor, request);
    auto retry = refunds().refund(supervisor, request);
    ASSERT_TRUE(first.ok() && retry.ok());
    EXPECT_TRUE(retry->alreadyBooked);
    EXPECT_EQ(retry->refundNumber, first->refundNumber);
    EXPECT_EQ(services->journal().entries(QStringLiteral("R01")).value().size(), 2);
}

TEST_F(RefundTest, VoidsAndRefundsExcludeEachOther)
{
    const CommittedSale refunded = sell();
    ASSERT_TRUE(refunds().refund(supervisor, take(refunded, {{2, Quantity::units(1), true}})).ok());
    EXPECT_FALSE(checkout().voids().voidSale(supervisor, {newId(), refunded.receiptNumber, QStringLiteral("x")}).ok());
    const CommittedSale voided = sell();
    ASSERT_TRUE(checkout().voids().voidSale(supervisor, {newId(), voided.receiptNumber, QStringLiteral("twice")}).ok());
    auto refused = refunds().refund(supervisor, take(voided, {{1, Quantity::units(1), true}}));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("voided")));
}
