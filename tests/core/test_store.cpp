#include "core/store.h"
#include "core/storesettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill;
using qtill::test::TempStore;

namespace {

Store::Options optionsFor(const QString &path)
{
    Store::Options o;
    o.path = path;
    return o;
}

QVariant pragma(Store &store, const char *name)
{
    auto q = store.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    EXPECT_TRUE(q.ok());
    EXPECT_TRUE(q->next());
    return q->value(0);
}

Schema ledgerSchema()
{
    return Schema{QStringLiteral("t"),
                  {Migration{1, QStringLiteral("things"),
                             {QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")}}}};
}

int countThings(Store &store)
{
    auto q = store.exec(QStringLiteral("SELECT COUNT(*) FROM things"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

TEST(Store, NewFileIsPrivateAndDurable)
{
    QTILL_SQLITE_ONLY("the file's mode and SQLite's pragmas");
    TempStore t;
    ASSERT_TRUE(t.store);
    EXPECT_EQ(QFileInfo(t.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(pragma(*t.store, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*t.store, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(*t.store, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*t.store, "busy_timeout").toInt(), 5000);
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("core")), StoreSettings::schema().latestVersion());
}

TEST(Store, MissingFileIsAnErrorWhenCreationIsNotWanted)
{
    QTemporaryDir dir;
    ManualClock clock;
    Store::Options o = optionsFor(dir.filePath(QStringLiteral("typo.db")));
    o.createIfMissing = false;
    auto opened = Store::open(o, clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFileInfo::exists(o.path));
}

TEST(Store, GarbageFileIsReportedAsDamagedAndLeftUntouched)
{
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = dir.filePath(QStringLiteral("qtill.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto opened = Store::open(optionsFor(path), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("qtillctl restore")));
    EXPECT_TRUE(opened.error().message.contains(path));
    EXPECT_EQ(readAll(path), QByteArray(8192, 'x')); // never a silent fresh database
}

TEST(Store, DamagedPageIsFoundByQuickCheckAndTheLatestBackupIsNamed)
{
    QTILL_SQLITE_ONLY("a damaged page in the file, found by quick_check");
    TempStore t({ledgerSchema()});
    for (int i = 0; i < 2000; ++i)
        ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES (?)"), {QStringLiteral("thing %1").arg(i)}));
    auto saved = t.store->backup();
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    ASSERT_TRUE(t.store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    t.store.reset();

    // Overwrite a page in the middle of the file (an index or table page), keeping the header sound.
    QFile f(t.path());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8 * 4096);
    f.seek(size / 2 / 4096 * 4096);
    f.write(QByteArray(4096, '\x5a'));
    f.close();

    auto opened = Store::open(optionsFor(t.path()), t.clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QFileInfo(*saved).fileName())) << opened.error().message.toStdString();
    // It is the quick_check that finds it: a connection opened without the check (the app's, which
    // checks on a worker after its window shows) does not, and is not taken for checked.
    Store::Options unchecked = optionsFor(t.path());
    unchecked.checkIntegrity = false;
    {
        auto loose = Store::open(unchecked, t.clock);
        ASSERT_TRUE(loose.ok());
        EXPECT_FALSE((*loose)->integrityChecked());
        // The check on its own connection finds the damage and says exactly what open() says.
        const Status checked = Store::checkIntegrity((*loose)->workerOptions(), t.clock);
        ASSERT_FALSE(checked.ok());
        EXPECT_EQ(checked.error().code, Error::Code::Corrupt);
        EXPECT_EQ(checked.error().message, opened.error().message);
        // An upgrade never writes onto it: migrate() checks first.
        const Schema upgrade{QStringLiteral("later"),
                             {Migration{1, QStringLiteral("more"), {QStringLiteral("CREATE TABLE later (id INTEGER)")}}}};
        const Status migrated = (*loose)->migrate({upgrade});
        ASSERT_FALSE(migrated.ok());
        EXPECT_EQ(migrated.error().code, Error::Code::Corrupt);
        EXPECT_EQ((*loose)->schemaVersion(QStringLiteral("later")), 0);
    }

    // The named way out works: restore, then the data is back.
    ASSERT_TRUE(Store::restore(*saved, t.path(), t.clock).ok());
    auto reopened = Store::open(optionsFor(t.path()), t.clock);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_EQ(countThings(**reopened), 2000);
}

TEST(Store, TransactionCommitsAllOrNothing)
{
    TempStore t({ledgerSchema()});
    Store &s = *t.store;
    Status failed = s.transaction([&]() -> Status {
        EXPECT_TRUE(s.exec(QStringLiteral("INSERT INTO things (name) VALUES ('a')")));
        auto dup = s.exec(QStringLiteral("INSERT INTO things (name) VALUES ('a')"), {}, QStringLiteral("Already there."));
        EXPECT_EQ(dup.error().code, Error::Code::Conflict);
        EXPECT_EQ(dup.error().message, QStringLiteral("Already there."));
        return dup.error();
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(countThings(s), 0);

    Status thrown = s.transaction([&]() -> Status {
        EXPECT_TRUE(s.exec(QStringLiteral("INSERT INTO things (name) VALUES ('b')")));
        throw std::runtime_error("bug");
    });
    EXPECT_EQ(thrown.error().code, Error::Code::Internal);
    EXPECT_EQ(countThings(s), 0);

    Status ok = s.transaction([&]() -> Status {
        EXPECT_TRUE(s.exec(QStringLiteral("INSERT INTO things (name) VALUES ('c')")));
        // A nested transaction joins the outer one: its failure undoes the outer work too.
        return s.transaction([&]() -> Status {
            EXPECT_TRUE(s.inTransaction());
            EXPECT_TRUE(s.exec(QStringLiteral("INSERT INTO things (name) VALUES ('d')")));
            return {};
        });
    });
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(countThings(s), 2);
    EXPECT_FALSE(s.inTransaction());
}

TEST(Store, OnlineBackupIsConsistentAndPrivate)
{
    TempStore t({ledgerSchema()});
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES ('milk')")));
    auto path = t.store->backup();
    ASSERT_TRUE(path.ok()) << path.error().toString().toStdString();
    EXPECT_TRUE(path->startsWith(t.store->backupDir()));
    if (t.store->dialect().isPostgres()) {
        // A pg_dump archive (custom format, for pg_restore), private too; the same name twice is refused.
        EXPECT_TRUE(path->endsWith(QStringLiteral("-manual.dump")));
        EXPECT_EQ(QFileInfo(*path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QFile dump(*path);
        ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
        EXPECT_EQ(dump.read(5), QByteArray("PGDMP"));
        ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES ('eggs')")));
        EXPECT_EQ(t.store->backup(*path).error().code, Error::Code::Conflict);
        return;
    }
    EXPECT_TRUE(path->endsWith(QStringLiteral("-manual.db")));
    EXPECT_EQ(QFileInfo(*path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // The store is still usable while and after backing up.
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES ('eggs')")));
    auto copy = Store::open(optionsFor(*path), t.clock);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(countThings(**copy), 1);
    // Taking the same name twice is refused rather than overwriting.
    EXPECT_EQ(t.store->backup(*path).error().code, Error::Code::Conflict);
}

TEST(Store, RestoreKeepsTheCurrentFileAndRefusesGarbage)
{
    QTILL_SQLITE_ONLY("Store::restore replaces a file; restoring a pg_dump archive onto a server is not built yet");
    TempStore t({ledgerSchema()});
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES ('milk')")));
    auto saved = t.store->backup();
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(t.store->exec(QStringLiteral("INSERT INTO things (name) VALUES ('eggs')")));
    t.store.reset();

    const QString garbage = t.dir.filePath(QStringLiteral("garbage.db"));
    QFile g(garbage);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("this is not a database at all, it is a shopping list");
    g.close();
    Status refused = Store::restore(garbage, t.path(), t.clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::InvalidInput);
    EXPECT_FALSE(Store::restore(t.dir.filePath(QStringLiteral("nope.db")), t.path(), t.clock).ok());

    t.clock.advanceMs(1000);
    ASSERT_TRUE(Store::restore(*saved, t.path(), t.clock).ok());
    t.reopen();
    EXPECT_EQ(countThings(*t.store), 1);
    const QStringList kept = QDir(t.store->backupDir()).entryList({QStringLiteral("*-before-restore.db")});
    ASSERT_EQ(kept.size(), 1);
    auto before = Store::open(optionsFor(t.store->backupDir() + QLatin1Char('/') + kept.first()), t.clock);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(countThings(**before), 2);
}

TEST(Store, OneAppPerDatabaseAndNoRestoreUnderARunningApp)
{
    QTILL_SQLITE_ONLY("the one-app lock is a file beside the database; on a server many lanes share one database");
    TempStore t;
    auto saved = t.store->backup();
    ASSERT_TRUE(saved.ok());
    Store::Options o = optionsFor(t.path());
    o.lockForApp = true;
    auto app = Store::open(o, t.clock);
    ASSERT_TRUE(app.ok());
    auto second = Store::open(o, t.clock);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Locked);
    Status restored = Store::restore(*saved, t.path(), t.clock);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, Error::Code::Locked);
    app->reset();
    EXPECT_TRUE(Store::open(o, t.clock).ok());
}

// ---- the statement cache (execCached) -----------------------------------------------------------

namespace {

void addThings(Store &store, int count)
{
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO things (name) VALUES (?)"), {QStringLiteral("thing %1").arg(i)}).ok());
}

} // namespace

TEST(StatementCache, ARepeatedStatementIsPreparedOnceAndReadsFreshValuesEachTime)
{
    TempStore t({ledgerSchema()});
    addThings(*t.store, 3);
    const QString sql = QStringLiteral("SELECT name FROM things WHERE id = ?");
    for (int id = 1; id <= 3; ++id) {
        auto q = t.store->execCached(sql, {id});
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
        ASSERT_TRUE(q->next());
        EXPECT_EQ(q->value(0).toString(), QStringLiteral("thing %1").arg(id - 1));
        EXPECT_FALSE(q->next());
    }
    const auto stats = t.store->statementCacheStats();
    EXPECT_EQ(stats.prepares, 1);
    EXPECT_EQ(stats.hits, 2);
    EXPECT_EQ(stats.size, 1);
    // A write between reads is seen: a returned statement holds no old snapshot.
    ASSERT_TRUE(t.store->exec(QStringLiteral("UPDATE things SET name = 'renamed' WHERE id = 2")).ok());
    auto q = t.store->execCached(sql, {2});
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("renamed"));
}

TEST(StatementCache, ANestedUseOfTheSameStatementDoesNotDisturbTheOuterOne)
{
    TempStore t({ledgerSchema()});
    addThings(*t.store, 5);
    const QString sql = QStringLiteral("SELECT id, name FROM things WHERE id >= ? ORDER BY id");
    auto outer = t.store->execCached(sql, {1});
    ASSERT_TRUE(outer.ok());
    QStringList seen;
    while (outer->next()) {
        seen << outer->value(1).toString();
        // While the outer statement is out, the same SQL gets its own statement.
        auto inner = t.store->execCached(sql, {4});
        ASSERT_TRUE(inner.ok());
        ASSERT_TRUE(inner->next());
        EXPECT_EQ(inner->value(0).toLongLong(), 4);
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("thing 0"), QStringLiteral("thing 1"), QStringLiteral("thing 2"),
                                 QStringLiteral("thing 3"), QStringLiteral("thing 4")}));
    EXPECT_EQ(t.store->statementCacheStats().prepares, 2); // the outer one and one nested copy, reused 4 times
    EXPECT_EQ(t.store->statementCacheStats().size, 1);
}

TEST(StatementCache, ItStaysBoundedAndMigrationsEmptyIt)
{
    TempStore t({ledgerSchema()});
    for (int i = 0; i < Store::kStatementCacheSize + 10; ++i)
        ASSERT_TRUE(t.store->execCached(QStringLiteral("SELECT COUNT(*) + %1 FROM things").arg(i)).ok());
    EXPECT_EQ(t.store->statementCacheStats().size, Store::kStatementCacheSize);

    const QString sql = QStringLiteral("SELECT * FROM things WHERE id = ?");
    ASSERT_TRUE(t.store->execCached(sql, {1}).ok());
    // A migration changes the table under the cached statement: the cache is emptied, and the
    // statement prepared again sees the new column.
    Schema next = ledgerSchema();
    next.migrations << Migration{2, QStringLiteral("colour"), {QStringLiteral("ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'red'")}};
    ASSERT_TRUE(t.store->migrate({next}).ok());
    EXPECT_EQ(t.store->statementCacheStats().size, 0);
    addThings(*t.store, 1);
    auto q = t.store->execCached(sql, {1});
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->query().record().count(), 3);
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("red"));
}

TEST(StatementCache, ErrorsAreReportedLikeExecAndNotCached)
{
    TempStore t({ledgerSchema()});
    auto bad = t.store->execCached(QStringLiteral("SELECT nothing FROM nowhere"), {}, QStringLiteral("Could not read."));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, QStringLiteral("Could not read."));
    EXPECT_TRUE(bad.error().detail.contains(QStringLiteral("nowhere")));
    addThings(*t.store, 1);
    auto duplicate = t.store->execCached(QStringLiteral("INSERT INTO things (name) VALUES (?)"), {QStringLiteral("thing 0")});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, Error::Code::Conflict);
    EXPECT_EQ(t.store->statementCacheStats().size, 0);
}

// Store::lookupBatched: many keys in IN lists of at most 500 bound values.
namespace {

/// `count` things "thing 0" … in one transaction.
void addManyThings(Store &store, int count)
{
    const Status added = store.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto q = store.exec(QStringLiteral("INSERT INTO things (name) VALUES (?)"), {QStringLiteral("thing %1").arg(i)});
            if (!q)
                return q.error();
        }
        return {};
    });
    ASSERT_TRUE(added.ok());
}

} // namespace

TEST(LookupBatched, EveryKeyIsFoundOnceOnBothSidesOfTheChunkBoundary)
{
    TempStore t({ledgerSchema()});
    addManyThings(*t.store, 1002);
    for (const int count : {1, 499, 500, 501, 1001}) {
        QStringList keys;
        for (int i = 0; i < count; ++i)
            keys << QStringLiteral("thing %1").arg(i);
        QStringList found;
        QList<qint64> ids;
        const Status looked = t.store->lookupBatched(keys, QStringLiteral("SELECT name, id FROM things WHERE name"),
                                                     [&](const QSqlQuery &q) {
                                                         found << q.value(0).toString();
                                                         ids << q.value(1).toLongLong();
                                                     });
        ASSERT_TRUE(looked.ok()) << looked.error().toString().toStdString();
        ASSERT_EQ(found.size(), count) << count << " keys";
        found.sort();
        keys.sort();
        EXPECT_EQ(found, keys) << count << " keys";
        // The key just past the boundary (the 501st, in the second statement) comes with its own row.
        if (count > Store::kLookupChunk) {
            EXPECT_TRUE(ids.contains(Store::kLookupChunk + 1)) << count << " keys";
            EXPECT_TRUE(found.contains(QStringLiteral("thing 500")));
        }
    }
}

TEST(LookupBatched, KeysTheStoreLacksGiveNoRowsAndNoKeysGiveNoQuery)
{
    TempStore t({ledgerSchema()});
    addManyThings(*t.store, 600);
    // 501 keys, every other one missing: 251 present ("thing 0", "thing 2", … "thing 500").
    QStringList keys;
    for (int i = 0; i <= 500; ++i)
        keys << (i % 2 == 0 ? QStringLiteral("thing %1").arg(i) : QStringLiteral("missing %1").arg(i));
    int rows = 0;
    ASSERT_TRUE(t.store->lookupBatched(keys, QStringLiteral("SELECT id FROM things WHERE name"), [&](const QSqlQuery &) { ++rows; })
                    .ok());
    EXPECT_EQ(rows, 251);

    rows = 0;
    // No keys: not even a broken statement is run.
    EXPECT_TRUE(t.store->lookupBatched(QStringList(), QStringLiteral("SELECT id FROM nowhere WHERE x"),
                                       [&](const QSqlQuery &) { ++rows; })
                    .ok());
    EXPECT_EQ(rows, 0);
}

TEST(LookupBatched, SmallerChunksAndIntegerKeysWork)
{
    TempStore t({ledgerSchema()});
    addManyThings(*t.store, 10);
    // Ids 1…7 in chunks of 3 (3 + 3 + 1), plus two that do not exist.
    const QVariantList ids{1, 2, 3, 4, 5, 6, 7, 98, 99};
    QStringList names;
    ASSERT_TRUE(t.store
                    ->lookupBatched(ids, QStringLiteral("SELECT name FROM things WHERE id"),
                                    [&](const QSqlQuery &q) { names << q.value(0).toString(); }, {}, 3)
                    .ok());
    names.sort();
    EXPECT_EQ(names, QStringList({QStringLiteral("thing 0"), QStringLiteral("thing 1"), QStringLiteral("thing 2"),
                                  QStringLiteral("thing 3"), QStringLiteral("thing 4"), QStringLiteral("thing 5"),
                                  QStringLiteral("thing 6")}));
}

TEST(LookupBatched, AFailingQueryIsAStorageErrorWithTheCallersMessage)
{
    TempStore t({ledgerSchema()});
    int rows = 0;
    const Status looked = t.store->lookupBatched(QStringList{QStringLiteral("a")},
                                                 QStringLiteral("SELECT id FROM no_such_table WHERE name"),
                                                 [&](const QSqlQuery &) { ++rows; }, QStringLiteral("The things could not be read."));
    ASSERT_FALSE(looked.ok());
    EXPECT_EQ(looked.error().code, Error::Code::Storage);
    EXPECT_EQ(looked.error().message, QStringLiteral("The things could not be read."));
    EXPECT_TRUE(looked.error().detail.contains(QStringLiteral("no_such_table")));
    EXPECT_EQ(rows, 0);
}
