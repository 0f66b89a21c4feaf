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

class SupplierService;

/// What a supplier import wrote.
struct SupplierImportResult
{
    int suppliersAdded = 0;
    int suppliersUpdated = 0;
    int items = 0;          ///< supplier items added or changed
    int skippedRows = 0;    ///< bad rows left out (GoodRowsOnly)
};

/// Imports suppliers, or what each supplier supplies, from CSV. The file's columns say which:
///
/// - **Suppliers** (no `sku` column): `code`, `name`, `contact`, `phone`, `lead_time_days`, `active`
///   (供应商编码, 供应商名称, 联系人, 电话, 到货天数, 启用), and optionally `address`, `payment_terms`,
///   `tax_id`, `bank_name`, `bank_account`, `note` (地址, 付款方式, 税号, 开户行, 银行账号, 备注; checked as
///   SupplierService::validate() does). A code the store knows updates that supplier
///   (columns the file lacks, and an empty name, keep their values); a new code needs a name.
/// - **Supplier items** (a `sku` column): `supplier` (code), `sku`, `supplier_item_code`, `cost` (yuan
///   per selling unit), `pack_size` (units per order pack), `preferred` (1/0). Supplier and product must
///   exist; one row per supplier and product.
///
/// validate() checks every row and writes nothing; import() writes the good rows through
/// SupplierService (its rules and audit rows) in ONE transaction, with one audit row "inventory.import"
/// (target "suppliers" or "supplier_items"). Needs ImportPermissions::kImport and
/// PurchasingPermissions::kOrder. The exports write the same columns, so they import back unchanged.
class SupplierImporter
{
public:
    enum class Kind { Suppliers, SupplierItems };

    ~SupplierImporter();
    SupplierImporter(const SupplierImporter &) = delete;
    SupplierImporter &operator=(const SupplierImporter &) = delete;

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    Result<ImportReport> validate(const CsvDocument &document);
    Result<ImportReport> validateFile(const QString &path, const CsvReader::Options &options = {});
    const ImportReport &report() const;
    /// What the last validated file holds.
    Kind kind() const;
    Result<SupplierImportResult> import(const Session &actor, ProductImporter::Mode mode);

    /// Every supplier, by code. Needs ImportPermissions::kExport; audited "inventory.export".
    static Result<int> exportSuppliers(Services &services, const Session &actor, CsvWriter &writer);
    /// Every supplier item, by supplier code and item code. Same permission and audit.
    static Result<int> exportSupplierItems(Services &services, const Session &actor, CsvWriter &writer);

private:
    friend class InventoryServices;
    SupplierImporter(Services &core, SupplierService &suppliers);

    struct Private;
    Services &m_services;
    SupplierService &m_suppliers;
    ImportProgress m_progress;
    std::unique_ptr<Private> d;
};

} // namespace qtill::inventory
