#pragma once

#include "core/result.h"

#include "hal/device.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace qtill::hal {
class ReceiptPrinter;
}

namespace qtill::checkout {

class PrintQueue;

/// Takes the register's print jobs (PrintQueue) to a receipt printer, one at a time, oldest first.
///
/// The printer does its I/O on its own device thread (hal::EscPosPrinter's worker): nothing here blocks
/// the GUI thread. A job is marked done when the printer reports it complete. On a fault (out of paper,
/// cover open, offline) the job goes back to queued with the printer's message while the printer keeps
/// it and prints it when it is back; a job the printer refused or dropped (Clear) is handed over again
/// when the printer is back (state or status change) or on the retry timer. The sales are never
/// touched: a printer fault only delays paper. start() also prints what a previous run left.
///
/// Domain side (no widgets): the till shows pendingWarning(). The printer is not owned and may go away.
/// Threading: the GUI thread, like the Services the queue uses.
class PrintSpooler : public QObject
{
    Q_OBJECT

public:
    /// How often a refused job is tried again when the printer says nothing.
    static constexpr int kDefaultRetryMs = 5000;

    PrintSpooler(PrintQueue &queue, hal::ReceiptPrinter *printer, QObject *parent = nullptr);
    ~PrintSpooler() override;

    /// Puts jobs left "printing" by a previous run back in the queue and starts printing.
    Status start();
    /// Something was queued (a sale, a reprint): print it now if the printer is free.
    void wake();
    void setRetryInterval(int ms);
    /// The job handed to the printer and not yet confirmed, if any (PrintQueue's id).
    std::optional<qint64> jobInFlight() const;

Q_SIGNALS:
    /// The printer took a whole job.
    void jobPrinted(qint64 jobId, const QString &receiptNumber);
    /// A job could not print now; it waits (error: the printer's cashier-readable message).
    void jobWaiting(qint64 jobId, const QString &error);
    /// The number of receipts waiting changed; warning is PrintQueue::pendingWarning (empty when 0).
    void pendingChanged(int count, const QString &warning);
    /// The queue itself could not be read or written (the database): shown as an error, retried.
    void queueError(const QString &message);

private:
    struct InFlight
    {
        qint64 job = 0;
        int output = 0;
        QString receiptNumber;
    };

    void pump();
    void onCompleted(int output);
    void onError(const hal::DeviceError &error);
    void onDropped(int output);
    void onState(hal::Device::State state);
    void publishPending();
    bool check(const Status &status);

    PrintQueue &m_queue;
    QPointer<hal::ReceiptPrinter> m_printer;
    QTimer *m_retry;
    std::optional<InFlight> m_inFlight;
    QSet<qint64> m_printedUnmarked; ///< printed, but marking them done failed: retried, never reprinted
    int m_lastPending = -1;
};

} // namespace qtill::checkout
