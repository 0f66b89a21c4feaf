#pragma once

#include "csvsheet.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::inventory {

/// The columns of a product CSV file, shared by ProductImporter and Exporter so that an export
/// imports back unchanged. Export writes the English keys; import also accepts the Chinese headings
/// managers type (商品编码, 条码, 品名, 售价, …), in any order and any case; unknown columns are ignored.
///
/// Values: prices in yuan with up to two decimals ("3.50"); quantities in units with up to three
/// decimals ("12", "0.5"); sold_by_weight 1/0 (also yes/no, true/false, 是/否); status listed/delisted
/// (also 上架/下架); category by code or name; tax_class by code (empty: the store's default);
/// other_barcodes as "CODE" or "CODE*PACKQTY" separated by ';' ("16901234567899*24"); brand by name
/// (a new name adds the brand); department by code or name; serial_tracked 1/0.
namespace ProductCsv {

enum Column {
    kSku,
    kBarcode,
    kOtherBarcodes,
    kName,
    kNameEn,
    kCategory,
    kUnit,
    kSoldByWeight,
    kPrice,
    kMemberPrice,
    kCost,
    kTaxClass,
    kStatus,
    kSafetyStock,
    kMaxStock,
    kBrand,
    kDepartment,
    kSerialTracked,
    kColumnCount
};

/// The key written in the header for `column` ("sku", "price", …).
QString key(Column column);
/// Every column's key in file order.
QStringList header();
/// Columns a file must have.
bool isRequired(Column column);
/// The columns as CsvSheet reads them, in Column order: key, aliases and isRequired() — or only the
/// item code required (`onlySkuRequired`: updating existing products).
QList<CsvColumnSpec> columns(bool onlySkuRequired = false);

} // namespace ProductCsv

} // namespace qtill::inventory
