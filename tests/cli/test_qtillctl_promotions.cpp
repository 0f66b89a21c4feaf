// qtillctl promotions set | list | on | off | explain end to end: the real binary on a demo store.
#include "qtillctlfixture.h"

#include <QFile>

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using QtillctlTest = qtill::test::QtillctlFixture;

void write(const QString &path, const char *text)
{
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
}

} // namespace

TEST_F(QtillctlTest, PromotionsFromAFileExplainACartAndSwitchOff)
{
    initDemo();
    const QString rules = dir.filePath(QStringLiteral("promotions.json"));
    write(rules, R"([{"id":"COLA-3FOR10","name":"可乐 3 件 ¥10","kind":"bundlePrice","skus":["140006","140008"],"amount":"10.00","buy":3},
                     {"id":"MAN100JIAN20","name":"满100减20","kind":"threshold","threshold":"100.00","amount":"20.00","every":true,"stackable":true}])");
    const QString cart = dir.filePath(QStringLiteral("cart.json"));
    write(cart, R"({"lines":[{"code":"140006","qty":"3"},{"code":"140008","qty":"2"},{"code":"100002","qty":"1"}]})");

    const Outcome cashier = run({QStringLiteral("promotions"), QStringLiteral("set"), rules, QStringLiteral("--as"),
                                 QStringLiteral("01")}, QStringLiteral("0000"));
    EXPECT_EQ(cashier.exitCode, 1);
    const Outcome saved = run({QStringLiteral("promotions"), QStringLiteral("set"), rules, QStringLiteral("--as"),
                               QStringLiteral("00")}, QStringLiteral("888888"));
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    EXPECT_TRUE(saved.out.contains(QStringLiteral("Saved promotion MAN100JIAN20"))) << saved.out.toStdString();

    const Outcome listed = run({QStringLiteral("promotions"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray all = QJsonDocument::fromJson(listed.out.mid(listed.out.indexOf(QLatin1Char('['))).toUtf8()).array();
    ASSERT_EQ(all.size(), 5) << listed.out.toStdString(); // the demo's 4 (its cola one changed) and 满100减20
    const auto cola = std::find_if(all.begin(), all.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("COLA-3FOR10");
    });
    ASSERT_NE(cola, all.end());
    EXPECT_EQ(cola->toObject().value(QStringLiteral("revision")).toInt(), 2);
    EXPECT_EQ(cola->toObject().value(QStringLiteral("products")).toArray().size(), 2); // the SKUs became ids

    const Outcome explained = run({QStringLiteral("promotions"), QStringLiteral("explain"), cart});
    ASSERT_EQ(explained.exitCode, 0) << explained.err.toStdString();
    // 3 cola 330ml at ¥3.50 make a group of 3 for ¥10; the 2 sugar-free ones wait for a third; the rice
    // brings the cart to ¥86.90, ¥13.10 short of 满100减20.
    EXPECT_TRUE(explained.out.contains(QStringLiteral("3 × 可乐 330ml ¥3.50 = ¥10.50 → ¥10.00, −¥0.50"))) << explained.out.toStdString();
    EXPECT_TRUE(explained.out.contains(QStringLiteral("Total ¥86.90"))) << explained.out.toStdString();
    EXPECT_TRUE(explained.out.contains(QStringLiteral("Spend ¥13.10 more for 满100减20"))) << explained.out.toStdString();

    // A gold member also gets the demo's 5 % off drinks, stacked on the cola price.
    const Outcome gold = run({QStringLiteral("promotions"), QStringLiteral("explain"), cart, QStringLiteral("--tier"),
                              QStringLiteral("gold"), QStringLiteral("--at"), QStringLiteral("2026-12-07T10:00:00+08:00")});
    ASSERT_EQ(gold.exitCode, 0) << gold.err.toStdString();
    EXPECT_TRUE(gold.out.contains(QStringLiteral("金卡会员饮料 95 折"))) << gold.out.toStdString();
    ASSERT_EQ(run({QStringLiteral("promotions"), QStringLiteral("off"), QStringLiteral("COLA-3FOR10"), QStringLiteral("--as"),
                   QStringLiteral("00")}, QStringLiteral("888888")).exitCode, 0);
    const Outcome without = run({QStringLiteral("promotions"), QStringLiteral("explain"), cart});
    EXPECT_TRUE(without.out.contains(QStringLiteral("Total ¥87.40"))) << without.out.toStdString();
    EXPECT_EQ(run({QStringLiteral("promotions"), QStringLiteral("off")}).exitCode, 2);
}
