#include "hal/backends/pcsc/pcscnfcreader.h"

#include "hal/backends/pcsc/pcscworker.h"

namespace qtill::hal {

PcscNfcReader::PcscNfcReader(DeviceInfo info, QObject *parent) : NfcReader(std::move(info), parent) {}

PcscNfcReader::~PcscNfcReader()
{
    stopWorker();
}

Outcome PcscNfcReader::doClaim()
{
    startWorker();
    return Outcome::success();
}

void PcscNfcReader::doRelease()
{
    stopWorker();
}

void PcscNfcReader::doClose()
{
    stopWorker();
}

Outcome PcscNfcReader::doRetry()
{
    if (lastError().kind != ErrorKind::Protocol)
        startWorker();
    return Outcome::success();
}

void PcscNfcReader::doReconnect()
{
    startWorker();
}

void PcscNfcReader::startWorker()
{
    stopWorker();
    auto *worker = new PcscWorker(info().params);
    connect(worker, &PcscWorker::ready, this, [this] { recover(); });
    connect(worker, &PcscWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &PcscWorker::cardPresent, this, [this](const NfcTag &tag) {
        reportStatus(DeviceStatus::CardPresent);
        if (isEnabled())
            deliverData(QVariant::fromValue(tag));
    });
    connect(worker, &PcscWorker::cardRemoved, this, [this] { reportStatus(DeviceStatus::CardRemoved); });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &PcscWorker::run, Qt::QueuedConnection);
}

void PcscNfcReader::stopWorker()
{
    if (m_worker)
        m_worker->cancel(); // wakes SCardGetStatusChange at once
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
