#pragma once

#include "hal/deviceerror.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// A byte link to a receipt printer (TCP 9100, CUPS raw queue, /dev/usb/lpN, serial, libusb).
///
/// Threading: created on any thread, then used only on the printer's device thread; every call may
/// block, but for a bounded time (the timeouts of the implementation). Failures carry a
/// cashier-readable message (what to check) and a technical detail.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    /// Where the bytes go, e.g. "tcp://192.168.1.50:9100", for messages and logs.
    virtual QString address() const = 0;
    /// Opens the link unless open. Offline (unplugged, unreachable), NotFound (wrong address) or
    /// PermissionDenied (udev rules) on failure.
    virtual Outcome connect() = 0;
    virtual void disconnect() = 0;
    virtual bool isConnected() const = 0;
    /// Sends all bytes or fails (the link is closed then). CUPS: each call is one print job.
    virtual Outcome send(const QByteArray &bytes) = 0;
    /// Whether the printer can answer (DLE EOT status) over this link.
    virtual bool isBidirectional() const { return false; }
    /// Up to `max` bytes, waiting at most `timeoutMs` for the first; empty on timeout.
    virtual QByteArray read(int max, int timeoutMs)
    {
        Q_UNUSED(max)
        Q_UNUSED(timeoutMs)
        return {};
    }
    /// Whether the link should be closed when there is nothing to print (a network printer serves
    /// one connection at a time: other registers may share it).
    virtual bool closeWhenIdle() const { return false; }
};

} // namespace qtill::hal
