// Column layout: what fits on one line of 58 mm (32 columns) and 80 mm (48 columns) paper, with
// Chinese characters taking two columns, and where long item names break.
#include "hal/receipt/columnlayout.h"

#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {
const ColumnLayout gb(TextEncoding::Gb18030);
const ColumnLayout latin(TextEncoding::Latin1);
} // namespace

TEST(ColumnLayout, CountsChineseAsTwoColumnsAndAsciiAsOne)
{
    EXPECT_EQ(gb.width(u"Cola"), 4);
    EXPECT_EQ(gb.width(u"可口可乐"), 8);
    EXPECT_EQ(gb.width(u"可口可乐 330ml"), 14);
    EXPECT_EQ(gb.width(u"￥26.08"), 7);          // fullwidth yen
    EXPECT_EQ(gb.width(u"（五连包）"), 10);       // fullwidth brackets
    EXPECT_EQ(gb.width(u"e\u0301"), 1);           // e + combining acute: one column
    EXPECT_EQ(gb.width(u"\U00020BB7"), 2);        // 𠮷, outside the BMP (surrogate pair)
    EXPECT_EQ(gb.width(u"a\x1b" "b"), 2);         // control characters take no space
    // On a Latin-1 printer only East Asian wide characters count double.
    EXPECT_EQ(latin.width(u"café"), 4);
    EXPECT_EQ(latin.width(u"中文ok"), 6);
    EXPECT_TRUE(ColumnLayout::isWide(U'中'));
    EXPECT_TRUE(ColumnLayout::isWide(U'가'));
    EXPECT_FALSE(ColumnLayout::isWide(U'é'));
}

TEST(ColumnLayout, SanitizeRemovesPrinterCommandsHiddenInText)
{
    // A product name must never be able to cut paper or open the drawer.
    static constexpr char16_t evil[] = u"Tea\x1bp\x00\x19\xfa\x1dV\x01 bag";
    EXPECT_EQ(ColumnLayout::sanitize(QStringView(evil, std::size(evil) - 1)), QStringLiteral("Teap\u00faV bag"));
    EXPECT_EQ(ColumnLayout::sanitize(u"a\tb"), QStringLiteral("a b"));
}

TEST(ColumnLayout, WrapsBetweenWordsAndBetweenChineseCharacters)
{
    EXPECT_EQ(gb.wrap(u"Whole wheat sandwich bread, family size", 16),
              (QStringList{QStringLiteral("Whole wheat"), QStringLiteral("sandwich bread,"),
                           QStringLiteral("family size")}));
    // 13 CJK characters = 26 columns into lines of 10 columns: 5 characters per line.
    EXPECT_EQ(gb.wrap(u"康师傅红烧牛肉面五连包特惠", 10),
              (QStringList{QStringLiteral("康师傅红烧"), QStringLiteral("牛肉面五连"), QStringLiteral("包特惠")}));
    // An odd width never splits a character: 9 columns hold four.
    EXPECT_EQ(gb.wrap(u"康师傅红烧牛肉", 9), (QStringList{QStringLiteral("康师傅红"), QStringLiteral("烧牛肉")}));
    // Mixed: the ASCII word stays whole.
    EXPECT_EQ(gb.wrap(u"香蕉Banana特价", 8),
              (QStringList{QStringLiteral("香蕉"), QStringLiteral("Banana特"), QStringLiteral("价")}));
    // A word longer than the line is cut; explicit newlines start new lines.
    EXPECT_EQ(gb.wrap(u"ABCDEFGHIJ", 4),
              (QStringList{QStringLiteral("ABCD"), QStringLiteral("EFGH"), QStringLiteral("IJ")}));
    EXPECT_EQ(gb.wrap(u"one\ntwo", 10), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    EXPECT_EQ(gb.wrap(u"", 10), QStringList{QString()});
    for (const QString &line : gb.wrap(u"可口可乐 Coca-Cola 330ml 听装 含糖饮料 超值装", 11)) {
        EXPECT_LE(gb.width(line), 11) << line.toStdString();
    }
}

TEST(ColumnLayout, ItemAndAmountFillExactlyOneLine)
{
    const ColumnsLine row{{Column{QStringLiteral("可口可乐 330ml"), 0, Align::Left},
                           Column{QStringLiteral("7.00"), -1, Align::Right}},
                          {}};
    const QStringList on58 = gb.layout(row, 32);
    ASSERT_EQ(on58.size(), 1);
    EXPECT_EQ(on58[0], QStringLiteral("可口可乐 330ml") + QString(14, QLatin1Char(' ')) + QStringLiteral("7.00"));
    EXPECT_EQ(gb.width(on58[0]), 32);
    const QStringList on80 = gb.layout(row, 48);
    EXPECT_EQ(gb.width(on80[0]), 48);
    EXPECT_TRUE(on80[0].endsWith(QStringLiteral(" 7.00")));
}

TEST(ColumnLayout, LongChineseNameWrapsInsideItsColumnAndAmountsStayAligned)
{
    const ColumnsLine row{{Column{QStringLiteral("康师傅红烧牛肉面（五连包）特惠装"), 0, Align::Left},
                           Column{QStringLiteral("1"), 4, Align::Right},
                           Column{QStringLiteral("15.90"), 8, Align::Right}},
                          {}};
    // 58 mm: 32 - 2 gaps - 4 - 8 = 18 columns for the name = 9 characters a line.
    const QStringList lines = gb.layout(row, 32);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("康师傅红烧牛肉面（    1    15.90"));
    EXPECT_EQ(lines[1], QStringLiteral("五连包）特惠装"));
    EXPECT_EQ(gb.width(lines[0]), 32);
    // 80 mm: 34 columns for the name, it fits on one line.
    const QStringList wide = gb.layout(row, 48);
    ASSERT_EQ(wide.size(), 1);
    EXPECT_EQ(gb.width(wide[0]), 48);
}

TEST(ColumnLayout, FitPadsAndTruncatesByDisplayWidth)
{
    EXPECT_EQ(gb.fit(u"中文", 6, Align::Right), QStringLiteral("  中文"));
    EXPECT_EQ(gb.fit(u"中文", 7, Align::Center), QStringLiteral(" 中文  "));
    EXPECT_EQ(gb.fit(u"中文字", 5, Align::Left), QStringLiteral("中文 ")); // a half character never prints
}

TEST(ColumnLayout, DoubleWidthHalvesTheLine)
{
    EXPECT_EQ(ColumnLayout::columnsFor(PaperProfile::mm58(), TextStyle{}), 32);
    EXPECT_EQ(ColumnLayout::columnsFor(PaperProfile::mm80(), TextStyle{}), 48);
    EXPECT_EQ(ColumnLayout::columnsFor(PaperProfile::mm58(), TextStyle{false, true, true, Align::Left}), 16);
    EXPECT_EQ(PaperProfile::fromKey(QStringLiteral("58mm")).dotsPerLine, 384);
    EXPECT_EQ(PaperProfile::fromKey(QStringLiteral("80")).dotsPerLine, 576);
}
