#pragma once

#include "hal/scale.h"
#include "hal/scale/weighttracker.h"

namespace qtill::hal {

/// A scale simulator (backend "sim"): set the weight on the platter; readings, stability, tare,
/// zero, overload and the events behave as a real serial scale's (the same WeightTracker).
/// DeviceInfo::params: "capacityG" (15000).
class SimScale : public Scale
{
    Q_OBJECT

public:
    explicit SimScale(DeviceInfo info, QObject *parent = nullptr);

    WeightReading currentWeight() const override { return m_tracker.current(); }
    Outcome tare() override;
    Outcome zero() override;

    /// Puts `milligrams` (gross) on the platter. stable=false: the weight is still settling.
    void setWeight(qint64 milligrams, bool stable = true);
    /// More than the scale can weigh.
    void overload();

private:
    void feed(const ScaleFrame &frame);

    WeightTracker m_tracker;
};

} // namespace qtill::hal
