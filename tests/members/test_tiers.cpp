// Tiers: the rules (spend or points within a period, a single top-up), upgrades and downgrades at review,
// audited moves.
#include "membersfixture.h"

#include "core/auditlog.h"

using namespace qtill;
using namespace qtill::members;

namespace {

using members::test::text;

struct TiersTest : ::testing::Test, members::test::MembersFixture
{
    Member m = registered(QStringLiteral("13812341234"));
    Tier silver = save(Tier{{}, QStringLiteral("silver"), QStringLiteral("银卡"), 1, 300, 2, 90, 100000, 0, 0});
    Tier gold = save(Tier{{}, QStringLiteral("gold"), QStringLiteral("金卡"), 2, 800, 3, 365, 0, 0, 200000});

    void TearDown() override { expectLedgersBalance(); }

    Tier save(const Tier &tier)
    {
        auto saved = tiers().save(owner, tier);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : text(saved.error()));
        return saved.valueOr({});
    }

    TierId tierOf() { return members().byId(m.id).value().tier; }

    void spend(qint64 paidFen, const QString &sale)
    {
        ASSERT_TRUE(points().earn(cashier, EarnRequest{newId(), m.id, sale, {{fen(paidFen), {}}}, {}}).ok());
    }
};

} // namespace

TEST_F(TiersTest, TiersAreListedBaseFirstAndRulesAreChecked)
{
    auto all = tiers().tiers();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).rank, 0);
    EXPECT_EQ(all->at(2).code, QStringLiteral("gold"));
    auto noRule = tiers().save(owner, Tier{{}, QStringLiteral("vip"), QStringLiteral("VIP"), 3, 0, 1, 365, 0, 0, 0});
    ASSERT_FALSE(noRule.ok());
    EXPECT_EQ(noRule.error().code, Error::Code::InvalidInput);
    auto sameRank = tiers().save(owner, Tier{{}, QStringLiteral("vip"), QStringLiteral("VIP"), 2, 0, 1, 365, 1, 0, 0});
    ASSERT_FALSE(sameRank.ok());
    EXPECT_EQ(sameRank.error().code, Error::Code::Conflict);
    auto cashierTries = tiers().save(cashier, Tier{{}, QStringLiteral("vip"), QStringLiteral("VIP"), 3, 0, 1, 365, 1, 0, 0});
    EXPECT_TRUE(cashierTries.ok()) << "members.manage is the cashier's by default";
}

TEST_F(TiersTest, SpendWithinThePeriodUpgradesAndItsAgeingDowngrades)
{
    spend(60000, QStringLiteral("sale-1"));
    EXPECT_FALSE(tiers().review(Session{}, m.id, clock.now()).value().moved());
    spend(40000, QStringLiteral("sale-2"));
    auto up = tiers().review(Session{}, m.id, clock.now());
    ASSERT_TRUE(up.ok()) << text(up.error());
    EXPECT_TRUE(up->moved());
    EXPECT_EQ(up->toName, QStringLiteral("银卡"));
    EXPECT_EQ(tierOf(), silver.id);
    // A refund brings the spend under the threshold: down again at the next review.
    ASSERT_TRUE(points().reverseRefund(supervisor, newId(), m.id, QStringLiteral("sale-2"), fen(100)).ok());
    auto back = tiers().review(Session{}, m.id, clock.now());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->moved());
    EXPECT_NE(tierOf(), silver.id);
    spend(100, QStringLiteral("sale-3"));
    EXPECT_EQ(tiers().review(Session{}, m.id, clock.now()).value().to, silver.id);
    // 91 days later the spend has left the 90-day window.
    clock.advanceMs(91LL * 24 * 3600 * 1000);
    auto down = tiers().review(Session{}, m.id, clock.now());
    ASSERT_TRUE(down.ok());
    EXPECT_EQ(down->fromName, QStringLiteral("银卡"));
    EXPECT_EQ(down->toName, QStringLiteral("Member"));
    AuditQuery query;
    query.actionPrefix = QStringLiteral("member.tier");
    query.newestFirst = false;
    auto moves = services->auditLog().entries(query).value();
    ASSERT_GE(moves.size(), 4);
    EXPECT_EQ(moves.constLast().detail, QStringLiteral("银卡 → Member"));
}

TEST_F(TiersTest, ASingleLargeTopUpEarnsTheTopTierAtOnceAndItsReversalLosesIt)
{
    auto small = storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(1999), QStringLiteral("cash")});
    ASSERT_TRUE(small.ok());
    EXPECT_NE(tierOf(), gold.id) << "¥1,999 is below the ¥2,000 top-up";
    auto big = storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(2000), QStringLiteral("cash")});
    ASSERT_TRUE(big.ok());
    EXPECT_EQ(tierOf(), gold.id) << "the top-up reviews the tier";
    ASSERT_TRUE(storedValue().reverseTopUp(supervisor, newId(), big->uuid, {}, QStringLiteral("mistake")).ok());
    EXPECT_NE(tierOf(), gold.id);
}

TEST_F(TiersTest, ReviewAllMovesEveryMemberThatQualifies)
{
    const Member other = registered(QStringLiteral("13900001111"), QStringLiteral("李四"));
    spend(100000, QStringLiteral("sale-1"));
    auto moved = tiers().reviewAll(Session{}, clock.now());
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(*moved, 1);
    EXPECT_EQ(tierOf(), silver.id);
    EXPECT_NE(members().byId(other.id).value().tier, silver.id);
}
