#include "storedvalueservice.h"

#include "memberservice.h"
#include "membersmodule.h"
#include "tierservice.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace qtill::members {

namespace {

using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::StoredValueService", source);
}

QString shown(const Money &amount)
{
    return amount.format(QLocale());
}

} // namespace

const Setting<qint64> StoredValueService::kConfirmAboveFen{"members/storedValueConfirmAboveFen", 50000};
const Setting<qint64> StoredValueService::kReversalConfirmAboveFen{"members/topUpReversalConfirmAboveFen", 50000};
const DocumentKind StoredValueService::kTopUpNumbers{QStringLiteral("member_topup"), QStringLiteral("SV")};

StoredValueService::StoredValueService(Services &core, MemberService &members, PointsLedger &points, TierService &tiers)
    : m_core(core), m_store(core.store()), m_members(members), m_points(points), m_tiers(tiers)
{
}

Money StoredValueService::money(qint64 fen) const
{
    return Money::fromMinor(fen, m_core.storeProfile().currency());
}

Result<Money> StoredValueService::balance(MemberId member) const
{
    auto q = m_store.exec(QStringLiteral("SELECT stored_fen FROM member_balances WHERE member_id = ?"),
                          {idValue(member.value())}, tr("The stored value could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("This member does not exist."));
    return money(q->value(0).toLongLong());
}

Result<std::optional<StoredValuePosting>> StoredValueService::posted(const QString &uuid) const
{
    auto q = m_store.exec(QStringLiteral("SELECT kind, amount_fen, balance_after FROM stored_value_ledger WHERE uuid = ?"),
                          {uuid}, tr("The stored value could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredValuePosting>();
    return std::optional<StoredValuePosting>(StoredValuePosting{uuid, q->value(0).toString(), money(q->value(1).toLongLong()),
                                                                money(q->value(2).toLongLong()), true});
}

Result<StoredValuePosting> StoredValueService::post(const Session &session, const Row &row)
{
    if (row.uuid.trimmed().isEmpty())
        return Error::invalidInput(tr("The stored value could not be saved."), QStringLiteral("posting without a uuid"));
    StoredValuePosting result;
    const Status done = m_store.transaction([&]() -> Status {
        auto before = posted(row.uuid);
        if (!before)
            return before.error();
        if (*before) {
            result = **before;
            return {};
        }
        // The guard: the balance changes only while it stays ≥ 0. On PostgreSQL the updated row stays locked
        // until this transaction ends, so a second lane's update waits, then re-checks the new balance.
        auto moved = m_store.exec(QStringLiteral("UPDATE member_balances SET stored_fen = stored_fen + ?"
                                                 " WHERE member_id = ? AND stored_fen + ? >= 0 RETURNING stored_fen"),
                                  {row.fen, idValue(row.member.value()), row.fen}, tr("The stored value could not be saved."));
        if (!moved)
            return moved.error();
        if (!moved->next()) {
            auto have = balance(row.member);
            if (!have)
                return have.error();
            return Error::conflict(tr("Not enough stored value: the balance is %1, this needs %2.")
                                       .arg(shown(*have), shown(money(-row.fen))));
        }
        const qint64 after = moved->value(0).toLongLong();
        auto inserted = m_store.exec(
            QStringLiteral("INSERT INTO stored_value_ledger (uuid, member_id, kind, amount_fen, balance_after, reference,"
                           " tender, operator_id, approver_id, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {row.uuid, idValue(row.member.value()), row.kind, row.fen, after, text(row.reference), text(row.tender),
             optionalId(session.auditActor().value()), optionalId(session.auditApprover().value()),
             storedTime(m_store.clock().now()), text(row.note)},
            tr("The stored value could not be saved."));
        if (!inserted)
            return inserted.error();
        result = StoredValuePosting{row.uuid, row.kind, money(row.fen), money(after), false};
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Status StoredValueService::confirm(const Session &session, MemberId member, qint64 fen, qint64 limit,
                                   const QString &code) const
{
    if (fen <= limit || m_members.checkConfirmationCode(member, code)
        || m_core.permissions().has(session, MembersPermissions::kApproveStoredValue))
        return {};
    if (!code.isEmpty())
        return Error::invalidInput(tr("The member's confirmation code is wrong."));
    return Error::permissionDenied(tr("Above %1 the member's confirmation code or a supervisor is needed.").arg(shown(money(limit))));
}

Result<StoredValuePosting> StoredValueService::pay(const Session &session, const StoredValueRequest &request)
{
    if (!request.amount.isPositive() || request.amount.currency() != m_core.storeProfile().currency())
        return Error::invalidInput(tr("Say how much to pay from the balance."));
    // A retry of a booked payment is answered without asking for the code again; post() checks once more
    // inside its transaction.
    auto before = posted(request.uuid);
    if (!before)
        return before.error();
    if (*before)
        return **before;
    const qint64 limit = kConfirmAboveFen.get(m_core.settings());
    if (Status ok = confirm(session, request.member, request.amount.minor(), limit, request.confirmationCode); !ok)
        return ok.error();
    return post(session, Row{request.uuid, request.member, StoredValueKind::kPayment, -request.amount.minor(),
                             request.reference, {}, {}});
}

Result<StoredValuePosting> StoredValueService::credit(const Session &session, const QString &kind,
                                                      const StoredValueRequest &request)
{
    if (kind != StoredValueKind::kChange && kind != StoredValueKind::kRefund && kind != StoredValueKind::kVoid)
        return Error::invalidInput(tr("The stored value could not be saved."), QStringLiteral("credit kind '%1'").arg(kind));
    if (!request.amount.isPositive() || request.amount.currency() != m_core.storeProfile().currency())
        return Error::invalidInput(tr("Say how much to put on the balance."));
    StoredValuePosting result;
    const Status done = m_store.transaction([&]() -> Status {
        if (auto before = posted(request.uuid); !before || *before) {
            if (!before)
                return before.error();
            result = **before;
            return {};
        }
        if (kind != StoredValueKind::kChange) {
            // A refund or a void gives back at most what the sale paid from the balance and was not given back.
            auto q = m_store.exec(QStringLiteral("SELECT %1 FROM stored_value_ledger WHERE member_id = ? AND reference = ?"
                                                 " AND kind IN (?, ?, ?)")
                                      .arg(m_store.dialect().integerSum(QStringLiteral("amount_fen"))),
                                  {idValue(request.member.value()), request.reference, StoredValueKind::kPayment,
                                   StoredValueKind::kRefund, StoredValueKind::kVoid},
                                  tr("The stored value could not be read."));
            if (!q)
                return q.error();
            const qint64 left = q->next() ? -q->value(0).toLongLong() : 0;
            if (request.amount.minor() > left)
                return Error::conflict(tr("This sale paid only %1 from the balance that was not given back yet.")
                                           .arg(shown(money(std::max<qint64>(0, left)))));
        }
        auto posting = post(session, Row{request.uuid, request.member, kind, request.amount.minor(), request.reference, {}, {}});
        if (!posting)
            return posting.error();
        result = *posting;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<Money> StoredValueService::liability() const
{
    auto q = m_store.exec(QStringLiteral("SELECT %1 FROM member_balances").arg(m_store.dialect().integerSum(QStringLiteral("stored_fen"))),
                          {}, tr("The stored value could not be read."));
    if (!q)
        return q.error();
    return money(q->next() ? q->value(0).toLongLong() : 0);
}

Status StoredValueService::journal(const Session &session, const QString &kind, const QString &uuid,
                                   const QString &document, const QJsonObject &payload)
{
    const QDateTime now = m_store.clock().now();
    auto appended = m_core.journal().append(JournalDraft{m_core.storeProfile().registerId(), kind, uuid, document,
                                                         session.auditActor(), m_core.storeProfile().businessDate(now),
                                                         money(0), payload});
    return appended ? Status() : Status(appended.error());
}

Result<LedgerCheck> StoredValueService::verify() const
{
    auto q = m_store.exec(
        QStringLiteral("SELECT b.member_id, b.stored_fen, (SELECT %1 FROM stored_value_ledger l WHERE l.member_id = b.member_id),"
                       " (SELECT l.balance_after FROM stored_value_ledger l WHERE l.member_id = b.member_id"
                       " ORDER BY l.id DESC LIMIT 1) FROM member_balances b ORDER BY b.member_id")
            .arg(m_store.dialect().integerSum(QStringLiteral("l.amount_fen"))),
        {}, tr("The stored value could not be read."));
    if (!q)
        return q.error();
    LedgerCheck check;
    while (q->next()) {
        ++check.membersChecked;
        const qint64 balance = q->value(1).toLongLong();
        const qint64 sum = q->value(2).toLongLong();
        const qint64 last = q->value(3).isNull() ? 0 : q->value(3).toLongLong();
        if (balance != sum || balance != last)
            check.problems << tr("Member %1: the balance is %2, the ledger adds up to %3 (last row %4).")
                                  .arg(q->value(0).toLongLong())
                                  .arg(shown(money(balance)), shown(money(sum)), shown(money(last)));
    }
    check.ok = check.problems.isEmpty();
    return check;
}

} // namespace qtill::members
