#pragma once

#include "hal/backends/printertransport.h"

#include <QString>
#include <memory>

class QSerialPort;

namespace qtill::hal {

/// A printer or serial cash drawer on an RS-232 / USB-serial port (QSerialPort on the device thread).
/// Bidirectional: DLE EOT answers come back on the port. Hardware flow control by default, so a
/// printer that is out of paper stops the writes (reported as a timeout). Params: port, baud (9600),
/// flow ("hardware", "software", "none"), status (true).
class SerialPrinterTransport : public PrinterTransport
{
public:
    enum class FlowControl { None, Hardware, Software };

    struct Options
    {
        QString port = QStringLiteral("/dev/ttyS0");
        qint32 baudRate = 9600;
        FlowControl flowControl = FlowControl::Hardware;
        bool bidirectional = true;
        int writeTimeoutMs = 10000;
    };

    explicit SerialPrinterTransport(Options options);
    ~SerialPrinterTransport() override;

    QString address() const override;
    Outcome connect() override;
    void disconnect() override;
    bool isConnected() const override;
    Outcome send(const QByteArray &bytes) override;
    bool isBidirectional() const override { return m_options.bidirectional; }
    QByteArray read(int max, int timeoutMs) override;

private:
    Options m_options;
    std::unique_ptr<QSerialPort> m_port; ///< created on the device thread, in connect()
};

} // namespace qtill::hal
