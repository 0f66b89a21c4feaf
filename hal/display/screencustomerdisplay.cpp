#include "hal/display/screencustomerdisplay.h"

namespace qtill::hal {

ScreenCustomerDisplay::ScreenCustomerDisplay(DeviceInfo info, QObject *parent)
    : CustomerDisplay(std::move(info), parent)
{
    m_model.setPromotionIntervalMs(this->info().params.value(u"promotionIntervalMs"_qs, 8000).toInt());
}

void ScreenCustomerDisplay::showCart(const DisplayCart &cart)
{
    if (isEnabled())
        m_model.showCart(cart);
}

void ScreenCustomerDisplay::showPayment(const QString &total, const QString &paid, const QString &change)
{
    if (isEnabled())
        m_model.showPayment(total, paid, change);
}

void ScreenCustomerDisplay::showPaymentQr(const QString &payload, const QString &caption)
{
    if (isEnabled())
        m_model.showPaymentQr(payload, caption);
}

void ScreenCustomerDisplay::showMessage(const QString &line1, const QString &line2)
{
    if (isEnabled())
        m_model.showMessage(line1, line2);
}

void ScreenCustomerDisplay::showPromotions(const QStringList &imagePaths)
{
    if (isEnabled())
        m_model.showPromotions(imagePaths);
}

void ScreenCustomerDisplay::clear()
{
    if (isEnabled())
        m_model.clear();
}

void ScreenCustomerDisplay::doDisable()
{
    m_model.clear();
}

} // namespace qtill::hal
