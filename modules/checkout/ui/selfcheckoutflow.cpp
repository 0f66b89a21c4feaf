// SelfCheckoutScreen's flow: scanning (with the attendant's checks), the ticket saved as it changes,
// paying through PaymentService, booking through SaleService, the attendant, and the inactivity timeout.
#include "selfcheckoutscreen.h"

#include "checkout/cartstore.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/qrrouting.h"
#include "checkout/saleservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/auditlog.h"
#include "core/authorizer.h"
#include "core/operator.h"
#include "core/services.h"
#include "core/storesettings.h"

#include "hal/scale.h"

#include "shell/shellcontext.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace qtill::checkout {

namespace {

constexpr qint64 kMilligramsPerGram = 1000;

QString money(const Money &amount)
{
    return amount.format(QLocale());
}

} // namespace

void SelfCheckoutScreen::restoreOpenTicket()
{
    // After a crash or a restart the shopper's ticket comes back (with any payment approved for it).
    auto open = m_checkout.carts().open();
    if (open && open->has_value() && (*open)->cart.isEmpty()) {
        m_uuid = (*open)->uuid;   // an emptied ticket is still this register's open one: keep its uuid
        m_cart = (*open)->cart;
        refreshTicket();
        setStep(Step::Welcome);
        return;
    }
    if (open && open->has_value()) {
        m_uuid = (*open)->uuid;
        m_cart = (*open)->cart;
        if (auto earlier = m_checkout.payments().ofSale(m_uuid)) {
            for (const PaymentIntent &intent : std::as_const(*earlier)) {
                if (intent.state == IntentState::kApproved)
                    m_approved << intent;
                else if (!intent.isDecided())
                    m_pending = intent.uuid;
            }
        }
        refreshTicket();
        setStep(m_pending.isEmpty() ? Step::Scanning : Step::Waiting);
        if (m_pending.isEmpty() && !m_approved.isEmpty()) {
            if (stillDue().isZero())
                book();   // paid before the restart: book it now
            else
                setStep(Step::Choosing);   // partly paid: the rest
        }
        return;
    }
    newTicket();
    setStep(Step::Welcome);
}

void SelfCheckoutScreen::newTicket()
{
    m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_cart.clear();
    m_approved.clear();
    m_pending.clear();
    m_method.clear();
    m_dirty = false;
    m_printReceipt = true;
    m_buttons.value(QStringLiteral("noReceipt"))->setChecked(false);
    refreshTicket();
}

void SelfCheckoutScreen::start()
{
    if (m_step != Step::Welcome)
        return;
    // The ticket is fresh here (made when the welcome showed, or the emptied one brought back).
    showStatus(QString(), false);
    setStep(Step::Scanning);
}

void SelfCheckoutScreen::showWelcome()
{
    if (!m_cart.isEmpty() && m_step != Step::Done)
        return;   // a ticket in progress leaves only by paying, by the attendant or by the timeout
    m_lastSale.reset();
    newTicket();
    showStatus(QString(), false);
    setStep(Step::Welcome);
}

void SelfCheckoutScreen::onScanned(const QString &code)
{
    if (!isVisible())
        return;
    QWidget *modal = QApplication::activeModalWidget();
    if (modal && modal != window())
        return;   // the attendant's PIN dialog is up
    addCode(code);
}

void SelfCheckoutScreen::onWeighed(const hal::WeightReading &reading)
{
    if (reading.stable && !reading.overload && !reading.underZero && reading.netMilligrams > 0)
        m_stableWeight = Quantity::fromMilli(reading.netMilligrams / kMilligramsPerGram);
    else
        m_stableWeight.reset();
}

void SelfCheckoutScreen::addCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    touch();
    switch (m_step) {
    case Step::Welcome:
        start();   // scanning the first item starts, as "Start" does
        break;
    case Step::Scanning:
        break;
    case Step::Waiting:
        if (m_method == TenderType::kQr && m_pending.isEmpty())
            startPayment(TenderType::kQr, trimmed);   // the shopper's payment code
        return;
    case Step::Choosing:
        showStatus(tr("To add more, go back to your items first."), true);
        return;
    case Step::Done:
        return;
    }
    auto found = inventory::InventoryServices::of(m_context.services()).catalog().lookupForSale(trimmed);
    if (!found) {
        showStatus(found.error().message, true);
        QApplication::beep();
        return;
    }
    ring(*found);
}

bool SelfCheckoutScreen::needsAttendant(const inventory::ScanMatch &match, QString *why) const
{
    const inventory::Product &product = match.product;
    const bool weighed = product.soldByWeight && !match.embeddedPrice && !match.embeddedQuantity;
    if (weighed && !m_stableWeight) {
        *why = tr("%1 is sold by weight and the scale shows no steady weight.").arg(product.name);
        return true;
    }
    if (weighed && kWeighedNeedsAttendant.get(m_context.services().settings())) {
        *why = tr("%1 is sold by weight: an attendant checks it.").arg(product.name);
        return true;
    }
    const QStringList restricted = kAgeRestrictedCategories.get(m_context.services().settings())
                                       .split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
    if (restricted.isEmpty())
        return false;
    auto categories = inventory::InventoryServices::of(m_context.services()).catalog().categories();
    if (!categories)
        return false;
    for (const inventory::Category &category : std::as_const(*categories)) {
        if (category.id == product.categoryId && restricted.contains(category.code)) {
            *why = tr("%1 is age-restricted: an attendant checks the buyer's age.").arg(product.name);
            return true;
        }
    }
    return false;
}

void SelfCheckoutScreen::ring(const inventory::ScanMatch &match)
{
    QString why;
    if (needsAttendant(match, &why) && !attendant(why))
        return;
    const bool needsScale = match.product.soldByWeight && !match.embeddedPrice && !match.embeddedQuantity;
    if (needsScale && !m_stableWeight) {
        showStatus(tr("Put %1 on the scale and scan it again.").arg(match.product.name), true);
        return;
    }
    if (match.product.serialTracked) {   // its serial is taken by staff, at a staffed till
        showStatus(tr("%1 has a serial number: please pay for it at a staffed till.").arg(match.product.name), true);
        QApplication::beep();
        return;
    }
    const Cart before = m_cart;
    auto added = m_cart.add(match, Quantity::units(1), needsScale ? m_stableWeight : std::nullopt);
    Status stock = added ? m_checkout.sales().checkStock(m_cart, *added) : Status(added.error());
    if (!stock) {   // refused (a wrong quantity, none left where the store blocks it): nothing changes
        m_cart = before;
        showStatus(stock.error().message, true);
        QApplication::beep();
        return;
    }
    changed();
    m_list->selectRow(*added);
    showStatus(tr("Added: %1").arg(m_cart.lines().at(*added).name), false);
}

void SelfCheckoutScreen::changed()
{
    refreshTicket();
    m_dirty = true;
    m_saveTimer->start();
}

bool SelfCheckoutScreen::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_persist)
        return true;
    Status saved = m_checkout.carts().save(m_uuid, m_cart, m_context.session().operatorId);
    if (!saved) {
        // The shopper cannot fix this; the attendant can (the technical detail is in the log).
        showStatus(saved.error().message, true);
        callAttendant();
        return false;
    }
    m_dirty = false;
    return true;
}

bool SelfCheckoutScreen::attendant(const QString &why)
{
    callAttendant();
    std::optional<Authorization> granted = m_context.authorize(CheckoutPermissions::kAttendant, why, this);
    if (!granted) {
        showStatus(tr("Waiting for an attendant: %1").arg(why), true);
        return false;
    }
    m_attendantCalled = false;
    refreshAttendant();
    return true;
}

void SelfCheckoutScreen::callAttendant()
{
    touch();
    if (m_attendantCalled)
        return;
    m_attendantCalled = true;
    refreshAttendant();
    QApplication::beep();
    m_context.showMessage(tr("Self-checkout %1 needs an attendant.").arg(m_context.session().number),
                          shell::ShellContext::Severity::Warning);
}

void SelfCheckoutScreen::attendantUnlock()
{
    if (attendant(tr("Attendant at the self-checkout")))
        showStatus(QString(), false);
}

void SelfCheckoutScreen::removeSelected()
{
    const int row = m_list->currentRow();
    if (m_step != Step::Scanning || row < 0 || row >= m_cart.lines().size()) {
        showStatus(tr("Touch the item to remove first."), true);
        return;
    }
    const CartLine line = m_cart.lines().at(row);
    if (!attendant(tr("Remove %1 from the self-checkout ticket").arg(line.name)))
        return;
    if (Status removed = m_cart.remove(row); !removed) {
        showStatus(removed.error().message, true);
        return;
    }
    changed();
    // Taken off a ticket: logged as at the till, for the manager's sweethearting checks.
    const Session &session = m_context.session();
    auto logged = m_context.services().auditLog().append(
        AuditRecord{session.auditActor(), {}, QStringLiteral("sale.removeLine"), QStringLiteral("cart:") + m_uuid,
                    AuditOutcome::kOk,
                    QStringLiteral("%1 %2 × %3 @ %4 (self-checkout)")
                        .arg(line.sku, line.name, line.quantity.toString(QLocale::c()), line.unitPrice.toPlainString())});
    if (!logged)
        showStatus(logged.error().message, true);
    else
        showStatus(tr("Removed: %1").arg(line.name), false);
}

bool SelfCheckoutScreen::discardTicket()
{
    // As the till's void of an open ticket: payments given back, the ticket dropped (audited).
    saveNow();
    if (Status returned = m_checkout.payments().abandon(m_uuid); !returned) {
        showStatus(returned.error().message, true);
        return false;
    }
    if (m_persist) {
        if (Status dropped = m_checkout.carts().discard(m_context.session(), m_uuid);
            !dropped && dropped.error().code != Error::Code::NotFound) {
            showStatus(dropped.error().message, true);
            return false;
        }
    }
    m_cart.clear();
    m_approved.clear();
    m_dirty = false;
    return true;
}

void SelfCheckoutScreen::cancelPurchase()
{
    if (m_cart.isEmpty()) {
        if (discardTicket())
            showWelcome();
        return;
    }
    if (!m_pending.isEmpty() || !m_approved.isEmpty()) {
        showStatus(tr("A payment was made: an attendant finishes this purchase."), true);
        callAttendant();
        return;
    }
    if (!attendant(tr("Cancel the self-checkout purchase of %1").arg(money(stillDue()))))
        return;
    if (discardTicket())
        showWelcome();
}

void SelfCheckoutScreen::inactivityTimeout()
{
    switch (m_step) {
    case Step::Welcome:
        return;
    case Step::Done:
        showWelcome();
        return;
    default:
        break;
    }
    if (!m_pending.isEmpty()) {   // the terminal still works on a payment: never walk away from it
        touch();
        return;
    }
    if (!m_approved.isEmpty()) {   // paid (or partly): finish the sale, never park or drop it
        if (stillDue().isZero())
            book();
        else
            callAttendant();
        touch();
        return;
    }
    if (discardTicket()) {
        showWelcome();
        showStatus(QString(), false);
    }
}

} // namespace qtill::checkout
