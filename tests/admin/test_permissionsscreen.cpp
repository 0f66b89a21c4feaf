// The Roles & permissions matrix: ticking and unticking boxes changes the role table through
// PermissionService; the owner column cannot be changed.
#include "adminfixture.h"

#include "admin/permissionmatrixmodel.h"
#include "admin/permissionsscreen.h"

#include "inventory/inventorymodule.h"

#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class PermissionsScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_screen = std::make_unique<PermissionsScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    QModelIndex cell(const QString &key, Role role) const { return m_screen->model()->indexOf(key, role); }
    bool ticked(const QString &key, Role role) const
    {
        return cell(key, role).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    /// Taps the middle of the cell, as a finger would.
    void tapCell(const QString &key, Role role)
    {
        const QModelIndex index = cell(key, role);
        ASSERT_TRUE(index.isValid());
        QTableView *view = m_screen->view();
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    std::unique_ptr<PermissionsScreen> m_screen;
};

TEST_F(PermissionsScreenTest, RowsAreTheRegisteredPermissionsWithTheirTitles)
{
    const PermissionMatrixModel *model = m_screen->model();
    EXPECT_EQ(model->rowCount(), services().permissions().definitions().size());
    const int row = model->rowOf(Permissions::kSettingsEdit);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, 0).data().toString(), QStringLiteral("Change store settings"));
    EXPECT_GE(model->rowOf(inventory::InventoryPermissions::kView), 0);
    EXPECT_EQ(model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Owner"));
    // The defaults as stored.
    EXPECT_TRUE(ticked(Permissions::kSettingsEdit, Role::Manager));
    EXPECT_FALSE(ticked(Permissions::kSettingsEdit, Role::Cashier));
    EXPECT_TRUE(ticked(inventory::InventoryPermissions::kView, Role::Cashier));
}

TEST_F(PermissionsScreenTest, UntickingAPermissionForCashiersTakesItAway)
{
    const QString key = inventory::InventoryPermissions::kView;
    ASSERT_TRUE(services().permissions().roleHas(Role::Cashier, key));

    tapCell(key, Role::Cashier);

    EXPECT_FALSE(services().permissions().roleHas(Role::Cashier, key));
    EXPECT_FALSE(ticked(key, Role::Cashier));
    EXPECT_TRUE(services().permissions().roleHas(Role::Supervisor, key)); // only that cell
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("Cashier may no longer"));
    auto revoked = services().auditLog().entries({.actionPrefix = QStringLiteral("permission.revoke")});
    ASSERT_TRUE(revoked.ok());
    ASSERT_EQ(revoked->size(), 1);
    EXPECT_EQ(revoked->first().target, QStringLiteral("cashier:inventory.view"));

    // And back.
    tapCell(key, Role::Cashier);
    EXPECT_TRUE(services().permissions().roleHas(Role::Cashier, key));
    EXPECT_TRUE(ticked(key, Role::Cashier));
}

TEST_F(PermissionsScreenTest, TickingGrantsAPermissionToARole)
{
    tapCell(Permissions::kAuditView, Role::Supervisor);
    EXPECT_TRUE(services().permissions().roleHas(Role::Supervisor, Permissions::kAuditView));
    EXPECT_FALSE(services().permissions().roleHas(Role::Cashier, Permissions::kAuditView));
}

TEST_F(PermissionsScreenTest, TheOwnerColumnStaysOn)
{
    const QString key = Permissions::kBackupRestore;
    EXPECT_TRUE(ticked(key, Role::Owner));
    EXPECT_FALSE(cell(key, Role::Owner).flags() & Qt::ItemIsEnabled);
    tapCell(key, Role::Owner);
    EXPECT_FALSE(m_screen->model()->setData(cell(key, Role::Owner), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(ticked(key, Role::Owner));
    EXPECT_TRUE(services().permissions().roleHas(Role::Owner, key));
}

TEST_F(PermissionsScreenTest, ARefusedChangeLeavesTheBoxAsStoredAndSaysWhy)
{
    // The first-run supervisor may not edit permissions; nobody approves.
    context().setSession(signIn(QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)));
    const QString key = inventory::InventoryPermissions::kView;
    tapCell(key, Role::Cashier);
    EXPECT_TRUE(ticked(key, Role::Cashier));
    EXPECT_TRUE(services().permissions().roleHas(Role::Cashier, key));
    EXPECT_TRUE(context().lastWasError());

    // The owner approves inline: the change is made.
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    tapCell(key, Role::Cashier);
    EXPECT_FALSE(services().permissions().roleHas(Role::Cashier, key));
    EXPECT_FALSE(ticked(key, Role::Cashier));
}

} // namespace
