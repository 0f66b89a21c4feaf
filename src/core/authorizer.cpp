#include "authorizer.h"

#include "auditlog.h"
#include "operator.h"
#include "operatorservice.h"
#include "permissionservice.h"

#include <QCoreApplication>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::Authorizer", text);
}

QString joinDetail(const QString &context, const QString &reason)
{
    if (context.isEmpty())
        return reason;
    if (reason.isEmpty())
        return context;
    return context + QStringLiteral(" — ") + reason;
}

} // namespace

Authorizer::Authorizer(AuditLog &audit, PermissionService &permissions, OperatorService &operators)
    : m_audit(audit), m_permissions(permissions), m_operators(operators)
{ }

Result<Authorization> Authorizer::authorize(const Session &actor, const QString &permission,
    const std::optional<SupervisorCredentials> &supervisor, const QString &context)
{
    const QString action = QStringLiteral("authorize");
    // Appends the outcome; a failed audit write fails the whole authorisation.
    auto record = [&](OperatorId approver, const QString &outcome, const QString &reason) -> Status {
        auto appended = m_audit.append(
            AuditRecord {actor.operatorId, approver, action, permission, outcome, joinDetail(context, reason)});
        if (!appended)
            return appended.error();
        return {};
    };
    auto deny = [&](OperatorId approver, Error error) -> Result<Authorization> {
        if (auto audited = record(approver, AuditOutcome::kDenied, error.message); !audited)
            return audited.error();
        return error;
    };

    if (!actor.isValid())
        return deny({}, Error::permissionDenied(tr("Sign in first.")));

    if (m_permissions.has(actor, permission)) {
        if (auto audited = record({}, AuditOutcome::kGranted, {}); !audited)
            return audited.error();
        return Authorization {actor.operatorId, {}, permission};
    }

    const QString title = m_permissions.title(permission);
    if (!supervisor) {
        return deny({},
            Error::permissionDenied(tr("You may not: %1. A supervisor can authorise it.").arg(title),
                QStringLiteral("operator %1 lacks %2").arg(actor.number, permission)));
    }

    auto known = m_operators.findByNumber(supervisor->number);
    const OperatorId approverId = known ? known->id : OperatorId();
    auto checked = m_operators.verifyCredentials(supervisor->number, supervisor->pin);
    if (!checked)
        return deny(approverId, checked.error());

    if (!m_permissions.roleHas(checked->role, permission)) {
        return deny(checked->id,
            Error::permissionDenied(tr("%1 may not authorise: %2.").arg(checked->displayName(), title),
                QStringLiteral("operator %1 (%2) lacks %3").arg(checked->number, roleKey(checked->role), permission)));
    }

    if (auto audited = record(checked->id, AuditOutcome::kOverride, {}); !audited)
        return audited.error();
    return Authorization {actor.operatorId, checked->id, permission};
}

} // namespace qtill
