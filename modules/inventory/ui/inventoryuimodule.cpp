#include "inventoryuimodule.h"

#include "lowstockcard.h"
#include "productsscreen.h"
#include "scalelabelsscreen.h"

#include "inventory/inventorymodule.h"
#include "inventory/purchaseorderservice.h"

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
    shell::ScreenDescriptor scaleLabels;
    scaleLabels.id = QLatin1String(kScaleLabelsId);
    scaleLabels.title = tr("Scale labels");
    scaleLabels.icon = shell::Icons::navIcon(QStringLiteral("settings"));
    scaleLabels.permission = InventoryPermissions::kEdit;
    scaleLabels.order = 960;
    scaleLabels.create = [](shell::ShellContext &context, QWidget *parent) { return new ScaleLabelsScreen(context, parent); };
    return {products, scaleLabels};
}

QList<shell::HomeCard> InventoryUiModule::homeCards() const
{
    shell::HomeCard alerts;
    alerts.id = QStringLiteral("homeCard_lowStock");
    alerts.permission = PurchasingPermissions::kOrder;   // those who can order: managers and owners
    alerts.order = 100;
    alerts.create = [](shell::ShellContext &context, QWidget *parent) { return new LowStockCard(context, parent); };
    return {alerts};
}

} // namespace qtill::inventory
