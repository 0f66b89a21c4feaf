#include "printqueue.h"

#include "checkoutmodule.h"
#include "refundservice.h"
#include "saleservice.h"

#include "core/insertreturningid.h"
#include "core/journal.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"
#include "core/storesettings.h"

#include "hal/escpos/escposencoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::PrintQueue", text);
}

const QString kJobColumns = QStringLiteral(
    "id, job_uuid, register_id, receipt_number, kind, copies, paper, payload, state, attempts, last_error,"
    " created_at, updated_at");

PrintJob readJob(const QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toLongLong();
    j.uuid = q.value(1).toString();
    j.registerId = q.value(2).toString();
    j.receiptNumber = q.value(3).toString();
    j.kind = q.value(4).toString();
    j.copies = q.value(5).toInt();
    j.paper = q.value(6).toString();
    j.bytes = QByteArray::fromBase64(q.value(7).toString().toLatin1());
    j.state = q.value(8).toString();
    j.attempts = q.value(9).toInt();
    j.lastError = q.value(10).toString();
    j.createdAt = parseStoredTime(q.value(11).toString());
    j.updatedAt = parseStoredTime(q.value(12).toString());
    return j;
}

} // namespace

PrintQueue::PrintQueue(Services &core, SaleService &sales)
    : m_core(core)
    , m_sales(sales)
{
}

PrintQueue::~PrintQueue() = default;

hal::PaperProfile PrintQueue::configuredPaper() const
{
    return hal::PaperProfile::fromKey(ReceiptBuilder::kPaper.get(m_core.settings()));
}

ReceiptBuilder PrintQueue::builder(const SaleDetail &sale, bool reprint, const hal::PaperProfile &paper) const
{
    ReceiptOptions options;
    options.paper = paper;
    options.reprint = reprint;
    if (auto op = m_core.operators().find(sale.sale.operatorId))
        options.operatorNumber = op->number;
    return ReceiptBuilder(m_core.storeProfile().profile(), options);
}

Result<QList<hal::ReceiptDocument>> PrintQueue::copiesOf(const QString &receiptNumber, bool reprint,
                                                         const hal::PaperProfile &paper)
{
    auto sale = m_sales.detail(receiptNumber);
    if (!sale && sale.error().code == Error::Code::NotFound && m_refunds) {
        if (auto refund = m_refunds->byNumber(receiptNumber); refund)
            return refundCopies(*refund, reprint, paper);
    }
    if (!sale)
        return sale.error();
    const ReceiptBuilder b = builder(*sale, reprint, paper);
    QList<hal::ReceiptDocument> out;
    for (ReceiptCopy copy : ReceiptBuilder::copiesFor(*sale, ReceiptBuilder::kCopies.get(m_core.settings()))) {
        auto doc = b.build(*sale, copy);
        if (!doc)
            return doc.error();
        out.append(*doc);
    }
    return out;
}

Result<QByteArray> PrintQueue::bytesFor(const PrintJob &job, const hal::PaperProfile &paper)
{
    if (job.paper == paper.key)
        return job.bytes;
    auto copies = copiesOf(job.receiptNumber, job.kind == PrintJobKind::kReprint, paper);
    if (!copies)
        return copies.error();
    const hal::EscPosEncoder encoder(paper);
    QByteArray bytes;
    for (const hal::ReceiptDocument &doc : std::as_const(*copies))
        bytes += encoder.encode(doc);
    return bytes;
}

Result<hal::ReceiptDocument> PrintQueue::receipt(const QString &receiptNumber, ReceiptCopy copy, bool reprint)
{
    auto sale = m_sales.detail(receiptNumber);
    if (!sale)
        return sale.error();
    return builder(*sale, reprint, configuredPaper()).build(*sale, copy);
}

Result<PrintJob> PrintQueue::enqueue(const QString &receiptNumber, const QString &kind,
                                     const QList<hal::ReceiptDocument> &copies)
{
    if (copies.isEmpty())
        return Error::invalidInput(tr("There is nothing to print."), QStringLiteral("enqueue without documents"));
    const hal::PaperProfile paper = configuredPaper();
    const hal::EscPosEncoder encoder(paper);
    QByteArray bytes;
    for (const hal::ReceiptDocument &doc : copies)
        bytes += encoder.encode(doc);
    PrintJob job;
    job.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.registerId = m_core.storeProfile().registerId();
    job.receiptNumber = receiptNumber;
    job.kind = kind;
    job.copies = int(copies.size());
    job.paper = paper.key;
    job.bytes = bytes;
    job.state = PrintJobState::kQueued;
    job.createdAt = job.updatedAt = m_core.clock().now();
    const QString at = storedTime(job.createdAt);
    const Status written = m_core.store().transaction([&]() -> Status {
        auto id = insertReturningId(m_core.store(),
            QStringLiteral("INSERT INTO print_jobs (job_uuid, register_id, receipt_number, kind, copies, paper, payload,"
                           " state, attempts, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?)"),
            {job.uuid, job.registerId, receiptNumber, kind, job.copies, job.paper, QString::fromLatin1(bytes.toBase64()),
             job.state, at, at},
            tr("The receipt could not be queued for printing."));
        if (!id)
            return id.error();
        job.id = *id;
        return {};
    });
    if (!written)
        return written.error();
    return job;
}

Result<PrintJob> PrintQueue::enqueueSale(const QString &receiptNumber)
{
    PrintJob job;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto copies = copiesOf(receiptNumber, false, configuredPaper());
        if (!copies)
            return copies.error();
        auto queued = enqueue(receiptNumber, PrintJobKind::kSale, *copies);
        if (!queued)
            return queued.error();
        job = *queued;
        return {};
    });
    if (!done)
        return done.error();
    return job;
}

Result<QList<hal::ReceiptDocument>> PrintQueue::refundCopies(const BookedRefund &refund, bool reprint,
                                                             const hal::PaperProfile &paper)
{
    ReceiptOptions options;
    options.paper = paper;
    options.reprint = reprint;
    RefundReceipt receipt{refund, QString::number(refund.operatorId.value()), QString()};
    if (auto op = m_core.operators().find(refund.operatorId))
        receipt.cashier = op->number;
    if (refund.approverId.isValid()) {
        auto approver = m_core.operators().find(refund.approverId);
        receipt.approver = approver ? approver->displayName() : QString::number(refund.approverId.value());
    }
    const ReceiptBuilder b(m_core.storeProfile().profile(), options);
    const QString policy = ReceiptBuilder::kCopies.get(m_core.settings());
    const bool card = std::any_of(refund.plan.tenders.cbegin(), refund.plan.tenders.cend(),
                                  [](const RefundTender &t) { return t.type == TenderType::kCard; });
    QList<hal::ReceiptDocument> out;
    if (policy == ReceiptCopies::kAlways || (policy != ReceiptCopies::kCustomerOnly && card))
        out << b.buildRefund(receipt, ReceiptCopy::Merchant);
    out << b.buildRefund(receipt, ReceiptCopy::Customer);
    return out;
}

Result<PrintJob> PrintQueue::enqueueRefund(const BookedRefund &refund)
{
    PrintJob job;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto copies = refundCopies(refund, false, configuredPaper());
        if (!copies)
            return copies.error();
        auto queued = enqueue(refund.refundNumber, PrintJobKind::kRefund, *copies);
        if (!queued)
            return queued.error();
        job = *queued;
        return {};
    });
    if (!done)
        return done.error();
    return job;
}

Result<PrintJob> PrintQueue::reprint(const Session &session, const QString &receiptNumber)
{
    if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kSell); !allowed)
        return allowed.error();
    PrintJob job;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto copies = copiesOf(receiptNumber, true, configuredPaper());
        if (!copies)
            return copies.error();
        auto queued = enqueue(receiptNumber, PrintJobKind::kReprint, *copies);
        if (!queued)
            return queued.error();
        job = *queued;
        JournalDraft draft;
        draft.registerId = job.registerId;
        draft.kind = JournalKind::kReprint;
        draft.uuid = job.uuid;
        draft.document = receiptNumber;
        draft.operatorId = session.operatorId;
        draft.businessDate = m_core.storeProfile().businessDate(job.createdAt);
        draft.amount = Money::zero(m_core.storeProfile().currency());
        draft.payload = QJsonObject{{QStringLiteral("receipt"), receiptNumber}, {QStringLiteral("job"), job.uuid},
                                    {QStringLiteral("copies"), job.copies}};
        auto appended = m_core.journal().append(draft);
        return appended ? Status() : Status(appended.error());
    });
    if (!done)
        return done.error();
    notifyQueued();
    return job;
}

Result<std::optional<PrintJob>> PrintQueue::next() const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kJobColumns
            + QStringLiteral(" FROM print_jobs WHERE register_id = ? AND state = ? ORDER BY id LIMIT 1"),
        {m_core.storeProfile().registerId(), PrintJobState::kQueued}, tr("The print queue could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PrintJob>();
    return std::optional<PrintJob>(readJob(*q));
}

Result<PrintJob> PrintQueue::job(qint64 id) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM print_jobs WHERE id = ?"),
        {id}, tr("The print queue could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("This print job does not exist."), QStringLiteral("print job %1").arg(id));
    return readJob(*q);
}

Result<QList<PrintJob>> PrintQueue::waiting() const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kJobColumns
            + QStringLiteral(" FROM print_jobs WHERE register_id = ? AND state IN (?, ?) ORDER BY id"),
        {m_core.storeProfile().registerId(), PrintJobState::kQueued, PrintJobState::kPrinting},
        tr("The print queue could not be read."));
    if (!q)
        return q.error();
    QList<PrintJob> jobs;
    while (q->next())
        jobs.append(readJob(*q));
    return jobs;
}

Result<int> PrintQueue::pending() const
{
    auto q = m_core.store().exec(
        QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE register_id = ? AND state IN (?, ?)"),
        {m_core.storeProfile().registerId(), PrintJobState::kQueued, PrintJobState::kPrinting},
        tr("The print queue could not be read."));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

QString PrintQueue::pendingWarning(int count)
{
    if (count <= 0)
        return {};
    return QCoreApplication::translate("qtill::checkout::PrintQueue", "%n receipt(s) waiting for the printer", nullptr, count);
}

Status PrintQueue::setState(qint64 id, const QString &state, const QString &error, bool countAttempt)
{
    return m_core.store().transaction([&]() -> Status {
        auto q = m_core.store().exec(
            QStringLiteral("UPDATE print_jobs SET state = ?, last_error = ?, attempts = attempts + ?, updated_at = ?"
                           " WHERE id = ?"),
            {state, error.isNull() ? QStringLiteral("") : error, countAttempt ? 1 : 0, storedTime(m_core.clock().now()), id},
            tr("The print queue could not be updated."));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::notFound(tr("This print job does not exist."), QStringLiteral("print job %1").arg(id));
        return {};
    });
}

Status PrintQueue::markPrinting(qint64 id)
{
    return setState(id, PrintJobState::kPrinting, QString(), true);
}

Status PrintQueue::markDone(qint64 id)
{
    return setState(id, PrintJobState::kDone, QString(), false);
}

Status PrintQueue::markFailed(qint64 id, const QString &error, bool permanent)
{
    return setState(id, permanent ? PrintJobState::kFailed : PrintJobState::kQueued, error, false);
}

Result<int> PrintQueue::requeueInterrupted()
{
    int count = 0;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto q = m_core.store().exec(
            QStringLiteral("UPDATE print_jobs SET state = ?, updated_at = ? WHERE register_id = ? AND state = ?"),
            {PrintJobState::kQueued, storedTime(m_core.clock().now()), m_core.storeProfile().registerId(),
             PrintJobState::kPrinting},
            tr("The print queue could not be updated."));
        if (!q)
            return q.error();
        count = q->numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return count;
}

Result<int> PrintQueue::purgePrinted(const QDateTime &before)
{
    int count = 0;
    const Status done = m_core.store().transaction([&]() -> Status {
        auto q = m_core.store().exec(
            QStringLiteral("DELETE FROM print_jobs WHERE register_id = ? AND state = ? AND updated_at < ?"),
            {m_core.storeProfile().registerId(), PrintJobState::kDone, storedTime(before)},
            tr("The print queue could not be cleaned up."));
        if (!q)
            return q.error();
        count = q->numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return count;
}

} // namespace qtill::checkout
