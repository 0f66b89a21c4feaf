#pragma once

#include "hal/device.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::hal {

/// One cart line as the customer sees it; amounts come formatted by the caller (the HAL knows no Money).
struct DisplayLine
{
    QString name;
    QString quantity; ///< e.g. "2" or "0.456 kg"
    QString amount;   ///< e.g. "¥12.50"
};

struct DisplayCart
{
    QList<DisplayLine> lines;
    QString total;    ///< formatted
    QString discount; ///< formatted, empty when none
};

/// A customer-facing display: a second screen window or a two-line pole display (which shows what fits).
/// Every call returns at once; updates are applied in order and never block the caller.
class CustomerDisplay : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    /// Text lines the display can show (2 for a pole display, 0 when unlimited).
    virtual int lineCount() const = 0;
    virtual void showCart(const DisplayCart &cart) = 0;
    virtual void showPayment(const QString &total, const QString &paid, const QString &change) = 0;
    /// A payment QR code (the payload to encode) with a caption ("Scan to pay ¥35.00").
    virtual void showPaymentQr(const QString &payload, const QString &caption) = 0;
    /// Free text ("Welcome", "Thank you").
    virtual void showMessage(const QString &line1, const QString &line2 = {}) = 0;
    /// Between sales: rotate these images (a pole display shows the idle message instead).
    virtual void showPromotions(const QStringList &imagePaths) = 0;
    virtual void clear() = 0;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::DisplayCart)
