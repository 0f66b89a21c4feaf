#pragma once

#include "shell/uimodule.h"

#include <QWidget>

class QGridLayout;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::app {

/// The page the rail's "Settings" entry opens: one large tile per settings screen the operator may
/// open (title, icon and a one-line description), in the descriptors' order, two per row. A tile
/// opens its screen (ShellContext::openScreen); the workspace shows the way back. Tiles are named
/// "settingsTile_<screen id>".
class SettingsHub : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    static constexpr const char *kScreenId = "settings";

    SettingsHub(shell::ShellContext &context, QList<shell::ScreenDescriptor> screens, QWidget *parent = nullptr);

    /// The screen ids of the tiles, in order.
    QStringList tileIds() const;

private:
    shell::ShellContext &m_context;
    QList<shell::ScreenDescriptor> m_screens;
};

} // namespace qtill::app
