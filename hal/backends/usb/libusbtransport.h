#pragma once

#include "hal/backends/printertransport.h"
#include "hal/deviceinfo.h"

#include <QList>
#include <QString>

struct libusb_context;
struct libusb_device_handle;

namespace qtill::hal {

/// Which USB printer to use: a VID:PID (and serial number) override, or else the first device with a
/// printer-class (7) interface.
struct UsbPrinterSelector
{
    quint16 vendorId = 0;  ///< 0: any
    quint16 productId = 0; ///< 0: any
    QString serialNumber;  ///< empty: any
};

/// A USB printer driven directly with libusb: finds the device, detaches the kernel driver (usblp)
/// while it holds the interface, writes on the bulk OUT endpoint and reads DLE EOT answers on bulk IN
/// when the interface has one. Unplugging is reported as Offline; the device is found again when it is
/// back. Params: vid, pid (hex), serial.
class LibUsbTransport : public PrinterTransport
{
public:
    struct Options
    {
        UsbPrinterSelector selector;
        int timeoutMs = 5000;
    };

    explicit LibUsbTransport(Options options);
    ~LibUsbTransport() override;

    QString address() const override;
    Outcome connect() override;
    void disconnect() override;
    bool isConnected() const override { return m_handle != nullptr; }
    Outcome send(const QByteArray &bytes) override;
    bool isBidirectional() const override { return m_endpointIn != 0; }
    QByteArray read(int max, int timeoutMs) override;

    /// USB printers attached now (printer-class interfaces; also VID:PID matches of `extra`).
    /// `error` (optional) is set when USB cannot be enumerated at all.
    static QList<DetectedDevice> detect(QString *error = nullptr, const QList<UsbPrinterSelector> &extra = {});

private:
    Outcome failure(int libusbError, const QString &message, ErrorKind kind);

    Options m_options;
    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    int m_interface = -1;
    unsigned char m_endpointOut = 0;
    unsigned char m_endpointIn = 0;
    bool m_bidirectional = false;
};

} // namespace qtill::hal
