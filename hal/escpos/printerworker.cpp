#include "hal/escpos/printerworker.h"

#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposstatus.h"

#include <QThread>
#include <QTimer>

namespace qtill::hal {

PrinterWorker::PrinterWorker(std::unique_ptr<PrinterTransport> transport, PrinterSettings settings)
    : m_transport(std::move(transport))
    , m_settings(settings)
    , m_retryTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(m_settings.retryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &PrinterWorker::retry);
    m_pollTimer->setInterval(m_settings.statusIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PrinterWorker::pollStatus);
}

PrinterWorker::~PrinterWorker()
{
    if (m_transport) {
        m_transport->disconnect();
    }
}

void PrinterWorker::start()
{
    if (m_transport->isBidirectional() && m_settings.statusIntervalMs > 0) {
        m_pollTimer->start();
    }
    pollStatus();
}

void PrinterWorker::enqueue(int jobId, const QByteArray &bytes, bool priority)
{
    if (priority) {
        // After other priority jobs, before the receipts.
        qsizetype at = 0;
        while (at < m_jobs.size() && m_jobs[at].priority) {
            ++at;
        }
        m_jobs.insert(at, Job{jobId, bytes, true});
    } else {
        m_jobs.enqueue(Job{jobId, bytes, false});
    }
    pump();
}

void PrinterWorker::retry()
{
    m_retryTimer->stop();
    if (m_jobs.isEmpty()) {
        pollStatus();
        if (m_faulted && m_linkState != 0) {
            m_faulted = false;
            Q_EMIT recovered();
        }
        return;
    }
    pump();
}

void PrinterWorker::dropFailed()
{
    if (!m_faulted || m_jobs.isEmpty()) {
        return;
    }
    const Job job = m_jobs.dequeue();
    m_faulted = false;
    m_retryTimer->stop();
    Q_EMIT dropped(job.id);
    pump();
}

bool PrinterWorker::ensureConnected()
{
    if (m_transport->isConnected()) {
        return true;
    }
    const Outcome link = m_transport->connect();
    if (!link) {
        setLink(false);
        fault(link.error());
        return false;
    }
    setLink(true);
    return true;
}

void PrinterWorker::pump()
{
    if (m_pumping) {
        return; // re-entered from a signal handler: the running loop takes the new job
    }
    m_pumping = true;
    while (!m_jobs.isEmpty() && !QThread::currentThread()->isInterruptionRequested()) {
        if (!ensureConnected()) {
            break;
        }
        const Job job = m_jobs.head();
        if (!job.priority && m_transport->isBidirectional()) {
            PrinterStatus status = m_status;
            if (queryStatus(status)) {
                publish(status);
                if (const DeviceError blocked = statusFault(status); !blocked.message.isEmpty()) {
                    fault(blocked);
                    break;
                }
            }
        }
        const Outcome sent = m_transport->send(job.bytes);
        if (!sent) {
            m_transport->disconnect();
            setLink(false);
            fault(sent.error());
            break;
        }
        m_jobs.dequeue();
        Q_EMIT completed(job.id);
        if (m_faulted) {
            m_faulted = false;
            m_retryTimer->stop();
            Q_EMIT recovered();
        }
    }
    m_pumping = false;
    if (m_jobs.isEmpty()) {
        idle();
    }
}

void PrinterWorker::idle()
{
    if (m_transport->closeWhenIdle() && m_transport->isConnected()) {
        m_transport->disconnect();
    }
}

void PrinterWorker::pollStatus()
{
    if (m_pumping || !m_jobs.isEmpty()) {
        return; // the queue checks status before each job anyway
    }
    if (!m_transport->isConnected()) {
        const Outcome link = m_transport->connect();
        if (!link) {
            setLink(false);
            const ErrorKind kind = link.error().kind;
            if (kind == ErrorKind::NotFound || kind == ErrorKind::PermissionDenied) {
                fault(link.error()); // misconfigured: tell someone, keep trying
            } else {
                m_retryTimer->start();
            }
            return;
        }
        setLink(true);
    }
    if (m_transport->isBidirectional()) {
        PrinterStatus status = m_status;
        if (queryStatus(status)) {
            publish(status);
        }
    }
    idle();
}

bool PrinterWorker::queryStatus(PrinterStatus &status)
{
    if (m_statusUnsupported) {
        return false;
    }
    m_transport->read(4096, 0); // drop anything stale
    using Request = EscPosEncoder::StatusRequest;
    for (Request request : {Request::Printer, Request::OfflineCause, Request::ErrorCause, Request::PaperSensor}) {
        if (!m_transport->send(EscPosEncoder::statusRequest(request))) {
            return false;
        }
        const QByteArray answer = m_transport->read(1, m_settings.statusTimeoutMs);
        if (answer.isEmpty()) {
            // No answer at all: this printer (or link) does not do real-time status. Stop asking.
            m_statusUnsupported = request == Request::Printer;
            return false;
        }
        if (!EscPosStatus::apply(request, quint8(answer[0]), status, m_settings.drawerOpenWhenHigh)) {
            return false;
        }
    }
    return true;
}

void PrinterWorker::publish(const PrinterStatus &status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    Q_EMIT statusChanged(status);
    // A fault that clears by itself (paper loaded, cover closed) resumes printing.
    if (m_faulted && statusFault(status).message.isEmpty() && !m_pumping && !m_jobs.isEmpty()) {
        QTimer::singleShot(0, this, &PrinterWorker::retry);
    }
}

void PrinterWorker::setLink(bool online)
{
    const int state = online ? 1 : 0;
    if (state != m_linkState) {
        m_linkState = state;
        Q_EMIT linkChanged(online);
    }
}

void PrinterWorker::fault(const DeviceError &error)
{
    m_faulted = true;
    Q_EMIT failed(error);
    m_retryTimer->start();
}

DeviceError PrinterWorker::statusFault(const PrinterStatus &status) const
{
    if (status.paperOut) {
        return {ErrorKind::PaperOut,
                tr("The receipt printer is out of paper. Load a new roll; the receipt prints when paper is back."),
                QStringLiteral("DLE EOT 4: paper end"), true};
    }
    if (status.coverOpen) {
        return {ErrorKind::CoverOpen, tr("The receipt printer's cover is open. Close it to go on printing."),
                QStringLiteral("DLE EOT 2: cover open"), true};
    }
    if (status.error) {
        return {ErrorKind::Failure,
                tr("The receipt printer reports an error (for example paper stuck in the cutter). "
                   "Clear it, then press Retry."),
                QStringLiteral("DLE EOT 3: error"), true};
    }
    if (!status.online) {
        return {ErrorKind::Offline, tr("The receipt printer is offline. Check the printer."),
                QStringLiteral("DLE EOT 1: offline"), true};
    }
    return {};
}

} // namespace qtill::hal
