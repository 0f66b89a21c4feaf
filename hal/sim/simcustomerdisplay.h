#pragma once

#include "hal/customerdisplay.h"
#include "hal/display/customerdisplaymodel.h"
#include "hal/display/poledisplaylayout.h"

namespace qtill::hal {

/// A customer display simulator (backend "sim") that records what was shown: each call as the two
/// lines a pole display would show (PoleDisplayLayout, "columns" param, default 20), and the whole
/// state in a CustomerDisplayModel for a simulated second screen. DeviceInfo::params: "lines" (2 =
/// behave as a pole display (default), 0 = a second screen), "columns".
class SimCustomerDisplay : public CustomerDisplay
{
    Q_OBJECT

public:
    struct Shown
    {
        QString kind; ///< "cart", "payment", "qr", "message", "idle", "clear"
        QString line1;
        QString line2;
    };

    explicit SimCustomerDisplay(DeviceInfo info, QObject *parent = nullptr);

    int lineCount() const override { return m_lines; }
    void showCart(const DisplayCart &cart) override;
    void showPayment(const QString &total, const QString &paid, const QString &change) override;
    void showPaymentQr(const QString &payload, const QString &caption) override;
    void showMessage(const QString &line1, const QString &line2 = {}) override;
    void showPromotions(const QStringList &imagePaths) override;
    void clear() override;

    const QList<Shown> &history() const { return m_history; }
    Shown last() const { return m_history.isEmpty() ? Shown{} : m_history.last(); }
    CustomerDisplayModel *model() { return &m_model; }

private:
    void record(const QString &kind, const QString &line1, const QString &line2);

    int m_lines = 2;
    PoleDisplayLayout m_layout;
    CustomerDisplayModel m_model;
    QList<Shown> m_history;
};

} // namespace qtill::hal
