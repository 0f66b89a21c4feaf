// RefundService: the parts of a refund that go back through the terminal — the request saved and the
// refund intents committed before the terminal is asked, where a refund stands, and its booking once
// every part is approved.
#include "refundservice.h"

#include "paymentservice.h"
#include "printqueue.h"
#include "saleservice.h"

#include "core/operator.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::RefundService", text);
}

QString payloadOf(const RefundRequest &request)
{
    QJsonArray lines;
    for (const RefundLineRequest &l : request.lines)
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo}, {QStringLiteral("qty"), QString::number(l.quantity.milli())},
            {QStringLiteral("restock"), l.restock}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("receipt"), request.receiptNumber},
                                               {QStringLiteral("reason"), request.reason.trimmed()},
                                               {QStringLiteral("print"), request.printReceipt},
                                               {QStringLiteral("lines"), lines}})
                                 .toJson(QJsonDocument::Compact));
}

RefundRequest requestOf(const QString &uuid, const QString &payload, bool toCash)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    RefundRequest r;
    r.uuid = uuid;
    r.receiptNumber = o.value(QStringLiteral("receipt")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.toCash = toCash;
    r.printReceipt = o.value(QStringLiteral("print")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        r.lines << RefundLineRequest{l.value(QStringLiteral("line")).toInt(),
                                     Quantity::fromMilli(l.value(QStringLiteral("qty")).toString().toLongLong()),
                                     l.value(QStringLiteral("restock")).toBool(true)};
    }
    return r;
}

} // namespace

Status RefundService::saveRequest(const Session &session, const RefundRequest &request, const SaleDetail &sale)
{
    Store &store = m_core.store();
    auto updated = store.exec(QStringLiteral("UPDATE refund_requests SET to_cash = ? WHERE refund_uuid = ? RETURNING refund_uuid"),
        {request.toCash ? 1 : 0, request.uuid}, tr("The refund could not be saved."));
    if (!updated)
        return updated.error();
    if (updated->next())
        return {};
    auto inserted = store.exec(QStringLiteral("INSERT INTO refund_requests (refund_uuid, sale_uuid, register_id, operator_id,"
                                              " requested_by, to_cash, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {request.uuid, sale.sale.uuid, m_core.documentNumbers().registerId(), qlonglong(session.operatorId.value()),
            sqlvalues::optionalId(session.requestedBy.value()), request.toCash ? 1 : 0, payloadOf(request),
            storedTime(m_core.clock().now())},
        tr("The refund could not be saved."));
    return inserted ? Status() : Status(inserted.error());
}

Result<std::optional<std::pair<Session, RefundRequest>>> RefundService::savedRequest(const QString &uuid) const
{
    using Saved = std::optional<std::pair<Session, RefundRequest>>;
    auto q = m_core.store().exec(QStringLiteral("SELECT operator_id, requested_by, to_cash, payload FROM refund_requests"
                                                " WHERE refund_uuid = ?"),
        {uuid}, tr("The refund could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Saved();
    Session session;
    session.operatorId = OperatorId(q->value(0).toLongLong());
    if (!q->value(1).isNull())
        session.requestedBy = OperatorId(q->value(1).toLongLong());
    return Saved(std::pair{session, requestOf(uuid, q->value(3).toString(), q->value(2).toInt() != 0)});
}

Result<QHash<QString, RefundTender>> RefundService::approvedParts(const QString &refundUuid) const
{
    auto parts = m_payments.refundIntents(refundUuid);
    if (!parts)
        return parts.error();
    QHash<QString, RefundTender> out;
    for (const RefundIntent &i : std::as_const(*parts)) {
        if (i.state != IntentState::kApproved && i.state != IntentState::kBooked)
            continue;
        RefundTender t;
        t.uuid = i.uuid;
        t.saleTenderUuid = i.saleTenderUuid;
        t.paidBy = i.method;
        t.type = i.method;
        t.amount = i.amount;
        t.tendered = i.amount;
        t.reference = i.reference;
        t.approvalCode = i.approvalCode;
        t.maskedCard = i.maskedCard;
        t.wallet = i.wallet;
        t.originalReference = i.originalReference;
        t.state = i.state;
        out.insert(i.saleTenderUuid, t);
    }
    return out;
}

Status RefundService::checkNoOtherUnfinished(const SaleDetail &sale, const QString &refundUuid) const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT 1 FROM refund_intents i JOIN refund_requests q ON q.refund_uuid = i.refund_uuid"
                       " WHERE q.sale_uuid = ? AND i.refund_uuid <> ? AND i.state IN ('started', 'unknown', 'approved')"),
        {sale.sale.uuid, refundUuid}, tr("The refunds could not be read."));
    if (!q)
        return q.error();
    if (q->next())
        return Error::conflict(tr("Another refund of %1 is not finished: finish that one first.").arg(sale.sale.receiptNumber));
    return {};
}

Result<BookedRefund> RefundService::startTerminalParts(const Session &session, const RefundRequest &request,
                                                       const SaleDetail &sale)
{
    hal::PaymentTerminal *terminal = m_payments.terminal();
    if (!terminal || !terminal->isEnabled())
        return Error::invalidInput(tr("No payment terminal is ready: refund to cash needs a supervisor."));
    QList<RefundIntent> started;
    const Status written = m_core.store().transaction([&]() -> Status {
        started.clear();
        auto approved = approvedParts(request.uuid);
        if (!approved)
            return approved.error();
        auto plan = planFor(sale, request, *approved);
        if (!plan)
            return plan.error();
        if (Status saved = saveRequest(session, request, sale); !saved)
            return saved;
        const QDateTime now = m_core.clock().now();
        for (const RefundTender &t : std::as_const(plan->tenders)) {
            if (!t.throughTerminal() || approved->contains(t.saleTenderUuid))
                continue;
            RefundIntent i;
            i.uuid = t.uuid;
            i.refundUuid = request.uuid;
            i.saleTenderUuid = t.saleTenderUuid;
            i.registerId = m_core.documentNumbers().registerId();
            i.method = t.type;
            i.amount = t.amount;
            i.originalReference = t.originalReference;
            i.state = IntentState::kStarted;
            i.createdAt = now;
            if (Status inserted = m_payments.insertRefundIntent(i); !inserted)
                return inserted;
            started << i;
        }
        return {};
    });
    if (!written)
        return written.error();
    // Committed: whatever happens next, the parts are there to finish.
    for (const RefundIntent &i : std::as_const(started))
        m_payments.sendRefund(i);
    return status(request.uuid);
}

Result<BookedRefund> RefundService::status(const QString &uuid) const
{
    if (auto booked = byUuid(uuid); !booked)
        return booked.error();
    else if (*booked)
        return **booked;
    auto saved = savedRequest(uuid);
    if (!saved)
        return saved.error();
    if (!*saved)
        return Error::notFound(tr("No refund has the id %1.").arg(uuid));
    const RefundRequest &request = (*saved)->second;
    auto parts = m_payments.refundIntents(uuid);
    if (!parts)
        return parts.error();
    auto approved = approvedParts(uuid);
    if (!approved)
        return approved.error();
    auto sale = m_sales.detail(request.receiptNumber);
    if (!sale)
        return sale.error();
    BookedRefund out;
    out.uuid = uuid;
    out.waiting = true;
    auto plan = planFor(*sale, request, *approved);
    if (plan)
        out.plan = *plan;
    // Per sale tender: approved, still on its way, or (only) declined.
    for (RefundTender &t : out.plan.tenders) {
        if (!t.throughTerminal() || approved->contains(t.saleTenderUuid))
            continue;
        QString message;
        t.state = IntentState::kDeclined;
        for (const RefundIntent &i : std::as_const(*parts)) {
            if (i.saleTenderUuid != t.saleTenderUuid)
                continue;
            if (i.inFlight()) {
                t.state = i.state;
                t.uuid = i.uuid;
            } else if (i.state == IntentState::kDeclined) {
                message = i.message;
            }
        }
        if (t.state == IntentState::kDeclined && out.declined.isEmpty())
            out.declined = tr("The %1 refund was declined: %2; refund to cash needs a supervisor.")
                               .arg(TenderType::displayName(t.type).toLower(), message);
    }
    out.waiting = out.declined.isEmpty();
    return out;
}

Result<BookedRefund> RefundService::finish(const QString &uuid)
{
    auto now = status(uuid);
    if (!now)
        return now.error();
    if (now->alreadyBooked || !now->declined.isEmpty())
        return *now;
    for (const RefundTender &t : std::as_const(now->plan.tenders)) {
        if (t.throughTerminal() && t.state != IntentState::kApproved && t.state != IntentState::kBooked)
            return *now; // still waiting for the terminal
    }
    auto saved = savedRequest(uuid);
    if (!saved)
        return saved.error();
    const auto &[session, request] = **saved;
    BookedRefund out;
    const Status written = m_core.store().transaction([&]() -> Status {
        out = BookedRefund();
        return write(session, request, out);
    });
    if (!written)
        return written.error();
    if (request.printReceipt && m_printQueue)
        m_printQueue->notifyQueued();
    return out;
}

} // namespace qtill::checkout
