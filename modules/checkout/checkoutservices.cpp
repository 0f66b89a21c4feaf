#include "checkoutservices.h"

#include "cartstore.h"
#include "cashservice.h"
#include "journalverifier.h"
#include "paymentservice.h"
#include "pricingstep.h"
#include "printqueue.h"
#include "refundservice.h"
#include "saleservice.h"
#include "voidservice.h"

#include "inventory/inventoryservices.h"
#include "members/membersservices.h"

#include "core/services.h"

#include <QtGlobal>

namespace qtill::checkout {

// The constructors are private (CheckoutServices is their friend), hence `new` and not make_unique.
CheckoutServices::CheckoutServices(Services &core)
    : m_core(core)
    , m_inventory(inventory::InventoryServices::of(core))
    , m_members(members::MembersServices::of(core))
    , m_carts(new CartStore(core))
    , m_pricing(new PricingStep(core, m_inventory, m_members))
    , m_payments(new PaymentService(core))
    , m_sales(new SaleService(core, m_inventory, *m_carts))
    , m_voids(new VoidService(core, m_inventory, *m_sales))
    , m_refunds(new RefundService(core, m_inventory, *m_sales, *m_payments))
    , m_cash(new CashService(core))
    , m_journalVerifier(new JournalVerifier(core))
    , m_printQueue(new PrintQueue(core, *m_sales))
{
    m_sales->setPrintQueue(m_printQueue.get());
    m_refunds->setPrintQueue(m_printQueue.get());
    m_printQueue->setRefunds(m_refunds.get());
    // A refund whose card, QR or face parts all went back books itself (also after a restart).
    QObject::connect(m_payments.get(), &PaymentService::refundPartApproved, m_payments.get(),
                     [refunds = m_refunds.get()](const QString &refundUuid) { (void)refunds->finish(refundUuid); });
}

CheckoutServices::~CheckoutServices() = default;

CheckoutServices &CheckoutServices::of(Services &core)
{
    auto *found = core.moduleServices<CheckoutServices>();
    if (!found)
        qFatal("CheckoutServices::of: the checkout module is not among the store's modules");
    return *found;
}

} // namespace qtill::checkout
