// Group-buy vouchers (团购验证): a platform's file imported all or nothing with every bad row named by its
// line, then verified, redeemed once and given back on a void at the till.
#include "couponfixture.h"

#include <QStringEncoder>
#include <QUuid>

using namespace qtill;
using namespace qtill::members;
using namespace qtill::members::test;

namespace {

struct VoucherTest : ::testing::Test
{
    CouponFixture f {true};
    QString sku = firstSku();

    QString firstSku()
    {
        auto q = f.services->store().exec(QStringLiteral("SELECT sku FROM products ORDER BY id LIMIT 1"));
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    }

    QByteArray file(const QStringList &rows)
    {
        return (
            QStringLiteral("platform,code,sku,value,valid_until\n") + rows.join(QLatin1Char('\n')) + QLatin1Char('\n'))
            .toUtf8();
    }

    VoucherImportReport import(const QByteArray &csv)
    {
        auto report = f.vouchers().import(f.owner, csv, QStringLiteral("meituan.csv"));
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : text(report.error()));
        return report.valueOr(VoucherImportReport {});
    }

    VoucherCheck verify(const QString &code)
    {
        auto checked = f.vouchers().verify(code);
        EXPECT_TRUE(checked.ok());
        return checked.valueOr(VoucherCheck {});
    }
};

} // namespace

TEST_F(VoucherTest, AGoodFileIsImportedAsOneBatch)
{
    const VoucherImportReport report = import(file({QStringLiteral("美团,1234 5678 9012,%1,,2026-12-31").arg(sku),
        QStringLiteral("抖音,DY-0001-ABCD,,50,2027/01/15"),
        QStringLiteral("\"美团\",\"1234 5678 9013\",,\"49.90\",2026-12-31 23:59:59")}));
    EXPECT_TRUE(report.clean());
    EXPECT_EQ(report.rows, 3);
    EXPECT_EQ(report.imported, 3);
    EXPECT_GT(report.batchId, 0);
    const VoucherCheck product = verify(QStringLiteral("123456789012"));
    ASSERT_TRUE(product.ok()) << product.message.toStdString();
    EXPECT_TRUE(product.voucher.buysProduct());
    EXPECT_FALSE(product.voucher.productName.isEmpty());
    EXPECT_EQ(product.voucher.platform, QStringLiteral("美团"));
    EXPECT_EQ(product.voucher.validUntil, QDate(2026, 12, 31));
    const VoucherCheck value = verify(QStringLiteral("dy0001abcd"));
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value.voucher.faceValue, yuan(5000));
    EXPECT_EQ(verify(QStringLiteral("1234-5678-9013")).voucher.faceValue, yuan(4990));
    EXPECT_EQ(f.audited(QStringLiteral("voucher.import")).size(), 1);
}

TEST_F(VoucherTest, BadRowsAreNamedByLineAndNothingIsImported)
{
    ASSERT_EQ(import(file({QStringLiteral("美团,OLD00001,,20,2026-12-31")})).imported, 1);
    const VoucherImportReport report = import(file({
        QStringLiteral("美团,A0000001,%1,,2026-12-31").arg(sku), // line 2: good
        QStringLiteral("美团,A0000001,,30,2026-12-31"), // line 3: the same code as line 2
        QStringLiteral("美团,A0000003,NO-SUCH-SKU,,2026-12-31"), // line 4: unknown item code
        QStringLiteral("美团,A0000004,,30,31/12/2026"), // line 5: not a date
        QStringLiteral("美团,A0000005,,thirty,2026-12-31"), // line 6: not an amount
        QStringLiteral("美团,A0000006,,-5,2026-12-31"), // line 7: not a face value
        QStringLiteral("美团,OLD00001,,20,2026-12-31"), // line 8: imported already
        QStringLiteral("美团,A0000008,,20,2026-12-01"), // line 9: expired already
        QStringLiteral("美团,A0000009,%1,20,2026-12-31").arg(sku), // line 10: both
    }));
    EXPECT_EQ(report.rows, 9);
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(report.batchId, 0);
    QList<int> lines;
    for (const VoucherImportIssue &issue : report.issues)
        lines << issue.line;
    EXPECT_EQ(lines, (QList<int> {3, 4, 5, 6, 7, 8, 9, 10}));
    ASSERT_EQ(report.issues.size(), 8);
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("also on line 2")));
    EXPECT_EQ(report.issues[1].column, QStringLiteral("sku"));
    EXPECT_TRUE(report.issues[1].message.contains(QStringLiteral("NO-SUCH-SKU")));
    EXPECT_EQ(report.issues[2].column, QStringLiteral("valid_until"));
    EXPECT_EQ(report.issues[3].value, QStringLiteral("thirty"));
    EXPECT_EQ(report.issues[4].column, QStringLiteral("value"));
    EXPECT_TRUE(report.issues[5].message.contains(QStringLiteral("imported already")));
    EXPECT_TRUE(report.issues[6].message.contains(QStringLiteral("expired")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM vouchers")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM voucher_batches")), 1);
    EXPECT_EQ(verify(QStringLiteral("A0000001")).reason, VoucherCheck::Reason::Unknown);
}

TEST_F(VoucherTest, AFileWithoutItsColumnsOrWithAnOpenQuoteIsRefusedWhole)
{
    auto noColumns = f.vouchers().import(f.owner, QByteArrayLiteral("code,amount\nX1,5\n"), QStringLiteral("x.csv"));
    ASSERT_FALSE(noColumns.ok());
    EXPECT_TRUE(noColumns.error().message.contains(QStringLiteral("platform,code,sku,value,valid_until")));
    auto open = f.vouchers().import(
        f.owner, file({QStringLiteral("美团,\"A0000001,,20,2026-12-31")}), QStringLiteral("x.csv"));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("line 2"))) << text(open.error());
    auto cashier = f.vouchers().import(
        f.cashier, file({QStringLiteral("美团,A0000001,,20,2026-12-31")}), QStringLiteral("x.csv"));
    ASSERT_FALSE(cashier.ok());
    EXPECT_EQ(cashier.error().code, Error::Code::PermissionDenied);
}

TEST_F(VoucherTest, AChineseExcelFileInGb18030Imports)
{
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    const QByteArray csv = gb.encode(QStringLiteral("平台,券码,面值,有效期至\r\n大众点评,DP000001,100,2026-12-31\r\n"));
    const VoucherImportReport report = import(csv);
    EXPECT_TRUE(report.clean()) << (report.clean() ? std::string() : report.issues.first().message.toStdString());
    EXPECT_EQ(verify(QStringLiteral("DP000001")).voucher.platform, QStringLiteral("大众点评"));
}

TEST_F(VoucherTest, AVoucherIsRedeemedOnceAndGivenBackOnAVoid)
{
    ASSERT_EQ(import(file({QStringLiteral("美团,123456789012,,30,2026-12-31")})).imported, 1);
    const QString sale = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto redeemed
        = f.vouchers().redeem(f.cashier, {QStringLiteral("1234 5678 9012"), sale, QStringLiteral("R01-00000003")});
    ASSERT_TRUE(redeemed.ok()) << text(redeemed.error());
    EXPECT_EQ(redeemed->faceValue, yuan(3000));
    EXPECT_TRUE(
        f.vouchers().redeem(f.cashier, {QStringLiteral("123456789012"), sale, QStringLiteral("R01-00000003")}).ok());
    auto twice = f.vouchers().redeem(f.cashier, {QStringLiteral("123456789012"), QStringLiteral("other-sale"), {}});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("R01-00000003"))) << text(twice.error());
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM voucher_redemptions")), 1);

    EXPECT_EQ(f.vouchers().restore(f.supervisor, sale).value(), 1);
    EXPECT_TRUE(verify(QStringLiteral("123456789012")).ok());
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM voucher_redemptions WHERE action = 'restore'")), 1);
}

TEST_F(VoucherTest, AVoucherIsValidThroughItsLastDay)
{
    ASSERT_EQ(import(file({QStringLiteral("美团,123456789012,,30,2026-12-08")})).imported, 1);
    f.clock.set(QDateTime(QDate(2026, 12, 8), QTime(21, 0)));
    EXPECT_TRUE(verify(QStringLiteral("123456789012")).ok());
    f.clock.set(QDateTime(QDate(2026, 12, 9), QTime(10, 0)));
    const VoucherCheck late = verify(QStringLiteral("123456789012"));
    EXPECT_EQ(late.reason, VoucherCheck::Reason::Expired);
    EXPECT_TRUE(late.message.contains(QStringLiteral("2026-12-08")));
    EXPECT_FALSE(f.vouchers().redeem(f.cashier, {QStringLiteral("123456789012"), QStringLiteral("s"), {}}).ok());
    EXPECT_EQ(verify(QStringLiteral("999")).reason, VoucherCheck::Reason::Unknown);
}
