#include "membersmodule.h"

#include "campaign.h"
#include "membersservices.h"

#include <QCoreApplication>

namespace qtill::members {

QList<PermissionDef> MembersModule::permissions() const
{
    return {
        PermissionDef{MembersPermissions::kManagePromotions,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Add, change and switch off promotions"), {Role::Manager}},
        PermissionDef{CouponPermissions::kManageCampaigns,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Create, pause and end coupon campaigns"), {Role::Manager}},
        PermissionDef{CouponPermissions::kIssue,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Issue coupons to members or as codes"), {Role::Manager}},
        PermissionDef{CouponPermissions::kRedeem,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Redeem coupons and group-buy vouchers at the till"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{CouponPermissions::kImportVouchers,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Import group-buy vouchers from a platform's file"),
                      {Role::Manager}},
        PermissionDef{MembersPermissions::kManage, QT_TRANSLATE_NOOP("qtill::Permission", "Register members and edit their details"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{MembersPermissions::kViewPersonal,
                      QT_TRANSLATE_NOOP("qtill::Permission", "See, export and erase members' personal data"), {Role::Manager}},
        PermissionDef{MembersPermissions::kTopUp, QT_TRANSLATE_NOOP("qtill::Permission", "Top up members' stored value"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{MembersPermissions::kReverseTopUp, QT_TRANSLATE_NOOP("qtill::Permission", "Reverse a stored-value top-up"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{MembersPermissions::kApproveStoredValue,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Approve large stored-value payments and reversals"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{MembersPermissions::kAdjustPoints, QT_TRANSLATE_NOOP("qtill::Permission", "Adjust members' points by hand"),
                      {Role::Manager}},
    };
}

std::unique_ptr<ModuleServices> MembersModule::createServices(Services &core) const
{
    return std::unique_ptr<ModuleServices>(new MembersServices(core));
}

} // namespace qtill::members
