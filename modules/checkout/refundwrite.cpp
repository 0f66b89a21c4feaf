// RefundService::refund: the rows of one refund, in one transaction.
#include "refundservice.h"

#include "checkoutmodule.h"
#include "paymentservice.h"
#include "printqueue.h"
#include "saleservice.h"

#include "inventory/inventoryservices.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/insertreturningid.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::RefundService", text);
}

/// Refund numbers: "RF-R01-00000003".
const DocumentKind kRefunds{QStringLiteral("refund"), QStringLiteral("RF")};

/// A refund tender row as it is written and as the refund's journal record holds it (JournalVerifier
/// reads the row back in this shape): the provider's reference and approval code only for money that
/// went back through the terminal.
QJsonObject tenderRow(const RefundTender &t)
{
    const bool terminal = t.throughTerminal();
    return QJsonObject{{QStringLiteral("uuid"), t.uuid}, {QStringLiteral("type"), t.type},
        {QStringLiteral("amount"), QString::number(t.amount.minor())}, {QStringLiteral("saleTender"), t.saleTenderUuid},
        {QStringLiteral("reference"), terminal ? t.reference : QString()},
        {QStringLiteral("approvalCode"), terminal ? t.approvalCode : QString()},
        {QStringLiteral("maskedCard"), t.maskedCard}, {QStringLiteral("wallet"), t.wallet}};
}

} // namespace

Result<std::optional<BookedRefund>> RefundService::byUuid(const QString &uuid) const
{
    return read(QStringLiteral("uuid"), uuid);
}

Result<BookedRefund> RefundService::byNumber(const QString &refundNumber) const
{
    auto found = read(QStringLiteral("number"), refundNumber);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("No refund has the number %1.").arg(refundNumber));
    return **found;
}

Result<std::optional<BookedRefund>> RefundService::read(const QString &column, const QString &value) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT r.uuid, r.number, s.receipt_number, r.goods, r.rounding, r.total,"
                                                " r.currency, r.journal_seq, r.id, r.sale_id, r.at, r.register_id,"
                                                " r.operator_id, r.approver_id, r.reason FROM refunds r"
                                                " JOIN sales s ON s.id = r.sale_id WHERE r.")
            + column + QStringLiteral(" = ?"),
        {value}, tr("The refund could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BookedRefund>();
    const Currency c = Currency::fromCode(q->value(6).toString());
    BookedRefund b;
    b.uuid = q->value(0).toString();
    b.refundNumber = q->value(1).toString();
    b.plan.receiptNumber = q->value(2).toString();
    b.plan.goods = Money::fromMinor(q->value(3).toLongLong(), c);
    b.plan.rounding = Money::fromMinor(q->value(4).toLongLong(), c);
    b.plan.total = Money::fromMinor(q->value(5).toLongLong(), c);
    b.journalSeq = q->value(7).toLongLong();
    b.alreadyBooked = true;
    b.at = parseStoredTime(q->value(10).toString());
    b.registerId = q->value(11).toString();
    b.operatorId = OperatorId(q->value(12).toLongLong());
    b.approverId = q->value(13).isNull() ? OperatorId() : OperatorId(q->value(13).toLongLong());
    b.reason = q->value(14).toString();
    if (Status read = readRows(q->value(8).toLongLong(), q->value(9).toLongLong(), c, b.plan); !read)
        return read.error();
    return std::optional<BookedRefund>(b);
}

Status RefundService::readRows(qint64 refundId, qint64 saleId, const Currency &c, RefundPlan &plan) const
{
    Store &store = m_core.store();
    auto lines = store.exec(QStringLiteral("SELECT l.line_no, s.name, l.quantity, l.amount, l.restock FROM refund_lines l"
                                           " JOIN sale_lines s ON s.sale_id = ? AND s.line_no = l.line_no"
                                           " WHERE l.refund_id = ? ORDER BY l.id"),
        {saleId, refundId}, tr("The refund could not be read."));
    if (!lines)
        return lines.error();
    while (lines->next())
        plan.lines << RefundLine{lines->value(0).toInt(), lines->value(1).toString(),
                                 Quantity::fromMilli(lines->value(2).toLongLong()),
                                 Money::fromMinor(lines->value(3).toLongLong(), c), lines->value(4).toInt() != 0};
    auto tenders = store.exec(QStringLiteral("SELECT t.uuid, t.type, t.amount, t.sale_tender_uuid, t.reference, t.approval_code,"
                                             " t.masked_card, t.wallet, COALESCE(st.type, ''), COALESCE(st.reference, '')"
                                             " FROM refund_tenders t LEFT JOIN sale_tenders st ON st.uuid = t.sale_tender_uuid"
                                             " WHERE t.refund_id = ? ORDER BY t.id"),
        {refundId}, tr("The refund could not be read."));
    if (!tenders)
        return tenders.error();
    while (tenders->next()) {
        RefundTender t;
        t.uuid = tenders->value(0).toString();
        t.type = tenders->value(1).toString();
        t.amount = Money::fromMinor(tenders->value(2).toLongLong(), c);
        t.tendered = t.amount;
        t.saleTenderUuid = tenders->value(3).toString();
        t.reference = tenders->value(4).toString();
        t.approvalCode = tenders->value(5).toString();
        t.maskedCard = tenders->value(6).toString();
        t.wallet = tenders->value(7).toString();
        t.paidBy = tenders->value(8).toString().isEmpty() ? t.type : tenders->value(8).toString();
        t.originalReference = tenders->value(9).toString();
        if (t.throughTerminal())
            t.state = IntentState::kBooked;
        plan.tenders << t;
    }
    return {};
}

Result<BookedRefund> RefundService::refund(const Session &session, const RefundRequest &asked)
{
    if (asked.uuid.isEmpty())
        return Error::invalidInput(tr("The refund has no id."), QStringLiteral("RefundRequest without uuid"));
    if (auto before = byUuid(asked.uuid); !before)
        return before.error();
    else if (*before)
        return **before;
    if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kRefund); !allowed)
        return allowed.error();
    RefundRequest request = asked;
    auto saved = savedRequest(asked.uuid);
    if (!saved)
        return saved.error();
    if (*saved) { // a retry of a refund started before: what comes back is what was asked then
        request = (*saved)->second;
        request.toCash = asked.toCash;
        request.printReceipt = asked.printReceipt;
    }
    if (request.reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the goods come back."));
    if (request.toCash) {
        if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kRefundToCash); !allowed)
            return allowed.error();
    }
    auto sale = m_sales.detail(request.receiptNumber);
    if (!sale)
        return sale.error();
    if (Status alone = checkNoOtherUnfinished(*sale, request.uuid); !alone)
        return alone.error();
    auto parts = m_payments.refundIntents(request.uuid);
    if (!parts)
        return parts.error();
    if (std::any_of(parts->cbegin(), parts->cend(), [](const RefundIntent &i) { return i.inFlight(); })) {
        for (const RefundIntent &i : std::as_const(*parts)) // no answer yet: ask again, same ids
            if (i.inFlight())
                m_payments.sendRefund(i);
        return status(request.uuid);
    }
    auto approved = approvedParts(request.uuid);
    if (!approved)
        return approved.error();
    auto plan = planFor(*sale, request, *approved);
    if (!plan)
        return plan.error();
    if (std::any_of(plan->tenders.cbegin(), plan->tenders.cend(),
                    [&](const RefundTender &t) { return t.throughTerminal() && !approved->contains(t.saleTenderUuid); }))
        return startTerminalParts(session, request, *sale);
    if (*saved && request.toCash != (*saved)->second.toCash) {
        if (Status kept = saveRequest(session, request, *sale); !kept)
            return kept.error();
    }
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

Status RefundService::write(const Session &session, const RefundRequest &request, BookedRefund &out)
{
    Store &store = m_core.store();
    auto sale = m_sales.detail(request.receiptNumber);
    if (!sale)
        return sale.error();
    // The sale row is the lock: two lanes refunding the same sale count its refunds one after the other.
    auto locked = store.exec(QStringLiteral("SELECT location_id FROM sales WHERE id = ?") + store.dialect().forUpdate(),
        {sale->sale.id}, tr("The refund could not be saved."));
    if (!locked)
        return locked.error();
    const inventory::LocationId location(locked->next() ? locked->value(0).toLongLong() : 0);
    auto voided = store.exec(QStringLiteral("SELECT 1 FROM sale_voids WHERE sale_id = ?"), {sale->sale.id},
        tr("The refund could not be saved."));
    if (!voided)
        return voided.error();
    if (voided->next())
        return Error::conflict(tr("%1 was voided: there is nothing to take back.").arg(sale->sale.receiptNumber));
    auto approved = approvedParts(request.uuid);
    if (!approved)
        return approved.error();
    auto plan = planFor(*sale, request, *approved);
    if (!plan)
        return plan.error();
    for (const RefundTender &t : std::as_const(plan->tenders)) {
        if (t.throughTerminal() && !approved->contains(t.saleTenderUuid))
            return Error::conflict(tr("The %1 refund has not gone through yet.").arg(TenderType::displayName(t.type)),
                                   QStringLiteral("refund %1: part %2 not approved").arg(request.uuid, t.saleTenderUuid));
    }
    auto number = m_core.documentNumbers().next(kRefunds);
    if (!number)
        return number.error();
    const QDateTime now = m_core.clock().now();
    const OperatorId actor = session.auditActor();
    const OperatorId approver = session.requestedBy.isValid() ? session.operatorId : OperatorId();
    const QString registerId = m_core.documentNumbers().registerId();
    const QDate day = m_core.storeProfile().businessDate(now);

    QJsonArray lines;
    for (const RefundLine &l : std::as_const(plan->lines))
        lines.append(QJsonObject{{QStringLiteral("line"), l.lineNo}, {QStringLiteral("qty"), QString::number(l.quantity.milli())},
            {QStringLiteral("amount"), QString::number(l.amount.minor())}, {QStringLiteral("restock"), l.restock}});
    QJsonArray tenders;
    for (const RefundTender &t : std::as_const(plan->tenders))
        tenders.append(tenderRow(t));
    auto negated = plan->total.negated();
    if (!negated)
        return negated.error();
    JournalDraft record{registerId, JournalKind::kRefund, request.uuid, *number, actor, day, *negated,
        QJsonObject{{QStringLiteral("refund"), request.uuid}, {QStringLiteral("sale"), sale->sale.uuid},
            {QStringLiteral("receipt"), sale->sale.receiptNumber}, {QStringLiteral("lines"), lines},
            {QStringLiteral("goods"), QString::number(plan->goods.minor())},
            {QStringLiteral("rounding"), QString::number(plan->rounding.minor())},
            {QStringLiteral("total"), QString::number(plan->total.minor())},
            {QStringLiteral("reason"), request.reason.trimmed()}, {QStringLiteral("tenders"), tenders}}};
    auto journalled = m_core.journal().append(record);
    if (!journalled)
        return journalled.error();
    auto refundId = insertReturningId(store,
        QStringLiteral("INSERT INTO refunds (uuid, number, sale_id, register_id, business_date, at, operator_id, approver_id,"
                       " reason, currency, goods, rounding, total, journal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {request.uuid, *number, sale->sale.id, registerId, day.toString(Qt::ISODate), storedTime(now),
            qlonglong(actor.value()), sqlvalues::optionalId(approver.value()), request.reason.trimmed(),
            plan->total.currency().code(), qlonglong(plan->goods.minor()), qlonglong(plan->rounding.minor()),
            qlonglong(plan->total.minor()), journalled->seq},
        tr("The refund could not be saved."));
    if (!refundId)
        return refundId.error();
    for (const RefundLine &l : std::as_const(plan->lines)) {
        auto inserted = store.exec(QStringLiteral("INSERT INTO refund_lines (refund_id, line_no, quantity, amount, restock)"
                                                  " VALUES (?, ?, ?, ?, ?)"),
            {*refundId, l.lineNo, qlonglong(l.quantity.milli()), qlonglong(l.amount.minor()), l.restock ? 1 : 0},
            tr("The refund could not be saved."));
        if (!inserted)
            return inserted.error();
        const SoldLine &sold = *std::find_if(sale->lines.cbegin(), sale->lines.cend(),
                                             [&](const SoldLine &s) { return s.lineNo == l.lineNo; });
        if (l.restock) {
            auto moved = m_inventory.ledger().post(
                inventory::StockMovement{sold.product, location, l.quantity, inventory::StockReason::kRefund, actor, *number});
            if (!moved)
                return moved.error();
        }
        if (!sold.serialNumber.isEmpty()) {
            auto back = m_inventory.serials().markReturned(sold.serialNumber, *number, actor, sold.product);
            if (!back)
                return back.error();
        }
    }
    for (const QJsonValue &value : std::as_const(tenders)) {
        const QJsonObject t = value.toObject();
        const auto field = [&t](const char *key) { return sqlvalues::text(t.value(QLatin1String(key)).toString()); };
        auto inserted = store.exec(QStringLiteral("INSERT INTO refund_tenders (refund_id, uuid, type, amount, sale_tender_uuid,"
                                                  " reference, approval_code, masked_card, wallet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {*refundId, field("uuid"), field("type"), t.value(QStringLiteral("amount")).toString().toLongLong(),
                field("saleTender"), field("reference"), field("approvalCode"), field("maskedCard"), field("wallet")},
            tr("The refund could not be saved."));
        if (!inserted)
            return inserted.error();
    }
    auto done = store.exec(QStringLiteral("UPDATE refund_intents SET state = ? WHERE refund_uuid = ? AND state = ?"),
        {IntentState::kBooked, request.uuid, IntentState::kApproved}, tr("The refund could not be saved."));
    if (!done)
        return done.error();
    auto audited = m_core.auditLog().append(AuditRecord{actor, approver, QStringLiteral("sale.refund"),
        QStringLiteral("sale:") + sale->sale.receiptNumber, AuditOutcome::kOk,
        tr("%1 back (%2)").arg(plan->total.format(QLocale()), request.reason.trimmed())});
    if (!audited)
        return audited.error();
    out.uuid = request.uuid;
    out.refundNumber = *number;
    out.plan = *plan;
    out.journalSeq = journalled->seq;
    out.at = now;
    out.registerId = registerId;
    out.operatorId = actor;
    out.approverId = approver;
    out.reason = request.reason.trimmed();
    if (request.printReceipt && m_printQueue) {
        auto queued = m_printQueue->enqueueRefund(out);
        if (!queued)
            return queued.error();
    }
    return {};
}

} // namespace qtill::checkout
