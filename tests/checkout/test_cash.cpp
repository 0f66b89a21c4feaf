#include "checkoutfixture.h"

#include "checkout/cashservice.h"

#include "core/auditlog.h"
#include "core/journal.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

class CashTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    CashService &cashService() { return checkout().cash(); }

    CashRequest request(const QString &kind, double amount, const QString &reason = {})
    {
        return CashRequest{newId(), kind, yuan(amount), reason};
    }
};

} // namespace

TEST_F(CashTest, AShiftOpensWithItsFloatInTheJournal)
{
    auto opened = cashService().record(cashier, request(CashKind::kShiftOpen, 200));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    auto open = cashService().openFloat(cashier.operatorId);
    ASSERT_TRUE(open.ok() && open->has_value());
    EXPECT_EQ((*open)->amount, yuan(200));
    auto record = services->journal().byUuid(opened->uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, JournalKind::kShiftOpen);
    EXPECT_EQ((*record)->amountMinor, 0) << "a float moves no sales";
    EXPECT_EQ((*record)->payloadObject().value(QStringLiteral("amount")).toString(), QStringLiteral("20000"));
}

TEST_F(CashTest, PaidOutNeedsASupervisorAReasonAndAnAmount)
{
    EXPECT_EQ(cashService().record(cashier, request(CashKind::kPaidOut, 50, QStringLiteral("milk delivery"))).error().code,
              Error::Code::PermissionDenied);
    Session acting = supervisor;
    acting.requestedBy = cashier.operatorId;
    EXPECT_FALSE(cashService().record(acting, request(CashKind::kPaidOut, 50)).ok()) << "no reason";
    EXPECT_FALSE(cashService().record(acting, request(CashKind::kPaidOut, 0, QStringLiteral("x"))).ok()) << "no amount";
    auto paid = cashService().record(acting, request(CashKind::kPaidOut, 50, QStringLiteral("milk delivery")));
    ASSERT_TRUE(paid.ok()) << paid.error().toString().toStdString();
    EXPECT_EQ(paid->operatorId, cashier.operatorId);
    EXPECT_EQ(paid->approverId, supervisor.operatorId);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("cash.paid_out");
    auto audit = services->auditLog().entries(query);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->at(0).approverId, supervisor.operatorId);
}

TEST_F(CashTest, ANoSaleMovesNoMoneyAndARetryBooksOnce)
{
    EXPECT_FALSE(cashService().record(supervisor, request(CashKind::kNoSale, 10, QStringLiteral("change for 100"))).ok());
    const CashRequest noSale = request(CashKind::kNoSale, 0, QStringLiteral("change for a ¥100 note"));
    auto first = cashService().record(supervisor, noSale);
    auto again = cashService().record(supervisor, noSale);
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_TRUE(again->alreadyBooked);
    auto day = cashService().ofDay(QStringLiteral("R01"), QDate(2026, 12, 7));
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->size(), 1);
    EXPECT_TRUE(services->journal().verify().value().ok);
}
