#include "core/auditlog.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/pinhasher.h"
#include "core/store.h"

#include "testsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace qtill;

namespace {

#define ASSERT_OK(r) ASSERT_TRUE((r).ok()) << (r).error().toString().toStdString()

/// The auth services over one store; rebuilt after TempStore::reopen().
struct Services
{
    Services(Store &store, const PinHasher &hasher)
        : audit(store), permissions(store, audit), operators(store, audit, permissions, hasher)
    {
        const Status registered = permissions.registerPermissions(PermissionService::corePermissions());
        EXPECT_TRUE(registered.ok());
    }
    AuditLog audit;
    PermissionService permissions;
    OperatorService operators;
};

class OperatorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        s = std::make_unique<Services>(*t.store, hasher);
        auto made = s->operators.bootstrap(
            {{QStringLiteral("01"), QStringLiteral("Li Na"), Role::Owner, QStringLiteral("1111")},
                {QStringLiteral("02"), QStringLiteral("Zhao Lei"), Role::Manager, QStringLiteral("2222")},
                {QStringLiteral("03"), QStringLiteral("Wang Fang"), Role::Cashier, QStringLiteral("3333")}});
        ASSERT_OK(made);
        ASSERT_EQ(made->size(), 3);
        ownerId = made->at(0).id;
        managerId = made->at(1).id;
        cashierId = made->at(2).id;
    }

    void restart()
    {
        s.reset();
        t.reopen();
        s = std::make_unique<Services>(*t.store, hasher);
    }

    Session signIn(const QString &number, const QString &pin)
    {
        auto session = s->operators.signIn(number, pin);
        EXPECT_TRUE(session.ok()) << session.error().toString().toStdString();
        return session.ok() ? *session : Session {};
    }

    Operator fetch(OperatorId id)
    {
        auto op = s->operators.find(id);
        EXPECT_TRUE(op.ok());
        return op.ok() ? *op : Operator {};
    }

    /// The newest audit entry with `action`.
    AuditEntry lastAudit(const QString &action)
    {
        auto rows = s->audit.entries(AuditQuery {.actionPrefix = action, .limit = 1});
        EXPECT_TRUE(rows.ok() && !rows->isEmpty());
        return rows.ok() && !rows->isEmpty() ? rows->first() : AuditEntry {};
    }

    test::TempStore t {{AuditLog::schema(), OperatorService::schema()}};
    PinHasher hasher {PinHasher::Params::fastest()};
    std::unique_ptr<Services> s;
    OperatorId ownerId, managerId, cashierId;
};

} // namespace

TEST_F(OperatorsTest, SignInOpensASessionAndIsAudited)
{
    t.clock.advanceMs(60'000);
    auto session = s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333"));
    ASSERT_OK(session);
    EXPECT_EQ(session->operatorId, cashierId);
    EXPECT_EQ(session->displayName(), QStringLiteral("03 Wang Fang"));
    EXPECT_EQ(session->role, Role::Cashier);
    EXPECT_EQ(session->signedInAt, QDateTime(QDate(2026, 11, 21), QTime(10, 1)));

    const AuditEntry e = lastAudit(QStringLiteral("operator.signIn"));
    EXPECT_EQ(e.actorId, cashierId);
    EXPECT_EQ(e.outcome, AuditOutcome::kOk);
    EXPECT_EQ(e.target, QStringLiteral("operator:%1").arg(cashierId.value()));

    ASSERT_OK(s->operators.signOut(*session));
    EXPECT_EQ(lastAudit(QStringLiteral("operator.signOut")).actorId, cashierId);
}

TEST_F(OperatorsTest, WrongPinSaysHowManyTriesAreLeft)
{
    auto first = s->operators.signIn(QStringLiteral("03"), QStringLiteral("9999"));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(first.error().message.toStdString(), "Wrong PIN. 4 tries left before operator 03 is locked.");
    EXPECT_EQ(fetch(cashierId).failedAttempts, 1);

    const AuditEntry e = lastAudit(QStringLiteral("operator.signIn"));
    EXPECT_EQ(e.outcome, AuditOutcome::kFailed);
    EXPECT_EQ(e.actorId, cashierId);
    EXPECT_FALSE(e.detail.contains(QStringLiteral("9999"))); // never a PIN in the log
}

TEST_F(OperatorsTest, UnknownNumberAndMalformedPinDoNotCount)
{
    auto unknown = s->operators.signIn(QStringLiteral("77"), QStringLiteral("1234"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    EXPECT_EQ(unknown.error().message.toStdString(), "There is no operator 77.");
    EXPECT_EQ(lastAudit(QStringLiteral("operator.signIn")).target, QStringLiteral("number:77"));

    auto badNumber = s->operators.signIn(QStringLiteral("3"), QStringLiteral("3333"));
    ASSERT_FALSE(badNumber.ok());
    EXPECT_EQ(badNumber.error().message.toStdString(), "An operator number has 2 to 6 digits, e.g. 01.");

    auto shortPin = s->operators.signIn(QStringLiteral("03"), QStringLiteral("33"));
    ASSERT_FALSE(shortPin.ok());
    EXPECT_EQ(shortPin.error().message.toStdString(), "A PIN has 4 to 8 digits.");
    EXPECT_EQ(fetch(cashierId).failedAttempts, 0);
}

TEST_F(OperatorsTest, FiveWrongPinsLockEvenTheRightPinOut)
{
    for (int i = 1; i <= 4; ++i) {
        auto wrong = s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, Error::Code::InvalidInput);
    }
    EXPECT_FALSE(fetch(cashierId).locked);
    auto fifth = s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000"));
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, Error::Code::Locked);
    EXPECT_EQ(fifth.error().message.toStdString(), "Wrong PIN. Operator 03 is now locked; ask the owner to unlock it.");

    const Operator locked = fetch(cashierId);
    EXPECT_TRUE(locked.locked);
    EXPECT_EQ(locked.failedAttempts, 5);
    EXPECT_EQ(locked.lockedAt, QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    EXPECT_EQ(lastAudit(QStringLiteral("operator.lockout")).actorId, cashierId);

    auto sixth = s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333"));
    ASSERT_FALSE(sixth.ok());
    EXPECT_EQ(sixth.error().code, Error::Code::Locked);
    EXPECT_EQ(
        sixth.error().message.toStdString(), "Operator 03 is locked after 5 wrong PINs. Ask the owner to unlock it.");
    EXPECT_EQ(lastAudit(QStringLiteral("operator.signIn")).outcome, AuditOutcome::kDenied);
    EXPECT_EQ(fetch(cashierId).failedAttempts, 5); // attempts while locked are not counted further
}

TEST_F(OperatorsTest, FailedCountAndLockSurviveARestart)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000")).ok());
    restart();
    EXPECT_EQ(fetch(cashierId).failedAttempts, 3);
    auto fourth = s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000"));
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().message.toStdString(), "Wrong PIN. 1 try left before operator 03 is locked.");
    ASSERT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000")).ok());
    restart();
    EXPECT_TRUE(fetch(cashierId).locked);
    auto right = s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333"));
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().code, Error::Code::Locked);
}

TEST_F(OperatorsTest, OwnerUnlocksOthersCannot)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000")).ok());
    const Session manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
    const Status byManager = s->operators.unlock(manager, cashierId);
    ASSERT_FALSE(byManager.ok());
    EXPECT_EQ(byManager.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(byManager.error().message.toStdString(),
        "You may not: Unlock locked-out operators. A supervisor can authorise it.");
    EXPECT_TRUE(fetch(cashierId).locked);

    const Session owner = signIn(QStringLiteral("01"), QStringLiteral("1111"));
    ASSERT_OK(s->operators.unlock(owner, cashierId));
    const Operator unlocked = fetch(cashierId);
    EXPECT_FALSE(unlocked.locked);
    EXPECT_EQ(unlocked.failedAttempts, 0);
    EXPECT_FALSE(unlocked.lockedAt.isValid());
    const AuditEntry e = lastAudit(QStringLiteral("operator.unlock"));
    EXPECT_EQ(e.actorId, ownerId);
    EXPECT_EQ(e.target, QStringLiteral("operator:%1").arg(cashierId.value()));
    EXPECT_TRUE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333")).ok());
}

TEST_F(OperatorsTest, RightPinResetsTheCount)
{
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000")).ok());
    signIn(QStringLiteral("03"), QStringLiteral("3333"));
    EXPECT_EQ(fetch(cashierId).failedAttempts, 0);
    for (int i = 0; i < 4; ++i)
        ASSERT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("0000")).ok());
    EXPECT_FALSE(fetch(cashierId).locked);
}

TEST_F(OperatorsTest, InactiveOperatorCannotSignIn)
{
    const Session manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
    ASSERT_OK(s->operators.setActive(manager, cashierId, false));
    auto refused = s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(refused.error().message.toStdString(), "Operator 03 is no longer active. Ask a manager.");
    auto active = s->operators.list(true);
    ASSERT_OK(active);
    EXPECT_EQ(active->size(), 2);
    EXPECT_EQ(s->operators.list()->size(), 3);
}

TEST_F(OperatorsTest, BootstrapOnlyOnAnEmptyStoreAndWithAnOwner)
{
    auto again
        = s->operators.bootstrap({{QStringLiteral("09"), QStringLiteral("X"), Role::Owner, QStringLiteral("9999")}});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_EQ(*s->operators.count(), 3);

    test::TempStore fresh {{AuditLog::schema(), OperatorService::schema()}};
    Services other(*fresh.store, hasher);
    auto noOwner = other.operators.bootstrap(
        {{QStringLiteral("01"), QStringLiteral("A"), Role::Manager, QStringLiteral("1234")}});
    ASSERT_FALSE(noOwner.ok());
    EXPECT_EQ(noOwner.error().message.toStdString(), "The first operators must include an owner.");
    // All or nothing: the bad second one leaves no first one behind.
    auto badPin
        = other.operators.bootstrap({{QStringLiteral("01"), QStringLiteral("A"), Role::Owner, QStringLiteral("1234")},
            {QStringLiteral("02"), QStringLiteral("B"), Role::Cashier, QStringLiteral("12")}});
    ASSERT_FALSE(badPin.ok());
    EXPECT_EQ(*other.operators.count(), 0);
    EXPECT_EQ(*other.audit.lastSeq(), 0);
}

TEST_F(OperatorsTest, CreateValidatesAndAudits)
{
    const Session manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
    auto created = s->operators.create(
        manager, QStringLiteral("04"), QStringLiteral("  Chen   Jie "), Role::Supervisor, QStringLiteral("4444"));
    ASSERT_OK(created);
    EXPECT_EQ(created->name, QStringLiteral("Chen Jie"));
    EXPECT_EQ(created->displayNameWithRole(), QStringLiteral("04 Chen Jie (Supervisor)"));
    const AuditEntry e = lastAudit(QStringLiteral("operator.create"));
    EXPECT_EQ(e.actorId, manager.operatorId);
    EXPECT_EQ(e.detail, QStringLiteral("04 Chen Jie, supervisor"));
    EXPECT_TRUE(s->operators.signIn(QStringLiteral("04"), QStringLiteral("4444")).ok());

    auto taken = s->operators.create(
        manager, QStringLiteral("03"), QStringLiteral("Other"), Role::Cashier, QStringLiteral("5555"));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, Error::Code::Conflict);
    EXPECT_EQ(taken.error().message.toStdString(), "Operator number 03 is taken by Wang Fang.");

    auto letters = s->operators.create(
        manager, QStringLiteral("A1"), QStringLiteral("X"), Role::Cashier, QStringLiteral("5555"));
    ASSERT_FALSE(letters.ok());
    EXPECT_EQ(letters.error().message.toStdString(), "An operator number has digits only (0-9).");
    auto noName = s->operators.create(
        manager, QStringLiteral("05"), QStringLiteral("  "), Role::Cashier, QStringLiteral("5555"));
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().message.toStdString(), "Enter the operator's name.");
    EXPECT_EQ(*s->operators.count(), 4);
}

TEST_F(OperatorsTest, ChangeOwnPinNeedsTheOldOne)
{
    const Session cashier = signIn(QStringLiteral("03"), QStringLiteral("3333"));
    const Status wrongOld = s->operators.changeOwnPin(cashier, QStringLiteral("0000"), QStringLiteral("5678"));
    ASSERT_FALSE(wrongOld.ok());
    EXPECT_EQ(wrongOld.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(fetch(cashierId).failedAttempts, 1); // counts toward lockout
    EXPECT_EQ(lastAudit(QStringLiteral("operator.pinChange")).outcome, AuditOutcome::kFailed);

    ASSERT_OK(s->operators.changeOwnPin(cashier, QStringLiteral("3333"), QStringLiteral("5678")));
    EXPECT_EQ(lastAudit(QStringLiteral("operator.pinChange")).outcome, AuditOutcome::kOk);
    EXPECT_FALSE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("3333")).ok());
    EXPECT_TRUE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("5678")).ok());
}

TEST_F(OperatorsTest, ResetPinByManagerButNotOfTheOwner)
{
    const Session manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
    ASSERT_OK(s->operators.resetPin(manager, cashierId, QStringLiteral("8642")));
    EXPECT_TRUE(s->operators.signIn(QStringLiteral("03"), QStringLiteral("8642")).ok());
    EXPECT_EQ(lastAudit(QStringLiteral("operator.pinReset")).actorId, managerId);

    const Status ownersPin = s->operators.resetPin(manager, ownerId, QStringLiteral("8642"));
    ASSERT_FALSE(ownersPin.ok());
    EXPECT_EQ(ownersPin.error().code, Error::Code::PermissionDenied);
    EXPECT_EQ(ownersPin.error().message.toStdString(), "Only an owner may add, change or reset the PIN of an owner.");
    EXPECT_FALSE(s->operators.signIn(QStringLiteral("01"), QStringLiteral("8642")).ok());

    const Session cashier = signIn(QStringLiteral("03"), QStringLiteral("8642"));
    const Status byCashier = s->operators.resetPin(cashier, managerId, QStringLiteral("1357"));
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code, Error::Code::PermissionDenied);
}

TEST_F(OperatorsTest, StoredHashIsUpgradedWhenTheCostChanges)
{
    auto oldHash = [&] {
        QSqlQuery q(t.store->database());
        q.exec(QStringLiteral("SELECT pin_hash FROM operators WHERE number = '03'"));
        return q.next() ? q.value(0).toString() : QString();
    };
    const QString before = oldHash();
    ASSERT_FALSE(before.isEmpty());
    const PinHasher stronger {PinHasher::Params {2, 2 * PinHasher::Params::fastest().memLimit}};
    ASSERT_TRUE(stronger.needsRehash(before));

    s.reset();
    AuditLog audit(*t.store);
    PermissionService permissions(*t.store, audit);
    OperatorService operators(*t.store, audit, permissions, stronger);
    ASSERT_OK(operators.signIn(QStringLiteral("03"), QStringLiteral("3333")));
    const QString after = oldHash();
    EXPECT_NE(after, before);
    EXPECT_FALSE(stronger.needsRehash(after));
    EXPECT_TRUE(operators.signIn(QStringLiteral("03"), QStringLiteral("3333")).ok());
}

TEST_F(OperatorsTest, ListIsOrderedByNumber)
{
    const Session manager = signIn(QStringLiteral("02"), QStringLiteral("2222"));
    ASSERT_OK(s->operators.create(
        manager, QStringLiteral("100"), QStringLiteral("Late"), Role::Cashier, QStringLiteral("1000")));
    ASSERT_OK(s->operators.create(
        manager, QStringLiteral("10"), QStringLiteral("Ten"), Role::Cashier, QStringLiteral("1000")));
    auto all = s->operators.list();
    ASSERT_OK(all);
    QStringList numbers;
    for (const Operator &op : *all)
        numbers << op.number;
    EXPECT_EQ(numbers,
        QStringList({QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("10"),
            QStringLiteral("100")}));
}

TEST_F(OperatorsTest, IdleLockSettingDefaultsToFiveMinutes)
{
    MemorySettings settings;
    EXPECT_EQ(kIdleLockMinutes.key(), QStringLiteral("security/idleLockMinutes"));
    EXPECT_EQ(kIdleLockMinutes.get(settings), 5);
}
