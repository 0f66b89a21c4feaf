// Magnetic-stripe data: Luhn, brand from BIN, masking, ISO/IEC 7813 track parsing (table tests with
// good and bad swipes), proof that raw track data is wiped and never leaves the parser, and a
// fuzz-style run of random swipes.
#include "hal/msr/cardnumber.h"
#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {

SecureBuffer bufferOf(std::string_view bytes)
{
    SecureBuffer b(qMax<qsizetype>(qsizetype(bytes.size()), 1));
    EXPECT_TRUE(b.append(bytes));
    return b;
}

ParsedSwipe parse(std::string_view bytes, TrackParser::Options options = {})
{
    SecureBuffer b = bufferOf(bytes);
    ParsedSwipe p = TrackParser::parse(b, options);
    EXPECT_TRUE(b.isAllZero()) << "raw track data must be wiped";
    return p;
}

const std::string kTrack1 = "%B4111111111111111^DOE/JOHN A^27121010000000000000?";
const std::string kTrack2 = ";4111111111111111=27121010000000000000?";

} // namespace

TEST(CardNumber, LuhnAcceptsValidNumbersAndRejectsTheRest)
{
    for (const char *good : {"4111111111111111", "5555555555554444", "378282246310005", "6250941006528599",
                             "3530111333300000", "6011111111111117", "30569309025904", "2223000048400011",
                             "6222021234567890128"})
        EXPECT_TRUE(CardNumber::luhnValid(good)) << good;
    for (const char *bad : {"4111111111111112", "6222021234567890123", "", "4111", "41111111111111111111",
                            "4111 1111 1111 1111", "411111111111111a"})
        EXPECT_FALSE(CardNumber::luhnValid(bad)) << bad;
}

TEST(CardNumber, BrandComesFromTheBinAndLength)
{
    struct Row { const char *pan; CardBrand brand; };
    const Row rows[] = {
        {"6250941006528599", CardBrand::UnionPay},
        {"6222021234567890128", CardBrand::UnionPay},  // 19 digits, typical Chinese debit card
        {"8171999927660000", CardBrand::UnionPay},     // 81 range
        {"4111111111111111", CardBrand::Visa},
        {"4222222222222", CardBrand::Visa},            // 13-digit Visa
        {"5555555555554444", CardBrand::Mastercard},
        {"2223000048400011", CardBrand::Mastercard},   // 2-series
        {"2720990000000007", CardBrand::Mastercard},
        {"2721000000000004", CardBrand::Unknown},      // just past the 2-series
        {"378282246310005", CardBrand::Amex},
        {"341111111111111", CardBrand::Amex},
        {"3530111333300000", CardBrand::Jcb},
        {"3589000000000000", CardBrand::Jcb},
        {"3590000000000000", CardBrand::Unknown},
        {"6011111111111117", CardBrand::Discover},
        {"6500000000000000", CardBrand::Discover},
        {"30569309025904", CardBrand::DinersClub},
        {"5018000000000000", CardBrand::Maestro},
        {"378282246310005000", CardBrand::Unknown},    // Amex prefix, wrong length
        {"1234567890123", CardBrand::Unknown},
    };
    for (const Row &r : rows)
        EXPECT_EQ(CardNumber::brand(r.pan), r.brand) << r.pan;
}

TEST(CardNumber, MaskShowsOnlyTheLastFourDigits)
{
    EXPECT_EQ(CardNumber::masked("4111111111111111"), u"**** **** **** 1111"_qs);
    EXPECT_EQ(CardNumber::masked("378282246310005"), u"**** **** *** 0005"_qs);
    EXPECT_EQ(CardNumber::masked("6222021234567890128"), u"**** **** **** *** 0128"_qs);
    EXPECT_EQ(CardNumber::last4("6222021234567890128"), u"0128"_qs);
}

TEST(TrackParser, ReadsBothTracks)
{
    const ParsedSwipe p = parse(kTrack1 + kTrack2 + "\r");
    ASSERT_TRUE(p.ok()) << p.detail.toStdString();
    EXPECT_EQ(p.card.brand, CardBrand::Visa);
    EXPECT_EQ(p.card.maskedNumber, u"**** **** **** 1111"_qs);
    EXPECT_EQ(p.card.last4, u"1111"_qs);
    EXPECT_TRUE(p.card.luhnValid);
    EXPECT_EQ(p.expiryYear, 2027);
    EXPECT_EQ(p.expiryMonth, 12);
    // The expiry leaves the HAL with the masked card; the holder's name does not.
    EXPECT_EQ(p.card.expiryYear, 2027);
    EXPECT_EQ(p.card.expiryMonth, 12);
    EXPECT_EQ(p.card.expiryText(), u"12/27"_qs);
    EXPECT_EQ(p.holderName, u"JOHN A DOE"_qs);
    EXPECT_TRUE(p.track1);
    EXPECT_TRUE(p.track2);
}

TEST(TrackParser, TableOfSwipes)
{
    struct Row
    {
        const char *name;
        std::string input;
        TrackError error;
        TrackParser::Options options = {};
    };
    const TrackParser::Options withLrc{true, true};
    const Row rows[] = {
        {"track 2 only", kTrack2, TrackError::None},
        {"track 1 only", kTrack1 + "\n", TrackError::None},
        {"tracks in reverse order, CR LF between", kTrack2 + "\r\n" + kTrack1, TrackError::None},
        {"serial framing STX/ETX", "\x02" + kTrack1 + kTrack2 + "\x03", TrackError::None},
        {"track 3 is checked and ignored", kTrack1 + kTrack2 + ";011234567890123445=724724100000000000030300?",
         TrackError::None},
        {"track 1 unreadable, track 2 fine", "%E?" + kTrack2, TrackError::None},
        {"UnionPay track 2, 19 digits", ";6222021234567890128=30122200000000000?", TrackError::None},
        {"spaces inside the track 1 number", "%B4111 1111 1111 1111^DOE/JOHN^2712101?", TrackError::None},
        {"with correct LRCs", kTrack1 + "X" + kTrack2 + ":", TrackError::None, withLrc},
        {"wrong track 1 LRC", kTrack1 + "Y" + kTrack2 + ":", TrackError::BadLrc, withLrc},
        {"wrong track 2 LRC", kTrack1 + "X" + kTrack2 + "0", TrackError::BadLrc, withLrc},
        {"LRC missing", kTrack2, TrackError::BadLrc, withLrc},
        {"bad Luhn", ";4111111111111112=27121010000000000000?", TrackError::BadLuhn},
        {"no end sentinel", ";4111111111111111=2712101000000", TrackError::NoEndSentinel},
        {"no start sentinel", "4111111111111111=2712101?", TrackError::Garbage},
        {"garbage", "hello world", TrackError::Garbage},
        {"empty", "", TrackError::Empty},
        {"only separators", "\r\n\r\n", TrackError::Empty},
        {"both tracks unreadable", "%E?;E?", TrackError::ReadFailed},
        {"month 13", ";4111111111111111=27131010000000000000?", TrackError::BadExpiry},
        {"month 00", ";4111111111111111=27001010000000000000?", TrackError::BadExpiry},
        {"expiry not digits", ";4111111111111111=2A121010000000000000?", TrackError::BadCharacter},
        {"service code missing", ";4111111111111111=2712?", TrackError::BadFormat},
        {"number too short", ";41111111111=2712101?", TrackError::BadNumber},
        {"number too long", ";41111111111111111111=2712101?", TrackError::BadNumber},
        {"track 2 too long", ";4111111111111111=2712101000000000000000000000?", TrackError::TooLong},
        {"letter in track 2", ";4111111111111111=2712101A00?", TrackError::BadCharacter},
        {"lower case in track 1", "%B4111111111111111^doe/john^2712101?", TrackError::BadCharacter},
        {"track 1 format code not B", "%A4111111111111111^DOE/JOHN^2712101?", TrackError::BadFormat},
        {"track 1 without separators", "%B4111111111111111DOE/JOHN2712101?", TrackError::BadFormat},
        {"tracks disagree", "%B4111111111111111^DOE/JOHN^2712101?;5555555555554444=2712101?",
         TrackError::TrackMismatch},
        {"expiry disagrees", "%B4111111111111111^DOE/JOHN^2712101?;4111111111111111=2811101?",
         TrackError::TrackMismatch},
        {"track 1 twice", kTrack1 + kTrack1, TrackError::BadFormat},
        {"garbage after the tracks", kTrack1 + kTrack2 + "xyz", TrackError::Garbage},
    };
    for (const Row &r : rows) {
        const ParsedSwipe p = parse(r.input, r.options);
        EXPECT_EQ(int(p.error), int(r.error)) << r.name << ": " << p.detail.toStdString();
        EXPECT_EQ(p.ok(), r.error == TrackError::None) << r.name;
        if (!p.ok()) {
            EXPECT_FALSE(p.message.isEmpty()) << r.name;
            EXPECT_TRUE(p.card.maskedNumber.isEmpty()) << r.name;
        }
    }
}

TEST(TrackParser, PrivateLabelCardsMayPassWithoutLuhn)
{
    TrackParser::Options options;
    options.requireLuhn = false;
    const ParsedSwipe p = parse(";4111111111111112=27121010000000000000?", options);
    ASSERT_TRUE(p.ok());
    EXPECT_FALSE(p.card.luhnValid);
    EXPECT_EQ(p.card.last4, u"1112"_qs);
}

TEST(TrackParser, RawTrackDataIsWipedAndNeverLeavesTheParser)
{
    const std::string pan = "6222021234567890128";
    const std::string raw = "%B" + pan + "^WANG/XIAOMING^3012220000?;" + pan + "=30122200000000000?\r";
    SecureBuffer buffer(256);
    ASSERT_TRUE(buffer.append(raw));
    ASSERT_FALSE(buffer.isAllZero());

    const ParsedSwipe p = TrackParser::parse(buffer);
    ASSERT_TRUE(p.ok()) << p.detail.toStdString();
    // The whole buffer (not just the used part) is zero afterwards, and empty.
    EXPECT_TRUE(buffer.isAllZero());
    EXPECT_EQ(buffer.size(), 0);
    // Nothing that leaves the parser carries more than the last four digits.
    const QString panText = QString::fromLatin1(pan.data(), qsizetype(pan.size()));
    const QString first6 = panText.left(6);
    for (const QString &field : {p.card.maskedNumber, p.card.last4, p.message, p.detail, p.holderName}) {
        EXPECT_FALSE(field.contains(panText));
        EXPECT_FALSE(field.contains(first6));
    }
    EXPECT_EQ(p.card.maskedNumber, u"**** **** **** *** 0128"_qs);
    EXPECT_EQ(p.card.brand, CardBrand::UnionPay);

    // Errors (which get logged) never quote card data either.
    SecureBuffer bad(256);
    ASSERT_TRUE(bad.append(";" + pan + "=3013220000?"));
    const ParsedSwipe e = TrackParser::parse(bad);
    EXPECT_EQ(e.error, TrackError::BadExpiry);
    EXPECT_TRUE(bad.isAllZero());
    EXPECT_FALSE(e.detail.contains(first6));
    EXPECT_FALSE(e.message.contains(first6));
}

TEST(SecureBuffer, NeverGrowsAndWipesEverything)
{
    SecureBuffer b(4);
    EXPECT_TRUE(b.append("abcd"));
    EXPECT_FALSE(b.append('e'));
    EXPECT_FALSE(b.append("x"));
    EXPECT_EQ(b.view(), "abcd");
    SecureBuffer moved = std::move(b);
    EXPECT_EQ(moved.view(), "abcd");
    moved.wipe();
    EXPECT_TRUE(moved.isAllZero());
    EXPECT_TRUE(moved.isEmpty());
}

TEST(TrackParser, FuzzedSwipesGiveErrorsNeverCrashes)
{
    QRandomGenerator rng(20261121);
    const std::string seeds[] = {kTrack1 + kTrack2, kTrack2, kTrack1, "%E?;E?", "\x02" + kTrack1 + "\x03"};
    int ok = 0;
    int errors = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string input;
        if (i % 2 == 0) {
            const int length = int(rng.bounded(200));
            for (int j = 0; j < length; ++j)
                input.push_back(char(rng.bounded(256)));
        } else {
            input = seeds[rng.bounded(int(std::size(seeds)))];
            const int mutations = 1 + int(rng.bounded(4));
            for (int m = 0; m < mutations && !input.empty(); ++m) {
                const size_t at = rng.bounded(quint32(input.size()));
                switch (rng.bounded(3)) {
                case 0: input[at] = char(rng.bounded(256)); break;
                case 1: input.erase(at, 1); break;
                default: input.insert(at, 1, "%;?^=B0123456789"[rng.bounded(16)]); break;
                }
            }
        }
        SecureBuffer b(qMax<qsizetype>(qsizetype(input.size()), 1));
        b.append(input);
        const ParsedSwipe p = TrackParser::parse(b);
        ASSERT_TRUE(b.isAllZero());
        if (p.ok()) {
            ++ok;
            ASSERT_EQ(p.card.last4.size(), 4);
            ASSERT_TRUE(p.card.maskedNumber.endsWith(p.card.last4));
            ASSERT_TRUE(p.message.isEmpty());
        } else {
            ++errors;
            ASSERT_FALSE(p.message.isEmpty());
            ASSERT_TRUE(p.card.last4.isEmpty());
        }
    }
    EXPECT_EQ(ok + errors, 20000);
    EXPECT_GT(errors, 15000);
    EXPECT_GT(ok, 0); // some mutations (e.g. in the discretionary data) still read fine
}
