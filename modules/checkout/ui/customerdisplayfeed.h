#pragma once

#include "checkout/cart.h"
#include "checkout/sale.h"

#include "core/settings.h"

#include "hal/customerdisplay.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace qtill::shell {
class ShellContext;
}

namespace qtill::checkout {

/// Feeds the register's customer displays (every enabled CustomerDisplay in
/// `context.devices()->manager()`: a second screen, a two-line pole display — each shows what fits,
/// the HAL lays it out) from the till:
/// - the ticket: setCart() on every change, shown once per event-loop turn (a scanner burst is one
///   update), lines with quantity and amount after their discount, the total and the discounts;
/// - paying: total / paid / change as the tenders come in; the terminal's prompt while a card or face
///   payment runs; "Show your payment code" when the cashier is about to scan a 付款码;
/// - the sale booked: "Thank you" (with the change), then after kThankYouSeconds the promotion images
///   (setting kPromotionImages) until the next ticket starts.
/// A missing or faulty display is skipped: nothing here waits for a device or can stop a sale.
/// Lives on the GUI thread; the ShellContext outlives it.
class CustomerDisplayFeed final : public QObject
{
    Q_OBJECT

public:
    /// The images shown between sales: a folder (its *.png / *.jpg, by name) or image files separated
    /// by ';'. Empty: the display's own "promotions" folder parameter, else its welcome.
    static const Setting<QString> kPromotionImages;
    /// How long "Thank you" stays before the promotions come back.
    static const Setting<int> kThankYouSeconds;

    explicit CustomerDisplayFeed(shell::ShellContext &context, QObject *parent = nullptr);

    /// The ticket changed: shows it at the next event-loop turn (an empty ticket: the promotions).
    void setCart(const Cart &cart);
    /// While paying: the total due, what the tenders pay so far and the change.
    void showPaying(const Money &total, const Money &paid, const Money &change);
    /// A prompt for the customer while the terminal waits ("Look at the camera") with the amount.
    void showPrompt(const QString &prompt, const Money &amount);
    /// The cashier is about to scan the customer's payment code (付款码).
    void askForPaymentCode(const Money &amount);
    /// The sale is booked: "Thank you" and the change; promotions after kThankYouSeconds.
    void saleBooked(const CommittedSale &sale);
    /// Between sales: the promotion images (or the display's welcome).
    void showIdle();

    /// True while "Thank you" waits for the promotions (tests end the wait with showIdle()).
    bool isThanking() const { return m_thanks.isActive(); }
    /// The images kPromotionImages names now.
    QStringList promotionImages() const;

    /// What the customer sees of `cart` (formatted in the default locale).
    static hal::DisplayCart toDisplay(const Cart &cart);

private:
    void flush();
    QList<hal::CustomerDisplay *> displays() const;

    shell::ShellContext &m_context;
    Cart m_cart;
    QTimer m_flush;
    QTimer m_thanks;
};

} // namespace qtill::checkout
