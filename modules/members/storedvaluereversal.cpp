// StoredValueService: reversing a top-up with its bonus.
#include "storedvalueservice.h"

#include "membersmodule.h"
#include "tierservice.h"

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
#include <QJsonObject>

namespace qtill::members {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::StoredValueService", source);
}

} // namespace

Result<StoredValuePosting> StoredValueService::reverseTopUp(const Session &session, const QString &uuid,
                                                            const QString &topUpUuid, const QString &confirmationCode,
                                                            const QString &reason)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kReverseTopUp); !allowed)
        return allowed.error();
    StoredValuePosting result;
    const Status done = m_store.transaction([&]() -> Status {
        if (auto before = posted(uuid); !before || *before) {
            if (!before)
                return before.error();
            result = **before;
            return {};
        }
        auto q = m_store.exec(QStringLiteral("SELECT t.id, t.member_id, t.paid_fen, t.number,"
                                             " (SELECT r.uuid FROM member_topup_reversals r WHERE r.topup_id = t.id)"
                                             " FROM member_topups t WHERE t.uuid = ?"),
                              {topUpUuid}, tr("The top-up could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(tr("This top-up does not exist."));
        const qint64 topUpId = q->value(0).toLongLong();
        const MemberId member(q->value(1).toLongLong());
        const qint64 paid = q->value(2).toLongLong();
        const QString number = q->value(3).toString();
        if (!q->value(4).isNull())
            return Error::conflict(tr("Top-up %1 was reversed already.").arg(number));
        if (Status ok = confirm(session, member, paid, kReversalConfirmAboveFen.get(m_core.settings()), confirmationCode); !ok)
            return ok;
        // Months not released yet are cancelled first (their rows stay locked until the end), so a lane
        // releasing one at this moment either finished before (counted below) or finds it cancelled.
        auto cancelled = m_store.exec(QStringLiteral("UPDATE stored_value_releases SET cancelled = 1"
                                                     " WHERE topup_id = ? AND released_uuid IS NULL"),
                                      {idValue(topUpId)}, tr("The top-up could not be reversed."));
        if (!cancelled)
            return cancelled.error();
        auto bonus = m_store.exec(QStringLiteral("SELECT %1 FROM stored_value_ledger WHERE member_id = ? AND reference = ?"
                                                 " AND kind IN (?, ?)")
                                      .arg(m_store.dialect().integerSum(QStringLiteral("amount_fen"))),
                                  {idValue(member.value()), topUpUuid, StoredValueKind::kBonus, StoredValueKind::kBonusRelease},
                                  tr("The top-up could not be read."));
        if (!bonus)
            return bonus.error();
        const qint64 released = bonus->next() ? bonus->value(0).toLongLong() : 0;
        auto posting = post(session, Row{uuid, member, StoredValueKind::kTopUpReversal, -(paid + released), topUpUuid, {},
                                         reason.trimmed()});
        if (!posting)
            return posting.error();
        result = *posting;
        return finishReversal(session, uuid, ReversedTopUp{topUpId, topUpUuid, member, number, -result.amount.minor()},
                              reason);
    });
    if (!done)
        return done.error();
    return result;
}

Status StoredValueService::finishReversal(const Session &session, const QString &uuid, const ReversedTopUp &topUp,
                                          const QString &reason)
{
    const MemberId member = topUp.member;
    const qint64 fen = topUp.fen;
    const QString &number = topUp.number;
    auto points = m_store.exec(QStringLiteral("SELECT %1 FROM points_ledger WHERE member_id = ? AND reference = ? AND kind = ?")
                                   .arg(m_store.dialect().integerSum(QStringLiteral("points"))),
                               {idValue(member.value()), topUp.uuid, PointsKind::kBonus},
                               tr("The top-up could not be read."));
    if (!points)
        return points.error();
    const qint64 bonusPoints = points->next() ? points->value(0).toLongLong() : 0;
    qint64 pointsTaken = 0;
    if (bonusPoints > 0) {
        auto back = m_points.postBonus(session, uuid + QStringLiteral(":points"), member, topUp.uuid,
                                       -bonusPoints);
        if (!back)
            return back.error();
        pointsTaken = -back->points;
    }
    auto row = m_store.exec(QStringLiteral("INSERT INTO member_topup_reversals (uuid, topup_id, amount_fen, points, operator_id,"
                                           " approver_id, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {uuid, idValue(topUp.id), idValue(fen), idValue(pointsTaken),
                             optionalId(session.auditActor().value()), optionalId(session.auditApprover().value()),
                             storedTime(m_store.clock().now()), text(reason.trimmed())},
                            tr("The top-up could not be reversed."));
    if (!row)
        return row.error();
    const QJsonObject payload{{QStringLiteral("topUp"), number},
                              {QStringLiteral("amount"), qint64(fen)},
                              {QStringLiteral("points"), pointsTaken},
                              {QStringLiteral("currency"), m_core.storeProfile().currency().code()}};
    if (Status ok = journal(session, MemberJournalKind::kTopUpReversal, uuid, number, payload); !ok)
        return ok;
    auto audit = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(),
                                                      QStringLiteral("member.topupReverse"),
                                                      QStringLiteral("member:%1").arg(member.value()), AuditOutcome::kOk,
                                                      QStringLiteral("%1 −%2: %3").arg(number, money(fen).toPlainString(),
                                                                                         reason.trimmed())});
    if (!audit)
        return audit.error();
    auto move = m_tiers.review(session, member, m_store.clock().now());
    return move ? Status() : Status(move.error());
}

} // namespace qtill::members
