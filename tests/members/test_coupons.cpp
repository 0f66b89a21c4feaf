// Coupons at the till: what the cashier is told for each code that cannot be used, one-time redemption
// (also when two lanes race for the same code on two connections), idempotent redemption for the same
// sale, redemption inside the sale's transaction, and restoration on a void.
#include "couponfixture.h"

#include "members/couponcode.h"

#include <QUuid>

#include <array>
#include <barrier>
#include <thread>

using namespace qtill;
using namespace qtill::members;
using namespace qtill::members::test;

namespace {

QString newSale()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct CouponTest : ::testing::Test
{
    CouponFixture f;
    qint64 campaign = f.create(CouponFixture::tenOff());

    CouponCheck check(const QString &code, qint64 member = 0)
    {
        auto checked = f.coupons().check(code, f.clock.now(), member);
        EXPECT_TRUE(checked.ok());
        return checked.valueOr(CouponCheck {});
    }
};

} // namespace

TEST_F(CouponTest, AValidCodeBecomesThePricingEnginesCoupon)
{
    Campaign c = CouponFixture::tenOff(QStringLiteral("饮料八折"));
    c.kind = Coupon::Kind::PercentOff;
    c.percentBasisPoints = 2000;
    c.cap = yuan(500);
    c.minimumSpend = yuan(3000);
    c.scope = PricingScope::ofProducts({ProductId(42)});
    c.stackable = false;
    const QString code = f.issueOne(f.create(c));
    const CouponCheck checked = check(CouponCode::grouped(code).toLower());
    ASSERT_TRUE(checked.ok()) << checked.message.toStdString();
    EXPECT_EQ(checked.coupon.code, code);
    EXPECT_EQ(checked.coupon.name, QStringLiteral("饮料八折"));
    EXPECT_EQ(checked.coupon.kind, Coupon::Kind::PercentOff);
    EXPECT_EQ(checked.coupon.percentBasisPoints, 2000);
    EXPECT_EQ(checked.coupon.cap, yuan(500));
    EXPECT_EQ(checked.coupon.minimumSpend, yuan(3000));
    EXPECT_EQ(checked.coupon.scope.products, QList<ProductId> {ProductId(42)});
    EXPECT_FALSE(checked.coupon.stackable);
    EXPECT_EQ(checked.coupon.validFrom, f.clock.now());
    EXPECT_EQ(checked.coupon.validUntil, f.clock.now().addDays(30));
}

TEST_F(CouponTest, TheCashierIsToldWhyACodeCannotBeUsed)
{
    const QString code = f.issueOne(campaign);
    QString typo = code;
    typo[4] = typo.at(4) == QLatin1Char('X') ? QLatin1Char('Y') : QLatin1Char('X');
    EXPECT_EQ(check(typo).reason, CouponCheck::Reason::Typo);
    EXPECT_TRUE(check(typo).message.contains(QStringLiteral("typing mistake")));
    EXPECT_EQ(check(code.left(8)).reason, CouponCheck::Reason::NotACode);
    EXPECT_EQ(check(QStringLiteral("ABCU-0000-0000")).reason, CouponCheck::Reason::NotACode);
    const QString stranger = CouponCode::generate();
    EXPECT_EQ(check(stranger).reason, CouponCheck::Reason::Unknown);
    EXPECT_TRUE(check(stranger).message.contains(CouponCode::grouped(stranger)));

    const QString sale = newSale();
    ASSERT_TRUE(f.coupons().redeem(f.cashier, {code, sale, QStringLiteral("R01-00000042"), yuan(1000)}).ok());
    const CouponCheck used = check(code);
    EXPECT_EQ(used.reason, CouponCheck::Reason::Used);
    EXPECT_EQ(used.usedOnSale, sale);
    EXPECT_TRUE(used.message.contains(QStringLiteral("receipt R01-00000042 at 2026-12-07 10:00")))
        << used.message.toStdString();

    const QString later = f.issueOne(campaign);
    f.clock.advanceMs(qint64(30) * 24 * 3600 * 1000);
    EXPECT_EQ(check(later).reason, CouponCheck::Reason::Expired);
    EXPECT_TRUE(check(later).message.contains(QStringLiteral("expired on 2027-01-06 10:00")))
        << check(later).message.toStdString();
}

TEST_F(CouponTest, AWindowCampaignIsNotValidBeforeItStarts)
{
    Campaign c = CouponFixture::tenOff(QStringLiteral("元旦"));
    c.validDays = 0;
    c.validFrom = QDateTime(QDate(2027, 1, 1), QTime(0, 0));
    c.validUntil = QDateTime(QDate(2027, 1, 4), QTime(0, 0));
    const QString code = f.issueOne(f.create(c));
    EXPECT_EQ(check(code).reason, CouponCheck::Reason::NotYetValid);
    EXPECT_TRUE(check(code).message.contains(QStringLiteral("2027-01-01 00:00")));
    auto early = f.coupons().redeem(f.cashier, {code, newSale(), {}, yuan(1000)});
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, Error::Code::InvalidInput);
    f.clock.set(QDateTime(QDate(2027, 1, 2), QTime(12, 0)));
    EXPECT_TRUE(check(code).ok());
}

TEST_F(CouponTest, AMembersCouponNeedsThatMember)
{
    const IssueResult issued = f.campaigns().issueTo(f.owner, campaign, {7}).value();
    const QString code = issued.coupons.first().code;
    EXPECT_EQ(check(code).reason, CouponCheck::Reason::MemberNeeded);
    EXPECT_EQ(check(code, 8).reason, CouponCheck::Reason::OtherMember);
    EXPECT_TRUE(check(code, 8).message.contains(QStringLiteral("another member")));
    EXPECT_TRUE(check(code, 7).ok());
    EXPECT_FALSE(f.coupons().redeem(f.cashier, {code, newSale(), {}, yuan(1000), 8}).ok());
    auto mine = f.coupons().redeem(f.cashier, {code, newSale(), {}, yuan(1000), 7});
    EXPECT_TRUE(mine.ok()) << (mine.ok() ? std::string() : text(mine.error()));
}

TEST_F(CouponTest, APausedCampaignsCouponsCannotBeUsed)
{
    const QString code = f.issueOne(campaign);
    ASSERT_TRUE(f.campaigns().setStatus(f.owner, campaign, Campaign::Status::Paused).ok());
    EXPECT_EQ(check(code).reason, CouponCheck::Reason::CampaignStopped);
    EXPECT_FALSE(f.coupons().redeem(f.cashier, {code, newSale(), {}, yuan(1000)}).ok());
}

TEST_F(CouponTest, ACouponIsRedeemedOnceAndAgainForTheSameSaleIsRecognised)
{
    const QString code = f.issueOne(campaign);
    const QString sale = newSale();
    auto first
        = f.coupons().redeem(f.cashier, {CouponCode::grouped(code), sale, QStringLiteral("R01-00000007"), yuan(1000)});
    ASSERT_TRUE(first.ok()) << text(first.error());
    EXPECT_FALSE(first->alreadyRedeemed);
    auto again = f.coupons().redeem(f.cashier, {code, sale, QStringLiteral("R01-00000007"), yuan(1000)});
    ASSERT_TRUE(again.ok()) << text(again.error());
    EXPECT_TRUE(again->alreadyRedeemed);
    auto other = f.coupons().redeem(f.cashier, {code, newSale(), QStringLiteral("R01-00000008"), yuan(1000)});
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, Error::Code::Conflict);
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("R01-00000007"))) << text(other.error());
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")), 1);
    EXPECT_EQ(f.audited(QStringLiteral("coupon.redeem")).size(), 1);
}

TEST_F(CouponTest, ARedemptionInsideASaleThatRollsBackLeavesTheCouponUnused)
{
    const QString code = f.issueOne(campaign);
    const Status sale = f.services->store().transaction([&]() -> Status {
        auto redeemed = f.coupons().redeem(f.cashier, {code, newSale(), {}, yuan(1000)});
        EXPECT_TRUE(redeemed.ok()) << (redeemed.ok() ? std::string() : text(redeemed.error()));
        return Error::conflict(QStringLiteral("the sale failed after the coupon"));
    });
    EXPECT_FALSE(sale.ok());
    EXPECT_TRUE(check(code).ok());
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")), 0);
}

TEST_F(CouponTest, AVoidGivesTheCouponBackAndTheHistoryKeepsBoth)
{
    const QString code = f.issueOne(campaign);
    const QString sale = newSale();
    ASSERT_TRUE(f.coupons().redeem(f.cashier, {code, sale, QStringLiteral("R01-00000009"), yuan(1000)}).ok());
    auto restored = f.coupons().restore(f.supervisor, sale);
    ASSERT_TRUE(restored.ok()) << text(restored.error());
    EXPECT_EQ(*restored, 1);
    EXPECT_TRUE(check(code).ok());
    EXPECT_EQ(f.coupons().restore(f.supervisor, sale).value(), 0); // twice: nothing more
    EXPECT_TRUE(f.coupons().redeem(f.cashier, {code, newSale(), QStringLiteral("R01-00000010"), yuan(1000)}).ok());
    EXPECT_EQ(
        f.count(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions WHERE action = 'restore' AND discount = 1000")),
        1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")), 3);
    // The history is append-only on both engines.
    EXPECT_FALSE(f.services->store().exec(QStringLiteral("DELETE FROM coupon_redemptions")).ok());
    EXPECT_EQ(f.audited(QStringLiteral("coupon.restore")).size(), 1);
}

TEST_F(CouponTest, RedeemingNeedsTheRightAndASale)
{
    const QString code = f.issueOne(campaign);
    EXPECT_FALSE(f.coupons().redeem(f.cashier, {code, QString(), {}, yuan(1000)}).ok());
    EXPECT_FALSE(f.coupons().redeem(f.cashier, {code, newSale(), {}, Money()}).ok());
    EXPECT_FALSE(f.coupons().redeem(Session {}, {code, newSale(), {}, yuan(1000)}).ok());
    EXPECT_TRUE(check(code).ok());
}

namespace {

/// One lane: its own Services (its own connection) on the test's store, on its own thread.
struct Lane
{
    ManualClock clock {QDateTime(QDate(2026, 12, 7), QTime(10, 5))};
    inventory::InventoryModule inventoryModule;
    MembersModule membersModule;
    std::unique_ptr<Services> services;
    Session cashier;
};

} // namespace

TEST_F(CouponTest, TwoLanesRedeemingTheSameCodeAtOnceRedeemItOnce)
{
    constexpr int kRounds = 12;
    const QList<IssuedCoupon> issued = f.campaigns().issueCodes(f.owner, campaign, kRounds).value();
    std::vector<std::array<Result<CouponRedeemed>, 2>> results(
        kRounds, {Result<CouponRedeemed>(Error::internal({})), Result<CouponRedeemed>(Error::internal({}))});
    std::barrier start(2);
    auto runLane = [&](int index) {
        Lane lane;
        auto opened = Services::open(Services::Options {.clock = lane.clock,
            .path = f.database.address(),
            .modules = {&lane.inventoryModule, &lane.membersModule},
            .pinParams = PinHasher::Params::fastest(),
            .createIfMissing = false});
        if (opened) {
            lane.services = std::move(*opened);
            lane.cashier = lane.services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
        }
        for (int round = 0; round < kRounds; ++round) {
            start.arrive_and_wait();
            if (!lane.services)
                continue;
            results[size_t(round)][size_t(index)]
                = MembersServices::of(*lane.services)
                      .coupons()
                      .redeem(lane.cashier,
                          {issued[round].code, QStringLiteral("sale-%1-lane-%2").arg(round).arg(index),
                              QStringLiteral("R0%1-%2").arg(index + 1).arg(round, 8, 10, QLatin1Char('0')),
                              yuan(1000)});
        }
    };
    std::thread a(runLane, 0);
    std::thread b(runLane, 1);
    a.join();
    b.join();
    for (int round = 0; round < kRounds; ++round) {
        const auto &[first, second] = results[size_t(round)];
        ASSERT_NE(first.ok(), second.ok())
            << "round " << round << ": "
            << (first.ok() ? "both lanes redeemed it" : text(first.error()) + " / " + text(second.error()));
        const Error &lost = first.ok() ? second.error() : first.error();
        EXPECT_EQ(lost.code, Error::Code::Conflict) << text(lost);
        EXPECT_TRUE(lost.message.contains(QStringLiteral("used already"))) << text(lost);
        EXPECT_EQ(
            f.count(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id"
                                   " WHERE c.code = ?"),
                {issued[round].code}),
            1);
    }
}
