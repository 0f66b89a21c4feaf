// StoredValueService: recharge rules, top-ups with their bonus, spread releases and reversals.
#include "storedvalueservice.h"

#include "memberservice.h"
#include "membersmodule.h"
#include "tierservice.h"

#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/insertreturningid.h"
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

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::StoredValueService", source);
}

Status audited(Services &core, const Session &session, const QString &action, MemberId member, const QString &detail)
{
    auto done = core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), action,
                                                   QStringLiteral("member:%1").arg(member.value()), AuditOutcome::kOk, detail});
    return done ? Status() : Status(done.error());
}

} // namespace

Result<QList<RechargeRule>> StoredValueService::rules() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id, name, threshold_fen, bonus_fen, bonus_points, spread_months, active"
                                         " FROM recharge_rules ORDER BY threshold_fen, id"),
                          {}, tr("The recharge rules could not be read."));
    if (!q)
        return q.error();
    QList<RechargeRule> list;
    while (q->next())
        list << RechargeRule{q->value(0).toLongLong(), q->value(1).toString(), money(q->value(2).toLongLong()),
                             money(q->value(3).toLongLong()), q->value(4).toLongLong(), q->value(5).toInt(),
                             q->value(6).toLongLong() != 0};
    return list;
}

Result<RechargeRule> StoredValueService::saveRule(const Session &session, const RechargeRule &rule)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed.error();
    if (rule.name.trimmed().isEmpty() || !rule.threshold.isPositive() || rule.bonus.isNegative() || rule.bonusPoints < 0
        || rule.spreadMonths < 0 || rule.spreadMonths > 36)
        return Error::invalidInput(tr("A recharge rule needs a name, a threshold above zero and a bonus that is not negative"
                                      " (spread over at most 36 months)."));
    RechargeRule saved = rule;
    saved.name = rule.name.trimmed();
    const Status done = m_store.transaction([&]() -> Status {
        const QVariantList values{saved.name, idValue(saved.threshold.minor()), idValue(saved.bonus.minor()),
                                  idValue(saved.bonusPoints), saved.spreadMonths, int(saved.active)};
        if (saved.id == 0) {
            auto id = insertReturningId(m_store,
                                        QStringLiteral("INSERT INTO recharge_rules (name, threshold_fen, bonus_fen, bonus_points,"
                                                       " spread_months, active) VALUES (?, ?, ?, ?, ?, ?)"),
                                        values, tr("The recharge rule could not be saved."));
            if (!id)
                return id.error();
            saved.id = *id;
        } else {
            auto q = m_store.exec(QStringLiteral("UPDATE recharge_rules SET name = ?, threshold_fen = ?, bonus_fen = ?,"
                                                 " bonus_points = ?, spread_months = ?, active = ? WHERE id = ?"),
                                  QVariantList(values) << idValue(saved.id), tr("The recharge rule could not be saved."));
            if (!q)
                return q.error();
        }
        auto audit = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(),
                                                         QStringLiteral("member.rechargeRule"),
                                                         QStringLiteral("rechargeRule:%1").arg(saved.id), AuditOutcome::kOk,
                                                         saved.name});
        return audit ? Status() : Status(audit.error());
    });
    if (!done)
        return done.error();
    return saved;
}

Result<std::optional<RechargeRule>> StoredValueService::ruleFor(const Money &paid) const
{
    auto all = rules();
    if (!all)
        return all.error();
    std::optional<RechargeRule> best;
    for (const RechargeRule &rule : std::as_const(*all)) {
        if (rule.active && rule.threshold <= paid)
            best = rule; // by threshold: the last that fits is the highest
    }
    return best;
}

Result<std::optional<TopUp>> StoredValueService::topUpByUuid(const QString &uuid) const
{
    auto q = m_store.exec(QStringLiteral("SELECT t.uuid, t.number, t.member_id, t.paid_fen, t.tender, COALESCE(t.rule_id, 0),"
                                         " t.bonus_fen, t.bonus_points, b.stored_fen FROM member_topups t"
                                         " JOIN member_balances b ON b.member_id = t.member_id WHERE t.uuid = ?"),
                          {uuid}, tr("The top-up could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TopUp>();
    return std::optional<TopUp>(TopUp{q->value(0).toString(), q->value(1).toString(), MemberId(q->value(2).toLongLong()),
                                      money(q->value(3).toLongLong()), q->value(4).toString(), q->value(5).toLongLong(),
                                      money(q->value(6).toLongLong()), q->value(7).toLongLong(),
                                      money(q->value(8).toLongLong()), true, {}});
}

Result<TopUp> StoredValueService::topUp(const Session &session, const TopUpRequest &request)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kTopUp); !allowed)
        return allowed.error();
    if (!request.paid.isPositive() || request.paid.currency() != m_core.storeProfile().currency())
        return Error::invalidInput(tr("Say how much the member pays in."));
    if (request.tender.trimmed().isEmpty() || request.uuid.trimmed().isEmpty())
        return Error::invalidInput(tr("Say how the member pays for the top-up."));
    TopUp booked;
    const Status done = m_store.transaction([&]() -> Status {
        auto before = topUpByUuid(request.uuid);
        if (!before)
            return before.error();
        if (*before) {
            booked = **before;
            return {};
        }
        if (Status ok = bookTopUp(session, request, booked); !ok)
            return ok;
        auto move = m_tiers.review(session, request.member, m_store.clock().now());
        return move ? Status() : Status(move.error());
    });
    if (!done)
        return done.error();
    return booked;
}

Status StoredValueService::bookTopUp(const Session &session, const TopUpRequest &request, TopUp &booked)
{
    auto member = m_members.byId(request.member);
    if (!member)
        return member.error();
    if (member->erased)
        return Error::conflict(tr("Member %1 was erased.").arg(member->number));
    auto rule = ruleFor(request.paid);
    auto number = rule ? m_core.documentNumbers().next(kTopUpNumbers) : Result<QString>(rule.error());
    if (!number)
        return number.error();
    booked = TopUp{request.uuid, *number, request.member, request.paid, request.tender.trimmed(),
                   *rule ? (*rule)->id : 0, *rule ? (*rule)->bonus : money(0), *rule ? (*rule)->bonusPoints : 0,
                   money(0), false, {}};
    // TODO(coupons): a rule's coupon campaigns are issued here once the coupons work gives an issuing service.
    auto id = insertReturningId(m_store,
                                QStringLiteral("INSERT INTO member_topups (uuid, number, member_id, paid_fen, tender, rule_id,"
                                               " bonus_fen, bonus_points, operator_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {booked.uuid, booked.number, idValue(booked.member.value()), idValue(booked.paid.minor()),
                                 booked.tender, optionalId(booked.ruleId), idValue(booked.bonus.minor()),
                                 idValue(booked.bonusPoints), optionalId(session.auditActor().value()),
                                 storedTime(m_store.clock().now())},
                                tr("The top-up could not be saved."));
    if (!id)
        return id.error();
    auto paid = post(session, Row{booked.uuid, booked.member, StoredValueKind::kTopUp, booked.paid.minor(), booked.uuid,
                                  booked.tender, booked.number});
    if (!paid)
        return paid.error();
    if (Status ok = scheduleBonus(session, *id, booked, *rule ? (*rule)->spreadMonths : 0); !ok)
        return ok;
    if (booked.bonusPoints > 0) {
        auto points = m_points.postBonus(session, booked.uuid + QStringLiteral(":points"), booked.member, booked.uuid,
                                         booked.bonusPoints);
        if (!points)
            return points.error();
    }
    auto now = balance(booked.member);
    if (!now)
        return now.error();
    booked.balanceAfter = *now;
    const QJsonObject payload{{QStringLiteral("member"), member->number},
                              {QStringLiteral("paid"), qint64(booked.paid.minor())},
                              {QStringLiteral("tender"), booked.tender},
                              {QStringLiteral("bonus"), qint64(booked.bonus.minor())},
                              {QStringLiteral("bonusPoints"), booked.bonusPoints},
                              {QStringLiteral("currency"), booked.paid.currency().code()}};
    if (Status ok = journal(session, MemberJournalKind::kTopUp, booked.uuid, booked.number, payload); !ok)
        return ok;
    return audited(m_core, session, QStringLiteral("member.topup"), booked.member,
                   QStringLiteral("%1 %2 + %3").arg(booked.number, booked.paid.toPlainString(), booked.bonus.toPlainString()));
}

Status StoredValueService::scheduleBonus(const Session &session, qint64 topUpId, const TopUp &booked, int months)
{
    const qint64 bonus = booked.bonus.minor();
    if (bonus <= 0)
        return {};
    if (months <= 0) {
        auto posting = post(session, Row{booked.uuid + QStringLiteral(":bonus"), booked.member, StoredValueKind::kBonus,
                                         bonus, booked.uuid, {}, booked.number});
        return posting ? Status() : Status(posting.error());
    }
    // Equal monthly parts, the fen left over on the first ones; the first is due today and released at once.
    const QDate today = m_core.storeProfile().businessDate(m_store.clock().now());
    qint64 firstId = 0;
    for (int k = 0; k < months; ++k) {
        const qint64 part = bonus / months + (k < bonus % months ? 1 : 0);
        if (part <= 0)
            continue;
        auto id = insertReturningId(m_store,
                                    QStringLiteral("INSERT INTO stored_value_releases (topup_id, member_id, due_on, amount_fen)"
                                                   " VALUES (?, ?, ?, ?)"),
                                    {idValue(topUpId), idValue(booked.member.value()), today.addMonths(k).toString(Qt::ISODate),
                                     idValue(part)},
                                    tr("The top-up could not be saved."));
        if (!id)
            return id.error();
        if (k == 0)
            firstId = *id;
    }
    auto released = releaseOne(firstId, booked.member, bonus / months + (bonus % months > 0 ? 1 : 0), booked.uuid);
    return released ? Status() : Status(released.error());
}

Result<int> StoredValueService::releaseOne(qint64 releaseId, MemberId member, qint64 fen, const QString &topUpUuid)
{
    int released = 0;
    const Status done = m_store.transaction([&]() -> Status {
        const QString uuid = QStringLiteral("release:%1").arg(releaseId);
        // Claimed once: the conditional update is the guard between two lanes releasing at once.
        auto claimed = m_store.exec(QStringLiteral("UPDATE stored_value_releases SET released_uuid = ?"
                                                   " WHERE id = ? AND released_uuid IS NULL AND cancelled = 0 RETURNING id"),
                                    {uuid, idValue(releaseId)}, tr("The bonus could not be released."));
        if (!claimed)
            return claimed.error();
        if (!claimed->next())
            return {};
        auto posting = post(Session{}, Row{uuid, member, StoredValueKind::kBonusRelease, fen, topUpUuid, {}, {}});
        if (!posting)
            return posting.error();
        released = 1;
        return {};
    });
    if (!done)
        return done.error();
    return released;
}

Result<int> StoredValueService::releaseDue(const QDateTime &now)
{
    const QDate today = m_core.storeProfile().businessDate(now);
    auto q = m_store.exec(QStringLiteral("SELECT r.id, r.member_id, r.amount_fen, t.uuid FROM stored_value_releases r"
                                         " JOIN member_topups t ON t.id = r.topup_id"
                                         " WHERE r.due_on <= ? AND r.released_uuid IS NULL AND r.cancelled = 0 ORDER BY r.id"),
                          {today.toString(Qt::ISODate)}, tr("The stored value could not be read."));
    if (!q)
        return q.error();
    struct Due { qint64 id; MemberId member; qint64 fen; QString topUp; };
    QList<Due> due;
    while (q->next())
        due << Due{q->value(0).toLongLong(), MemberId(q->value(1).toLongLong()), q->value(2).toLongLong(), q->value(3).toString()};
    int released = 0;
    for (const Due &d : std::as_const(due)) {
        auto one = releaseOne(d.id, d.member, d.fen, d.topUp);
        if (!one)
            return one.error();
        released += *one;
    }
    return released;
}

} // namespace qtill::members
