#include "tierservice.h"

#include "membersmodule.h"
#include "pointsledger.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>

namespace qtill::members {

namespace {

using sqlvalues::idValue;

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::TierService", source);
}

const QString kColumns = QStringLiteral("id, code, name, rank, discount_bp, points_per_yuan, window_days,"
                                        " COALESCE(upgrade_spend_fen, 0), COALESCE(upgrade_points, 0),"
                                        " COALESCE(upgrade_topup_fen, 0)");

Tier tierFrom(const QSqlQuery &q)
{
    return Tier{TierId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                q.value(4).toInt(), q.value(5).toLongLong(), q.value(6).toInt(), q.value(7).toLongLong(),
                q.value(8).toLongLong(), q.value(9).toLongLong()};
}

/// NULL for a threshold that is not a rule.
QVariant threshold(qint64 value)
{
    return value > 0 ? sqlvalues::idValue(value) : QVariant(QMetaType(QMetaType::LongLong));
}

Status validate(const Tier &t)
{
    if (t.code.trimmed().isEmpty() || t.name.trimmed().isEmpty())
        return Error::invalidInput(tr("A tier needs a code and a name."));
    if (t.discountBp < 0 || t.discountBp > 10000)
        return Error::invalidInput(tr("A tier's discount is between 0 % and 100 %."));
    if (t.pointsPerYuan < 0 || t.rank < 0 || t.windowDays <= 0)
        return Error::invalidInput(tr("A tier's rank, points rate and period cannot be negative."));
    if (t.upgradeSpendFen < 0 || t.upgradePoints < 0 || t.upgradeTopUpFen < 0)
        return Error::invalidInput(tr("A tier's thresholds cannot be negative."));
    if (t.rank == 0 && t.hasRule())
        return Error::invalidInput(tr("The base tier (rank 0) has no rule: every member is in it."));
    if (t.rank > 0 && !t.hasRule())
        return Error::invalidInput(tr("Say what earns this tier: a spend, points or a top-up."));
    return {};
}

} // namespace

TierService::TierService(Services &core) : m_core(core), m_store(core.store()) {}

Result<QList<Tier>> TierService::tiers() const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM member_tiers ORDER BY rank").arg(kColumns), {},
                          tr("The member tiers could not be read."));
    if (!q)
        return q.error();
    QList<Tier> list;
    while (q->next())
        list << tierFrom(*q);
    return list;
}

Result<Tier> TierService::tier(const QString &code) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM member_tiers WHERE code = ?").arg(kColumns), {code.trimmed()},
                          tr("The member tiers could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no tier %1.").arg(code.trimmed()));
    return tierFrom(*q);
}

Result<Tier> TierService::save(const Session &session, const Tier &tier)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed.error();
    if (Status ok = validate(tier); !ok)
        return ok.error();
    Tier saved = tier;
    saved.code = tier.code.trimmed();
    saved.name = tier.name.trimmed();
    const Status done = m_store.transaction([&]() -> Status {
        auto clash = m_store.exec(QStringLiteral("SELECT id FROM member_tiers WHERE (code = ? OR rank = ?) AND id <> ?"),
                                  {saved.code, saved.rank, idValue(saved.id.value())}, tr("The member tiers could not be read."));
        if (!clash)
            return clash.error();
        if (clash->next())
            return Error::conflict(tr("Another tier has this code or rank."));
        const QVariantList values{saved.code, saved.name, saved.rank, saved.discountBp, idValue(saved.pointsPerYuan),
                                  saved.windowDays, threshold(saved.upgradeSpendFen), threshold(saved.upgradePoints),
                                  threshold(saved.upgradeTopUpFen)};
        if (!saved.id.isValid()) {
            auto id = insertReturningId(m_store,
                                        QStringLiteral("INSERT INTO member_tiers (code, name, rank, discount_bp, points_per_yuan,"
                                                       " window_days, upgrade_spend_fen, upgrade_points, upgrade_topup_fen)"
                                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                        values, tr("The tier could not be saved."));
            if (!id)
                return id.error();
            saved.id = TierId(*id);
        } else {
            auto q = m_store.exec(QStringLiteral("UPDATE member_tiers SET code = ?, name = ?, rank = ?, discount_bp = ?,"
                                                 " points_per_yuan = ?, window_days = ?, upgrade_spend_fen = ?,"
                                                 " upgrade_points = ?, upgrade_topup_fen = ? WHERE id = ?"),
                                  QVariantList(values) << idValue(saved.id.value()), tr("The tier could not be saved."));
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return Error::notFound(tr("This tier does not exist."));
        }
        auto audited = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(),
                                                            QStringLiteral("member.tierRule"),
                                                            QStringLiteral("tier:%1").arg(saved.code), AuditOutcome::kOk,
                                                            saved.name});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return saved;
}

Result<qint64> TierService::windowSum(MemberId member, const QString &column, const QDateTime &since) const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM points_ledger WHERE member_id = ? AND at >= ? AND kind IN (?, ?, ?)")
                              .arg(m_store.dialect().integerSum(column)),
                          {idValue(member.value()), storedTime(since), PointsKind::kEarn, PointsKind::kRefundEarn,
                           PointsKind::kVoidEarn},
                          tr("The member's spend could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> TierService::largestTopUp(MemberId member, const QDateTime &since) const
{
    auto q = m_store.exec(QStringLiteral("SELECT MAX(t.paid_fen) FROM member_topups t WHERE t.member_id = ? AND t.at >= ?"
                                         " AND NOT EXISTS (SELECT 1 FROM member_topup_reversals r WHERE r.topup_id = t.id)"),
                          {idValue(member.value()), storedTime(since)}, tr("The member's top-ups could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<bool> TierService::qualifies(MemberId member, const Tier &tier, const QDateTime &now) const
{
    if (!tier.hasRule())
        return true;
    const QDateTime since = now.addDays(-tier.windowDays);
    if (tier.upgradeSpendFen > 0) {
        auto spend = windowSum(member, QStringLiteral("paid_fen"), since);
        if (!spend)
            return spend.error();
        if (*spend >= tier.upgradeSpendFen)
            return true;
    }
    if (tier.upgradePoints > 0) {
        auto points = windowSum(member, QStringLiteral("points"), since);
        if (!points)
            return points.error();
        if (*points >= tier.upgradePoints)
            return true;
    }
    if (tier.upgradeTopUpFen > 0) {
        auto topUp = largestTopUp(member, since);
        if (!topUp)
            return topUp.error();
        if (*topUp >= tier.upgradeTopUpFen)
            return true;
    }
    return false;
}

Result<TierMove> TierService::review(const Session &session, MemberId member, const QDateTime &now)
{
    TierMove move;
    const Status done = m_store.transaction([&]() -> Status {
        auto all = tiers();
        if (!all)
            return all.error();
        auto q = m_store.exec(QStringLiteral("SELECT tier_id, erased FROM members WHERE id = ?") + m_store.dialect().forUpdate(),
                              {idValue(member.value())}, tr("The members could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(tr("This member does not exist."));
        move.from = move.to = TierId(q->value(0).toLongLong());
        const bool erased = q->value(1).toLongLong() != 0;
        for (auto it = all->crbegin(); it != all->crend() && !erased; ++it) {
            auto ok = qualifies(member, *it, now);
            if (!ok)
                return ok.error();
            if (*ok) {
                move.to = it->id;
                break;
            }
        }
        for (const Tier &t : std::as_const(*all)) {
            if (t.id == move.from)
                move.fromName = t.name;
            if (t.id == move.to)
                move.toName = t.name;
        }
        if (!move.moved())
            return {};
        auto updated = m_store.exec(QStringLiteral("UPDATE members SET tier_id = ? WHERE id = ?"),
                                    {idValue(move.to.value()), idValue(member.value())}, tr("The member could not be saved."));
        if (!updated)
            return updated.error();
        auto audited = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(),
                                                            QStringLiteral("member.tier"),
                                                            QStringLiteral("member:%1").arg(member.value()),
                                                            AuditOutcome::kOk,
                                                            QStringLiteral("%1 → %2").arg(move.fromName, move.toName)});
        return audited ? Status() : Status(audited.error());
    });
    if (!done)
        return done.error();
    return move;
}

Result<int> TierService::reviewAll(const Session &session, const QDateTime &now)
{
    auto q = m_store.exec(QStringLiteral("SELECT id FROM members WHERE erased = 0 ORDER BY id"), {},
                          tr("The members could not be read."));
    if (!q)
        return q.error();
    QList<MemberId> ids;
    while (q->next())
        ids << MemberId(q->value(0).toLongLong());
    int moved = 0;
    for (MemberId id : std::as_const(ids)) {
        auto move = review(session, id, now);
        if (!move)
            return move.error();
        moved += move->moved() ? 1 : 0;
    }
    return moved;
}

} // namespace qtill::members
