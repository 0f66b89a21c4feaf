#pragma once

#include "hal/device.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace qtill::hal {

/// Owns the devices of one register and is the only thing that opens, claims, enables, disables,
/// releases and closes them (UnifiedPOS order). Lives on the GUI thread; every call is made there.
///
/// Claims are exclusive: a claimant is a stable name of the part of the app holding the device
/// ("checkout", "settings"); a second claimant is refused with a message naming the holder.
/// Hot-plug: while a device has an Offline fault the manager asks it to reconnect every
/// reconnectInterval() ms; when it comes back the backend calls recover() and the device returns to
/// its state (an unplugged printer that is plugged back prints the jobs it kept).
class DeviceManager : public QObject
{
    Q_OBJECT

public:
    explicit DeviceManager(QObject *parent = nullptr);
    /// Closes every device (disable → release → close) and deletes them.
    ~DeviceManager() override;

    /// Takes ownership of a closed device. Refused when the id is empty or already used.
    Outcome add(std::unique_ptr<Device> device);
    /// Closes and deletes a device.
    void remove(const QString &id);

    Device *device(const QString &id) const;
    template<class T>
    T *device(const QString &id) const
    {
        return qobject_cast<T *>(device(id));
    }
    QList<Device *> devices() const;
    QList<Device *> devices(DeviceCategory category) const;
    /// The first device of a category that is not closed, else the first of the category.
    Device *first(DeviceCategory category) const;

    Outcome open(Device *device);
    Outcome claim(Device *device, const QString &claimant);
    Outcome enable(Device *device, const QString &claimant);
    Outcome disable(Device *device, const QString &claimant);
    Outcome release(Device *device, const QString &claimant);
    /// Closes from any state (disables and releases first).
    void close(Device *device);
    /// open → claim → enable, stopping at the first failure; fine to call on an open device.
    Outcome start(Device *device, const QString &claimant);

    /// Hot-plug: the device's node (or link) just appeared — a device that is offline, or waiting to
    /// reconnect, tries its connection again now instead of at its next poll. Nothing for a closed
    /// device or one that is fine.
    void reconnectNow(Device *device);
    /// The cashier's answer to an error event.
    void respond(Device *device, ErrorResponse response);

    int reconnectInterval() const { return m_reconnectTimer.interval(); }
    void setReconnectInterval(int milliseconds) { m_reconnectTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void deviceStateChanged(qtill::hal::Device *device, qtill::hal::Device::State state);
    void deviceError(qtill::hal::Device *device, const qtill::hal::DeviceError &error);
    void deviceStatusChanged(qtill::hal::Device *device, qtill::hal::DeviceStatus status);

private:
    friend class Device;
    void handleFault(Device *device, const DeviceError &error);
    void handleRecovery(Device *device);
    void reconnectOffline();
    Outcome requireClaimant(Device *device, const QString &claimant) const;

    std::vector<std::unique_ptr<Device>> m_devices;
    QTimer m_reconnectTimer;
};

} // namespace qtill::hal
