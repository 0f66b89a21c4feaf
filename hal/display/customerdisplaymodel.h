#pragma once

#include "hal/customerdisplay.h"

#include <QObject>
#include <QStringList>

namespace qtill::hal {

/// What the customer-facing second screen shows, as data. The window (in the app, not the HAL)
/// binds to it: it redraws on changed() and picks its layout by mode(). Amounts arrive formatted.
/// Promotion images rotate every promotionIntervalMs() while idle; the window owns that timer.
/// Lives on the GUI thread.
class CustomerDisplayModel : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Idle,      ///< between sales: promotion images (or the idle message)
        Cart,      ///< the lines of the sale so far and the total
        Payment,   ///< total, paid and change
        PaymentQr, ///< a payment QR code with a caption
        Message,   ///< free text ("Thank you")
    };
    Q_ENUM(Mode)

    explicit CustomerDisplayModel(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    const DisplayCart &cart() const { return m_cart; }
    QString total() const { return m_total; }
    QString paid() const { return m_paid; }
    QString change() const { return m_change; }
    QString qrPayload() const { return m_qrPayload; }
    QString qrCaption() const { return m_qrCaption; }
    QString line1() const { return m_line1; }
    QString line2() const { return m_line2; }
    QStringList promotions() const { return m_promotions; }
    int promotionIntervalMs() const { return m_promotionIntervalMs; }
    void setPromotionIntervalMs(int ms);

    void showCart(const DisplayCart &cart);
    void showPayment(const QString &total, const QString &paid, const QString &change);
    void showPaymentQr(const QString &payload, const QString &caption);
    void showMessage(const QString &line1, const QString &line2);
    /// Idle mode with these images (empty: the idle message).
    void showPromotions(const QStringList &imagePaths);
    /// Back to idle, keeping the promotions.
    void clear();

Q_SIGNALS:
    void changed();

private:
    void setMode(Mode mode);

    Mode m_mode = Mode::Idle;
    DisplayCart m_cart;
    QString m_total;
    QString m_paid;
    QString m_change;
    QString m_qrPayload;
    QString m_qrCaption;
    QString m_line1;
    QString m_line2;
    QStringList m_promotions;
    int m_promotionIntervalMs = 8000;
};

} // namespace qtill::hal
