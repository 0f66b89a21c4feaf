#pragma once

#include "hal/backends/printertransport.h"
#include "hal/escpos/printerworker.h"
#include "hal/receiptprinter.h"

#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace qtill::hal {

/// An ESC/POS receipt printer over any PrinterTransport. Encodes on the calling (GUI) thread — cheap —
/// and sends on the device thread through a PrinterWorker. See ReceiptPrinter for the contract.
class EscPosPrinter : public ReceiptPrinter
{
    Q_OBJECT

public:
    /// Makes a fresh transport for each open (the previous one is destroyed on close).
    using TransportFactory = std::function<std::unique_ptr<PrinterTransport>()>;

    EscPosPrinter(DeviceInfo info, PaperProfile profile, TransportFactory transport,
                  PrinterSettings settings = {}, QObject *parent = nullptr);
    ~EscPosPrinter() override;

    PaperProfile profile() const override { return m_profile; }
    PrintSubmission print(const ReceiptDocument &receipt) override;
    PrintSubmission printRaw(const QByteArray &bytes) override;
    int pendingJobs() const override { return int(m_pending.size()); }
    bool canReportStatus() const override { return m_bidirectional; }
    PrinterStatus currentStatus() const override { return m_status; }
    void requestStatus() override;

    /// For a cash drawer wired to this printer: sends bytes ahead of queued receipts, whenever the
    /// printer is open (a drawer claimed by checkout works even if someone else holds the printer).
    PrintSubmission submitPriority(const QByteArray &bytes);

Q_SIGNALS:
    /// Every change of the DLE EOT status (the drawer listens to this for its switch).
    void printerStatusChanged(const qtill::hal::PrinterStatus &status);
    /// A queued job was given up (Clear after a fault): it never reached the paper.
    void jobDropped(int jobId);

protected:
    /// For subclasses that make their transport themselves (the simulator); before open.
    void setTransportFactory(TransportFactory transport) { m_makeTransport = std::move(transport); }
    Outcome doOpen() override;
    void doClose() override;
    Outcome doRetry() override;
    void doClearError() override;
    void doReconnect() override;

private:
    PrintSubmission submit(const QByteArray &bytes, bool priority);
    void onStatus(const PrinterStatus &status);
    void onLink(bool online);

    PaperProfile m_profile;
    TransportFactory m_makeTransport;
    PrinterSettings m_settings;
    QPointer<PrinterWorker> m_worker;
    QSet<int> m_pending;
    int m_nextJob = 1;
    bool m_bidirectional = false;
    PrinterStatus m_status;
};

} // namespace qtill::hal
