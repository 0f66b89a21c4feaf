#include "pointsledger.h"

#include "memberservice.h"
#include "membersmodule.h"

#include "core/auditlog.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace qtill::members {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::PointsLedger", source);
}

__extension__ typedef __int128 Wide;

/// round(value × numerator ÷ denominator), half up, for non-negative values (no overflow on the way).
qint64 scaledHalfUp(qint64 value, qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    const Wide product = Wide(value) * numerator;
    return qint64((product * 2 + denominator) / (Wide(denominator) * 2));
}

QString pointsText(qint64 points)
{
    return QLocale().toString(points);
}

} // namespace

const Setting<int> PointsLedger::kPointsPerYuan{"members/pointsPerYuan", 100};

PointsLedger::PointsLedger(Services &core, MemberService &members)
    : m_core(core), m_store(core.store()), m_members(members)
{
}

QDate PointsLedger::expiryOf(const QDate &earnedOn)
{
    return QDate(earnedOn.year() + 1, 12, 31);
}

Money PointsLedger::valueOf(qint64 points) const
{
    const qint64 perYuan = std::max(1, kPointsPerYuan.get(m_core.settings()));
    return Money::fromMinor(qint64(Wide(points) * 100 / perYuan), m_core.storeProfile().currency());
}

qint64 PointsLedger::pointsFor(const Money &amount) const
{
    const qint64 perYuan = std::max(1, kPointsPerYuan.get(m_core.settings()));
    return qint64((Wide(amount.minor()) * perYuan + 99) / 100);
}

Result<qint64> PointsLedger::balance(MemberId member) const
{
    auto q = m_store.exec(QStringLiteral("SELECT points FROM member_balances WHERE member_id = ?"),
                          {idValue(member.value())}, tr("The points could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("This member does not exist."));
    return q->value(0).toLongLong();
}

Result<std::optional<PointsPosting>> PointsLedger::posted(const QString &uuid) const
{
    auto q = m_store.exec(QStringLiteral("SELECT kind, points, balance_after, paid_fen FROM points_ledger WHERE uuid = ?"),
                          {uuid}, tr("The points could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PointsPosting>();
    const Currency currency = m_core.storeProfile().currency();
    return std::optional<PointsPosting>(PointsPosting{uuid, q->value(0).toString(), q->value(1).toLongLong(),
                                                      q->value(2).toLongLong(),
                                                      Money::fromMinor(q->value(3).toLongLong(), currency), 0, true});
}

Result<PointsPosting> PointsLedger::post(const Session &session, const Row &row)
{
    if (row.uuid.trimmed().isEmpty())
        return Error::invalidInput(tr("The points could not be posted."), QStringLiteral("posting without a uuid"));
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto before = posted(row.uuid);
        if (!before)
            return before.error();
        if (*before) {
            result = **before;
            return {};
        }
        // The conditional update is the guard: it changes the row only when the balance stays ≥ 0, and on
        // PostgreSQL holds the row until the transaction ends, so a second lane waits and re-checks.
        auto moved = m_store.exec(QStringLiteral("UPDATE member_balances SET points = points + ?"
                                                 " WHERE member_id = ? AND points + ? >= 0 RETURNING points"),
                                  {row.points, idValue(row.member.value()), row.points}, tr("The points could not be saved."));
        if (!moved)
            return moved.error();
        if (!moved->next()) {
            auto have = balance(row.member);
            if (!have)
                return have.error();
            return Error::conflict(tr("Not enough points: the member has %1, this needs %2.")
                                       .arg(pointsText(*have), pointsText(-row.points)));
        }
        const qint64 after = moved->value(0).toLongLong();
        const QDateTime now = m_store.clock().now();
        const QDate today = m_core.storeProfile().businessDate(now);
        auto inserted = m_store.exec(
            QStringLiteral("INSERT INTO points_ledger (uuid, member_id, kind, points, balance_after, paid_fen, reference,"
                           " expires_on, operator_id, approver_id, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {row.uuid, idValue(row.member.value()), row.kind, row.points, after, row.paidFen, text(row.reference),
             row.points > 0 ? QVariant(expiryOf(today).toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
             optionalId(session.auditActor().value()), optionalId(session.auditApprover().value()), storedTime(now),
             text(row.note)},
            tr("The points could not be saved."));
        if (!inserted)
            return inserted.error();
        result = PointsPosting{row.uuid, row.kind, row.points, after,
                               Money::fromMinor(row.paidFen, m_core.storeProfile().currency()), 0, false};
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<PointsPosting> PointsLedger::takeBack(const Session &session, const Row &row)
{
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto before = posted(row.uuid);
        if (!before)
            return before.error();
        if (*before) {
            result = **before;
            return {};
        }
        auto q = m_store.exec(QStringLiteral("SELECT points FROM member_balances WHERE member_id = ?") + m_store.dialect().forUpdate(),
                              {idValue(row.member.value())}, tr("The points could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(tr("This member does not exist."));
        const qint64 wanted = -row.points;
        const qint64 taken = std::min(wanted, q->value(0).toLongLong());
        Row capped = row;
        capped.points = -taken;
        if (capped.points == 0 && capped.paidFen == 0)
            result = PointsPosting{row.uuid, row.kind, 0, q->value(0).toLongLong(), {}, 0, false};
        else if (auto posting = post(session, capped); posting)
            result = *posting;
        else
            return posting.error();
        result.shortfall = wanted - taken;
        if (result.shortfall <= 0)
            return {};
        auto audited = m_core.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("points.shortfall"),
                        QStringLiteral("member:%1").arg(row.member.value()), AuditOutcome::kOk,
                        QStringLiteral("%1 %2: %3 points already spent").arg(row.kind, row.reference).arg(result.shortfall)});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return result;
}

Result<qint64> PointsLedger::tierRate(MemberId member) const
{
    auto q = m_store.exec(QStringLiteral("SELECT t.points_per_yuan, m.erased FROM members m"
                                         " JOIN member_tiers t ON t.id = m.tier_id WHERE m.id = ?"),
                          {idValue(member.value())}, tr("The points could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("This member does not exist."));
    return q->value(1).toLongLong() != 0 ? 0 : q->value(0).toLongLong();
}

Result<PointsPosting> PointsLedger::earn(const Session &session, const EarnRequest &request)
{
    if (request.multiplierPercent < 0)
        return Error::invalidInput(tr("The points could not be posted."), QStringLiteral("negative multiplier"));
    qint64 paid = 0;
    for (const PointsLine &line : request.lines) {
        const bool excluded = std::any_of(line.categories.begin(), line.categories.end(), [&](inventory::CategoryId c) {
            return request.excludedCategories.contains(c);
        });
        if (line.paid.isNegative())
            return Error::invalidInput(tr("The points could not be posted."), QStringLiteral("negative line amount"));
        if (!excluded)
            paid += line.paid.minor();
    }
    auto rate = tierRate(request.member);
    if (!rate)
        return rate.error();
    // points per ¥1 × fen ÷ 100 × multiplier ÷ 100, rounded down (a point is earned, never rounded up).
    const qint64 points = qint64(Wide(paid) * *rate * request.multiplierPercent / 10000);
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        if (Status seen = m_members.recordVisit(request.member, m_store.clock().now()); !seen)
            return seen;
        if (paid == 0 && points == 0) {
            result = PointsPosting{request.uuid, PointsKind::kEarn, 0, 0, {}, 0, false};
            return {};
        }
        // A sale earns once: a second posting for it under another uuid is refused (a retry uses the same).
        auto earlier = m_store.exec(QStringLiteral("SELECT uuid FROM points_ledger WHERE member_id = ? AND reference = ?"
                                                   " AND kind = ? AND uuid <> ?"),
                                    {idValue(request.member.value()), request.reference, PointsKind::kEarn, request.uuid},
                                    tr("The points could not be read."));
        if (!earlier)
            return earlier.error();
        if (!request.reference.isEmpty() && earlier->next())
            return Error::conflict(tr("This sale has earned its points already."),
                                   QStringLiteral("earn for %1 posted as %2").arg(request.reference, earlier->value(0).toString()));
        auto posting = post(session, Row{request.uuid, request.member, PointsKind::kEarn, points, paid, request.reference, {}});
        if (!posting)
            return posting.error();
        result = *posting;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<PointsPosting> PointsLedger::redeem(const Session &session, const QString &uuid, MemberId member,
                                           const QString &reference, const Money &amount)
{
    if (!amount.isPositive())
        return Error::invalidInput(tr("Say how much to pay with points."));
    const qint64 points = pointsFor(amount);
    auto posting = post(session, Row{uuid, member, PointsKind::kRedeem, -points, 0, reference, {}});
    if (posting && !posting->alreadyPosted)
        posting->paid = amount;
    return posting;
}

Result<std::pair<qint64, qint64>> PointsLedger::sums(MemberId member, const QString &reference,
                                                     const QStringList &kinds) const
{
    const SqlDialect &d = m_store.dialect();
    QVariantList values{idValue(member.value()), reference};
    for (const QString &kind : kinds)
        values << kind;
    auto q = m_store.exec(QStringLiteral("SELECT %1, %2 FROM points_ledger WHERE member_id = ? AND reference = ? AND kind IN (%3)")
                              .arg(d.integerSum(QStringLiteral("points")), d.integerSum(QStringLiteral("paid_fen")),
                                   Store::bindMarks(kinds.size())),
                          values, tr("The points could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair<qint64, qint64>{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Result<PointsPosting> PointsLedger::reverseSale(const Session &session, const QString &uuid, MemberId member,
                                                const QString &reference)
{
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto earned = sums(member, reference, {PointsKind::kEarn, PointsKind::kRefundEarn, PointsKind::kVoidEarn});
        if (!earned)
            return earned.error();
        auto back = takeBack(session, Row{uuid + QStringLiteral(":earn"), member, PointsKind::kVoidEarn, -earned->first,
                                          -earned->second, reference, {}});
        if (!back)
            return back.error();
        result = *back;
        auto redeemed = sums(member, reference, {PointsKind::kRedeem, PointsKind::kRestore});
        if (!redeemed)
            return redeemed.error();
        if (redeemed->first >= 0)
            return {};
        auto given = post(session, Row{uuid + QStringLiteral(":redeem"), member, PointsKind::kRestore,
                                       -redeemed->first, 0, reference, {}});
        return given ? Status() : Status(given.error());
    });
    if (!done)
        return done.error();
    return result;
}

Result<PointsPosting> PointsLedger::reverseRefund(const Session &session, const QString &uuid, MemberId member,
                                                  const QString &reference, const Money &refundedPaid)
{
    if (refundedPaid.isNegative())
        return Error::invalidInput(tr("The points could not be posted."), QStringLiteral("negative refund"));
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        if (auto before = posted(uuid); !before || *before) {
            if (!before)
                return before.error();
            result = **before;
            return {};
        }
        auto earned = sums(member, reference, {PointsKind::kEarn});
        auto refunded = sums(member, reference, {PointsKind::kRefundEarn});
        auto voided = sums(member, reference, {PointsKind::kVoidEarn});
        if (!earned || !refunded || !voided)
            return (!earned ? earned : !refunded ? refunded : voided).error();
        if (voided->first != 0 || voided->second != 0 || earned->second <= 0) {
            result = PointsPosting{uuid, PointsKind::kRefundEarn, 0, 0, {}, 0, false};
            return {};
        }
        // On running totals: what all refunds so far should have taken, less what they took.
        const qint64 refundedBefore = -refunded->second;
        const qint64 refundedNow = std::min(earned->second, refundedBefore + refundedPaid.minor());
        const qint64 target = scaledHalfUp(earned->first, refundedNow, earned->second);
        const qint64 take = std::max<qint64>(0, target + refunded->first);
        auto back = takeBack(session, Row{uuid, member, PointsKind::kRefundEarn, -take, -(refundedNow - refundedBefore),
                                          reference, {}});
        if (!back)
            return back.error();
        result = *back;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<PointsPosting> PointsLedger::restore(const Session &session, const QString &uuid, MemberId member,
                                            const QString &reference, const Money &amount)
{
    if (!amount.isPositive())
        return Error::invalidInput(tr("The points could not be posted."), QStringLiteral("restore without an amount"));
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto redeemed = sums(member, reference, {PointsKind::kRedeem, PointsKind::kRestore});
        if (!redeemed)
            return redeemed.error();
        const qint64 points = std::min(pointsFor(amount), -redeemed->first);
        if (points <= 0)
            return Error::conflict(tr("No points paid for this sale are left to give back."));
        auto given = post(session, Row{uuid, member, PointsKind::kRestore, points, 0, reference, {}});
        if (!given)
            return given.error();
        result = *given;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<PointsPosting> PointsLedger::postBonus(const Session &session, const QString &uuid, MemberId member,
                                              const QString &reference, qint64 points)
{
    if (points > 0)
        return post(session, Row{uuid, member, PointsKind::kBonus, points, 0, reference, {}});
    return takeBack(session, Row{uuid, member, PointsKind::kBonusReversal, points, 0, reference, {}});
}

Result<PointsPosting> PointsLedger::adjust(const Session &session, const QString &uuid, MemberId member, qint64 points,
                                           const QString &note)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kAdjustPoints); !allowed)
        return allowed.error();
    if (points == 0)
        return Error::invalidInput(tr("Say how many points to add or take away."));
    if (note.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the points change."));
    PointsPosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto posting = post(session, Row{uuid, member, PointsKind::kAdjust, points, 0, {}, note.trimmed()});
        if (!posting)
            return posting.error();
        result = *posting;
        if (result.alreadyPosted)
            return {};
        auto audited = m_core.auditLog().append(
            AuditRecord{session.auditActor(), session.auditApprover(), QStringLiteral("points.adjust"),
                        QStringLiteral("member:%1").arg(member.value()), AuditOutcome::kOk,
                        QStringLiteral("%1 → %2: %3").arg(points).arg(result.balanceAfter).arg(note.trimmed())});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace qtill::members
