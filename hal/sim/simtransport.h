#pragma once

#include "hal/backends/printertransport.h"

#include <QList>
#include <QMutex>
#include <memory>

namespace qtill::hal {

/// The state of a simulated ESC/POS printer, shared between the test (or the simulator UI) and the
/// SimTransport on the device thread. Thread-safe.
class SimPrinterState
{
public:
    void setConnected(bool plugged);   ///< false: unplugged/unreachable, connect and send fail
    void setPaperOut(bool out);
    void setPaperNearEnd(bool nearEnd);
    void setCoverOpen(bool open);
    void setDrawerOpen(bool open);     ///< the drawer switch (DLE EOT 1 bit 2)
    void setBidirectional(bool on);    ///< answers DLE EOT (default true)

    bool isBidirectional() const;
    /// Every print job's bytes as received, in order (status requests are not kept).
    QList<QByteArray> jobs() const;
    QByteArray allBytes() const;
    int statusRequests() const;

private:
    friend class SimTransport;
    mutable QMutex m_mutex;
    bool m_connected = true;
    bool m_paperOut = false;
    bool m_paperNearEnd = false;
    bool m_coverOpen = false;
    bool m_drawerOpen = false;
    bool m_bidirectional = true;
    QList<QByteArray> m_jobs;
    int m_statusRequests = 0;
};

/// A PrinterTransport to a SimPrinterState: behaves like a bidirectional ESC/POS printer (answers
/// DLE EOT from its state, refuses bytes while paper is out or the cover is open, fails when
/// unplugged). Used by tests and by the simulated printer.
class SimTransport : public PrinterTransport
{
public:
    explicit SimTransport(std::shared_ptr<SimPrinterState> state);

    QString address() const override { return QStringLiteral("sim:"); }
    Outcome connect() override;
    void disconnect() override { m_connected = false; }
    bool isConnected() const override { return m_connected; }
    Outcome send(const QByteArray &bytes) override;
    bool isBidirectional() const override;
    QByteArray read(int max, int timeoutMs) override;

private:
    std::shared_ptr<SimPrinterState> m_state;
    bool m_connected = false;
    QByteArray m_answers;
};

} // namespace qtill::hal
