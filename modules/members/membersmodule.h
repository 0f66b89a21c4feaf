#pragma once

#include "core/module.h"

namespace qtill::members {

/// The permissions the members module enforces (each service adds its own here).
namespace MembersPermissions {
/// Add, change and switch off the store's automatic promotions.
inline const QString kManagePromotions = QStringLiteral("promotions.manage");
/// Register members and change their details, tiers and recharge rules (cashiers register at the till).
inline const QString kManage = QStringLiteral("members.manage");
/// See a member's full mobile, name and birthday, export and erase them (else masked: 138****1234, 张*).
inline const QString kViewPersonal = QStringLiteral("members.viewPersonal");
/// Top up a member's stored value (储值充值).
inline const QString kTopUp = QStringLiteral("members.topUp");
/// Reverse a top-up (its bonus is taken back too).
inline const QString kReverseTopUp = QStringLiteral("members.reverseTopUp");
/// Approve stored-value payments above the limit and large reversals without the member's code.
inline const QString kApproveStoredValue = QStringLiteral("members.approveStoredValue");
/// Add or take away points by hand, with a note.
inline const QString kAdjustPoints = QStringLiteral("members.adjustPoints");
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
