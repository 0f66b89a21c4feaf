#include "checkoutfixture.h"

#include "checkout/voidservice.h"

#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/journal.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class VoidTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    Quantity onFloor(const QString &code)
    {
        auto floor = inventory().ledger().location(QStringLiteral("FLOOR"));
        return inventory().ledger().onHand(scan(code).product.id, floor->id).valueOr({});
    }

    CommittedSale sell(bool byCard = false)
    {
        SaleRequest request;
        request.uuid = newId();
        request.cart = Cart(currency());
        EXPECT_TRUE(request.cart.add(scan(kRice), Quantity::units(2)).ok());
        EXPECT_TRUE(request.cart.add(scan(kCola)).ok());
        request.tenders = {byCard ? card(request.uuid, yuan(83.30)) : cash(yuan(100))};
        auto sale = checkout().sales().commit(cashier, request);
        EXPECT_TRUE(sale.ok()) << (sale.ok() ? std::string() : sale.error().toString().toStdString());
        return sale.valueOr({});
    }

    VoidRequest voidOf(const CommittedSale &sale)
    {
        return VoidRequest{newId(), sale.receiptNumber, QStringLiteral("rang up twice")};
    }

    /// The cashier asks, the supervisor approves: the session acts on the supervisor's rights.
    Session approvedBySupervisor()
    {
        Session acting = supervisor;
        acting.requestedBy = cashier.operatorId;
        return acting;
    }
};

} // namespace

TEST_F(VoidTest, AVoidPutsStockBackAndTakesTheTotalOffTheGrandTotal)
{
    const Quantity riceBefore = onFloor(kRice);
    const CommittedSale sale = sell();
    auto voided = checkout().voids().voidSale(approvedBySupervisor(), voidOf(sale));
    ASSERT_TRUE(voided.ok()) << voided.error().toString().toStdString();
    EXPECT_EQ(onFloor(kRice), riceBefore);
    auto last = services->journal().last(QStringLiteral("R01"));
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ((*last)->kind, JournalKind::kVoid);
    EXPECT_EQ((*last)->amountMinor, -8330);
    EXPECT_EQ((*last)->grandTotalMinor, 0);
    EXPECT_TRUE(checkout().voids().isVoided(sale.receiptNumber).value());
    AuditQuery query;
    query.actionPrefix = QStringLiteral("sale.void");
    auto audit = services->auditLog().entries(query);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->at(0).actorId, cashier.operatorId);
    EXPECT_EQ(audit->at(0).approverId, supervisor.operatorId);
    EXPECT_TRUE(inventory().ledger().verify().value().ok);
}

TEST_F(VoidTest, ACashierAloneMayNotVoid)
{
    const CommittedSale sale = sell();
    auto refused = checkout().voids().voidSale(cashier, voidOf(sale));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(checkout().voids().isVoided(sale.receiptNumber).value());
}

TEST_F(VoidTest, ASaleIsVoidedOnceAndARetryChangesNothing)
{
    const CommittedSale sale = sell();
    const VoidRequest request = voidOf(sale);
    auto first = checkout().voids().voidSale(supervisor, request);
    auto retry = checkout().voids().voidSale(supervisor, request);
    ASSERT_TRUE(first.ok() && retry.ok());
    EXPECT_TRUE(retry->alreadyVoided);
    auto other = checkout().voids().voidSale(supervisor, voidOf(sale));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("voided already")));
    EXPECT_EQ(services->journal().entries(QStringLiteral("R01")).value().size(), 2);
}

TEST_F(VoidTest, YesterdaysSaleIsRefundedNotVoided)
{
    const CommittedSale sale = sell();
    clock.advanceMs(24 * 3600 * 1000);
    auto refused = checkout().voids().voidSale(supervisor, voidOf(sale));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("refund"))) << refused.error().message.toStdString();
}

TEST_F(VoidTest, ACardSaleIsVoidedOnlyAfterTheTerminalReturnedThePayment)
{
    const CommittedSale sale = sell(true);
    auto early = checkout().voids().voidSale(supervisor, voidOf(sale));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("returned"))) << early.error().message.toStdString();
    EXPECT_FALSE(payments().abandon(sale.uuid).ok()) << "a booked sale is not simply given up";
    ASSERT_TRUE(payments().returnForVoid(sale.uuid).ok());
    auto intents = payments().ofSale(sale.uuid);
    ASSERT_TRUE(intents.ok());
    ASSERT_EQ(intents->size(), 1);
    EXPECT_EQ(settle(intents->at(0).uuid).state, IntentState::kReversed);
    EXPECT_EQ(terminal->heldFen(intents->at(0).uuid), 0);
    auto voided = checkout().voids().voidSale(supervisor, voidOf(sale));
    ASSERT_TRUE(voided.ok()) << voided.error().toString().toStdString();
    auto records = services->journal().entries(QStringLiteral("R01"));
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 2) << "the sale and its void; a payment returned for a void is no failed transaction";
    EXPECT_EQ(records->at(1).kind, JournalKind::kVoid);
}
