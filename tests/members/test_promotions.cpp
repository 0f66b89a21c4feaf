// The store's promotions (PromotionService): saved and read back exactly, validated in the owner's words,
// audited, switched on and off, and seen by another register without a restart — on both engines.
#include "members/membersmodule.h"
#include "members/membersservices.h"
#include "members/promotionjson.h"
#include "members/promotionservice.h"

#include "inventory/inventorymodule.h"

#include "core/auditlog.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "testdatabase.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::members;
using ::testing::HasSubstr;

namespace {

Currency cny()
{
    return Currency::fromCode(QStringLiteral("CNY"));
}

Money yuan(qint64 fen)
{
    return Money::fromMinor(fen, cny());
}

struct PromotionsTest : ::testing::Test
{
    QTemporaryDir dir;
    qtill::test::TestDatabase database{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    inventory::InventoryModule inventoryModule;
    MembersModule membersModule;
    std::unique_ptr<Services> services = open();
    Session owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).valueOr({});
    Session cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).valueOr({});
    PromotionService &promotions = MembersServices::of(*services).promotions();

    std::unique_ptr<Services> open()
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .modules = {&inventoryModule, &membersModule},
                                                       .pinParams = PinHasher::Params::fastest()});
        if (!opened.ok()) {
            ADD_FAILURE() << opened.error().toString().toStdString();
            return nullptr;
        }
        (void)(*opened)->operators().bootstrap(Services::firstRunOperators());
        return std::move(opened.value());
    }

    static Promotion colaThreeForTen()
    {
        Promotion p;
        p.id = QStringLiteral("COLA-3FOR10");
        p.name = QStringLiteral("可乐 3 件 ¥10");
        p.kind = Promotion::Kind::BundlePrice;
        p.scope = PricingScope::ofProducts({inventory::ProductId(7), inventory::ProductId(8)});
        p.tiers = {QStringLiteral("gold")};
        p.window.from = QDate(2026, 12, 1);
        p.window.until = QDate(2026, 12, 31);
        p.window.weekdays = (1 << Qt::Saturday) | (1 << Qt::Sunday);
        p.window.start = QTime(17, 0);
        p.window.end = QTime(19, 30);
        p.amount = yuan(1000);
        p.buy = 3;
        p.perOrderLimit = 2;
        p.priority = 5;
        return p;
    }

    static Promotion spend100Get20()
    {
        Promotion p;
        p.id = QStringLiteral("MAN100JIAN20");
        p.name = QStringLiteral("满100减20");
        p.kind = Promotion::Kind::Threshold;
        p.threshold = yuan(10000);
        p.amount = yuan(2000);
        p.every = true;
        p.stackable = true;
        return p;
    }

    QStringList auditActions()
    {
        QStringList out;
        AuditQuery query;
        query.actionPrefix = QStringLiteral("promotion.");
        query.newestFirst = false;
        for (const AuditEntry &e : services->auditLog().entries(query).valueOr({}))
            out << e.action + QLatin1Char(' ') + e.target;
        return out;
    }
};

} // namespace

TEST_F(PromotionsTest, APromotionIsSavedAndReadBackExactlyAndAudited)
{
    auto saved = promotions.save(owner, colaThreeForTen());
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_TRUE(saved->active);
    EXPECT_EQ(saved->revision, 1);
    EXPECT_EQ(promotionToJson(saved->promotion), promotionToJson(colaThreeForTen()));
    EXPECT_EQ(saved->promotion.window.weekdays, colaThreeForTen().window.weekdays);
    EXPECT_EQ(saved->promotion.amount, yuan(1000));
    EXPECT_EQ(auditActions(), QStringList{QStringLiteral("promotion.add promotion:COLA-3FOR10")});
}

TEST_F(PromotionsTest, ChangingAPromotionKeepsItsIdAndCountsTheRevision)
{
    ASSERT_TRUE(promotions.save(owner, spend100Get20()).ok());
    Promotion changed = spend100Get20();
    changed.amount = yuan(2500);
    auto saved = promotions.save(owner, changed);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->revision, 2);
    EXPECT_EQ(saved->promotion.amount, yuan(2500));
    EXPECT_EQ(promotions.list().value().size(), 1);
    EXPECT_EQ(auditActions().constLast(), QStringLiteral("promotion.update promotion:MAN100JIAN20"));
}

TEST_F(PromotionsTest, ACashierCannotChangePromotionsAndNothingIsSaved)
{
    auto refused = promotions.save(cashier, spend100Get20());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_TRUE(promotions.list().value().isEmpty());
    EXPECT_TRUE(auditActions().isEmpty());
}

TEST_F(PromotionsTest, BadFiguresAreRefusedInTheOwnersWords)
{
    const auto messageFor = [&](const std::function<void(Promotion &)> &edit) {
        Promotion p = spend100Get20();
        edit(p);
        auto saved = promotions.save(owner, p);
        return saved.ok() ? std::string("saved") : saved.error().message.toStdString();
    };
    EXPECT_THAT(messageFor([](Promotion &p) { p.amount = yuan(12000); }), HasSubstr("cannot be more than the spend"));
    EXPECT_THAT(messageFor([](Promotion &p) { p.threshold = Money(); }), HasSubstr("amount to reach"));
    EXPECT_THAT(messageFor([](Promotion &p) { p.id = QStringLiteral("满100"); }), HasSubstr("letters, digits"));
    EXPECT_THAT(messageFor([](Promotion &p) { p.name = QStringLiteral("  "); }), HasSubstr("needs a name"));
    EXPECT_THAT(messageFor([](Promotion &p) {
                    p.window.from = QDate(2026, 12, 10);
                    p.window.until = QDate(2026, 12, 9);
                }),
                HasSubstr("before it starts"));
    EXPECT_THAT(messageFor([](Promotion &p) {
                    p.kind = Promotion::Kind::PercentOff;
                    p.percentBasisPoints = 12000;
                }),
                HasSubstr("at most 100"));
    EXPECT_THAT(messageFor([](Promotion &p) {
                    p.kind = Promotion::Kind::BuyGetFree;
                    p.buy = 2;
                }),
                HasSubstr("Buy N get M"));
    EXPECT_TRUE(promotions.list().value().isEmpty());
}

TEST_F(PromotionsTest, SwitchedOffAndEndedPromotionsDoNotRun)
{
    ASSERT_TRUE(promotions.save(owner, colaThreeForTen()).ok());
    ASSERT_TRUE(promotions.save(owner, spend100Get20()).ok());
    const auto runningIds = [&](QDate day) {
        QStringList ids;
        for (const Promotion &p : promotions.running(day).value())
            ids << p.id;
        return ids;
    };
    EXPECT_EQ(runningIds(QDate(2026, 12, 7)), (QStringList{QStringLiteral("COLA-3FOR10"), QStringLiteral("MAN100JIAN20")}));
    EXPECT_EQ(runningIds(QDate(2027, 1, 1)), QStringList{QStringLiteral("MAN100JIAN20")}); // the cola one ended
    ASSERT_TRUE(promotions.setActive(owner, QStringLiteral("MAN100JIAN20"), false).ok());
    EXPECT_EQ(runningIds(QDate(2026, 12, 7)), QStringList{QStringLiteral("COLA-3FOR10")});
    EXPECT_EQ(promotions.list().value().size(), 2); // kept, switched off
    EXPECT_EQ(promotions.setActive(owner, QStringLiteral("NOPE"), true).error().code, Error::Code::NotFound);
    EXPECT_EQ(auditActions().constLast(), QStringLiteral("promotion.off promotion:MAN100JIAN20"));
}

TEST_F(PromotionsTest, AnotherRegisterSeesAChangeWithoutARestart)
{
    std::unique_ptr<Services> lane2 = open();
    ASSERT_TRUE(lane2);
    PromotionService &lane2Promotions = MembersServices::of(*lane2).promotions();
    EXPECT_TRUE(lane2Promotions.running(QDate(2026, 12, 7)).value().isEmpty());
    ASSERT_TRUE(promotions.save(owner, spend100Get20()).ok());
    ASSERT_EQ(lane2Promotions.running(QDate(2026, 12, 7)).value().size(), 1);
    Promotion changed = spend100Get20();
    changed.amount = yuan(3000);
    ASSERT_TRUE(promotions.save(owner, changed).ok());
    EXPECT_EQ(lane2Promotions.running(QDate(2026, 12, 7)).value().constFirst().amount, yuan(3000));
}

TEST(PromotionJson, AFileWithABadFieldNamesIt)
{
    const auto errorOf = [](const char *json) {
        auto read = promotionFromJson(QJsonDocument::fromJson(json).object(), cny());
        return read.ok() ? std::string("read") : read.error().message.toStdString();
    };
    EXPECT_THAT(errorOf(R"({"id":"X","name":"x","kind":"halfOff"})"), HasSubstr("\"kind\""));
    EXPECT_THAT(errorOf(R"({"id":"X","name":"x","kind":"percentOff","percent":"12.345"})"), HasSubstr("\"percent\""));
    EXPECT_THAT(errorOf(R"({"id":"X","name":"x","kind":"amountOff","amount":"ten"})"), HasSubstr("\"amount\""));
    EXPECT_THAT(errorOf(R"({"id":"X","name":"x","kind":"amountOff","amount":"1","products":[1],"categories":[2]})"),
                HasSubstr("not both"));
    EXPECT_THAT(errorOf(R"({"id":"X","name":"x","kind":"amountOff","amount":"1","window":{"weekdays":[8]}})"),
                HasSubstr("\"weekdays\""));
    auto read = promotionFromJson(
        QJsonDocument::fromJson(R"({"id":"X","name":"x","kind":"percentOff","percent":"12.5","categories":[15]})").object(),
        cny());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->percentBasisPoints, 1250);
    EXPECT_EQ(read->scope.kind, PricingScope::Kind::Categories);
}
