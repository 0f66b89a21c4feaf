#include "hal/sim/simnfcreader.h"

#include "hal/backends/pcsc/nfcuid.h"

namespace qtill::hal {

bool SimNfcReader::tap(const QByteArray &uid)
{
    if (!isEnabled() || uid.isEmpty())
        return false;
    reportStatus(DeviceStatus::CardPresent);
    deliverData(QVariant::fromValue(NfcUid::tag(uid, u"Simulated NFC reader"_qs)));
    return true;
}

void SimNfcReader::removeCard()
{
    reportStatus(DeviceStatus::CardRemoved);
}

} // namespace qtill::hal
