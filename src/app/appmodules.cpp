#include "appmodules.h"

#include "application.h"
#include "homemodule.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storesettings.h"
#include "admin/adminuimodule.h"
#include "devicesui/devicesuimodule.h"
#include "checkout/checkoutmodule.h"
#include "checkout/ui/checkoutuimodule.h"
#include "checkout/ui/selfcheckoutscreen.h"
#include "checkout/demopromotions.h"
#include "checkout/demosales.h"
#include "inventory/demostore.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"
#include "inventory/ui/inventoryuimodule.h"

#include <QRandomGenerator>

namespace qtill::app {

namespace {

/// A new store for `--demo`: the first-run operators `qtillctl init` creates (owner 00, cashier 01,
/// supervisor 99), then the demo shop, added acting as that owner, and its last week of sales.
Status populateDemoStore(Services &services)
{
    auto operators = services.operators().bootstrap(Services::firstRunOperators());
    if (!operators)
        return operators.error();
    Session owner;
    for (const Operator &op : operators.value()) {
        if (op.role == Role::Owner) {
            owner = Session{op.id, op.number, op.name, op.role, services.clock().now()};
            break;
        }
    }
    auto filled = inventory::DemoStore::populate(services, owner);
    if (!filled)
        return filled.error();
    auto week = checkout::DemoSales::populate(services, owner);
    if (!week)
        return week.error();
    auto promotions = checkout::DemoPromotions::populate(services, owner);
    if (!promotions)
        return promotions.error();
    // The self-checkout's operator (a cashier: no attendant rights). It never types its PIN — a kiosk
    // register signs it in by the setting checkout/selfCheckoutOperator — so the PIN is random.
    const QString pin = QString::number(QRandomGenerator::system()->bounded(10000000, 99999999));
    auto kiosk = services.operators().create(owner, checkout::SelfCheckoutScreen::kOperator.get(services.settings()),
                                             QStringLiteral("自助收银机"), Role::Cashier, pin);
    if (!kiosk)
        return kiosk.error();
    return {};
}

} // namespace

void registerModules(Application &app)
{
    app.addDomainModule(std::make_unique<inventory::InventoryModule>());
    app.addDomainModule(std::make_unique<members::MembersModule>());
    app.addDomainModule(std::make_unique<checkout::CheckoutModule>());

    app.addUiModule(std::make_unique<HomeModule>());
    app.addUiModule(std::make_unique<checkout::CheckoutUiModule>());
    app.addUiModule(std::make_unique<inventory::InventoryUiModule>());
    app.addUiModule(std::make_unique<admin::AdminUiModule>());
    app.addUiModule(std::make_unique<devicesui::DevicesUiModule>());
    app.setDemoPopulator(&populateDemoStore);
}

} // namespace qtill::app
