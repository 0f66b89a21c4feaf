#pragma once

#include "hal/deviceerror.h"
#include "hal/deviceinfo.h"
#include "hal/devicestatus.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QVariant>

class QThread;

namespace qtill::hal {

class DeviceManager;

/// One device (UnifiedPOS "device control"): a printer, a scanner, a drawer, ...
///
/// Threading contract: a Device lives on the GUI thread and emits every signal there. Blocking I/O
/// runs on the device's own I/O thread (ioThread()) inside worker objects the backend attaches with
/// attachWorker(); workers talk back with queued signals. The protected report functions
/// (deliverData, raiseError, recover, reportStatus, completeOutput) may be called from any thread:
/// they are re-posted to the GUI thread.
///
/// State: Closed → Opened → Claimed → Enabled, plus Error on top of any open state. Only the
/// DeviceManager changes it (open, claim, enable, disable, release, close, respond); a backend only
/// reports faults (raiseError) and their end (recover).
class Device : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opened, Claimed, Enabled, Error };
    Q_ENUM(State)

    explicit Device(DeviceInfo info, QObject *parent = nullptr);
    ~Device() override;

    const DeviceInfo &info() const { return m_info; }
    QString id() const { return m_info.id; }
    DeviceCategory category() const { return m_info.category; }
    /// The name shown to staff, e.g. "Receipt printer" or the configured name.
    QString name() const;

    /// Closed/Opened/Claimed/Enabled, or Error while a fault is pending.
    State state() const { return m_error ? State::Error : m_baseState; }
    /// The state underneath a pending fault (what Retry/Clear return to).
    State baseState() const { return m_baseState; }
    bool hasError() const { return m_error; }
    /// The pending fault; meaningful only while hasError().
    const DeviceError &lastError() const { return m_lastError; }
    /// Who holds the claim (empty when not claimed).
    QString claimant() const { return m_claimant; }
    DeviceManager *manager() const;
    /// Whether the device takes output or input now: enabled, or enabled with a pending fault.
    bool isEnabled() const { return m_baseState == State::Enabled; }

    /// Input devices: data events are delivered one per event-loop turn while enabled and while this
    /// is true (default). With autoDisable, it turns false after each event until set again.
    bool isDataEventEnabled() const { return m_dataEventEnabled; }
    void setDataEventEnabled(bool enabled);
    bool autoDisable() const { return m_autoDisable; }
    void setAutoDisable(bool autoDisable) { m_autoDisable = autoDisable; }
    /// Data events waiting to be delivered.
    int dataCount() const { return int(m_pendingData.size()); }
    /// Drops the data events not yet delivered.
    void clearInput() { m_pendingData.clear(); }

Q_SIGNALS:
    void stateChanged(qtill::hal::Device::State state);
    /// One input event; the payload type is documented by each category (ScanData, CardData, ...).
    void dataReceived(const QVariant &data);
    /// A fault; the device is now in Error. Answer with DeviceManager::respond(Retry|Clear).
    void errorOccurred(const qtill::hal::DeviceError &error);
    void statusChanged(qtill::hal::DeviceStatus status);
    /// An asynchronous output (print job, drawer kick, display update) finished; id as returned.
    void outputCompleted(int outputId);

protected:
    // Hooks called by the DeviceManager on the GUI thread, in the UnifiedPOS order. They must not
    // block: start or stop work on the I/O thread. A failure leaves the state unchanged.
    virtual Outcome doOpen() { return Outcome::success(); }
    virtual Outcome doClaim() { return Outcome::success(); }
    virtual Outcome doEnable() { return Outcome::success(); }
    virtual void doDisable() {}
    virtual void doRelease() {}
    virtual void doClose() {}
    /// Retry the operation that failed. Success returns the device to its base state; if the fault
    /// persists the backend calls raiseError() again later.
    virtual Outcome doRetry() { return Outcome::success(); }
    /// Give up the operation that failed (drop the failed output).
    virtual void doClearError() {}
    /// Called periodically by the manager while the device has an ErrorKind::Offline fault (hot-plug):
    /// try to reach the device again and call recover() (or raiseError()) when known.
    virtual void doReconnect() {}

    // Reports from the backend (any thread; delivered on the GUI thread).
    void deliverData(const QVariant &data);
    void raiseError(const qtill::hal::DeviceError &error);
    void recover();
    void reportStatus(qtill::hal::DeviceStatus status);
    void completeOutput(int outputId);

    /// The device's I/O thread, started on first use and stopped when the device closes.
    QThread *ioThread();
    /// Moves a worker (no parent) to the I/O thread; it is deleted there when the thread stops.
    void attachWorker(QObject *worker);
    /// Asks the I/O thread to stop and waits a bounded time; a stuck worker is left to finish alone.
    void stopIoThread();

private:
    friend class DeviceManager;
    void setBaseState(State state);
    void setFault(const DeviceError &error);
    void clearFault();
    void scheduleDataDelivery();
    void deliverNextData();
    bool onOwnThread() const;

    DeviceInfo m_info;
    State m_baseState = State::Closed;
    bool m_error = false;
    DeviceError m_lastError;
    QString m_claimant;
    QPointer<DeviceManager> m_manager;
    QThread *m_ioThread = nullptr;
    QQueue<QVariant> m_pendingData;
    bool m_dataEventEnabled = true;
    bool m_autoDisable = false;
    bool m_deliveryScheduled = false;
};

/// A translated name for a state ("Enabled"), for the settings screen.
QString stateText(Device::State state);

} // namespace qtill::hal
