// The store profile: defaults, validation messages, permission enforcement and auditing.
#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/storesettings.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

/// A store opened through Services with the first-run operators, a manager, and sessions for them.
struct ProfileTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Services> services;
    Session owner;
    Session manager;
    Session cashier;

    void SetUp() override { open(); }

    void open()
    {
        services.reset();
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        services = std::move(opened.value());
        if (services->operators().count().valueOr(0) == 0) {
            ASSERT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
            owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
            ASSERT_TRUE(services->operators()
                            .create(owner, QStringLiteral("02"), QStringLiteral("经理"), Role::Manager, QStringLiteral("2222"))
                            .ok());
        }
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        manager = services->operators().signIn(QStringLiteral("02"), QStringLiteral("2222")).value();
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).value();
    }

    StoreProfileService &profiles() { return services->storeProfile(); }

    StoreProfile valid()
    {
        StoreProfile p;
        p.name = QStringLiteral("好邻居便利店");
        p.address = QStringLiteral("北京市朝阳区建国路 1 号");
        p.phone = QStringLiteral("010-6500 0000");
        p.taxId = QStringLiteral("91110105MA01ABCD2X");
        p.receiptFooter = QStringLiteral("谢谢惠顾\n欢迎再来");
        return p;
    }

    QList<AuditEntry> auditOf(const QString &action)
    {
        AuditQuery q;
        q.actionPrefix = action;
        return services->auditLog().entries(q).valueOr({});
    }
};

} // namespace

TEST_F(ProfileTest, FreshStoreHasTheDefaults)
{
    const StoreProfile p = profiles().profile();
    EXPECT_TRUE(p.name.isEmpty());
    EXPECT_EQ(p.currencyCode, QStringLiteral("CNY"));
    EXPECT_EQ(profiles().currency().code(), QStringLiteral("CNY"));
    EXPECT_EQ(p.businessDayStart, QTime(4, 0));
    EXPECT_EQ(p.registerId, QStringLiteral("R01"));
    // 02:30 still belongs to the previous business day; 04:00 starts the new one.
    EXPECT_EQ(profiles().businessDate(QDateTime(QDate(2026, 11, 22), QTime(2, 30))), QDate(2026, 11, 21));
    EXPECT_EQ(profiles().businessDate(QDateTime(QDate(2026, 11, 22), QTime(4, 0))), QDate(2026, 11, 22));
}

TEST_F(ProfileTest, OwnerSavesTheProfileAndItSurvivesARestart)
{
    const StoreProfile wanted = valid();
    ASSERT_TRUE(profiles().update(owner, wanted).ok());
    open();
    EXPECT_EQ(profiles().profile(), wanted);
    EXPECT_EQ(profiles().profile().receiptFooter, QStringLiteral("谢谢惠顾\n欢迎再来"));

    const QList<AuditEntry> audit = auditOf(QStringLiteral("settings.profile"));
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().actorId, owner.operatorId);
    EXPECT_EQ(audit.first().outcome, AuditOutcome::kOk);
    EXPECT_TRUE(audit.first().detail.contains(QStringLiteral("name=好邻居便利店")));
}

TEST_F(ProfileTest, ManagerMayEditButCashierIsRefusedAndAudited)
{
    ASSERT_TRUE(profiles().update(manager, valid()).ok());

    StoreProfile changed = valid();
    changed.name = QStringLiteral("收银员改的名字");
    const Status refused = profiles().update(cashier, changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(profiles().profile().name, QStringLiteral("好邻居便利店"));

    const QList<AuditEntry> audit = auditOf(QStringLiteral("settings.profile"));
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.first().outcome, AuditOutcome::kDenied); // newest first
    EXPECT_EQ(audit.first().actorId, cashier.operatorId);
}

TEST_F(ProfileTest, AnUnchangedProfileIsNotAuditedAgain)
{
    ASSERT_TRUE(profiles().update(owner, valid()).ok());
    ASSERT_TRUE(profiles().update(owner, valid()).ok());
    EXPECT_EQ(auditOf(QStringLiteral("settings.profile")).size(), 1);
}

TEST_F(ProfileTest, InvalidProfilesAreRefusedWithAClearMessage)
{
    struct Case { const char *field; QString value; const char *messagePart; };
    const Case cases[] = {
        {"name", QStringLiteral("   "), "store name is empty"},
        {"register-id", QStringLiteral("r01"), "not a register id"},
        {"register-id", QStringLiteral("LANE-1"), "not a register id"},
        {"register-id", QStringLiteral("R123456789"), "not a register id"},
        {"currency", QStringLiteral("RMB"), "Unknown currency \"RMB\""},
        {"day-start", QStringLiteral("13:00"), "between 00:00 and 12:00"},
        {"day-start", QStringLiteral("4 o'clock"), "not a time"},
        {"tax-id", QStringLiteral("9111 0105"), "tax id may contain only"},
        {"logo", QStringLiteral("/nonexistent/logo.png"), "logo file /nonexistent/logo.png does not exist"},
        {"phone", QString(StoreProfile::kMaxTextLength + 1, QLatin1Char('1')), "Phone is too long"},
        {"colour", QStringLiteral("red"), "no store profile field \"colour\""},
        {"idle-lock", QStringLiteral("five"), "not a number of minutes"},
        {"idle-lock", QStringLiteral("-1"), "0 to 240 minutes"},
        {"idle-lock", QStringLiteral("241"), "0 to 240 minutes"},
    };
    ASSERT_TRUE(profiles().update(owner, valid()).ok());
    for (const Case &c : cases) {
        const Status s = profiles().setField(owner, QLatin1String(c.field), c.value);
        ASSERT_FALSE(s.ok()) << c.field;
        EXPECT_EQ(s.error().code, Error::Code::InvalidInput) << c.field;
        EXPECT_TRUE(s.error().message.contains(QLatin1String(c.messagePart)))
            << c.field << ": " << s.error().message.toStdString();
    }
    EXPECT_EQ(profiles().profile(), valid());
}

TEST_F(ProfileTest, SetFieldChangesOneFieldAndTheBusinessDay)
{
    ASSERT_TRUE(profiles().update(owner, valid()).ok());
    ASSERT_TRUE(profiles().setField(owner, QStringLiteral("day-start"), QStringLiteral("6:30")).ok());
    ASSERT_TRUE(profiles().setField(owner, QStringLiteral("currency"), QStringLiteral("hkd")).ok());
    ASSERT_TRUE(profiles().setField(owner, QStringLiteral("register-id"), QStringLiteral("R02")).ok());
    ASSERT_TRUE(profiles().setField(owner, QStringLiteral("idle-lock"), QStringLiteral("15")).ok());
    open();
    // The idle lock is the same setting the shell reads at sign-in.
    EXPECT_EQ(kIdleLockMinutes.get(services->settings()), 15);
    EXPECT_EQ(profiles().profile().idleLockMinutes, 15);
    EXPECT_EQ(profiles().businessDayStart(), QTime(6, 30));
    EXPECT_EQ(profiles().businessDate(QDateTime(QDate(2026, 11, 22), QTime(6, 0))), QDate(2026, 11, 21));
    EXPECT_EQ(profiles().currency().code(), QStringLiteral("HKD"));
    EXPECT_EQ(profiles().registerId(), QStringLiteral("R02"));
    EXPECT_EQ(profiles().profile().name, valid().name);
}

TEST_F(ProfileTest, AnExistingLogoFileIsAccepted)
{
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    QFile file(logo);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("png");
    file.close();
    StoreProfile p = valid();
    p.logoPath = logo;
    ASSERT_TRUE(profiles().update(owner, p).ok());
    EXPECT_EQ(profiles().profile().logoPath, logo);
}
