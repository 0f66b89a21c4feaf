#include "inventoryuimodule.h"

#include "productsscreen.h"

#include "inventory/inventorymodule.h"

#include "shell/icons.h"

namespace qtill::inventory {

QList<shell::ScreenDescriptor> InventoryUiModule::screens() const
{
    shell::ScreenDescriptor products;
    products.id = QLatin1String(kProductsId);
    products.title = tr("Products");
    products.icon = shell::Icons::navIcon(QStringLiteral("products"));
    products.permission = InventoryPermissions::kView;
    products.order = 300;
    products.create = [](shell::ShellContext &context, QWidget *parent) { return new ProductsScreen(context, parent); };
    return {products};
}

} // namespace qtill::inventory
