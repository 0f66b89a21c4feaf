#pragma once

#include "hal/customerdisplay.h"
#include "hal/display/poledisplaylayout.h"

#include <QPointer>

namespace qtill::hal {

class SerialStreamWorker;

/// A two-line pole display (VFD/LCD) or a price-only LED display on a serial / USB-serial port.
/// Backend key "serial". DeviceInfo::params: port keys (9600 8N1 by default), "commandSet"
/// ("cd5220" (default), "escpos", "price"), "columns" (20), "chinese" (GB18030 via FS &),
/// "idleLine1", "idleLine2". What each call shows is PoleDisplayLayout's.
///
/// Every call returns at once; the bytes are written in order on the device thread and each write
/// ends with outputCompleted(id). The display is initialised and shows the idle lines when enabled.
class SerialPoleDisplay : public CustomerDisplay
{
    Q_OBJECT

public:
    explicit SerialPoleDisplay(DeviceInfo info, QObject *parent = nullptr);
    ~SerialPoleDisplay() override;

    int lineCount() const override { return m_priceOnly ? 1 : 2; }
    void showCart(const DisplayCart &cart) override;
    void showPayment(const QString &total, const QString &paid, const QString &change) override;
    void showPaymentQr(const QString &payload, const QString &caption) override;
    void showMessage(const QString &line1, const QString &line2 = {}) override;
    void showPromotions(const QStringList &imagePaths) override;
    void clear() override;

    /// The layout in use (for tests).
    const PoleDisplayLayout &layout() const { return m_layout; }

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    Outcome doEnable() override;
    void doDisable() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    /// Sends bytes; returns the output id (0 when not enabled).
    int send(const QByteArray &bytes);
    void startWorker();
    void stopWorker();

    bool m_priceOnly = false;
    PoleDisplayLayout m_layout;
    QPointer<SerialStreamWorker> m_worker;
    int m_nextOutputId = 1;
};

} // namespace qtill::hal
