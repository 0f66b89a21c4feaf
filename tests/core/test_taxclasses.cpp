// Tax classes: rates in basis points, one default, validation, permissions and audit.
#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/taxclassservice.h"

#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

struct TaxTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock;
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;

    void SetUp() override
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        services = std::move(opened.value());
        ASSERT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).value();
    }

    TaxClassService &taxes() { return services->taxClasses(); }

    QStringList codes()
    {
        QStringList list;
        for (const TaxClass &c : taxes().list().valueOr({}))
            list << c.code;
        return list;
    }
};

} // namespace

TEST(TaxRate, ParsesPercentagesToBasisPoints)
{
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral("13%")).valueOr(-1), 1300);
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral(" 9 ")).valueOr(-1), 900);
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral("5.5")).valueOr(-1), 550);
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral("0.25%")).valueOr(-1), 25);
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral("0")).valueOr(-1), 0);
    EXPECT_EQ(TaxClass::parseRate(QStringLiteral("100%")).valueOr(-1), 10000);
    for (const char *bad : {"101", "100.01", "-1", "13.125", "abc", "", "1,5"}) {
        auto r = TaxClass::parseRate(QLatin1String(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    }
    EXPECT_TRUE(TaxClass::parseRate(QStringLiteral("101")).error().message.contains(QStringLiteral("between 0% and 100%")));
}

TEST(TaxRate, FormatsWithoutTrailingZeros)
{
    EXPECT_EQ(TaxClass::formatRate(1300), QStringLiteral("13%"));
    EXPECT_EQ(TaxClass::formatRate(550), QStringLiteral("5.5%"));
    EXPECT_EQ(TaxClass::formatRate(25), QStringLiteral("0.25%"));
    EXPECT_EQ(TaxClass::formatRate(0), QStringLiteral("0%"));
}

TEST_F(TaxTest, ChinaVatIsAddedWithStandardAsDefault)
{
    ASSERT_TRUE(taxes().add(owner, TaxClass::chinaVat()).ok());
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("standard"), QStringLiteral("reduced"), QStringLiteral("low"),
                                    QStringLiteral("zero")}));
    const TaxClass def = taxes().defaultClass().value();
    EXPECT_EQ(def.code, QStringLiteral("standard"));
    EXPECT_EQ(def.rateBasisPoints, 1300);
    EXPECT_EQ(taxes().find(QStringLiteral("reduced")).value().rateBasisPoints, 900);

    AuditQuery q;
    q.actionPrefix = QStringLiteral("tax.");
    EXPECT_EQ(services->auditLog().count(q).valueOr(0), 4);
}

TEST_F(TaxTest, TheFirstClassBecomesTheDefault)
{
    EXPECT_EQ(taxes().defaultClass().error().code, Error::Code::NotFound);
    ASSERT_TRUE(taxes().add(owner, TaxClass{QStringLiteral("reduced"), QStringLiteral("增值税 9%"), 900, false}).ok());
    EXPECT_EQ(taxes().defaultClass().value().code, QStringLiteral("reduced"));
}

TEST_F(TaxTest, DuplicateCodeIsRefusedAndNothingOfTheBatchIsAdded)
{
    ASSERT_TRUE(taxes().add(owner, TaxClass::chinaVat()).ok());
    const Status dup = taxes().add(owner, {TaxClass{QStringLiteral("books"), QStringLiteral("图书"), 900, false},
                                           TaxClass{QStringLiteral("standard"), QStringLiteral("Other"), 1000, false}});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, Error::Code::Conflict);
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("tax class standard already")));
    EXPECT_FALSE(codes().contains(QStringLiteral("books")));
}

TEST_F(TaxTest, InvalidClassesAreRefused)
{
    const TaxClass bad[] = {
        {QStringLiteral("Standard!"), QStringLiteral("x"), 1300, false},
        {QStringLiteral("std"), QStringLiteral("  "), 1300, false},
        {QStringLiteral("std"), QStringLiteral("x"), 10001, false},
        {QStringLiteral("std"), QStringLiteral("x"), -1, false},
    };
    for (const TaxClass &c : bad) {
        const Status s = taxes().add(owner, c);
        ASSERT_FALSE(s.ok()) << c.code.toStdString();
        EXPECT_EQ(s.error().code, Error::Code::InvalidInput);
    }
    EXPECT_TRUE(codes().isEmpty());
}

TEST_F(TaxTest, CashierMayNotChangeTaxes)
{
    const Status s = taxes().add(cashier, TaxClass::chinaVat());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::PermissionDenied);
    EXPECT_TRUE(codes().isEmpty());
    AuditQuery q;
    q.actionPrefix = QStringLiteral("tax.add");
    const QList<AuditEntry> audit = services->auditLog().entries(q).valueOr({});
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().outcome, AuditOutcome::kDenied);
}

TEST_F(TaxTest, UpdateChangesTheRateAndMovesTheDefault)
{
    ASSERT_TRUE(taxes().add(owner, TaxClass::chinaVat()).ok());
    TaxClass low = taxes().find(QStringLiteral("low")).value();
    low.rateBasisPoints = 500;
    low.isDefault = true;
    ASSERT_TRUE(taxes().update(owner, low).ok());
    EXPECT_EQ(taxes().find(QStringLiteral("low")).value().rateBasisPoints, 500);
    EXPECT_EQ(taxes().defaultClass().value().code, QStringLiteral("low"));
    EXPECT_FALSE(taxes().find(QStringLiteral("standard")).value().isDefault);

    AuditQuery q;
    q.actionPrefix = QStringLiteral("tax.update");
    const QList<AuditEntry> audit = services->auditLog().entries(q).valueOr({});
    ASSERT_EQ(audit.size(), 1);
    EXPECT_TRUE(audit.first().detail.contains(QStringLiteral("6%")));
    EXPECT_TRUE(audit.first().detail.contains(QStringLiteral("5%")));
}

TEST_F(TaxTest, TheDefaultCannotBeSwitchedOffWithoutAReplacement)
{
    ASSERT_TRUE(taxes().add(owner, TaxClass::chinaVat()).ok());
    TaxClass standard = taxes().find(QStringLiteral("standard")).value();
    standard.isDefault = false;
    const Status s = taxes().update(owner, standard);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Make another class the default")));
    EXPECT_EQ(taxes().defaultClass().value().code, QStringLiteral("standard"));
}

TEST_F(TaxTest, UpdatingAnUnknownClassIsNotFound)
{
    const Status s = taxes().update(owner, TaxClass{QStringLiteral("nope"), QStringLiteral("x"), 100, false});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::NotFound);
}

TEST_F(TaxTest, ANewStoreGetsTheStandardClassesOnceAndAStoreWithClassesKeepsItsOwn)
{
    auto added = taxes().addStandardClasses(owner);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(*added, 4);
    // The codes the demo store and product exports use, with China's rates; "standard" is the default.
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("standard"), QStringLiteral("reduced"), QStringLiteral("low"),
                                    QStringLiteral("zero")}));
    EXPECT_EQ(taxes().defaultClass()->code, QStringLiteral("standard"));
    EXPECT_EQ(taxes().find(QStringLiteral("reduced"))->rateBasisPoints, 900);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("tax.add");
    EXPECT_EQ(services->auditLog().entries(query)->size(), 4);

    auto again = taxes().addStandardClasses(owner);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(codes().size(), 4);
}

TEST_F(TaxTest, OnlyWhoMayEditSettingsAddsTheStandardClasses)
{
    auto refused = taxes().addStandardClasses(cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_TRUE(codes().isEmpty());
}
