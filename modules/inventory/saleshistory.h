#pragma once

#include "csvreader.h"
#include "csvwriter.h"
#include "inventoryids.h"
#include "productimporter.h"

#include "core/migration.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// One product's sales on one business day, from the system the store used before Qtill.
struct SalesHistoryEntry
{
    ProductId product;
    QDate date;                 ///< business date (Clock::businessDate)
    Quantity quantity;          ///< net sold that day (sales minus customer returns), ≥ 0
    Money value;                ///< what it sold for, in the store's currency; unset (Money()) or zero when the old
                                ///< system did not say
};

/// What one sales-history import wrote.
struct SalesHistoryImportResult
{
    QString batch;              ///< "SH-R01-00000001"
    int rows = 0;               ///< product-days written
    int skippedRows = 0;        ///< bad rows left out (GoodRowsOnly)
    QDate from;                 ///< first and last business date imported
    QDate to;
};

/// One imported batch of sales history, for listing and removing.
struct SalesHistoryBatch
{
    QString number;             ///< "SH-R01-00000001"
    QDateTime importedAt;
    OperatorId operatorId;      ///< who imported it; invalid for set-up code
    QString source;             ///< the file name, "demo", …
    int rows = 0;               ///< product-days still in the batch
    QDate from;                 ///< first and last business date
    QDate to;
};

/// Sales history from before Qtill ("历史销售"): the daily sold quantity per product imported from the
/// previous POS, so best sellers, slow movers and reorder suggestions have something to go on from the
/// first day. History never touches stock: the ledger (stock_movements) stays append-only and in time
/// order, and on hand is unchanged. SalesAnalysis and ReorderService count history rows together with
/// the ledger's "sale"/"refund" movements; a history day counts in a period [from, to) when
/// businessDate(from) ≤ day < businessDate(to), so adjacent periods never count a day twice.
///
/// Schema "saleshistory" v1: sales_history_batches (number, imported_at, operator_id, source, row_count,
/// first_date, last_date) and sales_history (batch_id, product_id, business_date TEXT yyyy-MM-dd,
/// qty_milli ≥ 0 net sold, value_fen ≥ 0 with 0 = unknown; UNIQUE (product_id, business_date), which is
/// also the (product_id, business_date) index; plus an index on business_date).
///
/// Rules for every row (file or entries): the product exists (file: item code or barcode); the date is
/// before today (store clock, business day), not more than ten years back, and before the first business
/// day that has Qtill "sale" movements (so no sale is counted twice); the quantity is a number ≥ 0, at
/// most 1,000,000 a day, whole for goods sold by the piece (kg with up to three decimals for weighed
/// goods); the value, if given, an amount ≥ 0 up to 10,000,000.00; a product and day only once in the
/// file, and not imported before (the message names the batch). Rows already imported are refused, not
/// replaced: a correction is a deliberate act, and refusing can never double count.
///
/// CSV columns: `date`, `sku` or `barcode` (at least one), `quantity`, optional `value` (yuan, "125.50";
/// empty = unknown) and `name` (ignored, so an export imports back unchanged). Chinese headings are
/// understood (日期/营业日期, 商品编码/货号, 条码, 销量/数量, 销售额/金额, 品名). Mode and the never-half-done rule
/// are ProductImporter's. Import needs ImportPermissions::kImport; it writes one batch in one transaction
/// with one audit row "sales.history_import" (target: the batch number). Export needs kExport.
/// Built only by InventoryServices. Threading: same as the Services, which must outlive this object.
class SalesHistory
{
public:
    /// Per product and day: more than this is a typing mistake.
    static constexpr qint64 kMaxQuantityMilli = 1'000'000'000;
    /// Per product and day, in fen (10,000,000.00 yuan).
    static constexpr qint64 kMaxValueFen = 1'000'000'000;
    /// How far back history may go, in days.
    static constexpr int kMaxAgeDays = 3660;

    ~SalesHistory();
    SalesHistory(const SalesHistory &) = delete;
    SalesHistory &operator=(const SalesHistory &) = delete;

    /// Schema "saleshistory" (registered by InventoryModule::schemas()).
    static Schema schema();

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    /// Checks every row of a parsed file; writes nothing. An Error only when the file as a whole cannot
    /// be used (a column missing or doubled) or the store cannot be read.
    Result<ImportReport> validate(const CsvDocument &document);
    Result<ImportReport> validateFile(const QString &path, const CsvReader::Options &options = {});
    const ImportReport &report() const;
    /// Writes what the last validate() accepted as one batch (see the class notes). `source` (e.g. the
    /// file name) goes into the batch and the audit row.
    Result<SalesHistoryImportResult> import(const Session &actor, ProductImporter::Mode mode,
                                            const QString &source = {});

    /// Validates and imports entries given in code (a migration tool, the demo store) with the same
    /// rules, all or nothing: InvalidInput naming the first bad entry (and how many are bad).
    Result<SalesHistoryImportResult> importEntries(const Session &actor, const QList<SalesHistoryEntry> &entries,
                                                   const QString &source);

    /// Every batch, newest first. Needs InventoryPermissions::kView.
    Result<QList<SalesHistoryBatch>> batches(const Session &actor) const;
    /// Takes back a batch imported by mistake (the wrong file, the wrong shop's export): its rows and the
    /// batch go in one transaction, audited "sales.history_remove" with the row count and dates, so the
    /// right file can be imported afterwards. Needs ImportPermissions::kImport; NotFound for an unknown
    /// number. Returns the rows removed. Stock and the ledger are not touched (history never was stock).
    Result<int> removeBatch(const Session &actor, const QString &number);

    /// The first business date with a Qtill "sale" movement; invalid when there is none.
    Result<QDate> firstSaleDate() const;

    /// Every history row as date, sku, barcode, name, quantity, value (empty when unknown), by date and
    /// item code — the columns the import reads. Needs kExport; audited "inventory.export" (sales_history).
    static Result<int> exportHistory(Services &services, const Session &actor, CsvWriter &writer);

private:
    friend class InventoryServices;
    explicit SalesHistory(Services &core);

    struct Private;
    Services &m_services;
    ImportProgress m_progress;
    std::unique_ptr<Private> d;
};

} // namespace qtill::inventory
