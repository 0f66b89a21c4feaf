#pragma once

#include "hal/device.h"

namespace qtill::hal {

/// A cash drawer (UnifiedPOS CashDrawer), kicked through the receipt printer or a serial opener.
/// openDrawer() returns at once; statusChanged(DrawerOpen) reports the opening (when the kick went
/// out, or from the drawer switch where it can be read), statusChanged(DrawerClosed) its closing
/// where the switch can be read.
class CashDrawer : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    /// Opens the drawer. Refused when not enabled.
    virtual Outcome openDrawer() = 0;
    /// Whether the drawer's open/closed switch can be read (else only openings are reported).
    virtual bool canReportState() const = 0;
    /// Last known state (true from the kick until the switch reports closed, if it can).
    virtual bool isDrawerOpen() const = 0;
};

} // namespace qtill::hal
