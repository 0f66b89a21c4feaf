#pragma once

#include "csvreader.h"
#include "csvwriter.h"
#include "productimporter.h"

#include "core/result.h"

#include <memory>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class StockLedger;

/// What a stock import wrote.
struct StockImportResult
{
    int movements = 0;      ///< ledger movements booked (one per changed product and location)
    int unchanged = 0;      ///< rows whose count equalled the stock on hand already
    int skippedRows = 0;    ///< bad rows left out (GoodRowsOnly)
};

/// Sets stock on hand from a counted list — the opening stock of a new store, or a count done on paper
/// or in a spreadsheet: columns `sku` or `barcode` (at least one; a case barcode names its product),
/// `location` (code or name: FLOOR / 卖场) and `on_hand` (units, up to three decimals for goods sold by
/// weight); `name` and `unit` are ignored, so a stock export (exportStock) imports back unchanged.
/// Chinese headings are understood (商品编码/货号, 条码, 库位/位置, 库存/数量, 品名, 单位).
///
/// validate() checks every row (product and location known, quantity a number ≥ 0 and whole for goods
/// sold by the piece, the same product and location only once) and writes nothing. import() books for
/// each good row the difference to the stock on hand at that moment as ONE ledger movement — reason
/// "opening" where that product never had stock at that location, "adjustment" otherwise — all rows
/// in one transaction with one audit row "inventory.import" (target "stock"); a row that matches the
/// stock already books nothing. Needs ImportPermissions::kImport and StockPermissions::kAdjust.
/// Mode and the never-half-done rule are ProductImporter's.
class StockImporter
{
public:
    ~StockImporter();
    StockImporter(const StockImporter &) = delete;
    StockImporter &operator=(const StockImporter &) = delete;

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    Result<ImportReport> validate(const CsvDocument &document);
    Result<ImportReport> validateFile(const QString &path, const CsvReader::Options &options = {});
    const ImportReport &report() const;
    Result<StockImportResult> import(const Session &actor, ProductImporter::Mode mode);

    /// Every non-zero stock balance as sku, barcode, name, location (code), on_hand, unit — ordered by
    /// item code and location. Needs ImportPermissions::kExport; audited "inventory.export" (stock).
    static Result<int> exportStock(Services &services, const Session &actor, CsvWriter &writer);

private:
    friend class InventoryServices;
    StockImporter(Services &core, StockLedger &ledger);

    struct Private;
    Services &m_services;
    StockLedger &m_ledger;
    ImportProgress m_progress;
    std::unique_ptr<Private> d;
};

} // namespace qtill::inventory
