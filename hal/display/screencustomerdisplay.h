#pragma once

#include "hal/customerdisplay.h"
#include "hal/display/customerdisplaymodel.h"

namespace qtill::hal {

/// The second-screen customer display as a device: every call updates a CustomerDisplayModel
/// that the app's customer window shows (the window itself is GUI code and lives in the app).
/// Backend key "screen". Calls while not enabled are ignored (UnifiedPOS: output needs Enabled).
class ScreenCustomerDisplay : public CustomerDisplay
{
    Q_OBJECT

public:
    explicit ScreenCustomerDisplay(DeviceInfo info, QObject *parent = nullptr);

    CustomerDisplayModel *model() { return &m_model; }

    int lineCount() const override { return 0; }
    void showCart(const DisplayCart &cart) override;
    void showPayment(const QString &total, const QString &paid, const QString &change) override;
    void showPaymentQr(const QString &payload, const QString &caption) override;
    void showMessage(const QString &line1, const QString &line2 = {}) override;
    void showPromotions(const QStringList &imagePaths) override;
    void clear() override;

protected:
    void doDisable() override;

private:
    CustomerDisplayModel m_model;
};

} // namespace qtill::hal
