#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::devicesui {

/// The Devices settings screen for owners and managers (Permissions::kDevicesConfigure): the
/// register's scanners, printers, drawers, card readers, scales, customer displays and payment
/// terminals — detect, add, edit, remove and test them.
class DevicesUiModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::devicesui::DevicesUiModule)
public:
    /// The screen id (the status bar's device indicator opens it).
    static constexpr const char *kDevicesId = "devices";

    QString name() const override { return QStringLiteral("devices"); }
    QList<shell::ScreenDescriptor> screens() const override;
};

} // namespace qtill::devicesui
