#pragma once

#include "core/storecopier.h"

#include <QList>

namespace qtill::inventory {

/// The inventory module's part of moving a store to another engine (StoreCopier, `qtillctl db copy`):
/// the product search index is engine-specific (an FTS5 table on SQLite), so it is not copied but
/// rebuilt on the target from the copied products by ProductSearchIndex::rebuild, which writes the
/// same keys every product write does. The stock ledger is verified after the copy through the target's own services
/// (StockLedger::verify).
class InventoryStoreCopy
{
public:
    /// The steps StoreCopier runs on the target after the rows are in.
    static QList<StoreCopier::TargetStep> rebuildSteps();
    /// Refills the product search index of `store` from its products (ProductSearchIndex::rebuild).
    /// Joins the caller's transaction.
    static Status rebuildSearchIndex(Store &store);
};

} // namespace qtill::inventory
