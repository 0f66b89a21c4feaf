#include "core/money.h"

#include <QLocale>
#include <gtest/gtest.h>

#include <limits>

using namespace qtill;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
const Currency kCny = Currency::cny();
const Currency kUsd = Currency::fromCode(QStringLiteral("USD"));
Money fen(std::int64_t v) { return Money::fromMinor(v, kCny); }
const QLocale kC = QLocale::c();
const QLocale kZh(QLocale::Chinese, QLocale::China);
const QLocale kDe(QLocale::German, QLocale::Germany);
} // namespace

TEST(Money, ADefaultMoneyIsUnsetNotZeroYuan)
{
    const Money m;
    EXPECT_TRUE(m.isZero());
    EXPECT_FALSE(m.hasCurrency());
    EXPECT_TRUE(m.currency().code().isEmpty()); // was "CNY": an implicit currency
    EXPECT_NE(m, Money::zero(kCny));
    EXPECT_EQ(m.format(kC), QStringLiteral("0.00")); // no symbol to show
}

TEST(Money, ArithmeticOnAnUnsetAmountIsAnErrorNeverAnAdoptedCurrency)
{
    const Money unset;
    for (const Result<Money> &r : {unset.plus(fen(5)), fen(5).plus(unset), unset.minus(fen(5)), fen(5).minus(unset),
                                   unset.negated(), unset.times(3), unset.times(Quantity::units(2)),
                                   unset.scaled(1, 2, RoundingMode::HalfUp), unset.percent(1000, RoundingMode::HalfUp),
                                   unset.roundedTo(10, RoundingMode::HalfUp), unset.plus(unset)}) {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
        EXPECT_FALSE(r.error().message.isEmpty());
    }
    EXPECT_THROW((void)(unset + fen(1)), std::invalid_argument);
    Money total;
    EXPECT_THROW(total += fen(1), std::invalid_argument);
    // An invalid currency behaves the same.
    const Money bogus = Money::fromMinor(100, Currency::fromCode(QStringLiteral("XYZ")));
    EXPECT_FALSE(bogus.hasCurrency());
    EXPECT_FALSE(bogus.plus(bogus).ok());
}

TEST(Money, EveryFactoryNeedsAValidCurrency)
{
    const Currency none = Currency::fromCode(QString());
    EXPECT_EQ(Money::fromMinor(1250, kUsd).currency(), kUsd);
    EXPECT_EQ(Money::zero(kUsd).currency(), kUsd);
    EXPECT_EQ(Money::fromMajor(3, kUsd)->minor(), 300);
    EXPECT_EQ(Money::parse(QStringLiteral("$12.50"), kC, kUsd)->currency(), kUsd);
    EXPECT_EQ(Money::fromKeypadDigits(QStringLiteral("1250"), kUsd)->currency(), kUsd);
    EXPECT_FALSE(Money::fromMajor(3, none).ok());
    EXPECT_FALSE(Money::parse(QStringLiteral("12.50"), kC, none).ok());
    EXPECT_FALSE(Money::fromKeypadDigits(QStringLiteral("1250"), none).ok());
}

TEST(MoneySum, AddsUpInItsCurrency)
{
    MoneySum sum(kUsd);
    EXPECT_EQ(sum.result().value(), Money::zero(kUsd));
    sum.add(Money::fromMinor(150, kUsd));
    sum.add(Money::fromMinor(250, kUsd).times(Quantity::units(2)));
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(sum.result().value(), Money::fromMinor(650, kUsd));
}

TEST(MoneySum, KeepsTheFirstErrorInsteadOfDroppingALine)
{
    MoneySum mixed(kUsd);
    mixed.add(Money::fromMinor(150, kUsd));
    mixed.add(fen(100));                        // yuan in a dollar total
    mixed.add(Money::fromMinor(1, kUsd));
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.result().error().code, Error::Code::InvalidInput);

    MoneySum overflow(kCny);
    overflow.add(fen(kMax));
    overflow.add(fen(1));
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.result().error().code, Error::Code::Overflow);

    MoneySum failedLine(kCny);
    failedLine.add(fen(kMax).times(Quantity::units(2)));   // the line itself overflowed
    failedLine.add(fen(5));
    EXPECT_FALSE(failedLine.ok());

    MoneySum unset(kCny);
    unset.add(Money());
    EXPECT_FALSE(unset.ok());
}

TEST(Money, AddsAndSubtractsExactly)
{
    // 0.1 + 0.2 is exactly 0.3 in fen, as it must be at a till.
    EXPECT_EQ(fen(10) + fen(20), fen(30));
    EXPECT_EQ(fen(1000) - fen(1), fen(999));
    EXPECT_EQ(*fen(5).minus(fen(8)), fen(-3));
}

TEST(Money, OverflowIsAnErrorNotAWrap)
{
    auto sum = fen(kMax).plus(fen(1));
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code, Error::Code::Overflow);
    EXPECT_FALSE(sum.error().message.isEmpty());
    EXPECT_FALSE(fen(kMin).minus(fen(1)).ok());
    EXPECT_FALSE(fen(kMin).negated().ok());
    EXPECT_FALSE(fen(kMax / 2 + 1).times(2).ok());
    EXPECT_FALSE(fen(kMax).times(Quantity::units(2)).ok());
    EXPECT_THROW((void)(fen(kMax) + fen(1)), MoneyOverflow);
    EXPECT_THROW((void)-fen(kMin), MoneyOverflow);
    EXPECT_FALSE(Money::fromMajor(kMax / 10, kCny).ok());
}

TEST(Money, MixedCurrenciesAreRefused)
{
    const Money usd = Money::fromMinor(100, kUsd);
    auto sum = fen(100).plus(usd);
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code, Error::Code::InvalidInput);
    EXPECT_THROW((void)(fen(1) + usd), std::invalid_argument);
}

struct RoundingCase
{
    std::int64_t price;   // fen
    std::int64_t milli;   // quantity in milli-units
    RoundingMode mode;
    std::int64_t expected;
};

class MoneyRounding : public ::testing::TestWithParam<RoundingCase> {};

TEST_P(MoneyRounding, PriceTimesQuantityRoundsOnceByTheNamedMode)
{
    const RoundingCase c = GetParam();
    auto line = fen(c.price).times(Quantity::fromMilli(c.milli), c.mode);
    ASSERT_TRUE(line.ok());
    EXPECT_EQ(line->minor(), c.expected) << c.price << " x " << c.milli << " " << roundingModeName(c.mode);
}

INSTANTIATE_TEST_SUITE_P(
    Table, MoneyRounding,
    ::testing::Values(
        // 12.98/kg x 0.355 kg = 460.79 fen
        RoundingCase{1298, 355, RoundingMode::HalfUp, 461}, RoundingCase{1298, 355, RoundingMode::Down, 460},
        RoundingCase{1298, 355, RoundingMode::Floor, 460}, RoundingCase{1298, 355, RoundingMode::Ceiling, 461},
        // exact ties: 1 fen x 0.5 = 0.5 fen; 3 fen x 0.5 = 1.5 fen
        RoundingCase{1, 500, RoundingMode::HalfUp, 1}, RoundingCase{1, 500, RoundingMode::HalfEven, 0},
        RoundingCase{1, 500, RoundingMode::HalfDown, 0}, RoundingCase{3, 500, RoundingMode::HalfEven, 2},
        RoundingCase{3, 500, RoundingMode::HalfUp, 2}, RoundingCase{3, 500, RoundingMode::HalfDown, 1},
        // negatives (a refund line) round symmetrically for the half modes, directionally for floor/ceiling
        RoundingCase{-3, 500, RoundingMode::HalfUp, -2}, RoundingCase{-3, 500, RoundingMode::HalfEven, -2},
        RoundingCase{-1298, 355, RoundingMode::Floor, -461}, RoundingCase{-1298, 355, RoundingMode::Ceiling, -460},
        RoundingCase{-1298, 355, RoundingMode::Down, -460}, RoundingCase{-1298, 355, RoundingMode::Up, -461},
        // whole pieces need no rounding
        RoundingCase{350, 3000, RoundingMode::HalfUp, 1050}));

TEST(Money, PercentAndCashRounding)
{
    // 12.5 % of 9.99 = 124.875 fen
    EXPECT_EQ(fen(999).percent(1250, RoundingMode::HalfUp)->minor(), 125);
    EXPECT_EQ(fen(999).percent(1250, RoundingMode::Down)->minor(), 124);
    // 抹零: drop the fen (step 10) or the jiao (step 100)
    EXPECT_EQ(fen(12345).roundedTo(10, RoundingMode::Down)->minor(), 12340);
    EXPECT_EQ(fen(12345).roundedTo(10, RoundingMode::HalfUp)->minor(), 12350);
    EXPECT_EQ(fen(12345).roundedTo(100, RoundingMode::HalfUp)->minor(), 12300);
    EXPECT_FALSE(fen(1).roundedTo(0, RoundingMode::HalfUp).ok());
    EXPECT_FALSE(fen(1).scaled(1, 0, RoundingMode::HalfUp).ok());
}

TEST(Money, ParsesWhatPeopleType)
{
    struct Case { const char16_t *text; std::int64_t fen; };
    for (const Case c : {Case{u"12", 1200}, Case{u"12.5", 1250}, Case{u"12.50", 1250}, Case{u"0.05", 5},
                         Case{u"¥1,234.50", 123450}, Case{u"￥8", 800}, Case{u" 3.2 ", 320}, Case{u"-3.20", -320},
                         Case{u"15元", 1500}, Case{u"CNY 7.00", 700}, Case{u".5", 50}}) {
        auto m = Money::parse(QString::fromUtf16(c.text), kZh, kCny);
        ASSERT_TRUE(m.ok()) << QString::fromUtf16(c.text).toStdString() << ": " << m.error().toString().toStdString();
        EXPECT_EQ(m->minor(), c.fen) << QString::fromUtf16(c.text).toStdString();
    }
    // German separators: 1.234,50
    EXPECT_EQ(Money::parse(QStringLiteral("1.234,50"), kDe, kCny)->minor(), 123450);
}

TEST(Money, RejectsBadInputWithAClearMessage)
{
    for (const char16_t *text : {u"", u"   ", u"abc", u"12.345", u"1.2.3", u"12a", u"--5", u"¥", u"12.", u"1e5",
                                 u"９９", u"99999999999999999999"}) {
        auto m = Money::parse(QString::fromUtf16(text), kC, kCny);
        EXPECT_FALSE(m.ok()) << "accepted: " << QString::fromUtf16(text).toStdString();
        if (!m.ok()) {
            EXPECT_FALSE(m.error().message.isEmpty());
            EXPECT_TRUE(m.error().code == Error::Code::InvalidInput || m.error().code == Error::Code::Overflow);
        }
    }
    EXPECT_EQ(Money::parse(QStringLiteral("99999999999999999999"), kC, kCny).error().code, Error::Code::Overflow);
    // JPY has no minor digits: "100.5" yen is not an amount
    EXPECT_FALSE(Money::parse(QStringLiteral("100.5"), kC, Currency::fromCode(QStringLiteral("JPY"))).ok());
}

TEST(Money, KeypadDigitsFillFromTheRight)
{
    EXPECT_EQ(Money::fromKeypadDigits(QStringLiteral("1000"), kCny)->minor(), 1000); // 10.00
    EXPECT_EQ(Money::fromKeypadDigits(QStringLiteral("5"), kCny)->minor(), 5);       // 0.05
    EXPECT_EQ(Money::fromKeypadDigits(QString(), kCny)->minor(), 0);
    EXPECT_FALSE(Money::fromKeypadDigits(QStringLiteral("12a"), kCny).ok());
    EXPECT_EQ(Money::fromKeypadDigits(QStringLiteral("99999999999999999999"), kCny).error().code, Error::Code::Overflow);
    EXPECT_EQ(Money::fromKeypadDigits(QStringLiteral("1000"), kCny)->format(kC), QStringLiteral("¥10.00"));
}

TEST(Money, FormatsForTheScreenAndForFiles)
{
    EXPECT_EQ(fen(123450).format(kZh), QStringLiteral("¥1,234.50"));
    EXPECT_EQ(fen(-5).format(kZh), QStringLiteral("-¥0.05"));
    EXPECT_EQ(fen(123450).format(kDe, Money::Symbol::Without), QStringLiteral("1.234,50"));
    EXPECT_EQ(fen(123450).toPlainString(), QStringLiteral("1234.50"));
    EXPECT_EQ(fen(kMin).toPlainString(), QStringLiteral("-92233720368547758.08"));
    EXPECT_EQ(Money::fromMinor(500, Currency::fromCode(QStringLiteral("JPY"))).format(kC), QStringLiteral("¥500"));
}

TEST(Money, FormatThenParseRoundTrips)
{
    for (std::int64_t v : std::initializer_list<std::int64_t>{0, 1, 99, 100, 123456789, -250, kMax, kMin + 1}) {
        auto back = Money::parse(fen(v).format(kZh), kZh, kCny);
        ASSERT_TRUE(back.ok()) << v;
        EXPECT_EQ(back->minor(), v);
    }
}
