#include "core/store.h"
#include "core/storesettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace qtill;

namespace {

/// A schema with three released steps, as a module's would look after a few releases.
Schema shopSchema(int upTo)
{
    QList<Migration> all = {
        {1, QStringLiteral("items"), {QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}},
        {2, QStringLiteral("item price"),
         {QStringLiteral("ALTER TABLE items ADD COLUMN price_fen INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE items SET price_fen = 100")}},
        {3, QStringLiteral("item codes"),
         {QStringLiteral("CREATE TABLE item_codes (code TEXT PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items(id))"),
          QStringLiteral("INSERT INTO item_codes (code, item_id) SELECT 'C' || id, id FROM items")}},
    };
    return Schema{QStringLiteral("shop"), all.mid(0, upTo)};
}

Store::Options optionsFor(const QString &path)
{
    Store::Options o;
    o.path = path;
    return o;
}

int scalar(Store &s, const QString &sql)
{
    auto q = s.exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class UpgradeFrom : public ::testing::TestWithParam<int> {};

TEST_P(UpgradeFrom, EveryPastVersionReachesTheLatestWithItsData)
{
    const int from = GetParam();
    test::TempStore t({shopSchema(from)});
    if (from >= 1) {
        ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO items (name) VALUES ('rice'), ('tea')")));
    }
    t.reopen();
    const Status up = t.store->migrate({StoreSettings::schema(), shopSchema(3)});
    ASSERT_TRUE(up.ok()) << up.error().toString().toStdString();
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 3);
    const int rows = from >= 1 ? 2 : 0;
    EXPECT_EQ(scalar(*t.store, QStringLiteral("SELECT COUNT(*) FROM items")), rows);
    EXPECT_EQ(scalar(*t.store, QStringLiteral("SELECT COUNT(*) FROM item_codes")), rows);
    if (from == 1) {
        EXPECT_EQ(scalar(*t.store, QStringLiteral("SELECT MIN(price_fen) FROM items")), 100);
    }
    // Running again changes nothing and takes no further backup.
    const int backups = QDir(t.store->backupDir()).entryList({QStringLiteral("*.db")}).size();
    ASSERT_TRUE(t.store->migrate({StoreSettings::schema(), shopSchema(3)}).ok());
    EXPECT_EQ(QDir(t.store->backupDir()).entryList({QStringLiteral("*.db")}).size(), backups);
}

INSTANTIATE_TEST_SUITE_P(Versions, UpgradeFrom, ::testing::Values(0, 1, 2));

TEST(Migrations, ABackupIsTakenBeforeUpgradingAnExistingStore)
{
    test::TempStore t({shopSchema(1)});
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO items (name) VALUES ('rice')")));
    if (t.store->dialect().isPostgres()) {
        // A pg_dump archive (custom format, for pg_restore) in the backup folder, which on a server is
        // the user's own and may hold earlier ones: one more, and it is a dump.
        const QStringList pattern{QStringLiteral("*-pre-migration.dump")};
        const QStringList before = QDir(t.store->backupDir()).entryList(pattern);
        ASSERT_TRUE(t.store->migrate({shopSchema(2)}).ok());
        QStringList added = QDir(t.store->backupDir()).entryList(pattern);
        for (const QString &old : before)
            added.removeOne(old);
        ASSERT_EQ(added.size(), 1);
        QFile dump(t.store->backupDir() + QLatin1Char('/') + added.first());
        ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
        EXPECT_EQ(dump.read(5), QByteArray("PGDMP"));
        dump.close();
        dump.remove();
        return;
    }
    ASSERT_TRUE(t.store->migrate({shopSchema(2)}).ok());
    const QStringList backups = QDir(t.store->backupDir()).entryList({QStringLiteral("*-pre-migration.db")});
    ASSERT_EQ(backups.size(), 1);
    auto old = Store::open(optionsFor(t.store->backupDir() + QLatin1Char('/') + backups.first()), t.clock);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ((*old)->schemaVersion(QStringLiteral("shop")), 1);
    EXPECT_EQ(scalar(**old, QStringLiteral("SELECT COUNT(*) FROM items")), 1);
}

TEST(Migrations, AFailingStepRollsBackWholeAndStops)
{
    test::TempStore t({shopSchema(1)});
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO items (name) VALUES ('rice')")));
    Schema broken = shopSchema(3);
    // Step 2's first statement works, its second fails: the column must not stay behind.
    broken.migrations[1].statements[1] = QStringLiteral("UPDATE no_such_table SET x = 1");
    const Status up = t.store->migrate({broken});
    ASSERT_FALSE(up.ok());
    EXPECT_EQ(up.error().code, Error::Code::Storage);
    EXPECT_TRUE(up.error().message.contains(QStringLiteral("shop"))) << up.error().message.toStdString();
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 1);
    auto column = t.store->exec(QStringLiteral("SELECT price_fen FROM items"));
    EXPECT_FALSE(column.ok()) << "step 2 was half applied";
    EXPECT_EQ(scalar(*t.store, t.store->dialect().isPostgres()
                                   ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'item_codes'")
                                   : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'item_codes'")),
              0);
    // After the fix, the upgrade goes through.
    ASSERT_TRUE(t.store->migrate({shopSchema(3)}).ok());
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 3);
}

TEST(Migrations, ANewerDatabaseIsNotTouchedByAnOlderQtill)
{
    test::TempStore t({shopSchema(3)});
    const Status down = t.store->migrate({shopSchema(2)});
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().code, Error::Code::Conflict);
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("shop")), 3);
}
