#include "hal/backends/serial/serialcardreader.h"

#include "hal/backends/serial/serialswipeworker.h"

namespace qtill::hal {

SerialCardReader::SerialCardReader(DeviceInfo info, QObject *parent) : CardReader(std::move(info), parent) {}

SerialCardReader::~SerialCardReader()
{
    stopWorker();
}

Outcome SerialCardReader::doOpen()
{
    if (info().params.value(u"port"_qs).toString().isEmpty())
        return Outcome::failure(ErrorKind::NotFound, tr("Choose the card reader's serial port."),
                                u"serial: no port"_qs);
    return Outcome::success();
}

Outcome SerialCardReader::doClaim()
{
    startWorker();
    return Outcome::success();
}

void SerialCardReader::doRelease()
{
    stopWorker();
}

void SerialCardReader::doClose()
{
    stopWorker();
}

Outcome SerialCardReader::doRetry()
{
    if (lastError().kind != ErrorKind::Protocol && m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialCardReader::doReconnect()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialCardReader::startWorker()
{
    stopWorker();
    auto *worker = new SerialSwipeWorker(info().params);
    connect(worker, &SerialStreamWorker::opened, this, [this] {
        if (lastError().kind != ErrorKind::Protocol)
            recover();
    });
    connect(worker, &SerialStreamWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &SerialSwipeWorker::swiped, this, [this](const CardData &card) {
        if (isEnabled())
            deliverData(QVariant::fromValue(card));
    });
    connect(worker, &SerialSwipeWorker::swipeFailed, this, [this](const QString &message, const QString &detail) {
        if (isEnabled())
            raiseError(DeviceError{ErrorKind::Protocol, message, detail, true});
    });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialCardReader::stopWorker()
{
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
