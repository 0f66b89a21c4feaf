#include "productimporter.h"

#include "importskeleton.h"
#include "inventorymodule.h"
#include "productcsvformat.h"
#include "productimportwriter.h"
#include "productrowcheck.h"

#include "core/services.h"

#include <algorithm>

namespace qtill::inventory {

using productimport::Row;

struct ProductImporter::Private
{
    ImportRun<Row> run;

    /// Whether writing the good rows creates categories or departments (create missing).
    bool createsSomething() const
    {
        return std::any_of(run.rows.cbegin(), run.rows.cend(), [](const Row &row) {
            return row.good && (!row.newCategory.isEmpty() || !row.newDepartment.isEmpty());
        });
    }
};

ProductImporter::ProductImporter(Services &services) : m_services(services), d(std::make_unique<Private>()) {}

ProductImporter::~ProductImporter() = default;

const ImportReport &ProductImporter::report() const
{
    return d->run.report;
}

Result<ImportReport> ProductImporter::validateFile(const QString &path, const CsvReader::Options &options)
{
    auto document = CsvReader::readFile(path, options);
    if (!document)
        return document.error();
    return validate(*document);
}

Result<ImportReport> ProductImporter::validate(const CsvDocument &document)
{
    d->run.reset();
    // Updating: only the item code is needed; the other required columns only for new products.
    const bool update = m_existing == Existing::Update;
    auto mapped = CsvSheet::map(document, ProductCsv::columns(update));
    if (!mapped)
        return mapped.error();
    const CsvSheet &sheet = *mapped;

    auto lookups = productimport::readLookups(m_services);
    if (!lookups)
        return lookups.error();
    lookups->createMissing = m_createMissing;
    if (update) {
        for (int c = 0; c < ProductCsv::kColumnCount; ++c) {
            if (ProductCsv::isRequired(ProductCsv::Column(c)) && !sheet.has(c))
                lookups->missingForNew << ProductCsv::key(ProductCsv::Column(c));
        }
        if (Status read = productimport::readExisting(m_services, sheet, document, *lookups); !read)
            return read.error();
    }

    d->run.begin(document);
    ImportSkeleton::checkRecords(sheet, document, d->run, m_progress,
                                 [&](RowCheck &check) { return productimport::checkRow(check, *lookups, update); });
    if (Status checked = productimport::checkDuplicates(m_services, sheet, d->run.rows, d->run.report, update); !checked)
        return checked.error();
    d->run.finish(m_progress);
    return d->run.report;
}

Result<ImportResult> ProductImporter::import(const Session &actor, Mode mode)
{
    const ImportReport &report = d->run.report;
    ImportResult result;
    result.skippedRows = report.badRows;
    const qint64 total = report.goodRows;
    QStringList permissions{ImportPermissions::kImport};
    if (d->createsSomething())
        permissions << InventoryPermissions::kEdit;
    const Status done = ImportSkeleton::write(m_services, actor, permissions, report, d->run.validated, mode, [&]() -> Status {
        productimport::Writer writer(m_services, actor, m_existing == Existing::Update, result);
        if (Status prepared = writer.prepare(); !prepared)
            return prepared;
        if (Status created = writer.createMissing(d->run.rows); !created)
            return created;
        for (const Row &row : std::as_const(d->run.rows)) {
            if (!row.good)
                continue;
            if (Status written = writer.write(row); !written)
                return written;
            if (m_progress && (result.products + result.updated) % ImportSkeleton::kProgressEvery == 0)
                m_progress(ImportPhase::Importing, result.products + result.updated, total);
        }
        QString detail = QStringLiteral("%1 products, %2 codes, %5 brands added; %6 products updated (%7 prices); "
                                        "%3 bad rows skipped; file %4")
                             .arg(result.products)
                             .arg(result.barcodes)
                             .arg(result.skippedRows)
                             .arg(report.fileEncoding)
                             .arg(result.brandsAdded)
                             .arg(result.updated)
                             .arg(result.pricesChanged);
        if (result.categoriesAdded > 0 || result.departmentsAdded > 0)
            detail += QStringLiteral("; created %1 categories, %2 departments").arg(result.categoriesAdded).arg(result.departmentsAdded);
        return ImportSkeleton::audit(m_services, actor, QStringLiteral("inventory.import"), QStringLiteral("products"), detail);
    });
    if (!done)
        return done.error();
    if (m_progress)
        m_progress(ImportPhase::Importing, total, total);
    return result;
}

} // namespace qtill::inventory
