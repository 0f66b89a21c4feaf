#pragma once

#include "csvreader.h"
#include "productimporter.h"

#include "core/result.h"

#include <QHash>
#include <QString>

namespace qtill {
class Store;
} // namespace qtill

namespace qtill::inventory {

class CsvSheet;

/// The products a CSV file names by item code ("sku") or barcode, read once for the whole file in
/// batches, and the product of each record. Shared by the stock import and the sales history import.
/// A record names its product by item code when that cell is filled, otherwise by barcode.
class CsvProductKeys
{
public:
    /// What an import needs to know about a named product.
    struct Article
    {
        qint64 id = 0;
        QString sku;
        QString name;
        bool weighed = false;   ///< sold by weight (kg with decimals), not by the piece
    };

    /// Reads the products that the records of `document` name in `skuColumn` / `barcodeColumn` of
    /// `sheet` (which must outlive this object). A Storage error when the products cannot be read.
    static Result<CsvProductKeys> load(const Store &store, const CsvSheet &sheet, const CsvDocument &document,
                                       int skuColumn, int barcodeColumn);

    /// The product `record` names; nullptr after adding the issue to `report` (no product with that
    /// item code or barcode, or the record gives neither).
    const Article *resolve(const CsvRecord &record, ImportReport &report) const;

private:
    CsvProductKeys(const CsvSheet &sheet, int skuColumn, int barcodeColumn);

    const CsvSheet *m_sheet = nullptr;
    int m_skuColumn = -1;
    int m_barcodeColumn = -1;
    QHash<QString, Article> m_bySku;
    QHash<QString, Article> m_byCode;
};

} // namespace qtill::inventory
