#pragma once

#include "members/campaign.h"

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::members {

/// Coupon campaigns: the owner creates one, issues its coupons (anonymous codes for flyers and
/// receipts, or to a list of members), pauses or ends it, and reads what it did.
///
/// - create() checks the campaign (validate()) and needs CouponPermissions::kManageCampaigns.
/// - issueCodes() / issueTo() need CouponPermissions::kIssue; each is ONE transaction that locks the
///   campaign row (FOR UPDATE on PostgreSQL, the write lock on SQLite), so two lanes issuing at once
///   never pass the total quantity or a member's limit. Codes come from CouponCode (system CSPRNG);
///   the table's UNIQUE code guarantees uniqueness and a code already taken is drawn again.
/// - Reads (list, campaign, report) are not permission-checked here: screens and commands check
///   kManageCampaigns before showing them.
/// Every change is audited ("coupon.campaign.create", "coupon.campaign.status", "coupon.issue").
/// Threading: the thread of the Services it belongs to.
class CampaignService
{
public:
    /// At most this many codes (or members) in one issue.
    static constexpr int kMaxIssue = 100'000;
    /// A report lists at most this many of the newest sales.
    static constexpr int kReportSales = 200;

    /// Ok, or InvalidInput saying what to change (a percent without a cap, a window that ends before
    /// it starts, a threshold without a minimum spend, another currency, …). `now` is for "already ended".
    Status validate(const Campaign &campaign) const;

    /// Creates an active campaign; its id. `created*`, `issued` and `id` are ignored.
    Result<qint64> create(const Session &actor, const Campaign &campaign);
    /// Pauses (coupons cannot be used or issued), resumes or ends (for good) a campaign.
    Status setStatus(const Session &actor, qint64 campaignId, Campaign::Status status);

    /// `count` anonymous codes of an active campaign, in one transaction. InvalidInput for a count
    /// outside 1 … kMaxIssue; Conflict when the campaign is not active, has ended, or has fewer than
    /// `count` coupons left (the message says how many).
    Result<QList<IssuedCoupon>> issueCodes(const Session &actor, qint64 campaignId, int count);
    /// One coupon to each member of `memberIds` (duplicates count once) in one transaction. Members who
    /// hold the per-member limit already are left out (IssueResult::atLimit); Conflict when the rest are
    /// more than the coupons left (nothing is issued). The member ids are not checked against the members
    /// table yet (it lands with the members module; the segment selection gives the list).
    Result<IssueResult> issueTo(const Session &actor, qint64 campaignId, const QList<qint64> &memberIds);

    /// Every campaign, newest first.
    Result<QList<Campaign>> list() const;
    /// One campaign; NotFound when there is none with that id.
    Result<Campaign> campaign(qint64 campaignId) const;
    /// Issued, redeemed, open, expired, discount given and the sales that used its coupons, at `now`.
    Result<CampaignReport> report(qint64 campaignId) const;

private:
    friend class MembersServices;
    explicit CampaignService(Services &core);

    Result<Campaign> lockActive(qint64 campaignId, int wanted);
    Result<QList<IssuedCoupon>> insertCoupons(
        const Campaign &campaign, const QList<qint64> &members, const Session &actor);

    Services &m_core;
};

} // namespace qtill::members
