#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace qtill {
class Services;
}

namespace qtill::checkout {
class PrintSpooler;
}

namespace qtill::app {

class DeviceHub;

/// The till's side of the register's devices, wired once by the Application (screens never do it):
/// - the checkout PaymentService pays through the register's payment terminal (DeviceHub's manager,
///   again after every devicesChanged; none configured: payments are refused with a clear message);
/// - a PrintSpooler takes the persisted print queue to the receipt printer (rebuilt on devicesChanged),
///   woken whenever a sale or a reprint queued a receipt (PrintQueue's queued listener);
/// - start() resumes undecided payments (PaymentService::reconcile) — logged, never blocking.
/// pendingWarning() is what the till shows while receipts wait for the printer.
/// Lives on the GUI thread; not owning the services or the devices, it must die before both.
class TillDevices final : public QObject
{
    Q_OBJECT

public:
    TillDevices(Services &services, DeviceHub &devices, QObject *parent = nullptr);
    ~TillDevices() override;

    /// Attaches the devices there are now, starts the spooler (printing what a previous run left) and
    /// runs the payment reconciler once.
    void start();
    /// "2 receipts waiting for the printer"; empty when nothing waits.
    QString pendingWarning() const { return m_warning; }
    /// The spooler on the current printer (null before start()).
    checkout::PrintSpooler *spooler() const { return m_spooler.get(); }

Q_SIGNALS:
    /// The receipts waiting for the printer changed; `warning` empty when none wait.
    void pendingWarningChanged(const QString &warning);
    /// Something the staff should read (the queue could not be read, a reconcile failed).
    void problem(const QString &message);

private:
    void attach();
    void reconcile();

    Services &m_services;
    DeviceHub &m_devices;
    std::unique_ptr<checkout::PrintSpooler> m_spooler;
    QString m_warning;
    bool m_started = false;
};

} // namespace qtill::app
