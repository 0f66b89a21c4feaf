#pragma once

#include "csvwriter.h"
#include "productimporter.h"

#include "core/result.h"

#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// Saves the catalog as CSV in exactly the columns ProductImporter reads (ProductCsv), so that an
/// export imported into an empty store with the same categories and tax classes gives the same
/// catalog: every product (listed and delisted) ordered by item code, its item barcode (the first
/// code with pack quantity 1) in `barcode` and every other code in `other_barcodes` ("CODE*24").
///
/// Needs ImportPermissions::kExport (the file holds costs); each export is audited as
/// "inventory.export" with the number of products. Progress reports use ImportPhase::Importing.
/// Built only by InventoryServices::newExporter(). Threading: same as the Services, which must outlive the exporter.
class Exporter
{
public:
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

    /// Writes the header and one row per product into `writer`; returns the number of products.
    Result<int> exportProducts(const Session &actor, CsvWriter &writer);
    /// The same into a file (UTF-8 with BOM unless the options say otherwise).
    Result<int> exportProductsToFile(const Session &actor, const QString &path,
                                     const CsvWriter::Options &options = {});

private:
    friend class InventoryServices;
    explicit Exporter(Services &core);

    Services &m_services;
    ImportProgress m_progress;
};

} // namespace qtill::inventory
