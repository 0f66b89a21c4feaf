// The Operators screen: adding an operator (who can then sign in), role changes, PIN reset, unlock
// with a supervisor override, deactivation — every change made and checked by OperatorService.
#include "adminfixture.h"

#include "admin/operatorsscreen.h"
#include "admin/operatortablemodel.h"

#include "shell/formdialog.h"
#include "shell/numerickeypad.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QHeaderView>
#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class OperatorsScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_screen = std::make_unique<OperatorsScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    QPushButton *button(const char *name) const { return m_screen->findChild<QPushButton *>(QLatin1String(name)); }
    template<typename T>
    static T *in(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    /// The status column as shown for `number`.
    QString statusOf(const QString &number) const
    {
        const OperatorTableModel *model = m_screen->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, OperatorTableModel::NumberColumn).data().toString() == number)
                return model->index(row, OperatorTableModel::StatusColumn).data().toString();
        }
        return {};
    }

    void selectNumber(const QString &number)
    {
        auto op = services().operators().findByNumber(number);
        ASSERT_TRUE(op.ok());
        ASSERT_TRUE(m_screen->select(op->id));
    }

    /// Types a wrong PIN until `number` is locked out.
    void lockOut(const QString &number)
    {
        for (int i = 0; i < OperatorService::kMaxFailedAttempts; ++i)
            (void)services().operators().signIn(number, QStringLiteral("97531"));
        auto op = services().operators().findByNumber(number);
        ASSERT_TRUE(op.ok());
        ASSERT_TRUE(op->locked);
    }

    std::unique_ptr<OperatorsScreen> m_screen;
};

TEST_F(OperatorsScreenTest, ListsTheFirstRunOperatorsWithRoleAndStatus)
{
    const OperatorTableModel *model = m_screen->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, OperatorTableModel::NumberColumn).data().toString(), QStringLiteral("00"));
    EXPECT_EQ(model->index(0, OperatorTableModel::RoleColumn).data().toString(), QStringLiteral("Owner"));
    EXPECT_EQ(model->index(1, OperatorTableModel::RoleColumn).data().toString(), QStringLiteral("Cashier"));
    EXPECT_EQ(model->index(2, OperatorTableModel::RoleColumn).data().toString(), QStringLiteral("Supervisor"));
    EXPECT_EQ(statusOf(QStringLiteral("01")), QStringLiteral("Active"));
    EXPECT_GE(m_screen->view()->verticalHeader()->defaultSectionSize(), 48);
}

TEST_F(OperatorsScreenTest, AddsACashierWhoCanThenSignIn)
{
    tap(button("addOperatorButton"));
    auto *dialog = m_screen->findChild<shell::FormDialog *>(QStringLiteral("addOperatorDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));

    typeInto(in<QLineEdit>(dialog, "numberEdit"), QStringLiteral("05"));
    typeInto(in<QLineEdit>(dialog, "nameEdit"), QStringLiteral("李雷"));
    EXPECT_EQ(in<QComboBox>(dialog, "roleCombo")->currentText(), QStringLiteral("Cashier"));
    // The PIN on the keypad, as on the terminal.
    in<QLineEdit>(dialog, "pinEdit")->setFocus();
    auto *keypad = dialog->findChild<shell::NumericKeypad *>();
    ASSERT_NE(keypad, nullptr);
    for (const char *key : {"2", "4", "6", "8"})
        tap(keypad->button(QLatin1String(key)));
    EXPECT_EQ(in<QLineEdit>(dialog, "pinEdit")->text(), QStringLiteral("2468"));
    typeInto(in<QLineEdit>(dialog, "pinConfirmEdit"), QStringLiteral("2468"));
    tap(in<QPushButton>(dialog, "dialogOk"));

    EXPECT_TRUE(waitUntil([&] { return m_screen->findChild<shell::FormDialog *>(QStringLiteral("addOperatorDialog")) == nullptr; }));
    EXPECT_EQ(m_screen->model()->rowCount(), 4);
    EXPECT_EQ(statusOf(QStringLiteral("05")), QStringLiteral("Active"));
    ASSERT_TRUE(m_screen->selected().has_value());
    EXPECT_EQ(m_screen->selected()->number, QStringLiteral("05"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("added"));

    auto session = services().operators().signIn(QStringLiteral("05"), QStringLiteral("2468"));
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    EXPECT_EQ(session->name, QStringLiteral("李雷"));
    EXPECT_EQ(session->role, Role::Cashier);
}

TEST_F(OperatorsScreenTest, TwoDifferentPinsAndATakenNumberAreRefusedInTheDialog)
{
    shell::FormDialog *dialog = m_screen->addOperator();
    typeInto(in<QLineEdit>(dialog, "numberEdit"), QStringLiteral("06"));
    typeInto(in<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Han Meimei"));
    typeInto(in<QLineEdit>(dialog, "pinEdit"), QStringLiteral("1357"));
    typeInto(in<QLineEdit>(dialog, "pinConfirmEdit"), QStringLiteral("1358"));
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_THAT(dialog->errorText().toStdString(), HasSubstr("not the same"));
    EXPECT_FALSE(services().operators().findByNumber(QStringLiteral("06")).ok());

    typeInto(in<QLineEdit>(dialog, "numberEdit"), QStringLiteral("01"));
    typeInto(in<QLineEdit>(dialog, "pinConfirmEdit"), QStringLiteral("1357"));
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty()); // the service's words for a taken number
    EXPECT_EQ(m_screen->model()->rowCount(), 3);
    dialog->reject();
}

TEST_F(OperatorsScreenTest, ChangesARole)
{
    selectNumber(QStringLiteral("01"));
    shell::FormDialog *dialog = m_screen->changeRole();
    ASSERT_NE(dialog, nullptr);
    auto *role = in<QComboBox>(dialog, "roleCombo");
    role->setCurrentIndex(role->findData(int(Role::Manager)));
    tap(in<QPushButton>(dialog, "dialogOk"));
    auto op = services().operators().findByNumber(QStringLiteral("01"));
    ASSERT_TRUE(op.ok());
    EXPECT_EQ(op->role, Role::Manager);
    EXPECT_EQ(m_screen->model()->index(1, OperatorTableModel::RoleColumn).data().toString(), QStringLiteral("Manager"));
}

TEST_F(OperatorsScreenTest, TheLastOwnerCannotBeDemotedAndTheScreenSaysWhy)
{
    selectNumber(QStringLiteral("00"));
    shell::FormDialog *dialog = m_screen->changeRole();
    auto *role = in<QComboBox>(dialog, "roleCombo");
    role->setCurrentIndex(role->findData(int(Role::Cashier)));
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_EQ(services().operators().findByNumber(QStringLiteral("00"))->role, Role::Owner);
    dialog->reject();
}

TEST_F(OperatorsScreenTest, ResetsAForgottenPin)
{
    selectNumber(QStringLiteral("01"));
    tap(button("resetPinButton"));
    auto *dialog = m_screen->findChild<shell::FormDialog *>(QStringLiteral("resetPinDialog"));
    ASSERT_NE(dialog, nullptr);
    typeInto(in<QLineEdit>(dialog, "pinEdit"), QStringLiteral("8642"));
    typeInto(in<QLineEdit>(dialog, "pinConfirmEdit"), QStringLiteral("8642"));
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_FALSE(services().operators().signIn(QStringLiteral("01"), QLatin1String(kCashierPin)).ok());
    EXPECT_TRUE(services().operators().signIn(QStringLiteral("01"), QStringLiteral("8642")).ok());
}

TEST_F(OperatorsScreenTest, TheOwnerUnlocksALockedOutCashier)
{
    lockOut(QStringLiteral("01"));
    m_screen->reload();
    EXPECT_EQ(statusOf(QStringLiteral("01")), QStringLiteral("Locked"));
    selectNumber(QStringLiteral("01"));
    EXPECT_TRUE(button("unlockButton")->isVisible());
    tap(button("unlockButton"));

    EXPECT_EQ(statusOf(QStringLiteral("01")), QStringLiteral("Active"));
    EXPECT_TRUE(services().operators().signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)).ok());
    EXPECT_TRUE(context().authorizeRequests.isEmpty()); // the owner holds operators.unlock
}

TEST_F(OperatorsScreenTest, AManagerUnlocksWithTheOwnersApprovalInline)
{
    // A manager may manage operators but not unlock them: the owner approves on the spot.
    auto manager = services().operators().create(ownerSession(), QStringLiteral("10"), QStringLiteral("Manager Zhang"),
                                                 Role::Manager, QStringLiteral("5555"));
    ASSERT_TRUE(manager.ok());
    context().setSession(signIn(QStringLiteral("10"), QStringLiteral("5555")));
    lockOut(QStringLiteral("01"));
    m_screen->reload();
    selectNumber(QStringLiteral("01"));

    // Nobody approves: still locked.
    EXPECT_FALSE(m_screen->unlockSelected());
    EXPECT_EQ(statusOf(QStringLiteral("01")), QStringLiteral("Locked"));
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_THAT(context().authorizeRequests.first().toStdString(), HasSubstr("operators.unlock: Unlock 01"));

    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    tap(button("unlockButton"));
    EXPECT_EQ(statusOf(QStringLiteral("01")), QStringLiteral("Active"));

    auto unlocks = services().auditLog().entries({.actionPrefix = QStringLiteral("operator.unlock")});
    ASSERT_TRUE(unlocks.ok());
    ASSERT_EQ(unlocks->size(), 1);
    auto owner = services().operators().findByNumber(QLatin1String(kOwner));
    // The unlock row names both: the manager at the register did it, the owner approved it.
    EXPECT_EQ(unlocks->first().actorId, manager->id);
    EXPECT_EQ(unlocks->first().approverId, owner->id);
    auto overrides = services().auditLog().entries({.actionPrefix = QStringLiteral("authorize"),
                                                    .outcome = AuditOutcome::kOverride});
    ASSERT_EQ(overrides->size(), 1);
    EXPECT_EQ(overrides->first().actorId, manager->id);
    EXPECT_EQ(overrides->first().approverId, owner->id);
}

TEST_F(OperatorsScreenTest, DeactivatesAfterAskingAndActivatesAgain)
{
    selectNumber(QStringLiteral("99"));
    EXPECT_EQ(button("toggleActiveButton")->text(), QStringLiteral("Deactivate"));
    tap(button("toggleActiveButton"));
    auto *dialog = m_screen->findChild<shell::FormDialog *>(QStringLiteral("deactivateDialog"));
    ASSERT_NE(dialog, nullptr);
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_EQ(statusOf(QStringLiteral("99")), QStringLiteral("Inactive"));
    EXPECT_FALSE(services().operators().signIn(QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)).ok());

    EXPECT_EQ(button("toggleActiveButton")->text(), QStringLiteral("Activate"));
    tap(button("toggleActiveButton"));
    EXPECT_EQ(statusOf(QStringLiteral("99")), QStringLiteral("Active"));
    EXPECT_TRUE(services().operators().signIn(QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)).ok());
}

} // namespace
