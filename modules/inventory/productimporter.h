#pragma once

#include "csvreader.h"

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// Permissions of import and export (registered by InventoryModule::permissions()).
namespace ImportPermissions {
inline const QString kImport = QStringLiteral("inventory.import");   ///< add products from a file
inline const QString kExport = QStringLiteral("inventory.export");   ///< save the catalog (with costs) to a file
} // namespace ImportPermissions

/// One problem in one row of an import file, as the row-by-row report shows it.
struct ImportIssue
{
    int row = 0;        ///< spreadsheet row (the header is row 1)
    QString column;     ///< the column's heading as written in the file; empty for the whole row
    QString value;      ///< the cell as written (empty for whole-row problems)
    QString message;    ///< translated, for a store manager: what is wrong and how to fix it
};

/// What validation found. Every row is checked; a row with at least one issue is a bad row.
struct ImportReport
{
    QString fileEncoding;       ///< "UTF-8" or "GB18030", as read
    int totalRows = 0;          ///< data rows (header and blank lines not counted)
    int goodRows = 0;
    int badRows = 0;
    QList<ImportIssue> issues;  ///< in row order

    bool isClean() const { return badRows == 0; }
};

/// What an import wrote.
struct ImportResult
{
    int products = 0;       ///< products added
    int updated = 0;        ///< existing products changed (Existing::Update)
    int pricesChanged = 0;  ///< of those, how many got a new retail or member price (each audited)
    int barcodes = 0;       ///< barcodes and PLUs added (item and pack codes)
    int skippedRows = 0;    ///< bad rows left out (GoodRowsOnly)
    int brandsAdded = 0;    ///< brands the file named that the store did not have
    int categoriesAdded = 0;    ///< categories created (setCreateMissing)
    int departmentsAdded = 0;   ///< departments created (setCreateMissing)
};

/// Phase and progress of a long import, for a progress bar (done of total rows).
enum class ImportPhase { Validating, Importing };
using ImportProgress = std::function<void(ImportPhase phase, qint64 done, qint64 total)>;

/// Adds products from a CSV file (see ProductCsv for the columns) in two steps:
///
///  1. validate() checks EVERY row and returns the row-by-row report: required columns and values,
///     numbers, prices (negative, zero, above 1,000,000.00, member price above the retail price),
///     barcodes (check digits of EAN-13/EAN-8/UPC-A/GTIN-14, duplicates within the file naming the
///     first row, duplicates in the store naming the product that has it), item codes (same),
///     categories (by code or name) and tax classes the store knows, units, status and flags.
///     Nothing is written.
///  2. import() writes the validated rows in ONE transaction together with one audit entry
///     ("inventory.import"): with Mode::AllOrNothing only when every row is good (otherwise
///     InvalidInput and nothing is written), with Mode::GoodRowsOnly the good rows and the bad ones
///     skipped. Any failure rolls everything back: an import is never half done. Needs
///     ImportPermissions::kImport.
///
/// Existing products: with Existing::Refuse (the default) an item code or barcode that is in the store
/// already is a bad row. With Existing::Update a row whose item code is in the store changes that
/// product — price lists, new barcodes, renames, delisting by file: only `sku` is a required column
/// then; a column the file has is applied as written (an empty member price removes it), a column the
/// file lacks keeps the product's value; the barcodes a row names are added when the product lacks them
/// (none are removed; a code of ANOTHER product is a bad row); `cost` is not applied to existing
/// products, whose cost is the moving average of their receipts. A row with a new item code still
/// needs every column a new product needs. Each changed price is audited as "product.price" with the
/// old and new price, inside the import's transaction.
///
/// Columns written per product — the same as ProductService::create, plus status and cost from the
/// file: products(sku, name, name_en, category_id, unit, sold_by_weight, price_fen, member_price_fen,
/// cost_fen, tax_class, status, safety_stock_milli, max_stock_milli, brand_id, department_id,
/// serial_tracked, pinyin = Pinyin::initials(name)); image_path keeps its default ''; the search row
/// as ProductSearchIndex::update writes it (through a ProductSearchIndex::Writer); product_barcodes(code, product_id, pack_qty_milli, kind) —
/// the item barcode with pack 1000 and each other code with its pack quantity, kind gtin/plu/internal
/// as ProductService::validateBarcode classifies it; brands(name) for brand names the store lacks.
/// Codes follow ProductService's rules (Barcode::parse; no code a scale-label layout would read;
/// a UPC-A and its EAN-13 form are the same code).
///
/// Create missing (setCreateMissing, off by default): a category or department the store does not know
/// is not a bad row; import() creates it — code and name as the file writes it (an export names them by
/// code) — in the import's transaction, each audited "category.add" / "department.add", and needs
/// InventoryPermissions::kEdit as well. Tax classes are never created (a code says nothing of its rate).
/// So a product export of one store imports into a new store (which starts with the standard tax classes,
/// TaxClassService::addStandardClasses) and exports back byte for byte.
///
/// The steps are ImportRun's (importskeleton.h): one validator per column (productrowcheck.cpp), the
/// checks across rows and against the store (productimportlookups.cpp), the writer
/// (productimportwriter.cpp).
///
/// Speed: lookups against the store go through Store::lookupBatched (500 codes per statement, the
/// statement prepared once), the insert statements are prepared once and reused for every row;
/// 100,000 rows parse, validate and import in a few seconds (tests/bench/bench_import.cpp).
/// Threading: same as the Services; the Services must outlive the importer.
class ProductImporter
{
public:
    enum class Mode { AllOrNothing, GoodRowsOnly };
    /// What a row whose item code is in the store means (see the class notes).
    enum class Existing { Refuse, Update };

    /// Prices above this are refused as typing mistakes (1,000,000.00 yuan, in fen).
    static constexpr qint64 kMaxPriceFen = 100'000'000;

    ~ProductImporter();
    ProductImporter(const ProductImporter &) = delete;
    ProductImporter &operator=(const ProductImporter &) = delete;

    /// Called every 1,000 rows and at the end of each phase.
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    /// Set before validate(); Refuse by default.
    void setExisting(Existing existing) { m_existing = existing; }
    Existing existing() const { return m_existing; }
    /// Set before validate(); off by default (see the class notes).
    void setCreateMissing(bool create) { m_createMissing = create; }
    bool createMissing() const { return m_createMissing; }

    /// Checks a parsed document. An Error only when the file as a whole cannot be used (a required
    /// column missing, a column named twice) or the store cannot be read; row problems are in the report.
    Result<ImportReport> validate(const CsvDocument &document);
    /// Reads (CsvReader::readFile), then validate().
    Result<ImportReport> validateFile(const QString &path, const CsvReader::Options &options = {});

    /// The report of the last validate(); empty before.
    const ImportReport &report() const;

    /// Writes what the last validate() accepted (see the class notes). InvalidInput when nothing was
    /// validated, when AllOrNothing meets bad rows, or when there are no good rows.
    Result<ImportResult> import(const Session &actor, Mode mode);

private:
    friend class InventoryServices;
    explicit ProductImporter(Services &core);

    struct Private;
    Services &m_services;
    ImportProgress m_progress;
    Existing m_existing = Existing::Refuse;
    bool m_createMissing = false;
    std::unique_ptr<Private> d;
};

} // namespace qtill::inventory
