#include "permissionservice.h"

#include "auditlog.h"
#include "operator.h"
#include "store.h"

#include <QCoreApplication>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::PermissionService", text);
}

QList<Role> editableRoles()
{
    return {Role::Cashier, Role::Supervisor, Role::Manager};
}

} // namespace

PermissionService::PermissionService(Store &store, AuditLog &audit) : m_store(store), m_audit(audit) { }

QList<PermissionDef> PermissionService::corePermissions()
{
    return {
        {Permissions::kOperatorsManage, QT_TRANSLATE_NOOP("qtill::Permission", "Add and edit operators, reset PINs"),
            {Role::Manager}},
        {Permissions::kOperatorsUnlock, QT_TRANSLATE_NOOP("qtill::Permission", "Unlock locked-out operators"), {}},
        {Permissions::kPermissionsEdit, QT_TRANSLATE_NOOP("qtill::Permission", "Change what each role may do"), {}},
        {Permissions::kSettingsEdit, QT_TRANSLATE_NOOP("qtill::Permission", "Change store settings"), {Role::Manager}},
        {Permissions::kAuditView, QT_TRANSLATE_NOOP("qtill::Permission", "View and check the audit log"),
            {Role::Manager}},
        {Permissions::kBackupRun, QT_TRANSLATE_NOOP("qtill::Permission", "Take a backup"), {Role::Manager}},
        {Permissions::kBackupRestore, QT_TRANSLATE_NOOP("qtill::Permission", "Restore a backup"), {}},
        {Permissions::kDevicesConfigure, QT_TRANSLATE_NOOP("qtill::Permission", "Set up scanners, printers and other devices"),
            {Role::Manager}},
    };
}

Status PermissionService::registerPermissions(const QList<PermissionDef> &definitions)
{
    for (const PermissionDef &def : definitions) {
        if (def.key.isEmpty())
            return Error::internal(
                tr("The permissions could not be set up."), QStringLiteral("permission without key"));
    }
    const Status seeded = m_store.transaction([&]() -> Status {
        for (const PermissionDef &def : definitions) {
            auto known = m_store.exec(QStringLiteral("SELECT 1 FROM role_permissions WHERE permission = ? LIMIT 1"),
                {def.key}, tr("The permissions could not be read."));
            if (!known)
                return known.error();
            if (known->next())
                continue; // the owner may have changed it: keep what is stored
            for (Role role : editableRoles()) {
                auto inserted = m_store.exec(
                    QStringLiteral("INSERT INTO role_permissions (role, permission, granted) VALUES (?, ?, ?)"),
                    {roleKey(role), def.key, def.defaultRoles.contains(role) ? 1 : 0},
                    tr("The permissions could not be set up."));
                if (!inserted)
                    return inserted.error();
            }
        }
        return {};
    });
    if (!seeded)
        return seeded;
    for (const PermissionDef &def : definitions) {
        auto same = [&def](const PermissionDef &d) { return d.key == def.key; };
        if (std::find_if(m_definitions.cbegin(), m_definitions.cend(), same) == m_definitions.cend())
            m_definitions << def;
    }
    return {};
}

QString PermissionService::title(const QString &key) const
{
    for (const PermissionDef &def : m_definitions) {
        if (def.key == key)
            return QCoreApplication::translate("qtill::Permission", def.title);
    }
    return key;
}

bool PermissionService::roleHas(Role role, const QString &key) const
{
    if (role == Role::Owner)
        return true;
    auto q = m_store.exec(
        QStringLiteral("SELECT granted FROM role_permissions WHERE role = ? AND permission = ?"), {roleKey(role), key});
    return q && q->next() && q->value(0).toInt() != 0;
}

bool PermissionService::has(const Session &session, const QString &key) const
{
    if (!session.isValid())
        return false;
    // One cached statement (asked on every sale): the operator's role, whether still active, and the
    // role's grant of `key` (none: not granted). The owner may do everything.
    auto q = m_store.execCached(QStringLiteral("SELECT o.role, o.active, rp.granted FROM operators o"
                                               " LEFT JOIN role_permissions rp ON rp.role = o.role AND rp.permission = ?"
                                               " WHERE o.id = ?"),
        {key, qlonglong(session.operatorId.value())});
    if (!q || !q->next() || q->value(1).toInt() == 0)
        return false;
    const std::optional<Role> role = roleFromKey(q->value(0).toString());
    return role && (*role == Role::Owner || q->value(2).toInt() != 0);
}

Status PermissionService::require(const Session &session, const QString &key) const
{
    if (has(session, key))
        return {};
    if (!session.isValid())
        return Error::permissionDenied(tr("Sign in first."), QStringLiteral("no session; needs ") + key);
    return Error::permissionDenied(tr("You may not: %1. A supervisor can authorise it.").arg(title(key)),
        QStringLiteral("operator %1 lacks %2").arg(session.number, key));
}

Result<QSet<QString>> PermissionService::permissionsOf(Role role) const
{
    QSet<QString> keys;
    if (role == Role::Owner) {
        for (const PermissionDef &def : m_definitions)
            keys.insert(def.key);
        auto q = m_store.exec(QStringLiteral("SELECT DISTINCT permission FROM role_permissions"), {},
            tr("The permissions could not be read."));
        if (!q)
            return q.error();
        while (q->next())
            keys.insert(q->value(0).toString());
        return keys;
    }
    auto q = m_store.exec(QStringLiteral("SELECT permission FROM role_permissions WHERE role = ? AND granted <> 0"),
        {roleKey(role)}, tr("The permissions could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        keys.insert(q->value(0).toString());
    return keys;
}

QSet<QString> PermissionService::permissionsOf(const Session &session) const
{
    if (!session.isValid())
        return {};
    auto q = m_store.exec(
        QStringLiteral("SELECT role, active FROM operators WHERE id = ?"), {qlonglong(session.operatorId.value())});
    if (!q || !q->next() || q->value(1).toInt() == 0)
        return {};
    const std::optional<Role> role = roleFromKey(q->value(0).toString());
    if (!role)
        return {};
    return permissionsOf(*role).valueOr({});
}

Result<QMap<Role, QSet<QString>>> PermissionService::table() const
{
    QMap<Role, QSet<QString>> out;
    for (Role role : editableRoles()) {
        auto keys = permissionsOf(role);
        if (!keys)
            return keys.error();
        out.insert(role, *keys);
    }
    return out;
}

Status PermissionService::setGranted(const Session &actor, Role role, const QString &key, bool granted)
{
    if (auto allowed = require(actor, Permissions::kPermissionsEdit); !allowed)
        return allowed;
    if (role == Role::Owner)
        return Error::conflict(tr("The owner always has every permission; that cannot be changed."));
    return m_store.transaction([&]() -> Status {
        auto current
            = m_store.exec(QStringLiteral("SELECT granted FROM role_permissions WHERE role = ? AND permission = ?"),
                {roleKey(role), key}, tr("The permissions could not be read."));
        if (!current)
            return current.error();
        if (!current->next())
            return Error::notFound(tr("There is no permission called %1.").arg(key));
        if ((current->value(0).toInt() != 0) == granted)
            return {};
        auto updated
            = m_store.exec(QStringLiteral("UPDATE role_permissions SET granted = ? WHERE role = ? AND permission = ?"),
                {granted ? 1 : 0, roleKey(role), key}, tr("The permission could not be changed."));
        if (!updated)
            return updated.error();
        auto audited = m_audit.append(AuditRecord {actor.auditActor(), actor.auditApprover(),
            granted ? QStringLiteral("permission.grant") : QStringLiteral("permission.revoke"),
            roleKey(role) + QLatin1Char(':') + key, AuditOutcome::kOk, title(key)});
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace qtill
