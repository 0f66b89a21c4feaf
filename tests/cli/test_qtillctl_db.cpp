// qtillctl on both engines: db status names the engine, db copy moves a shop between a SQLite file and
// a PostgreSQL database (and back), backup and restore on PostgreSQL go through pg_dump / pg_restore.
// The copy and PostgreSQL backup tests need a server (QTILL_TEST_PG) whatever the suite's engine.
#include "qtillctlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace qtill::test {
namespace {

const QString kOwnerPin = QStringLiteral("888888");

std::string str(const QString &text)
{
    return text.toStdString();
}

/// A fresh database on the test server for one test, dropped at its end.
struct ServerDatabase
{
    QString address = TestDatabase::createServerDatabase();
    ~ServerDatabase() { TestDatabase::dropServerDatabase(address); }
};

#define QTILL_NEEDS_SERVER()                                                                              \
    do {                                                                                                  \
        if (TestDatabase::serverAddress().isEmpty())                                                     \
            GTEST_SKIP() << "needs a PostgreSQL server: set QTILL_TEST_PG (./test.sh starts one)";       \
    } while (false)

class QtillctlDbTest : public QtillctlFixture
{
protected:
    /// Row counts by table from a db copy's --json report.
    static QMap<QString, qint64> copiedRows(const Outcome &copy)
    {
        QMap<QString, qint64> rows;
        for (const QJsonValue &t : copy.json().object().value(QStringLiteral("tables")).toArray())
            rows.insert(t[QStringLiteral("table")].toString(), t[QStringLiteral("rows")].toInteger());
        return rows;
    }

    QJsonObject statusOf(const QString &address) const
    {
        const Outcome status = runOn(address, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        EXPECT_EQ(status.exitCode, 0) << str(status.err);
        return status.json().object();
    }

    Outcome copy(const QString &from, const QString &to) const
    {
        return runOn(from, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), to, QStringLiteral("--as"),
                            QStringLiteral("00"), QStringLiteral("--json")},
                     kOwnerPin);
    }

    QString onHand(const QString &address, const QString &code) const
    {
        const Outcome shown = runOn(address, {QStringLiteral("stock"), QStringLiteral("show"), code, QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << str(shown.err);
        return shown.json().object().value(QStringLiteral("onHand")).toString();
    }
};

TEST_F(QtillctlDbTest, StatusNamesTheEngineItsVersionAndTheSize)
{
    initDemo();
    const QJsonObject status = statusOf(db());
    const QString engine = TestDatabase::onPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    EXPECT_EQ(status.value(QStringLiteral("engine")).toString(), engine);
    EXPECT_FALSE(status.value(QStringLiteral("engineVersion")).toString().isEmpty());
    EXPECT_GT(status.value(QStringLiteral("sizeBytes")).toInteger(), 100 * 1024) << "the demo store takes room";
    EXPECT_EQ(status.value(QStringLiteral("path")).toString(), db());

    const Outcome text = run({QStringLiteral("db"), QStringLiteral("status")});
    ASSERT_EQ(text.exitCode, 0) << str(text.err);
    if (TestDatabase::onPostgres())
        EXPECT_TRUE(text.out.contains(QStringLiteral("Engine:       PostgreSQL 15"))) << str(text.out);
    else
        EXPECT_TRUE(text.out.contains(QStringLiteral("Engine:       SQLite 3."))) << str(text.out);
}

TEST_F(QtillctlDbTest, AnEmptyServerDatabaseIsNotAStoreUntilInit)
{
    QTILL_NEEDS_SERVER();
    ServerDatabase empty;
    const Outcome status = runOn(empty.address, {QStringLiteral("db"), QStringLiteral("status")});
    EXPECT_EQ(status.exitCode, 1);
    EXPECT_TRUE(status.err.contains(QStringLiteral("qtillctl init"))) << str(status.err);
    // Still empty (a command that reads laid no schema): init creates the store.
    const Outcome init = runOn(empty.address, {QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << str(init.err);
    EXPECT_TRUE(init.out.contains(QStringLiteral("Created the store %1.").arg(empty.address))) << str(init.out);
}

TEST_F(QtillctlDbTest, TheDemoStoreRoundTripsThroughPostgreSQLWithItsAuditChain)
{
    QTILL_NEEDS_SERVER();
    const QString file = dir.filePath(QStringLiteral("shop.db"));
    ASSERT_EQ(runOn(file, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    ServerDatabase server;

    const Outcome there = copy(file, server.address);
    ASSERT_EQ(there.exitCode, 0) << str(there.err);
    const QMap<QString, qint64> rows = copiedRows(there);
    const QJsonObject source = statusOf(file);
    const QJsonObject onServer = statusOf(server.address);
    EXPECT_EQ(onServer.value(QStringLiteral("engine")).toString(), QStringLiteral("PostgreSQL"));
    EXPECT_EQ(onServer.value(QStringLiteral("products")), source.value(QStringLiteral("products")));
    EXPECT_GE(rows.value(QStringLiteral("products")), 280);
    EXPECT_GT(rows.value(QStringLiteral("stock_movements")), 0);
    // Every entry of the source but the copier's own sign-out, written after the copy.
    EXPECT_EQ(rows.value(QStringLiteral("audit_log")) + 1, source.value(QStringLiteral("auditEntries")).toInteger());
    EXPECT_EQ(there.json()[QStringLiteral("auditEntries")].toInteger(), rows.value(QStringLiteral("audit_log")));
    EXPECT_EQ(runOn(server.address, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"),
                                     QStringLiteral("00")}, kOwnerPin).exitCode, 0);
    EXPECT_EQ(runOn(server.address, {QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
    EXPECT_EQ(onHand(server.address, QStringLiteral("140007")), onHand(file, QStringLiteral("140007")));

    // The search index was rebuilt there: the same products are found.
    const QStringList search = {QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("可乐"), QStringLiteral("--json")};
    const Outcome foundThere = runOn(server.address, search);
    ASSERT_EQ(foundThere.exitCode, 0) << str(foundThere.err);
    EXPECT_FALSE(foundThere.json().array().isEmpty());
    EXPECT_EQ(foundThere.json(), runOn(file, search).json());

    // New rows on the server get new ids after the copied ones (sequences moved past them).
    ASSERT_EQ(runOn(server.address, {QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                     QStringLiteral("FLOOR"), QStringLiteral("3"), QStringLiteral("--reason"),
                                     QStringLiteral("adjustment"), QStringLiteral("--note"), QStringLiteral("after the move"),
                                     QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin).exitCode, 0);

    const QString back = dir.filePath(QStringLiteral("back.db"));
    const Outcome home = copy(server.address, back);
    ASSERT_EQ(home.exitCode, 0) << str(home.err);
    const QMap<QString, qint64> backRows = copiedRows(home);
    EXPECT_EQ(backRows.value(QStringLiteral("products")), rows.value(QStringLiteral("products")));
    EXPECT_EQ(backRows.value(QStringLiteral("stock_movements")), rows.value(QStringLiteral("stock_movements")) + 1);
    EXPECT_EQ(runOn(back, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("00")},
                    kOwnerPin).exitCode, 0);
    EXPECT_EQ(runOn(back, {QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
    EXPECT_EQ(onHand(back, QStringLiteral("140007")), onHand(server.address, QStringLiteral("140007")));
    // The search index was rebuilt on the file too.
    const Outcome found = runOn(back, search);
    ASSERT_EQ(found.exitCode, 0) << str(found.err);
    EXPECT_FALSE(found.json().array().isEmpty());
    EXPECT_EQ(found.json(), runOn(file, search).json());
}

TEST_F(QtillctlDbTest, ACopyIntoADatabaseThatIsNotEmptyIsRefusedAndChangesNothing)
{
    QTILL_NEEDS_SERVER();
    const QString file = dir.filePath(QStringLiteral("shop.db"));
    ASSERT_EQ(runOn(file, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    ServerDatabase server;
    ASSERT_EQ(runOn(server.address, {QStringLiteral("init")}).exitCode, 0);
    // What the store holds (its schemas and versions), not its size on disk: PostgreSQL's own
    // bookkeeping may move the size between two looks with nothing written.
    auto contents = [this](const QString &address) {
        QJsonObject status = statusOf(address);
        status.remove(QStringLiteral("sizeBytes"));
        return status;
    };
    const QJsonObject before = contents(server.address);

    const Outcome refused = copy(file, server.address);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("is not empty"))) << str(refused.err);
    EXPECT_EQ(contents(server.address), before);

    // A file that exists is never overwritten either.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    ASSERT_EQ(runOn(other, {QStringLiteral("init")}).exitCode, 0);
    const QJsonObject otherBefore = statusOf(other);
    const Outcome onFile = copy(file, other);
    EXPECT_EQ(onFile.exitCode, 1);
    EXPECT_TRUE(onFile.err.contains(QStringLiteral("exists already"))) << str(onFile.err);
    EXPECT_EQ(statusOf(other).value(QStringLiteral("auditEntries")), otherBefore.value(QStringLiteral("auditEntries")));

    // A cashier may not copy the store (it holds what a backup holds).
    const Outcome byCashier = runOn(file, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                                           dir.filePath(QStringLiteral("stolen.db")), QStringLiteral("--as"), QStringLiteral("01")},
                                    QStringLiteral("0000"));
    EXPECT_EQ(byCashier.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("stolen.db"))));
}

TEST_F(QtillctlDbTest, ACopyThatDoesNotVerifyLeavesTheTargetEmpty)
{
    QTILL_NEEDS_SERVER();
    const QString file = dir.filePath(QStringLiteral("shop.db"));
    ASSERT_EQ(runOn(file, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    {
        // Someone edited an audit entry behind Qtill's back (with its guard dropped).
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    ServerDatabase server;

    const Outcome refused = copy(file, server.address);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("audit log does not verify"))) << str(refused.err);
    const Outcome status = runOn(server.address, {QStringLiteral("db"), QStringLiteral("status")});
    EXPECT_EQ(status.exitCode, 1);
    EXPECT_TRUE(status.err.contains(QStringLiteral("qtillctl init"))) << "no table was left behind: " << str(status.err);

    const QString back = dir.filePath(QStringLiteral("copy.db"));
    EXPECT_EQ(copy(file, back).exitCode, 1);
    EXPECT_FALSE(QFile::exists(back)) << "the new file is removed again";
}

TEST_F(QtillctlDbTest, BackupAndRestoreOnPostgreSQLUsePgDumpAndKeepTheReplacedDatabase)
{
    QTILL_NEEDS_SERVER();
    ServerDatabase server;
    ASSERT_EQ(runOn(server.address, {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString backup = dir.filePath(QStringLiteral("monday.dump"));
    const Outcome written = runOn(server.address, {QStringLiteral("backup"), backup, QStringLiteral("--as"), QStringLiteral("00")},
                                  kOwnerPin);
    ASSERT_EQ(written.exitCode, 0) << str(written.err);
    QFile dump(backup);
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
    EXPECT_EQ(dump.read(5), QByteArray("PGDMP")) << "pg_dump's custom format";
    const QString stockThen = onHand(server.address, QStringLiteral("140007"));

    ASSERT_EQ(runOn(server.address, {QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                     QStringLiteral("FLOOR"), QStringLiteral("5"), QStringLiteral("--reason"),
                                     QStringLiteral("adjustment"), QStringLiteral("--note"), QStringLiteral("after the backup"),
                                     QStringLiteral("--as"), QStringLiteral("00")}, kOwnerPin).exitCode, 0);
    ASSERT_NE(onHand(server.address, QStringLiteral("140007")), stockThen);

    // A SQLite file is no backup for a server database: refused, nothing changes.
    const QString file = dir.filePath(QStringLiteral("lane.db"));
    ASSERT_EQ(runOn(file, {QStringLiteral("init")}).exitCode, 0);
    const Outcome wrongKind = runOn(server.address, {QStringLiteral("restore"), file, QStringLiteral("--as"), QStringLiteral("00")},
                                    kOwnerPin);
    EXPECT_EQ(wrongKind.exitCode, 1);
    EXPECT_TRUE(wrongKind.err.contains(QStringLiteral("not a usable backup for a PostgreSQL store"))) << str(wrongKind.err);
    EXPECT_NE(onHand(server.address, QStringLiteral("140007")), stockThen);

    const Outcome restored = runOn(server.address, {QStringLiteral("restore"), backup, QStringLiteral("--as"), QStringLiteral("00")},
                                   kOwnerPin);
    ASSERT_EQ(restored.exitCode, 0) << str(restored.err);
    EXPECT_TRUE(restored.out.contains(QStringLiteral("Restored %1 from %2.").arg(server.address, backup))) << str(restored.out);
    EXPECT_EQ(onHand(server.address, QStringLiteral("140007")), stockThen);
    EXPECT_EQ(runOn(server.address, {QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
    EXPECT_EQ(runOn(server.address, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"),
                                     QStringLiteral("00")}, kOwnerPin).exitCode, 0);
    // The database as it was before the restore is kept as a dump in the backup folder.
    const qsizetype at = restored.out.indexOf(QStringLiteral("The previous file is kept in "));
    ASSERT_GE(at, 0) << str(restored.out);
    const QString kept = restored.out.mid(at + 29).section(QLatin1Char('\n'), 0, 0).chopped(1);
    EXPECT_FALSE(QDir(kept).entryList({QStringLiteral("*before-restore.dump")}, QDir::Files).isEmpty()) << str(kept);
}

} // namespace
} // namespace qtill::test
