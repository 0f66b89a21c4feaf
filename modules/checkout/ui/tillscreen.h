#pragma once

#include "shell/uimodule.h"

#include <QStackedWidget>

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

class CustomerDisplayFeed;
class PaymentPanel;
class SaleScreen;

/// The till as the shell shows it ("checkout.sale"): the sale screen, and the payment panel in its place
/// while the ticket is paid. Pay (F12) hands the ticket to the panel; when the sale is booked the sale
/// screen starts the next ticket with the change and receipt number on its status line; going back
/// (Esc) returns to the same ticket, approved payments kept with it. Its CustomerDisplayFeed shows the
/// customer the ticket, the payment and "Thank you" on the register's customer displays.
class TillScreen final : public QStackedWidget, public shell::ShellScreen
{
    Q_OBJECT

public:
    explicit TillScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    SaleScreen *saleScreen() const { return m_sale; }
    PaymentPanel *paymentPanel() const { return m_payment; }
    CustomerDisplayFeed *customerDisplayFeed() const { return m_feed; }

    void activated() override;
    void prepareScreenshot() override;
    QStringList screenshotStates() const override;
    QWidget *prepareScreenshotState(const QString &state) override;

private:
    void showPayment();
    void showSale();
    void connectFeed(shell::ShellContext &context);

    SaleScreen *m_sale = nullptr;
    PaymentPanel *m_payment = nullptr;
    CustomerDisplayFeed *m_feed = nullptr;
};

} // namespace qtill::checkout
