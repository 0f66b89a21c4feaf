#include "homemodule.h"

#include "homescreen.h"

#include "shell/icons.h"

namespace qtill::app {

QList<shell::ScreenDescriptor> HomeModule::screens() const
{
    shell::ScreenDescriptor home;
    home.id = kScreenId;
    home.title = tr("Home");
    home.icon = shell::Icons::navIcon(QStringLiteral("home"));
    home.order = 0;
    home.create = [](shell::ShellContext &context, QWidget *parent) { return new HomeScreen(context, parent); };
    return {home};
}

} // namespace qtill::app
