#include "hal/sim/simcustomerdisplay.h"

namespace qtill::hal {

namespace {

PoleDisplayLayout::Options optionsOf(const QVariantMap &params)
{
    PoleDisplayLayout::Options o;
    o.encoder.columns = params.value(u"columns"_qs, 20).toInt();
    o.encoder.chinese = true; // the simulator shows any text
    return o;
}

} // namespace

SimCustomerDisplay::SimCustomerDisplay(DeviceInfo info, QObject *parent)
    : CustomerDisplay(std::move(info), parent)
    , m_lines(this->info().params.value(u"lines"_qs, 2).toInt())
    , m_layout(optionsOf(this->info().params))
{
}

void SimCustomerDisplay::record(const QString &kind, const QString &line1, const QString &line2)
{
    m_history.append(Shown{kind, line1, line2});
    completeOutput(int(m_history.size()));
}

void SimCustomerDisplay::showCart(const DisplayCart &cart)
{
    if (!isEnabled())
        return;
    m_model.showCart(cart);
    const auto lines = m_layout.cartLines(cart);
    record(u"cart"_qs, lines.line1, lines.line2);
}

void SimCustomerDisplay::showPayment(const QString &total, const QString &paid, const QString &change)
{
    if (!isEnabled())
        return;
    m_model.showPayment(total, paid, change);
    const auto lines = m_layout.paymentLines(total, paid, change);
    record(u"payment"_qs, lines.line1, lines.line2);
}

void SimCustomerDisplay::showPaymentQr(const QString &payload, const QString &caption)
{
    if (!isEnabled())
        return;
    m_model.showPaymentQr(payload, caption);
    record(u"qr"_qs, m_layout.encoder().fit(caption), m_lines == 0 ? payload : QString());
}

void SimCustomerDisplay::showMessage(const QString &line1, const QString &line2)
{
    if (!isEnabled())
        return;
    m_model.showMessage(line1, line2);
    record(u"message"_qs, m_layout.encoder().fit(line1), m_layout.encoder().fit(line2));
}

void SimCustomerDisplay::showPromotions(const QStringList &imagePaths)
{
    if (!isEnabled())
        return;
    m_model.showPromotions(imagePaths);
    record(u"idle"_qs, imagePaths.join(u", "_qs), QString());
}

void SimCustomerDisplay::clear()
{
    if (!isEnabled())
        return;
    m_model.clear();
    record(u"clear"_qs, QString(), QString());
}

} // namespace qtill::hal
