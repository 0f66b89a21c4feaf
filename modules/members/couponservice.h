#pragma once

#include "members/pricinginput.h"

#include "core/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::members {

class CampaignService;

/// What checking a coupon code at the till found.
struct CouponCheck
{
    enum class Reason {
        Valid, ///< may be offered to the pricing engine (`coupon`)
        NotACode, ///< not shaped like a coupon code (wrong length, a character no code has)
        Typo, ///< shaped like one, but the check symbol is wrong: a typing mistake
        Unknown, ///< a well-formed code the store never issued
        NotYetValid,
        Expired,
        Used, ///< redeemed on a sale that still stands (usedOnSale, usedOnReceipt, usedAt)
        Cancelled,
        CampaignStopped, ///< its campaign is paused or has ended
        MemberNeeded, ///< issued to a member, and no member is attached
        OtherMember, ///< issued to another member
    };

    Reason reason = Reason::Unknown;
    QString message; ///< translated, for the cashier; empty when Valid
    QString code; ///< normalised (as far as it could be)
    qint64 couponId = 0;
    qint64 campaignId = 0;
    qint64 memberId = 0; ///< 0: anonymous
    Coupon coupon; ///< the pricing engine's input (filled whenever the code is known)
    QString usedOnSale; ///< Used: the sale's uuid …
    QString usedOnReceipt; ///< … its receipt number (as the till gave it) …
    QDateTime usedAt; ///< … and when

    bool ok() const { return reason == Reason::Valid; }
};

/// What redeem() is told by the till.
struct CouponRedemption
{
    QString code; ///< as typed or scanned (normalised here)
    QString saleUuid; ///< the sale it is used on
    QString receipt; ///< the sale's receipt number, for "already used on receipt …"
    Money discount; ///< what it took off (the pricing engine's CouponOutcome::amount), ≥ 0
    qint64 memberId = 0; ///< the member attached to the sale; 0: none
};

/// What redeem() did.
struct CouponRedeemed
{
    qint64 couponId = 0;
    QString code;
    bool alreadyRedeemed = false; ///< it was redeemed for this same sale before: nothing was written
};

/// Coupons at the till: check a code, redeem it once across every register, and give it back when the
/// sale is voided.
///
/// - check() reads only; the till offers a Valid check's `coupon` to the pricing engine.
/// - redeem() is one-time across registers: a conditional `UPDATE coupons … WHERE id = ? AND state =
///   'issued' RETURNING id`, never read-then-write. A second lane that read the coupon as unused waits
///   for the first's row lock, finds it changed, and gets Conflict ("used already on receipt …").
///   It joins the caller's Store::transaction (the till redeems inside the sale's transaction, so a sale
///   that rolls back gives its coupon back) or runs in its own. Redeeming the same coupon for the same
///   sale again is recognised (CouponRedeemed::alreadyRedeemed) and writes nothing.
/// - restore() (a void) appends a 'restore' row per coupon of the sale and makes it usable again.
/// Both need CouponPermissions::kRedeem, append to coupon_redemptions (append-only) and are audited
/// ("coupon.redeem", "coupon.restore"). Threading: the thread of the Services it belongs to.
class CouponService
{
public:
    /// The code's verdict at `now` for the sale's member (0: none). Fails only when the store cannot be read.
    Result<CouponCheck> check(const QString &code, const QDateTime &now, qint64 memberId = 0) const;

    /// Redeems at the clock's now. InvalidInput / NotFound / Conflict with check()'s message when the
    /// coupon cannot be used (Conflict when used already, also by a lane that won a race).
    Result<CouponRedeemed> redeem(const Session &actor, const CouponRedemption &redemption);

    /// Gives back every coupon the sale used (a void); how many. Zero when there were none, or when
    /// they were given back already.
    Result<int> restore(const Session &actor, const QString &saleUuid);

private:
    friend class MembersServices;
    CouponService(Services &core, CampaignService &campaigns);

    Result<CouponCheck> lookUp(const QString &code, const QDateTime &now, qint64 memberId) const;
    Result<CouponRedeemed> redeemChecked(
        const Session &actor, const CouponRedemption &redemption, const CouponCheck &checked);

    Services &m_core;
    CampaignService &m_campaigns;
};

} // namespace qtill::members
