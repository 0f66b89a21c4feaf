#pragma once

#include "core/migration.h"

namespace qtill::inventory {

/// The "purchasing" schema: everything the stock ledger, purchasing and transfers keep beside the
/// catalog's "inventory" schema (whose products, locations and stock_movements it references).
///
/// v1: location_info (kind, active per location), stock_balances (the ledger's cached on-hand per
/// product and location, filled from existing movements), suppliers, supplier_items, purchase_orders,
/// purchase_order_lines, receipts, receipt_lines, supplier_returns, supplier_return_lines, transfers,
/// transfer_lines. v2: supplier details. v3: seeds the DocumentNumbers counters of PO, GR, RT and TR.
struct PurchasingSchema
{
    static Schema schema();
};

} // namespace qtill::inventory
