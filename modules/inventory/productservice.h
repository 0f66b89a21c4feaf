#pragma once

#include "product.h"

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace qtill {
class AuditLog;
class PermissionService;
class Services;
class Store;
class StoreProfileService;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class Catalog;

/// Everything the product editor changes on an existing product, saved at once by ProductService::saveEdit.
struct ProductEdit
{
    Product product;                    ///< every field update() saves; id names the product
    QStringList removedCodes;           ///< codes of this product to remove
    QList<ProductBarcode> addedCodes;   ///< codes to add
    std::optional<ProductStatus> status;    ///< the listing status wanted; nullopt: leave it
    QString delistReason;               ///< for the audit log when it delists
};

/// Changes to the catalog: products, their codes and prices, listing status ("上下架"), categories,
/// departments and brands.
///
/// Every call needs inventory.edit (PermissionDenied otherwise), validates first (InvalidInput or
/// Conflict with a message a store manager can act on, nothing written), and runs in one transaction
/// with its audit row: product.create, product.update, product.price, product.delist, product.relist,
/// product.barcode.add, product.barcode.remove, category.add, category.update, department.add,
/// brand.add. Targets are "product:<sku>", "barcode:<code>", "category:<code>", ….
/// Products are never deleted: delist keeps their history. Cost is set at creation only; later the
/// purchasing side keeps it (moving average).
///
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class ProductService
{
public:
    /// Prices above this (¥1,000,000.00 per unit) are taken for a typing mistake.
    static constexpr std::int64_t kMaxPriceFen = 100'000'000;
    static constexpr qsizetype kMaxNameLength = 80;

    /// Adds a listed product with its codes; returns its id. `product.id`, status and pinyin are ignored
    /// (pinyin is computed from the name).
    Result<ProductId> create(const Session &actor, const Product &product, const QList<ProductBarcode> &barcodes = {});
    /// Saves every field of an existing product except its status and cost (see delist/relist).
    /// Changing nothing is ok and not audited.
    Status update(const Session &actor, const Product &product);
    /// Retail and member price (nullopt: no member price).
    Status setPrices(const Session &actor, ProductId id, const Money &price, const std::optional<Money> &memberPrice);
    /// Stops the product being sold (lookupForSale refuses it); `reason` goes to the audit log.
    Status delist(const Session &actor, ProductId id, const QString &reason = {});
    Status relist(const Session &actor, ProductId id);

    /// The product editor's save: update(), then the codes removed and added, then delist()/relist()
    /// when the status changes — all in one transaction, so a bad field or code changes nothing.
    /// A removed code must belong to the product (NotFound otherwise).
    Status saveEdit(const Session &actor, const ProductEdit &edit);

    /// Adds a code: a maker's barcode (check digit verified), a case code with its pack quantity, a
    /// store-internal code or a PLU. Conflict naming the product that has it already.
    Status addBarcode(const Session &actor, ProductId id, const ProductBarcode &barcode);
    /// NotFound when no product has the code.
    Status removeBarcode(const Session &actor, const QString &code);

    /// Categories form a tree through parentId. Codes are unique; a category cannot become its own
    /// ancestor.
    Result<CategoryId> addCategory(const Session &actor, const Category &category);
    Status updateCategory(const Session &actor, const Category &category);
    Result<DepartmentId> addDepartment(const Session &actor, const Department &department);
    Result<BrandId> addBrand(const Session &actor, const QString &name);

    /// The checks create/update run, without writing: ok or the first problem found.
    Status validate(const Product &product) const;
    /// The checks addBarcode runs for a code that is to belong to `owner` (invalid id: a new product).
    /// Returns the barcode as it will be stored (type filled in).
    Result<ProductBarcode> validateBarcode(const ProductBarcode &barcode, ProductId owner = {}) const;

private:
    friend class InventoryServices;
    ProductService(Services &core, const Catalog &catalog);

    Status write(const Session &actor, const std::function<Status()> &work);
    Status audit(const Session &actor, const QString &action, const QString &target, const QString &detail);
    Status insertBarcode(ProductId id, const ProductBarcode &barcode);
    Result<Product> load(ProductId id) const;

    Store &m_store;
    AuditLog &m_audit;
    const PermissionService &m_permissions;
    const Catalog &m_catalog;
    const StoreProfileService &m_profile;   ///< the store's currency, read when used
};

} // namespace qtill::inventory
