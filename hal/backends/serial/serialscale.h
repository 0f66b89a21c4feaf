#pragma once

#include "hal/scale.h"
#include "hal/scale/weighttracker.h"

#include <QPointer>

namespace qtill::hal {

class SerialScaleWorker;

/// A retail scale on a serial / USB-serial port with continuous output (ScaleFrameParser).
/// Backend key "serial". DeviceInfo::params: port keys (default 9600 8N1), "capacityG" (15000),
/// "stableCount" (3), "toleranceMg" (0), "tareCommand" / "zeroCommand" (e.g. `T\r\n`, `Z\r\n`: sent
/// to the scale; without them tare and zero are done in software), "pollCommand", "pollMs",
/// "silenceMs".
///
/// Events: statusChanged for WeightStable / WeightUnstable / WeightOverload / WeightUnderZero
/// transitions; dataReceived(WeightReading) once per new stable weight (lift and replace the item
/// to get the same weight again); currentWeight() is the live reading for a display.
class SerialScale : public Scale
{
    Q_OBJECT

public:
    explicit SerialScale(DeviceInfo info, QObject *parent = nullptr);
    ~SerialScale() override;

    WeightReading currentWeight() const override { return m_tracker.current(); }
    Outcome tare() override;
    Outcome zero() override;

protected:
    Outcome doOpen() override;
    Outcome doClaim() override;
    void doRelease() override;
    void doClose() override;
    Outcome doRetry() override;
    void doReconnect() override;

private:
    void startWorker();
    void stopWorker();
    void onFrame(const ScaleFrame &frame);
    Outcome sendCommand(const QByteArray &command);

    WeightTracker m_tracker;
    QPointer<SerialScaleWorker> m_worker;
};

} // namespace qtill::hal
