#include "inventorymodule.h"
#include "inventoryservices.h"
#include "productimporter.h"
#include "productsearchindex.h"
#include "purchaseorderservice.h"
#include "stockledger.h"
#include "transferservice.h"

#include "core/sqldialect.h"
#include "core/utctimesmigration.h"

namespace qtill::inventory {

QList<PermissionDef> InventoryModule::permissions() const
{
    return {
        PermissionDef{InventoryPermissions::kView, QT_TRANSLATE_NOOP("qtill::Permission", "View products and stock"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{InventoryPermissions::kEdit,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Edit products, prices and stock"), {Role::Manager}},
        PermissionDef{StockPermissions::kAdjust,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Adjust stock by hand (damage, loss, corrections)"),
                      {Role::Manager}},
        PermissionDef{PurchasingPermissions::kOrder,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Manage suppliers and purchase orders"), {Role::Manager}},
        PermissionDef{PurchasingPermissions::kReceive,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Receive deliveries and return goods to suppliers"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{TransferPermissions::kTransfer,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Transfer stock between locations and departments"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{ImportPermissions::kImport,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Import products from a file"), {Role::Manager}},
        PermissionDef{ImportPermissions::kExport,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Export products with costs to a file"), {Role::Manager}},
        PermissionDef{StocktakePermissions::kCount, QT_TRANSLATE_NOOP("qtill::Permission", "Count goods in a stocktake"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{StocktakePermissions::kManage, QT_TRANSLATE_NOOP("qtill::Permission", "Start and cancel stocktakes"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{StocktakePermissions::kApprove,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Approve stocktakes (book the differences into stock)"),
                      {Role::Manager}},
        PermissionDef{SerialPermissions::kManage,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Register serial numbers by hand"), {Role::Supervisor, Role::Manager}},
    };
}

Schema InventoryModule::schema()
{
    Migration v1{1, QStringLiteral("catalog, barcodes, locations, stock ledger"), {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE categories ("
                       " id INTEGER PRIMARY KEY,"
                       " parent_id INTEGER REFERENCES categories (id),"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE products ("
                       " id INTEGER PRIMARY KEY,"
                       " sku TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " category_id INTEGER NOT NULL REFERENCES categories (id),"
                       " unit TEXT NOT NULL,"
                       " sold_by_weight INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_weight IN (0, 1)),"
                       " price_fen INTEGER NOT NULL CHECK (price_fen >= 0),"
                       " member_price_fen INTEGER CHECK (member_price_fen >= 0),"
                       " cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),"
                       " tax_class TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'delisted')),"
                       " safety_stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock_milli >= 0))"),
        QStringLiteral("CREATE INDEX products_category ON products (category_id)"),
        QStringLiteral("CREATE INDEX products_name ON products (name)"),
        QStringLiteral("CREATE TABLE product_barcodes ("
                       " code TEXT PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " pack_qty_milli INTEGER NOT NULL DEFAULT 1000 CHECK (pack_qty_milli > 0))"),
        QStringLiteral("CREATE INDEX product_barcodes_product ON product_barcodes (product_id)"),
        QStringLiteral("CREATE TABLE locations ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE stock_movements ("
                       " id INTEGER PRIMARY KEY,"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " qty_milli INTEGER NOT NULL CHECK (qty_milli <> 0),"
                       " reason TEXT NOT NULL,"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " document TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX stock_movements_product ON stock_movements (product_id, location_id)"),
    };
    // The ledger is append-only: a correction is a new movement.
    v1.build = [statements = v1.statements](const SqlDialect &dialect) {
        return statements + dialect.appendOnly(QStringLiteral("stock_movements"));
    };
    // A product's last sale (SalesAnalysis: out of stock, slow movers) by index, not by walking back
    // through every sale of the store.
    const Migration v4{4, QStringLiteral("stock: last sale per product by index"),
                       {QStringLiteral("CREATE INDEX stock_movements_product_reason_at"
                                       " ON stock_movements (product_id, reason, at)")}};
    // PostgreSQL search: the keys of neighbouring words for the products already there, no parallel
    // workers for a search (nothing on SQLite).
    Migration v5{5, QStringLiteral("search: keys of neighbouring words, no parallel workers (PostgreSQL)"), {}};
    v5.build = [](const SqlDialect &dialect) { return ProductSearchIndex::schemaV5Statements(dialect); };
    // Stores written before times were UTC: the ledger's local times become UTC text (its guard is
    // lifted only inside the step).
    const Migration v6 = utcTimesMigration(6, {{QStringLiteral("stock_movements"), {QStringLiteral("at")}, QStringLiteral("id"), true}});
    return Schema{QStringLiteral("inventory"), {v1, catalogMigrationV2(), catalogMigrationV3(), v4, v5, v6}};
}

std::unique_ptr<ModuleServices> InventoryModule::createServices(Services &core) const
{
    return std::unique_ptr<ModuleServices>(new InventoryServices(core));
}

} // namespace qtill::inventory
