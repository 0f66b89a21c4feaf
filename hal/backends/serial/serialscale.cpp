#include "hal/backends/serial/serialscale.h"

#include "hal/backends/serial/serialscaleworker.h"

#include <QLoggingCategory>

namespace qtill::hal {

namespace {

Q_LOGGING_CATEGORY(lcSerialScale, "qtill.hal.serial.scale")

WeightTracker::Settings settingsOf(const QVariantMap &p)
{
    WeightTracker::Settings s;
    s.capacityMg = p.value(u"capacityG"_qs, 15000).toLongLong() * 1000;
    s.stableCount = p.value(u"stableCount"_qs, s.stableCount).toInt();
    s.toleranceMg = p.value(u"toleranceMg"_qs, s.toleranceMg).toLongLong();
    return s;
}

} // namespace

SerialScale::SerialScale(DeviceInfo info, QObject *parent)
    : Scale(std::move(info), parent), m_tracker(settingsOf(this->info().params))
{
}

SerialScale::~SerialScale()
{
    stopWorker();
}

Outcome SerialScale::tare()
{
    if (!isEnabled())
        return Outcome::failure(ErrorKind::Failure, tr("The scale is not ready."));
    const QByteArray command = SerialStreamWorker::commandBytes(info().params.value(u"tareCommand"_qs).toString());
    if (command.isEmpty())
        return m_tracker.tare();
    return sendCommand(command);
}

Outcome SerialScale::zero()
{
    if (!isEnabled())
        return Outcome::failure(ErrorKind::Failure, tr("The scale is not ready."));
    const QByteArray command = SerialStreamWorker::commandBytes(info().params.value(u"zeroCommand"_qs).toString());
    if (command.isEmpty())
        return m_tracker.zero();
    return sendCommand(command);
}

Outcome SerialScale::sendCommand(const QByteArray &command)
{
    if (!m_worker)
        return Outcome::failure(ErrorKind::Offline, tr("The scale is not connected."));
    SerialScaleWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, command] { worker->write(command, -1); }, Qt::QueuedConnection);
    return Outcome::success();
}

Outcome SerialScale::doOpen()
{
    if (info().params.value(u"port"_qs).toString().isEmpty())
        return Outcome::failure(ErrorKind::NotFound, tr("Choose the scale's serial port."), u"serial: no port"_qs);
    return Outcome::success();
}

Outcome SerialScale::doClaim()
{
    startWorker();
    return Outcome::success();
}

void SerialScale::doRelease()
{
    stopWorker();
}

void SerialScale::doClose()
{
    stopWorker();
}

Outcome SerialScale::doRetry()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialScale::doReconnect()
{
    doRetry();
}

void SerialScale::onFrame(const ScaleFrame &frame)
{
    if (hasError())
        recover(); // weights are flowing again
    const WeightTracker::Update update = m_tracker.feed(frame);
    for (const DeviceStatus status : update.statuses)
        reportStatus(status);
    if (update.newStableWeight && isEnabled())
        deliverData(QVariant::fromValue(update.reading));
}

void SerialScale::startWorker()
{
    stopWorker();
    auto *worker = new SerialScaleWorker(info().params);
    // No recovery on "port opened": a scale is back when weights flow again (onFrame), otherwise a
    // silent scale would flap between Offline and Ready with every reconnect.
    connect(worker, &SerialStreamWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &SerialScaleWorker::frameReceived, this, &SerialScale::onFrame);
    connect(worker, &SerialScaleWorker::badFrame, this, [this](const QString &detail) {
        qCDebug(lcSerialScale) << id() << "bad frame:" << detail;
    });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialScale::stopWorker()
{
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
