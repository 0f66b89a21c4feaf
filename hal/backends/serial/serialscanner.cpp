#include "hal/backends/serial/serialscanner.h"

#include "hal/backends/serial/serialscanworker.h"

#include <QLoggingCategory>

namespace qtill::hal {

namespace {
Q_LOGGING_CATEGORY(lcSerialScanner, "qtill.hal.serial.scanner")
} // namespace

SerialScanner::SerialScanner(DeviceInfo info, QObject *parent) : Scanner(std::move(info), parent) {}

SerialScanner::~SerialScanner()
{
    stopWorker();
}

Outcome SerialScanner::doOpen()
{
    if (info().params.value(u"port"_qs).toString().isEmpty())
        return Outcome::failure(ErrorKind::NotFound, tr("Choose the scanner's serial port."), u"serial: no port"_qs);
    return Outcome::success();
}

Outcome SerialScanner::doClaim()
{
    startWorker();
    return Outcome::success();
}

void SerialScanner::doRelease()
{
    stopWorker();
}

void SerialScanner::doClose()
{
    stopWorker();
}

Outcome SerialScanner::doRetry()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialScanner::doReconnect()
{
    doRetry();
}

void SerialScanner::startWorker()
{
    stopWorker();
    auto *worker = new SerialScanWorker(info().params);
    connect(worker, &SerialStreamWorker::opened, this, [this] { recover(); });
    connect(worker, &SerialStreamWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &SerialScanWorker::scanned, this, [this](const QString &text, const QByteArray &raw) {
        if (isEnabled())
            deliverData(QVariant::fromValue(ScanData{text, Symbology::Unknown, raw, id()}));
    });
    connect(worker, &SerialScanWorker::rejected, this, [this](const QString &, const QString &detail) {
        qCWarning(lcSerialScanner) << id() << "scan rejected:" << detail;
    });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialScanner::stopWorker()
{
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
