#include "membersservices.h"

#include "promotionservice.h"
#include "campaignservice.h"
#include "couponservice.h"
#include "voucherservice.h"
#include "memberservice.h"
#include "pointsledger.h"
#include "storedvalueservice.h"
#include "tierservice.h"

#include "core/services.h"

#include <QtGlobal>

namespace qtill::members {

// The constructors are private (MembersServices is their friend), hence `new` and not make_unique.
MembersServices::MembersServices(Services &core)
    : m_core(core)
    , m_promotions(new PromotionService(core))
    , m_campaigns(new CampaignService(core))
    , m_coupons(new CouponService(core, *m_campaigns))
    , m_vouchers(new VoucherService(core))
    , m_members(new MemberService(core))
    , m_points(new PointsLedger(core, *m_members))
    , m_tiers(new TierService(core))
    , m_storedValue(new StoredValueService(core, *m_members, *m_points, *m_tiers))
{
}

MembersServices::~MembersServices() = default;

MembersServices &MembersServices::of(Services &core)
{
    auto *found = core.moduleServices<MembersServices>();
    if (!found)
        qFatal("MembersServices::of: the members module is not among the store's modules");
    return *found;
}

} // namespace qtill::members
