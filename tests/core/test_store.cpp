#include "core/store.h"
#include "core/storesettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
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
    TempStore t;
    ASSERT_TRUE(t.store);
    EXPECT_EQ(QFileInfo(t.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(pragma(*t.store, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*t.store, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(*t.store, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*t.store, "busy_timeout").toInt(), 5000);
    EXPECT_EQ(t.store->schemaVersion(QStringLiteral("core")), 1);
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
