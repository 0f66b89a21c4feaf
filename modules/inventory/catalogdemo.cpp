#include "catalogdemo.h"

#include "inventoryservices.h"
#include "productsearchindex.h"
#include "productservice.h"

#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::CatalogDemo", text);
}

} // namespace

Status CatalogDemo::populate(Services &services, const Session &actor)
{
    Store &store = services.store();
    ProductService &products = InventoryServices::of(services).products();
    struct Dept
    {
        const char *code;
        const char *name;
        QStringList categories;
    };
    const Dept departments[] = {
        {"FRESH", "生鲜部", {QStringLiteral("18"), QStringLiteral("19"), QStringLiteral("20")}},
        {"FOOD", "食品部",
         {QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"),
          QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17")}},
        {"GENERAL", "百货部", {QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23")}},
    };
    return store.transaction([&]() -> Status {
        for (const Dept &d : departments) {
            auto id = products.addDepartment(actor, Department{{}, QLatin1String(d.code), QString::fromUtf8(d.name)});
            if (!id)
                return id.error();
            for (const QString &category : d.categories) {
                auto assigned = store.exec(QStringLiteral("UPDATE products SET department_id = ? WHERE category_id IN"
                                                          " (SELECT id FROM categories WHERE code = ?)"),
                                           {QVariant::fromValue(id->value()), category},
                                           tr("The demo departments could not be saved."));
                if (!assigned)
                    return assigned.error();
            }
        }
        auto plus = store.exec(QStringLiteral("UPDATE product_barcodes SET kind = 'plu' WHERE LENGTH(code) <= 6"), {},
                               tr("The demo barcodes could not be saved."));
        if (!plus)
            return plus.error();
        auto keys = ProductSearchIndex::refreshMissing(store);
        if (!keys)
            return keys.error();
        return {};
    });
}

} // namespace qtill::inventory
