#pragma once

#include "permission.h"
#include "result.h"
#include "role.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace qtill {

class AuditLog;
class Store;
struct Session;

/// The role → permission table, kept in the database (table role_permissions, part of the "auth"
/// schema from OperatorService::schema()) and edited by the owner.
///
/// Rules:
/// - The owner role has every permission, registered or not, and that cannot be changed.
/// - registerPermissions() seeds the default grants of keys the table has never seen; keys already
///   there keep whatever the owner set (idempotent, safe on every start).
/// - Core defaults (corePermissions()): cashier and supervisor get none of the core permissions
///   (supervisors get module ones such as voids and refunds); the manager gets operators.manage,
///   settings.edit, audit.view and backup.run; operators.unlock, permissions.edit and backup.restore
///   are the owner's alone.
///
/// Threading: same as the Store it uses.
class PermissionService
{
public:
    PermissionService(Store &store, AuditLog &audit);

    /// The permissions the core enforces, with their default roles (see the class notes).
    static QList<PermissionDef> corePermissions();

    /// Remembers the definitions (for titles in the editor) and seeds default grants for keys not yet
    /// in the table, in one transaction. Register corePermissions() and every module's permissions at
    /// start-up, after migrating. Calling it again changes nothing already stored.
    Status registerPermissions(const QList<PermissionDef> &definitions);

    /// Every definition registered with this object, in registration order.
    const QList<PermissionDef> &definitions() const { return m_definitions; }
    /// Translated title of a registered key (the key itself when unknown).
    QString title(const QString &key) const;

    /// Whether `role` has `key` in the table (always true for the owner). A database error reads as false.
    bool roleHas(Role role, const QString &key) const;

    /// Whether the signed-in operator may do `key` now: the operator must still exist and be active,
    /// and their current role (not the one at sign-in) must have it. Anything else is false.
    bool has(const Session &session, const QString &key) const;

    /// Ok when has(session, key); otherwise a PermissionDenied error naming the permission
    /// ("You may not: Edit settings. A supervisor can authorise it."). Not audited; for audited checks
    /// with supervisor override use Authorizer.
    Status require(const Session &session, const QString &key) const;

    /// The keys `role` has. For the owner: every registered key plus every key in the table.
    Result<QSet<QString>> permissionsOf(Role role) const;
    /// The keys the session's operator has now (empty when inactive or gone). For enabling actions in the UI.
    QSet<QString> permissionsOf(const Session &session) const;

    /// The whole table for the editor: for each non-owner role, the keys it has.
    Result<QMap<Role, QSet<QString>>> table() const;

    /// Grants or revokes `key` for `role`. Needs permissions.edit; the owner role cannot be changed
    /// (Conflict error); the key must be registered (NotFound otherwise). Audited as
    /// "permission.grant" / "permission.revoke", target "<role>:<key>". No-op changes are ok and not audited.
    Status setGranted(const Session &actor, Role role, const QString &key, bool granted);

private:
    Store &m_store;
    AuditLog &m_audit;
    QList<PermissionDef> m_definitions;
};

} // namespace qtill
