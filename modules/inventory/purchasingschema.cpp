#include "purchasingschema.h"

#include "documentkinds.h"
#include "core/utctimesmigration.h"

namespace qtill::inventory {

Schema PurchasingSchema::schema()
{
    Migration v1{1, QStringLiteral("stock balances, location kinds, suppliers, purchase orders, receipts, transfers"),
                 {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE location_info ("
                       " location_id INTEGER PRIMARY KEY REFERENCES locations (id),"
                       " kind TEXT NOT NULL DEFAULT 'store'"
                       "  CHECK (kind IN ('store', 'backroom', 'department', 'other')),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral("INSERT INTO location_info (location_id, kind, active) SELECT id, 'store', 1 FROM locations"),
        // The ledger's cache of SUM(stock_movements.qty_milli); written only by StockLedger::post.
        QStringLiteral("CREATE TABLE stock_balances ("
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " qty_milli INTEGER NOT NULL,"
                       " PRIMARY KEY (product_id, location_id))"),
        QStringLiteral("INSERT INTO stock_balances (product_id, location_id, qty_milli)"
                       " SELECT product_id, location_id, SUM(qty_milli) FROM stock_movements"
                       " GROUP BY product_id, location_id"),
        QStringLiteral("CREATE INDEX stock_movements_document ON stock_movements (document)"),
        QStringLiteral("CREATE TABLE suppliers ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " contact TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " lead_time_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),"
                       " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
        QStringLiteral("CREATE TABLE supplier_items ("
                       " supplier_id INTEGER NOT NULL REFERENCES suppliers (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " supplier_code TEXT NOT NULL DEFAULT '',"
                       " last_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (last_cost_fen >= 0),"
                       " pack_qty_milli INTEGER NOT NULL DEFAULT 1000 CHECK (pack_qty_milli > 0),"
                       " preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),"
                       " PRIMARY KEY (supplier_id, product_id))"),
        QStringLiteral("CREATE INDEX supplier_items_product ON supplier_items (product_id)"),
        QStringLiteral("CREATE TABLE purchase_orders ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " supplier_id INTEGER NOT NULL REFERENCES suppliers (id),"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " status TEXT NOT NULL CHECK (status IN"
                       "  ('draft', 'sent', 'partly_received', 'received', 'closed', 'cancelled')),"
                       " created_by INTEGER,"
                       " created_at TEXT NOT NULL,"
                       " sent_at TEXT,"
                       " closed_at TEXT,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX purchase_orders_status ON purchase_orders (status)"),
        QStringLiteral("CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id)"),
        QStringLiteral("CREATE TABLE purchase_order_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " order_id INTEGER NOT NULL REFERENCES purchase_orders (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " ordered_milli INTEGER NOT NULL CHECK (ordered_milli >= 0),"
                       " received_milli INTEGER NOT NULL DEFAULT 0 CHECK (received_milli >= 0),"
                       " unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0),"
                       " UNIQUE (order_id, product_id))"),
        QStringLiteral("CREATE INDEX purchase_order_lines_product ON purchase_order_lines (product_id)"),
        QStringLiteral("CREATE TABLE receipts ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " order_id INTEGER REFERENCES purchase_orders (id),"
                       " supplier_id INTEGER NOT NULL REFERENCES suppliers (id),"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " delivery_note TEXT NOT NULL DEFAULT '',"
                       " value_fen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX receipts_order ON receipts (order_id)"),
        QStringLiteral("CREATE TABLE receipt_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " receipt_id INTEGER NOT NULL REFERENCES receipts (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),"
                       " unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0),"
                       " cost_before_fen INTEGER NOT NULL,"
                       " cost_after_fen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX receipt_lines_receipt ON receipt_lines (receipt_id)"),
        QStringLiteral("CREATE TABLE supplier_returns ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " supplier_id INTEGER NOT NULL REFERENCES suppliers (id),"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " value_fen INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE supplier_return_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " return_id INTEGER NOT NULL REFERENCES supplier_returns (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),"
                       " unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0))"),
        QStringLiteral("CREATE INDEX supplier_return_lines_return ON supplier_return_lines (return_id)"),
        QStringLiteral("CREATE TABLE transfers ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " from_location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " to_location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " operator_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK (from_location_id <> to_location_id))"),
        QStringLiteral("CREATE TABLE transfer_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " transfer_id INTEGER NOT NULL REFERENCES transfers (id),"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " qty_milli INTEGER NOT NULL CHECK (qty_milli > 0))"),
        QStringLiteral("CREATE INDEX transfer_lines_transfer ON transfer_lines (transfer_id)"),
    };

    Migration v2{2, QStringLiteral("suppliers: address, payment terms, tax id, bank and account, note"), {}};
    v2.statements = {
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN payment_terms TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN tax_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN bank_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN bank_account TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE suppliers ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    };
    // Numbers come from DocumentNumbers from now on: its counters go on from the documents there are.
    Migration v3{3, QStringLiteral("document counters for purchase orders, receipts, supplier returns, transfers"),
                 {DocumentNumbers::seedStatement(DocumentKinds::kPurchaseOrder, QStringLiteral("purchase_orders")),
                  DocumentNumbers::seedStatement(DocumentKinds::kGoodsReceipt, QStringLiteral("receipts")),
                  DocumentNumbers::seedStatement(DocumentKinds::kSupplierReturn, QStringLiteral("supplier_returns")),
                  DocumentNumbers::seedStatement(DocumentKinds::kTransfer, QStringLiteral("transfers"))}};
    const Migration v4 = utcTimesMigration(
        4, {{QStringLiteral("purchase_orders"), {QStringLiteral("created_at"), QStringLiteral("sent_at"), QStringLiteral("closed_at")}},
            {QStringLiteral("receipts"), {QStringLiteral("at")}},
            {QStringLiteral("supplier_returns"), {QStringLiteral("at")}},
            {QStringLiteral("transfers"), {QStringLiteral("at")}}});
    return Schema{QStringLiteral("purchasing"), {v1, v2, v3, v4}};
}

} // namespace qtill::inventory
