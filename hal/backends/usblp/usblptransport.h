#pragma once

#include "hal/backends/printertransport.h"
#include "hal/deviceinfo.h"

#include <QList>
#include <QString>

namespace qtill::hal {

/// A USB printer through the kernel's usblp driver (/dev/usb/lpN). Writes with a timeout (poll);
/// reads DLE EOT answers when the printer is bidirectional. Unplugging makes the node vanish: the
/// link reports Offline and is reopened when the node is back. Params: path, status (false).
class UsbLpTransport : public PrinterTransport
{
public:
    struct Options
    {
        QString path = QStringLiteral("/dev/usb/lp0");
        bool bidirectional = false;
        int writeTimeoutMs = 10000;
    };

    explicit UsbLpTransport(Options options);
    ~UsbLpTransport() override;

    QString address() const override { return m_options.path; }
    Outcome connect() override;
    void disconnect() override;
    bool isConnected() const override { return m_fd >= 0; }
    Outcome send(const QByteArray &bytes) override;
    bool isBidirectional() const override { return m_options.bidirectional; }
    QByteArray read(int max, int timeoutMs) override;

    /// The /dev/usb/lp* nodes, named by their IEEE 1284 id ("EPSON TM-T20III") where readable.
    static QList<DetectedDevice> detect(const QString &directory = QStringLiteral("/dev/usb"));

private:
    Options m_options;
    int m_fd = -1;
};

} // namespace qtill::hal
