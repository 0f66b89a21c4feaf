#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::admin {

/// The owner's and manager's settings screens: store profile, tax classes, operators, roles &
/// permissions, audit log and backup. Each screen is shown only to operators holding its permission;
/// the domain services check again on every change.
class AdminUiModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::admin::AdminUiModule)
public:
    /// Screen ids, for openScreen() and --screenshot file names.
    static constexpr const char *kStoreProfileId = "admin.storeProfile";
    static constexpr const char *kTaxClassesId = "admin.taxClasses";
    static constexpr const char *kOperatorsId = "admin.operators";
    static constexpr const char *kPermissionsId = "admin.permissions";
    static constexpr const char *kAuditId = "admin.audit";
    static constexpr const char *kBackupId = "admin.backup";

    QString name() const override { return QStringLiteral("admin"); }
    QList<shell::ScreenDescriptor> screens() const override;
};

} // namespace qtill::admin
