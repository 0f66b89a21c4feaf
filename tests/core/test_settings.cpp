#include "core/clock.h"
#include "core/settings.h"
#include "core/storesettings.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace qtill;

namespace {
const Setting<int> kIdle{"security/idleLockMinutes", 5};
const Setting<QString> kName{"store/name", QStringLiteral("Qtill")};
const Setting<bool> kNegativeStock{"inventory/allowNegative", false};
const Setting<QTime> kDayStart{"store/businessDayStart", QTime(4, 0)};
} // namespace

TEST(Settings, TypedValuesFallBackToTheirDefault)
{
    MemorySettings m;
    EXPECT_EQ(kIdle.get(m), 5);
    EXPECT_TRUE(kIdle.set(m, 15));
    EXPECT_EQ(kIdle.get(m), 15);
    EXPECT_TRUE(kIdle.reset(m));
    EXPECT_EQ(kIdle.get(m), 5);
}

TEST(Settings, StoreSettingsSurviveARestartAndKeepTheirTypes)
{
    test::TempStore t;
    {
        StoreSettings s(*t.store);
        EXPECT_EQ(kName.get(s), QStringLiteral("Qtill"));
        ASSERT_TRUE(kName.set(s, QStringLiteral("好邻居便利店")));
        ASSERT_TRUE(kIdle.set(s, 10));
        ASSERT_TRUE(kNegativeStock.set(s, true));
        ASSERT_TRUE(kDayStart.set(s, QTime(5, 30)));
        ASSERT_TRUE(kIdle.set(s, 12)); // overwrite
        const Setting<QString> address{"store/address", QStringLiteral("")};
        ASSERT_TRUE(address.set(s, QStringLiteral("人民路 1 号")));
        ASSERT_TRUE(address.set(s, QString())); // a cleared field is saved, not refused
        EXPECT_EQ(address.get(s), QString());
    }
    t.reopen();
    StoreSettings s(*t.store);
    EXPECT_EQ(kName.get(s), QStringLiteral("好邻居便利店"));
    EXPECT_EQ(kIdle.get(s), 12);
    EXPECT_TRUE(kNegativeStock.get(s));
    EXPECT_EQ(kDayStart.get(s), QTime(5, 30));
}

TEST(Clock, BusinessDateFollowsTheDayBoundary)
{
    const QTime four(4, 0);
    EXPECT_EQ(Clock::businessDate(QDateTime(QDate(2026, 11, 22), QTime(2, 30)), four), QDate(2026, 11, 21));
    EXPECT_EQ(Clock::businessDate(QDateTime(QDate(2026, 11, 22), QTime(4, 0)), four), QDate(2026, 11, 22));
    EXPECT_EQ(Clock::businessDate(QDateTime(QDate(2026, 11, 22), QTime(23, 59)), four), QDate(2026, 11, 22));
    EXPECT_EQ(Clock::businessDate(QDateTime(QDate(2026, 1, 1), QTime(0, 10)), QTime(0, 0)), QDate(2026, 1, 1));
}

TEST(Clock, ManualClockMovesOnlyWhenTold)
{
    ManualClock c(QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    EXPECT_EQ(c.now(), QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    c.advanceMs(90'000);
    EXPECT_EQ(c.now().time(), QTime(9, 1, 30));
    EXPECT_EQ(c.monotonicMs(), 90'000);
}
