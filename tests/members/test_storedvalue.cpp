// Stored value: top-ups with recharge bonus rules (at once and spread over months), payments from the
// balance (never negative, the member's code or a supervisor above the limit), change and refunds into it,
// reversals with their bonus, the journal records, the liability; the ledgers equal the balances after
// every test.
#include "membersfixture.h"

#include "core/auditlog.h"
#include "core/journal.h"
#include "core/permissionservice.h"
#include "core/storesettings.h"

using namespace qtill;
using namespace qtill::members;

namespace {

using members::test::text;

struct StoredValueTest : ::testing::Test, members::test::MembersFixture
{
    Member m = registered(QStringLiteral("13812341234"));

    void TearDown() override { expectLedgersBalance(); }

    RechargeRule rule(qint64 thresholdYuan, qint64 bonusYuan, qint64 bonusPoints, int months)
    {
        auto saved = storedValue().saveRule(owner, RechargeRule{0, QStringLiteral("充%1送%2").arg(thresholdYuan).arg(bonusYuan),
                                                                yuan(thresholdYuan), yuan(bonusYuan), bonusPoints, months, true});
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : text(saved.error()));
        return saved.valueOr({});
    }

    TopUp topUp(qint64 paidYuan, const QString &uuid = newId())
    {
        auto booked = storedValue().topUp(cashier, TopUpRequest{uuid, m.id, yuan(paidYuan), QStringLiteral("wechat")});
        EXPECT_TRUE(booked.ok()) << (booked.ok() ? std::string() : text(booked.error()));
        return booked.valueOr({});
    }

    Result<StoredValuePosting> pay(qint64 amountFen, const Session &who, const QString &code = {})
    {
        return storedValue().pay(who, StoredValueRequest{newId(), m.id, QStringLiteral("sale-%1").arg(amountFen),
                                                         fen(amountFen), code});
    }
};

} // namespace

TEST_F(StoredValueTest, ATopUpGetsTheHighestRuleItReachesAtOnce)
{
    rule(200, 50, 0, 0);
    rule(500, 150, 300, 0);
    const TopUp small = topUp(100);
    EXPECT_EQ(small.bonus.minor(), 0);
    EXPECT_EQ(small.ruleId, 0);
    const TopUp mid = topUp(300);
    EXPECT_EQ(mid.bonus.minor(), 5000) << "充200送50";
    const TopUp big = topUp(500);
    EXPECT_EQ(big.bonus.minor(), 15000);
    EXPECT_EQ(big.bonusPoints, 300);
    EXPECT_EQ(big.number, QStringLiteral("SV-R01-00000003"));
    EXPECT_EQ(storedOf(m.id), (100 + 300 + 50 + 500 + 150) * 100);
    EXPECT_EQ(big.balanceAfter.minor(), storedOf(m.id));
    EXPECT_EQ(pointsOf(m.id), 300);
    EXPECT_EQ(storedValue().liability().value().minor(), storedOf(m.id));
}

TEST_F(StoredValueTest, ATopUpIsJournalledAndAuditedOnceEvenWhenRetried)
{
    const QString uuid = newId();
    topUp(200, uuid);
    auto retry = storedValue().topUp(cashier, TopUpRequest{uuid, m.id, yuan(200), QStringLiteral("wechat")});
    ASSERT_TRUE(retry.ok());
    EXPECT_TRUE(retry->alreadyBooked);
    EXPECT_EQ(storedOf(m.id), 20000);
    auto record = services->journal().byUuid(uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, MemberJournalKind::kTopUp);
    EXPECT_EQ((*record)->amountMinor, 0) << "a top-up is a liability, not a sale";
    EXPECT_EQ((*record)->payloadObject().value(QStringLiteral("paid")).toInteger(), 20000);
    EXPECT_EQ((*record)->document, QStringLiteral("SV-R01-00000001"));
    EXPECT_TRUE(services->journal().verify().value().ok);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("member.topup");
    EXPECT_EQ(services->auditLog().entries(query).value().size(), 1);
}

TEST_F(StoredValueTest, ASpreadBonusComesInMonthlyPartsReleasedOnce)
{
    rule(200, 50, 0, 3); // ¥50 over 3 months: 16.67 now, 16.67 and 16.66 later
    topUp(200);
    EXPECT_EQ(storedOf(m.id), 20000 + 1667);
    EXPECT_EQ(storedValue().releaseDue(clock.now()).value(), 0);
    clock.set(QDateTime(QDate(2027, 1, 7), QTime(10, 0)));
    EXPECT_EQ(storedValue().releaseDue(clock.now()).value(), 1);
    EXPECT_EQ(storedValue().releaseDue(clock.now()).value(), 0) << "a month is released once";
    EXPECT_EQ(storedOf(m.id), 20000 + 1667 + 1667);
    clock.set(QDateTime(QDate(2027, 6, 1), QTime(10, 0)));
    EXPECT_EQ(storedValue().releaseDue(clock.now()).value(), 1);
    EXPECT_EQ(storedOf(m.id), 25000);
}

TEST_F(StoredValueTest, PaymentsNeverTakeTheBalanceBelowZero)
{
    topUp(100);
    auto paid = pay(6000, cashier);
    ASSERT_TRUE(paid.ok()) << text(paid.error());
    EXPECT_EQ(paid->balanceAfter.minor(), 4000);
    auto refused = pay(4001, cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("40.00"))) << text(refused.error());
    EXPECT_EQ(storedOf(m.id), 4000);
    ASSERT_TRUE(pay(4000, cashier).ok());
    EXPECT_EQ(storedOf(m.id), 0);
}

TEST_F(StoredValueTest, AboveTheLimitTheMembersCodeOrASupervisorIsNeeded)
{
    topUp(2000);
    ASSERT_TRUE(members().setConfirmationCode(cashier, m.id, QStringLiteral("2468")).ok());
    ASSERT_TRUE(pay(50000, cashier).ok()) << "¥500.00 is at the limit, not above";
    auto refused = pay(50001, cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("confirmation code"))) << text(refused.error());
    auto wrong = pay(50001, cashier, QStringLiteral("1111"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(pay(50001, cashier, QStringLiteral("2468")).ok());
    // A cashier on a supervisor's override: both are on the ledger row.
    Session approved = supervisor;
    approved.requestedBy = cashier.operatorId;
    ASSERT_TRUE(pay(60000, approved).ok());
    EXPECT_EQ(storedOf(m.id), 200000 - 50000 - 50001 - 60000);
    ASSERT_TRUE(StoredValueService::kConfirmAboveFen.set(services->settings(), 100000));
    EXPECT_TRUE(pay(39999, cashier).ok()) << "the limit is a setting";
}

TEST_F(StoredValueTest, ChangeAndRefundsGoIntoTheBalanceButNeverMoreThanTheSalePaid)
{
    topUp(100);
    const QString sale = QStringLiteral("sale-A");
    ASSERT_TRUE(storedValue().pay(cashier, StoredValueRequest{newId(), m.id, sale, fen(3000), {}}).ok());
    ASSERT_TRUE(storedValue().credit(cashier, StoredValueKind::kChange, StoredValueRequest{newId(), m.id, QStringLiteral("sale-B"), fen(70), {}}).ok());
    ASSERT_TRUE(storedValue().credit(supervisor, StoredValueKind::kRefund, StoredValueRequest{newId(), m.id, sale, fen(1000), {}}).ok());
    auto tooMuch = storedValue().credit(supervisor, StoredValueKind::kVoid, StoredValueRequest{newId(), m.id, sale, fen(2001), {}});
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, Error::Code::Conflict);
    ASSERT_TRUE(storedValue().credit(supervisor, StoredValueKind::kVoid, StoredValueRequest{newId(), m.id, sale, fen(2000), {}}).ok());
    EXPECT_EQ(storedOf(m.id), 10000 + 70);
}

TEST_F(StoredValueTest, AReversalTakesBackTheTopUpAndItsBonus)
{
    rule(200, 50, 100, 3);
    const TopUp booked = topUp(300);
    ASSERT_EQ(storedOf(m.id), 30000 + 1667);
    ASSERT_EQ(pointsOf(m.id), 100);
    EXPECT_FALSE(storedValue().reverseTopUp(cashier, newId(), booked.uuid, {}, QStringLiteral("wrong member")).ok());
    const QString uuid = newId();
    auto reversed = storedValue().reverseTopUp(supervisor, uuid, booked.uuid, {}, QStringLiteral("wrong member"));
    ASSERT_TRUE(reversed.ok()) << text(reversed.error());
    EXPECT_EQ(reversed->amount.minor(), -(30000 + 1667));
    EXPECT_EQ(storedOf(m.id), 0);
    EXPECT_EQ(pointsOf(m.id), 0);
    // The months not released yet never come.
    clock.set(QDateTime(QDate(2027, 6, 1), QTime(10, 0)));
    EXPECT_EQ(storedValue().releaseDue(clock.now()).value(), 0);
    EXPECT_EQ(storedOf(m.id), 0);
    // Once only; the retry returns the same posting.
    EXPECT_TRUE(storedValue().reverseTopUp(supervisor, uuid, booked.uuid, {}, {}).value().alreadyPosted);
    auto twice = storedValue().reverseTopUp(supervisor, newId(), booked.uuid, {}, {});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::Conflict);
    auto record = services->journal().byUuid(uuid);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, MemberJournalKind::kTopUpReversal);
}

TEST_F(StoredValueTest, ATopUpAlreadySpentCannotBeReversed)
{
    const TopUp booked = topUp(100);
    ASSERT_TRUE(pay(100, cashier).ok());
    auto refused = storedValue().reverseTopUp(supervisor, newId(), booked.uuid, {}, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(storedOf(m.id), 9900);
}

TEST_F(StoredValueTest, ALargeReversalByACashierNeedsTheMembersCode)
{
    ASSERT_TRUE(services->permissions().setGranted(owner, Role::Cashier, MembersPermissions::kReverseTopUp, true).ok());
    ASSERT_TRUE(members().setConfirmationCode(cashier, m.id, QStringLiteral("2468")).ok());
    const TopUp big = topUp(800);
    auto refused = storedValue().reverseTopUp(cashier, newId(), big.uuid, {}, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    ASSERT_TRUE(storedValue().reverseTopUp(cashier, newId(), big.uuid, QStringLiteral("2468"), {}).ok());
    const TopUp small = topUp(100);
    EXPECT_TRUE(storedValue().reverseTopUp(cashier, newId(), small.uuid, {}, {}).ok()) << "under the limit";
    EXPECT_EQ(storedOf(m.id), 0);
}

TEST_F(StoredValueTest, TopUpsNeedThePermissionAndAPositiveAmount)
{
    Session nobody;
    EXPECT_EQ(storedValue().topUp(nobody, TopUpRequest{newId(), m.id, yuan(100), QStringLiteral("cash")}).error().code,
              Error::Code::PermissionDenied);
    EXPECT_EQ(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(0), QStringLiteral("cash")}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(10), {}}).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(storedOf(m.id), 0);
}
