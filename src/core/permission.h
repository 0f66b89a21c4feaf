#pragma once

#include "role.h"

#include <QList>
#include <QString>

namespace qtill {

/// One thing an operator may or may not do, declared by the module that enforces it.
/// `key` is stable ("settings.edit", "sale.void"); `title` is the untranslated English source text,
/// shown through QCoreApplication::translate("qtill::Permission", title); `defaultRoles` get it in a
/// new store. The owner role always has every permission.
struct PermissionDef
{
    QString key;
    const char *title = "";
    QList<Role> defaultRoles;
};

/// The permissions the foundation itself enforces.
namespace Permissions {
inline const QString kOperatorsManage = QStringLiteral("operators.manage");   ///< add/edit operators, reset PINs
inline const QString kOperatorsUnlock = QStringLiteral("operators.unlock");   ///< unlock a locked-out operator
inline const QString kPermissionsEdit = QStringLiteral("permissions.edit");   ///< edit the role/permission table
inline const QString kSettingsEdit = QStringLiteral("settings.edit");         ///< store profile, taxes, business day
inline const QString kAuditView = QStringLiteral("audit.view");               ///< read and verify the audit log
inline const QString kBackupRun = QStringLiteral("backup.run");               ///< take a backup
inline const QString kBackupRestore = QStringLiteral("backup.restore");       ///< restore a backup
inline const QString kDevicesConfigure = QStringLiteral("devices.configure"); ///< set up the register's devices
} // namespace Permissions

} // namespace qtill
