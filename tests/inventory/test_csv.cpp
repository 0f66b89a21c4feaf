// CSV as shops' files come: quotes, commas and line breaks inside quotes, BOM, GB18030, CRLF, broken quotes.
#include "inventory/csvreader.h"
#include "inventory/csvwriter.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::inventory;

namespace {

QList<QStringList> fieldsOf(const CsvDocument &doc)
{
    QList<QStringList> rows;
    for (const CsvRecord &r : doc.records)
        rows << r.fields;
    return rows;
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    EXPECT_TRUE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const QByteArray csv = "sku,name,price\n"
                           "1,\"Cola, 330ml\",3.50\n"
                           "2,\"The \"\"best\"\" rice\",39.90\n"
                           "3,\"two\nlines\",1.00\n"
                           "4,plain,2\n";
    auto doc = CsvReader::parse(csv);
    ASSERT_TRUE(doc.ok()) << doc.error().toString().toStdString();
    EXPECT_EQ(doc->header, (QStringList{QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")}));
    const auto rows = fieldsOf(*doc);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].at(1), QStringLiteral("Cola, 330ml"));
    EXPECT_EQ(rows[1].at(1), QStringLiteral("The \"best\" rice"));
    EXPECT_EQ(rows[2].at(1), QStringLiteral("two\nlines"));
    EXPECT_EQ(rows[3], (QStringList{QStringLiteral("4"), QStringLiteral("plain"), QStringLiteral("2")}));
    // Spreadsheet rows count records; lines count physical lines.
    EXPECT_EQ(doc->records[3].row, 5);
    EXPECT_EQ(doc->records[3].line, 6);
    for (const CsvRecord &r : doc->records)
        EXPECT_TRUE(r.problem.isEmpty());
}

TEST(CsvReader, CrLfAndLfAndMissingFinalNewlineGiveTheSameRecords)
{
    auto lf = CsvReader::parse("a,b\n1,2\n3,\"x\ny\"\n");
    auto crlf = CsvReader::parse("a,b\r\n1,2\r\n3,\"x\ny\"");
    ASSERT_TRUE(lf.ok());
    ASSERT_TRUE(crlf.ok());
    EXPECT_EQ(fieldsOf(*lf), fieldsOf(*crlf));
    EXPECT_EQ(fieldsOf(*lf).size(), 2);
    EXPECT_EQ(crlf->records.last().fields.last(), QStringLiteral("x\ny"));
}

TEST(CsvReader, EmptyFieldsAndBlankLines)
{
    auto doc = CsvReader::parse("a,b,c\n,,\n\n1,,3\n\r\n");
    ASSERT_TRUE(doc.ok());
    const auto rows = fieldsOf(*doc);
    ASSERT_EQ(rows.size(), 1); // ",," and empty lines are blank rows
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    EXPECT_EQ(doc->records[0].row, 4);
}

TEST(CsvReader, Utf8WithAndWithoutBom)
{
    const QString text = QStringLiteral("sku,name\n1,可乐 330ml\n");
    auto plain = CsvReader::parse(text.toUtf8());
    auto bom = CsvReader::parse(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    ASSERT_TRUE(plain.ok());
    ASSERT_TRUE(bom.ok());
    EXPECT_FALSE(plain->hadBom);
    EXPECT_TRUE(bom->hadBom);
    EXPECT_EQ(bom->encoding, CsvEncoding::Utf8);
    // The BOM does not stick to the first heading.
    EXPECT_EQ(bom->header.first(), QStringLiteral("sku"));
    EXPECT_EQ(bom->records[0].fields[1], QStringLiteral("可乐 330ml"));
    EXPECT_EQ(fieldsOf(*plain), fieldsOf(*bom));
}

TEST(CsvReader, Gb18030IsDetectedAndCanBeChosen)
{
    const QString text = QStringLiteral("商品编码,品名,单位\n100001,东北大米 5kg,袋\n100002,\"农夫山泉, 550ml\",瓶\n");
    const QByteArray bytes = gb18030(text);
    ASSERT_NE(bytes, text.toUtf8());

    auto detected = CsvReader::parse(bytes);
    ASSERT_TRUE(detected.ok()) << detected.error().toString().toStdString();
    EXPECT_EQ(detected->encoding, CsvEncoding::Gb18030);
    EXPECT_EQ(detected->header.first(), QStringLiteral("商品编码"));
    EXPECT_EQ(detected->records[1].fields[1], QStringLiteral("农夫山泉, 550ml"));

    auto chosen = CsvReader::parse(bytes, CsvReader::Options{.encoding = CsvEncoding::Gb18030});
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ(fieldsOf(*chosen), fieldsOf(*detected));

    // GB18030 bytes read as UTF-8 on request: a clear error, not mojibake.
    auto wrong = CsvReader::parse(bytes, CsvReader::Options{.encoding = CsvEncoding::Utf8});
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("GB18030")));
}

TEST(CsvReader, UnclosedQuoteIsAnErrorNamingTheLine)
{
    auto doc = CsvReader::parse("sku,name\n1,ok\n2,\"never closed\n3,more\n");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("Line 3"))) << doc.error().message.toStdString();
}

TEST(CsvReader, TextAfterAClosingQuoteMarksTheRow)
{
    auto doc = CsvReader::parse("sku,name\n1,\"Cola\" 330ml\n2,ok\n");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->records.size(), 2);
    EXPECT_FALSE(doc->records[0].problem.isEmpty());
    EXPECT_EQ(doc->records[0].fields[1], QStringLiteral("Cola 330ml"));
    EXPECT_TRUE(doc->records[1].problem.isEmpty());
}

TEST(CsvReader, StrayQuoteInsideAnUnquotedFieldIsKept)
{
    auto doc = CsvReader::parse("sku,name\n1,12\" pizza\n");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->records[0].fields[1], QStringLiteral("12\" pizza"));
}

TEST(CsvReader, SemicolonAndTabFilesAreDetected)
{
    auto semicolon = CsvReader::parse("sku;name;price\n1;Cola, can;3,50\n");
    ASSERT_TRUE(semicolon.ok());
    EXPECT_EQ(semicolon->delimiter, QLatin1Char(';'));
    EXPECT_EQ(semicolon->records[0].fields[1], QStringLiteral("Cola, can"));
    auto tab = CsvReader::parse("sku\tname\n1\tCola\n");
    ASSERT_TRUE(tab.ok());
    EXPECT_EQ(tab->delimiter, QLatin1Char('\t'));
}

TEST(CsvReader, EmptyFileIsAnError)
{
    EXPECT_FALSE(CsvReader::parse(QByteArray()).ok());
    EXPECT_FALSE(CsvReader::parse("\n\r\n").ok());
}

TEST(CsvWriter, RoundTripsAwkwardFieldsWithBomAndCrLf)
{
    const QList<QStringList> rows{
        {QStringLiteral("sku"), QStringLiteral("name")},
        {QStringLiteral("1"), QStringLiteral("Cola, 330ml")},
        {QStringLiteral("2"), QStringLiteral("12\" pizza \"big\"")},
        {QStringLiteral("3"), QStringLiteral("two\r\nlines")},
        {QStringLiteral("4"), QStringLiteral(" padded ")},
        {QStringLiteral("5"), QStringLiteral("可口可乐")},
        {QStringLiteral("6"), QString()},
    };
    CsvWriter writer;
    for (const QStringList &r : rows)
        writer.addRow(r);
    const QByteArray bytes = writer.bytes();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n1,\"Cola, 330ml\"\r\n"));
    EXPECT_TRUE(bytes.contains("\"12\"\" pizza \"\"big\"\"\""));

    auto doc = CsvReader::parse(bytes);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->header, rows.first());
    QList<QStringList> back;
    for (const CsvRecord &r : doc->records)
        back << r.fields;
    EXPECT_EQ(back, rows.mid(1));
}

TEST(CsvWriter, Gb18030OutputReadsBack)
{
    CsvWriter writer(CsvWriter::Options{.encoding = CsvEncoding::Gb18030});
    writer.addRow({QStringLiteral("品名"), QStringLiteral("单位")});
    writer.addRow({QStringLiteral("东北大米"), QStringLiteral("袋")});
    const QByteArray bytes = writer.bytes();
    EXPECT_EQ(bytes, gb18030(QStringLiteral("品名,单位\r\n东北大米,袋\r\n")));
    auto doc = CsvReader::parse(bytes);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->encoding, CsvEncoding::Gb18030);
    EXPECT_EQ(doc->records[0].fields[0], QStringLiteral("东北大米"));
}
