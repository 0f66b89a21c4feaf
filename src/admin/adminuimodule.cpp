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
    // The settings share the rail's "Settings" entry, after the daily work; each has a tile there.
    const QString settings = QLatin1String(shell::kSettingsGroup);
    return {
        ScreenDescriptor{QLatin1String(kStoreProfileId), tr("Store"), shell::Icons::navIcon(QStringLiteral("store")),
                         Permissions::kSettingsEdit, 900,
                         [](ShellContext &c, QWidget *p) { return new StoreProfileScreen(c, p); },
                         settings, tr("Name, address, register and the receipt's header and footer")},
        ScreenDescriptor{QLatin1String(kTaxClassesId), tr("Taxes"), shell::Icons::navIcon(QStringLiteral("reports")),
                         Permissions::kSettingsEdit, 910,
                         [](ShellContext &c, QWidget *p) { return new TaxClassesScreen(c, p); },
                         settings, tr("Tax classes and rates for products and receipts")},
        ScreenDescriptor{QLatin1String(kOperatorsId), tr("Operators"), shell::Icons::navIcon(QStringLiteral("user")),
                         Permissions::kOperatorsManage, 920,
                         [](ShellContext &c, QWidget *p) { return new OperatorsScreen(c, p); },
                         settings, tr("Staff who sign in: numbers, PINs, roles, locking")},
        ScreenDescriptor{QLatin1String(kPermissionsId), tr("Roles"), shell::Icons::navIcon(QStringLiteral("lock")),
                         Permissions::kPermissionsEdit, 930,
                         [](ShellContext &c, QWidget *p) { return new PermissionsScreen(c, p); },
                         settings, tr("What each role may do and what needs a supervisor")},
        ScreenDescriptor{QLatin1String(kAuditId), tr("Audit"), shell::Icons::navIcon(QStringLiteral("shield")),
                         Permissions::kAuditView, 940,
                         [](ShellContext &c, QWidget *p) { return new AuditScreen(c, p); },
                         settings, tr("Every sign-in and change, in a tamper-evident log")},
        ScreenDescriptor{QLatin1String(kBackupId), tr("Backup"), shell::Icons::navIcon(QStringLiteral("settings")),
                         Permissions::kBackupRun, 950,
                         [](ShellContext &c, QWidget *p) { return new BackupScreen(c, p); },
                         settings, tr("Back up the store's data and restore it")},
    };
}

} // namespace qtill::admin
