// Pinyin initials for search as you type, through ICU's Han-Latin transliterator.
#include "inventory/pinyin.h"

#include <gtest/gtest.h>

using namespace qtill::inventory;

namespace {

struct Case
{
    const char *text;
    const char *initials;
};

class PinyinInitials : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST(Pinyin, TransliteratorIsAvailable)
{
    EXPECT_TRUE(Pinyin::isAvailable());
}

TEST_P(PinyinInitials, AreWhatACashierTypes)
{
    const Case c = GetParam();
    EXPECT_EQ(Pinyin::initials(QString::fromUtf8(c.text)), QString::fromUtf8(c.initials)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Names, PinyinInitials,
                         ::testing::Values(Case{"可口可乐", "KKKL"}, Case{"可乐 330ml", "KL330ML"},
                                           Case{"东北大米 5kg", "DBDM5KG"}, Case{"五常稻花香大米", "WCDHXDM"},
                                           Case{"康师傅红烧牛肉面", "KSFHSNRM"}, Case{"香蕉", "XJ"},
                                           Case{"100%橙汁 1L", "100CZ1L"}, Case{"农夫山泉", "NFSQ"},
                                           Case{"ＡＢＣ１２３", "ABC123"}, Case{"Coca-Cola", "COCACOLA"},
                                           Case{"", ""}, Case{"（）、。", ""}));

TEST(Pinyin, InitialOfOneCharacter)
{
    EXPECT_EQ(Pinyin::initialOf(U'中'), QLatin1Char('Z'));
    EXPECT_EQ(Pinyin::initialOf(U'国'), QLatin1Char('G'));
}
