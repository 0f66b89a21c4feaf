#include "hal/backends/serial/serialcashdrawer.h"

#include "hal/backends/serial/serialstreamworker.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

/// The drawer's worker: a serial port that is only written to.
class DrawerWorker : public SerialStreamWorker
{
public:
    using SerialStreamWorker::SerialStreamWorker;

protected:
    QString deviceNoun() const override
    {
        return QCoreApplication::translate("qtill::hal::SerialCashDrawer", "cash drawer");
    }
};

} // namespace

SerialCashDrawer::SerialCashDrawer(DeviceInfo info, QObject *parent) : CashDrawer(std::move(info), parent)
{
    const QString kick = this->info().params.value(u"kick"_qs).toString();
    m_kick = SerialStreamWorker::commandBytes(kick.isEmpty() ? QString::fromLatin1(kDefaultKick) : kick);
}

SerialCashDrawer::~SerialCashDrawer()
{
    stopWorker();
}

Outcome SerialCashDrawer::openDrawer()
{
    if (!isEnabled() || !m_worker)
        return Outcome::failure(ErrorKind::Failure, tr("The cash drawer is not ready."));
    if (hasError())
        return Outcome::failure(lastError());
    const int id = m_nextOutputId++;
    SerialStreamWorker *worker = m_worker;
    const QByteArray kick = m_kick;
    QMetaObject::invokeMethod(worker, [worker, kick, id] { worker->write(kick, id); }, Qt::QueuedConnection);
    return Outcome::success();
}

Outcome SerialCashDrawer::doOpen()
{
    if (info().params.value(u"port"_qs).toString().isEmpty())
        return Outcome::failure(ErrorKind::NotFound, tr("Choose the cash drawer's serial port."),
                                u"serial: no port"_qs);
    if (m_kick.isEmpty())
        return Outcome::failure(ErrorKind::Failure, tr("Enter the bytes that open the cash drawer."),
                                u"serial drawer: empty kick"_qs);
    return Outcome::success();
}

Outcome SerialCashDrawer::doClaim()
{
    startWorker();
    return Outcome::success();
}

void SerialCashDrawer::doRelease()
{
    stopWorker();
}

void SerialCashDrawer::doClose()
{
    stopWorker();
}

Outcome SerialCashDrawer::doRetry()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SerialStreamWorker::start, Qt::QueuedConnection);
    return Outcome::success();
}

void SerialCashDrawer::doReconnect()
{
    doRetry();
}

void SerialCashDrawer::startWorker()
{
    stopWorker();
    auto *worker = new DrawerWorker(info().params);
    connect(worker, &SerialStreamWorker::opened, this, [this] { recover(); });
    connect(worker, &SerialStreamWorker::failed, this, [this](const DeviceError &error) { raiseError(error); });
    connect(worker, &SerialStreamWorker::written, this, [this](int id) {
        if (id <= 0)
            return;
        m_open = true;
        reportStatus(DeviceStatus::DrawerOpen);
        completeOutput(id);
    });
    m_worker = worker;
    attachWorker(worker);
    QMetaObject::invokeMethod(worker, &SerialStreamWorker::start, Qt::QueuedConnection);
}

void SerialCashDrawer::stopWorker()
{
    m_worker = nullptr;
    stopIoThread();
}

} // namespace qtill::hal
