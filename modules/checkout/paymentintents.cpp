// PaymentService's rows: payment_intents, each change a compare-and-set on the state, and the failed
// transactions it journals.
#include "paymentservice.h"

#include "core/documentnumbers.h"
#include "core/journal.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>

namespace qtill::checkout {

namespace {

const QString kColumns = QStringLiteral("uuid, sale_uuid, register_id, method, currency, amount, approved, state,"
                                        " auth_code, reference, masked_card, wallet, message, attempts, created_at,"
                                        " updated_at, approval_code");

PaymentIntent readIntent(const QSqlQuery &q)
{
    PaymentIntent i;
    const Currency currency = Currency::fromCode(q.value(4).toString());
    i.uuid = q.value(0).toString();
    i.saleUuid = q.value(1).toString();
    i.registerId = q.value(2).toString();
    i.method = q.value(3).toString();
    i.amount = Money::fromMinor(q.value(5).toLongLong(), currency);
    i.approved = Money::fromMinor(q.value(6).toLongLong(), currency);
    i.state = q.value(7).toString();
    i.authCode = q.value(8).toString();
    i.reference = q.value(9).toString();
    i.maskedCard = q.value(10).toString();
    i.wallet = q.value(11).toString();
    i.message = q.value(12).toString();
    i.attempts = q.value(13).toInt();
    i.createdAt = parseStoredTime(q.value(14).toString());
    i.updatedAt = parseStoredTime(q.value(15).toString());
    i.approvalCode = q.value(16).toString();
    return i;
}

} // namespace

Status PaymentService::insert(const PaymentIntent &i)
{
    const QString now = storedTime(i.createdAt);
    auto inserted = m_core.store().exec(
        QStringLiteral("INSERT INTO payment_intents (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, '', '', '', '', 0, ?, ?, '')"),
        {i.uuid, i.saleUuid, i.registerId, i.method, i.amount.currency().code(), qlonglong(i.amount.minor()), i.state,
            sqlvalues::text(i.authCode), now, now},
        tr("The payment could not be started."));
    return inserted ? Status() : Status(inserted.error());
}

Result<bool> PaymentService::transition(const PaymentIntent &i, const QString &state, const hal::PaymentResult &r)
{
    bool moved = false;
    const Status done = m_core.store().transaction([&]() -> Status {
        moved = false;
        const bool paid = state == IntentState::kApproved;
        auto updated = m_core.store().exec(
            QStringLiteral("UPDATE payment_intents SET state = ?, approved = ?, reference = ?, masked_card = ?,"
                           " wallet = ?, message = ?, attempts = attempts + 1, updated_at = ?, approval_code = ?"
                           " WHERE uuid = ? AND state = ? RETURNING uuid"),
            {state, qlonglong(paid ? r.approvedFen : 0),
                sqlvalues::text(r.transactionId.isEmpty() ? i.reference : r.transactionId),
                sqlvalues::text(r.maskedNumber.isEmpty() ? i.maskedCard : r.maskedNumber),
                sqlvalues::text(r.cardBrand.isEmpty() ? i.wallet : r.cardBrand), sqlvalues::text(r.message),
                storedTime(m_core.clock().now()),
                sqlvalues::text(paid && !r.approvalCode.isEmpty() ? r.approvalCode : i.approvalCode), i.uuid, i.state},
            tr("The payment could not be recorded."));
        if (!updated)
            return updated.error();
        moved = updated->next();
        if (!moved || (state != IntentState::kDeclined && state != IntentState::kReversed))
            return {};
        // A payment that never paid a sale is a failed transaction; one returned for a void is not (the
        // void's own record says what happened).
        auto booked = m_core.store().exec(QStringLiteral("SELECT 1 FROM sale_tenders WHERE uuid = ?"), {i.uuid},
            tr("The payment could not be recorded."));
        if (!booked)
            return booked.error();
        return booked->next() ? Status() : journalFailure(i, state, r.message);
    });
    if (!done)
        return done.error();
    return moved;
}

Status PaymentService::journalFailure(const PaymentIntent &i, const QString &state, const QString &message)
{
    const QDateTime now = m_core.clock().now();
    JournalDraft record{i.registerId, JournalKind::kFailedPayment, i.uuid, QString(), OperatorId(),
        m_core.storeProfile().businessDate(now), Money::zero(i.amount.currency()),
        QJsonObject{{QStringLiteral("sale"), i.saleUuid}, {QStringLiteral("intent"), i.uuid},
            {QStringLiteral("method"), i.method}, {QStringLiteral("amount"), QString::number(i.amount.minor())},
            {QStringLiteral("outcome"), state}, {QStringLiteral("message"), message}}};
    auto appended = m_core.journal().append(record);
    return appended ? Status() : Status(appended.error());
}

Result<QList<PaymentIntent>> PaymentService::query(const QString &where, const QVariantList &values) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM payment_intents WHERE ")
            + where + QStringLiteral(" ORDER BY created_at, uuid"),
        values, tr("The payments could not be read."));
    if (!q)
        return q.error();
    QList<PaymentIntent> out;
    while (q->next())
        out << readIntent(*q);
    return out;
}

Result<PaymentIntent> PaymentService::intent(const QString &uuid) const
{
    auto found = query(QStringLiteral("uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("No payment has the id %1.").arg(uuid));
    return found->constFirst();
}

Result<QList<PaymentIntent>> PaymentService::ofSale(const QString &saleUuid) const
{
    return query(QStringLiteral("sale_uuid = ?"), {saleUuid});
}

Result<QList<PaymentIntent>> PaymentService::undecided() const
{
    return query(QStringLiteral("state IN ('started', 'pending', 'unknown', 'reversing')"), {});
}

Result<QList<PaymentIntent>> PaymentService::orphans() const
{
    // Approved, yet no sale booked it and no ticket in progress holds it, for longer than orphanAfter.
    const QString before = storedTime(m_core.clock().now().addMSecs(-qint64(m_timing.orphanAfterMs)));
    return query(QStringLiteral("state = 'approved' AND updated_at < ?"
                                " AND NOT EXISTS (SELECT 1 FROM sale_tenders t WHERE t.uuid = payment_intents.uuid)"
                                " AND NOT EXISTS (SELECT 1 FROM carts c WHERE c.uuid = payment_intents.sale_uuid)"),
        {before});
}

} // namespace qtill::checkout
