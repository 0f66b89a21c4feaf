// PaymentService's refund parts: refund_intents rows, the Refund requests to the terminal, and their
// answers, each a compare-and-set on the state (two answers never both apply).
#include "paymentservice.h"

#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>

namespace qtill::checkout {

namespace {

const QString kRefundColumns = QStringLiteral("uuid, refund_uuid, sale_tender_uuid, register_id, method, currency, amount,"
                                              " original_reference, state, reference, approval_code, masked_card, wallet,"
                                              " message, attempts, created_at, updated_at");

RefundIntent readRefundIntent(const QSqlQuery &q)
{
    RefundIntent i;
    i.uuid = q.value(0).toString();
    i.refundUuid = q.value(1).toString();
    i.saleTenderUuid = q.value(2).toString();
    i.registerId = q.value(3).toString();
    i.method = q.value(4).toString();
    i.amount = Money::fromMinor(q.value(6).toLongLong(), Currency::fromCode(q.value(5).toString()));
    i.originalReference = q.value(7).toString();
    i.state = q.value(8).toString();
    i.reference = q.value(9).toString();
    i.approvalCode = q.value(10).toString();
    i.maskedCard = q.value(11).toString();
    i.wallet = q.value(12).toString();
    i.message = q.value(13).toString();
    i.attempts = q.value(14).toInt();
    i.createdAt = parseStoredTime(q.value(15).toString());
    i.updatedAt = parseStoredTime(q.value(16).toString());
    return i;
}

QString refundState(const hal::PaymentResult &r)
{
    switch (r.outcome) {
    case hal::PaymentOutcome::Approved:
    case hal::PaymentOutcome::PartialApproval: return IntentState::kApproved;
    case hal::PaymentOutcome::Declined:
    case hal::PaymentOutcome::Cancelled: return IntentState::kDeclined;
    case hal::PaymentOutcome::NotFound: // a refund the provider never got: sending it again is safe
    case hal::PaymentOutcome::Pending:
    case hal::PaymentOutcome::TimedOut:
    case hal::PaymentOutcome::Failed: return IntentState::kUnknown;
    }
    return IntentState::kUnknown;
}

} // namespace

Status PaymentService::insertRefundIntent(const RefundIntent &i)
{
    const QString now = storedTime(i.createdAt);
    auto inserted = m_core.store().exec(
        QStringLiteral("INSERT INTO refund_intents (") + kRefundColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', 0, ?, ?)"),
        {i.uuid, i.refundUuid, i.saleTenderUuid, i.registerId, i.method, i.amount.currency().code(),
            qlonglong(i.amount.minor()), sqlvalues::text(i.originalReference), i.state, now, now},
        tr("The refund could not be started."));
    return inserted ? Status() : Status(inserted.error());
}

hal::PaymentRequest PaymentService::refundRequest(const RefundIntent &i) const
{
    hal::PaymentRequest r;
    r.requestId = i.uuid;
    r.kind = hal::PaymentKind::Refund;
    r.amountFen = i.amount.minor();
    r.currency = i.amount.currency().code();
    r.originalTransactionId = i.originalReference;
    r.method = i.method == TenderType::kFace ? hal::PaymentMethod::FacePay
        : i.method == TenderType::kQr        ? hal::PaymentMethod::QrCustomer
                                             : hal::PaymentMethod::Card;
    r.timeoutMs = m_timing.requestTimeoutMs;
    return r;
}

void PaymentService::sendRefund(const RefundIntent &intent)
{
    send(refundRequest(intent));
}

Status PaymentService::applyRefund(const RefundIntent &i, const hal::PaymentResult &r)
{
    if (!i.inFlight())
        return {}; // a late or repeated answer changes nothing decided
    const QString state = refundState(r);
    const bool approved = state == IntentState::kApproved;
    bool moved = false;
    {
        auto updated = m_core.store().exec(
            QStringLiteral("UPDATE refund_intents SET state = ?, reference = ?, approval_code = ?, masked_card = ?, wallet = ?,"
                           " message = ?, attempts = attempts + 1, updated_at = ? WHERE uuid = ? AND state = ? RETURNING uuid"),
            {state, sqlvalues::text(approved ? r.transactionId : i.reference),
                sqlvalues::text(approved ? r.approvalCode : i.approvalCode),
                sqlvalues::text(r.maskedNumber.isEmpty() ? i.maskedCard : r.maskedNumber),
                sqlvalues::text(r.cardBrand.isEmpty() ? i.wallet : r.cardBrand), sqlvalues::text(r.message),
                storedTime(m_core.clock().now()), i.uuid, i.state},
            tr("The refund could not be recorded."));
        if (!updated)
            return updated.error();
        moved = updated->next();
        updated->finish(); // done before anyone books: SQLite commits nothing while a statement runs
    }
    if (!moved)
        return {}; // another answer moved it first
    auto now = refundIntent(i.uuid);
    if (!now)
        return now.error();
    if (state == IntentState::kUnknown) {
        Q_EMIT progress(i.uuid, tr("No answer about the refund yet — asking the terminal again."));
        scheduleReconcile();
    }
    Q_EMIT refundChanged(*now);
    if (approved)
        Q_EMIT refundPartApproved(i.refundUuid);
    return {};
}

Result<QList<RefundIntent>> PaymentService::queryRefunds(const QString &where, const QVariantList &values) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kRefundColumns + QStringLiteral(" FROM refund_intents WHERE ")
            + where + QStringLiteral(" ORDER BY created_at, uuid"),
        values, tr("The refunds could not be read."));
    if (!q)
        return q.error();
    QList<RefundIntent> out;
    while (q->next())
        out << readRefundIntent(*q);
    return out;
}

Result<RefundIntent> PaymentService::refundIntent(const QString &uuid) const
{
    auto found = queryRefunds(QStringLiteral("uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("No refund has the id %1.").arg(uuid));
    return found->constFirst();
}

Result<QList<RefundIntent>> PaymentService::refundIntents(const QString &refundUuid) const
{
    return queryRefunds(QStringLiteral("refund_uuid = ?"), {refundUuid});
}

Result<int> PaymentService::reconcileRefunds()
{
    // Approved before a crash, but the refund was never booked: book it now.
    auto unbooked = m_core.store().exec(
        QStringLiteral("SELECT DISTINCT refund_uuid FROM refund_intents WHERE state = 'approved'"
                       " AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.uuid = refund_intents.refund_uuid)"),
        {}, tr("The refunds could not be read."));
    if (!unbooked)
        return unbooked.error();
    QStringList approved;
    while (unbooked->next())
        approved << unbooked->value(0).toString();
    unbooked->finish();
    auto open = queryRefunds(QStringLiteral("state IN ('started', 'unknown')"), {});
    if (!open)
        return open.error();
    for (const QString &refund : std::as_const(approved))
        Q_EMIT refundPartApproved(refund);
    if (!m_terminal) {
        if (!open->isEmpty())
            scheduleReconcile();
        return 0;
    }
    for (const RefundIntent &i : std::as_const(*open))
        sendRefund(i);
    return int(open->size());
}

} // namespace qtill::checkout
