#pragma once

#include "stocktake.h"

#include "core/migration.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace qtill {
class AuditLog;
class PermissionService;
class Services;
class Store;
class DocumentNumbers;
class StoreProfileService;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class Catalog;
class StockLedger;

/// Stocktaking ("盘点"): count sessions by location (optionally one category), counted by several
/// people at once, a variance report in quantity and value, and approval that books the variances
/// into the stock ledger.
///
/// Rules a manager relies on:
/// - **Freeze.** start() stores the book quantity (on hand at the location) and the cost of every
///   product in scope with stock there, plus the id of the last stock movement included ("snapshot
///   mark"). Products found later that had no stock get a line when first counted, with their book
///   quantity as of the mark. One open count per location at a time.
/// - **Counting.** Every count row records the operator, the time and the ledger's last movement id at
///   that moment. Counts accumulate per counter: two people counting the same product on two shelves
///   add up. CountMode::Replace ("recount") replaces only that counter's own tally for the product; a
///   negative Add corrects a mis-scan (a tally never goes below zero).
/// - **Movements during the count.** For each product, expected = book + the product's movements at
///   the location after the snapshot mark up to the mark of its last count row; variance = counted −
///   expected. So a sale rung up before the shelf was counted is already missing from the shelf and
///   from "expected"; one rung up after is on the shelf when counted and is booked separately by the
///   sale. Neither is counted twice. (A product counted in parts at very different times uses the
///   last part's moment; count a product in one go while the shop is open.)
/// - **Not counted.** Lines nobody counted are left unchanged at approval, unless zeroUncounted is
///   asked for (a full count: what was not found is gone); then their whole current stock is written off.
/// - **Approval** (inventory.stocktake.approve) appends one stock movement per line with a variance,
///   reason StockReason::kCount (the ledger's stocktake key), document the stocktake number, and an
///   audit row with the totals, in one transaction. Start/cancel need inventory.stocktake.manage, counting inventory.stocktake.count.
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class StocktakeService
{
public:
    /// The "stocktake" schema (v1: stocktakes, stocktake_lines, stocktake_counts; v2: stocktakes.number).
    static Schema schema();

    /// Starts a count at a location (by code), optionally only one category (by code, with its
    /// sub-categories), freezing the book quantities. Conflict when the location has an open count.
    Result<Stocktake> start(const Session &actor, const QString &locationCode, const QString &categoryCode = {},
                            const QString &note = {});

    /// Records one count of a product. Quantity in milli-units (scan: 1 piece = 1000).
    /// InvalidInput when the product is outside the count's category; Conflict when the count is closed.
    Result<StocktakeCount> count(const Session &actor, StocktakeId id, ProductId product, Quantity quantity,
                                 CountMode mode = CountMode::Add);
    /// Scan-to-count: the scanned code's product, `times` × its pack quantity (a case barcode counts 24;
    /// a scale label its printed weight). `times` 0 only with CountMode::Replace ("none found").
    Result<StocktakeCount> countCode(const Session &actor, StocktakeId id, const QString &code, int times = 1,
                                     CountMode mode = CountMode::Add);

    /// NotFound for an unknown id.
    Result<Stocktake> stocktake(StocktakeId id) const;
    /// By document number ("ST-R01-00000003", or "ST-000012" for a count started before numbers per
    /// register). NotFound when there is none.
    Result<Stocktake> byNumber(const QString &number) const;

    /// Counts, newest first; `status` empty for all.
    Result<QList<Stocktake>> list(const QString &statusKey = {}, int limit = 50) const;
    /// Every count row of a session, in the order they were made.
    Result<QList<StocktakeCount>> counts(StocktakeId id) const;

    /// The variance report as approval would book it now (for an approved count: as it was booked).
    Result<StocktakeReport> variance(StocktakeId id, bool zeroUncounted = false) const;

    /// Books the variances (see the class notes) and closes the count. Returns the report as booked.
    /// Before committing, each counted or adjusted product's figure at the location is proved equal to
    /// the sum of its movements (StockLedger::verifyProducts); a Conflict naming the first that is not
    /// leaves the count open and the stock unchanged.
    Result<StocktakeReport> approve(const Session &actor, StocktakeId id, bool zeroUncounted = false);

    /// Closes the count without changing stock. Audited.
    Status cancel(const Session &actor, StocktakeId id, const QString &reason = {});

private:
    friend class InventoryServices;
    StocktakeService(Services &core, const Catalog &catalog, StockLedger &ledger);

    Result<StocktakeCount> recordCount(const Session &actor, StocktakeId id, ProductId product, Quantity quantity,
                                       CountMode mode, const QString &code);
    Result<StocktakeReport> computeReport(const Stocktake &st, bool zeroUncounted) const;
    /// stocktake(id) with its row locked for this transaction (see the .cpp).
    Result<Stocktake> lockedStocktake(StocktakeId id);
    Result<qint64> ensureLine(const Stocktake &st, ProductId product);
    Result<qint64> lastMovementId() const;

    Store &m_store;
    AuditLog &m_audit;
    PermissionService &m_permissions;
    DocumentNumbers &m_numbers;
    const StoreProfileService &m_profile;
    const Catalog &m_catalog;
    StockLedger &m_ledger;
};

} // namespace qtill::inventory
