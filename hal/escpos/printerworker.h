#pragma once

#include "hal/backends/printertransport.h"
#include "hal/printerstatus.h"

#include <QObject>
#include <QQueue>
#include <memory>

class QTimer;

namespace qtill::hal {

/// Timing and behaviour of one printer.
struct PrinterSettings
{
    int retryIntervalMs = 3000;  ///< after a fault, try again this often (jobs are kept)
    int statusIntervalMs = 5000; ///< poll DLE EOT this often while idle (bidirectional links)
    int statusTimeoutMs = 500;   ///< wait this long for a status byte
    bool drawerOpenWhenHigh = true; ///< what drawer connector pin 3 high means
};

/// Runs on the printer's device thread: owns the transport, the job queue and the status polling.
/// Slots are invoked (queued) by EscPosPrinter; signals go back to it (queued).
///
/// A job is sent only when the printer is not known to be out of paper, cover open or offline; a
/// failed job stays at the head of the queue and is tried again every retryIntervalMs, or at once on
/// retry(). Priority jobs (drawer kicks) go first and skip the paper check.
class PrinterWorker : public QObject
{
    Q_OBJECT

public:
    PrinterWorker(std::unique_ptr<PrinterTransport> transport, PrinterSettings settings);
    ~PrinterWorker() override;

public Q_SLOTS:
    void start();
    void enqueue(int jobId, const QByteArray &bytes, bool priority);
    /// Try the head job (or the link) again now.
    void retry();
    /// Drops the job that failed and goes on with the next.
    void dropFailed();
    /// Asks for a fresh status now.
    void pollStatus();

Q_SIGNALS:
    void completed(int jobId);
    void dropped(int jobId);
    /// The head job could not be sent (or the link is misconfigured); it is kept.
    void failed(const qtill::hal::DeviceError &error);
    /// Printing works again after failed().
    void recovered();
    void statusChanged(const qtill::hal::PrinterStatus &status);
    void linkChanged(bool online);

private:
    struct Job
    {
        int id = 0;
        QByteArray bytes;
        bool priority = false;
    };

    void pump();
    bool ensureConnected();
    bool queryStatus(PrinterStatus &status);
    void publish(const PrinterStatus &status);
    void setLink(bool online);
    void fault(const DeviceError &error);
    void idle();
    DeviceError statusFault(const PrinterStatus &status) const;

    std::unique_ptr<PrinterTransport> m_transport;
    PrinterSettings m_settings;
    QQueue<Job> m_jobs;
    QTimer *m_retryTimer;
    QTimer *m_pollTimer;
    PrinterStatus m_status;
    bool m_faulted = false;
    bool m_pumping = false;
    int m_linkState = -1; ///< -1 unknown, 0 offline, 1 online
    bool m_statusUnsupported = false;
};

} // namespace qtill::hal
