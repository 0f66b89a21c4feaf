#include "hal/sim/simulatedcashdrawer.h"

#include <QTimer>

namespace qtill::hal {

Outcome SimulatedCashDrawer::openDrawer()
{
    if (!isEnabled()) {
        return Outcome::failure(ErrorKind::Failure, tr("The cash drawer is not ready."));
    }
    if (!m_connected) {
        const DeviceError error{ErrorKind::Offline, tr("The cash drawer does not respond. Check its cable."),
                                QStringLiteral("sim: drawer unplugged"), true};
        raiseError(error);
        return Outcome::failure(error);
    }
    const int id = m_nextOutput++;
    QTimer::singleShot(0, this, [this, id] {
        ++m_openings;
        m_open = true;
        reportStatus(DeviceStatus::DrawerOpen);
        completeOutput(id);
    });
    return Outcome::success();
}

void SimulatedCashDrawer::closeByHand()
{
    if (m_open) {
        m_open = false;
        reportStatus(DeviceStatus::DrawerClosed);
    }
}

Outcome SimulatedCashDrawer::doRetry()
{
    if (!m_connected) {
        return Outcome::failure(ErrorKind::Offline, tr("The cash drawer does not respond. Check its cable."));
    }
    return Outcome::success();
}

void SimulatedCashDrawer::doReconnect()
{
    if (m_connected) {
        recover();
    }
}

} // namespace qtill::hal
