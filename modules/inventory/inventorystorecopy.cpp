#include "inventorystorecopy.h"

#include "productsearchindex.h"

#include "core/store.h"

namespace qtill::inventory {

QList<StoreCopier::TargetStep> InventoryStoreCopy::rebuildSteps()
{
    return {&InventoryStoreCopy::rebuildSearchIndex};
}

Status InventoryStoreCopy::rebuildSearchIndex(Store &store)
{
    // The index's own rebuild: the same keys every product write makes, on either engine.
    auto rebuilt = ProductSearchIndex::rebuild(store);
    return rebuilt ? Status() : Status(rebuilt.error());
}

} // namespace qtill::inventory
