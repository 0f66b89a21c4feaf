#pragma once

#include "product.h"

#include "core/currency.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace qtill {
class Services;
class Store;
} // namespace qtill

namespace qtill::inventory {

/// Which products the back-office product list shows, and in which order (Catalog::listPage).
struct ProductListFilter
{
    enum class Status { Any, Listed, Delisted };
    /// Every order is an index range scan (products.sku is unique; products_name holds name and id;
    /// products_price holds price and id).
    enum class Order { BySku, ByName, ByPrice, ByPriceDescending };

    Status status = Status::Any;
    CategoryId category;            ///< this category and its subcategories; invalid: every category
    bool lowStockOnly = false;      ///< on hand (all locations) below a safety stock that is set
    bool soldByWeightOnly = false;
    Order order = Order::BySku;

    bool operator==(const ProductListFilter &) const = default;
};

/// Where the next page of the product list starts: just after the row with this sort key and id.
struct ProductListKey
{
    QString sortKey;                ///< the SKU or the name of the last row of the previous page
    qint64 id = 0;                  ///< its id (breaks ties between equal names and prices)
    qint64 priceFen = 0;            ///< its price in fen (the price orders)
};

/// One line of the product list: the product, its main code and its stock on hand.
struct ProductListRow
{
    Product product;
    QString barcode;                ///< the item's own code (smallest pack, then lowest code); empty when none
    Quantity onHand;                ///< all locations together
    QHash<qint64, Quantity> onHandAt;   ///< per location id; locations that never had the product are absent

    /// The key a page after this row starts from.
    ProductListKey key(ProductListFilter::Order order) const
    {
        switch (order) {
        case ProductListFilter::Order::ByName:
            return {product.name, product.id.value()};
        case ProductListFilter::Order::ByPrice:
        case ProductListFilter::Order::ByPriceDescending:
            return {{}, product.id.value(), product.price.minor()};
        case ProductListFilter::Order::BySku:
            break;
        }
        return {product.sku, product.id.value()};
    }
    /// Below a safety stock that is set.
    bool isLowOnStock() const { return !product.safetyStock.isZero() && onHand < product.safetyStock; }
};

/// Read access to the catalog for the till and the back office: scan lookup, search, categories.
/// No permission checks: reading the catalog is what every screen does (screens that show costs
/// check InventoryPermissions::kView themselves).
///
/// Prices come back as Money in the store's currency (StoreProfileService::currency(), read on every
/// call, so a changed profile applies at once).
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class Catalog
{
public:
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    /// The product behind a scanned or typed code: an EAN-13/EAN-8 barcode, a UPC-A barcode (tried as
    /// its EAN-13 form too), a UPC-E (tried as its UPC-A/EAN-13 expansion), a GTIN-14 case code, a PLU,
    /// a store-internal code, a case barcode (packQuantity > 1), or a scale label with GS1 prefix
    /// 20–29 read through the store's EmbeddedBarcodeLayouts (embeddedPrice / embeddedQuantity set;
    /// a 2x code stored as a product's own barcode wins over the layout).
    /// Delisted products are found too (check isListed(), or use lookupForSale()).
    /// Errors for the cashier: InvalidInput for empty input, a wrong check digit or characters no code
    /// has; NotFound when nothing has this code (naming the code, or the PLU of a scale label).
    Result<ScanMatch> lookup(const QString &code) const;

    /// lookup() for the till: a delisted product is a Conflict error ("… is delisted and cannot be
    /// sold"), and a price-embedded label of a product that is not weighed or priced by the scale
    /// still sells at the printed amount.
    Result<ScanMatch> lookupForSale(const QString &code) const;

    /// Search as you type, listed products only, at most `limit`, in this order (duplicates dropped):
    /// exact barcode or SKU; SKU prefix; barcode prefix; pinyin-initials prefix ("kkkl" → 可口可乐);
    /// name prefix; then name or English name containing the text (Han characters anywhere, English
    /// words by prefix, any case — through ProductSearchIndex); text with punctuation ("#99") must
    /// appear as typed (checked on the first ProductSearchIndex::kFullTextCandidates word matches);
    /// text of punctuation only ("100%" → "%") falls back to a plain substring match. Every step is
    /// an index range scan or an FTS lookup that stops at the limit, so it stays fast on a million
    /// products. An empty text gives an empty list.
    Result<QList<Product>> search(const QString &text, int limit = 50) const;
    /// search() that also finds delisted products when `includeDelisted` (the back office's list).
    Result<QList<Product>> search(const QString &text, int limit, bool includeDelisted) const;

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

    /// Products by SKU, listed and delisted, `limit` from `offset` (lists, exports, lazy loading).
    Result<QList<Product>> page(int offset, int limit) const;

    /// Every code of a product with its type and pack quantity, item codes first.
    Result<QList<ProductBarcode>> productBarcodes(ProductId id) const;
    /// Departments by code; brands by name.
    Result<QList<Department>> departments() const;
    Result<QList<Brand>> brands() const;
    /// The direct children of a category (invalid parent: the top level), by code.
    Result<QList<Category>> subcategories(CategoryId parent) const;

    /// One page of the product list: at most `limit` rows matching `filter` in its order, starting
    /// after `after` (nullopt: the first page). Keyset paging — each page is an index range scan from
    /// the key, never an OFFSET — so page 10,000 of a million products costs what page 1 costs
    /// (filters that match few products scan further to fill a page).
    Result<QList<ProductListRow>> listPage(const ProductListFilter &filter, const std::optional<ProductListKey> &after,
                                           int limit) const;
    /// How many products match `filter` (for "315 products"; a count over the table, so call it once
    /// per filter, not per page).
    Result<qint64> listCount(const ProductListFilter &filter) const;
    /// The list rows of these products that match `filter`, in the order of `ids` (search results).
    Result<QList<ProductListRow>> listRows(const QList<ProductId> &ids, const ProductListFilter &filter = {}) const;

private:
    friend class InventoryServices;
    explicit Catalog(Services &core);

    /// " AND …" clauses of `filter` for products p, with their values appended to `values`.
    Result<QString> listConditions(const ProductListFilter &filter, QVariantList &values) const;
    Result<QList<ProductListRow>> listQuery(const QString &whereAndOrder, const QVariantList &values) const;
    /// `cached` false: prepared for this run only, so PostgreSQL plans it for these values.
    Result<QList<Product>> query(const QString &whereAndOrder, const QVariantList &values, bool cached = true) const;
    Product fromRow(const QSqlQuery &q, const Currency &currency, int offset = 0) const;
    Result<ScanMatch> lookupEmbedded(const QString &code) const;
    Result<ScanMatch> findCode(const QStringList &candidates) const;

    Services &m_core;
    Store &m_store;
};

} // namespace qtill::inventory
