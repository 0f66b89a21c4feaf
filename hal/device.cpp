#include "hal/device.h"

#include "hal/devicemanager.h"
#include "hal/iothreads.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace qtill::hal {

namespace {
constexpr unsigned long kStopWaitMs = 3000;
std::atomic<int> s_abandonedIoThreads{0};
} // namespace

int abandonedIoThreads()
{
    return s_abandonedIoThreads;
}

Device::Device(DeviceInfo info, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
{
    setObjectName(m_info.id);
}

Device::~Device()
{
    stopIoThread();
}

QString Device::name() const
{
    return m_info.name.isEmpty() ? categoryName(m_info.category) : m_info.name;
}

DeviceManager *Device::manager() const
{
    return m_manager;
}

void Device::setDataEventEnabled(bool enabled)
{
    m_dataEventEnabled = enabled;
    if (enabled) {
        scheduleDataDelivery();
    }
}

bool Device::onOwnThread() const
{
    return QThread::currentThread() == thread();
}

void Device::deliverData(const QVariant &data)
{
    if (!onOwnThread()) {
        QMetaObject::invokeMethod(this, [this, data] { deliverData(data); }, Qt::QueuedConnection);
        return;
    }
    m_pendingData.enqueue(data);
    scheduleDataDelivery();
}

void Device::scheduleDataDelivery()
{
    if (m_deliveryScheduled || m_pendingData.isEmpty()) {
        return;
    }
    m_deliveryScheduled = true;
    QMetaObject::invokeMethod(this, [this] { deliverNextData(); }, Qt::QueuedConnection);
}

void Device::deliverNextData()
{
    m_deliveryScheduled = false;
    if (m_pendingData.isEmpty() || !m_dataEventEnabled || m_error || m_baseState != State::Enabled) {
        return;
    }
    const QVariant data = m_pendingData.dequeue();
    if (m_autoDisable) {
        m_dataEventEnabled = false;
    }
    Q_EMIT dataReceived(data);
    scheduleDataDelivery(); // one event per event-loop turn
}

void Device::raiseError(const DeviceError &error)
{
    if (!onOwnThread()) {
        QMetaObject::invokeMethod(this, [this, error] { raiseError(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_baseState == State::Closed) {
        return; // a late report from a worker that is shutting down
    }
    if (m_manager) {
        m_manager->handleFault(this, error);
    } else {
        setFault(error);
    }
}

void Device::recover()
{
    if (!onOwnThread()) {
        QMetaObject::invokeMethod(this, [this] { recover(); }, Qt::QueuedConnection);
        return;
    }
    if (!m_error) {
        return;
    }
    if (m_manager) {
        m_manager->handleRecovery(this);
    } else {
        clearFault();
    }
}

void Device::reportStatus(DeviceStatus status)
{
    if (!onOwnThread()) {
        QMetaObject::invokeMethod(this, [this, status] { reportStatus(status); }, Qt::QueuedConnection);
        return;
    }
    if (m_baseState == State::Closed) {
        return;
    }
    Q_EMIT statusChanged(status);
    if (m_manager) {
        Q_EMIT m_manager->deviceStatusChanged(this, status);
    }
}

void Device::completeOutput(int outputId)
{
    if (!onOwnThread()) {
        QMetaObject::invokeMethod(this, [this, outputId] { completeOutput(outputId); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT outputCompleted(outputId);
}

QThread *Device::ioThread()
{
    if (!m_ioThread) {
        m_ioThread = new QThread; // no parent: may outlive the device if a worker is stuck
        m_ioThread->setObjectName(QStringLiteral("hal:") + m_info.id);
        m_ioThread->start();
    }
    return m_ioThread;
}

void Device::attachWorker(QObject *worker)
{
    Q_ASSERT(worker && !worker->parent());
    QThread *thread = ioThread();
    worker->moveToThread(thread);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
}

void Device::stopIoThread()
{
    if (!m_ioThread) {
        return;
    }
    QThread *thread = m_ioThread;
    m_ioThread = nullptr;
    thread->requestInterruption();
    thread->quit();
    if (thread->wait(kStopWaitMs)) {
        // finished → deleteLater of the workers ran in the thread's last loop iteration
        delete thread;
    } else {
        // A blocking call outlives the wait: let the thread finish and clean up alone.
        ++s_abandonedIoThreads;
        qWarning("qtill.hal: %s: its I/O did not stop within %lu ms; it finishes in the background",
                 qPrintable(m_info.id), kStopWaitMs);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

void Device::setBaseState(State state)
{
    Q_ASSERT(state != State::Error);
    const State before = this->state();
    m_baseState = state;
    if (state == State::Closed) {
        m_error = false;
        m_claimant.clear();
        m_pendingData.clear();
    }
    if (this->state() != before) {
        Q_EMIT stateChanged(this->state());
    }
    if (state == State::Enabled) {
        scheduleDataDelivery();
    }
}

void Device::setFault(const DeviceError &error)
{
    const bool same = m_error && m_lastError.kind == error.kind && m_lastError.message == error.message;
    const bool wasError = m_error;
    m_error = true;
    m_lastError = error;
    if (!wasError) {
        Q_EMIT stateChanged(State::Error);
    }
    if (!same) {
        Q_EMIT errorOccurred(error);
    }
}

void Device::clearFault()
{
    if (!m_error) {
        return;
    }
    m_error = false;
    Q_EMIT stateChanged(m_baseState);
    scheduleDataDelivery();
}

QString stateText(Device::State state)
{
    switch (state) {
    case Device::State::Closed:
        return QCoreApplication::translate("qtill::hal::Device", "Closed");
    case Device::State::Opened:
        return QCoreApplication::translate("qtill::hal::Device", "Opened");
    case Device::State::Claimed:
        return QCoreApplication::translate("qtill::hal::Device", "Claimed");
    case Device::State::Enabled:
        return QCoreApplication::translate("qtill::hal::Device", "Ready");
    case Device::State::Error:
        return QCoreApplication::translate("qtill::hal::Device", "Error");
    }
    return {};
}

} // namespace qtill::hal
