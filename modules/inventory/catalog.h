#pragma once

#include "product.h"

#include "core/currency.h"
#include "core/result.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace qtill {
class Store;
}

namespace qtill::inventory {

/// Read access to the catalog for the till and the back office: scan lookup, search, categories.
/// No permission checks: reading the catalog is what every screen does (screens that show costs
/// check InventoryPermissions::kView themselves).
///
/// Prices come back as Money in the currency given at construction (the store's currency).
/// Threading: same as the Store it uses; the Store must outlive the Catalog.
class Catalog
{
public:
    explicit Catalog(Store &store, Currency currency = Currency::cny());

    /// The product behind a scanned or typed code: an EAN-13/EAN-8 barcode, a UPC-A barcode (tried as
    /// its EAN-13 form too), a PLU of a weighed item, or a case barcode (packQuantity > 1).
    /// Delisted products are found too (check isListed() before selling).
    /// NotFound with a message for the cashier when nothing has this code.
    /// Weight- and price-embedded scale labels (prefix 2) are not decoded here yet.
    Result<ScanMatch> lookup(const QString &code) const;

    /// Listed products whose name, English name or SKU contains `text`, or whose SKU or a barcode
    /// starts with it; exact SKU or barcode matches first, then by name. At most `limit` rows.
    /// An empty text gives an empty list.
    Result<QList<Product>> search(const QString &text, int limit = 50) const;

    /// NotFound for an unknown id / SKU.
    Result<Product> product(ProductId id) const;
    Result<Product> productBySku(const QString &sku) const;
    /// Every barcode / PLU of a product with its pack quantity.
    Result<QList<ScanMatch>> barcodes(ProductId id) const;

    /// Every category, ordered by code.
    Result<QList<Category>> categories() const;
    /// Listed products of one category, ordered by SKU.
    Result<QList<Product>> productsIn(CategoryId category, int limit = 1000) const;
    /// How many products there are (listed and delisted).
    Result<qint64> productCount() const;

private:
    Result<QList<Product>> query(const QString &whereAndOrder, const QVariantList &values) const;
    Product fromRow(const QSqlQuery &q, int offset = 0) const;

    Store &m_store;
    Currency m_currency;
};

} // namespace qtill::inventory
