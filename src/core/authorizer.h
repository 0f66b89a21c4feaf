#pragma once

#include "ids.h"
#include "result.h"

#include <QString>

#include <optional>

namespace qtill {

class AuditLog;
class OperatorService;
class PermissionService;
struct Session;

/// A supervisor's number and PIN, typed at the register to authorise something for the cashier.
struct SupervisorCredentials
{
    QString number {};
    QString pin {};
};

/// Proof that `permission` was granted for one action: to the actor on their own rights
/// (approverId invalid) or by a supervisor override (approverId = that supervisor).
/// Record both ids with the action it authorised.
struct Authorization
{
    OperatorId actorId {};
    OperatorId approverId {};
    QString permission {};

    bool isOverride() const { return approverId.isValid(); }
};

/// Checks a permission for one action, with supervisor override.
///
///  1. The actor has the permission → granted, no approver.
///  2. Else, when supervisor credentials are given and that operator exists, is active, is not locked,
///     the PIN is right and their role has the permission → granted with the supervisor as approver.
///     A wrong supervisor PIN counts toward that supervisor's lockout.
///  3. Else → an Error the screen can show as is: PermissionDenied (no credentials, approver lacks the
///     permission, or is inactive), Locked (approver locked, or locked by this wrong PIN), InvalidInput
///     (wrong PIN, with the tries left), NotFound (no operator with that number).
///
/// Every outcome is appended to the audit log as action "authorize", target = the permission key,
/// outcome granted / override / denied, with the actor and (when credentials were given and the
/// number is known) the supervisor's id; `context` (e.g. "sale R01-00000042 line 3") goes to detail.
///
/// Call it outside any transaction, before the change it guards: its audit row and any lockout must
/// be saved even when the change itself is then abandoned.
class Authorizer
{
public:
    /// All references must outlive this object.
    Authorizer(AuditLog &audit, PermissionService &permissions, OperatorService &operators);

    Result<Authorization> authorize(const Session &actor, const QString &permission,
        const std::optional<SupervisorCredentials> &supervisor = std::nullopt, const QString &context = {});

private:
    AuditLog &m_audit;
    PermissionService &m_permissions;
    OperatorService &m_operators;
};

} // namespace qtill
