// Coupon codes: the check symbol catches every single-symbol typo and every swap of neighbours
// (exhaustively, on sampled codes), typed input is normalised, and a million codes do not collide.
#include "members/couponcode.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace qtill::members;

namespace {

constexpr int kSample = 2000;

/// The 60 bits of a normalised code, for sorting a million of them cheaply.
quint64 bitsOf(const QString &code)
{
    quint64 bits = 0;
    for (QChar c : code)
        bits = (bits << 5) | quint64(CouponCode::valueOf(c));
    return bits;
}

} // namespace

TEST(CouponCodeTest, TheAlphabetHasNoLookAlikes)
{
    const QString &alphabet = CouponCode::alphabet();
    ASSERT_EQ(alphabet.size(), 32);
    EXPECT_EQ(QSet<QChar>(alphabet.cbegin(), alphabet.cend()).size(), 32);
    for (QChar c : {QLatin1Char('I'), QLatin1Char('L'), QLatin1Char('O'), QLatin1Char('U')})
        EXPECT_FALSE(alphabet.contains(c)) << c.toLatin1();
    for (int v = 0; v < 32; ++v)
        EXPECT_EQ(CouponCode::valueOf(alphabet.at(v)), v);
}

TEST(CouponCodeTest, GeneratedCodesAreValidAndUseEverySymbolInEveryPlace)
{
    const QList<QString> codes = CouponCode::generate(kSample);
    ASSERT_EQ(codes.size(), kSample);
    std::vector<QSet<QChar>> seen(CouponCode::kRandomLength);
    for (const QString &code : codes) {
        ASSERT_EQ(code.size(), CouponCode::kLength);
        ASSERT_TRUE(CouponCode::isValid(code)) << code.toStdString();
        for (int i = 0; i < CouponCode::kRandomLength; ++i)
            seen[size_t(i)].insert(code.at(i));
    }
    // 2000 draws of 32 equally likely symbols miss one with a chance of about 32 × (31/32)^2000 ≈ 0.
    for (int i = 0; i < CouponCode::kRandomLength; ++i)
        EXPECT_EQ(seen[size_t(i)].size(), 32) << "position " << i;
    EXPECT_TRUE(CouponCode::isValid(CouponCode::generate()));
}

TEST(CouponCodeTest, EverySingleSymbolTypoIsRejected)
{
    const QString &alphabet = CouponCode::alphabet();
    int tried = 0;
    for (const QString &code : CouponCode::generate(kSample)) {
        for (int i = 0; i < code.size(); ++i) {
            for (QChar other : alphabet) {
                if (other == code.at(i))
                    continue;
                QString typo = code;
                typo[i] = other;
                ++tried;
                ASSERT_FALSE(CouponCode::isValid(typo)) << code.toStdString() << " -> " << typo.toStdString();
            }
        }
    }
    EXPECT_EQ(tried, kSample * CouponCode::kLength * 31);
    QString typo = CouponCode::generate();
    typo[3] = typo.at(3) == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    EXPECT_EQ(CouponCode::parse(CouponCode::grouped(typo)).problem, CouponCode::Problem::CheckFailed);
}

TEST(CouponCodeTest, EverySwapOfNeighboursIsRejected)
{
    int tried = 0;
    for (const QString &code : CouponCode::generate(kSample)) {
        for (int i = 0; i + 1 < code.size(); ++i) {
            if (code.at(i) == code.at(i + 1))
                continue;
            QString swapped = code;
            std::swap(swapped[i], swapped[i + 1]);
            ++tried;
            ASSERT_FALSE(CouponCode::isValid(swapped)) << code.toStdString() << " -> " << swapped.toStdString();
        }
    }
    EXPECT_GT(tried, kSample * 10);
}

TEST(CouponCodeTest, AMillionCodesDoNotCollide)
{
    // 55 random bits: a collision among 10^6 codes has a chance of about 1.4 × 10^-5.
    constexpr int kCodes = 1'000'000;
    const QList<QString> codes = CouponCode::generate(kCodes);
    std::vector<quint64> bits;
    bits.reserve(kCodes);
    for (const QString &code : codes)
        bits.push_back(bitsOf(code));
    std::sort(bits.begin(), bits.end());
    EXPECT_EQ(std::adjacent_find(bits.begin(), bits.end()), bits.end());
    EXPECT_EQ(bits.size(), size_t(kCodes));
}

TEST(CouponCodeTest, TypedCodesAreNormalised)
{
    const QString code = CouponCode::withCheck(u"7KQ2M9XD4R0");
    ASSERT_EQ(code.size(), CouponCode::kLength);
    EXPECT_EQ(
        CouponCode::grouped(code), code.left(4) + QLatin1Char('-') + code.mid(4, 4) + QLatin1Char('-') + code.mid(8));
    const QString typed = CouponCode::grouped(code).toLower().replace(QLatin1Char('0'), QLatin1Char('o'));
    const auto parsed = CouponCode::parse(QStringLiteral("  ") + typed + QStringLiteral(" "));
    EXPECT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.code, code);
    // Full-width characters from a Chinese input method, and spaces instead of dashes.
    QString wide;
    for (QChar c : code)
        wide.append(QChar(c.unicode() - 0x20 + 0xFF00));
    EXPECT_EQ(CouponCode::parse(wide.left(4) + QStringLiteral(" ") + wide.mid(4)).code, code);
    EXPECT_EQ(CouponCode::normalise(QStringLiteral("il-O")), QStringLiteral("110"));
}

TEST(CouponCodeTest, ParseSaysWhatIsWrong)
{
    const QString code = CouponCode::generate();
    EXPECT_EQ(CouponCode::parse(QStringLiteral(" - ")).problem, CouponCode::Problem::Empty);
    const auto bad = CouponCode::parse(code.left(5) + QStringLiteral("U") + code.mid(6));
    EXPECT_EQ(bad.problem, CouponCode::Problem::BadCharacter);
    EXPECT_EQ(bad.badCharacter, QLatin1Char('U'));
    EXPECT_EQ(CouponCode::parse(code.left(11)).problem, CouponCode::Problem::WrongLength);
    EXPECT_EQ(CouponCode::parse(code + QLatin1Char('0')).problem, CouponCode::Problem::WrongLength);
    EXPECT_EQ(CouponCode::parse(code).problem, CouponCode::Problem::None);
    EXPECT_EQ(CouponCode::grouped(QStringLiteral("ABC")), QStringLiteral("ABC"));
}
