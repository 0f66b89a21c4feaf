#include "core/storedtime.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace qtill;

TEST(StoredTime, TheSameMomentIsTheSameTextInEveryZone)
{
    const QDateTime shanghai(QDate(2026, 12, 7), QTime(11, 18, 45, 123), QTimeZone("Asia/Shanghai"));
    const QDateTime berlin(QDate(2026, 12, 7), QTime(4, 18, 45, 123), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(storedTime(shanghai), QStringLiteral("2026-12-07T03:18:45.123Z"));
    EXPECT_EQ(storedTime(berlin), storedTime(shanghai));
}

TEST(StoredTime, ReadsBackTheSameInstant)
{
    const QDateTime at(QDate(2026, 3, 29), QTime(1, 59, 59, 7), QTimeZone("Europe/Berlin"));
    const QDateTime back = parseStoredTime(storedTime(at));
    EXPECT_EQ(back.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    EXPECT_EQ(back.timeSpec(), Qt::LocalTime) << "shown as the lane's clock";
}

TEST(StoredTime, TextSortsAsTime)
{
    const QDateTime early(QDate(2026, 12, 7), QTime(23, 59, 0), QTimeZone("Asia/Shanghai")); // 15:59 UTC
    const QDateTime late(QDate(2026, 12, 7), QTime(16, 30, 0), QTimeZone::utc());
    EXPECT_LT(storedTime(early), storedTime(late));
}

TEST(StoredTime, TextWithoutOffsetIsLocalTime)
{
    const QDateTime back = parseStoredTime(QStringLiteral("2026-11-22T09:30:00.000"));
    EXPECT_EQ(back, QDateTime(QDate(2026, 11, 22), QTime(9, 30)));
}

TEST(StoredTime, NothingStoredIsNoTime)
{
    EXPECT_TRUE(storedTime(QDateTime()).isNull());
    EXPECT_FALSE(parseStoredTime(QString()).isValid());
    EXPECT_FALSE(parseStoredTime(QStringLiteral("yesterday")).isValid());
}
