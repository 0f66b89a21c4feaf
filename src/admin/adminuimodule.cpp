#include "adminuimodule.h"

#include "auditscreen.h"
#include "backupscreen.h"
#include "operatorsscreen.h"
#include "permissionsscreen.h"
#include "storeprofilescreen.h"
#include "taxclassesscreen.h"

#include "shell/icons.h"

#include "core/permission.h"

namespace qtill::admin {

QList<shell::ScreenDescriptor> AdminUiModule::screens() const
{
    using shell::ScreenDescriptor;
    using shell::ShellContext;
    // The settings sit at the bottom of the rail, after the daily work.
    return {
        ScreenDescriptor{QLatin1String(kStoreProfileId), tr("Store"), shell::Icons::navIcon(QStringLiteral("store")),
                         Permissions::kSettingsEdit, 900,
                         [](ShellContext &c, QWidget *p) { return new StoreProfileScreen(c, p); }},
        ScreenDescriptor{QLatin1String(kTaxClassesId), tr("Taxes"), shell::Icons::navIcon(QStringLiteral("reports")),
                         Permissions::kSettingsEdit, 910,
                         [](ShellContext &c, QWidget *p) { return new TaxClassesScreen(c, p); }},
        ScreenDescriptor{QLatin1String(kOperatorsId), tr("Operators"), shell::Icons::navIcon(QStringLiteral("user")),
                         Permissions::kOperatorsManage, 920,
                         [](ShellContext &c, QWidget *p) { return new OperatorsScreen(c, p); }},
        ScreenDescriptor{QLatin1String(kPermissionsId), tr("Roles"), shell::Icons::navIcon(QStringLiteral("lock")),
                         Permissions::kPermissionsEdit, 930,
                         [](ShellContext &c, QWidget *p) { return new PermissionsScreen(c, p); }},
        ScreenDescriptor{QLatin1String(kAuditId), tr("Audit"), shell::Icons::navIcon(QStringLiteral("shield")),
                         Permissions::kAuditView, 940,
                         [](ShellContext &c, QWidget *p) { return new AuditScreen(c, p); }},
        ScreenDescriptor{QLatin1String(kBackupId), tr("Backup"), shell::Icons::navIcon(QStringLiteral("settings")),
                         Permissions::kBackupRun, 950,
                         [](ShellContext &c, QWidget *p) { return new BackupScreen(c, p); }},
    };
}

} // namespace qtill::admin
