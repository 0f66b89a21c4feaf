#pragma once

#include "hal/cashdrawer.h"

namespace qtill::hal {

/// The simulated cash drawer: opens at once (reports DrawerOpen), closes when told (closeByHand(),
/// the simulator's "close drawer" button or a test), and can be made to fail (unplugged).
class SimulatedCashDrawer : public CashDrawer
{
    Q_OBJECT

public:
    using CashDrawer::CashDrawer;

    Outcome openDrawer() override;
    bool canReportState() const override { return true; }
    bool isDrawerOpen() const override { return m_open; }

    /// The cashier pushes the drawer shut.
    void closeByHand();
    /// Simulates a broken cable: the next openDrawer() fails with an error event.
    void setConnected(bool connected) { m_connected = connected; }
    int openings() const { return m_openings; }

protected:
    Outcome doRetry() override;
    void doReconnect() override;

private:
    bool m_open = false;
    bool m_connected = true;
    int m_openings = 0;
    int m_nextOutput = 1;
};

} // namespace qtill::hal
