// The Audit log screen: pages, filters by operator and action, and "Verify chain", which checks the
// chain on a worker thread and says the log is intact or names the first entry that was tampered with.
#include "adminfixture.h"

#include "admin/auditscreen.h"
#include "admin/audittablemodel.h"

#include "core/store.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class AuditScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_screen = std::make_unique<AuditScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    QPushButton *button(const char *name) const { return m_screen->findChild<QPushButton *>(QLatin1String(name)); }
    QString cellText(int row, int column) const { return m_screen->model()->index(row, column).data().toString(); }
    qint64 lastSeq() { return services().auditLog().lastSeq().valueOr(-1); }
    /// Taps "Verify chain" and waits for the worker's verdict; false when none came.
    bool verifyAndWait()
    {
        QSignalSpy verified(m_screen.get(), &AuditScreen::verified);
        tap(button("verifyButton"));
        return verified.wait(10000);
    }

    std::unique_ptr<AuditScreen> m_screen;
};

TEST_F(AuditScreenTest, ShowsTheNewestEntriesFirstInPlainWords)
{
    (void)signIn(QLatin1String(kCashier), QLatin1String(kCashierPin));
    m_screen->reload();
    ASSERT_GT(m_screen->model()->rowCount(), 0);
    EXPECT_EQ(m_screen->model()->entries().first().seq, lastSeq());
    EXPECT_EQ(cellText(0, AuditTableModel::OperatorColumn), QStringLiteral("01 收银员01"));
    EXPECT_EQ(cellText(0, AuditTableModel::ActionColumn), QStringLiteral("Sign in"));
    EXPECT_EQ(cellText(0, AuditTableModel::OutcomeColumn), QStringLiteral("Done"));
    EXPECT_EQ(cellText(0, AuditTableModel::TimeColumn), QStringLiteral("2026-11-21 10:00:00"));
    // The first-run operators were created by the system, not by an operator.
    const int oldest = m_screen->model()->rowCount() - 1;
    EXPECT_EQ(cellText(oldest, AuditTableModel::OperatorColumn), QStringLiteral("System"));
    EXPECT_EQ(cellText(oldest, AuditTableModel::ActionColumn), QStringLiteral("Add operator"));
}

TEST_F(AuditScreenTest, VerifySaysTheChainIsIntactWithTheNumberOfEntries)
{
    ASSERT_TRUE(verifyAndWait());
    const qint64 rows = lastSeq();
    ASSERT_GT(rows, 3);
    EXPECT_EQ(m_screen->verifyText(),
              QStringLiteral("The audit log is intact: %1 entries checked.").arg(rows));
    EXPECT_TRUE(m_screen->findChild<QLabel *>(QStringLiteral("verifyResult"))->isVisible());
    EXPECT_FALSE(context().lastWasError());
}

TEST_F(AuditScreenTest, VerifyNamesTheFirstTamperedEntry)
{
    for (int i = 0; i < 3; ++i)
        (void)signIn(QLatin1String(kCashier), QLatin1String(kCashierPin));
    ASSERT_TRUE(verifyAndWait());
    ASSERT_TRUE(m_screen->lastReport().has_value());
    ASSERT_TRUE(m_screen->lastReport()->ok);

    // Someone with the file edits entry 3 behind the application's back.
    QSqlQuery sql(services().store().database());
    ASSERT_TRUE(sql.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(sql.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3")));

    ASSERT_TRUE(verifyAndWait());
    const QString verdict = m_screen->verifyText();
    EXPECT_THAT(verdict.toStdString(), HasSubstr("not intact"));
    EXPECT_THAT(verdict.toStdString(), HasSubstr("Entry 3 "));
    EXPECT_TRUE(context().lastWasError());
    // The bad entry is selected in the table.
    const QModelIndexList selected = m_screen->view()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(Qt::UserRole).toLongLong(), 3);
    EXPECT_EQ(m_screen->lastReport()->firstBadSeq, 3);
}

TEST_F(AuditScreenTest, PagesThroughALongLog)
{
    for (int i = 0; i < 60; ++i)
        (void)services().auditLog().append(
            AuditRecord{{}, {}, QStringLiteral("test.filler"), QString::number(i), AuditOutcome::kOk, {}});
    m_screen->reload();
    const qint64 total = lastSeq();
    EXPECT_EQ(m_screen->total(), total);
    EXPECT_EQ(m_screen->pageCount(), int((total + AuditScreen::kPageSize - 1) / AuditScreen::kPageSize));
    EXPECT_EQ(m_screen->model()->rowCount(), AuditScreen::kPageSize);
    EXPECT_FALSE(button("previousPageButton")->isEnabled());

    tap(button("nextPageButton"));
    EXPECT_EQ(m_screen->page(), 1);
    EXPECT_EQ(m_screen->model()->rowCount(), int(total - AuditScreen::kPageSize));
    EXPECT_EQ(m_screen->model()->entries().first().seq, total - AuditScreen::kPageSize);
    EXPECT_FALSE(button("nextPageButton")->isEnabled());
    EXPECT_THAT(m_screen->findChild<QLabel *>(QStringLiteral("pageLabel"))->text().toStdString(),
                HasSubstr("Page 2 of 2"));
}

TEST_F(AuditScreenTest, FiltersByOperatorAndByAction)
{
    const Session cashier = signIn(QLatin1String(kCashier), QLatin1String(kCashierPin));
    (void)services().operators().signOut(cashier);
    (void)signIn(QLatin1String(kSupervisor), QLatin1String(kSupervisorPin));
    m_screen->reload();

    auto *operatorFilter = m_screen->findChild<QComboBox *>(QStringLiteral("operatorFilter"));
    operatorFilter->setCurrentIndex(operatorFilter->findData(qlonglong(cashier.operatorId.value())));
    Q_EMIT operatorFilter->activated(operatorFilter->currentIndex());
    ASSERT_EQ(m_screen->model()->rowCount(), 2);
    EXPECT_EQ(cellText(0, AuditTableModel::ActionColumn), QStringLiteral("Sign out"));
    EXPECT_EQ(cellText(1, AuditTableModel::ActionColumn), QStringLiteral("Sign in"));

    m_screen->setOperatorFilter({});
    m_screen->setActionFilter(QStringLiteral("operator.signIn"));
    // owner (fixture), cashier, supervisor
    ASSERT_EQ(m_screen->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(cellText(row, AuditTableModel::ActionColumn), QStringLiteral("Sign in"));

    // A family from the list.
    auto *actionFilter = m_screen->findChild<QComboBox *>(QStringLiteral("actionFilter"));
    actionFilter->setCurrentIndex(actionFilter->findData(QStringLiteral("operator.")));
    Q_EMIT actionFilter->activated(actionFilter->currentIndex());
    EXPECT_EQ(m_screen->total(), services().auditLog().count({.actionPrefix = QStringLiteral("operator.")}).valueOr(-1));
}

} // namespace
