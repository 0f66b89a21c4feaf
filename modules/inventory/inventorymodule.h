#pragma once

#include "purchasingschema.h"
#include "saleshistory.h"
#include "serialnumberservice.h"
#include "stocktakeservice.h"

#include "core/module.h"

namespace qtill::inventory {

/// The permissions the inventory module enforces.
namespace InventoryPermissions {
inline const QString kView = QStringLiteral("inventory.view");   ///< see products, prices and stock
inline const QString kEdit = QStringLiteral("inventory.edit");   ///< change products, prices, categories, stock
} // namespace InventoryPermissions

/// Registers the inventory domain with the store: the "inventory" schema and its permissions.
///
/// Schema "inventory" v1: categories, products (prices in fen, tax class by code), product_barcodes
/// (EAN-13 or PLU → product, with units per scan), locations, and stock_movements — the append-only
/// stock ledger (on hand = sum of movements; SQLite triggers refuse UPDATE and DELETE).
class InventoryModule final : public DomainModule
{
public:
    QString name() const override { return QStringLiteral("inventory"); }
    QList<Schema> schemas() const override { return {schema(), PurchasingSchema::schema(), StocktakeService::schema(), SerialNumberService::schema(), SalesHistory::schema()}; }
    QList<PermissionDef> permissions() const override;
    /// InventoryServices: every inventory service, built once for the opened store.
    std::unique_ptr<ModuleServices> createServices(Services &core) const override;

    static Schema schema();
    /// "inventory" v2 (catalogschema.cpp): pinyin, brand, department, max stock, serial-tracked flag, image,
    /// barcode kinds, departments, brands, scale label layouts, search indexes.
    static Migration catalogMigrationV2();
    /// "inventory" v3 (catalogschema.cpp): price index for the product list, (reason, at) index for sales by
    /// period, search keys with prefix indexes.
    static Migration catalogMigrationV3();
};

} // namespace qtill::inventory
