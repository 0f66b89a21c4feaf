#pragma once

#include "core/moduleservices.h"

#include <memory>

namespace qtill {
class Services;
}

namespace qtill::inventory {
class InventoryServices;
}

namespace qtill::members {
class MembersServices;
}

namespace qtill::checkout {

class CartStore;
class CashService;
class JournalVerifier;
class PaymentService;
class PricingStep;
class PrintQueue;
class RefundService;
class SaleService;
class VoidService;

/// The till's services, built once per opened store by CheckoutModule::createServices() after the
/// inventory and members modules'. The only place checkout services are constructed (private constructors,
/// CheckoutServices their friend): screens and commands reach them with `CheckoutServices::of(services)`.
/// Threading: the thread that opened the Services; a worker thread opens its own Services.
class CheckoutServices final : public ModuleServices
{
public:
    ~CheckoutServices() override;

    /// The checkout services of an opened store; the checkout module must be among its modules
    /// (a programming error otherwise: it aborts).
    static CheckoutServices &of(Services &core);

    Services &core() { return m_core; }
    CartStore &carts() { return *m_carts; }
    PaymentService &payments() { return *m_payments; }
    /// The pricing step: promotions, the member's tier and coupons applied to a cart.
    PricingStep &pricing() { return *m_pricing; }
    SaleService &sales() { return *m_sales; }
    VoidService &voids() { return *m_voids; }
    RefundService &refunds() { return *m_refunds; }
    CashService &cash() { return *m_cash; }
    JournalVerifier &journalVerifier() { return *m_journalVerifier; }
    PrintQueue &printQueue() { return *m_printQueue; }

private:
    friend class CheckoutModule;
    explicit CheckoutServices(Services &core);

    Services &m_core;
    inventory::InventoryServices &m_inventory;
    members::MembersServices &m_members;
    // Declaration order is construction order: each service after the ones it uses.
    std::unique_ptr<CartStore> m_carts;
    std::unique_ptr<PricingStep> m_pricing;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<VoidService> m_voids;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<CashService> m_cash;
    std::unique_ptr<JournalVerifier> m_journalVerifier;
    std::unique_ptr<PrintQueue> m_printQueue;
};

} // namespace qtill::checkout
