#pragma once

#include "members/pricinginput.h"

#include "core/ids.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill::members {

/// The permissions of coupons and group-buy vouchers (registered by MembersModule).
namespace CouponPermissions {
inline const QString kManageCampaigns = QStringLiteral("coupons.campaigns"); ///< create, pause and end campaigns
inline const QString kIssue = QStringLiteral("coupons.issue"); ///< issue coupons (codes or to members)
inline const QString kRedeem
    = QStringLiteral("coupons.redeem"); ///< redeem and restore coupons and vouchers at the till
inline const QString kImportVouchers = QStringLiteral("vouchers.import"); ///< import a group-buy platform's vouchers
} // namespace CouponPermissions

/// A coupon campaign: what its coupons take off, where, for how long, and how many there may be.
/// Money is in the store's currency.
struct Campaign
{
    enum class Status { Active, Paused, Ended };

    qint64 id = 0;
    QString name; ///< as the owner named it; printed on receipts ("新客立减10元")
    Coupon::Kind kind = Coupon::Kind::AmountOff;
    Money amount; ///< AmountOff, Threshold: what it takes off
    int percentBasisPoints = 0; ///< PercentOff: 1 % = 100
    Money cap; ///< PercentOff: the most it takes off (required)
    Money minimumSpend; ///< on what the scope comes to after promotions; zero: none (Threshold: required)
    int pointsMultiplier = 100; ///< PointsMultiplier: 200 = double points
    PricingScope scope; ///< all, or these categories / products
    /// Validity: a fixed window [validFrom, validUntil) for every coupon (validFrom may be unset: from issue) …
    QDateTime validFrom;
    QDateTime validUntil;
    /// … or each coupon valid for this many days (× 24 h) from the moment it is issued. Exactly one of the two.
    int validDays = 0;
    int perMemberLimit = 0; ///< coupons one member may be issued in all; 0: no limit
    int totalQuantity = 0; ///< coupons that may be issued in all; 0: no limit
    int issued = 0; ///< issued so far (read only)
    bool stackable = true; ///< false: no other money coupon on the same order
    Status status = Status::Active;
    OperatorId createdBy; ///< read only
    QDateTime createdAt; ///< read only

    /// The pricing engine's input for one coupon of this campaign.
    Coupon toPricingCoupon(const QString &code, const QDateTime &couponFrom, const QDateTime &couponUntil) const;
};

/// Stable names stored in coupon_campaigns.kind / .status ("amount_off", "active", …).
QString couponKindKey(Coupon::Kind kind);
bool couponKindFromKey(const QString &key, Coupon::Kind *kind);
QString campaignStatusKey(Campaign::Status status);
bool campaignStatusFromKey(const QString &key, Campaign::Status *status);
/// "Amount off", "Percent off", … (translated), for lists and reports.
QString couponKindName(Coupon::Kind kind);

/// One coupon handed out.
struct IssuedCoupon
{
    QString code; ///< normalised; show it with CouponCode::grouped()
    qint64 memberId = 0; ///< 0: anonymous
    QDateTime validFrom; ///< invalid: from issue
    QDateTime validUntil; ///< exclusive
};

/// What CampaignService::issueTo() did.
struct IssueResult
{
    QList<IssuedCoupon> coupons;
    QList<qint64> atLimit; ///< members left out: they hold the campaign's per-member limit already
};

/// One sale that used a coupon of the campaign (and still does: a voided sale gave it back).
struct CampaignSale
{
    QString saleUuid;
    QString receipt;
    QString code;
    QDateTime at;
    Money discount;
};

/// The campaign's figures (CampaignService::report()).
struct CampaignReport
{
    Campaign campaign;
    int issued = 0; ///< coupons issued
    int redeemed = 0; ///< used on a sale that still stands
    int open = 0; ///< issued, unused and still valid
    int expired = 0; ///< issued, unused and past their end
    int cancelled = 0;
    Money discountGiven; ///< what the redemptions took off, less what voided sales gave back
    int sales = 0; ///< sales with one of its coupons
    QList<CampaignSale> recentSales; ///< the newest, at most CampaignService::kReportSales

    /// redeemed / issued in basis points (0 when nothing was issued).
    int redemptionRateBasisPoints() const { return issued > 0 ? int(qint64(redeemed) * 10000 / issued) : 0; }
};

} // namespace qtill::members
