#pragma once

#include "migration.h"
#include "operator.h"
#include "result.h"
#include "role.h"
#include "settings.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace qtill {

class AuditLog;
class PermissionService;
class PinHasher;
class Store;

/// Minutes without input before the register locks its screen (the operator signs in again with the
/// PIN). 0 turns the idle lock off. Read by the shell.
inline const Setting<int> kIdleLockMinutes {"security/idleLockMinutes", 5};

/// Operators: sign-in with number and PIN, lockout, PINs, roles, active flag.
///
/// Every change is permission-checked against the acting Session here (not only in screens),
/// runs in one Store transaction together with its audit entry, and returns a cashier-readable Error:
/// PermissionDenied without the permission, Locked for a locked operator, InvalidInput for bad input
/// or a wrong PIN, NotFound for an unknown operator, Conflict for a taken number or an edit that would
/// leave the store without an active owner.
///
/// Owner protection: only an owner may create an owner, make someone owner, or change, reset the PIN
/// of or deactivate an owner (else a manager with operators.manage could take over the owner's account);
/// the last active owner can never be demoted or deactivated.
///
/// Lockout: kMaxFailedAttempts wrong PINs in a row (sign-in, supervisor override or PIN change) lock
/// the operator, persistently in the database. A locked operator cannot sign in even with the right
/// PIN until someone with operators.unlock (by default only the owner) unlocks them. A right PIN
/// resets the count.
///
/// Threading: same as the Store it uses.
class OperatorService
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kMinNumberLength = 2;
    static constexpr int kMaxNumberLength = 6;

    /// All references must outlive this object.
    OperatorService(Store &store, AuditLog &audit, PermissionService &permissions, const PinHasher &hasher);

    /// The "auth" schema (version 1): tables operators and role_permissions.
    static Schema schema();

    /// Ok when `number` is 2 to 6 ASCII digits; otherwise InvalidInput saying so.
    static Status validateNumber(const QString &number);

    // ---- reading ----------------------------------------------------------------------------

    /// Every operator ordered by number (inactive ones too unless `activeOnly`).
    Result<QList<Operator>> list(bool activeOnly = false) const;
    Result<Operator> find(OperatorId id) const;
    Result<Operator> findByNumber(const QString &number) const;
    /// How many operators exist (0 in a fresh store: run bootstrap()).
    Result<int> count() const;

    // ---- signing in -------------------------------------------------------------------------

    /// Checks number and PIN and opens a session. Audited as "operator.signIn" (ok / failed / denied);
    /// the locking attempt also as "operator.lockout". Errors: unknown number → NotFound; PIN not
    /// 4-8 digits → InvalidInput (not counted); wrong PIN → InvalidInput saying how many tries are
    /// left (the last one → Locked); locked → Locked; inactive → PermissionDenied.
    /// Also used to resume after the idle screen lock. Call it outside any transaction: failed
    /// attempts must be saved even though the call fails.
    Result<Session> signIn(const QString &number, const QString &pin);

    /// Audited as "operator.signOut". The Session value is simply dropped by the caller afterwards.
    Status signOut(const Session &session);

    /// Audited as "operator.screenLock": the register locked itself (idle) or the operator locked it.
    /// `reason` is "idle" or "manual". Unlocking is audited by signIn().
    Status recordScreenLock(const Session &session, const QString &reason);

    /// Checks an operator's PIN with full lockout counting, for Authorizer (supervisor override) and
    /// other re-authentication. Wrong PIN counts toward lockout and reaching the limit is audited as
    /// "operator.lockout"; other outcomes are not audited here (the caller audits its own action).
    /// Errors as signIn(). Call outside any transaction.
    Result<Operator> verifyCredentials(const QString &number, const QString &pin);

    // ---- changes (each needs a valid acting Session) ------------------------------------------

    /// Creates an operator. Needs operators.manage (Owner role for creating an owner).
    /// Audited "operator.create".
    Result<Operator> create(
        const Session &actor, const QString &number, const QString &name, Role role, const QString &pin);

    /// First-run path for `qtillctl init` and the demo store: creates `operators` without an acting
    /// session, only while the store has no operators at all (Conflict otherwise). At least one of them
    /// must be an active owner. All or nothing; audited "operator.create" with no actor.
    struct NewOperator
    {
        QString number {};
        QString name {};
        Role role = Role::Cashier;
        QString pin {};
    };
    Result<QList<Operator>> bootstrap(const QList<NewOperator> &operators);

    /// The signed-in operator changes their own PIN; `oldPin` must be right (a wrong one counts toward
    /// lockout). Audited "operator.pinChange".
    Status changeOwnPin(const Session &self, const QString &oldPin, const QString &newPin);

    /// Sets another operator's PIN (forgotten PIN). Needs operators.manage (Owner role for an owner).
    /// Does not unlock. Audited "operator.pinReset".
    Status resetPin(const Session &actor, OperatorId target, const QString &newPin);

    /// Clears the lockout and the failed count. Needs operators.unlock. Audited "operator.unlock".
    Status unlock(const Session &actor, OperatorId target);

    /// Needs operators.manage; Owner role to give or take the owner role; the last active owner
    /// stays owner. Audited "operator.setRole".
    Result<Operator> setRole(const Session &actor, OperatorId target, Role role);

    /// Deactivate (cannot sign in, kept for history) or reactivate. Needs operators.manage (Owner role
    /// for an owner); the last active owner stays active. Audited "operator.setActive".
    Result<Operator> setActive(const Session &actor, OperatorId target, bool active);

    /// Renames. Needs operators.manage (Owner role for an owner). Audited "operator.rename".
    Result<Operator> setName(const Session &actor, OperatorId target, const QString &name);

private:
    /// Why a credential check failed, for the audit outcome.
    enum class Failure { None, BadInput, Unknown, Inactive, Locked, WrongPin, Storage };
    Result<Operator> checkCredentials(const QString &number, const QString &pin, Failure &failure);
    /// operators.manage for `actor`; when `touchesOwner`, the actor must also be an active owner now.
    Status requireManage(const Session &actor, bool touchesOwner) const;
    Result<Operator> readOne(const QString &column, const QVariant &value) const;
    Result<int> activeOwnerCount() const;
    Result<Operator> insertOperator(
        const QString &number, const QString &name, Role role, const QString &pin, OperatorId actor,
        OperatorId approver = {});
    /// Counts a wrong PIN (own transaction); returns the error to show.
    Error recordFailure(const Operator &op);
    Status audit(OperatorId actor, OperatorId approver, const QString &action, const Operator &target,
        const QString &outcome, const QString &detail);

    Store &m_store;
    AuditLog &m_audit;
    PermissionService &m_permissions;
    const PinHasher &m_hasher;
};

} // namespace qtill
