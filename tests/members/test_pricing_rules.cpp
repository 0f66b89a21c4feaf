// The pricing engine against the peers' bugs (issue 11), coupons that cannot apply, near-misses,
// explanations, the search's bound and bad input.
#include "pricingfixture.h"

using namespace qtill;
using namespace qtill::members;
using namespace qtill::members::test;

TEST(PricingRules, ThresholdSeesThePriceAfterItemDiscounts)
{
    // Odoo #178352: 2 × ¥60 at 50 % come to ¥60, below 满100减20 — no second reward on the list price.
    const PricingResult r = priced(input({line("a", 801, "A", 6000, 2)},
                                         {percentOff("half", 5000, PricingScope::all()), threshold("100-20", 10000, 2000, false)}));
    EXPECT_EQ(r.totalDiscount.minor(), 6000);
    ASSERT_EQ(r.discounts.size(), 1);
    // At 3 units (¥90 after 50 %) still none; at 4 (¥120) the threshold sees 120.00 and takes 20.00.
    const PricingResult four = priced(input({line("a", 801, "A", 6000, 4)},
                                            {percentOff("half", 5000, PricingScope::all()), threshold("100-20", 10000, 2000, false)}));
    ASSERT_EQ(four.discounts.size(), 2);
    EXPECT_EQ(four.discounts[1].explanation.base.minor(), 12000);
    EXPECT_EQ(four.totalDiscount.minor(), 12000 + 2000);
}

TEST(PricingRules, PricingAgainOrAddingALineNeverAddsTheRewardAgain)
{
    // Odoo #276300: the reward is applied once however often the cart is priced or grows.
    PricingInput in = input({line("a", 801, "A", 12000, 1)}, {threshold("100-20", 10000, 2000, false)});
    const PricingResult first = priced(in);
    EXPECT_EQ(bytes(priced(in)), bytes(first));
    in.lines.append(line("b", 802, "B", 500, 1));
    in.lines.append(line("c", 803, "C", 700, 1));
    const PricingResult grown = priced(in);
    EXPECT_EQ(grown.totalDiscount.minor(), 2000);
    EXPECT_EQ(grown.discounts.size(), 1);
}

TEST(PricingRules, EmptyCartsZeroPricesAndZeroThresholdsGiveZero)
{
    // Odoo #127770 (−Infinity reward): nothing divides by a zero threshold, nothing goes negative.
    Promotion zero = threshold("0-20", 0, 2000, true);
    const PricingResult empty = priced(input({}, {zero, percentOff("p10", 1000, PricingScope::all())}));
    EXPECT_EQ(empty.totalDiscount.minor(), 0);
    EXPECT_EQ(empty.total.minor(), 0);
    const PricingResult free = priced(input({line("bag", 990, "Bag", 0, 3)}, {zero, bundle("3for1", 3, 100, PricingScope::all())}));
    EXPECT_EQ(free.totalDiscount.minor(), 0);
    EXPECT_EQ(free.total.minor(), 0);
    // A zero threshold applies once, never more than the cart: ¥20 off a ¥5 cart is ¥5.
    const PricingResult small = priced(input({line("a", 801, "A", 500, 1)}, {zero}));
    EXPECT_EQ(small.totalDiscount.minor(), 500);
    EXPECT_EQ(small.total.minor(), 0);
}

TEST(PricingRules, TheSameProductOnTwoLinesIsOnePool)
{
    // Odoo #212528: 2 + 1 colas on two lines make one "buy 2 get 1".
    const PricingResult split = priced(input({cola("a", 2), cola("b", 1)}, {buyGet("b2g1", 2, 1, colaOnly())}));
    const PricingResult one = priced(input({cola("a", 3)}, {buyGet("b2g1", 2, 1, colaOnly())}));
    EXPECT_EQ(split.totalDiscount.minor(), 450);
    EXPECT_EQ(one.totalDiscount.minor(), 450);
    EXPECT_EQ(discountOn(split, "a") + discountOn(split, "b"), 450);
}

TEST(PricingRules, TwoDiscountsThatCombineAreBothKept)
{
    // Saleor #14920: a stackable item promotion, a stackable threshold and a coupon all apply.
    Coupon five = coupon("FIVE", Coupon::Kind::AmountOff);
    five.amount = fen(500);
    Promotion t = threshold("100-10", 10000, 1000, false);
    t.stackable = true;
    const PricingResult r = priced(input({line("a", 801, "A", 12000, 1)}, {percentOff("p10", 1000, PricingScope::all(), true), t}, {five}));
    ASSERT_EQ(r.discounts.size(), 3);
    EXPECT_EQ(r.totalDiscount.minor(), 1200 + 1000 + 500);
}

TEST(PricingRules, TwoHundredPromotionsStayBoundedAndNoWorseThanTheBestOne)
{
    // Reaction #6823 tried every subset; past kExactPromotions competing rules the greedy bound runs.
    QList<Promotion> rules;
    for (int i = 0; i < 200; ++i) {
        rules.append(i % 2 ? percentOff(QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')), 10 + 5 * i, PricingScope::all())
                           : bundle(QStringLiteral("b%1").arg(i, 3, 10, QLatin1Char('0')), 2 + i % 5, 300 * (2 + i % 5), colaOnly()));
    }
    const PricingInput in = input({cola("c", 7), juice("j", 4), line("r", 900, "Rice", 3999, 2)}, rules);
    const PricingResult all = priced(in);
    EXPECT_FALSE(all.exact);
    std::int64_t bestSingle = 0;
    for (const Promotion &p : rules)
        bestSingle = std::max(bestSingle, priced(input(in.lines, {p})).totalDiscount.minor());
    EXPECT_GE(all.totalDiscount.minor(), bestSingle);
    EXPECT_GT(bestSingle, 0);
}

TEST(PricingRules, TheCallsBudgetOfOrdersBoundsManySmallComponents)
{
    // Components of 6 cost 720 orders each: two fit in kMaxOrders, the third takes the greedy bound.
    static_assert(2 * 720 <= PricingEngine::kMaxOrders && 3 * 720 > PricingEngine::kMaxOrders);
    QList<PricingLine> lines;
    QList<Promotion> rules;
    for (int c = 0; c < 3; ++c) {
        const std::int64_t product = 500 + c;
        lines.append(line(QStringLiteral("l%1").arg(c), product, u"Item", 1000 + c, 3));
        for (int k = 0; k < 6; ++k)
            rules.append(amountOff(QStringLiteral("c%1r%2").arg(c).arg(k), 10 + k, PricingScope::ofProducts({ProductId(product)})));
    }
    const PricingResult twoComponents = priced(input(lines.mid(0, 2), rules.mid(0, 12)));
    EXPECT_TRUE(twoComponents.exact);
    const PricingResult three = priced(input(lines, rules));
    EXPECT_FALSE(three.exact);
    EXPECT_EQ(three.totalDiscount.minor(), 3 * 3 * 15); // still the best rule (¥0.15 off) on every unit
}

TEST(PricingRules, CouponsThatCannotApplySayWhy)
{
    Coupon expired = coupon("OLD", Coupon::Kind::AmountOff);
    expired.amount = fen(100);
    expired.validUntil = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    Coupon minimum = coupon("MIN", Coupon::Kind::Threshold);
    minimum.amount = fen(1000);
    minimum.minimumSpend = fen(10000);
    Coupon snacks = coupon("SNK", Coupon::Kind::AmountOff, PricingScope::ofCategories({CategoryId(kSnacks)}));
    snacks.amount = fen(100);
    Coupon big = coupon("BIG", Coupon::Kind::AmountOff);
    big.amount = fen(300);
    big.stackable = false;
    Coupon small = coupon("SMALL", Coupon::Kind::AmountOff);
    small.amount = fen(200);
    Coupon points = coupon("X2", Coupon::Kind::PointsMultiplier);
    points.pointsMultiplier = 200;
    const PricingResult r = priced(input({juice("j", 4)}, {}, {expired, minimum, snacks, big, small, small, points}));
    using R = CouponOutcome::Reason;
    const QList<R> reasons{R::Expired, R::BelowMinimumSpend, R::NoEligibleItems, R::Applied, R::NotCombinable, R::Duplicate, R::Applied};
    ASSERT_EQ(r.coupons.size(), reasons.size());
    for (int i = 0; i < reasons.size(); ++i)
        EXPECT_EQ(r.coupons[i].reason, reasons[i]) << r.coupons[i].code.toStdString();
    EXPECT_EQ(r.totalDiscount.minor(), 300);
    EXPECT_EQ(r.pointsMultiplier, 200);
    EXPECT_EQ(r.coupons[1].text, QStringLiteral("Below its minimum spend"));
}

TEST(PricingRules, FreeItemCouponTakesTheDearestInScope)
{
    const PricingResult r = priced(input({cola("c", 2), juice("j", 1)}, {}, {coupon("FREE", Coupon::Kind::FreeItem, drinks())}));
    EXPECT_EQ(r.totalDiscount.minor(), 500);
    EXPECT_EQ(discountOn(r, "j"), 500);
}

TEST(PricingRules, ExplanationsAndNearMisses)
{
    Promotion b = bundle("3for10", 3, 1000, colaOnly());
    b.name = QStringLiteral("3 for ¥10");
    const PricingResult r = priced(input({cola("c", 3)}, {b}));
    ASSERT_EQ(r.discounts.size(), 1);
    EXPECT_EQ(r.discounts[0].explanation.text, QStringLiteral("3 for ¥10: 3 × 可乐 ¥4.50 = ¥13.50 → ¥10.00, −¥3.50"));
    EXPECT_EQ(r.discounts[0].explanation.kind, QStringLiteral("bundlePrice"));
    EXPECT_EQ(r.discounts[0].explanation.computation, QStringLiteral("1350 - 350 = 1000"));
    const PricingResult two = priced(input({cola("c", 2)}, {b, threshold("15-2", 1500, 200, false)}));
    ASSERT_EQ(two.nearMisses.size(), 2);
    EXPECT_EQ(two.nearMisses[0].text, QStringLiteral("Add 1 more 可乐 for 3 for ¥10")); // 3.50 beats 2.00
    EXPECT_EQ(two.nearMisses[0].value.minor(), 350);
    EXPECT_EQ(two.nearMisses[1].missingAmount.minor(), 600);
}

TEST(PricingRules, LinesThatTakeNoPromotionsAreLeftAlone)
{
    PricingLine manual = juice("j", 2);
    manual.takesPromotions = false;
    const PricingResult r = priced(input({manual, cola("c", 1)}, {percentOff("p10", 1000, drinks())}));
    EXPECT_EQ(discountOn(r, "j"), 0);
    EXPECT_EQ(discountOn(r, "c"), 45);
}

TEST(PricingRules, BadInputIsAnErrorNotAWrongNumber)
{
    EXPECT_FALSE(PricingEngine::price(input({cola("c", 1), cola("c", 2)})).ok());
    EXPECT_FALSE(PricingEngine::price(input({cola("c", 1)}, {percentOff("p", 12000, drinks())})).ok());
    EXPECT_FALSE(PricingEngine::price(input({cola("c", 1)}, {buyGet("b", 0, 1, drinks())})).ok());
    Coupon dollars = coupon("USD", Coupon::Kind::AmountOff);
    dollars.amount = Money::fromMinor(500, Currency::fromCode(QStringLiteral("USD")));
    EXPECT_FALSE(PricingEngine::price(input({cola("c", 1)}, {}, {dollars})).ok());
    PricingLine huge = line("h", 1, "H", std::numeric_limits<std::int64_t>::max() / 2, 3);
    const auto overflow = PricingEngine::price(input({huge}));
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.error().code, Error::Code::Overflow);
}
