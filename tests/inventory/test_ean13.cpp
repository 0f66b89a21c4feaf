// GS1 check digits: what makes a scanned code trustworthy.
#include "inventory/ean13.h"

#include <gtest/gtest.h>

using qtill::inventory::Ean13;

TEST(Ean13, ComputesTheCheckDigit)
{
    EXPECT_EQ(Ean13::checkDigit(u"400638133393"), 1);    // 4006381333931, GS1's example
    EXPECT_EQ(Ean13::checkDigit(u"690123456789"), 2);
    EXPECT_EQ(Ean13::checkDigit(u"03600029145"), 2);     // UPC-A 036000291452
    EXPECT_EQ(Ean13::checkDigit(u"7351353"), 7);         // EAN-8 73513537
    EXPECT_EQ(Ean13::checkDigit(u"000000000000"), 0);
    EXPECT_EQ(Ean13::checkDigit(u""), -1);
    EXPECT_EQ(Ean13::checkDigit(u"69012345678X"), -1);
}

TEST(Ean13, ValidatesThirteenDigitCodes)
{
    EXPECT_TRUE(Ean13::isValid(u"4006381333931"));
    EXPECT_TRUE(Ean13::isValid(u"6901234567892"));
    EXPECT_FALSE(Ean13::isValid(u"6901234567893"));      // wrong check digit
    EXPECT_FALSE(Ean13::isValid(u"6901234567829"));      // two digits swapped
    EXPECT_FALSE(Ean13::isValid(u"690123456789"));       // too short
    EXPECT_FALSE(Ean13::isValid(u"69012345678920"));     // too long
    EXPECT_FALSE(Ean13::isValid(u"69012345678 2"));
    EXPECT_FALSE(Ean13::isValid(u""));
}

TEST(Ean13, CompletesAPayload)
{
    EXPECT_EQ(Ean13::complete(u"690123456789"), QStringLiteral("6901234567892"));
    EXPECT_TRUE(Ean13::complete(u"69012345678").isEmpty());
    EXPECT_TRUE(Ean13::complete(u"69012345678a").isEmpty());
    // Every completed code validates, and changing any one digit breaks it.
    const QString code = Ean13::complete(u"692468013579");
    ASSERT_TRUE(Ean13::isValid(code));
    for (int i = 0; i < 13; ++i) {
        QString changed = code;
        changed[i] = QChar(u'0' + (code.at(i).unicode() - u'0' + 1) % 10);
        EXPECT_FALSE(Ean13::isValid(changed)) << i;
    }
}

TEST(Ean13, HandlesEan8AndUpcA)
{
    EXPECT_TRUE(Ean13::isValidEan8(u"73513537"));
    EXPECT_FALSE(Ean13::isValidEan8(u"73513538"));
    EXPECT_TRUE(Ean13::isValidUpcA(u"036000291452"));
    EXPECT_FALSE(Ean13::isValidUpcA(u"036000291453"));
    EXPECT_EQ(Ean13::fromUpcA(u"036000291452"), QStringLiteral("0036000291452"));
    EXPECT_TRUE(Ean13::isValid(Ean13::fromUpcA(u"036000291452")));
    EXPECT_TRUE(Ean13::fromUpcA(u"036000291453").isEmpty());
}

TEST(Ean13, KnowsPrefixes)
{
    EXPECT_TRUE(Ean13::isChinesePrefix(u"6901234567892"));
    EXPECT_TRUE(Ean13::isChinesePrefix(u"6951681643441"));
    EXPECT_FALSE(Ean13::isChinesePrefix(u"4006381333931"));
    EXPECT_TRUE(Ean13::isInStore(u"2012345000001"));
    EXPECT_FALSE(Ean13::isInStore(u"6901234567892"));
}
