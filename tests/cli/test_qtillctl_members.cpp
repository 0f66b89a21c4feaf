// qtillctl members add | find | show | topup | export | erase end to end: the real binary on a new store.
#include "qtillctlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using QtillctlMembersTest = qtill::test::QtillctlFixture;

const QString kOwnerPin = QStringLiteral("888888");
const QString kCashierPin = QStringLiteral("0000");

} // namespace

TEST_F(QtillctlMembersTest, AMemberIsAddedFoundMaskedToppedUpExportedAndErased)
{
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    const Outcome bad = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("1381234"),
                             QStringLiteral("--as"), QStringLiteral("01")}, kCashierPin);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("11 digits"))) << bad.err.toStdString();

    const Outcome added = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("13812341234"),
                               QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--as"), QStringLiteral("01"),
                               QStringLiteral("--json")}, kCashierPin);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.json().object().value(QStringLiteral("number")).toString(), QStringLiteral("M-R01-000001"));
    EXPECT_EQ(added.json().object().value(QStringLiteral("mobile")).toString(), QStringLiteral("138****1234"))
        << "a cashier sees the mobile masked";

    const Outcome again = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("13812341234"),
                               QStringLiteral("--as"), QStringLiteral("01")}, kCashierPin);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("M-R01-000001"))) << again.err.toStdString();

    const Outcome found = run({QStringLiteral("members"), QStringLiteral("find"), QStringLiteral("13812341234")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("138****1234"))) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("张*"))) << found.out.toStdString();
    const Outcome full = run({QStringLiteral("members"), QStringLiteral("show"), QStringLiteral("M-R01-000001"),
                              QStringLiteral("--as"), QStringLiteral("00"), QStringLiteral("--json")}, kOwnerPin);
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    EXPECT_EQ(full.json().object().value(QStringLiteral("mobile")).toString(), QStringLiteral("13812341234"));
    EXPECT_EQ(full.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("张三"));

    const Outcome topUp = run({QStringLiteral("members"), QStringLiteral("topup"), QStringLiteral("13812341234"),
                               QStringLiteral("200.00"), QStringLiteral("wechat"), QStringLiteral("--as"), QStringLiteral("01"),
                               QStringLiteral("--json")}, kCashierPin);
    ASSERT_EQ(topUp.exitCode, 0) << topUp.err.toStdString();
    EXPECT_EQ(topUp.json().object().value(QStringLiteral("number")).toString(), QStringLiteral("SV-R01-00000001"));
    EXPECT_EQ(topUp.json().object().value(QStringLiteral("balance")).toString(), QStringLiteral("200.00"));

    const QString file = dir.filePath(QStringLiteral("member.json"));
    const Outcome refused = run({QStringLiteral("members"), QStringLiteral("export"), QStringLiteral("M-R01-000001"), file,
                                 QStringLiteral("--as"), QStringLiteral("01")}, kCashierPin);
    EXPECT_EQ(refused.exitCode, 1) << "a cashier may not export personal data";
    const Outcome exported = run({QStringLiteral("members"), QStringLiteral("export"), QStringLiteral("M-R01-000001"), file,
                                  QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(written.readAll()).object();
    EXPECT_EQ(data.value(QStringLiteral("mobile")).toString(), QStringLiteral("13812341234"));
    EXPECT_EQ(data.value(QStringLiteral("storedValueLedger")).toArray().size(), 1);

    const Outcome stillHasValue = run({QStringLiteral("members"), QStringLiteral("erase"), QStringLiteral("M-R01-000001"),
                                       QStringLiteral("--reason"), QStringLiteral("asked"), QStringLiteral("--as"),
                                       QStringLiteral("00")}, kOwnerPin);
    EXPECT_EQ(stillHasValue.exitCode, 1);
    EXPECT_TRUE(stillHasValue.err.contains(QStringLiteral("stored value"))) << stillHasValue.err.toStdString();
    const Outcome noReason = run({QStringLiteral("members"), QStringLiteral("erase"), QStringLiteral("M-R01-000001"),
                                  QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin);
    EXPECT_EQ(noReason.exitCode, 2);
}

TEST_F(QtillctlMembersTest, AMemberWithoutStoredValueIsErasedAndNoLongerFoundByMobile)
{
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("15900001111"), QStringLiteral("--as"),
                   QStringLiteral("01")}, kCashierPin).exitCode, 0);
    const Outcome erased = run({QStringLiteral("members"), QStringLiteral("erase"), QStringLiteral("15900001111"),
                                QStringLiteral("--reason"), QStringLiteral("customer asked"), QStringLiteral("--as"),
                                QStringLiteral("00")}, kOwnerPin);
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("members"), QStringLiteral("find"), QStringLiteral("15900001111")}).exitCode, 1);
    const Outcome byNumber = run({QStringLiteral("members"), QStringLiteral("show"), QStringLiteral("M-R01-000001"),
                                  QStringLiteral("--json")});
    ASSERT_EQ(byNumber.exitCode, 0) << byNumber.err.toStdString();
    EXPECT_TRUE(byNumber.json().object().value(QStringLiteral("erased")).toBool());
    EXPECT_TRUE(byNumber.json().object().value(QStringLiteral("mobile")).toString().isEmpty());
}
