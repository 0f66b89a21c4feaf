#include "tillscreen.h"

#include "customerdisplayfeed.h"
#include "paymentpanel.h"
#include "salescreen.h"
#include "ticketmodel.h"

#include "checkout/checkoutservices.h"
#include "checkout/paymentservice.h"

#include "shell/shellcontext.h"

namespace qtill::checkout {

TillScreen::TillScreen(shell::ShellContext &context, QWidget *parent)
    : QStackedWidget(parent)
    , m_sale(new SaleScreen(context, this))
    , m_payment(new PaymentPanel(context, this))
    , m_feed(new CustomerDisplayFeed(context, this))
{
    setObjectName(QStringLiteral("tillScreen"));
    addWidget(m_sale);
    addWidget(m_payment);
    connect(m_sale, &SaleScreen::payRequested, this, &TillScreen::showPayment);
    connect(m_payment, &PaymentPanel::paid, this, [this](const CommittedSale &sale) {
        showSale();
        m_sale->saleCompleted(sale);
        m_feed->saleBooked(sale);
    });
    connect(m_payment, &PaymentPanel::backToSale, this, &TillScreen::showSale);
    connectFeed(context);
    m_feed->setCart(m_sale->cart());   // an open ticket brought back shows at once
}

void TillScreen::connectFeed(shell::ShellContext &context)
{
    connect(m_sale->ticketModel(), &TicketModel::totalsChanged, m_feed, [this] { m_feed->setCart(m_sale->cart()); });
    connect(m_payment, &PaymentPanel::tendersChanged, m_feed, [this] {
        const TenderSplit &split = m_payment->split();
        if (currentWidget() == m_payment && !split.isPaid())
            m_feed->showPaying(split.total, split.tendered, split.change);
    });
    connect(m_payment, &PaymentPanel::paymentCodeWanted, m_feed,
            [this] { m_feed->askForPaymentCode(m_payment->split().stillDue); });
    // The terminal's prompt ("Insert, tap or swipe the card") is for the customer too.
    connect(&CheckoutServices::of(context.services()).payments(), &PaymentService::progress, m_feed,
            [this](const QString &intent, const QString &message) {
                if (currentWidget() == m_payment && intent == m_payment->pendingIntent() && !message.isEmpty())
                    m_feed->showPrompt(message, m_payment->split().stillDue);
            });
}

void TillScreen::activated()
{
    if (currentWidget() == m_sale)
        m_sale->activated();
}

void TillScreen::prepareScreenshot()
{
    showSale();
    m_sale->prepareScreenshot();
}

QStringList TillScreen::screenshotStates() const
{
    return {QStringLiteral("cash"), QStringLiteral("payment")};
}

QWidget *TillScreen::prepareScreenshotState(const QString &state)
{
    if (state == QLatin1String("cash")) {
        showSale();
        return m_sale->showCashForScreenshot();   // a paid-out filled in over the ticket, not booked
    }
    if (state == QLatin1String("payment")) {
        m_payment->showForScreenshot(m_sale->cart());
        setCurrentWidget(m_payment);
    }
    return nullptr;
}

void TillScreen::showPayment()
{
    m_payment->begin(m_sale->cart(), m_sale->saleUuid());
    setCurrentWidget(m_payment);
    m_payment->setFocus();
    const TenderSplit &split = m_payment->split();
    m_feed->showPaying(split.total, split.tendered, split.change);
}

void TillScreen::showSale()
{
    setCurrentWidget(m_sale);
    m_feed->setCart(m_sale->cart());
    m_sale->activated();
}

} // namespace qtill::checkout
