#pragma once

#include "sale.h"
#include "tendersplit.h"

#include "inventory/inventoryids.h"

#include "core/result.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {
class InventoryServices;
}

namespace qtill::checkout {

/// Books sales: the one place a sale is written.
///
/// commit() writes, in ONE transaction: the sale with its receipt number (DocumentNumbers, gapless per
/// register), its lines (with the tax of each at the rate it sold at), its tenders, a stock movement per
/// line (StockReason::kSale, at the selling location), the serial numbers it sells, an audit row per
/// price override or discount (with the approving supervisor), the journal record that proves it, and
/// the removal of the ticket in progress it paid (CartStore).
/// All or nothing: a failure at any step leaves no trace of the sale, and its receipt number is used by
/// the next sale.
///
/// Idempotent: a request whose uuid was booked before returns that sale (alreadyCommitted) and writes
/// nothing — a retry after a lost reply, a double tap, a replayed file never books twice.
/// Permissions: CheckoutPermissions::kSell; a price override or discount needs kPriceOverride /
/// kDiscount of the cashier or of the supervisor recorded on the line (approvedBy).
/// Built only by CheckoutServices. Threading: that of the Services.
class CartStore;
class PrintQueue;

class SaleService
{
public:
    ~SaleService();
    SaleService(const SaleService &) = delete;
    SaleService &operator=(const SaleService &) = delete;

    /// Books a paid sale. Errors for the cashier: an empty ticket, tenders that do not pay it
    /// (TenderSplit::stillDue), a card, QR or face tender that is not an approved payment intent of
    /// this sale (PaymentService) for its amount, a cash tender above its limit
    /// (PaymentService::kTenderLimits), no permission, not enough stock where the store blocks it, a
    /// serial number missing or sold already.
    Result<CommittedSale> commit(const Session &session, const SaleRequest &request);

    /// Whether the store has the goods of line `index` for every unit of that product on the cart, where
    /// the store blocks negative stock (StockLedger::kAllowNegativeStock false; otherwise always ok):
    /// the till asks at the scan, so a cashier learns it before the customer pays, not at commit.
    Status checkStock(const Cart &cart, int index);

    /// The products sold most (by quantity) since `since`, at most `limit`: what the till offers as
    /// favourites. Only which products, no figures, so it needs no permission (a cashier's picker).
    Result<QList<inventory::ProductId>> mostSold(const QDateTime &since, int limit) const;

    /// The booked sale with this uuid, if any.
    Result<std::optional<CommittedSale>> byUuid(const QString &uuid) const;
    /// NotFound for an unknown receipt number.
    Result<CommittedSale> byReceipt(const QString &receiptNumber) const;
    /// A sale with its lines and tenders, by receipt number. NotFound when unknown.
    Result<SaleDetail> detail(const QString &receiptNumber) const;
    /// Booked sales, newest first.
    Result<QList<CommittedSale>> list(const SaleQuery &query) const;

    /// The canonical record of a booked sale (sale, lines, tenders) as the journal keeps it; journal
    /// verification compares the tables with it.
    static QJsonObject journalPayload(const CommittedSale &sale, const QJsonArray &lines, const QJsonArray &tenders);

private:
    friend class CheckoutServices;
    SaleService(Services &core, inventory::InventoryServices &inventory, CartStore &carts);
    /// The queue SaleRequest::printReceipt queues on (built after this service: CheckoutServices sets it).
    void setPrintQueue(PrintQueue *queue) { m_printQueue = queue; }

    /// What prepare() works out first in the transaction: totals, tender split; write() adds tax per line.
    struct Prepared
    {
        CartTotals totals;
        TenderSplit split;
        QList<int> taxRates;        ///< basis points, per line
        QList<Money> taxes;         ///< per line
        inventory::LocationId location;
    };
    Result<Prepared> prepare(const Session &session, const SaleRequest &request);
    Status write(const Session &session, const SaleRequest &request, Prepared &prepared, CommittedSale &out);
    Status writeLines(const Session &session, const SaleRequest &request, Prepared &prepared, qint64 saleId,
                      const CommittedSale &sale);
    Status auditLine(const Session &session, const CartLine &line, const CommittedSale &sale);
    Status auditOrderDiscount(const Session &session, const Cart &cart, const CartTotals &totals, const CommittedSale &sale);
    Status writeTenders(Prepared &prepared, qint64 saleId);
    /// The promotions and coupons the cart was priced with (sale_discounts), when it was priced.
    Status writeDiscounts(const Cart &cart, qint64 saleId);
    /// Every card, QR and face tender must be an approved payment intent of this sale for exactly its
    /// amount (locked until the sale commits); its reference, card and wallet come from the intent.
    Status bindIntents(const QString &saleUuid, QList<Tender> &tenders);
    Result<inventory::LocationId> sellingLocation();
    Result<int> taxRate(const QString &taxClass);

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    CartStore &m_carts;
    PrintQueue *m_printQueue = nullptr;  ///< not owned; null: printReceipt is refused
    QHash<QString, int> m_taxRates;     ///< by tax class, read once per commit
    int m_defaultTaxRate = 0;           ///< the default class's rate (0: the store has none)
    bool m_taxRatesRead = false;        ///< m_taxRates holds this commit's reading
};

} // namespace qtill::checkout
