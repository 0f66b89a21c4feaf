// qtillctl sales history import | export end to end: the real binary on a demo store.
#include "qtillctlfixture.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using QtillctlTest = qtill::test::QtillctlFixture;

} // namespace

TEST_F(QtillctlTest, SalesHistoryFromTheOldPosImportsWithAReportAndExportsBack)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    // The demo has the last 28 days; the old POS's file is older. Dates from the real clock (as qtillctl's).
    const QString d40 = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    const QString d35 = QDate::currentDate().addDays(-35).toString(Qt::ISODate);
    const QString future = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    const QString file = dir.filePath(QStringLiteral("old-pos.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("date,sku,quantity,value\n%1,130009,5,62.50\n%2,130009,3,\n%3,130009,1,\n")
                      .arg(d40, d35, future)
                      .toUtf8());
    }

    const Outcome refused = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("import"), file,
                                 QStringLiteral("--as"), QStringLiteral("00")}, owner);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains(QStringLiteral("is in the future"))) << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("Nothing was imported"))) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Checking 3 of 3 rows"))) << refused.err.toStdString();

    const Outcome good = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("import"), file,
                              QStringLiteral("--good-rows-only"), QStringLiteral("--as"), QStringLiteral("00"),
                              QStringLiteral("--json")}, owner);
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString() << good.out.toStdString();
    const QString jsonText = good.out.mid(good.out.indexOf(QLatin1Char('{')));
    const QJsonObject report = QJsonDocument::fromJson(jsonText.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("badRows")).toInt(), 1);
    const QJsonObject imported = report.value(QStringLiteral("imported")).toObject();
    EXPECT_EQ(imported.value(QStringLiteral("rows")).toInt(), 2);
    EXPECT_EQ(imported.value(QStringLiteral("batch")).toString(), QStringLiteral("SH-R01-00000002"));  // the demo's is 1
    EXPECT_EQ(imported.value(QStringLiteral("from")).toString(), d40);

    const QString exported = dir.filePath(QStringLiteral("history.csv"));
    const Outcome saved = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("export"), exported,
                               QStringLiteral("--as"), QStringLiteral("00")}, owner);
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    QFile in(exported);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("date,sku,barcode,name,quantity,value")));
    EXPECT_TRUE(text.contains(d40 + QStringLiteral(",130009,"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",5,62.50")));
    // Imported again, every day is there already: refused, nothing counted twice.
    const Outcome again = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("import"), exported,
                               QStringLiteral("--dry-run")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.out.contains(QStringLiteral("were imported already (batch SH-R01-00000002)"))) << again.out.left(2000).toStdString();

    EXPECT_EQ(run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("list")}).exitCode, 2);
}

TEST_F(QtillctlTest, AWrongSalesHistoryBatchIsListedRemovedAndCanBeImportedAgain)
{
    initDemo();
    const QString owner = QStringLiteral("888888");
    const QString d40 = QDate::currentDate().addDays(-40).toString(Qt::ISODate);
    const QString file = dir.filePath(QStringLiteral("wrong.csv"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("date,sku,quantity\n%1,130009,500\n").arg(d40).toUtf8());   // 500: a typo for 5
    }
    const QStringList importIt{QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("import"), file,
                               QStringLiteral("--as"), QStringLiteral("00")};
    ASSERT_EQ(run(importIt, owner).exitCode, 0);

    const Outcome listed = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("batches"),
                                QStringLiteral("--as"), QStringLiteral("00"), QStringLiteral("--json")}, owner);
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray batches = QJsonDocument::fromJson(listed.out.mid(listed.out.indexOf(QLatin1Char('{'))).toUtf8())
                                   .object().value(QStringLiteral("batches")).toArray();
    ASSERT_EQ(batches.size(), 2);   // newest first: the wrong file, then the demo's 28 days
    EXPECT_EQ(batches.at(0).toObject().value(QStringLiteral("batch")).toString(), QStringLiteral("SH-R01-00000002"));
    EXPECT_EQ(batches.at(0).toObject().value(QStringLiteral("rows")).toInt(), 1);
    EXPECT_EQ(batches.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("wrong.csv"));

    // A cashier may not take it back; the owner may (lower case works too).
    const Outcome refused = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("remove"),
                                 QStringLiteral("sh-r01-00000002"), QStringLiteral("--as"), QStringLiteral("01")},
                                QStringLiteral("0000"));
    EXPECT_NE(refused.exitCode, 0);
    const Outcome removed = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("remove"),
                                 QStringLiteral("sh-r01-00000002"), QStringLiteral("--as"), QStringLiteral("00")}, owner);
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("Removed batch SH-R01-00000002: 1 rows"))) << removed.out.toStdString();
    const Outcome again = run({QStringLiteral("sales"), QStringLiteral("history"), QStringLiteral("remove"),
                               QStringLiteral("SH-R01-00000002"), QStringLiteral("--as"), QStringLiteral("00")}, owner);
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("There is no sales history batch SH-R01-00000002"))) << again.err.toStdString();

    // The day is free again: it can be imported anew.
    EXPECT_EQ(run(importIt, owner).exitCode, 0);
}
