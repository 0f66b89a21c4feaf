#include "inventoryuimodule.h"

#include "labelsscreen.h"
#include "lowstockcard.h"
#include "productsscreen.h"
#include "purchasingscreen.h"
#include "reorderscreen.h"
#include "scalelabelsscreen.h"
#include "seriallookupscreen.h"
#include "stockscreen.h"
#include "stocktakescreen.h"

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
    products.area = shell::ScreenArea::Counter;   // price checks with a customer waiting
    products.description = tr("The catalog: search, filters, new products, prices, barcodes, listing and delisting");
    products.create = [](shell::ShellContext &context, QWidget *parent) { return new ProductsScreen(context, parent); };
    QList<shell::ScreenDescriptor> screens{products};

    shell::ScreenDescriptor stock;
    stock.id = QStringLiteral("inventory.stock");
    stock.title = tr("Stock");
    stock.icon = shell::Icons::navIcon(QStringLiteral("stock"));
    stock.permission = InventoryPermissions::kView;
    stock.order = 310;
    stock.description = tr("Stock per location, movements, adjustments, damage and transfers");
    stock.create = [](shell::ShellContext &context, QWidget *parent) { return new StockScreen(context, parent); };
    screens << stock;

    shell::ScreenDescriptor stocktake;
    stocktake.id = QStringLiteral("inventory.stocktake");
    stocktake.title = tr("Stocktake");
    stocktake.icon = shell::Icons::navIcon(QStringLiteral("reports"));
    stocktake.permission = StocktakePermissions::kCount;
    stocktake.order = 320;
    stocktake.description = tr("Count sessions, scan to count, differences and approval");
    stocktake.create = [](shell::ShellContext &context, QWidget *parent) { return new StocktakeScreen(context, parent); };
    screens << stocktake;

    shell::ScreenDescriptor purchasing;
    purchasing.id = QStringLiteral("inventory.purchasing");
    purchasing.title = tr("Purchasing");
    purchasing.icon = shell::Icons::navIcon(QStringLiteral("store"));
    // Everyone who sees stock may open it: a cashier taking a delivery in gets the supervisor override
    // when booking; every action is checked again in the domain (purchasing.receive / purchasing.order).
    purchasing.permission = InventoryPermissions::kView;
    purchasing.order = 330;
    purchasing.description = tr("Suppliers, purchase orders, receiving deliveries by scanning, returns to suppliers");
    purchasing.create = [](shell::ShellContext &context, QWidget *parent) { return new PurchasingScreen(context, parent); };
    screens << purchasing;

    shell::ScreenDescriptor reorder;
    reorder.id = QStringLiteral("inventory.reorder");
    reorder.title = tr("Reorder");
    reorder.icon = shell::Icons::navIcon(QStringLiteral("warning"));
    reorder.permission = InventoryPermissions::kView;
    reorder.order = 340;
    reorder.description = tr("Low-stock alerts, reorder suggestions to draft orders, best sellers and slow movers");
    reorder.create = [](shell::ShellContext &context, QWidget *parent) { return new ReorderScreen(context, parent); };
    screens << reorder;

    shell::ScreenDescriptor labels;
    labels.id = QStringLiteral("inventory.labels");
    labels.title = tr("Labels");
    labels.icon = shell::Icons::navIcon(QStringLiteral("products"));
    labels.permission = InventoryPermissions::kView;
    labels.order = 350;
    labels.description = tr("Shelf and barcode labels on A4 sheets or rolls: print or save as PDF");
    labels.create = [](shell::ShellContext &context, QWidget *parent) { return new LabelsScreen(context, parent); };
    screens << labels;

    shell::ScreenDescriptor serials;
    serials.id = QStringLiteral("inventory.serials");
    serials.title = tr("Serials");
    serials.icon = shell::Icons::navIcon(QStringLiteral("shield"));
    serials.permission = InventoryPermissions::kView;
    serials.order = 360;
    serials.area = shell::ScreenArea::Counter;    // after-sales: a customer brings a phone back
    serials.description = tr("After-sales: a serial number's sale, customer and warranty");
    serials.create = [](shell::ShellContext &context, QWidget *parent) { return new SerialLookupScreen(context, parent); };
    screens << serials;

    shell::ScreenDescriptor scaleLabels;
    scaleLabels.id = QLatin1String(kScaleLabelsId);
    scaleLabels.title = tr("Scale labels");
    scaleLabels.icon = shell::Icons::navIcon(QStringLiteral("settings"));
    scaleLabels.permission = InventoryPermissions::kEdit;
    scaleLabels.order = 960;
    scaleLabels.group = QLatin1String(shell::kSettingsGroup);
    scaleLabels.description = tr("How the till reads the price and weight labels your scales print");
    scaleLabels.create = [](shell::ShellContext &context, QWidget *parent) { return new ScaleLabelsScreen(context, parent); };
    screens << scaleLabels;

    return screens;
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
