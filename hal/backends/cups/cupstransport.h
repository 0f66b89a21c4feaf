#pragma once

#include "hal/backends/printertransport.h"
#include "hal/deviceinfo.h"

#include <QList>
#include <QString>

typedef struct _http_s http_t;

namespace qtill::hal {

/// A CUPS raw queue (libcups): each receipt is one job in application/vnd.cups-raw, so CUPS passes
/// the ESC/POS bytes to the printer untouched. One-way (no DLE EOT); a stopped or missing queue is
/// reported. The server is CUPS_SERVER / client.conf unless given. Params: queue, server.
class CupsTransport : public PrinterTransport
{
public:
    struct Options
    {
        QString queue;
        QString server; ///< "host[:port]" or a socket path; empty: the CUPS default
        QString jobTitle = QStringLiteral("Qtill receipt");
        int timeoutMs = 10000;
    };

    explicit CupsTransport(Options options);
    ~CupsTransport() override;

    QString address() const override;
    Outcome connect() override;
    void disconnect() override;
    bool isConnected() const override { return m_http != nullptr; }
    Outcome send(const QByteArray &bytes) override;

    /// The id of the last job CUPS accepted (0 before).
    int lastJobId() const { return m_lastJobId; }
    /// Print queues of the CUPS server (for the device settings' "Detect" button).
    static QList<DetectedDevice> detect(const QString &server = {});

private:
    Outcome checkQueue();

    Options m_options;
    http_t *m_http = nullptr;
    int m_lastJobId = 0;
};

} // namespace qtill::hal
