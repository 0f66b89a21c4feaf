#pragma once

#include "member.h"
#include "pointsledger.h"

#include "core/documentnumbers.h"
#include "core/money.h"
#include "core/result.h"
#include "core/settings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::members {

class MemberService;
class TierService;

/// Why stored value moved. Stable keys stored in stored_value_ledger.kind.
namespace StoredValueKind {
inline const QString kTopUp = QStringLiteral("topup");               ///< (+) money paid in
inline const QString kBonus = QStringLiteral("bonus");               ///< (+) a recharge rule's bonus, at once
inline const QString kBonusRelease = QStringLiteral("bonus_release"); ///< (+) one month of a spread bonus
inline const QString kTopUpReversal = QStringLiteral("topup_reversal"); ///< (−) a top-up and its bonus taken back
inline const QString kPayment = QStringLiteral("payment");           ///< (−) paid a sale
inline const QString kChange = QStringLiteral("change");             ///< (+) a sale's change kept as balance
inline const QString kRefund = QStringLiteral("refund");             ///< (+) refunded to the balance
inline const QString kVoid = QStringLiteral("void");                 ///< (+) a voided sale's payment given back
} // namespace StoredValueKind

/// The register journal's kinds for stored value: money taken or given back at the register that is not a
/// sale (amount 0 on the grand total; the payload carries the amounts).
namespace MemberJournalKind {
inline const QString kTopUp = QStringLiteral("member_topup");
inline const QString kTopUpReversal = QStringLiteral("member_topup_reversal");
} // namespace MemberJournalKind

/// 充200送50: a top-up of at least `threshold` gets `bonus` stored value and `bonusPoints`; with
/// `spreadMonths` > 0 the bonus balance comes in that many monthly parts (the first at once).
struct RechargeRule
{
    qint64 id = 0;
    QString name;
    Money threshold;
    Money bonus;
    qint64 bonusPoints = 0;
    int spreadMonths = 0;
    bool active = true;
};

/// A top-up to book.
struct TopUpRequest
{
    QString uuid;               ///< client-made; a retry returns the booked top-up
    MemberId member;
    Money paid;                 ///< what the customer paid (> 0)
    QString tender;             ///< how: "cash", "wechat", "alipay", "card" … (free text, shown on reports)
};

/// A booked top-up.
struct TopUp
{
    QString uuid;
    QString number;             ///< "SV-R01-00000012"
    MemberId member;
    Money paid;
    QString tender;
    qint64 ruleId = 0;          ///< 0: no rule matched
    Money bonus;                ///< the whole bonus (at once or spread)
    qint64 bonusPoints = 0;
    Money balanceAfter;
    bool alreadyBooked = false;
    /// Coupon campaigns the rule gives (a TODO of the coupons work: always empty for now).
    QStringList couponCampaigns;
};

/// A payment from, or a credit to, the balance.
struct StoredValueRequest
{
    QString uuid;
    MemberId member;
    QString reference;          ///< the sale's / refund's uuid
    Money amount;               ///< > 0
    QString confirmationCode;   ///< the member's code, for a payment above the limit
};

/// A posted stored-value row.
struct StoredValuePosting
{
    QString uuid;
    QString kind;
    Money amount;               ///< signed
    Money balanceAfter;
    bool alreadyPosted = false;
};

/// Stored value (储值): top-ups with recharge bonus rules, payments from the balance, change and refunds into
/// it, reversals, scheduled bonus releases, the store's outstanding liability and the ledger check.
///
/// - The balance (member_balances.stored_fen) changes only with a row of the append-only stored_value_ledger,
///   in one transaction, by a conditional `UPDATE … SET stored_fen = stored_fen + ? WHERE … AND stored_fen + ? >= 0
///   RETURNING stored_fen`: never read-then-write, so two lanes paying from one balance at once on PostgreSQL
///   cannot both take it (the second waits for the first's row lock, re-checks and gets Conflict).
/// - A payment above members/storedValueConfirmAboveFen (default ¥500), and reversing a top-up above
///   members/topUpReversalConfirmAboveFen (default ¥500), needs the member's confirmation code or an operator
///   holding members.approveStoredValue (a supervisor, or a cashier on a supervisor's override: both recorded).
/// - Top-ups and their reversals are money at the register: each appends a journal record (kinds above) in its
///   transaction, with a document number "SV-R01-…", and an audit row.
/// - Tier: a top-up reviews the member's tier (a rule may be "a single top-up of at least X").
/// Every write takes an idempotency uuid and joins the caller's transaction (the till pays in the sale's).
/// Built only by MembersServices. Threading: that of the Services.
class StoredValueService
{
public:
    static const Setting<qint64> kConfirmAboveFen;
    static const Setting<qint64> kReversalConfirmAboveFen;
    static const DocumentKind kTopUpNumbers;

    /// Recharge rules, by threshold. saveRule: members.manage, audited; id 0 adds one.
    Result<QList<RechargeRule>> rules() const;
    Result<RechargeRule> saveRule(const Session &session, const RechargeRule &rule);

    /// Books a top-up (members.topUp) with the best active rule it reaches (the highest threshold ≤ paid).
    Result<TopUp> topUp(const Session &session, const TopUpRequest &request);
    /// Takes a top-up back with its bonus (members.reverseTopUp; above the limit also the member's code or an
    /// approver): the paid amount and the bonus released so far leave the balance, unreleased months are
    /// cancelled, bonus points are taken back (what is left of them). Conflict when the balance no longer
    /// holds it (the member spent it) or it was reversed already.
    Result<StoredValuePosting> reverseTopUp(const Session &session, const QString &uuid, const QString &topUpUuid,
                                            const QString &confirmationCode, const QString &reason);

    /// Pays a sale from the balance. Conflict when the balance is short (naming it); PermissionDenied above
    /// the limit without the member's code or an approver.
    Result<StoredValuePosting> pay(const Session &session, const StoredValueRequest &request);
    /// Credits the balance: a sale's change (kChange), a refund (kRefund) or a voided payment (kVoid).
    Result<StoredValuePosting> credit(const Session &session, const QString &kind, const StoredValueRequest &request);

    /// Posts every spread-bonus month due by `now` (each once, even from two lanes); how many.
    Result<int> releaseDue(const QDateTime &now);

    Result<Money> balance(MemberId member) const;
    /// The store's outstanding liability: every member's balance added up.
    Result<Money> liability() const;
    /// The booked top-up with this uuid, if any.
    Result<std::optional<TopUp>> topUpByUuid(const QString &uuid) const;
    /// Every member's balance equals the sum of its rows and its last row's balance_after.
    Result<LedgerCheck> verify() const;

private:
    friend class MembersServices;
    StoredValueService(Services &core, MemberService &members, PointsLedger &points, TierService &tiers);

    struct Row
    {
        QString uuid;
        MemberId member;
        QString kind;
        qint64 fen = 0;
        QString reference;
        QString tender;
        QString note;
    };
    Result<StoredValuePosting> post(const Session &session, const Row &row);
    Result<std::optional<StoredValuePosting>> posted(const QString &uuid) const;
    Status confirm(const Session &session, MemberId member, qint64 fen, qint64 limit, const QString &code) const;
    Result<std::optional<RechargeRule>> ruleFor(const Money &paid) const;
    Status bookTopUp(const Session &session, const TopUpRequest &request, TopUp &booked);
    Status scheduleBonus(const Session &session, qint64 topUpId, const TopUp &booked, int months);
    Status journal(const Session &session, const QString &kind, const QString &uuid, const QString &document,
                   const QJsonObject &payload);
    /// What reverseTopUp took back, for the rest of its bookkeeping.
    struct ReversedTopUp
    {
        qint64 id = 0;
        QString uuid;
        MemberId member;
        QString number;
        qint64 fen = 0;
    };
    Status finishReversal(const Session &session, const QString &uuid, const ReversedTopUp &topUp, const QString &reason);
    Result<int> releaseOne(qint64 releaseId, MemberId member, qint64 fen, const QString &topUpUuid);
    Money money(qint64 fen) const;

    Services &m_core;
    Store &m_store;
    MemberService &m_members;
    PointsLedger &m_points;
    TierService &m_tiers;
};

} // namespace qtill::members
