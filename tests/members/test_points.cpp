// The points ledger: earned on what was paid (excluded categories, the tier's rate), redeemed as a tender
// with partial redemption, never negative, reversed on void and prorated on refunds (never more than was
// earned), expiry, idempotency; the ledger equals the balance after every test.
#include "membersfixture.h"

#include "core/store.h"
#include "core/storesettings.h"

using namespace qtill;
using namespace qtill::members;

namespace {

using members::test::text;

const inventory::CategoryId kDrinks(3);
const inventory::CategoryId kTobacco(9);

struct PointsTest : ::testing::Test, members::test::MembersFixture
{
    Member m = registered(QStringLiteral("13812341234"));

    void TearDown() override { expectLedgersBalance(); }

    /// Earns on one sale of `paidFen` (one line, no category).
    PointsPosting sale(const QString &reference, qint64 paidFen)
    {
        auto earned = points().earn(cashier, EarnRequest{newId(), m.id, reference, {{fen(paidFen), {}}}, {}});
        EXPECT_TRUE(earned.ok()) << (earned.ok() ? std::string() : text(earned.error()));
        return earned.valueOr({});
    }
};

} // namespace

TEST_F(PointsTest, PointsAreEarnedOnWhatWasPaidOutsideTheExcludedCategories)
{
    EarnRequest request{newId(), m.id, QStringLiteral("sale-1"),
                        {{fen(4990), {kDrinks}}, {fen(2500), {kTobacco}}, {fen(1010), {}}}, {kTobacco}};
    auto earned = points().earn(cashier, request);
    ASSERT_TRUE(earned.ok()) << text(earned.error());
    EXPECT_EQ(earned->points, 60) << "¥60.00 paid outside tobacco at 1 point per ¥1";
    EXPECT_EQ(earned->paid.minor(), 6000);
    EXPECT_EQ(pointsOf(m.id), 60);
    EXPECT_TRUE(members().byId(m.id).value().lastVisitAt.isValid());
    // The same posting again writes nothing.
    auto again = points().earn(cashier, request);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyPosted);
    EXPECT_EQ(pointsOf(m.id), 60);
    // The same sale under another uuid earns nothing more.
    request.uuid = newId();
    auto twice = points().earn(cashier, request);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::Conflict);
    EXPECT_EQ(pointsOf(m.id), 60);
}

TEST_F(PointsTest, TheTiersRateAndACouponsMultiplierApply)
{
    Tier gold{{}, QStringLiteral("gold"), QStringLiteral("金卡"), 1, 500, 3, 365, 100000, 0, 0};
    auto saved = tiers().save(owner, gold);
    ASSERT_TRUE(saved.ok()) << text(saved.error());
    MemberDraft draft;
    draft.mobile = QStringLiteral("13812341234");
    draft.tier = saved->id;
    ASSERT_TRUE(members().update(cashier, m.id, draft).ok());
    EarnRequest request{newId(), m.id, QStringLiteral("sale-1"), {{fen(1999), {}}}, {}, 200};
    EXPECT_EQ(points().earn(cashier, request).value().points, 119) << "19.99 × 3 × 2 = 119.94, rounded down";
}

TEST_F(PointsTest, PointsPayPartOfASaleAndNeverGoNegative)
{
    sale(QStringLiteral("sale-1"), 123400); // 1234 points = ¥12.34
    EXPECT_EQ(points().valueOf(1234).minor(), 1234);
    auto paid = points().redeem(cashier, newId(), m.id, QStringLiteral("sale-2"), fen(500));
    ASSERT_TRUE(paid.ok()) << text(paid.error());
    EXPECT_EQ(paid->points, -500);
    EXPECT_EQ(paid->balanceAfter, 734);
    auto tooMuch = points().redeem(cashier, newId(), m.id, QStringLiteral("sale-3"), fen(735));
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, Error::Code::Conflict);
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("734"))) << text(tooMuch.error());
    EXPECT_EQ(pointsOf(m.id), 734);
    EXPECT_TRUE(points().redeem(cashier, newId(), m.id, QStringLiteral("sale-3"), fen(734)).ok());
    EXPECT_EQ(pointsOf(m.id), 0);
}

TEST_F(PointsTest, TheRateOfRedemptionIsASetting)
{
    sale(QStringLiteral("sale-1"), 100000); // 1000 points
    ASSERT_TRUE(PointsLedger::kPointsPerYuan.set(services->settings(), 200));
    EXPECT_EQ(points().pointsFor(fen(101)), 202);
    EXPECT_EQ(points().valueOf(1000).minor(), 500);
    auto paid = points().redeem(cashier, newId(), m.id, QStringLiteral("sale-2"), fen(250));
    ASSERT_TRUE(paid.ok());
    EXPECT_EQ(pointsOf(m.id), 500);
}

TEST_F(PointsTest, AVoidTakesBackWhatTheSaleEarnedAndGivesBackWhatItRedeemed)
{
    sale(QStringLiteral("sale-1"), 20000);
    ASSERT_TRUE(points().redeem(cashier, newId(), m.id, QStringLiteral("sale-2"), fen(50)).ok());
    sale(QStringLiteral("sale-2"), 9950);
    EXPECT_EQ(pointsOf(m.id), 200 - 50 + 99);
    const QString voidUuid = newId();
    auto undone = points().reverseSale(supervisor, voidUuid, m.id, QStringLiteral("sale-2"));
    ASSERT_TRUE(undone.ok()) << text(undone.error());
    EXPECT_EQ(undone->points, -99);
    EXPECT_EQ(pointsOf(m.id), 200);
    // Voiding again changes nothing.
    ASSERT_TRUE(points().reverseSale(supervisor, voidUuid, m.id, QStringLiteral("sale-2")).ok());
    ASSERT_TRUE(points().reverseSale(supervisor, newId(), m.id, QStringLiteral("sale-2")).ok());
    EXPECT_EQ(pointsOf(m.id), 200);
}

TEST_F(PointsTest, PartialRefundsNeverTakeBackMoreThanWasEarned)
{
    sale(QStringLiteral("sale-1"), 1000); // ¥10.00 paid → 10 points
    qint64 taken = 0;
    // Three refunds of ¥3.33 and a last one of ¥0.01: each share rounds, the running total never passes 10.
    for (qint64 refundFen : {333, 333, 333, 1}) {
        auto back = points().reverseRefund(supervisor, newId(), m.id, QStringLiteral("sale-1"), fen(refundFen));
        ASSERT_TRUE(back.ok()) << text(back.error());
        taken -= back->points;
        EXPECT_LE(taken, 10);
    }
    EXPECT_EQ(taken, 10) << "the whole sale refunded takes back exactly what it earned";
    EXPECT_EQ(pointsOf(m.id), 0);
    // Refunding more than was paid takes nothing more.
    auto extra = points().reverseRefund(supervisor, newId(), m.id, QStringLiteral("sale-1"), fen(500));
    ASSERT_TRUE(extra.ok());
    EXPECT_EQ(extra->points, 0);
}

TEST_F(PointsTest, ARefundOfHalfTakesBackHalfAndAVoidAfterItTheRest)
{
    sale(QStringLiteral("sale-1"), 4999); // 49 points
    auto half = points().reverseRefund(supervisor, newId(), m.id, QStringLiteral("sale-1"), fen(2500));
    ASSERT_TRUE(half.ok());
    EXPECT_EQ(half->points, -25) << "49 × 2500 / 4999 = 24.5 → 25";
    auto rest = points().reverseSale(supervisor, newId(), m.id, QStringLiteral("sale-1"));
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->points, -24);
    EXPECT_EQ(pointsOf(m.id), 0);
}

TEST_F(PointsTest, PointsAlreadySpentAreAShortfallNotANegativeBalance)
{
    sale(QStringLiteral("sale-1"), 10000); // 100 points
    ASSERT_TRUE(points().redeem(cashier, newId(), m.id, QStringLiteral("sale-2"), fen(80)).ok());
    auto undone = points().reverseSale(supervisor, newId(), m.id, QStringLiteral("sale-1"));
    ASSERT_TRUE(undone.ok()) << text(undone.error());
    EXPECT_EQ(undone->points, -20);
    EXPECT_EQ(undone->shortfall, 80);
    EXPECT_EQ(pointsOf(m.id), 0);
}

TEST_F(PointsTest, RedeemedPointsComeBackWhenTheirTenderIsRefunded)
{
    sale(QStringLiteral("sale-1"), 10000);
    ASSERT_TRUE(points().redeem(cashier, newId(), m.id, QStringLiteral("sale-2"), fen(60)).ok());
    auto back = points().restore(supervisor, newId(), m.id, QStringLiteral("sale-2"), fen(40));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->points, 40);
    auto more = points().restore(supervisor, newId(), m.id, QStringLiteral("sale-2"), fen(40));
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(more->points, 20) << "only what the sale redeemed comes back";
    EXPECT_FALSE(points().restore(supervisor, newId(), m.id, QStringLiteral("sale-2"), fen(1)).ok());
    EXPECT_EQ(pointsOf(m.id), 100);
}

TEST_F(PointsTest, PointsExpireAtTheEndOfTheYearAfterTheyWereEarned)
{
    EXPECT_EQ(PointsLedger::expiryOf(QDate(2026, 12, 7)), QDate(2027, 12, 31));
    sale(QStringLiteral("sale-1"), 30000); // 300 points in 2026
    clock.set(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    sale(QStringLiteral("sale-2"), 5000); // 50 points in 2027
    ASSERT_TRUE(points().redeem(cashier, newId(), m.id, QStringLiteral("sale-3"), fen(120)).ok()); // oldest first
    EXPECT_EQ(points().expire(clock.now()).value(), 0) << "nothing is due in 2027";
    clock.set(QDateTime(QDate(2028, 1, 2), QTime(10, 0)));
    auto expired = points().expire(clock.now());
    ASSERT_TRUE(expired.ok()) << text(expired.error());
    EXPECT_EQ(*expired, 180) << "300 earned in 2026 less the 120 spent";
    EXPECT_EQ(pointsOf(m.id), 50);
    EXPECT_EQ(points().expire(clock.now()).value(), 0) << "run twice a day, posted once";
    clock.set(QDateTime(QDate(2029, 1, 2), QTime(10, 0)));
    EXPECT_EQ(points().expire(clock.now()).value(), 50);
    EXPECT_EQ(pointsOf(m.id), 0);
}

TEST_F(PointsTest, AdjustingByHandNeedsThePermissionAndANote)
{
    auto refused = points().adjust(cashier, newId(), m.id, 100, QStringLiteral("goodwill"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(points().adjust(owner, newId(), m.id, 100, {}).ok());
    ASSERT_TRUE(points().adjust(owner, newId(), m.id, 100, QStringLiteral("goodwill")).ok());
    EXPECT_FALSE(points().adjust(owner, newId(), m.id, -101, QStringLiteral("correction")).ok());
    EXPECT_EQ(pointsOf(m.id), 100);
}

TEST_F(PointsTest, TheLedgerIsAppendOnly)
{
    sale(QStringLiteral("sale-1"), 1000);
    ASSERT_TRUE(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(10), QStringLiteral("cash")}).ok());
    auto edited = services->store().exec(QStringLiteral("UPDATE points_ledger SET points = 1000"));
    EXPECT_FALSE(edited.ok());
    auto removed = services->store().exec(QStringLiteral("DELETE FROM stored_value_ledger"));
    EXPECT_FALSE(removed.ok());
    EXPECT_EQ(pointsOf(m.id), 10);
    EXPECT_EQ(storedOf(m.id), 1000);
}
