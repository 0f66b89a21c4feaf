#pragma once

#include "member.h"

#include "inventory/inventoryids.h"

#include "core/money.h"
#include "core/result.h"
#include "core/settings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::members {

class MemberService;

/// Why points moved. Stable keys stored in points_ledger.kind.
namespace PointsKind {
inline const QString kEarn = QStringLiteral("earn");              ///< (+) on what a sale paid
inline const QString kRedeem = QStringLiteral("redeem");          ///< (−) paid a sale as a tender
inline const QString kVoidEarn = QStringLiteral("void_earn");     ///< (−) a voided sale's points taken back
inline const QString kRefundEarn = QStringLiteral("refund_earn"); ///< (−) a refund's share taken back
inline const QString kRestore = QStringLiteral("restore");        ///< (+) redeemed points given back (void, refund)
inline const QString kBonus = QStringLiteral("bonus");            ///< (+) a recharge rule's bonus
inline const QString kBonusReversal = QStringLiteral("bonus_reversal"); ///< (−) a reversed top-up's bonus
inline const QString kAdjust = QStringLiteral("adjust");          ///< (±) by hand, with a note
inline const QString kExpire = QStringLiteral("expire");          ///< (−) expired (see PointsLedger)
} // namespace PointsKind

/// One line of a sale as the points step sees it: what the customer paid for it (net, after every
/// discount) and the product's categories (ancestors too) for the exclusions.
struct PointsLine
{
    Money paid;
    QList<inventory::CategoryId> categories;
};

/// Points to earn on a sale.
struct EarnRequest
{
    QString uuid;                 ///< this posting's id (idempotent: posting it again returns the first)
    MemberId member;
    QString reference;            ///< the sale's uuid
    QList<PointsLine> lines;
    QList<inventory::CategoryId> excludedCategories; ///< lines in any of these earn nothing
    int multiplierPercent = 100;  ///< a coupon's points multiplier (200 = double points)
};

/// A posted ledger row.
struct PointsPosting
{
    QString uuid;
    QString kind;
    qint64 points = 0;            ///< signed; 0 when nothing was due (no row written)
    qint64 balanceAfter = 0;
    Money paid;                   ///< earn: the amount earned on; redeem: the money the points paid
    qint64 shortfall = 0;         ///< points that could not be taken back (already spent); audited
    bool alreadyPosted = false;   ///< the uuid was posted before: nothing written now
};

/// What verify() found.
struct LedgerCheck
{
    bool ok = true;
    qint64 membersChecked = 0;
    QStringList problems;         ///< one line per member whose balance is not the sum of its rows
};

/// The points ledger: points change only by appending rows to points_ledger (append-only), and the
/// member's balance (member_balances.points) changes in the same transaction by a conditional
/// `UPDATE … SET points = points + ? WHERE … AND points + ? >= 0`: never read-then-write, so two lanes never
/// overdraw it, and a balance never goes negative (a clear Conflict instead).
///
/// - Earning: floor(paid × tier points rate × multiplier), paid = Σ the lines not in an excluded category
///   (fen: points per ¥1 × fen ÷ 100). The earn row keeps the paid amount, so refunds and tier reviews know it.
/// - Redeeming is a tender: setting members/pointsPerYuan (default 100 points = ¥1); any amount up to the
///   balance (partial redemption); the points needed are rounded up to whole points.
/// - Void: every point the sale earned is taken back and every point it redeemed is given back.
/// - Refund: the earned points are taken back in proportion to the paid amount refunded so far, computed
///   on the running total (round(earned × refunded ÷ paid) minus what earlier refunds took), so repeated
///   partial refunds never take back more than was earned and a full refund takes back exactly all.
/// - When the member spent the points already, what is left is taken and the rest is reported as
///   PointsPosting::shortfall and audited ("points.shortfall") — the balance never goes negative.
/// - Expiry: points expire at the end of the calendar year after the one they were earned in (earned in
///   2026 → usable until 2027-12-31). Spending uses the oldest points first, so expire(now) posts, per
///   member, Σ points with an expiry before today minus every point already spent, expired or taken back.
/// - Every write has an idempotency uuid; each joins the caller's transaction (the till posts in the sale's)
///   or runs in its own.
/// Built only by MembersServices. Threading: that of the Services.
class PointsLedger
{
public:
    /// Store setting: how many points pay ¥1 (100 fen). Default 100.
    static const Setting<int> kPointsPerYuan;

    Result<PointsPosting> earn(const Session &session, const EarnRequest &request);
    /// Pays `amount` with points (its points rounded up). Conflict when the balance is short, naming it.
    Result<PointsPosting> redeem(const Session &session, const QString &uuid, MemberId member, const QString &reference,
                                 const Money &amount);
    /// Undoes a voided sale: takes back what it earned, gives back what it redeemed (two rows at most, their
    /// uuids `uuid` + ":earn" / ":redeem"). Returns the earn side (points 0 when none).
    Result<PointsPosting> reverseSale(const Session &session, const QString &uuid, MemberId member,
                                      const QString &reference);
    /// Takes back the share of a refund: `refundedPaid` of what the sale's earn rows were earned on.
    Result<PointsPosting> reverseRefund(const Session &session, const QString &uuid, MemberId member,
                                        const QString &reference, const Money &refundedPaid);
    /// Gives back points redeemed on `reference` worth `amount` (a refund of the points tender), at most
    /// what the sale redeemed and has not been given back yet.
    Result<PointsPosting> restore(const Session &session, const QString &uuid, MemberId member,
                                  const QString &reference, const Money &amount);
    /// A recharge bonus (kBonus) or its reversal (kBonusReversal, taking what is left): no permission of its
    /// own (StoredValueService checks the top-up's).
    Result<PointsPosting> postBonus(const Session &session, const QString &uuid, MemberId member,
                                    const QString &reference, qint64 points);
    /// By hand (members.adjustPoints), with a note; audited.
    Result<PointsPosting> adjust(const Session &session, const QString &uuid, MemberId member, qint64 points,
                                 const QString &note);
    /// Posts the expiry rows due at `now` (one per member, uuid "expire:<member>:<date>", so running it twice
    /// a day posts once). Returns the points expired in all.
    Result<qint64> expire(const QDateTime &now);

    /// The balance.
    Result<qint64> balance(MemberId member) const;
    /// The money `points` pay (rounded down to the fen), and the points `amount` needs (rounded up).
    Money valueOf(qint64 points) const;
    qint64 pointsFor(const Money &amount) const;
    /// The last day points earned on `earnedOn` can be used.
    static QDate expiryOf(const QDate &earnedOn);
    /// Every member's balance equals the sum of its rows and its last row's balance_after.
    Result<LedgerCheck> verify() const;

private:
    friend class MembersServices;
    PointsLedger(Services &core, MemberService &members);

    struct Row
    {
        QString uuid;
        MemberId member;
        QString kind;
        qint64 points = 0;
        qint64 paidFen = 0;
        QString reference;
        QString note;
    };
    /// Appends `row` and moves the balance: Conflict when it would go negative (nothing written).
    Result<PointsPosting> post(const Session &session, const Row &row);
    Result<std::optional<PointsPosting>> posted(const QString &uuid) const;
    Result<qint64> tierRate(MemberId member) const;
    /// Sums of `kinds`' points and paid_fen for a sale.
    Result<std::pair<qint64, qint64>> sums(MemberId member, const QString &reference, const QStringList &kinds) const;
    Result<PointsPosting> takeBack(const Session &session, const Row &row);

    Services &m_core;
    Store &m_store;
    MemberService &m_members;
};

} // namespace qtill::members
