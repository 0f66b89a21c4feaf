#include "actingsession.h"

#include "shellcontext.h"

#include "core/authorizer.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"

namespace qtill::shell {

std::optional<Session> actingSession(ShellContext &context, const QString &permission, const QString &why,
                                     QWidget *parent)
{
    const Session &own = context.session();
    if (context.can(permission))
        return own;
    const std::optional<Authorization> granted = context.authorize(permission, why, parent);
    if (!granted)
        return std::nullopt;
    if (!granted->isOverride())
        return own;
    auto approver = context.services().operators().find(granted->approverId);
    if (!approver) {
        context.showMessage(approver.error().message, ShellContext::Severity::Error);
        return std::nullopt;
    }
    return Session{approver->id, approver->number, approver->name, approver->role, context.clock().now(), own.operatorId};
}

} // namespace qtill::shell
