#include "hal/devicemanager.h"

#include <QCoreApplication>
#include <QThread>

namespace qtill::hal {

namespace {
constexpr int kDefaultReconnectMs = 2000;
} // namespace

DeviceManager::DeviceManager(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setInterval(kDefaultReconnectMs);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DeviceManager::reconnectOffline);
}

DeviceManager::~DeviceManager()
{
    for (auto &device : m_devices) {
        close(device.get());
    }
    m_devices.clear();
}

Outcome DeviceManager::add(std::unique_ptr<Device> device)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!device || device->id().isEmpty()) {
        return Outcome::failure(ErrorKind::Failure, tr("The device has no id."));
    }
    if (this->device(device->id())) {
        return Outcome::failure(ErrorKind::Failure,
                                tr("A device called \"%1\" is already configured.").arg(device->id()));
    }
    device->m_manager = this;
    connect(device.get(), &Device::stateChanged, this,
            [this, d = device.get()](Device::State state) { Q_EMIT deviceStateChanged(d, state); });
    m_devices.push_back(std::move(device));
    return Outcome::success();
}

void DeviceManager::remove(const QString &id)
{
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        if ((*it)->id() == id) {
            close(it->get());
            m_devices.erase(it);
            return;
        }
    }
}

Device *DeviceManager::device(const QString &id) const
{
    for (const auto &device : m_devices) {
        if (device->id() == id) {
            return device.get();
        }
    }
    return nullptr;
}

QList<Device *> DeviceManager::devices() const
{
    QList<Device *> all;
    for (const auto &device : m_devices) {
        all.append(device.get());
    }
    return all;
}

QList<Device *> DeviceManager::devices(DeviceCategory category) const
{
    QList<Device *> found;
    for (const auto &device : m_devices) {
        if (device->category() == category) {
            found.append(device.get());
        }
    }
    return found;
}

Device *DeviceManager::first(DeviceCategory category) const
{
    const QList<Device *> candidates = devices(category);
    for (Device *device : candidates) {
        if (device->baseState() != Device::State::Closed) {
            return device;
        }
    }
    return candidates.value(0);
}

Outcome DeviceManager::requireClaimant(Device *device, const QString &claimant) const
{
    if (device->m_claimant == claimant) {
        return Outcome::success();
    }
    if (device->m_claimant.isEmpty()) {
        return Outcome::failure(ErrorKind::Failure, tr("The %1 is not claimed.").arg(device->name()));
    }
    return Outcome::failure(ErrorKind::Busy,
                            tr("The %1 is in use by %2.").arg(device->name(), device->m_claimant),
                            QStringLiteral("claimed by '%1', requested by '%2'").arg(device->m_claimant, claimant));
}

Outcome DeviceManager::open(Device *device)
{
    Q_ASSERT(device && device->m_manager == this);
    if (device->baseState() != Device::State::Closed) {
        return Outcome::success();
    }
    Outcome result = device->doOpen();
    if (result) {
        device->setBaseState(Device::State::Opened);
    }
    return result;
}

Outcome DeviceManager::claim(Device *device, const QString &claimant)
{
    Q_ASSERT(device && device->m_manager == this);
    if (claimant.isEmpty()) {
        return Outcome::failure(ErrorKind::Failure, tr("A claim needs the name of who claims."));
    }
    if (!device->m_claimant.isEmpty()) {
        return requireClaimant(device, claimant); // same claimant: already done; else refused
    }
    if (device->baseState() != Device::State::Opened) {
        return Outcome::failure(ErrorKind::Failure, tr("The %1 is not open.").arg(device->name()));
    }
    Outcome result = device->doClaim();
    if (result) {
        device->m_claimant = claimant;
        device->setBaseState(Device::State::Claimed);
    }
    return result;
}

Outcome DeviceManager::enable(Device *device, const QString &claimant)
{
    Q_ASSERT(device && device->m_manager == this);
    if (Outcome owner = requireClaimant(device, claimant); !owner) {
        return owner;
    }
    if (device->baseState() == Device::State::Enabled) {
        return Outcome::success();
    }
    Outcome result = device->doEnable();
    if (result) {
        device->setBaseState(Device::State::Enabled);
    }
    return result;
}

Outcome DeviceManager::disable(Device *device, const QString &claimant)
{
    Q_ASSERT(device && device->m_manager == this);
    if (Outcome owner = requireClaimant(device, claimant); !owner) {
        return owner;
    }
    if (device->baseState() == Device::State::Enabled) {
        device->doDisable();
        device->setBaseState(Device::State::Claimed);
    }
    return Outcome::success();
}

Outcome DeviceManager::release(Device *device, const QString &claimant)
{
    Q_ASSERT(device && device->m_manager == this);
    if (Outcome owner = requireClaimant(device, claimant); !owner) {
        return owner;
    }
    if (Outcome disabled = disable(device, claimant); !disabled) {
        return disabled;
    }
    device->doRelease();
    device->m_claimant.clear();
    device->setBaseState(Device::State::Opened);
    return Outcome::success();
}

void DeviceManager::close(Device *device)
{
    Q_ASSERT(device && device->m_manager == this);
    if (device->baseState() == Device::State::Closed) {
        return;
    }
    if (device->baseState() == Device::State::Enabled) {
        device->doDisable();
        device->setBaseState(Device::State::Claimed);
    }
    if (device->baseState() == Device::State::Claimed) {
        device->doRelease();
        device->m_claimant.clear();
        device->setBaseState(Device::State::Opened);
    }
    device->doClose();
    device->stopIoThread();
    device->setBaseState(Device::State::Closed);
}

Outcome DeviceManager::start(Device *device, const QString &claimant)
{
    if (Outcome opened = open(device); !opened) {
        return opened;
    }
    if (Outcome claimed = claim(device, claimant); !claimed) {
        return claimed;
    }
    return enable(device, claimant);
}

void DeviceManager::reconnectNow(Device *device)
{
    Q_ASSERT(device && device->m_manager == this);
    if (device->baseState() == Device::State::Closed) {
        return;
    }
    device->doReconnect();
}

void DeviceManager::respond(Device *device, ErrorResponse response)
{
    Q_ASSERT(device && device->m_manager == this);
    if (!device->hasError()) {
        return;
    }
    if (response == ErrorResponse::Clear) {
        device->doClearError();
        device->clearFault();
    } else if (Outcome retried = device->doRetry(); retried) {
        device->clearFault();
    } else {
        handleFault(device, retried.error());
    }
    bool offline = false;
    for (const auto &d : m_devices) {
        offline = offline || (d->hasError() && d->lastError().kind == ErrorKind::Offline);
    }
    if (!offline) {
        m_reconnectTimer.stop();
    }
}

void DeviceManager::handleFault(Device *device, const DeviceError &error)
{
    const bool wasSame = device->hasError() && device->lastError().kind == error.kind
                         && device->lastError().message == error.message;
    device->setFault(error);
    if (!wasSame) {
        Q_EMIT deviceError(device, error);
    }
    if (error.kind == ErrorKind::Offline && !m_reconnectTimer.isActive()) {
        m_reconnectTimer.start();
    }
}

void DeviceManager::handleRecovery(Device *device)
{
    device->clearFault();
}

void DeviceManager::reconnectOffline()
{
    bool any = false;
    for (const auto &device : m_devices) {
        if (device->hasError() && device->lastError().kind == ErrorKind::Offline
            && device->baseState() != Device::State::Closed) {
            any = true;
            device->doReconnect();
        }
    }
    if (!any) {
        m_reconnectTimer.stop();
    }
}

} // namespace qtill::hal
