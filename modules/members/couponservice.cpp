#include "couponservice.h"

#include "campaign.h"
#include "campaignservice.h"
#include "couponcode.h"

#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqldialect.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace qtill::members {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::members::CouponService", text);
}

using Reason = CouponCheck::Reason;

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString textOf(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString when(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// The verdict on the shape of the code alone; Valid when it is a well-formed code.
CouponCheck shapeOf(const QString &typed)
{
    CouponCheck check;
    const CouponCode::Parsed parsed = CouponCode::parse(typed);
    check.code = parsed.code;
    switch (parsed.problem) {
    case CouponCode::Problem::None:
        check.reason = Reason::Valid;
        break;
    case CouponCode::Problem::Empty:
        check.reason = Reason::NotACode;
        check.message = tr("Type or scan the coupon code.");
        break;
    case CouponCode::Problem::BadCharacter:
        check.reason = Reason::NotACode;
        check.message = tr("A coupon code has no \"%1\": check what was typed.").arg(parsed.badCharacter);
        break;
    case CouponCode::Problem::WrongLength:
        check.reason = Reason::NotACode;
        check.message = tr("A coupon code has %1 letters and digits; this has %2.")
                            .arg(CouponCode::kLength)
                            .arg(parsed.code.size());
        break;
    case CouponCode::Problem::CheckFailed:
        check.reason = Reason::Typo;
        check.message = tr("This code has a typing mistake: compare it with the coupon, letter by letter.");
        break;
    }
    return check;
}

/// The verdict for a known, unused-or-used coupon (check.coupon, memberId, … filled in).
void judge(CouponCheck &check, const QString &state, const Campaign &campaign, const QDateTime &now, qint64 memberId)
{
    const Coupon &c = check.coupon;
    auto set = [&](Reason reason, const QString &message) {
        check.reason = reason;
        check.message = message;
    };
    if (state == QLatin1String("cancelled"))
        set(Reason::Cancelled, tr("This coupon was cancelled."));
    else if (check.memberId != 0 && memberId == 0)
        set(Reason::MemberNeeded, tr("This coupon belongs to a member: attach the member to the sale first."));
    else if (check.memberId != 0 && memberId != check.memberId)
        set(Reason::OtherMember, tr("This coupon belongs to another member."));
    else if (state == QLatin1String("redeemed"))
        set(Reason::Used,
            check.usedOnReceipt.isEmpty() ? tr("This coupon was used already, on %1.").arg(when(check.usedAt))
                                          : tr("This coupon was used already, on receipt %1 at %2.")
                                                .arg(check.usedOnReceipt, when(check.usedAt)));
    else if (campaign.status != Campaign::Status::Active)
        set(Reason::CampaignStopped,
            tr("The campaign \"%1\" has been stopped: its coupons cannot be used.").arg(campaign.name));
    else if (c.validFrom.isValid() && now < c.validFrom)
        set(Reason::NotYetValid, tr("This coupon can be used from %1.").arg(when(c.validFrom)));
    else if (c.validUntil.isValid() && now >= c.validUntil)
        set(Reason::Expired, tr("This coupon expired on %1.").arg(when(c.validUntil)));
    else
        set(Reason::Valid, {});
}

Error errorFor(const CouponCheck &check)
{
    switch (check.reason) {
    case Reason::Unknown:
        return Error::notFound(check.message, check.code);
    case Reason::Used:
        return Error::conflict(check.message, QStringLiteral("%1 used on sale %2").arg(check.code, check.usedOnSale));
    default:
        return Error::invalidInput(check.message, check.code);
    }
}

Status checkDiscount(const Money &discount, const Currency &currency)
{
    if (!discount.hasCurrency() || discount.currency() != currency || discount.isNegative())
        return Error::invalidInput(tr("The coupon's discount must be zero or more, in %1.").arg(currency.code()));
    return {};
}

} // namespace

CouponService::CouponService(Services &core, CampaignService &campaigns) : m_core(core), m_campaigns(campaigns) { }

Result<CouponCheck> CouponService::check(const QString &code, const QDateTime &now, qint64 memberId) const
{
    return lookUp(code, now, memberId);
}

Result<CouponCheck> CouponService::lookUp(const QString &typed, const QDateTime &now, qint64 memberId) const
{
    CouponCheck check = shapeOf(typed);
    if (!check.ok())
        return check;
    Store &store = m_core.store();
    const QString failed = tr("The coupon could not be read.");
    auto q = store.exec(
        QStringLiteral("SELECT id, campaign_id, member_id, valid_from, valid_until, state, sale_uuid FROM coupons"
                       " WHERE code = ?"),
        {check.code}, failed);
    if (!q)
        return q.error();
    if (!q->next()) {
        check.reason = Reason::Unknown;
        check.message = tr("No coupon has the code %1.").arg(CouponCode::grouped(check.code));
        return check;
    }
    check.couponId = q->value(0).toLongLong();
    check.campaignId = q->value(1).toLongLong();
    check.memberId = q->value(2).toLongLong();
    const QString state = q->value(5).toString();
    check.usedOnSale = q->value(6).toString();
    auto campaign = m_campaigns.campaign(check.campaignId);
    if (!campaign)
        return campaign.error();
    check.coupon = campaign->toPricingCoupon(
        check.code, parseStoredTime(q->value(3).toString()), parseStoredTime(q->value(4).toString()));
    if (state == QLatin1String("redeemed")) {
        auto used = store.exec(
            QStringLiteral("SELECT receipt, at FROM coupon_redemptions WHERE coupon_id = ? AND sale_uuid = ?"
                           " AND action = 'redeem' ORDER BY id DESC LIMIT 1"),
            {check.couponId, check.usedOnSale}, failed);
        if (!used)
            return used.error();
        if (used->next()) {
            check.usedOnReceipt = used->value(0).toString();
            check.usedAt = parseStoredTime(used->value(1).toString());
        }
    }
    judge(check, state, *campaign, now, memberId);
    return check;
}

Result<CouponRedeemed> CouponService::redeem(const Session &actor, const CouponRedemption &redemption)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kRedeem); !allowed)
        return allowed.error();
    if (redemption.saleUuid.trimmed().isEmpty())
        return Error::invalidInput(tr("A coupon is redeemed on a sale: the sale is missing."));
    if (Status ok = checkDiscount(redemption.discount, m_core.storeProfile().currency()); !ok)
        return ok.error();
    CouponRedeemed out;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto checked = lookUp(redemption.code, m_core.clock().now(), redemption.memberId);
        if (!checked)
            return checked.error();
        if (checked->reason == Reason::Used && checked->usedOnSale == redemption.saleUuid) {
            out = CouponRedeemed {checked->couponId, checked->code, true};
            return {};
        }
        if (!checked->ok())
            return errorFor(*checked);
        auto redeemed = redeemChecked(actor, redemption, *checked);
        if (!redeemed)
            return redeemed.error();
        out = *redeemed;
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

Result<CouponRedeemed> CouponService::redeemChecked(
    const Session &actor, const CouponRedemption &redemption, const CouponCheck &checked)
{
    Store &store = m_core.store();
    const QString failed = tr("The coupon could not be redeemed.");
    auto won = store.exec(
        QStringLiteral("UPDATE coupons SET state = 'redeemed', sale_uuid = ? WHERE id = ? AND state = 'issued'"
                       " RETURNING id"),
        {redemption.saleUuid, checked.couponId}, failed);
    if (!won)
        return won.error();
    if (!won->next()) {
        // Another lane redeemed it after we read it (PostgreSQL: we waited for its row lock).
        auto again = lookUp(checked.code, m_core.clock().now(), redemption.memberId);
        if (!again)
            return again.error();
        if (again->reason == Reason::Used && again->usedOnSale == redemption.saleUuid)
            return CouponRedeemed {checked.couponId, checked.code, true};
        return again->ok() ? Error::conflict(failed, QStringLiteral("state changed under us")) : errorFor(*again);
    }
    auto row = store.exec(
        QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, action, sale_uuid, receipt, register_id,"
                       " operator_id, currency, discount, at) VALUES (?, 'redeem', ?, ?, ?, ?, ?, ?, ?)"),
        {checked.couponId, redemption.saleUuid, textOf(redemption.receipt), m_core.storeProfile().registerId(),
            qint64(actor.auditActor().value()), redemption.discount.currency().code(),
            qint64(redemption.discount.minor()), storedTime(m_core.clock().now())},
        failed);
    if (!row)
        return row.error();
    auto audited = m_core.auditLog().append(AuditRecord {actor.auditActor(), actor.auditApprover(),
        QStringLiteral("coupon.redeem"), QStringLiteral("coupon:%1").arg(checked.code), AuditOutcome::kOk,
        QStringLiteral("sale %1 receipt %2 discount %3")
            .arg(redemption.saleUuid, redemption.receipt, redemption.discount.toPlainString())});
    if (!audited)
        return audited.error();
    return CouponRedeemed {checked.couponId, checked.code, false};
}

Result<int> CouponService::restore(const Session &actor, const QString &saleUuid)
{
    if (Status allowed = m_core.permissions().require(actor, CouponPermissions::kRedeem); !allowed)
        return allowed.error();
    Store &store = m_core.store();
    const QString failed = tr("The sale's coupons could not be given back.");
    int restored = 0;
    const Status done = store.transaction([&]() -> Status {
        restored = 0;
        QStringList codes;
        auto back = store.exec(QStringLiteral("UPDATE coupons SET state = 'issued', sale_uuid = NULL"
                                              " WHERE sale_uuid = ? AND state = 'redeemed' RETURNING id, code"),
            {saleUuid}, failed);
        if (!back)
            return back.error();
        QList<qint64> ids;
        while (back->next()) {
            ids << back->value(0).toLongLong();
            codes << back->value(1).toString();
        }
        for (qint64 id : std::as_const(ids)) {
            // The restoration mirrors the redemption it undoes (same discount, so the report nets to zero).
            auto row = store.exec(
                QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, action, sale_uuid, receipt, register_id,"
                               " operator_id, currency, discount, at)"
                               " SELECT coupon_id, 'restore', sale_uuid, receipt, ?, ?, currency, discount, ?"
                               " FROM coupon_redemptions WHERE id = (SELECT MAX(id) FROM coupon_redemptions"
                               " WHERE coupon_id = ? AND sale_uuid = ? AND action = 'redeem')"),
                {m_core.storeProfile().registerId(), qint64(actor.auditActor().value()),
                    storedTime(m_core.clock().now()), id, saleUuid},
                failed);
            if (!row)
                return row.error();
        }
        restored = int(ids.size());
        if (restored == 0)
            return {};
        codes.sort();
        auto audited = m_core.auditLog().append(
            AuditRecord {actor.auditActor(), actor.auditApprover(), QStringLiteral("coupon.restore"),
                QStringLiteral("sale:%1").arg(saleUuid), AuditOutcome::kOk, codes.join(QStringLiteral(", "))});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return restored;
}

} // namespace qtill::members
