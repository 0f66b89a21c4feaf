// Schema "inventory" v2 and v3: the catalog's columns, tables and indexes beyond v1 (see InventoryModule::schema()).
#include "embeddedbarcodelayout.h"
#include "inventorymodule.h"
#include "productsearchindex.h"

namespace qtill::inventory {

Migration InventoryModule::catalogMigrationV2()
{
    Migration v2{2, QStringLiteral("catalog: pinyin, brands, departments, max stock, serials, images, scale labels, search"),
                 {}};
    v2.statements = {
        QStringLiteral("CREATE TABLE departments ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE brands ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN pinyin TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE products ADD COLUMN brand_id INTEGER REFERENCES brands (id)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN department_id INTEGER REFERENCES departments (id)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN max_stock_milli INTEGER NOT NULL DEFAULT 0"
                       " CHECK (max_stock_milli >= 0)"),
        QStringLiteral("ALTER TABLE products ADD COLUMN serial_tracked INTEGER NOT NULL DEFAULT 0"
                       " CHECK (serial_tracked IN (0, 1))"),
        QStringLiteral("ALTER TABLE products ADD COLUMN image_path TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE product_barcodes ADD COLUMN kind TEXT NOT NULL DEFAULT 'gtin'"
                       " CHECK (kind IN ('gtin', 'internal', 'plu'))"),
        // Search as you type: prefix range scans on these (and on products.sku, product_barcodes.code).
        QStringLiteral("CREATE INDEX products_pinyin ON products (pinyin)"),
        QStringLiteral("CREATE INDEX products_brand ON products (brand_id)"),
        QStringLiteral("CREATE INDEX products_department ON products (department_id)"),
        QStringLiteral("CREATE TABLE embedded_barcode_layouts ("
                       " prefix TEXT PRIMARY KEY,"
                       " value_kind TEXT NOT NULL CHECK (value_kind IN ('price', 'weight')),"
                       " item_start INTEGER NOT NULL,"
                       " item_length INTEGER NOT NULL,"
                       " value_start INTEGER NOT NULL,"
                       " value_length INTEGER NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '')"),
    };
    // Seed the Chinese scale defaults. Literals are fine here: they are constants of this step.
    for (const EmbeddedBarcodeLayout &l : EmbeddedBarcodeLayouts::chineseDefaults()) {
        v2.statements << QStringLiteral("INSERT INTO embedded_barcode_layouts (prefix, value_kind, item_start, item_length,"
                                        " value_start, value_length, description) VALUES ('%1', '%2', %3, %4, %5, %6, '%7')")
                             .arg(l.prefix, EmbeddedBarcodeLayouts::valueKey(l.value))
                             .arg(l.itemStart)
                             .arg(l.itemLength)
                             .arg(l.valueStart)
                             .arg(l.valueLength)
                             .arg(l.description);
    }
    // The search table differs per engine (ProductSearchIndex); the rest is portable.
    v2.build = [portable = v2.statements](const SqlDialect &dialect) {
        return portable + ProductSearchIndex::schemaStatements(dialect);
    };
    return v2;
}

Migration InventoryModule::catalogMigrationV3()
{
    Migration v3{3, QStringLiteral("catalog: product list by price, sales by period, search keys with prefix indexes"), {}};
    // The product list's price orders page through this (Catalog::listPage).
    v3.statements << QStringLiteral("CREATE INDEX products_price ON products (price_fen, id)");
    // Best sellers, reorder velocity and slow movers read the sales of a period, not the whole ledger.
    v3.statements << QStringLiteral("CREATE INDEX stock_movements_reason_at ON stock_movements (reason, at)");
    // SQLite: product_search rebuilt with prefix indexes, keeping its rows; nothing on PostgreSQL, where
    // v2 made the search tables as they are (ProductSearchIndex).
    v3.build = [portable = v3.statements](const SqlDialect &dialect) {
        return portable + ProductSearchIndex::prefixIndexStatements(dialect);
    };
    return v3;
}

} // namespace qtill::inventory
