// The store profile: defaults, validation messages, permission enforcement and auditing.
#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/storesettings.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include "localtimezone.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
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
        {"time-zone", QStringLiteral("Asia/Peking"), "Unknown time zone \"Asia/Peking\""},
        {"time-zone", QString(), "Unknown time zone"},
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

// ---- the store's time zone ---------------------------------------------------------------------------

TEST_F(ProfileTest, ANewStoreKeepsTheZoneItWasMadeInAndASetZoneSurvivesARestart)
{
    const QString madeIn = StoreProfile::systemTimeZone(); // SetUp made the store on this machine
    {
        // The same store opened on a lane (or a server) in another zone keeps its own.
        const char *elsewhere = madeIn == QLatin1String("Europe/Berlin") ? "Asia/Tokyo" : "Europe/Berlin";
        const test::LocalTimeZone lane(elsewhere);
        open();
        EXPECT_EQ(profiles().profile().timeZone, madeIn);
        EXPECT_EQ(profiles().timeZone().id(), madeIn.toLatin1());
    }
    ASSERT_TRUE(profiles().update(owner, valid()).ok());
    ASSERT_TRUE(profiles().setField(owner, QStringLiteral("time-zone"), QStringLiteral(" Asia/Shanghai ")).ok());
    open();
    const test::LocalTimeZone lane("Europe/Berlin");
    EXPECT_EQ(profiles().profile().timeZone, QStringLiteral("Asia/Shanghai"));
    EXPECT_EQ(profiles().profile().field(QStringLiteral("time-zone")), QStringLiteral("Asia/Shanghai"));
    const QList<AuditEntry> audit = auditOf(QStringLiteral("settings.profile"));
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_TRUE(audit.first().detail.contains(QStringLiteral("time-zone=Asia/Shanghai"))) << audit.first().detail.toStdString();
}

TEST_F(ProfileTest, LanesInBerlinAndShanghaiBookTheSameInstantOnTheShanghaiStoresBusinessDay)
{
    StoreProfile shop = valid();
    shop.timeZone = QStringLiteral("Asia/Shanghai");
    ASSERT_TRUE(profiles().update(owner, shop).ok());
    // 2026-12-07 03:30 in Shanghai (before the 04:00 day start) is 2026-12-06 20:30 in Berlin.
    const QDateTime instant(QDate(2026, 12, 7), QTime(3, 30), QTimeZone("Asia/Shanghai"));
    QDate berlinDay;
    QDate shanghaiDay;
    {
        const test::LocalTimeZone lane("Europe/Berlin");
        const QDateTime now = instant.toLocalTime(); // what the Berlin lane's clock says
        ASSERT_EQ(now.time(), QTime(20, 30));
        berlinDay = profiles().businessDate(now);
    }
    {
        const test::LocalTimeZone lane("Asia/Shanghai");
        shanghaiDay = profiles().businessDate(instant.toLocalTime());
    }
    EXPECT_EQ(berlinDay, QDate(2026, 12, 6));
    EXPECT_EQ(shanghaiDay, berlinDay);
    // Half an hour later the store's day turns over for both.
    const test::LocalTimeZone lane("Europe/Berlin");
    EXPECT_EQ(profiles().businessDate(instant.addSecs(1800).toLocalTime()), QDate(2026, 12, 7));
    EXPECT_EQ(profiles().businessDate(instant.addSecs(1799).toLocalTime()), QDate(2026, 12, 6));
    // The day starts at 04:00 Shanghai time, shown on the Berlin lane's clock (21:00 the evening before).
    EXPECT_EQ(profiles().businessDayStartsAt(QDate(2026, 12, 7)),
              QDateTime(QDate(2026, 12, 7), QTime(4, 0), QTimeZone("Asia/Shanghai")));
    EXPECT_EQ(profiles().businessDayStartsAt(QDate(2026, 12, 7)).toLocalTime().time(), QTime(21, 0));
}

TEST_F(ProfileTest, BusinessDaysAcrossDaylightSavingChangesTurnOverAt0400StoreTime)
{
    StoreProfile shop = valid();
    shop.timeZone = QStringLiteral("Europe/Berlin");
    ASSERT_TRUE(profiles().update(owner, shop).ok());
    const test::LocalTimeZone lane("Asia/Shanghai"); // the lane's own zone has no DST and must not matter
    auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    };
    // Spring forward, Sunday 2026-03-29 02:00 CET -> 03:00 CEST (01:00 UTC). 04:00 CEST is 02:00 UTC.
    EXPECT_EQ(profiles().businessDate(utc(3, 29, 1, 59)), QDate(2026, 3, 28)); // 03:59 CEST
    EXPECT_EQ(profiles().businessDate(utc(3, 29, 2, 0)), QDate(2026, 3, 29));  // 04:00 CEST
    // Business day 03-28 began at 04:00 CET (03:00 UTC): it is 23 hours long.
    EXPECT_EQ(profiles().businessDate(utc(3, 28, 2, 59)), QDate(2026, 3, 27));
    EXPECT_EQ(profiles().businessDate(utc(3, 28, 3, 0)), QDate(2026, 3, 28));
    EXPECT_EQ(profiles().businessDayStartsAt(QDate(2026, 3, 28)).secsTo(profiles().businessDayStartsAt(QDate(2026, 3, 29))),
              23 * 3600);
    // Fall back, Sunday 2026-10-25 03:00 CEST -> 02:00 CET (01:00 UTC). 04:00 CET is 03:00 UTC.
    EXPECT_EQ(profiles().businessDate(utc(10, 25, 2, 59)), QDate(2026, 10, 24)); // 03:59 CET
    EXPECT_EQ(profiles().businessDate(utc(10, 25, 3, 0)), QDate(2026, 10, 25));  // 04:00 CET
    // The repeated hour (02:00-03:00 local, twice) stays on business day 10-24 both times.
    EXPECT_EQ(profiles().businessDate(utc(10, 25, 0, 30)), QDate(2026, 10, 24)); // 02:30 CEST
    EXPECT_EQ(profiles().businessDate(utc(10, 25, 1, 30)), QDate(2026, 10, 24)); // 02:30 CET
    EXPECT_EQ(profiles().businessDayStartsAt(QDate(2026, 10, 24)).secsTo(profiles().businessDayStartsAt(QDate(2026, 10, 25))),
              25 * 3600);
}
