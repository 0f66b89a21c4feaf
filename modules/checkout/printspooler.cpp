#include "printspooler.h"

#include "printqueue.h"

#include "hal/escpos/escposprinter.h"
#include "hal/receiptprinter.h"

#include <QTimer>

namespace qtill::checkout {

PrintSpooler::PrintSpooler(PrintQueue &queue, hal::ReceiptPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_printer(printer)
    , m_retry(new QTimer(this))
{
    m_retry->setInterval(kDefaultRetryMs);
    connect(m_retry, &QTimer::timeout, this, &PrintSpooler::pump);
    if (!printer)
        return;
    connect(printer, &hal::Device::outputCompleted, this, &PrintSpooler::onCompleted);
    connect(printer, &hal::Device::errorOccurred, this, &PrintSpooler::onError);
    connect(printer, &hal::Device::stateChanged, this, &PrintSpooler::onState);
    // The printer says it is back (paper loaded, cover closed, online): whatever waits goes now.
    connect(printer, &hal::Device::statusChanged, this, &PrintSpooler::pump);
    if (auto *escpos = qobject_cast<hal::EscPosPrinter *>(printer))
        connect(escpos, &hal::EscPosPrinter::jobDropped, this, &PrintSpooler::onDropped);
}

PrintSpooler::~PrintSpooler() = default;

Status PrintSpooler::start()
{
    auto requeued = m_queue.requeueInterrupted();
    if (!requeued)
        return requeued.error();
    pump();
    return {};
}

void PrintSpooler::wake()
{
    pump();
}

void PrintSpooler::setRetryInterval(int ms)
{
    m_retry->setInterval(ms);
}

std::optional<qint64> PrintSpooler::jobInFlight() const
{
    return m_inFlight ? std::optional<qint64>(m_inFlight->job) : std::nullopt;
}

bool PrintSpooler::check(const Status &status)
{
    if (!status)
        Q_EMIT queueError(status.error().message);
    return status.ok();
}

void PrintSpooler::pump()
{
    // A job that printed but could not be marked done (the database was busy) is marked now, never printed twice.
    for (auto it = m_printedUnmarked.begin(); it != m_printedUnmarked.end();)
        it = m_queue.markDone(*it) ? m_printedUnmarked.erase(it) : std::next(it);
    while (m_printer && !m_inFlight && m_printedUnmarked.isEmpty()) {
        auto next = m_queue.next();
        if (!check(next.ok() ? Status() : Status(next.error())) || !next->has_value())
            break;
        const PrintJob job = **next;
        if (job.bytes.isEmpty()) { // nothing any printer could print: never retried
            if (!check(m_queue.markFailed(job.id, tr("The receipt's print data is missing."), true)))
                break;
            continue;
        }
        // Laid out for another paper width (the printer was changed): built again for this one.
        const Result<QByteArray> bytes = m_queue.bytesFor(job, m_printer->profile());
        const hal::PrintSubmission sent = m_printer->printRaw(bytes.ok() ? *bytes : job.bytes);
        if (!sent.accepted()) {
            if (sent.message != job.lastError) { // the retry timer asks again and again: record a change only
                check(m_queue.markFailed(job.id, sent.message));
                Q_EMIT jobWaiting(job.id, sent.message);
            }
            break;
        }
        m_inFlight = InFlight{job.id, sent.jobId, job.receiptNumber};
        check(m_queue.markPrinting(job.id));
        if (m_printer->hasError()) { // kept by the printer behind a fault it reported before: say why it waits
            check(m_queue.markFailed(job.id, m_printer->lastError().message));
            Q_EMIT jobWaiting(job.id, m_printer->lastError().message);
        }
    }
    publishPending();
}

void PrintSpooler::onCompleted(int output)
{
    if (!m_inFlight || m_inFlight->output != output)
        return;
    const InFlight done = *m_inFlight;
    m_inFlight.reset();
    if (!check(m_queue.markDone(done.job)))
        m_printedUnmarked.insert(done.job);
    Q_EMIT jobPrinted(done.job, done.receiptNumber);
    pump();
}

void PrintSpooler::onError(const hal::DeviceError &error)
{
    if (!m_inFlight) {
        publishPending();
        return;
    }
    // The printer keeps the job and prints it when it is back; the queue shows why it waits.
    check(m_queue.markFailed(m_inFlight->job, error.message));
    Q_EMIT jobWaiting(m_inFlight->job, error.message);
    publishPending();
}

void PrintSpooler::onDropped(int output)
{
    if (!m_inFlight || m_inFlight->output != output)
        return;
    // Cleared at the printer: the receipt is still owed; it goes again when the printer is back.
    check(m_queue.markFailed(m_inFlight->job, tr("The receipt was cleared at the printer; it prints again when the printer is ready.")));
    m_inFlight.reset();
    publishPending();
}

void PrintSpooler::onState(hal::Device::State state)
{
    if (state == hal::Device::State::Enabled) {
        pump();
        return;
    }
    if (m_inFlight && state != hal::Device::State::Error) {
        // Disabled or closed: the printer's own queue is gone, so the job must be handed over again.
        check(m_queue.markFailed(m_inFlight->job, tr("The receipt printer is not ready.")));
        m_inFlight.reset();
        publishPending();
    }
}

void PrintSpooler::publishPending()
{
    auto count = m_queue.pending();
    if (!count) {
        Q_EMIT queueError(count.error().message);
        m_retry->start();
        return;
    }
    if (*count > 0 && !m_retry->isActive())
        m_retry->start();
    else if (*count == 0)
        m_retry->stop();
    if (*count != m_lastPending) {
        m_lastPending = *count;
        Q_EMIT pendingChanged(*count, PrintQueue::pendingWarning(*count));
    }
}

} // namespace qtill::checkout
