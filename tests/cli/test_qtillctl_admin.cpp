// qtillctl permissions and restore end to end: the real binary on a demo store. The owner changes what
// a role may do and the change is what the next command meets; a restore brings back the data of the
// backup (stock, orders) and keeps the replaced file. And the refusals: a cashier, a role or backup
// that does not exist. Each checks the exit code, what is printed and the store afterwards.
#include "qtillctlfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;
using qtill::test::TestDatabase;

std::string str(const QString &text)
{
    return text.toStdString();
}

class QtillctlAdminTest : public qtill::test::QtillctlFixture
{
protected:
    void SetUp() override { initDemo(); }

    Outcome owner(QStringList args) const
    {
        return run(args << QStringLiteral("--as") << QStringLiteral("00"), QStringLiteral("888888"));
    }
    Outcome cashier(QStringList args) const
    {
        return run(args << QStringLiteral("--as") << QStringLiteral("01"), QStringLiteral("0000"));
    }

    /// The roles `permissions list` gives a permission.
    QStringList rolesWith(const QString &key) const
    {
        const Outcome list = run({QStringLiteral("permissions"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << str(list.err);
        for (const QJsonValue &p : list.json().array()) {
            if (p.toObject().value(QStringLiteral("key")).toString() == key) {
                QStringList roles;
                for (const QJsonValue &r : p.toObject().value(QStringLiteral("roles")).toArray())
                    roles << r.toString();
                return roles;
            }
        }
        ADD_FAILURE() << "no permission " << str(key);
        return {};
    }

    QString onHand(const QString &sku) const
    {
        const Outcome shown = run({QStringLiteral("stock"), QStringLiteral("show"), sku, QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << str(shown.err);
        return shown.json().object().value(QStringLiteral("onHand")).toString();
    }

    /// A cashier's stock correction of one unit on the floor.
    Outcome cashierAdjusts() const
    {
        return cashier({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"), QStringLiteral("FLOOR"),
                        QStringLiteral("-1"), QStringLiteral("--note"), QStringLiteral("recount")});
    }
};

} // namespace

TEST_F(QtillctlAdminTest, TheOwnerLetsCashiersAdjustStockAndTakesItBack)
{
    const QString adjust = QStringLiteral("inventory.adjust");
    EXPECT_EQ(rolesWith(adjust), (QStringList{QStringLiteral("manager"), QStringLiteral("owner")}));
    const QString before = onHand(QStringLiteral("140007"));
    const Outcome refused = cashierAdjusts();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not"))) << str(refused.err);

    const Outcome granted = owner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("cashier"), adjust});
    ASSERT_EQ(granted.exitCode, 0) << str(granted.err);
    EXPECT_EQ(granted.out.trimmed(), QStringLiteral("Cashier may now: Adjust stock by hand (damage, loss, corrections)."))
        << str(granted.out);
    EXPECT_EQ(rolesWith(adjust),
              (QStringList{QStringLiteral("cashier"), QStringLiteral("manager"), QStringLiteral("owner")}));
    const Outcome allowed = cashierAdjusts();
    ASSERT_EQ(allowed.exitCode, 0) << str(allowed.err);
    EXPECT_EQ(onHand(QStringLiteral("140007")), QString::number(before.toInt() - 1));

    const Outcome revoked = owner({QStringLiteral("permissions"), QStringLiteral("revoke"), QStringLiteral("cashier"), adjust,
                                   QStringLiteral("--json")});
    ASSERT_EQ(revoked.exitCode, 0) << str(revoked.err);
    EXPECT_EQ(revoked.json().object().value(QStringLiteral("granted")).toBool(true), false);
    EXPECT_EQ(cashierAdjusts().exitCode, 1);
    EXPECT_EQ(onHand(QStringLiteral("140007")), QString::number(before.toInt() - 1));

    // Each change is in the audit log, naming the role and the permission.
    for (const char *action : {"permission.grant", "permission.revoke"}) {
        const Outcome audit = owner({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                     QLatin1String(action), QStringLiteral("--json")});
        ASSERT_EQ(audit.exitCode, 0) << str(audit.err);
        EXPECT_EQ(audit.json().array().size(), 1) << action << ": " << str(audit.out);
        EXPECT_TRUE(audit.out.contains(QStringLiteral("cashier:inventory.adjust"))) << str(audit.out);
    }
}

TEST_F(QtillctlAdminTest, PermissionChangesAreRefusedToACashierAndForUnknownRolesOrKeys)
{
    const QString key = QStringLiteral("backup.restore");
    const Outcome byCashier = cashier({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("cashier"), key});
    EXPECT_EQ(byCashier.exitCode, 1);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("may not"))) << str(byCashier.err);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("Change what each role may do"))) << str(byCashier.err);

    const Outcome badRole = owner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("janitor"), key});
    EXPECT_EQ(badRole.exitCode, 1);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("\"janitor\" is not a role."))) << str(badRole.err);
    const Outcome badKey = owner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("cashier"),
                                  QStringLiteral("till.open-drawer-at-will")});
    EXPECT_EQ(badKey.exitCode, 1);
    EXPECT_TRUE(badKey.err.contains(QStringLiteral("There is no permission called till.open-drawer-at-will.")))
        << str(badKey.err);
    const Outcome ownerRole = owner({QStringLiteral("permissions"), QStringLiteral("revoke"), QStringLiteral("owner"), key});
    EXPECT_EQ(ownerRole.exitCode, 1);
    EXPECT_TRUE(ownerRole.err.contains(QStringLiteral("The owner always has every permission"))) << str(ownerRole.err);
    EXPECT_EQ(owner({QStringLiteral("permissions"), QStringLiteral("grant"), QStringLiteral("cashier")}).exitCode, 2);
    EXPECT_EQ(rolesWith(key), QStringList{QStringLiteral("owner")}) << "the owner's alone, as before";
}

TEST_F(QtillctlAdminTest, RestoreBringsBackStockAndOrdersAndKeepsTheReplacedFile)
{
    const QString backup = dir.filePath(QStringLiteral("monday.db"));
    ASSERT_EQ(owner({QStringLiteral("backup"), backup}).exitCode, 0);
    const QString stockThen = onHand(QStringLiteral("140007"));
    const Outcome ordersThen = run({QStringLiteral("po"), QStringLiteral("list"), QStringLiteral("--json")});

    // After the backup: stock is corrected and an order is made.
    ASSERT_EQ(owner({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"), QStringLiteral("FLOOR"),
                     QStringLiteral("-4"), QStringLiteral("--note"), QStringLiteral("after the backup")}).exitCode, 0);
    ASSERT_EQ(owner({QStringLiteral("po"), QStringLiteral("create"), QStringLiteral("S002"), QStringLiteral("140007x6")}).exitCode, 0);
    ASSERT_NE(onHand(QStringLiteral("140007")), stockThen);

    // A cashier may not restore: nothing changes.
    const Outcome refused = cashier({QStringLiteral("restore"), backup});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not"))) << str(refused.err);
    EXPECT_EQ(onHand(QStringLiteral("140007")), QString::number(stockThen.toInt() - 4));

    const Outcome restored = owner({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << str(restored.err);
    EXPECT_TRUE(restored.out.contains(QStringLiteral("Restored %1 from %2.").arg(db(), backup))) << str(restored.out);
    // Beside the file; for a server database, the backup folder in the app's data (a dump).
    const QString kept = TestDatabase::onPostgres()
        ? restored.out.section(QStringLiteral("The previous file is kept in "), 1).section(QLatin1Char('\n'), 0, 0).chopped(1)
        : dir.filePath(QStringLiteral("backups"));
    EXPECT_TRUE(restored.out.contains(QStringLiteral("The previous file is kept in %1.").arg(kept))) << str(restored.out);
    EXPECT_FALSE(QDir(kept).entryList(QDir::Files).isEmpty());
    EXPECT_EQ(onHand(QStringLiteral("140007")), stockThen);
    const Outcome ordersNow = run({QStringLiteral("po"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(ordersNow.json(), ordersThen.json());
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);

    // A backup that is not there.
    const Outcome missing = owner({QStringLiteral("restore"), dir.filePath(QStringLiteral("tuesday.db"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no backup file at"))) << str(missing.err);
}

TEST_F(QtillctlAdminTest, ADamagedStoreIsReplacedFromItsBackupWithoutSigningIn)
{
    QTILL_SQLITE_ONLY("damages the store's file; a server keeps its own pages sound");
    const QString backup = dir.filePath(QStringLiteral("nightly.db"));
    ASSERT_EQ(owner({QStringLiteral("backup"), backup}).exitCode, 0);
    const QString stockThen = onHand(QStringLiteral("140007"));
    {
        QFile store(db());
        ASSERT_TRUE(store.open(QIODevice::WriteOnly | QIODevice::Truncate));
        store.write(QByteArray(16384, '\x5a')); // the disk went bad
    }
    const Outcome broken = run({QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("140007")});
    EXPECT_EQ(broken.exitCode, 1);

    // Nobody can sign in to a damaged file: whoever can reach it may replace it.
    const Outcome restored = run({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << str(restored.err);
    EXPECT_EQ(onHand(QStringLiteral("140007")), stockThen);
    const Outcome audit = owner({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                 QStringLiteral("backup.restore"), QStringLiteral("--json")});
    ASSERT_EQ(audit.json().array().size(), 1) << str(audit.out);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("the store was missing or damaged"))) << str(audit.out);
}
