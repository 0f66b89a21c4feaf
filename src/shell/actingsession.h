#pragma once

#include "core/operator.h"

#include <QString>

#include <optional>

class QWidget;

namespace qtill::shell {

class ShellContext;

/// The session to hand a domain service for an action that needs `permission`:
/// - the signed-in operator's own session when they hold it;
/// - otherwise, after an inline supervisor override (ShellContext::authorize), a session for the
///   approving supervisor, so the service checks the approver's rights; its requestedBy is the
///   signed-in operator, so the action is audited with both ids (Session::auditActor/auditApprover);
/// - nullopt when the override was refused or cancelled (the shell has said so already).
/// `why` is one translated line saying what will happen ("Unlock 03 Li Lei").
/// Every module's screens use this (never a local copy), so overrides are audited the same way.
std::optional<Session> actingSession(ShellContext &context, const QString &permission, const QString &why,
                                     QWidget *parent);

} // namespace qtill::shell
