#include "membersmodule.h"

#include "membersservices.h"

namespace qtill::members {

QList<PermissionDef> MembersModule::permissions() const
{
    return {
        PermissionDef{MembersPermissions::kManagePromotions,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Add, change and switch off promotions"), {Role::Manager}},
    };
}

std::unique_ptr<ModuleServices> MembersModule::createServices(Services &core) const
{
    return std::unique_ptr<ModuleServices>(new MembersServices(core));
}

} // namespace qtill::members
