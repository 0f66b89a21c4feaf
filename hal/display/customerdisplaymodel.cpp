#include "hal/display/customerdisplaymodel.h"

namespace qtill::hal {

CustomerDisplayModel::CustomerDisplayModel(QObject *parent) : QObject(parent) {}

void CustomerDisplayModel::setPromotionIntervalMs(int ms)
{
    m_promotionIntervalMs = qMax(1000, ms);
    Q_EMIT changed();
}

void CustomerDisplayModel::setMode(Mode mode)
{
    m_mode = mode;
    Q_EMIT changed();
}

void CustomerDisplayModel::showCart(const DisplayCart &cart)
{
    m_cart = cart;
    m_total = cart.total;
    setMode(Mode::Cart);
}

void CustomerDisplayModel::showPayment(const QString &total, const QString &paid, const QString &change)
{
    m_total = total;
    m_paid = paid;
    m_change = change;
    setMode(Mode::Payment);
}

void CustomerDisplayModel::showPaymentQr(const QString &payload, const QString &caption)
{
    m_qrPayload = payload;
    m_qrCaption = caption;
    setMode(Mode::PaymentQr);
}

void CustomerDisplayModel::showMessage(const QString &line1, const QString &line2)
{
    m_line1 = line1;
    m_line2 = line2;
    setMode(Mode::Message);
}

void CustomerDisplayModel::showPromotions(const QStringList &imagePaths)
{
    m_promotions = imagePaths;
    clear();
}

void CustomerDisplayModel::clear()
{
    m_cart = {};
    m_total.clear();
    m_paid.clear();
    m_change.clear();
    m_qrPayload.clear();
    m_qrCaption.clear();
    m_line1.clear();
    m_line2.clear();
    setMode(Mode::Idle);
}

} // namespace qtill::hal
