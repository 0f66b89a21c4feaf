// The till's pricing step: a cart of the demo store priced against the store's promotions — discounts in
// the totals while the lines are as priced, stale after a change, manual discounts keep promotions off
// their line, the order discount comes after, a tier's promotion only for that tier. Both engines.
#include "checkoutfixture.h"

#include "checkout/journalverifier.h"
#include "checkout/pricingstep.h"
#include "checkout/receiptbuilder.h"

#include "escposdecoder.h"

#include "hal/escpos/escposencoder.h"

#include "members/membersservices.h"
#include "members/promotionservice.h"

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::checkout;
using ::testing::HasSubstr;

namespace {

struct PricingStepTest : ::testing::Test
{
    checkout::test::CheckoutFixture f;
    PricingStep &pricing = f.checkout().pricing();
    members::PromotionService &promotions = members::MembersServices::of(*f.services).promotions();
    const QDateTime at = f.clock.now();

    inventory::ScanMatch bySku(const QString &sku)
    {
        auto product = f.inventory().catalog().productBySku(sku);
        EXPECT_TRUE(product.ok()) << sku.toStdString();
        return inventory::ScanMatch{product.valueOr({}), sku, Quantity::units(1), std::nullopt, std::nullopt};
    }

    members::Promotion colaThreeForTen()
    {
        members::Promotion p;
        p.id = QStringLiteral("COLA-3FOR10");
        p.name = QStringLiteral("可乐 3 件 ¥10");
        p.kind = members::Promotion::Kind::BundlePrice;
        p.scope = members::PricingScope::ofProducts({bySku(QStringLiteral("140006")).product.id});
        p.amount = f.yuan(10);
        p.buy = 3;
        return p;
    }

    members::Promotion drinksTenPercent(const QStringList &tiers = {})
    {
        members::Promotion p;
        p.id = QStringLiteral("DRINKS-10");
        p.name = QStringLiteral("饮料 9 折");
        p.kind = members::Promotion::Kind::PercentOff;
        p.scope = members::PricingScope::ofCategories({bySku(QStringLiteral("140006")).product.categoryId});
        p.percentBasisPoints = 1000;
        p.tiers = tiers;
        return p;
    }

    Money total(const Cart &cart)
    {
        auto t = cart.totals();
        EXPECT_TRUE(t.ok());
        return t.ok() ? t->total : Money();
    }
};

} // namespace

TEST_F(PricingStepTest, ThreeColasForTenYuanAndTheCashierSeesWhy)
{
    ASSERT_TRUE(promotions.save(f.owner, colaThreeForTen()).ok());
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140006")), Quantity::units(2)).ok());
    auto two = pricing.apply(cart, QString(), {}, at);
    ASSERT_TRUE(two.ok()) << two.error().toString().toStdString();
    EXPECT_EQ(total(cart), f.yuan(7));
    ASSERT_EQ(cart.pricing().nearMisses.size(), 1);
    EXPECT_THAT(cart.pricing().nearMisses.first().toStdString(), HasSubstr("Add 1 more 可乐 330ml"));

    ASSERT_TRUE(cart.setQuantity(0, Quantity::units(3)).ok());
    EXPECT_FALSE(cart.isPriced());                 // changed since it was priced: no stale discount counts
    EXPECT_EQ(total(cart), f.yuan(10.50));
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    EXPECT_TRUE(cart.isPriced());
    const CartTotals t = cart.totals().value();
    EXPECT_EQ(t.total, f.yuan(10));
    EXPECT_EQ(t.promotionDiscounts, f.yuan(0.50));
    EXPECT_EQ(t.lines.first().promotionDiscount, f.yuan(0.50));
    ASSERT_EQ(cart.pricing().discounts.size(), 1);
    EXPECT_EQ(cart.pricing().discounts.first().name, QStringLiteral("可乐 3 件 ¥10"));
    EXPECT_THAT(cart.pricing().discounts.first().explanation.toStdString(), HasSubstr("¥10.50 → ¥10.00"));
}

TEST_F(PricingStepTest, ACategoryPromotionReachesTheProductsOfTheCategory)
{
    ASSERT_TRUE(promotions.save(f.owner, drinksTenPercent()).ok());
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140007"))).ok());   // 可乐 2L ¥7.50, a drink
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("100005"))).ok());   // 糯米 ¥9.90, not a drink
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(7.50 - 0.75 + 9.90));
}

TEST_F(PricingStepTest, AManualDiscountKeepsPromotionsOffItsLineAndTheOrderDiscountComesAfter)
{
    ASSERT_TRUE(promotions.save(f.owner, drinksTenPercent()).ok());
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140007"))).ok());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140006"))).ok());
    ASSERT_TRUE(cart.setLineDiscount(1, f.yuan(1), QStringLiteral("dented"), OperatorId()).ok());
    ASSERT_TRUE(cart.setOrderPercentDiscount(1000, QStringLiteral("staff"), OperatorId()).ok());
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    const CartTotals t = cart.totals().value();
    EXPECT_EQ(t.lines.at(0).promotionDiscount, f.yuan(0.75));  // 10 % of ¥7.50
    EXPECT_EQ(t.lines.at(1).promotionDiscount, f.yuan(0));     // its own ¥1 discount stands alone
    // The staff 10 % is on what is left: (7.50 − 0.75) + (3.50 − 1.00) = 9.25 → 0.93 (half-up).
    EXPECT_EQ(t.orderDiscount, f.yuan(0.93));
    EXPECT_EQ(t.total, f.yuan(9.25 - 0.93));
}

TEST_F(PricingStepTest, ATiersPromotionIsOnlyForThatTierAndASwitchedOffOneForNobody)
{
    ASSERT_TRUE(promotions.save(f.owner, drinksTenPercent({QStringLiteral("gold")})).ok());
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140007"))).ok());
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(7.50));
    ASSERT_TRUE(pricing.apply(cart, QStringLiteral("gold"), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(6.75));
    ASSERT_TRUE(promotions.setActive(f.owner, QStringLiteral("DRINKS-10"), false).ok());
    ASSERT_TRUE(pricing.apply(cart, QStringLiteral("gold"), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(7.50));
}

TEST(CartPricing, APricingThatDoesNotFitTheTicketIsRefused)
{
    const Currency cny = Currency::fromCode(QStringLiteral("CNY"));
    Cart cart(cny);
    CartPricing stranger;
    stranger.lineDiscounts.insert(QStringLiteral("no-such-line"), Money::fromMinor(100, cny));
    EXPECT_FALSE(cart.setPricing(stranger).ok());
    EXPECT_FALSE(cart.isPriced());
}

TEST_F(PricingStepTest, AMemberPaysTheCatalogsMemberPriceUnlessAPromotionGivesMore)
{
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("120001")), Quantity::units(2)).ok()); // ¥12.90, members ¥10.90
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(25.80));                                         // no member: list price
    ASSERT_TRUE(pricing.apply(cart, QStringLiteral("silver"), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(21.80));
    ASSERT_EQ(cart.pricing().discounts.size(), 1);
    EXPECT_EQ(cart.pricing().discounts.first().name, QStringLiteral("Member price"));

    // A store promotion worth more to the member wins over the member price (both are exclusive).
    members::Promotion half;
    half.id = QStringLiteral("NOODLES-HALF");
    half.name = QStringLiteral("方便面半价");
    half.kind = members::Promotion::Kind::PercentOff;
    half.scope = members::PricingScope::ofProducts({bySku(QStringLiteral("120001")).product.id});
    half.percentBasisPoints = 5000;
    ASSERT_TRUE(promotions.save(f.owner, half).ok());
    ASSERT_TRUE(pricing.apply(cart, QStringLiteral("silver"), {}, at).ok());
    EXPECT_EQ(total(cart), f.yuan(12.90));
    EXPECT_EQ(cart.pricing().discounts.first().name, QStringLiteral("方便面半价"));
}

TEST_F(PricingStepTest, APromotionIsBookedWithTheSaleJournalledAndPrinted)
{
    ASSERT_TRUE(promotions.save(f.owner, colaThreeForTen()).ok());
    Cart cart(f.currency());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("140006")), Quantity::units(3)).ok());
    ASSERT_TRUE(cart.add(bySku(QStringLiteral("100005"))).ok());
    ASSERT_TRUE(pricing.apply(cart, QString(), {}, at).ok());
    SaleRequest request;
    request.uuid = f.newId();
    request.cart = cart;
    request.tenders = {f.cash(f.yuan(20))};
    auto sale = f.checkout().sales().commit(f.cashier, request);
    ASSERT_TRUE(sale.ok()) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->total, f.yuan(10 + 9.90));
    EXPECT_EQ(sale->discount, f.yuan(0.50));
    EXPECT_EQ(sale->change, f.yuan(0.10));

    const SaleDetail detail = f.checkout().sales().detail(sale->receiptNumber).value();
    EXPECT_EQ(detail.lines.at(0).promotionDiscount, f.yuan(0.50));
    EXPECT_EQ(detail.lines.at(0).net, f.yuan(10));
    EXPECT_EQ(detail.lines.at(1).promotionDiscount, f.yuan(0));
    ASSERT_EQ(detail.discounts.size(), 1);
    EXPECT_EQ(detail.discounts.first().ruleId, QStringLiteral("COLA-3FOR10"));
    EXPECT_EQ(detail.discounts.first().amount, f.yuan(0.50));
    EXPECT_THAT(detail.discounts.first().explanation.toStdString(), HasSubstr("¥10.50 → ¥10.00"));

    auto verified = f.checkout().journalVerifier().verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problems.join(QLatin1Char('\n')).toStdString();

    const hal::PaperProfile paper = hal::PaperProfile::mm80();
    ReceiptOptions options{.paper = paper, .locale = QLocale(QLocale::English), .reprint = false, .operatorNumber = QStringLiteral("01")};
    auto doc = ReceiptBuilder(f.services->storeProfile().profile(), options).build(detail);
    ASSERT_TRUE(doc.ok());
    const QStringList printed = hal::test::EscPosDecoder::decode(hal::EscPosEncoder(paper).encode(*doc)).printedLines();
    const bool named = std::any_of(printed.cbegin(), printed.cend(), [](const QString &l) {
        return l.contains(QStringLiteral("可乐 3 件 ¥10")) && l.contains(QStringLiteral("-0.50"));
    });
    EXPECT_TRUE(named) << printed.join(QLatin1Char('\n')).toStdString();
}
