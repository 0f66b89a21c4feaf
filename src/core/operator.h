#pragma once

#include "ids.h"
#include "role.h"

#include <QDateTime>
#include <QString>

namespace qtill {

/// A person who works the tills: signs in with an operator number ("01") and a PIN.
/// The PIN hash never leaves OperatorService.
struct Operator
{
    OperatorId id {};
    QString number {}; ///< 2 or more digits, unique, e.g. "01"
    QString name {}; ///< as printed on receipts and shown on screens
    Role role = Role::Cashier;
    bool active = true; ///< inactive operators cannot sign in (kept for history)
    int failedAttempts = 0; ///< wrong PINs in a row since the last success or unlock
    bool locked = false; ///< locked after OperatorService::kMaxFailedAttempts wrong PINs; the owner unlocks
    QDateTime createdAt {};
    QDateTime lockedAt {}; ///< invalid when not locked

    /// "01 Wang Fang" — number and name, for lists, receipts and the status bar.
    QString displayName() const { return number + QLatin1Char(' ') + name; }
    /// "01 Wang Fang (Cashier)" — with the translated role.
    QString displayNameWithRole() const
    {
        return displayName() + QStringLiteral(" (") + roleDisplayName(role) + QLatin1Char(')');
    }
};

/// Who is signed in at this register, as returned by OperatorService::signIn(). A value: copy it
/// freely. It is not proof of rights by itself: permission checks (PermissionService::has) look up
/// the operator's current role and active flag, so a demotion or deactivation takes effect at once.
struct Session
{
    OperatorId operatorId {};
    QString number {};
    QString name {};
    Role role = Role::Cashier; ///< the role when signing in (for display; checks use the current one)
    QDateTime signedInAt {};
    /// Set when this session acts on a supervisor's override (see shell::actingSession): the operator
    /// signed in at the register who asked. The fields above are then the approving supervisor's, whose
    /// rights the action runs on.
    OperatorId requestedBy {};

    bool isValid() const { return operatorId.isValid(); }
    /// Who to record as having done an action (AuditRecord::actorId): the operator at the register,
    /// also when a supervisor approved it.
    OperatorId auditActor() const { return requestedBy.isValid() ? requestedBy : operatorId; }
    /// Who to record as having approved it (AuditRecord::approverId): the supervisor of an override;
    /// invalid when the operator acted on their own rights.
    OperatorId auditApprover() const { return requestedBy.isValid() ? operatorId : OperatorId(); }
    /// "01 Wang Fang".
    QString displayName() const { return number + QLatin1Char(' ') + name; }
};

} // namespace qtill
