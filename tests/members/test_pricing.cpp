// The pricing engine's table tests: competing promotions, stacking, limits, multi-buy, thresholds,
// member prices, time windows, coupons' caps, rounding and sharing, scan order, partial refunds.
#include "pricingfixture.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace qtill;
using namespace qtill::members;
using namespace qtill::members::test;

namespace {

struct Case
{
    const char *name;
    PricingInput in;
    std::int64_t totalDiscount;
};

void expectCases(const QList<Case> &cases)
{
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const PricingResult r = priced(c.in);
        EXPECT_EQ(r.totalDiscount.minor(), c.totalDiscount);
        EXPECT_EQ(r.total.minor(), r.gross.minor() - c.totalDiscount);
    }
}

} // namespace

TEST(Pricing, CompetingPromotionsTheBetterWinsPerUnitSet)
{
    const QList<Promotion> rules{percentOff("drinks10", 1000, drinks()), bundle("3for10", 3, 1000, colaOnly())};
    expectCases({
        // 3 colas in the bundle (13.50 → 10.00), the 4th cola and the juice 10 % off (0.45 + 0.50).
        {"4 colas and a juice", input({cola("c", 4), juice("j", 1)}, rules), 350 + 45 + 50},
        // 2 colas make no bundle: 10 % wins.
        {"2 colas", input({cola("c", 2)}, rules), 90},
        // 6 colas: two bundles beat 10 % (7.00 vs 2.70).
        {"6 colas", input({cola("c", 6)}, rules), 700},
    });
    const PricingResult r = priced(input({cola("c", 4), juice("j", 1)}, rules));
    ASSERT_EQ(r.discounts.size(), 2);
    EXPECT_EQ(r.discounts[0].ruleId, QStringLiteral("3for10"));
    EXPECT_EQ(r.discounts[0].units.first().quantity, Quantity::units(3));
    EXPECT_EQ(r.discounts[1].ruleId, QStringLiteral("drinks10"));
    EXPECT_TRUE(r.exact);
}

TEST(Pricing, StackableCombineExclusiveCompete)
{
    // Saleor #14920: two stackable discounts both apply — 10 % of 4.50 = 0.45, then ¥1 off the rest.
    expectCases({
        {"both stackable", input({cola("c", 2)}, {percentOff("p10", 1000, drinks(), true), amountOff("a1", 100, colaOnly(), true)}),
         2 * (45 + 100)},
        {"both exclusive: ¥1 off beats 10 %", input({cola("c", 2)}, {percentOff("p10", 1000, drinks()), amountOff("a1", 100, colaOnly())}),
         200},
        // An exclusive promotion's units take no stackable one: ¥2 off (exclusive) beats the stacked 0.45.
        {"exclusive beats the stack", input({cola("c", 1)}, {amountOff("a2", 200, colaOnly()), percentOff("p10", 1000, drinks(), true)}),
         200},
        // … but where the stack gives more, the units stay with it: 50 % stacked (2.25) beats ¥2 exclusive.
        {"the stack beats an exclusive", input({cola("c", 1)}, {amountOff("a2", 200, colaOnly()), percentOff("p50", 5000, drinks(), true)}),
         225},
    });
}

TEST(Pricing, PerOrderLimits)
{
    Promotion perUnit = amountOff("a1", 100, colaOnly());
    perUnit.perOrderLimit = 2;
    Promotion once = bundle("3for10", 3, 1000, colaOnly());
    once.perOrderLimit = 1;
    Promotion every = threshold("100-20", 10000, 2000, true);
    every.perOrderLimit = 2;
    expectCases({
        {"¥1 off at most 2 units", input({cola("c", 5)}, {perUnit}), 200},
        {"one bundle per order", input({cola("c", 6)}, {once}), 350},
        {"every ¥100, at most twice", input({line("tv", 900, "TV", 35000, 1)}, {every}), 4000},
    });
}

TEST(Pricing, ThresholdsOnceAndEvery)
{
    const PricingLine big = line("big", 900, "Rice", 25000, 1);
    Promotion percent = threshold("100-10pct", 10000, 0, false);
    percent.amount = Money();
    percent.percentBasisPoints = 1000;
    expectCases({
        {"once", input({big}, {threshold("100-20", 10000, 2000, false)}), 2000},
        {"every", input({big}, {threshold("100-20", 10000, 2000, true)}), 4000},
        {"below", input({line("r", 900, "Rice", 9999, 1)}, {threshold("100-20", 10000, 2000, true)}), 0},
        {"percent once reached", input({big}, {percent}), 2500},
    });
    const PricingResult below = priced(input({line("r", 900, "Rice", 8770, 1)}, {threshold("100-20", 10000, 2000, false)}));
    ASSERT_EQ(below.nearMisses.size(), 1);
    EXPECT_EQ(below.nearMisses[0].missingAmount.minor(), 1230);
    EXPECT_EQ(below.nearMisses[0].text, QStringLiteral("Spend ¥12.30 more for 100-20"));
}

TEST(Pricing, MultiBuyOverMixedPricesFavoursTheCustomer)
{
    QList<PricingLine> lines;
    const std::int64_t prices[] = {1000, 800, 600, 500, 300, 200};
    for (int i = 0; i < 6; ++i)
        lines.append(line(QStringLiteral("l%1").arg(i), 300 + i, QStringLiteral("Snack %1").arg(i), prices[i], 1, {kSnacks}));
    const PricingScope snacks = PricingScope::ofCategories({CategoryId(kSnacks)});
    expectCases({
        // Dearest first, every third free: 10 8 [6] 5 3 [2] → 8.00 (not the 2 cheapest: 5.00).
        {"buy 2 get 1", input(lines, {buyGet("b2g1", 2, 1, snacks)}), 600 + 200},
        // 3 for ¥20 groups the dearest: 24.00 → 20.00; 10.00 → 20.00 is no discount.
        {"3 for 20", input(lines, {bundle("3for20", 3, 2000, snacks)}), 400},
    });
    // The group's discount is shared over its lines in proportion: 10 : 8 : 6 of 6.00 = 2.50, 2.00, 1.50.
    const PricingResult r = priced(input(lines, {buyGet("b2g1", 2, 1, snacks)}));
    EXPECT_EQ(discountOn(r, "l0"), 250);
    EXPECT_EQ(discountOn(r, "l1"), 200);
    EXPECT_EQ(discountOn(r, "l2"), 150);
}

TEST(Pricing, MemberPriceAgainstAPromotion)
{
    Promotion member = promotion("gold-cola", Promotion::Kind::MemberPrice, colaOnly());
    member.amount = fen(380);
    member.tiers = {QStringLiteral("gold")};
    PricingInput in = input({cola("c", 3)}, {member, percentOff("p10", 1000, drinks())});
    expectCases({{"no member: 10 %", in, 135}});
    in.memberTier = QStringLiteral("silver");
    expectCases({{"another tier: 10 %", in, 135}});
    in.memberTier = QStringLiteral("gold");
    expectCases({{"gold: the member price", in, 3 * 70}});
}

TEST(Pricing, TimeWindows)
{
    Promotion happy = percentOff("happy", 2000, drinks());
    happy.window.start = QTime(17, 0);
    happy.window.end = QTime(19, 0);
    happy.window.weekdays = 0b0111110; // Monday … Friday
    Promotion night = percentOff("night", 1000, drinks());
    night.window.start = QTime(22, 0);
    night.window.end = QTime(2, 0);
    const auto at = [&](Promotion p, QDate date, QTime time) {
        PricingInput in = input({juice("j", 1)}, {p});
        in.localDate = date;
        in.localTime = time;
        return in;
    };
    const QDate monday(2026, 12, 7), saturday(2026, 12, 12);
    expectCases({
        {"happy hour in", at(happy, monday, QTime(18, 0)), 100},
        {"happy hour starts", at(happy, monday, QTime(17, 0)), 100},
        {"happy hour over", at(happy, monday, QTime(19, 0)), 0},
        {"Saturday", at(happy, saturday, QTime(18, 0)), 0},
        {"over midnight", at(night, monday, QTime(1, 0)), 50},
        {"over midnight, morning", at(night, monday, QTime(9, 0)), 0},
    });
    Promotion december = percentOff("dec", 1000, drinks());
    december.window.from = QDate(2026, 12, 1);
    december.window.until = QDate(2026, 12, 6);
    expectCases({{"after its last day", input({juice("j", 1)}, {december}), 0}});
}

TEST(Pricing, PercentCouponCapAndOrder)
{
    Coupon c = coupon("P20", Coupon::Kind::PercentOff);
    c.percentBasisPoints = 2000;
    c.cap = fen(500);
    expectCases({
        {"capped", input({line("a", 900, "A", 4000, 1)}, {}, {c}), 500},
        {"under the cap", input({line("a", 900, "A", 2000, 1)}, {}, {c}), 400},
        // After promotions: 20 % of (40.00 − 10 % = 36.00) = 7.20, capped at 5.00; plus the 4.00.
        {"after a promotion", input({line("a", 900, "A", 4000, 1)}, {percentOff("p10", 1000, PricingScope::all())}, {c}), 900},
    });
}

TEST(Pricing, RoundsOncePerLineAndSharesExactly)
{
    // 3 × ¥0.15 at 10 %: 4.5 fen on the line → 5 fen (half-up once), not 3 × 1.5 → 3 × 2 = 6.
    const PricingResult r = priced(input({line("gum", 700, "Gum", 15, 3)}, {percentOff("p10", 1000, PricingScope::all())}));
    EXPECT_EQ(r.totalDiscount.minor(), 5);
    ASSERT_EQ(r.discounts.size(), 1);
    EXPECT_EQ(r.discounts[0].explanation.text, QStringLiteral("p10: 3 × Gum ¥0.15 = ¥0.45, 10 % off, −¥0.05"));
    // ¥20 over 33.33 + 33.33 + 33.34: 6.666, 6.666, 6.668 → a 6.67, b 6.66, c 6.67 (largest remainders), sum 20.00.
    const PricingResult s = priced(input({line("a", 801, "A", 3333, 1), line("b", 802, "B", 3333, 1), line("c", 803, "C", 3334, 1)},
                                         {threshold("100-20", 10000, 2000, false)}));
    EXPECT_EQ(s.totalDiscount.minor(), 2000);
    EXPECT_EQ(discountOn(s, "a") + discountOn(s, "b") + discountOn(s, "c"), 2000);
    EXPECT_EQ(discountOn(s, "c"), 667);
    for (const LinePricing &l : s.lines)
        EXPECT_EQ(l.net.minor(), l.amount.minor() - l.discount.minor());
}

TEST(Pricing, ScanOrderDoesNotMatter)
{
    QList<PricingLine> lines{cola("c1", 2), cola("c2", 2), juice("j", 3), line("chips", kChips, "Chips", 650, 2, {kSnacks}),
                             line("gum", 700, "Gum", 15, 7), line("rice", 900, "Rice", 3999, 1)};
    PricingLine apples = line("apples", 950, "Apples", 1280, 0);
    apples.weighed = true;
    apples.quantity = Quantity::fromMilli(1355);
    lines.append(apples);
    Coupon p = coupon("P15", Coupon::Kind::PercentOff);
    p.percentBasisPoints = 1500;
    p.cap = fen(800);
    const PricingInput base = input(lines,
                                    {percentOff("drinks10", 1000, drinks()), bundle("3for10", 3, 1000, colaOnly()),
                                     buyGet("b2g1", 2, 1, PricingScope::ofCategories({CategoryId(kSnacks)})),
                                     amountOff("a1", 10, PricingScope::all(), true), threshold("50-5", 5000, 500, true)},
                                    {p, coupon("FREE", Coupon::Kind::FreeItem, PricingScope::ofProducts({ProductId(kChips)}))});
    const QByteArray expected = bytes(priced(base));
    QRandomGenerator random(20261207);
    for (int round = 0; round < 100; ++round) {
        PricingInput shuffled = base;
        std::shuffle(shuffled.lines.begin(), shuffled.lines.end(), random);
        ASSERT_EQ(bytes(priced(shuffled)), expected) << "round " << round;
    }
    EXPECT_GT(priced(base).totalDiscount.minor(), 0);
}

TEST(Pricing, PartialRefundTakesBackWhatTheConditionLost)
{
    const PricingInput in = input({cola("c", 3)}, {bundle("3for10", 3, 1000, colaOnly())});
    const PricingResult r = priced(in);
    ASSERT_EQ(r.total.minor(), 1000);
    // One of three back: paid 3.33 for it, but the kept two now cost 9.00 — refund 1.00, 2.33 benefit lost.
    auto one = PricingEngine::refund(in, r, {{QStringLiteral("c"), Quantity::units(1)}});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->refund.minor(), 100);
    EXPECT_EQ(one->discountShare.minor(), 117);
    EXPECT_EQ(one->benefitLost.minor(), 233);
    // All three back: what was paid.
    auto all = PricingEngine::refund(in, r, {{QStringLiteral("c"), Quantity::units(3)}});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->refund.minor(), 1000);
    // The condition kept: 4 colas paid 14.50; one back gives its prorated net (4.50 − 3.50 / 4 = 3.62), the
    // rest later (returns are cumulative) the remaining 10.88, so the refunds add up to what was paid.
    const PricingInput four = input({cola("c", 4)}, {bundle("3for10", 3, 1000, colaOnly())});
    const PricingResult fourPriced = priced(four);
    auto first = PricingEngine::refund(four, fourPriced, {{QStringLiteral("c"), Quantity::units(1)}});
    auto rest = PricingEngine::refund(four, fourPriced, {{QStringLiteral("c"), Quantity::units(4)}});
    ASSERT_TRUE(first.ok() && rest.ok());
    EXPECT_EQ(first->refund.minor(), 362);
    EXPECT_EQ(rest->refund.minor() - first->refund.minor(), 1088);
    // A threshold: 60 + 60 paid 100; one back leaves 60, below 100 — refund 40.
    const PricingInput t = input({line("a", 801, "A", 6000, 1), line("b", 802, "B", 6000, 1)}, {threshold("100-20", 10000, 2000, false)});
    auto back = PricingEngine::refund(t, priced(t), {{QStringLiteral("a"), Quantity::units(1)}});
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->refund.minor(), 4000);
    // A plain percent: one of two ¥5.00 juices at 10 % gives back 4.50.
    const PricingInput plain = input({juice("j", 2)}, {percentOff("p10", 1000, drinks())});
    auto half = PricingEngine::refund(plain, priced(plain), {{QStringLiteral("j"), Quantity::units(1)}});
    ASSERT_TRUE(half.ok());
    EXPECT_EQ(half->refund.minor(), 450);
    EXPECT_FALSE(PricingEngine::refund(plain, priced(plain), {{QStringLiteral("j"), Quantity::units(3)}}).ok());
}
