#include "membersmodule.h"

#include "campaign.h"
#include "membersservices.h"

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
    };
}

std::unique_ptr<ModuleServices> MembersModule::createServices(Services &core) const
{
    return std::unique_ptr<ModuleServices>(new MembersServices(core));
}

} // namespace qtill::members
