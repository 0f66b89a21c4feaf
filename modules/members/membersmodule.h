#pragma once

#include "core/module.h"

namespace qtill::members {

/// The permissions the members module enforces (each service adds its own here).
namespace MembersPermissions {
/// Add, change and switch off the store's automatic promotions.
inline const QString kManagePromotions = QStringLiteral("promotions.manage");
} // namespace MembersPermissions

/// Registers members, loyalty, stored value, promotions and coupons with the store: the "members" and
/// "coupons" schemas, their permissions and MembersServices. Comes after the inventory module and before
/// checkout (the till applies these rules; the rules never reach into the till).
class MembersModule final : public DomainModule
{
public:
    QString name() const override { return QStringLiteral("members"); }
    QList<Schema> schemas() const override { return {schema(), couponSchema(), promotionSchema()}; }
    QList<PermissionDef> permissions() const override;
    std::unique_ptr<ModuleServices> createServices(Services &core) const override;

    /// "members" (membersschema.cpp): members, tiers, the points and stored-value ledgers.
    static Schema schema();
    /// "coupons" (couponschema.cpp): campaigns, coupon codes, their redemptions, group-buy vouchers.
    static Schema couponSchema();
    /// "promotions" (promotionschema.cpp): the automatic promotions the till prices with.
    static Schema promotionSchema();
};

} // namespace qtill::members
