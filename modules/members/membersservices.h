#pragma once

#include "core/moduleservices.h"

#include <memory>

namespace qtill {
class Services;
}

namespace qtill::members {

class PromotionService;
class CampaignService;
class CouponService;
class VoucherService;
class MemberService;
class PointsLedger;
class StoredValueService;
class TierService;

/// The members module's services, built once per opened store by MembersModule::createServices(). The
/// only place they are constructed (private constructors, MembersServices their friend): screens,
/// commands and the till reach them with `MembersServices::of(services)`.
/// Threading: the thread that opened the Services; a worker thread opens its own Services.
class MembersServices final : public ModuleServices
{
public:
    ~MembersServices() override;

    /// The members services of an opened store; the members module must be among its modules
    /// (a programming error otherwise: it aborts).
    static MembersServices &of(Services &core);

    Services &core() { return m_core; }
    PromotionService &promotions() { return *m_promotions; }
    /// Coupon campaigns: create, issue, report.
    CampaignService &campaigns() { return *m_campaigns; }
    /// Coupons at the till: check, redeem, restore.
    CouponService &coupons() { return *m_coupons; }
    /// Group-buy vouchers (团购): import, verify, redeem, restore.
    VoucherService &vouchers() { return *m_vouchers; }

    MemberService &members() { return *m_members; }
    PointsLedger &points() { return *m_points; }
    TierService &tiers() { return *m_tiers; }
    StoredValueService &storedValue() { return *m_storedValue; }

private:
    friend class MembersModule;
    explicit MembersServices(Services &core);

    Services &m_core;
    // Declaration order is construction order: each service after the ones it uses.
    std::unique_ptr<PromotionService> m_promotions;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<CouponService> m_coupons;
    std::unique_ptr<VoucherService> m_vouchers;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<PointsLedger> m_points;
    std::unique_ptr<TierService> m_tiers;
    std::unique_ptr<StoredValueService> m_storedValue;
};

} // namespace qtill::members
