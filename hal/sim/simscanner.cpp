#include "hal/sim/simscanner.h"

namespace qtill::hal {

bool SimScanner::scan(const QString &code, Symbology symbology)
{
    if (!isEnabled() || code.isEmpty())
        return false;
    deliverData(QVariant::fromValue(ScanData{code, symbology, code.toUtf8(), id()}));
    return true;
}

} // namespace qtill::hal
