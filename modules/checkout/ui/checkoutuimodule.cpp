#include "checkoutuimodule.h"

#include "salesjournalscreen.h"
#include "tillscreen.h"

#include "checkout/checkoutmodule.h"

#include "shell/icons.h"

namespace qtill::checkout {

QList<shell::ScreenDescriptor> CheckoutUiModule::screens() const
{
    shell::ScreenDescriptor sale;
    sale.id = QLatin1String(kSaleId);
    sale.title = tr("Sell");
    sale.icon = shell::Icons::navIcon(QStringLiteral("sale"));
    sale.permission = CheckoutPermissions::kSell;
    sale.order = 10;   // first on the rail
    sale.area = shell::ScreenArea::Counter;
    sale.till = true;
    sale.description = tr("Ring up sales: scan, search, quantities, discounts, hold and recall, pay");
    sale.create = [](shell::ShellContext &context, QWidget *parent) { return new TillScreen(context, parent); };
    return {sale, salesJournalScreen()};
}

} // namespace qtill::checkout
