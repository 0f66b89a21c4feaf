#pragma once

#include "sale.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {
class InventoryServices;
}

namespace qtill::checkout {

class PaymentService;
class PrintQueue;
class SaleService;

/// One line to take back: which sold line, how much of it, and whether it goes back on the shelf.
struct RefundLineRequest
{
    int lineNo = 0;          ///< the sale line (1, 2, …)
    Quantity quantity;       ///< ≤ what is left of it after earlier refunds
    bool restock = true;     ///< back into stock; false: written off (damaged, opened food)
};

/// What the till asks RefundService::refund to book.
struct RefundRequest
{
    QString uuid;            ///< client-made; a retry sends the same
    QString receiptNumber;   ///< the sale the goods came from
    QList<RefundLineRequest> lines;
    QString reason;
    /// Give all of it back in cash, also what was paid by card, QR or face (the terminal is not asked).
    /// Needs CheckoutPermissions::kRefundToCash (a supervisor's override for a cashier).
    bool toCash = false;
    /// Queue the refund receipt (PrintQueue::enqueueRefund) in the refund's own transaction: the till sets it.
    bool printReceipt = false;
};

/// What goes back to one payment of the sale: the Tender fields say how it goes back (type: the
/// payment's own type, or cash; for a terminal part uuid is the refund intent's, the terminal's
/// requestId, and reference, approvalCode, maskedCard, wallet are the terminal's answer once approved).
struct RefundTender : Tender
{
    QString saleTenderUuid;  ///< the sale's tender it goes back to (what that one paid bounds it)
    QString paidBy;          ///< that tender's type (card, qr, face, cash)
    QString originalReference; ///< that tender's transaction id at the provider
    QString state;           ///< terminal parts: an IntentState key (approved, declined, …); cash: empty

    bool throughTerminal() const { return type == TenderType::kCard || type == TenderType::kQr || type == TenderType::kFace; }
};

/// One line of a planned or booked refund.
struct RefundLine
{
    int lineNo = 0;
    QString name;
    Quantity quantity;
    Money amount;            ///< what goes back for it: its share of what the customer paid for the line
    bool restock = true;
};

/// What goes back, and how: the same figures RefundService books (plan() shows them first).
struct RefundPlan
{
    QString receiptNumber;
    QList<RefundLine> lines;
    Money goods;             ///< Σ line amounts
    Money rounding;          ///< the sale's cash rounding given back with it (prorated; the last refund takes the rest)
    Money total;             ///< goods + rounding: what the customer gets back
    /// Per tender of the sale, what goes back to it (see RefundService for the order); cash: handed out.
    QList<RefundTender> tenders;
};

/// A booked refund.
struct BookedRefund
{
    QString uuid;
    QString refundNumber;    ///< "RF-R01-00000003"
    RefundPlan plan;
    QDateTime at;
    QString registerId;
    OperatorId operatorId;   ///< the operator at the register
    OperatorId approverId;   ///< the supervisor of an override; invalid when none
    QString reason;
    qint64 journalSeq = 0;
    bool alreadyBooked = false;
    /// Not booked yet: the terminal is giving back the card, QR or face parts (PaymentService::refundChanged
    /// tells when one is decided; RefundService books by itself once every part is approved).
    bool waiting = false;
    /// Not booked: a terminal part was declined; the cashier's message. The approved parts stay approved
    /// and are not sent again: refund() with the same uuid tries the declined part again (or toCash).
    QString declined;
};

/// Takes goods back (退货) from a booked sale, whole or some lines and quantities.
///
/// A refund equals what was paid: each line gives back its share of the line's net (after its own
/// discount and its share of the order discount), prorated by quantity and rounded half-up, and the
/// refund that takes the last of a line gives back exactly what is left, so a line refunded in parts
/// returns to the fen what it cost. The sale's cash rounding goes back in proportion too (the last
/// refund of the sale takes what is left of it), so refunding a whole sale gives back exactly its total.
/// A line is never refunded beyond what was sold (the sale row is locked while refunds are counted).
///
/// Money goes back to the sale's own tenders, each at most what it paid less what earlier refunds gave
/// back to it (read from the booked refund tenders). The order: card, QR and face payments first, in the
/// order they paid, each up to what it can still take; cash last. The refund's share of the cash
/// rounding is thus given back in cash whenever cash is part of it (a card never gets more than it
/// paid). With RefundRequest::toCash (permission kRefundToCash) every part is handed out in cash instead.
///
/// A card, QR or face part goes back through the terminal, never lost, never twice: refund() commits
/// the request (refund_requests) and one refund intent per terminal part (PaymentService) BEFORE the
/// terminal is asked, and answers `waiting`. The refund books — one transaction: the refund, its lines
/// and tenders (with the terminal's transaction id and approval code), stock, serials, journal, audit,
/// the receipt queued, the intents marked booked — only once every terminal part is approved
/// (finish(), run by CheckoutServices when PaymentService reports one; and after a restart when the
/// reconciler finds one). A declined part books nothing; refund() again with the same uuid sends only
/// what is not approved yet.
///
/// Permissions: CheckoutPermissions::kRefund (a supervisor, or a cashier on an override; both ids audited).
/// One transaction: the refund and its lines, stock back (StockReason::kRefund) for restocked lines,
/// serial numbers back, the journal record (minus the total), the audit row. Idempotent by uuid.
/// Built only by CheckoutServices. Threading: that of the Services.
class RefundService
{
public:
    ~RefundService();
    RefundService(const RefundService &) = delete;
    RefundService &operator=(const RefundService &) = delete;

    /// What `request` would give back, without booking it (the refund screen shows it).
    Result<RefundPlan> plan(const RefundRequest &request) const;
    /// Books the refund, or — with terminal parts — starts them and answers `waiting` (see the class notes).
    Result<BookedRefund> refund(const Session &session, const RefundRequest &request);
    /// Where the refund `uuid` stands: booked, waiting for the terminal, or declined. NotFound when unknown.
    Result<BookedRefund> status(const QString &uuid) const;
    /// Books the refund `uuid` started earlier when every terminal part is approved (nothing otherwise).
    /// CheckoutServices runs it on PaymentService::refundPartApproved; safe to call again.
    Result<BookedRefund> finish(const QString &uuid);
    /// A booked refund by its number ("RF-R01-00000003"), with its lines and tenders. NotFound when unknown.
    Result<BookedRefund> byNumber(const QString &refundNumber) const;
    /// How much of each line of a sale has been refunded so far, by line number.
    Result<QHash<int, Quantity>> refundedQuantities(const QString &receiptNumber) const;

private:
    friend class CheckoutServices;
    RefundService(Services &core, inventory::InventoryServices &inventory, SaleService &sales, PaymentService &payments);
    void setPrintQueue(PrintQueue *queue) { m_printQueue = queue; }
    Result<std::optional<BookedRefund>> read(const QString &column, const QString &value) const;

    /// `approved`: the terminal parts of this refund approved already, by sale tender uuid (fixed).
    Result<RefundPlan> planFor(const SaleDetail &sale, const RefundRequest &request,
                               const QHash<QString, RefundTender> &approved = {}) const;
    Status allocate(const SaleDetail &sale, const RefundRequest &request, const QHash<QString, RefundTender> &approved,
                    RefundPlan &plan) const;
    Result<QHash<QString, qint64>> givenBack(const SaleDetail &sale) const;
    Status write(const Session &session, const RefundRequest &request, BookedRefund &out);
    Result<std::optional<BookedRefund>> byUuid(const QString &uuid) const;
    Status readRows(qint64 refundId, qint64 saleId, const Currency &currency, RefundPlan &plan) const;

    // Terminal parts (refundterminal.cpp)
    Result<BookedRefund> startTerminalParts(const Session &session, const RefundRequest &request, const SaleDetail &sale);
    Status saveRequest(const Session &session, const RefundRequest &request, const SaleDetail &sale);
    Result<std::optional<std::pair<Session, RefundRequest>>> savedRequest(const QString &uuid) const;
    Result<QHash<QString, RefundTender>> approvedParts(const QString &refundUuid) const;
    Status checkNoOtherUnfinished(const SaleDetail &sale, const QString &refundUuid) const;

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    SaleService &m_sales;
    PaymentService &m_payments;
    PrintQueue *m_printQueue = nullptr;
};

} // namespace qtill::checkout
