#pragma once

#include "member.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::members {

/// A member tier (普通会员, 银卡, 金卡 …) and the rule that earns it. A member qualifies for a tier when ANY
/// of its thresholds that is set (> 0) is reached within the last `windowDays` days: the spend (what the
/// points ledger's earn rows were earned on, less refunds and voids), the points earned, or one single
/// top-up of at least `upgradeTopUpFen` (not reversed). The tier of rank 0 is the base: no rule, always met.
struct Tier
{
    TierId id;
    QString code;                 ///< short and stable ("gold")
    QString name;                 ///< shown to people ("金卡会员")
    int rank = 0;                 ///< higher is better; unique; 0 is the base tier
    int discountBp = 0;           ///< member discount in basis points (500 = 5 % off), applied by pricing
    qint64 pointsPerYuan = 1;     ///< points earned per ¥1 paid
    int windowDays = 365;         ///< the period the rule looks back over
    qint64 upgradeSpendFen = 0;   ///< spend within the window (0: not a rule)
    qint64 upgradePoints = 0;     ///< points earned within the window (0: not a rule)
    qint64 upgradeTopUpFen = 0;   ///< a single top-up of at least this within the window (0: not a rule)

    bool hasRule() const { return upgradeSpendFen > 0 || upgradePoints > 0 || upgradeTopUpFen > 0; }
};

/// What review() did.
struct TierMove
{
    TierId from;
    TierId to;
    QString fromName;
    QString toName;
    bool moved() const { return from != to; }
};

/// Tiers and the review that moves members between them: review() puts a member in the best tier whose
/// rule they meet now, which upgrades and downgrades alike (a tier whose rule is no longer met is left at
/// the next review). Moves are audited ("member.tier", from → to); a member moved by hand with
/// MemberService::update is moved back by the next review if the rules say so.
/// Built only by MembersServices. Threading: that of the Services.
class TierService
{
public:
    /// Every tier, base first (by rank).
    Result<QList<Tier>> tiers() const;
    /// NotFound for an unknown code.
    Result<Tier> tier(const QString &code) const;
    /// Adds (id invalid) or changes a tier (members.manage; audited "member.tierRule"). InvalidInput for an
    /// empty code or name, a discount outside 0–100 %, a negative rate, a rule on rank 0 or none above it;
    /// Conflict for a code or rank in use.
    Result<Tier> save(const Session &session, const Tier &tier);

    /// Whether `member` meets `tier`'s rule at `now`.
    Result<bool> qualifies(MemberId member, const Tier &tier, const QDateTime &now) const;
    /// Moves `member` to the best tier they qualify for at `now` (session: who asked; an invalid session is
    /// the system). Erased members stay where they are.
    Result<TierMove> review(const Session &session, MemberId member, const QDateTime &now);
    /// review() for every member; how many moved.
    Result<int> reviewAll(const Session &session, const QDateTime &now);

private:
    friend class MembersServices;
    explicit TierService(Services &core);

    Result<qint64> windowSum(MemberId member, const QString &column, const QDateTime &since) const;
    Result<qint64> largestTopUp(MemberId member, const QDateTime &since) const;

    Services &m_core;
    Store &m_store;
};

} // namespace qtill::members
