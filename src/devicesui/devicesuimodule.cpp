#include "devicesuimodule.h"

#include "devicesscreen.h"

#include "core/permission.h"
#include "shell/icons.h"

namespace qtill::devicesui {

QList<shell::ScreenDescriptor> DevicesUiModule::screens() const
{
    // With the settings, after the store profile.
    return {shell::ScreenDescriptor{QLatin1String(kDevicesId), tr("Devices"), shell::Icons::navIcon(QStringLiteral("devices")),
                                    Permissions::kDevicesConfigure, 905,
                                    [](shell::ShellContext &c, QWidget *p) { return new DevicesScreen(c, p); },
                                    QLatin1String(shell::kSettingsGroup),
                                    tr("Scanners, printers, cash drawers, scales, displays")}};
}

} // namespace qtill::devicesui
