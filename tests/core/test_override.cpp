#include "core/auditlog.h"
#include "core/authorizer.h"
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

class OverrideTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_OK(permissions.registerPermissions(PermissionService::corePermissions()));
        ASSERT_OK(permissions.registerPermissions({{kVoid, "Void a sale", {Role::Supervisor, Role::Manager}}}));
        auto made
            = operators.bootstrap({{QStringLiteral("01"), QStringLiteral("Li Na"), Role::Owner, QStringLiteral("1111")},
                {QStringLiteral("05"), QStringLiteral("Chen Jie"), Role::Supervisor, QStringLiteral("5555")},
                {QStringLiteral("03"), QStringLiteral("Wang Fang"), Role::Cashier, QStringLiteral("3333")},
                {QStringLiteral("04"), QStringLiteral("Liu Yang"), Role::Cashier, QStringLiteral("4444")}});
        ASSERT_OK(made);
        supervisorId = made->at(1).id;
        otherCashierId = made->at(3).id;
        auto session = operators.signIn(QStringLiteral("03"), QStringLiteral("3333"));
        ASSERT_OK(session);
        cashier = *session;
    }

    AuditEntry lastAuthorize()
    {
        auto rows = audit.entries(AuditQuery {.actionPrefix = QStringLiteral("authorize"), .limit = 1});
        EXPECT_TRUE(rows.ok() && !rows->isEmpty());
        return rows.ok() && !rows->isEmpty() ? rows->first() : AuditEntry {};
    }

    SupervisorCredentials supervisor(const QString &pin) { return {QStringLiteral("05"), pin}; }

    test::TempStore t {{AuditLog::schema(), OperatorService::schema()}};
    PinHasher hasher {PinHasher::Params::fastest()};
    AuditLog audit {*t.store};
    PermissionService permissions {*t.store, audit};
    OperatorService operators {*t.store, audit, permissions, hasher};
    Authorizer authorizer {audit, permissions, operators};
    Session cashier;
    OperatorId supervisorId, otherCashierId;
};

} // namespace

TEST_F(OverrideTest, CashierWithoutPermissionIsDenied)
{
    auto result = authorizer.authorize(cashier, kVoid, std::nullopt, QStringLiteral("sale R01-00000042"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(result.error().message.toStdString(), "You may not: Void a sale. A supervisor can authorise it.");

    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kDenied);
    EXPECT_EQ(e.target, kVoid);
    EXPECT_EQ(e.actorId, cashier.operatorId);
    EXPECT_FALSE(e.approverId.isValid());
    EXPECT_TRUE(e.detail.startsWith(QStringLiteral("sale R01-00000042"))) << e.detail.toStdString();
}

TEST_F(OverrideTest, SupervisorPinGrantsWithBothIdsRecorded)
{
    auto result
        = authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("5555")), QStringLiteral("sale R01-00000042"));
    ASSERT_OK(result);
    EXPECT_EQ(result->actorId, cashier.operatorId);
    EXPECT_EQ(result->approverId, supervisorId);
    EXPECT_EQ(result->permission, kVoid);
    EXPECT_TRUE(result->isOverride());

    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kOverride);
    EXPECT_EQ(e.actorId, cashier.operatorId);
    EXPECT_EQ(e.approverId, supervisorId);
    EXPECT_EQ(e.target, kVoid);
    EXPECT_EQ(e.detail, QStringLiteral("sale R01-00000042"));
    EXPECT_TRUE(audit.verify()->ok);
}

TEST_F(OverrideTest, ActorWithThePermissionNeedsNoApprover)
{
    auto session = operators.signIn(QStringLiteral("05"), QStringLiteral("5555"));
    ASSERT_OK(session);
    auto result = authorizer.authorize(*session, kVoid);
    ASSERT_OK(result);
    EXPECT_FALSE(result->isOverride());
    EXPECT_FALSE(result->approverId.isValid());
    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kGranted);
    EXPECT_EQ(e.actorId, supervisorId);
    EXPECT_FALSE(e.approverId.isValid());
}

TEST_F(OverrideTest, WrongSupervisorPinIsDeniedAndCountsTowardLockout)
{
    auto result = authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("0000")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(result.error().message.toStdString(), "Wrong PIN. 4 tries left before operator 05 is locked.");
    EXPECT_EQ(operators.find(supervisorId)->failedAttempts, 1);

    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kDenied);
    EXPECT_EQ(e.actorId, cashier.operatorId);
    EXPECT_EQ(e.approverId, supervisorId);

    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("0000"))).ok());
    EXPECT_TRUE(operators.find(supervisorId)->locked);
    // The supervisor is now locked out of signing in too.
    auto signIn = operators.signIn(QStringLiteral("05"), QStringLiteral("5555"));
    ASSERT_FALSE(signIn.ok());
    EXPECT_EQ(signIn.error().code, Error::Code::Locked);
}

TEST_F(OverrideTest, LockedSupervisorIsDeniedEvenWithTheRightPin)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(operators.signIn(QStringLiteral("05"), QStringLiteral("0000")).ok());
    auto result = authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("5555")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Locked);
    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kDenied);
    EXPECT_EQ(e.approverId, supervisorId);
}

TEST_F(OverrideTest, ApproverWithoutThePermissionIsDenied)
{
    // Another cashier knows their own PIN but may not void either.
    auto byCashier
        = authorizer.authorize(cashier, kVoid, SupervisorCredentials {QStringLiteral("04"), QStringLiteral("4444")});
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(byCashier.error().message.toStdString(), "04 Liu Yang may not authorise: Void a sale.");
    EXPECT_EQ(lastAuthorize().approverId, otherCashierId);

    // A supervisor whose role lost the permission.
    auto owner = operators.signIn(QStringLiteral("01"), QStringLiteral("1111"));
    ASSERT_OK(owner);
    ASSERT_OK(permissions.setGranted(*owner, Role::Supervisor, kVoid, false));
    auto bySupervisor = authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("5555")));
    ASSERT_FALSE(bySupervisor.ok());
    EXPECT_EQ(bySupervisor.error().code, Error::Code::PermissionDenied);
    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kDenied);
    EXPECT_EQ(e.approverId, supervisorId);
    EXPECT_EQ(operators.find(supervisorId)->failedAttempts, 0); // a right PIN is not a failure
}

TEST_F(OverrideTest, InactiveOrUnknownSupervisorIsDenied)
{
    auto owner = operators.signIn(QStringLiteral("01"), QStringLiteral("1111"));
    ASSERT_OK(owner);
    ASSERT_OK(operators.setActive(*owner, supervisorId, false));
    auto inactive = authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("5555")));
    ASSERT_FALSE(inactive.ok());
    EXPECT_EQ(inactive.error().code, Error::Code::PermissionDenied);

    auto unknown
        = authorizer.authorize(cashier, kVoid, SupervisorCredentials {QStringLiteral("99"), QStringLiteral("5555")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    const AuditEntry e = lastAuthorize();
    EXPECT_EQ(e.outcome, AuditOutcome::kDenied);
    EXPECT_FALSE(e.approverId.isValid());
}

TEST_F(OverrideTest, EveryOutcomeIsInTheChain)
{
    ASSERT_FALSE(authorizer.authorize(cashier, kVoid).ok());
    ASSERT_TRUE(authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("5555"))).ok());
    ASSERT_FALSE(authorizer.authorize(cashier, kVoid, supervisor(QStringLiteral("1234"))).ok());
    EXPECT_EQ(*audit.count(AuditQuery {.actionPrefix = QStringLiteral("authorize")}), 3);
    EXPECT_EQ(*audit.count(AuditQuery {.operatorId = supervisorId, .actionPrefix = QStringLiteral("authorize")}), 2);
    auto report = audit.verify();
    ASSERT_OK(report);
    EXPECT_TRUE(report->ok) << report->reason.toStdString();
}
