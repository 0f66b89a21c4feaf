#include "csvproductkeys.h"

#include "csvsheet.h"

#include "core/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace qtill::inventory {

// The messages keep the translation context of the stock import, where they were first written, so the
// existing translations apply (literal calls so that lupdate files them under that context).

CsvProductKeys::CsvProductKeys(const CsvSheet &sheet, int skuColumn, int barcodeColumn)
    : m_sheet(&sheet), m_skuColumn(skuColumn), m_barcodeColumn(barcodeColumn)
{
}

Result<CsvProductKeys> CsvProductKeys::load(const Store &store, const CsvSheet &sheet, const CsvDocument &document,
                                            int skuColumn, int barcodeColumn)
{
    CsvProductKeys keys(sheet, skuColumn, barcodeColumn);
    QStringList skus;
    QStringList codes;
    for (const CsvRecord &r : document.records) {
        if (const QString s = sheet.cell(r, skuColumn); !s.isEmpty())
            skus << s;
        else if (const QString c = sheet.cell(r, barcodeColumn); !c.isEmpty())
            codes << c;
    }
    skus.removeDuplicates();
    codes.removeDuplicates();
    const QString readError =
        QCoreApplication::translate("qtill::inventory::StockImporter", "The products could not be read.");
    auto lookup = [&](const QStringList &list, const QString &sqlHead, QHash<QString, Article> &into) -> Status {
        return store.lookupBatched(list, sqlHead, [&](const QSqlQuery &q) {
            into.insert(q.value(0).toString(),
                        Article{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0});
        }, readError);
    };
    if (Status read = lookup(skus, QStringLiteral("SELECT sku, id, sku, name, sold_by_weight FROM products WHERE sku"),
                             keys.m_bySku);
        !read)
        return read.error();
    if (Status read = lookup(codes,
                             QStringLiteral("SELECT b.code, p.id, p.sku, p.name, p.sold_by_weight FROM product_barcodes b"
                                            " JOIN products p ON p.id = b.product_id WHERE b.code"),
                             keys.m_byCode);
        !read)
        return read.error();
    return keys;
}

const CsvProductKeys::Article *CsvProductKeys::resolve(const CsvRecord &record, ImportReport &report) const
{
    const CsvSheet &sheet = *m_sheet;
    const QString sku = sheet.cell(record, m_skuColumn);
    if (!sku.isEmpty()) {
        if (const auto it = m_bySku.constFind(sku); it != m_bySku.cend())
            return &*it;
        sheet.addIssue(report, record.row, m_skuColumn, sku,
                       QCoreApplication::translate("qtill::inventory::StockImporter",
                                                   "There is no product with the item code %1.")
                           .arg(sku));
        return nullptr;
    }
    const QString code = sheet.cell(record, m_barcodeColumn);
    if (!code.isEmpty()) {
        if (const auto it = m_byCode.constFind(code); it != m_byCode.cend())
            return &*it;
        sheet.addIssue(report, record.row, m_barcodeColumn, code,
                       QCoreApplication::translate("qtill::inventory::StockImporter", "No product has the barcode %1.")
                           .arg(code));
        return nullptr;
    }
    sheet.addIssue(report, record.row, sheet.has(m_skuColumn) ? m_skuColumn : m_barcodeColumn, {},
                   QCoreApplication::translate("qtill::inventory::StockImporter",
                                               "The row names no product: give its item code or barcode."));
    return nullptr;
}

} // namespace qtill::inventory
