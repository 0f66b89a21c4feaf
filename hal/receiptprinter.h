#pragma once

#include "hal/device.h"
#include "hal/printerstatus.h"
#include "hal/receipt/paperprofile.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

class ReceiptDocument;

/// The answer to a print request: a job id (> 0) to match outputCompleted, or why it was refused.
struct PrintSubmission
{
    int jobId = 0;
    QString message; ///< cashier-readable, when refused

    bool accepted() const { return jobId > 0; }
};

/// A receipt printer (UnifiedPOS POSPrinter, receipt station).
///
/// print() never blocks: the job is queued on the device thread and outputCompleted(jobId) follows
/// when the printer took all of it. A fault (paper out, cover open, offline) raises an error event
/// and reports status; the queued jobs are kept and printed when the printer is back (Retry, or by
/// itself when the status clears). Clear drops the job that failed.
class ReceiptPrinter : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    virtual PaperProfile profile() const = 0;
    /// Queues a receipt. Accepted while enabled, also while in error (kept for later).
    virtual PrintSubmission print(const ReceiptDocument &receipt) = 0;
    /// Queues bytes already in the printer's language (test pages, diagnostics).
    virtual PrintSubmission printRaw(const QByteArray &bytes) = 0;
    /// Jobs queued and not yet completed.
    virtual int pendingJobs() const = 0;
    /// Whether the link carries status back (TCP, USB bulk IN, serial): DLE EOT is used then.
    virtual bool canReportStatus() const = 0;
    virtual PrinterStatus currentStatus() const = 0;
    /// Asks for a fresh status now (results as statusChanged); no-op on one-way links.
    virtual void requestStatus() = 0;
};

} // namespace qtill::hal
