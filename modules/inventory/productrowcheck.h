#pragma once

#include "core/currency.h"
// Internal to ProductImporter: one product row as checked and written, what the store knows that rows
// are checked against, and the column validators (productrowcheck.cpp).

#include "importskeleton.h"
#include "productcsvformat.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace qtill {
class Services;
} // namespace qtill

namespace qtill::inventory::productimport {

constexpr int kMaxNameLength = 100;
constexpr int kMaxCodeLength = 32;

/// One product row as it will be written.
struct Row
{
    int row = 0;
    bool good = true;
    qint64 existingId = 0;      ///< Existing::Update: the product this row changes
    QString sku;
    QString name;
    QString nameEn;
    qint64 categoryId = 0;      ///< 0 with newCategory: created by the import (create missing)
    QString newCategory;        ///< the code to create (as written in the file)
    QString unit;
    bool weighed = false;
    qint64 priceFen = 0;
    std::optional<qint64> memberPriceFen;
    qint64 costFen = 0;
    QString taxClass;
    QString status = QStringLiteral("listed");
    qint64 safetyMilli = 0;
    qint64 maxStockMilli = 0;
    QString brand;              ///< name; empty: none
    qint64 departmentId = 0;    ///< 0: none (or newDepartment)
    QString newDepartment;      ///< the code to create (create missing)
    bool serialTracked = false;
    struct Code
    {
        QString code;
        qint64 packMilli = 0;
        ProductCsv::Column column = ProductCsv::kBarcode;   ///< where the file gives it
        QString kind;                                       ///< a BarcodeType key
        QStringList candidates;                             ///< forms the same article may be stored under
        bool owned = false;                                 ///< the product has it already (Update)
    };
    QList<Code> codes;
};

/// A product in the store, as Existing::Update starts from it.
struct ExistingProduct
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    qint64 categoryId = 0;
    QString unit;
    bool weighed = false;
    qint64 priceFen = 0;
    std::optional<qint64> memberPriceFen;
    qint64 costFen = 0;
    QString taxClass;
    QString status;
    qint64 safetyMilli = 0;
    qint64 maxStockMilli = 0;
    QString brand;
    qint64 departmentId = 0;
    bool serialTracked = false;
};

/// What the store knows that every row is checked against, read once per check.
struct Lookups
{
    Currency currency = Currency::fromCode({});      ///< the store's (set by readLookups): amounts are in it
    QHash<QString, qint64> categoryByCode;           ///< lower-case code → id
    QHash<QString, QList<qint64>> categoryByName;    ///< lower-case name → ids (names may repeat)
    QSet<QString> taxCodes;
    QString defaultTax;                              ///< empty: the store has no tax classes
    QHash<QString, qint64> departmentByCode;
    QHash<QString, qint64> departmentByName;
    QSet<QString> scalePrefixes;                     ///< codes a scale-label layout reads
    QHash<QString, ExistingProduct> existing;        ///< Existing::Update: by item code
    QStringList missingForNew;                       ///< Update: required columns the file lacks
    bool createMissing = false;                      ///< unknown categories and departments are created
};

/// Reads categories, tax classes, departments and scale-label prefixes.
Result<Lookups> readLookups(Services &services);
/// Existing::Update: the products the file's item codes name, as they are now.
Status readExisting(Services &services, const CsvSheet &sheet, const CsvDocument &document, Lookups &lookups);

/// One record through every column validator: fills a Row and files the problems.
Row checkRow(RowCheck &check, const Lookups &lookups, bool update);

/// Across rows: an item code or barcode twice in the file (the first row keeps it), then item codes
/// and barcodes the store has already. Fills `owned` of codes an updated product has already.
Status checkDuplicates(Services &services, const CsvSheet &sheet, QList<Row> &rows, ImportReport &report, bool update);

} // namespace qtill::inventory::productimport
