#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::app {

/// The Home screen, registered like any module's screen (id "home", order 0, no permission): a
/// greeting, the business date, and big tiles for every other screen the operator may open.
class HomeModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::app::HomeModule)
public:
    static inline const QString kScreenId = QStringLiteral("home");

    QString name() const override { return QStringLiteral("home"); }
    QList<shell::ScreenDescriptor> screens() const override;
};

} // namespace qtill::app
