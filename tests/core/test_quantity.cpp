#include "core/quantity.h"

#include <QLocale>
#include <gtest/gtest.h>

#include <limits>

using namespace qtill;

TEST(Quantity, WeighedAndCountedGoodsShareMilliUnits)
{
    EXPECT_EQ(Quantity::units(3).milli(), 3000);
    EXPECT_TRUE(Quantity::units(3).isWhole());
    EXPECT_FALSE(Quantity::fromMilli(355).isWhole());
}

TEST(Quantity, ParsesAndFormats)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(Quantity::parse(QStringLiteral("0.355"), c)->milli(), 355);
    EXPECT_EQ(Quantity::parse(QStringLiteral("2"), c)->milli(), 2000);
    EXPECT_EQ(Quantity::parse(QStringLiteral("1.5"), c)->milli(), 1500);
    EXPECT_EQ(Quantity::parse(QStringLiteral("-1"), c)->milli(), -1000);
    EXPECT_EQ(Quantity::fromMilli(355).toString(c), QStringLiteral("0.355"));
    EXPECT_EQ(Quantity::fromMilli(1500).toString(c), QStringLiteral("1.5"));
    EXPECT_EQ(Quantity::units(12).toString(c), QStringLiteral("12"));
    EXPECT_EQ(Quantity::fromMilli(-250).toString(c), QStringLiteral("-0.25"));
    EXPECT_EQ(Quantity::fromMilli(1500).toString(QLocale(QLocale::German)), QStringLiteral("1,5"));
}

TEST(Quantity, RejectsBadInput)
{
    const QLocale c = QLocale::c();
    for (const char *text : {"", "x", "1.2345", "1..2", "2kg", "1.", "99999999999999999"}) {
        auto q = Quantity::parse(QString::fromLatin1(text), c);
        EXPECT_FALSE(q.ok()) << text;
        if (!q.ok()) {
            EXPECT_FALSE(q.error().message.isEmpty());
        }
    }
}

TEST(Quantity, OverflowIsAnError)
{
    const auto big = Quantity::fromMilli(std::numeric_limits<std::int64_t>::max());
    EXPECT_FALSE(big.plus(Quantity::fromMilli(1)).ok());
    EXPECT_EQ(big.minus(Quantity::fromMilli(1))->milli(), std::numeric_limits<std::int64_t>::max() - 1);
}

TEST(Quantity, PackTimesCountIsCheckedNotWrapped)
{
    // 2 scans of a case of 24 are 48 units; 1.5 of a 0.355 kg pack is 0.5325 → 0.533 kg (half-up).
    EXPECT_EQ(Quantity::units(2).times(Quantity::units(24))->milli(), 48000);
    EXPECT_EQ(Quantity::fromMilli(1500).times(Quantity::fromMilli(355))->milli(), 533);
    EXPECT_EQ(Quantity::units(24).times(3)->milli(), 72000);
    const auto max = std::numeric_limits<std::int64_t>::max();
    auto big = Quantity::fromMilli(max / 2).times(Quantity::units(3));
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, Error::Code::Overflow);
    EXPECT_FALSE(Quantity::fromMilli(max / 2).times(3).ok());
}
