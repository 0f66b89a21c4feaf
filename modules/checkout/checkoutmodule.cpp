#include "checkoutmodule.h"

#include "checkoutservices.h"

namespace qtill::checkout {

QList<PermissionDef> CheckoutModule::permissions() const
{
    return {
        PermissionDef{CheckoutPermissions::kSell, QT_TRANSLATE_NOOP("qtill::Permission", "Ring up sales and take payment"),
                      {Role::Cashier, Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kDiscount, QT_TRANSLATE_NOOP("qtill::Permission", "Give line and order discounts"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kPriceOverride, QT_TRANSLATE_NOOP("qtill::Permission", "Sell at another price"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kVoid, QT_TRANSLATE_NOOP("qtill::Permission", "Void a sale of today"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kRefund, QT_TRANSLATE_NOOP("qtill::Permission", "Take goods back and refund"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kRefundToCash,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Refund card, QR and face payments in cash"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kCashMovement,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Pay cash in or out and open the drawer without a sale"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kAttendant,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Unlock a self-checkout as its attendant"),
                      {Role::Supervisor, Role::Manager}},
        PermissionDef{CheckoutPermissions::kReplay,
                      QT_TRANSLATE_NOOP("qtill::Permission", "Replay sales from a file as the operators it names"),
                      {Role::Manager}},
    };
}

std::unique_ptr<ModuleServices> CheckoutModule::createServices(Services &core) const
{
    return std::unique_ptr<ModuleServices>(new CheckoutServices(core));
}

} // namespace qtill::checkout
