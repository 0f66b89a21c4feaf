// Barcode rules: GS1 check digits, UPC-E expansion and how a scanned code is classified (table-driven).
#include "inventory/barcode.h"

#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::inventory;

namespace {

struct Good
{
    const char *input;
    BarcodeKind kind;
    const char *gtin13;         ///< "" when none
    std::vector<const char *> candidates;
};

struct Bad
{
    const char *input;
    const char *messagePart;    ///< what the cashier reads
};

void PrintTo(const Good &g, std::ostream *os) { *os << g.input; }
void PrintTo(const Bad &b, std::ostream *os) { *os << b.input; }

class GoodCodes : public ::testing::TestWithParam<Good>
{
};
class BadCodes : public ::testing::TestWithParam<Bad>
{
};

} // namespace

TEST(Barcode, CheckDigitFollowsTheGs1Rule)
{
    EXPECT_EQ(Barcode::checkDigit(u"692480875885"), 4);     // EAN-13
    EXPECT_EQ(Barcode::checkDigit(u"9638507"), 4);          // EAN-8
    EXPECT_EQ(Barcode::checkDigit(u"03600029145"), 2);      // UPC-A
    EXPECT_EQ(Barcode::checkDigit(u"1001234567890"), 2);    // GTIN-14
    EXPECT_EQ(Barcode::checkDigit(u"690123456789"), 2);
    EXPECT_EQ(Barcode::checkDigit(u""), -1);
    EXPECT_EQ(Barcode::checkDigit(u"69a"), -1);
    EXPECT_TRUE(Barcode::hasValidCheckDigit(u"6924808758854"));
    EXPECT_FALSE(Barcode::hasValidCheckDigit(u"6924808758855"));
}

TEST(Barcode, UpcEExpandsToUpcA)
{
    // The six UPC-E patterns: last digit 0–2, 3, 4, 5–9.
    EXPECT_EQ(Barcode::expandUpcE(u"04252614"), QStringLiteral("042100005264"));
    EXPECT_EQ(Barcode::expandUpcE(u"01200033"), QStringLiteral("012000000003"));
    EXPECT_EQ(Barcode::expandUpcE(u"01234543"), QStringLiteral("012340000053"));
    EXPECT_EQ(Barcode::expandUpcE(u"06543236"), QStringLiteral("065400000326"));
    EXPECT_EQ(Barcode::expandUpcE(u"425261"), QStringLiteral("042100005264")); // body only: system 0, check computed
    EXPECT_TRUE(Barcode::expandUpcE(u"04252615").isEmpty());   // wrong check digit
    EXPECT_TRUE(Barcode::expandUpcE(u"24252614").isEmpty());   // number system must be 0 or 1
    EXPECT_TRUE(Barcode::expandUpcE(u"0425261").isEmpty());    // 7 digits
    EXPECT_TRUE(Barcode::isValidUpcE(u"04252614"));
    EXPECT_FALSE(Barcode::isValidUpcE(u"04252610"));
}

TEST_P(GoodCodes, AreClassifiedWithTheFormsToLookUp)
{
    const Good g = GetParam();
    auto parsed = Barcode::parse(QString::fromUtf8(g.input));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->kind, g.kind) << Barcode::kindName(parsed->kind).toStdString();
    EXPECT_EQ(parsed->gtin13, QString::fromUtf8(g.gtin13));
    QStringList expected;
    for (const char *c : g.candidates)
        expected << QString::fromUtf8(c);
    EXPECT_EQ(parsed->candidates, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, GoodCodes,
    ::testing::Values(
        Good{"6924808758854", BarcodeKind::Ean13, "6924808758854", {"6924808758854"}},
        Good{" 6901234567892\n", BarcodeKind::Ean13, "6901234567892", {"6901234567892"}},
        Good{"96385074", BarcodeKind::Ean8, "", {"96385074"}},
        // Valid both as EAN-8 and as UPC-E: read as EAN-8, looked up under both.
        Good{"01234565", BarcodeKind::Ean8, "", {"01234565", "012345000065", "0012345000065"}},
        Good{"04252614", BarcodeKind::UpcE, "0042100005264", {"04252614", "042100005264", "0042100005264"}},
        Good{"036000291452", BarcodeKind::UpcA, "0036000291452", {"036000291452", "0036000291452"}},
        Good{"0036000291452", BarcodeKind::UpcA, "0036000291452", {"0036000291452", "036000291452"}},
        Good{"10012345678902", BarcodeKind::Gtin14, "", {"10012345678902"}},
        Good{"06901234567892", BarcodeKind::Gtin14, "", {"06901234567892", "6901234567892"}},
        Good{"2701002003553", BarcodeKind::InStore, "2701002003553", {"2701002003553"}},
        Good{"1002", BarcodeKind::Plu, "", {"1002"}},
        Good{"01002", BarcodeKind::Plu, "", {"01002", "1002"}},
        Good{"0", BarcodeKind::Plu, "", {"0"}},
        Good{"A-1001", BarcodeKind::Internal, "", {"A-1001"}},
        Good{"1234567", BarcodeKind::Internal, "", {"1234567"}},
        Good{"123456789", BarcodeKind::Internal, "", {"123456789"}}));

TEST_P(BadCodes, SayWhatIsWrong)
{
    const Bad b = GetParam();
    auto parsed = Barcode::parse(QString::fromUtf8(b.input));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf8(b.messagePart)))
        << parsed.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadCodes,
    ::testing::Values(Bad{"", "Scan or type a barcode"}, Bad{"   ", "Scan or type a barcode"},
                      Bad{"6924808758855", "EAN-13 check digit is wrong"},
                      Bad{"6924808758855", "Scan it again"},
                      Bad{"036000291453", "UPC-A check digit is wrong"},
                      Bad{"96385075", "EAN-8/UPC-E check digit is wrong"},
                      Bad{"10012345678903", "GTIN-14 check digit is wrong"},
                      Bad{"2701002003554", "misread"},
                      Bad{"69248 08758854", "holds the character \" \""},
                      Bad{"可乐", "is not a barcode"},
                      Bad{"123456789012345678901234567890123", "too long"}));

TEST(Barcode, KindNamesAreStable)
{
    EXPECT_EQ(Barcode::kindName(BarcodeKind::Ean13), QStringLiteral("EAN-13"));
    EXPECT_EQ(Barcode::kindName(BarcodeKind::UpcE), QStringLiteral("UPC-E"));
    EXPECT_EQ(Barcode::kindName(BarcodeKind::Plu), QStringLiteral("PLU"));
}
