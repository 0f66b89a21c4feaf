// SelfCheckoutScreen paying: the methods (face, payment code, card — no cash), the terminal through
// PaymentService, a declined payment back on the methods with one clear line, the sale booked.
#include "selfcheckoutscreen.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"
#include "checkout/qrrouting.h"
#include "checkout/saleservice.h"

#include "core/services.h"

#include "shell/shellcontext.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace qtill::checkout {

Money SelfCheckoutScreen::paidSoFar() const
{
    Money paid = Money::zero(m_cart.currency());
    for (const PaymentIntent &intent : m_approved)
        paid += intent.approved;
    return paid;
}

Money SelfCheckoutScreen::stillDue() const
{
    auto totals = m_cart.totals();
    const Money rest = (totals ? totals->total : Money::zero(m_cart.currency())) - paidSoFar();
    return rest.isNegative() ? Money::zero(m_cart.currency()) : rest;
}

void SelfCheckoutScreen::goToPayment()
{
    if (m_step != Step::Scanning || m_cart.isEmpty())
        return;
    if (!saveNow())
        return;
    showStatus(QString(), false);
    refreshTicket();
    setStep(Step::Choosing);
}

void SelfCheckoutScreen::backToScanning()
{
    if (m_step != Step::Choosing)
        return;
    if (!m_approved.isEmpty()) {   // part is paid: the goods stay as they are
        showStatus(tr("Part is paid already: please pay the rest."), true);
        return;
    }
    showStatus(QString(), false);
    setStep(Step::Scanning);
}

void SelfCheckoutScreen::toggleReceipt()
{
    m_printReceipt = !m_printReceipt;
    m_buttons.value(QStringLiteral("noReceipt"))->setChecked(!m_printReceipt);
    touch();
}

void SelfCheckoutScreen::payBy(const QString &method)
{
    if (m_step != Step::Choosing || !m_pending.isEmpty() || m_booking)
        return;
    m_method = method;
    showStatus(QString(), false);
    if (method == TenderType::kQr) {   // the shopper holds their 付款码 under the scanner
        m_prompt->setText(bilingual(QT_TR_NOOP("Show your payment code")));
        refreshTicket();
        setStep(Step::Waiting);
        return;
    }
    startPayment(method, QString());
}

void SelfCheckoutScreen::startPayment(const QString &method, const QString &code)
{
    const Money amount = stillDue();
    if (method == TenderType::kQr) {
        auto wallet = QrRouting::forStore(m_context.services()).walletOf(code);
        if (!wallet) {
            showStatus(wallet.error().message, true);
            return;
        }
    }
    auto started = m_checkout.payments().start(m_context.session(), m_uuid, method, amount, code);
    if (!started) {
        showStatus(started.error().message, true);
        setStep(Step::Choosing);
        return;
    }
    m_pending = started->uuid;
    m_prompt->setText(method == TenderType::kFace ? bilingual(QT_TR_NOOP("Look at the camera"))
                      : method == TenderType::kCard ? bilingual(QT_TR_NOOP("Insert or tap your card"))
                                                    : bilingual(QT_TR_NOOP("Paying with your payment code")));
    refreshTicket();
    setStep(Step::Waiting);
    // A terminal that answered before start() returned was not heard as pending: apply it now.
    if (auto now = m_checkout.payments().intent(m_pending); now && now->isDecided())
        onIntentChanged(*now);
}

void SelfCheckoutScreen::cancelPayment()
{
    if (m_step != Step::Waiting)
        return;
    if (!m_pending.isEmpty()) {   // whatever the terminal answers is applied (a late approval stays paid)
        m_checkout.payments().cancel(m_pending);
        return;
    }
    setStep(Step::Choosing);
}

void SelfCheckoutScreen::onProgress(const QString &intentUuid, const QString &message)
{
    if (intentUuid == m_pending && !message.isEmpty())
        showStatus(message, false);
}

void SelfCheckoutScreen::onIntentChanged(const PaymentIntent &intent)
{
    if (intent.saleUuid != m_uuid || m_uuid.isEmpty())
        return;
    if (intent.state == IntentState::kApproved) {
        const bool known = std::any_of(m_approved.cbegin(), m_approved.cend(),
                                       [&](const PaymentIntent &a) { return a.uuid == intent.uuid; });
        if (!known)
            m_approved << intent;
    }
    if (intent.uuid != m_pending || (!intent.isDecided() && intent.state != IntentState::kReversing))
        return;   // pending or unknown: the service asks again; the shopper keeps waiting
    m_pending.clear();
    touch();
    if (intent.state == IntentState::kApproved && stillDue().isZero()) {
        book();
        return;
    }
    refreshTicket();
    setStep(Step::Choosing);
    if (intent.state == IntentState::kApproved) {
        showStatus(tr("%1 paid. Please pay the rest, %2.")
                       .arg(intent.approved.format(QLocale()), stillDue().format(QLocale())), false);
    } else {
        const QString why = intent.message.isEmpty() ? tr("not paid") : intent.message;
        showStatus(tr("%1 not paid: %2. Please choose how to pay.").arg(TenderType::displayName(intent.method), why), true);
    }
}

void SelfCheckoutScreen::book()
{
    if (m_booking || !m_pending.isEmpty() || !stillDue().isZero())
        return;
    SaleRequest request;
    request.uuid = m_uuid;
    request.cart = m_cart;
    for (const PaymentIntent &intent : std::as_const(m_approved))
        request.tenders << intent.toTender();
    request.printReceipt = m_printReceipt;
    m_booking = true;
    auto sale = m_checkout.sales().commit(m_context.session(), request);
    m_booking = false;
    if (!sale) {
        // Paid but not booked: the payment stays approved with the ticket; the timeout tries again
        // and the attendant is called.
        showStatus(sale.error().message, true);
        callAttendant();
        return;
    }
    m_lastSale = *sale;
    m_dirty = false;
    m_saveTimer->stop();
    m_doneDetail->setText(tr("Receipt %1").arg(sale->receiptNumber) + QLatin1Char('\n')
                          + (m_printReceipt ? bilingual(QT_TR_NOOP("Please take your receipt"))
                                            : bilingual(QT_TR_NOOP("No receipt printed"))));
    showStatus(QString(), false);
    setStep(Step::Done);
    Q_EMIT saleBooked(*sale);
}

} // namespace qtill::checkout
