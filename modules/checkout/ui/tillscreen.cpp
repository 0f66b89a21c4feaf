#include "tillscreen.h"

#include "paymentpanel.h"
#include "salescreen.h"

namespace qtill::checkout {

TillScreen::TillScreen(shell::ShellContext &context, QWidget *parent)
    : QStackedWidget(parent)
    , m_sale(new SaleScreen(context, this))
    , m_payment(new PaymentPanel(context, this))
{
    setObjectName(QStringLiteral("tillScreen"));
    addWidget(m_sale);
    addWidget(m_payment);
    connect(m_sale, &SaleScreen::payRequested, this, &TillScreen::showPayment);
    connect(m_payment, &PaymentPanel::paid, this, [this](const CommittedSale &sale) {
        showSale();
        m_sale->saleCompleted(sale);
    });
    connect(m_payment, &PaymentPanel::backToSale, this, &TillScreen::showSale);
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
    return {QStringLiteral("payment")};
}

QWidget *TillScreen::prepareScreenshotState(const QString &state)
{
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
}

void TillScreen::showSale()
{
    setCurrentWidget(m_sale);
    m_sale->activated();
}

} // namespace qtill::checkout
