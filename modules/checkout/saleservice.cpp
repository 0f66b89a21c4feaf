#include "saleservice.h"

#include "checkoutmodule.h"
#include "paymentservice.h"
#include "printqueue.h"

#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/documentnumbers.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storesettings.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"
#include "core/taxclassservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::SaleService", text);
}

} // namespace

SaleService::SaleService(Services &core, inventory::InventoryServices &inventory, CartStore &carts)
    : m_core(core)
    , m_inventory(inventory)
    , m_carts(carts)
{
}

SaleService::~SaleService() = default;

Result<inventory::LocationId> SaleService::sellingLocation()
{
    auto locations = m_inventory.ledger().stockLocations();
    if (!locations)
        return locations.error();
    for (const inventory::StockLocation &l : std::as_const(*locations)) {
        if (l.active && l.kind == inventory::LocationKind::Store)
            return l.location.id;
    }
    return Error::invalidInput(tr("The store has no shop floor to sell from: add a location of the kind Store."));
}

Result<int> SaleService::taxRate(const QString &taxClass)
{
    // Every class in one statement, once per commit: a product's class, else the store's default
    // class, else no tax.
    if (!m_taxRatesRead) {
        auto classes = m_core.taxClasses().list();
        if (!classes)
            return classes.error();
        m_taxRates.clear();
        m_defaultTaxRate = 0;
        for (const TaxClass &c : std::as_const(*classes)) {
            m_taxRates.insert(c.code, c.rateBasisPoints);
            if (c.isDefault)
                m_defaultTaxRate = c.rateBasisPoints;
        }
        m_taxRatesRead = true;
    }
    return m_taxRates.value(taxClass, m_defaultTaxRate);
}

Result<SaleService::Prepared> SaleService::prepare(const Session &session, const SaleRequest &request)
{
    if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kSell); !allowed)
        return allowed.error();
    if (request.uuid.isEmpty())
        return Error::invalidInput(tr("The sale has no id."), QStringLiteral("SaleRequest without uuid"));
    if (request.cart.isEmpty())
        return Error::invalidInput(tr("The ticket is empty: scan something first."));
    if (request.cart.currency() != m_core.storeProfile().currency())
        return Error::invalidInput(tr("The ticket is not in the store's currency."),
            QStringLiteral("cart currency %1").arg(request.cart.currency().code()));
    Prepared p;
    auto totals = request.cart.totals();
    if (!totals)
        return totals.error();
    p.totals = *totals;
    for (const CartLine &line : request.cart.lines()) {
        if (line.serialTracked && line.serialNumber.isEmpty())
            return Error::invalidInput(tr("Scan the serial number of %1.").arg(line.name));
        const QString needed = line.isPriceOverridden() ? CheckoutPermissions::kPriceOverride
            : !line.discount.isZero()                  ? CheckoutPermissions::kDiscount
                                                       : QString();
        if (!needed.isEmpty() && !line.approvedBy.isValid()) {
            if (Status allowed = m_core.permissions().require(session, needed); !allowed)
                return allowed.error();
        }
    }
    if (request.cart.hasOrderDiscount() && !request.cart.orderDiscountApprover().isValid()) {
        if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kDiscount); !allowed)
            return allowed.error();
    }
    auto split = splitTenders(p.totals.total, request.tenders, request.rounding);
    if (!split)
        return split.error();
    if (!split->isPaid())
        return Error::invalidInput(tr("%1 is still to pay.").arg(split->stillDue.format(QLocale())));
    QSet<QString> tenderIds;
    for (const Tender &t : std::as_const(split->tenders)) {
        if (t.uuid.isEmpty() || tenderIds.contains(t.uuid))
            return Error::invalidInput(tr("A payment has no id of its own."), QStringLiteral("tender uuid empty or repeated"));
        tenderIds.insert(t.uuid);
        // Terminal tenders met their limit when they were started (PaymentService::start), before the
        // customer was charged; what the drawer or a future tender takes is held to it here.
        const bool throughTerminal = t.type == TenderType::kCard || t.type == TenderType::kQr || t.type == TenderType::kFace;
        if (!throughTerminal) {
            if (Status within = PaymentService::checkTenderLimit(m_core.settings(), t.type, t.amount); !within)
                return within.error();
        }
    }
    p.split = *split;
    return p;
}

Result<CommittedSale> SaleService::commit(const Session &session, const SaleRequest &request)
{
    CommittedSale out;
    const Status written = m_core.store().transaction([&]() -> Status {
        out = CommittedSale();
        // A uuid booked already (a retry whose reply was lost, another lane) gives the booked sale back
        // and writes nothing, whatever the request says now. Asked once, inside the transaction: on
        // PostgreSQL every statement is a round trip to the server.
        auto before = byUuid(request.uuid);
        if (!before)
            return before.error();
        if (*before) {
            out = **before;
            out.alreadyCommitted = true;
            return {};
        }
        auto prepared = prepare(session, request);
        if (!prepared)
            return prepared.error();
        if (request.printReceipt && !m_printQueue)
            return Error::internal(tr("The receipt cannot be printed."), QStringLiteral("SaleService without a print queue"));
        m_taxRatesRead = false;
        if (Status ok = write(session, request, *prepared, out); !ok)
            return ok;
        if (!request.printReceipt)
            return {};
        // The receipt is queued with the sale: booked and printable together, or neither.
        auto queued = m_printQueue->enqueueSale(out.receiptNumber);
        return queued ? Status() : Status(queued.error());
    });
    if (!written)
        return written.error();
    if (request.printReceipt && !out.alreadyCommitted)
        m_printQueue->notifyQueued();
    return out;
}

} // namespace qtill::checkout
