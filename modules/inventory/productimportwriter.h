#pragma once
// Internal to ProductImporter: step 3 of the import skeleton for products (productimportwriter.cpp).

#include "productrowcheck.h"
#include "productsearchindex.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory::productimport {

/// Writes checked rows inside the caller's transaction. The per-row statements are prepared once and
/// reused for every row, with named values bound by names made once (QSqlQuery::bindValue(int) formats
/// a name for every value it binds, which costs about a tenth of the write time of a 100,000-row file).
class Writer
{
public:
    Writer(Services &services, const Session &actor, bool update, ImportResult &result);

    /// Prepares the statements and reads the brands. Call first.
    Status prepare();
    /// Create missing: adds the categories and departments the good rows name that the store lacks
    /// (code and name as written; each audited "category.add" / "department.add") and points the rows
    /// at them.
    Status createMissing(QList<Row> &rows);
    /// Adds or (Existing::Update) changes one good row's product, with its barcodes and search row.
    Status write(const Row &row);

private:
    Result<QVariant> brandId(const Row &row);
    Status insert(const Row &row, const QVariant &brand);
    Status update(const Row &row, const QVariant &brand);
    Status auditPriceChange(const Row &row, qint64 oldPrice, const QVariant &oldMember);
    Status insertCodes(const Row &row, const QVariant &productId);
    Status failed(const QSqlQuery &query, int row) const;
    Status failed(const QSqlError &error, int row) const;

    Services &m_services;
    const Session &m_actor;
    bool m_update;
    ImportResult &m_result;
    QSqlQuery m_product;
    QSqlQuery m_barcode;
    QSqlQuery m_brand;
    QSqlQuery m_change;
    QSqlQuery m_before;
    ProductSearchIndex::Writer m_search; ///< the search rows (engine-specific SQL stays in ProductSearchIndex)
    QStringList m_productMarks;
    QStringList m_barcodeMarks;
    QHash<QString, qint64> m_brands;   ///< lower-case name → id
};

} // namespace qtill::inventory::productimport
