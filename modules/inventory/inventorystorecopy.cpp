#include "inventorystorecopy.h"

#include "productsearchindex.h"

#include "core/store.h"

#include <QCoreApplication>

#include <tuple>

namespace qtill::inventory {

QList<StoreCopier::TargetStep> InventoryStoreCopy::rebuildSteps()
{
    return {&InventoryStoreCopy::rebuildSearchIndex};
}

Status InventoryStoreCopy::rebuildSearchIndex(Store &store)
{
    auto read = store.exec(QStringLiteral("SELECT id, name, name_en FROM products ORDER BY id"), {},
                           QCoreApplication::translate("qtill::inventory::InventoryStoreCopy",
                                                       "The products could not be read to rebuild the search index."));
    if (!read)
        return read.error();
    QList<std::tuple<qint64, QString, QString>> products;
    while (read->next())
        products.append({read->value(0).toLongLong(), read->value(1).toString(), read->value(2).toString()});
    read->finish(); // the index is written below on the same connection
    return store.transaction([&]() -> Status {
        for (const auto &[id, name, nameEn] : products) {
            if (Status updated = ProductSearchIndex::update(store, ProductId(id), name, nameEn); !updated)
                return updated;
        }
        return {};
    });
}

} // namespace qtill::inventory
