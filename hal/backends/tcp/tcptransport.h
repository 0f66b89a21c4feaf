#pragma once

#include "hal/backends/printertransport.h"

#include <QString>
#include <memory>

class QTcpSocket;

namespace qtill::hal {

/// A network printer on a raw TCP port (JetDirect / "port 9100"). One connection per batch of jobs
/// (closed when idle, so other registers can share the printer); bidirectional: the printer's DLE EOT
/// answers come back on the same connection. Params: host, port (9100), status (true).
class TcpTransport : public PrinterTransport
{
public:
    struct Options
    {
        QString host;
        quint16 port = 9100;
        bool bidirectional = true;
        int connectTimeoutMs = 3000;
        int writeTimeoutMs = 10000;
    };

    explicit TcpTransport(Options options);
    ~TcpTransport() override;

    QString address() const override;
    Outcome connect() override;
    void disconnect() override;
    bool isConnected() const override;
    Outcome send(const QByteArray &bytes) override;
    bool isBidirectional() const override { return m_options.bidirectional; }
    QByteArray read(int max, int timeoutMs) override;
    bool closeWhenIdle() const override { return true; }

private:
    Options m_options;
    std::unique_ptr<QTcpSocket> m_socket; ///< created on the device thread, in connect()
};

} // namespace qtill::hal
