// PointsLedger: expiry and the ledger check.
#include "pointsledger.h"

#include "core/operator.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>

namespace qtill::members {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::PointsLedger", source);
}

} // namespace

Result<qint64> PointsLedger::expire(const QDateTime &now)
{
    const QDate today = m_core.storeProfile().businessDate(now);
    const SqlDialect &d = m_store.dialect();
    // Oldest points are spent first: what is left of the points that expired before today is what they
    // came to less every point that ever left the balance (spent, taken back, expired before).
    auto q = m_store.exec(
        QStringLiteral("SELECT member_id, %1, %2 FROM points_ledger GROUP BY member_id")
            .arg(d.integerSum(QStringLiteral("CASE WHEN points > 0 AND expires_on < ? THEN points ELSE 0 END")),
                 d.integerSum(QStringLiteral("CASE WHEN points < 0 THEN -points ELSE 0 END"))),
        {today.toString(Qt::ISODate)}, tr("The points could not be read."));
    if (!q)
        return q.error();
    QList<std::pair<MemberId, qint64>> due;
    while (q->next()) {
        const qint64 left = q->value(1).toLongLong() - q->value(2).toLongLong();
        if (left > 0)
            due.append({MemberId(q->value(0).toLongLong()), left});
    }
    qint64 expired = 0;
    for (const auto &[member, points] : std::as_const(due)) {
        const QString uuid = QStringLiteral("expire:%1:%2").arg(member.value()).arg(today.toString(Qt::ISODate));
        auto posting = takeBack(Session{}, Row{uuid, member, PointsKind::kExpire, -points, 0, {},
                                               tr("Points earned before %1 expired").arg(today.toString(Qt::ISODate))});
        if (!posting)
            return posting.error();
        if (!posting->alreadyPosted)
            expired -= posting->points;
    }
    return expired;
}

Result<LedgerCheck> PointsLedger::verify() const
{
    const SqlDialect &d = m_store.dialect();
    auto q = m_store.exec(
        QStringLiteral("SELECT b.member_id, b.points, (SELECT %1 FROM points_ledger l WHERE l.member_id = b.member_id),"
                       " (SELECT l.balance_after FROM points_ledger l WHERE l.member_id = b.member_id"
                       " ORDER BY l.id DESC LIMIT 1) FROM member_balances b ORDER BY b.member_id")
            .arg(d.integerSum(QStringLiteral("l.points"))),
        {}, tr("The points could not be read."));
    if (!q)
        return q.error();
    LedgerCheck check;
    while (q->next()) {
        ++check.membersChecked;
        const qint64 balance = q->value(1).toLongLong();
        const qint64 sum = q->value(2).toLongLong();
        const qint64 last = q->value(3).isNull() ? 0 : q->value(3).toLongLong();
        if (balance != sum || balance != last)
            check.problems << tr("Member %1: the balance is %2 points, the ledger adds up to %3 (last row %4).")
                                  .arg(q->value(0).toLongLong())
                                  .arg(balance)
                                  .arg(sum)
                                  .arg(last);
    }
    check.ok = check.problems.isEmpty();
    return check;
}

} // namespace qtill::members
