#pragma once

#include "sale.h"

#include "core/result.h"

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
    QList<Tender> tenders;   ///< per tender of the sale, what goes back to it (cash: handed out)
};

/// A booked refund.
struct BookedRefund
{
    QString uuid;
    QString refundNumber;    ///< "RF-R01-00000003"
    RefundPlan plan;
    qint64 journalSeq = 0;
    bool alreadyBooked = false;
};

/// Takes goods back (退货) from a booked sale, whole or some lines and quantities.
///
/// A refund equals what was paid: each line gives back its share of the line's net (after its own
/// discount and its share of the order discount), prorated by quantity and rounded half-up, and the
/// refund that takes the last of a line gives back exactly what is left, so a line refunded in parts
/// returns to the fen what it cost. The sale's cash rounding goes back in proportion too (the last
/// refund of the sale takes what is left of it), so refunding a whole sale gives back exactly its total.
/// A line is never refunded beyond what was sold (the sale row is locked while refunds are counted).
/// Money goes back to the sale's tenders up to what each paid; today only cash tenders: a sale with a
/// card, QR or face payment is refused until terminal refunds land.
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
    Result<BookedRefund> refund(const Session &session, const RefundRequest &request);
    /// How much of each line of a sale has been refunded so far, by line number.
    Result<QHash<int, Quantity>> refundedQuantities(const QString &receiptNumber) const;

private:
    friend class CheckoutServices;
    RefundService(Services &core, inventory::InventoryServices &inventory, SaleService &sales);

    Result<RefundPlan> planFor(const SaleDetail &sale, const RefundRequest &request) const;
    Status write(const Session &session, const RefundRequest &request, BookedRefund &out);
    Result<std::optional<BookedRefund>> byUuid(const QString &uuid) const;

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    SaleService &m_sales;
};

} // namespace qtill::checkout
