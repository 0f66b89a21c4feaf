#include "hal/escpos/escposprinter.h"

#include "hal/escpos/escposencoder.h"

namespace qtill::hal {

EscPosPrinter::EscPosPrinter(DeviceInfo info, PaperProfile profile, TransportFactory transport,
                             PrinterSettings settings, QObject *parent)
    : ReceiptPrinter(std::move(info), parent)
    , m_profile(std::move(profile))
    , m_makeTransport(std::move(transport))
    , m_settings(settings)
{
    qRegisterMetaType<qtill::hal::DeviceError>();
    qRegisterMetaType<qtill::hal::PrinterStatus>();
}

EscPosPrinter::~EscPosPrinter()
{
    stopIoThread();
}

Outcome EscPosPrinter::doOpen()
{
    std::unique_ptr<PrinterTransport> transport = m_makeTransport ? m_makeTransport() : nullptr;
    if (!transport) {
        return Outcome::failure(ErrorKind::NotFound, tr("The %1 is not configured.").arg(name()));
    }
    m_bidirectional = transport->isBidirectional();
    m_status = PrinterStatus{};
    m_pending.clear();
    auto *worker = new PrinterWorker(std::move(transport), m_settings);
    m_worker = worker;
    attachWorker(worker);
    connect(worker, &PrinterWorker::completed, this, [this](int id) {
        m_pending.remove(id);
        completeOutput(id);
    });
    connect(worker, &PrinterWorker::dropped, this, [this](int id) {
        m_pending.remove(id);
        Q_EMIT jobDropped(id);
    });
    connect(worker, &PrinterWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &PrinterWorker::recovered, this, [this] { recover(); });
    connect(worker, &PrinterWorker::statusChanged, this, &EscPosPrinter::onStatus);
    connect(worker, &PrinterWorker::linkChanged, this, &EscPosPrinter::onLink);
    QMetaObject::invokeMethod(worker, &PrinterWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void EscPosPrinter::doClose()
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
    }
    stopIoThread(); // deletes the worker and its transport on the device thread
    m_worker = nullptr;
    m_pending.clear();
}

Outcome EscPosPrinter::doRetry()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &PrinterWorker::retry, Qt::QueuedConnection);
    }
    return Outcome::success();
}

void EscPosPrinter::doClearError()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &PrinterWorker::dropFailed, Qt::QueuedConnection);
    }
}

void EscPosPrinter::doReconnect()
{
    doRetry();
}

void EscPosPrinter::requestStatus()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &PrinterWorker::pollStatus, Qt::QueuedConnection);
    }
}

PrintSubmission EscPosPrinter::print(const ReceiptDocument &receipt)
{
    if (!isEnabled()) {
        return PrintSubmission{0, tr("The %1 is not ready: %2.").arg(name(), stateText(state()).toLower())};
    }
    return submit(EscPosEncoder(m_profile).encode(receipt), false);
}

PrintSubmission EscPosPrinter::printRaw(const QByteArray &bytes)
{
    if (!isEnabled()) {
        return PrintSubmission{0, tr("The %1 is not ready: %2.").arg(name(), stateText(state()).toLower())};
    }
    return submit(bytes, false);
}

PrintSubmission EscPosPrinter::submitPriority(const QByteArray &bytes)
{
    if (!m_worker) {
        return PrintSubmission{0, tr("The %1 is not connected.").arg(name())};
    }
    return submit(bytes, true);
}

PrintSubmission EscPosPrinter::submit(const QByteArray &bytes, bool priority)
{
    const int id = m_nextJob++;
    m_pending.insert(id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, bytes, priority] { worker->enqueue(id, bytes, priority); },
        Qt::QueuedConnection);
    return PrintSubmission{id, {}};
}

void EscPosPrinter::onStatus(const PrinterStatus &status)
{
    const PrinterStatus before = m_status;
    m_status = status;
    if (status.paperOut != before.paperOut || status.paperNearEnd != before.paperNearEnd || !before.known) {
        reportStatus(status.paperOut       ? DeviceStatus::PaperOut
                     : status.paperNearEnd ? DeviceStatus::PaperNearEnd
                                           : DeviceStatus::PaperOk);
    }
    if (status.coverOpen != before.coverOpen) {
        reportStatus(status.coverOpen ? DeviceStatus::CoverOpen : DeviceStatus::CoverClosed);
    }
    if (status.online != before.online) {
        reportStatus(status.online ? DeviceStatus::Online : DeviceStatus::Offline);
    }
    Q_EMIT printerStatusChanged(status);
}

void EscPosPrinter::onLink(bool online)
{
    reportStatus(online ? DeviceStatus::Online : DeviceStatus::Offline);
}

} // namespace qtill::hal
