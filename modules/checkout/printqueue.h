#pragma once

#include "receiptbuilder.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

class RefundService;
class SaleService;

/// What a print job prints. Stable keys stored in print_jobs.kind.
namespace PrintJobKind {
inline const QString kSale = QStringLiteral("sale");       ///< the receipt of a sale just booked
inline const QString kReprint = QStringLiteral("reprint"); ///< a receipt printed again (marked, journalled)
inline const QString kRefund = QStringLiteral("refund");   ///< the receipt of a refund just booked (receipt_number: its refund number)
} // namespace PrintJobKind

/// Where a print job is. Stable keys stored in print_jobs.state.
namespace PrintJobState {
inline const QString kQueued = QStringLiteral("queued");     ///< waiting for the printer (also after a fault)
inline const QString kPrinting = QStringLiteral("printing"); ///< handed to the printer, not confirmed yet
inline const QString kDone = QStringLiteral("done");         ///< the printer took all of it
inline const QString kFailed = QStringLiteral("failed");     ///< given up (unreadable payload): never retried
} // namespace PrintJobState

/// One job of the persisted print queue.
struct PrintJob
{
    qint64 id = 0;
    QString uuid;
    QString registerId;
    QString receiptNumber;
    QString kind;            ///< a PrintJobKind key
    int copies = 1;          ///< receipts (merchant + customer copies) in the payload
    QString paper;           ///< the paper it was laid out for: "58mm" / "80mm"
    QByteArray bytes;        ///< ESC/POS, every copy with its cut (and the drawer kick of a cash sale)
    QString state;           ///< a PrintJobState key
    int attempts = 0;        ///< times handed to the printer
    QString lastError;       ///< the printer's last complaint (cashier-readable); empty when none
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// The register's persisted print queue (table print_jobs): a receipt is queued in the same
/// transaction as what it prints, so a printer out of paper, offline or unplugged never loses one and
/// never holds up a sale; PrintSpooler takes the jobs to the printer, also after a restart.
///
/// Jobs belong to this register (the store profile's register id): lanes sharing one server database
/// print only their own. Receipts are laid out for the paper of ReceiptBuilder::kPaper with the copies of
/// ReceiptBuilder::kCopies, labels in the installed language.
///
/// Built only by CheckoutServices. Threading: that of the Services.
class PrintQueue
{
public:
    ~PrintQueue();
    PrintQueue(const PrintQueue &) = delete;
    PrintQueue &operator=(const PrintQueue &) = delete;

    /// Queues already built receipt copies (encoded for the configured paper). Runs in the caller's
    /// transaction when there is one (the sale's commit), else in its own.
    Result<PrintJob> enqueue(const QString &receiptNumber, const QString &kind, const QList<hal::ReceiptDocument> &copies);
    /// Builds the receipt of a booked sale (its copies per setting) and queues it; in the caller's
    /// transaction when there is one. NotFound for an unknown receipt number.
    Result<PrintJob> enqueueSale(const QString &receiptNumber);
    /// Builds the receipt of a booked refund and queues it (kind kRefund, under the refund number), in
    /// the caller's transaction (the refund's). A merchant copy too when a card part went back, or per setting.
    Result<PrintJob> enqueueRefund(const BookedRefund &refund);
    /// Queues a receipt again, marked REPRINT (no drawer kick), and journals the reprint
    /// (JournalKind::kReprint) in the same transaction. Needs CheckoutPermissions::kSell. A refund
    /// number ("RF-R01-00000003") reprints that refund's receipt.
    Result<PrintJob> reprint(const Session &session, const QString &receiptNumber);
    /// One copy of a booked sale's receipt, as it would print (preview, e-receipt PNG/PDF).
    Result<hal::ReceiptDocument> receipt(const QString &receiptNumber, ReceiptCopy copy = ReceiptCopy::Customer,
                                         bool reprint = false);

    /// What to send to a printer with `paper` for a job: its stored bytes, or — when the job was laid out
    /// for another paper width (the printer was changed) — its receipt built again for this one.
    Result<QByteArray> bytesFor(const PrintJob &job, const hal::PaperProfile &paper);

    /// The oldest job of this register still to print (queued), if any.
    Result<std::optional<PrintJob>> next() const;
    /// The job with this id. NotFound when unknown.
    Result<PrintJob> job(qint64 id) const;
    /// Jobs of this register not printed yet (queued or printing), oldest first.
    Result<QList<PrintJob>> waiting() const;
    /// How many receipts wait for the printer (queued or printing): the warning the till shows.
    Result<int> pending() const;
    /// "2 receipts waiting for the printer"; empty for 0.
    static QString pendingWarning(int count);

    /// Handed to the printer: state printing, one more attempt.
    Status markPrinting(qint64 id);
    /// The printer took all of it.
    Status markDone(qint64 id);
    /// The printer could not take it (out of paper, offline): back to queued with the error, to be
    /// tried again; `permanent` (a payload that cannot be printed) marks it failed for good.
    Status markFailed(qint64 id, const QString &error, bool permanent = false);
    /// After a restart: jobs left "printing" by the previous run go back to queued (the printer's own
    /// queue did not survive). Returns how many.
    Result<int> requeueInterrupted();
    /// Called on the Services' thread after a job was committed to the queue by a sale
    /// (SaleRequest::printReceipt) or a reprint: the app wakes its PrintSpooler with it. One listener.
    void setQueuedListener(std::function<void()> listener) { m_queuedListener = std::move(listener); }
    /// Tells the listener a job was committed (outside any transaction: it may start printing).
    void notifyQueued() const
    {
        if (m_queuedListener)
            m_queuedListener();
    }

    /// Deletes this register's printed jobs (done) last changed before `before` — the queue is not an
    /// archive: a sale's receipt can always be built again from the sale. Returns how many.
    Result<int> purgePrinted(const QDateTime &before);

private:
    friend class CheckoutServices;
    PrintQueue(Services &core, SaleService &sales);
    void setRefunds(RefundService *refunds) { m_refunds = refunds; }
    Result<QList<hal::ReceiptDocument>> refundCopies(const BookedRefund &refund, bool reprint, const hal::PaperProfile &paper);

    ReceiptBuilder builder(const SaleDetail &sale, bool reprint, const hal::PaperProfile &paper) const;
    Result<QList<hal::ReceiptDocument>> copiesOf(const QString &receiptNumber, bool reprint,
                                                 const hal::PaperProfile &paper);
    hal::PaperProfile configuredPaper() const;
    Status setState(qint64 id, const QString &state, const QString &error, bool countAttempt);

    Services &m_core;
    SaleService &m_sales;
    RefundService *m_refunds = nullptr;
    std::function<void()> m_queuedListener;
};

} // namespace qtill::checkout
