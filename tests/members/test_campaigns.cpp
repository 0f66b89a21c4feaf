// Coupon campaigns: what the owner is told when a campaign does not make sense, issuing codes and to
// members within the total quantity and the per-member limit, and the campaign report.
#include "couponfixture.h"

#include "members/couponcode.h"

#include "core/permissionservice.h"

#include <QSet>
#include <QUuid>

using namespace qtill;
using namespace qtill::members;
using namespace qtill::members::test;

namespace {

struct CampaignTest : ::testing::Test
{
    CouponFixture f;

    QString refusal(const Campaign &c)
    {
        auto id = f.campaigns().create(f.owner, c);
        EXPECT_FALSE(id.ok());
        if (id.ok())
            return {};
        EXPECT_EQ(id.error().code, Error::Code::InvalidInput);
        return id.error().message;
    }
};

} // namespace

TEST_F(CampaignTest, ACampaignThatMakesNoSenseIsRefusedWithWhatToChange)
{
    Campaign percent = CouponFixture::tenOff();
    percent.kind = Coupon::Kind::PercentOff;
    percent.percentBasisPoints = 2000;
    EXPECT_TRUE(refusal(percent).contains(QStringLiteral("needs a cap"))) << refusal(percent).toStdString();

    Campaign window = CouponFixture::tenOff();
    window.validDays = 0;
    window.validFrom = QDateTime(QDate(2026, 12, 20), QTime(0, 0));
    window.validUntil = QDateTime(QDate(2026, 12, 10), QTime(0, 0));
    EXPECT_TRUE(refusal(window).contains(QStringLiteral("ends (2026-12-10 00:00) before it starts (2026-12-20 00:00)")))
        << refusal(window).toStdString();

    Campaign both = CouponFixture::tenOff();
    both.validUntil = QDateTime(QDate(2026, 12, 31), QTime(0, 0));
    EXPECT_TRUE(refusal(both).contains(QStringLiteral("how long the coupons are valid")));

    Campaign threshold = CouponFixture::tenOff();
    threshold.kind = Coupon::Kind::Threshold;
    EXPECT_TRUE(refusal(threshold).contains(QStringLiteral("minimum spend")));
    threshold.minimumSpend = yuan(800);
    EXPECT_TRUE(refusal(threshold).contains(QStringLiteral("less than its minimum spend")));

    Campaign free = CouponFixture::tenOff();
    free.kind = Coupon::Kind::FreeItem;
    EXPECT_TRUE(refusal(free).contains(QStringLiteral("must name the products or categories")));

    Campaign dollars = CouponFixture::tenOff();
    dollars.amount = Money::fromMinor(1000, Currency::fromCode(QStringLiteral("USD")));
    EXPECT_TRUE(refusal(dollars).contains(QStringLiteral("CNY")));

    Campaign unnamed = CouponFixture::tenOff(QStringLiteral("  "));
    EXPECT_FALSE(refusal(unnamed).isEmpty());
    EXPECT_EQ(f.campaigns().list().value().size(), 0);
}

TEST_F(CampaignTest, ACashierCannotCreateOrIssue)
{
    auto id = f.campaigns().create(f.cashier, CouponFixture::tenOff());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::PermissionDenied);
    const qint64 campaign = f.create(CouponFixture::tenOff());
    auto issued = f.campaigns().issueCodes(f.cashier, campaign, 5);
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(issued.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupons")), 0);
}

TEST_F(CampaignTest, ACreatedCampaignReadsBackAndIsAudited)
{
    Campaign c = CouponFixture::tenOff(QStringLiteral("饮料八折"));
    c.kind = Coupon::Kind::PercentOff;
    c.percentBasisPoints = 2000;
    c.cap = yuan(500);
    c.minimumSpend = yuan(3000);
    c.scope = PricingScope::ofCategories({CategoryId(7), CategoryId(3)});
    c.perMemberLimit = 2;
    c.totalQuantity = 100;
    c.stackable = false;
    const qint64 id = f.create(c);
    const Campaign back = f.campaigns().campaign(id).value();
    EXPECT_EQ(back.name, QStringLiteral("饮料八折"));
    EXPECT_EQ(back.kind, Coupon::Kind::PercentOff);
    EXPECT_EQ(back.percentBasisPoints, 2000);
    EXPECT_EQ(back.cap, yuan(500));
    EXPECT_EQ(back.minimumSpend, yuan(3000));
    EXPECT_EQ(back.scope.kind, PricingScope::Kind::Categories);
    EXPECT_EQ(back.scope.categories, (QList<CategoryId> {CategoryId(3), CategoryId(7)}));
    EXPECT_EQ(back.validDays, 30);
    EXPECT_FALSE(back.stackable);
    EXPECT_EQ(back.status, Campaign::Status::Active);
    EXPECT_EQ(back.createdBy, f.owner.operatorId);
    EXPECT_EQ(f.campaigns().list().value().first().scope.categories.size(), 2);
    ASSERT_EQ(f.audited(QStringLiteral("coupon.campaign.create")).size(), 1);
    EXPECT_EQ(
        f.audited(QStringLiteral("coupon.campaign.create")).first().target, QStringLiteral("campaign:%1").arg(id));
}

TEST_F(CampaignTest, AnonymousCodesAreUniqueValidAndCountedAgainstTheTotal)
{
    Campaign c = CouponFixture::tenOff();
    c.totalQuantity = 1200;
    const qint64 id = f.create(c);
    auto issued = f.campaigns().issueCodes(f.owner, id, 1000);
    ASSERT_TRUE(issued.ok()) << text(issued.error());
    ASSERT_EQ(issued->size(), 1000);
    QSet<QString> codes;
    for (const IssuedCoupon &coupon : *issued) {
        EXPECT_TRUE(CouponCode::isValid(coupon.code)) << coupon.code.toStdString();
        EXPECT_EQ(coupon.memberId, 0);
        EXPECT_EQ(coupon.validUntil, f.clock.now().addDays(30));
        codes.insert(coupon.code);
    }
    EXPECT_EQ(codes.size(), 1000);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE campaign_id = ?"), {id}), 1000);

    auto tooMany = f.campaigns().issueCodes(f.owner, id, 201);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code, Error::Code::Conflict);
    EXPECT_TRUE(tooMany.error().message.contains(QStringLiteral("Only 200 coupons"))) << text(tooMany.error());
    EXPECT_EQ(f.campaigns().issueCodes(f.owner, id, 200).value().size(), 200);
    EXPECT_EQ(f.campaigns().campaign(id).value().issued, 1200);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupons")), 1200);
    EXPECT_EQ(f.audited(QStringLiteral("coupon.issue")).size(), 2);
}

TEST_F(CampaignTest, IssuingToMembersKeepsThePerMemberLimit)
{
    Campaign c = CouponFixture::tenOff();
    c.perMemberLimit = 2;
    c.totalQuantity = 7;
    const qint64 id = f.create(c);
    auto first = f.campaigns().issueTo(f.owner, id, {11, 12, 12, 13});
    ASSERT_TRUE(first.ok()) << text(first.error());
    EXPECT_EQ(first->coupons.size(), 3); // 12 listed twice gets one
    EXPECT_TRUE(first->atLimit.isEmpty());
    auto second = f.campaigns().issueTo(f.owner, id, {11, 12});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->coupons.size(), 2);
    auto third = f.campaigns().issueTo(f.owner, id, {11, 12, 14});
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->atLimit, (QList<qint64> {11, 12}));
    ASSERT_EQ(third->coupons.size(), 1);
    EXPECT_EQ(third->coupons.first().memberId, 14);
    // 6 of 7 issued: three more members are refused as a whole.
    auto over = f.campaigns().issueTo(f.owner, id, {15, 16, 17});
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("Only 1 coupons"))) << text(over.error());
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE member_id = 11")), 2);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM coupons")), 6);
    auto bad = f.campaigns().issueTo(f.owner, id, {0});
    EXPECT_FALSE(bad.ok());
}

TEST_F(CampaignTest, APausedOrEndedCampaignIssuesNothing)
{
    const qint64 id = f.create(CouponFixture::tenOff());
    ASSERT_TRUE(f.campaigns().setStatus(f.owner, id, Campaign::Status::Paused).ok());
    auto paused = f.campaigns().issueCodes(f.owner, id, 1);
    ASSERT_FALSE(paused.ok());
    EXPECT_EQ(paused.error().code, Error::Code::Conflict);
    ASSERT_TRUE(f.campaigns().setStatus(f.owner, id, Campaign::Status::Active).ok());
    EXPECT_TRUE(f.campaigns().issueCodes(f.owner, id, 1).ok());
    ASSERT_TRUE(f.campaigns().setStatus(f.owner, id, Campaign::Status::Ended).ok());
    EXPECT_FALSE(f.campaigns().setStatus(f.owner, id, Campaign::Status::Active).ok());
    EXPECT_FALSE(f.campaigns().issueCodes(f.owner, id, 1).ok());

    Campaign window = CouponFixture::tenOff(QStringLiteral("双十二"));
    window.validDays = 0;
    window.validUntil = f.clock.now().addDays(2);
    const qint64 shortOne = f.create(window);
    f.clock.advanceMs(qint64(49) * 3600 * 1000);
    auto late = f.campaigns().issueCodes(f.owner, shortOne, 1);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("ended"))) << text(late.error());
}

TEST_F(CampaignTest, TheReportCountsRedemptionsDiscountAndSalesNetOfVoids)
{
    const qint64 id = f.create(CouponFixture::tenOff());
    const QList<IssuedCoupon> issued = f.campaigns().issueCodes(f.owner, id, 5).value();
    const QString saleA = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString saleB = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(
        f.coupons().redeem(f.cashier, {issued[0].code, saleA, QStringLiteral("R01-00000001"), yuan(1000)}).ok());
    ASSERT_TRUE(f.coupons().redeem(f.cashier, {issued[1].code, saleB, QStringLiteral("R01-00000002"), yuan(650)}).ok());
    ASSERT_TRUE(f.coupons().redeem(f.cashier, {issued[2].code, saleB, QStringLiteral("R01-00000002"), yuan(350)}).ok());
    f.clock.advanceMs(5 * 60 * 1000);
    ASSERT_EQ(f.coupons().restore(f.supervisor, saleA).value(), 1); // sale A voided

    CampaignReport r = f.campaigns().report(id).value();
    EXPECT_EQ(r.issued, 5);
    EXPECT_EQ(r.redeemed, 2);
    EXPECT_EQ(r.open, 3);
    EXPECT_EQ(r.expired, 0);
    EXPECT_EQ(r.discountGiven, yuan(1000));
    EXPECT_EQ(r.sales, 1);
    ASSERT_EQ(r.recentSales.size(), 2);
    EXPECT_EQ(r.recentSales.first().receipt, QStringLiteral("R01-00000002"));
    EXPECT_EQ(r.redemptionRateBasisPoints(), 4000);

    f.clock.advanceMs(qint64(31) * 24 * 3600 * 1000);
    r = f.campaigns().report(id).value();
    EXPECT_EQ(r.open, 0);
    EXPECT_EQ(r.expired, 3);
}
