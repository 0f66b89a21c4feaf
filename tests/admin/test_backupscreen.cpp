// The Backup screen: a backup taken now is written on a worker (the screen stays responsive and shows it
// is busy), lands in the backup folder and is listed; restoring is a qtillctl command naming that file
// and this database.
#include "adminfixture.h"

#include "admin/backupscreen.h"

#include "core/store.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class BackupScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_screen = std::make_unique<BackupScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    std::unique_ptr<BackupScreen> m_screen;
};

TEST_F(BackupScreenTest, BackUpNowWritesAFileOnAWorkerAndListsIt)
{
    const int before = m_screen->table()->rowCount();
    auto *button = m_screen->findChild<QPushButton *>(QStringLiteral("backupNowButton"));
    QSignalSpy finished(m_screen.get(), &BackupScreen::backupFinished);
    tap(button);

    // The click returned before the backup was done: the event loop runs on while a worker writes it.
    ASSERT_TRUE(m_screen->isBusy());
    EXPECT_FALSE(button->isEnabled()) << "one backup at a time";
    EXPECT_TRUE(m_screen->findChild<QProgressBar *>(QStringLiteral("backupProgress"))->isVisible());
    EXPECT_THAT(m_screen->lastResultText().toStdString(), HasSubstr("Writing the backup"));
    EXPECT_EQ(m_screen->table()->rowCount(), before);

    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(m_screen->isBusy());
    EXPECT_TRUE(button->isEnabled());
    EXPECT_FALSE(m_screen->findChild<QProgressBar *>(QStringLiteral("backupProgress"))->isVisible());
    const QList<BackupScreen::BackupFile> files = m_screen->backups();
    ASSERT_EQ(files.size(), before + 1);
    ASSERT_EQ(m_screen->table()->rowCount(), before + 1);
    const QString path = m_screen->lastResultText().section(QStringLiteral(" to "), 1);
    EXPECT_EQ(finished.first().first().toString(), path);
    EXPECT_TRUE(QFileInfo(path).isFile()) << path.toStdString();
    {
        // The copy opens as a sound Qtill store.
        Store::Options copy;
        copy.path = path;
        copy.createIfMissing = false;
        auto opened = Store::open(copy, services().clock());
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_GT((*opened)->schemaVersion(QStringLiteral("core")), 0);
    }
    EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(services().store().backupDir()).absoluteFilePath());
    EXPECT_GT(QFileInfo(path).size(), 0);

    // The newest is listed first, selected, and the restore command names it.
    EXPECT_EQ(m_screen->table()->item(0, 0)->text(), QFileInfo(path).fileName());
    const QString command = m_screen->findChild<QLabel *>(QStringLiteral("restoreCommand"))->text();
    EXPECT_THAT(command.toStdString(), HasSubstr("qtillctl --db"));
    EXPECT_THAT(command.toStdString(), HasSubstr("--as 00 restore"));
    EXPECT_THAT(command.toStdString(), HasSubstr(QFileInfo(path).fileName().toStdString()));

    auto audited = services().auditLog().entries({.actionPrefix = QStringLiteral("backup.create")});
    ASSERT_TRUE(audited.ok());
    ASSERT_EQ(audited->size(), 1);
    EXPECT_EQ(audited->first().target, path);
    EXPECT_EQ(audited->first().outcome, QStringLiteral("ok"));
}

TEST_F(BackupScreenTest, AFailedBackupIsShownAndAudited)
{
    // Something else sits where the backup folder should be.
    const QString folder = services().store().backupDir();
    QFile blocker(folder);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    EXPECT_FALSE(m_screen->backUpNow());
    EXPECT_FALSE(m_screen->isBusy());
    EXPECT_THAT(m_screen->lastResultText().toStdString(), HasSubstr("cannot be created"));
    EXPECT_TRUE(context().lastWasError());
    auto audited = services().auditLog().entries({.actionPrefix = QStringLiteral("backup.create")});
    ASSERT_TRUE(audited.ok());
    ASSERT_EQ(audited->size(), 1);
    EXPECT_EQ(audited->first().outcome, QStringLiteral("failed"));
    EXPECT_EQ(audited->first().target, folder);
}

TEST_F(BackupScreenTest, ACashierWithoutApprovalTakesNoBackup)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    const int before = int(m_screen->backups().size());
    EXPECT_FALSE(m_screen->backUpNow());
    EXPECT_FALSE(m_screen->isBusy());
    EXPECT_EQ(m_screen->backups().size(), before);
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_THAT(context().authorizeRequests.first().toStdString(), HasSubstr("backup.run"));
}

TEST_F(BackupScreenTest, RestoreCommandQuotesPathsWithSpaces)
{
    const QString command = m_screen->restoreCommand(QStringLiteral("/tmp/my backups/qtill-1.db"));
    EXPECT_THAT(command.toStdString(), HasSubstr("restore '/tmp/my backups/qtill-1.db'"));
}

} // namespace
