// qtillctl coupons campaign create | issue | list | report and vouchers import, end to end: the real binary.
#include "qtillctlfixture.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using QtillctlCouponsTest = qtill::test::QtillctlFixture;

const QString kOwnerPin = QStringLiteral("888888");

QStringList as(QStringList args, const QString &who = QStringLiteral("00"))
{
    return args << QStringLiteral("--as") << who;
}

} // namespace

TEST_F(QtillctlCouponsTest, ACampaignIsCreatedIssuedListedAndReported)
{
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    const Outcome noCap = run(
        as({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("八折"), QStringLiteral("--kind"), QStringLiteral("percent_off"),
            QStringLiteral("--percent"), QStringLiteral("20"), QStringLiteral("--days"), QStringLiteral("30")}),
        kOwnerPin);
    EXPECT_EQ(noCap.exitCode, 1);
    EXPECT_TRUE(noCap.err.contains(QStringLiteral("needs a cap"))) << noCap.err.toStdString();

    const Outcome created = run(
        as({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("新客立减10元"), QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--days"),
            QStringLiteral("30"), QStringLiteral("--total"), QStringLiteral("100"), QStringLiteral("--json")}),
        kOwnerPin);
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QJsonObject campaign = created.json().object();
    EXPECT_EQ(campaign.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    const QString id = QString::number(campaign.value(QStringLiteral("id")).toInteger());

    const Outcome issued = run(as({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("issue"), id,
                                   QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")}),
        kOwnerPin);
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QJsonArray codes = issued.json().object().value(QStringLiteral("coupons")).toArray();
    ASSERT_EQ(codes.size(), 3);
    EXPECT_EQ(codes.first().toObject().value(QStringLiteral("code")).toString().size(), 14); // XXXX-XXXX-XXXX

    const Outcome cashier = run(as({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("issue"), id,
                                       QStringLiteral("--count"), QStringLiteral("1")},
                                    QStringLiteral("01")),
        QStringLiteral("0000"));
    EXPECT_EQ(cashier.exitCode, 1);

    const Outcome listed = run(
        {QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json().array().first().toObject().value(QStringLiteral("issued")).toInt(), 3);

    const Outcome report = run({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("report"), id,
        QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().object().value(QStringLiteral("issued")).toInt(), 3);
    EXPECT_EQ(report.json().object().value(QStringLiteral("open")).toInt(), 3);
    EXPECT_EQ(report.json().object().value(QStringLiteral("discountGiven")).toString(), QStringLiteral("0.00"));
    const Outcome text = run({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("report"), id});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Issued 3, redeemed 0"))) << text.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("coupons"), QStringLiteral("campaign"), QStringLiteral("issue"), id}).exitCode, 2);
}

TEST_F(QtillctlCouponsTest, AVoucherFileWithABadRowImportsNothingAndSaysWhichLine)
{
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    const QString until = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const QString file = dir.filePath(QStringLiteral("meituan.csv"));
    auto write = [&](const QString &rows) {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write((QStringLiteral("platform,code,value,valid_until\n") + rows).toUtf8());
    };
    write(QStringLiteral("美团,111122223333,30,%1\n美团,111122224444,abc,%1\n").arg(until));
    const Outcome bad = run(as({QStringLiteral("vouchers"), QStringLiteral("import"), file}), kOwnerPin);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.contains(QStringLiteral("abc"))) << bad.out.toStdString();
    EXPECT_TRUE(bad.out.contains(QStringLiteral("nothing was imported"))) << bad.out.toStdString();

    write(QStringLiteral("美团,111122223333,30,%1\n美团,111122224444,25.50,%1\n").arg(until));
    const Outcome good
        = run(as({QStringLiteral("vouchers"), QStringLiteral("import"), file, QStringLiteral("--json")}), kOwnerPin);
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString() << good.out.toStdString();
    EXPECT_EQ(good.json().object().value(QStringLiteral("imported")).toInt(), 2);
}
