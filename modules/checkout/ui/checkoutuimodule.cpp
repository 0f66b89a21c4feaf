#include "checkoutuimodule.h"

#include "salesjournalscreen.h"
#include "selfcheckoutscreen.h"
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
    // Self-checkout: what a kiosk register runs full screen (the app opens it as the kiosk operator when
    // SelfCheckoutScreen::kEnabled is set); on the rail only for attendants, to try it or look at it.
    shell::ScreenDescriptor kiosk;
    kiosk.id = QLatin1String(kSelfCheckoutId);
    kiosk.title = tr("Self-checkout");
    kiosk.icon = shell::Icons::navIcon(QStringLiteral("sale"));
    kiosk.permission = CheckoutPermissions::kAttendant;
    kiosk.order = 15;
    kiosk.area = shell::ScreenArea::Counter;
    kiosk.description = tr("The shopper scans and pays alone: face, payment code or card");
    kiosk.create = [](shell::ShellContext &context, QWidget *parent) { return new SelfCheckoutScreen(context, parent); };
    return {sale, kiosk, salesJournalScreen()};
}

} // namespace qtill::checkout
