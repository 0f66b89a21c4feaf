// What the product import checks rows against: the store's categories, tax classes, departments,
// scale-label prefixes and (updating) products, and the checks across rows — codes given twice in the
// file or in the store already.
#include "productrowcheck.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "core/store.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace qtill::inventory::productimport {

namespace {

// The messages keep ProductImporter's translation context, where they were written first.
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::ProductImporter", text);
}

using namespace ProductCsv;

Status readCategories(Store &store, Lookups &lookups)
{
    auto q = store.exec(QStringLiteral("SELECT id, code, name FROM categories"), {}, tr("The categories could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        lookups.categoryByCode.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
        lookups.categoryByName[q->value(2).toString().trimmed().toLower()] << q->value(0).toLongLong();
    }
    return {};
}

Status readDepartments(Store &store, Lookups &lookups)
{
    auto q = store.exec(QStringLiteral("SELECT id, code, name FROM departments"), {}, tr("The departments could not be read."));
    if (!q)
        return q.error();
    while (q->next()) {
        lookups.departmentByCode.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
        lookups.departmentByName.insert(q->value(2).toString().trimmed().toLower(), q->value(0).toLongLong());
    }
    return {};
}

Status readScalePrefixes(Store &store, Lookups &lookups)
{
    auto q = store.exec(QStringLiteral("SELECT prefix FROM embedded_barcode_layouts"), {},
                        tr("The scale label settings could not be read."));
    if (!q)
        return q.error();
    while (q->next())
        lookups.scalePrefixes.insert(q->value(0).toString());
    return {};
}

ExistingProduct existingFrom(const QSqlQuery &q)
{
    ExistingProduct e;
    e.id = q.value(1).toLongLong();
    e.name = q.value(2).toString();
    e.nameEn = q.value(3).toString();
    e.categoryId = q.value(4).toLongLong();
    e.unit = q.value(5).toString();
    e.weighed = q.value(6).toInt() != 0;
    e.priceFen = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        e.memberPriceFen = q.value(8).toLongLong();
    e.costFen = q.value(9).toLongLong();
    e.taxClass = q.value(10).toString();
    e.status = q.value(11).toString();
    e.safetyMilli = q.value(12).toLongLong();
    e.maxStockMilli = q.value(13).toLongLong();
    e.brand = q.value(14).toString();
    e.departmentId = q.value(15).toLongLong();
    e.serialTracked = q.value(16).toInt() != 0;
    return e;
}

/// The barcode maps of checkDuplicates: each code form → index in `rows` of the row that has it.
QHash<QString, qsizetype> duplicatesInFile(const CsvSheet &sheet, QList<Row> &rows, ImportReport &report,
                                           QHash<QString, qsizetype> &skuRow)
{
    QHash<QString, qsizetype> codeRow;
    skuRow.reserve(rows.size());
    codeRow.reserve(rows.size() * 2);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        if (!row.sku.isEmpty()) {
            if (const auto first = skuRow.constFind(row.sku); first != skuRow.cend())
                sheet.addIssue(report, row.row, kSku, row.sku, tr("The item code %1 is also on row %2.").arg(row.sku).arg(rows.at(*first).row));
            else
                skuRow.insert(row.sku, i);
        }
        for (qsizetype k = 0; k < row.codes.size(); ++k) {
            const Row::Code &c = row.codes.at(k);
            // A row names one to a few codes: a scan of the ones before is cheaper than a set per row.
            const auto before = row.codes.cbegin() + k;
            if (std::any_of(row.codes.cbegin(), before, [&](const Row::Code &o) { return o.code == c.code; })) {
                sheet.addIssue(report, row.row, c.column, c.code, tr("The barcode %1 is given twice for this product.").arg(c.code));
                continue;
            }
            int firstRow = 0;
            for (const QString &form : c.candidates) {
                if (const auto first = codeRow.constFind(form); first != codeRow.cend() && *first != i) {
                    firstRow = rows.at(*first).row;
                    break;
                }
            }
            if (firstRow > 0) {
                sheet.addIssue(report, row.row, c.column, c.code, tr("The barcode %1 is also on row %2.").arg(c.code).arg(firstRow));
                continue;
            }
            for (const QString &form : c.candidates)
                codeRow.insert(form, i);
        }
    }
    return codeRow;
}

} // namespace

Result<Lookups> readLookups(Services &services)
{
    Lookups lookups;
    lookups.currency = services.storeProfile().currency();
    Store &store = services.store();
    if (Status read = readCategories(store, lookups); !read)
        return read.error();
    auto taxes = services.taxClasses().list();
    if (!taxes)
        return taxes.error();
    for (const TaxClass &t : std::as_const(*taxes)) {
        lookups.taxCodes.insert(t.code);
        if (t.isDefault)
            lookups.defaultTax = t.code;
    }
    if (Status read = readDepartments(store, lookups); !read)
        return read.error();
    if (Status read = readScalePrefixes(store, lookups); !read)
        return read.error();
    return lookups;
}

Status readExisting(Services &services, const CsvSheet &sheet, const CsvDocument &document, Lookups &lookups)
{
    QStringList skus;
    for (const CsvRecord &r : document.records)
        skus << sheet.cell(r, kSku);
    skus.removeAll(QString());
    skus.removeDuplicates();
    return services.store().lookupBatched(
        skus,
        QStringLiteral("SELECT p.sku, p.id, p.name, p.name_en, p.category_id, p.unit, p.sold_by_weight, p.price_fen,"
                       " p.member_price_fen, p.cost_fen, p.tax_class, p.status, p.safety_stock_milli,"
                       " p.max_stock_milli, COALESCE(b.name, ''), COALESCE(p.department_id, 0), p.serial_tracked"
                       " FROM products p LEFT JOIN brands b ON b.id = p.brand_id WHERE p.sku"),
        [&](const QSqlQuery &q) { lookups.existing.insert(q.value(0).toString(), existingFrom(q)); },
        tr("The products could not be read."));
}

Status checkDuplicates(Services &services, const CsvSheet &sheet, QList<Row> &rows, ImportReport &report, bool update)
{
    QHash<QString, qsizetype> skuRow;
    const QHash<QString, qsizetype> codeRow = duplicatesInFile(sheet, rows, report, skuRow);
    Store &store = services.store();
    const QString readError = tr("The products could not be read.");
    const Status skus = store.lookupBatched(
        update ? QStringList() : skuRow.keys(), QStringLiteral("SELECT sku, name FROM products WHERE sku"),
        [&](const QSqlQuery &q) {
            const QString sku = q.value(0).toString();
            sheet.addIssue(report, rows.at(skuRow.value(sku)).row, kSku, sku,
                           tr("The item code %1 is already used by %2 in the store. Changing existing "
                              "products by import is not supported; remove the row or change the code.")
                               .arg(sku, q.value(1).toString()));
        },
        readError);
    if (!skus)
        return skus;
    return store.lookupBatched(
        codeRow.keys(),
        QStringLiteral("SELECT b.code, p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.code"),
        [&](const QSqlQuery &q) {
            const QString code = q.value(0).toString();
            Row &row = rows[codeRow.value(code)];
            Column column = kBarcode;
            Row::Code *match = nullptr;
            for (Row::Code &c : row.codes) {
                if (c.candidates.contains(code)) {
                    column = c.column;
                    match = &c;
                }
            }
            if (row.existingId > 0 && match && q.value(1).toString() == row.sku) {
                match->owned = true;   // updating: the product has it already
                return;
            }
            sheet.addIssue(report, row.row, column, code,
                           tr("The barcode %1 already belongs to %2 (item code %3).").arg(code, q.value(2).toString(), q.value(1).toString()));
        },
        readError);
}

} // namespace qtill::inventory::productimport
