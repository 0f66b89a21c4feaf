#pragma once

#include "core/operator.h"

#include <QString>

#include <optional>

class QTableView;
class QWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

/// The session to hand a domain service for an action that needs `permission`:
/// - the signed-in operator's own session when they hold it;
/// - otherwise, after an inline supervisor override (ShellContext::authorize), a session for the
///   approving supervisor, so the service checks the approver's rights; its requestedBy is the
///   signed-in operator, so the action is audited with both ids (Session::auditActor/auditApprover);
/// - nullopt when the override was refused or cancelled (the shell has said so already).
/// `why` is one translated line saying what will happen ("Unlock 03 Li Lei").
std::optional<Session> actingSession(shell::ShellContext &context, const QString &permission, const QString &why,
                                     QWidget *parent);

/// The look every admin table shares: whole-row selection, one row at a time, tall touch rows,
/// alternating colours, no vertical header, last column stretched.
void setupTable(QTableView *view, int rowHeight = 52);

} // namespace qtill::admin
