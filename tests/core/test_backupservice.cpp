// BackupService: one permission-checked, audited backup for the Backup screen and qtillctl; the copy can
// be written on a worker thread with its own connection.
#include "core/auditlog.h"
#include "core/backupservice.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <optional>
#include <thread>

using namespace qtill;

namespace {

struct BackupServiceTest : ::testing::Test
{
    QTemporaryDir dir;
    test::TestDatabase database{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 30))};
    std::unique_ptr<Services> services;
    Session owner;
    Session cashier;

    void SetUp() override
    {
        auto opened = Services::open(Services::Options{.clock = clock,
                                                       .path = database.address(),
                                                       .pinParams = PinHasher::Params::fastest(),
                                                       .backupDir = dir.filePath(QStringLiteral("backups"))});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        services = std::move(opened.value());
        ASSERT_TRUE(services->operators().bootstrap(Services::firstRunOperators()).ok());
        owner = services->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        cashier = services->operators().signIn(QStringLiteral("01"), QStringLiteral("0000")).value();
    }

    QList<AuditEntry> backupEntries()
    {
        auto entries = services->auditLog().entries({.actionPrefix = QStringLiteral("backup."), .newestFirst = false});
        EXPECT_TRUE(entries.ok());
        return entries.valueOr({});
    }

    /// The copy opens as a sound Qtill store (SQLite); on PostgreSQL it is a pg_dump archive
    /// (custom format, what pg_restore reads), which starts with "PGDMP".
    static void expectUsableBackup(const QString &path, const Clock &clock)
    {
        if (test::TestDatabase::onPostgres()) {
            QFile dump(path);
            ASSERT_TRUE(dump.open(QIODevice::ReadOnly)) << path.toStdString();
            EXPECT_EQ(dump.read(5), QByteArray("PGDMP"));
            EXPECT_GT(dump.size(), 1000);
            return;
        }
        Store::Options options;
        options.path = path;
        options.createIfMissing = false;
        auto opened = Store::open(options, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_GT((*opened)->schemaVersion(QStringLiteral("core")), 0);
    }
};

} // namespace

TEST_F(BackupServiceTest, AnOwnersBackupIsWrittenAndAudited)
{
    auto written = services->backup().backUp(owner);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(*written).absolutePath(), QFileInfo(services->store().backupDir()).absoluteFilePath());
    // The folder Services::Options named, on both engines (a server's default is the user's data folder).
    EXPECT_EQ(QFileInfo(*written).absolutePath(), QFileInfo(dir.filePath(QStringLiteral("backups"))).absoluteFilePath());
    expectUsableBackup(*written, clock);

    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("backup.create"));
    EXPECT_EQ(entries.first().target, *written);
    EXPECT_EQ(entries.first().outcome, AuditOutcome::kOk);
    EXPECT_EQ(entries.first().actorId, owner.operatorId);
}

TEST_F(BackupServiceTest, ACashierIsRefusedAndTheRefusalIsAudited)
{
    auto written = services->backup().backUp(cashier, dir.filePath(QStringLiteral("mine.db")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("mine.db"))));
    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().outcome, AuditOutcome::kDenied);
    EXPECT_EQ(entries.first().actorId, cashier.operatorId);
}

TEST_F(BackupServiceTest, AFailedBackupIsAuditedAsFailed)
{
    const QString taken = dir.filePath(QStringLiteral("taken.db"));
    QFile file(taken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not mine");
    file.close();

    auto written = services->backup().backUp(owner, taken);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, Error::Code::Conflict);
    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().outcome, AuditOutcome::kFailed);
    EXPECT_EQ(entries.first().target, taken);
    EXPECT_FALSE(entries.first().detail.isEmpty());
}

TEST_F(BackupServiceTest, AnAuditEntryThatCannotBeWrittenIsReported)
{
    // The log refuses backup entries (as a full disk or a broken log would).
    if (services->store().dialect().isPostgres()) {
        ASSERT_TRUE(services->store().exec(QStringLiteral(
            "CREATE FUNCTION refuse_backup_audit() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$")));
        ASSERT_TRUE(services->store().exec(QStringLiteral(
            "CREATE TRIGGER refuse_backup_audit BEFORE INSERT ON audit_log FOR EACH ROW"
            " WHEN (NEW.action = 'backup.create') EXECUTE FUNCTION refuse_backup_audit()")));
    } else {
        ASSERT_TRUE(services->store().exec(QStringLiteral(
            "CREATE TRIGGER refuse_backup_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'backup.create'"
            " BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    }
    const QString target = dir.filePath(QStringLiteral("unrecorded.db"));
    auto written = services->backup().backUp(owner, target);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("audit log could not record it")))
        << written.error().message.toStdString();
    EXPECT_TRUE(written.error().message.contains(target)) << "says where the backup went";
    EXPECT_TRUE(QFileInfo::exists(target));
}

TEST_F(BackupServiceTest, TheCopyIsWrittenOnAWorkerThreadWithItsOwnConnection)
{
    auto job = services->backup().prepare(owner);
    ASSERT_TRUE(job.ok()) << job.error().toString().toStdString();
    EXPECT_TRUE(backupEntries().isEmpty()) << "audited when finished, not before";

    std::optional<Result<QString>> written;
    std::thread worker([&] { written.emplace(BackupService::write(*job, clock)); });
    worker.join();
    ASSERT_TRUE(written.has_value());
    auto done = services->backup().finish(*job, *written);
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(*done, job->target);
    expectUsableBackup(*done, clock);
    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().target, *done);
    EXPECT_EQ(entries.first().outcome, AuditOutcome::kOk);
}

TEST_F(BackupServiceTest, ARestoreIsRecorded)
{
    ASSERT_TRUE(services->backup().recordRestore(QStringLiteral("/backups/old.db"), QStringLiteral("00 店主")).ok());
    const QList<AuditEntry> entries = backupEntries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("backup.restore"));
    EXPECT_EQ(entries.first().target, QStringLiteral("/backups/old.db"));
}
