#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/pinhasher.h"
#include "core/store.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace qtill;

namespace {

#define ASSERT_OK(r) ASSERT_TRUE((r).ok()) << (r).error().toString().toStdString()

const QString kVoid = QStringLiteral("sale.void");
const QString kDiscount = QStringLiteral("sale.discount");

/// What a checkout module would declare.
QList<PermissionDef> modulePermissions()
{
    return {{kVoid, "Void a sale", {Role::Supervisor, Role::Manager}},
        {kDiscount, "Give a manual discount", {Role::Manager}}};
}

class PermissionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_OK(permissions.registerPermissions(PermissionService::corePermissions()));
        ASSERT_OK(permissions.registerPermissions(modulePermissions()));
        auto made
            = operators.bootstrap({{QStringLiteral("01"), QStringLiteral("Li Na"), Role::Owner, QStringLiteral("1111")},
                {QStringLiteral("02"), QStringLiteral("Zhao Lei"), Role::Manager, QStringLiteral("2222")},
                {QStringLiteral("03"), QStringLiteral("Wang Fang"), Role::Cashier, QStringLiteral("3333")}});
        ASSERT_OK(made);
        owner = signIn(QStringLiteral("01"), QStringLiteral("1111"));
        manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
        cashier = signIn(QStringLiteral("03"), QStringLiteral("3333"));
    }

    Session signIn(const QString &number, const QString &pin)
    {
        auto session = operators.signIn(number, pin);
        EXPECT_TRUE(session.ok()) << session.error().toString().toStdString();
        return session.ok() ? *session : Session {};
    }

    test::TempStore t {{AuditLog::schema(), OperatorService::schema()}};
    PinHasher hasher {PinHasher::Params::fastest()};
    AuditLog audit {*t.store};
    PermissionService permissions {*t.store, audit};
    OperatorService operators {*t.store, audit, permissions, hasher};
    Session owner, manager, cashier;
};

QSet<QString> coreKeys()
{
    QSet<QString> keys;
    for (const PermissionDef &def : PermissionService::corePermissions())
        keys.insert(def.key);
    return keys;
}

} // namespace

TEST_F(PermissionsTest, DefaultsPerRole)
{
    const QSet<QString> core = coreKeys();
    EXPECT_EQ(core.size(), 8);
    EXPECT_TRUE((*permissions.permissionsOf(Role::Cashier) & core).isEmpty());
    EXPECT_TRUE((*permissions.permissionsOf(Role::Supervisor) & core).isEmpty());
    EXPECT_EQ(*permissions.permissionsOf(Role::Manager) & core,
        QSet<QString>({Permissions::kOperatorsManage, Permissions::kSettingsEdit, Permissions::kAuditView,
            Permissions::kBackupRun, Permissions::kDevicesConfigure}));
    EXPECT_EQ(*permissions.permissionsOf(Role::Owner), core + QSet<QString>({kVoid, kDiscount}));

    EXPECT_EQ(*permissions.permissionsOf(Role::Supervisor), QSet<QString>({kVoid}));
    EXPECT_EQ(*permissions.permissionsOf(Role::Cashier), QSet<QString>());
    EXPECT_FALSE(permissions.has(cashier, kVoid));
    EXPECT_TRUE(permissions.has(manager, kDiscount));
    EXPECT_FALSE(permissions.has(manager, Permissions::kOperatorsUnlock));
    EXPECT_TRUE(permissions.has(owner, Permissions::kBackupRestore));
    EXPECT_FALSE(permissions.has(Session {}, Permissions::kAuditView));
    EXPECT_EQ(permissions.title(kVoid), QStringLiteral("Void a sale"));
}

TEST_F(PermissionsTest, OwnerEditsTheTableAndItIsAudited)
{
    ASSERT_OK(permissions.setGranted(owner, Role::Cashier, kVoid, true));
    EXPECT_TRUE(permissions.has(cashier, kVoid));
    ASSERT_OK(permissions.setGranted(owner, Role::Manager, Permissions::kSettingsEdit, false));
    EXPECT_FALSE(permissions.has(manager, Permissions::kSettingsEdit));

    auto rows
        = audit.entries(AuditQuery {.actionPrefix = QStringLiteral("permission."), .limit = 0, .newestFirst = false});
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).action, QStringLiteral("permission.grant"));
    EXPECT_EQ(rows->at(0).target, QStringLiteral("cashier:sale.void"));
    EXPECT_EQ(rows->at(0).actorId, owner.operatorId);
    EXPECT_EQ(rows->at(1).action, QStringLiteral("permission.revoke"));
    EXPECT_EQ(rows->at(1).target, QStringLiteral("manager:settings.edit"));

    // Unchanged grants are not audited again.
    ASSERT_OK(permissions.setGranted(owner, Role::Cashier, kVoid, true));
    EXPECT_EQ(*audit.count(AuditQuery {.actionPrefix = QStringLiteral("permission.")}), 2);

    const Status unknown = permissions.setGranted(owner, Role::Cashier, QStringLiteral("no.such"), true);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
}

TEST_F(PermissionsTest, OnlyPermissionsEditMayChangeTheTable)
{
    const Status byManager = permissions.setGranted(manager, Role::Cashier, kVoid, true);
    ASSERT_FALSE(byManager.ok());
    EXPECT_EQ(byManager.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(byManager.error().message.toStdString(),
        "You may not: Change what each role may do. A supervisor can authorise it.");
    EXPECT_FALSE(permissions.roleHas(Role::Cashier, kVoid));

    // A manager cannot give their own role the right to edit the table either.
    EXPECT_FALSE(permissions.setGranted(manager, Role::Manager, Permissions::kPermissionsEdit, true).ok());
    EXPECT_FALSE(permissions.roleHas(Role::Manager, Permissions::kPermissionsEdit));
}

TEST_F(PermissionsTest, OwnerAlwaysKeepsEveryPermission)
{
    const Status revoke = permissions.setGranted(owner, Role::Owner, kVoid, false);
    ASSERT_FALSE(revoke.ok());
    EXPECT_EQ(revoke.error().code, Error::Code::Conflict);
    EXPECT_EQ(revoke.error().message.toStdString(), "The owner always has every permission; that cannot be changed.");
    EXPECT_TRUE(permissions.has(owner, kVoid));
    // Even permissions no module declared yet.
    EXPECT_TRUE(permissions.roleHas(Role::Owner, QStringLiteral("future.thing")));
}

TEST_F(PermissionsTest, RegisteringAgainKeepsTheOwnersChanges)
{
    ASSERT_OK(permissions.setGranted(owner, Role::Supervisor, kVoid, false));
    ASSERT_OK(permissions.registerPermissions(modulePermissions()));
    EXPECT_FALSE(permissions.roleHas(Role::Supervisor, kVoid));
    // A fresh service (next start) sees the same table.
    PermissionService nextStart(*t.store, audit);
    ASSERT_OK(nextStart.registerPermissions(PermissionService::corePermissions()));
    ASSERT_OK(nextStart.registerPermissions(modulePermissions()));
    EXPECT_FALSE(nextStart.roleHas(Role::Supervisor, kVoid));
    EXPECT_TRUE(nextStart.roleHas(Role::Manager, kVoid));
    EXPECT_EQ(nextStart.definitions().size(), 10);

    // A permission added by a module update gets its defaults.
    ASSERT_OK(nextStart.registerPermissions({{QStringLiteral("sale.refund"), "Refund", {Role::Supervisor}}}));
    EXPECT_TRUE(nextStart.roleHas(Role::Supervisor, QStringLiteral("sale.refund")));
    EXPECT_FALSE(nextStart.roleHas(Role::Cashier, QStringLiteral("sale.refund")));
}

TEST_F(PermissionsTest, LastOwnerCannotBeDemotedOrDeactivated)
{
    auto demote = operators.setRole(owner, owner.operatorId, Role::Manager);
    ASSERT_FALSE(demote.ok());
    EXPECT_EQ(demote.error().code, Error::Code::Conflict);
    EXPECT_EQ(demote.error().message.toStdString(), "01 Li Na is the last owner. Make someone else owner first.");
    auto deactivate = operators.setActive(owner, owner.operatorId, false);
    ASSERT_FALSE(deactivate.ok());
    EXPECT_EQ(deactivate.error().code, Error::Code::Conflict);
    EXPECT_EQ(operators.find(owner.operatorId)->role, Role::Owner);
    EXPECT_TRUE(operators.find(owner.operatorId)->active);

    // With a second owner, the first may step down.
    auto second
        = operators.create(owner, QStringLiteral("09"), QStringLiteral("Sun Mei"), Role::Owner, QStringLiteral("9999"));
    ASSERT_OK(second);
    ASSERT_OK(operators.setRole(owner, owner.operatorId, Role::Manager));
    // …and now Sun Mei is the last one.
    const Session sun = signIn(QStringLiteral("09"), QStringLiteral("9999"));
    EXPECT_FALSE(operators.setActive(sun, sun.operatorId, false).ok());
}

TEST_F(PermissionsTest, ManagerCannotMakeOrTouchOwners)
{
    auto newOwner
        = operators.create(manager, QStringLiteral("08"), QStringLiteral("X"), Role::Owner, QStringLiteral("8888"));
    ASSERT_FALSE(newOwner.ok());
    EXPECT_EQ(newOwner.error().code, Error::Code::PermissionDenied);
    auto promote = operators.setRole(manager, manager.operatorId, Role::Owner);
    ASSERT_FALSE(promote.ok());
    EXPECT_EQ(promote.error().code, Error::Code::PermissionDenied);
    EXPECT_FALSE(operators.setActive(manager, owner.operatorId, false).ok());
    EXPECT_FALSE(operators.setName(manager, owner.operatorId, QStringLiteral("Nobody")).ok());
    EXPECT_EQ(operators.find(owner.operatorId)->name, QStringLiteral("Li Na"));

    // Cashiers and supervisors are the manager's to change.
    auto promoted = operators.setRole(manager, cashier.operatorId, Role::Supervisor);
    ASSERT_OK(promoted);
    EXPECT_EQ(promoted->role, Role::Supervisor);
    auto e = audit.entries(AuditQuery {.actionPrefix = QStringLiteral("operator.setRole"), .limit = 1});
    ASSERT_OK(e);
    EXPECT_EQ(e->first().detail, QStringLiteral("cashier -> supervisor"));
    EXPECT_EQ(e->first().actorId, manager.operatorId);
}

TEST_F(PermissionsTest, CreateIsEnforcedInTheService)
{
    auto byCashier = operators.create(
        cashier, QStringLiteral("05"), QStringLiteral("Zhou"), Role::Cashier, QStringLiteral("5555"));
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(byCashier.error().message.toStdString(),
        "You may not: Add and edit operators, reset PINs. A supervisor can authorise it.");
    EXPECT_EQ(*operators.count(), 3);

    auto noSession = operators.create(
        Session {}, QStringLiteral("05"), QStringLiteral("Zhou"), Role::Cashier, QStringLiteral("5555"));
    ASSERT_FALSE(noSession.ok());
    EXPECT_EQ(noSession.error().message.toStdString(), "Sign in first.");

    EXPECT_TRUE(
        operators.create(manager, QStringLiteral("05"), QStringLiteral("Zhou"), Role::Cashier, QStringLiteral("5555"))
            .ok());
    EXPECT_EQ(*operators.count(), 4);
}

TEST_F(PermissionsTest, DemotionAndDeactivationTakeEffectAtOnce)
{
    ASSERT_OK(operators.setRole(owner, manager.operatorId, Role::Cashier));
    // The manager's session was opened before; rights follow the current role.
    EXPECT_FALSE(permissions.has(manager, Permissions::kOperatorsManage));
    EXPECT_FALSE(
        operators.create(manager, QStringLiteral("06"), QStringLiteral("Q"), Role::Cashier, QStringLiteral("6666"))
            .ok());

    ASSERT_OK(permissions.setGranted(owner, Role::Cashier, kVoid, true));
    EXPECT_TRUE(permissions.has(cashier, kVoid));
    ASSERT_OK(operators.setActive(owner, cashier.operatorId, false));
    EXPECT_FALSE(permissions.has(cashier, kVoid));
    EXPECT_TRUE(permissions.permissionsOf(cashier).isEmpty());
}
