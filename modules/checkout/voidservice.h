#pragma once

#include "sale.h"

#include "inventory/inventoryids.h"

#include "core/result.h"

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {
class InventoryServices;
}

namespace qtill::checkout {

class SaleService;

/// What the till asks VoidService::voidSale to do.
struct VoidRequest
{
    QString uuid;            ///< client-made; a retry sends the same
    QString receiptNumber;   ///< the sale to undo
    QString reason;          ///< why ("customer changed their mind", "rang up twice")
};

/// A booked void.
struct BookedVoid
{
    QString uuid;
    QString receiptNumber;
    Money total;             ///< what the sale came to (the journal takes it off the grand total)
    qint64 journalSeq = 0;
    bool alreadyVoided = false; ///< this uuid was booked before: nothing was written this time
};

/// Voids (撤销) a sale of the current business day: a new record, never an edit of the sale.
///
/// Rules: the acting session has CheckoutPermissions::kVoid (a supervisor, or a cashier with a
/// supervisor's override: Session::requestedBy is then the cashier, and both ids are audited); the
/// sale is of today's business day (older sales are refunded, not voided); it was not voided before;
/// its card, QR and face payments have been reversed (PaymentService::returnForVoid — the void waits for
/// the terminal, so money and goods always go back together). A reason is required.
/// One transaction writes the void row, a journal record (minus the sale's total), a stock movement
/// back per line (StockReason::kVoid, where it was sold), the serial numbers back in stock, and the
/// audit row "sale.void". Idempotent by the request's uuid.
/// Built only by CheckoutServices. Threading: that of the Services.
class VoidService
{
public:
    ~VoidService();
    VoidService(const VoidService &) = delete;
    VoidService &operator=(const VoidService &) = delete;

    Result<BookedVoid> voidSale(const Session &session, const VoidRequest &request);
    /// Whether the sale with this receipt number has been voided.
    Result<bool> isVoided(const QString &receiptNumber) const;

private:
    friend class CheckoutServices;
    VoidService(Services &core, inventory::InventoryServices &inventory, SaleService &sales);

    Status check(const Session &session, const VoidRequest &request, const SaleDetail &sale) const;
    Status write(const Session &session, const VoidRequest &request, const SaleDetail &sale, BookedVoid &out);
    Result<std::optional<BookedVoid>> byUuid(const QString &uuid) const;

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    SaleService &m_sales;
};

} // namespace qtill::checkout
