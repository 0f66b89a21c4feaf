#pragma once

#include "hal/deviceerror.h"
#include "hal/devicestatus.h"
#include "hal/scale.h"
#include "hal/scale/scaleframeparser.h"

#include <QList>
#include <optional>

namespace qtill::hal {

/// Turns a scale's frames into what the till uses: stable-weight detection, software tare and
/// zero, overload/underload. Pure (no I/O, no clock): the serial scale and the simulator feed it.
///
/// A weight is stable when the scale says so (ST) AND the last `stableCount` readings agree within
/// `toleranceMg` — both, because cheap indicators flag ST early. Software zero is allowed only on a
/// stable reading within ±2 % of capacity (OIML R76 zero-setting range); software tare only on a
/// stable, positive gross weight below capacity.
class WeightTracker
{
public:
    struct Settings
    {
        int stableCount = 3;
        qint64 toleranceMg = 0;
        qint64 capacityMg = 15'000'000; ///< 15 kg, the common retail scale; 0 = unknown (no range checks)
    };

    struct Update
    {
        WeightReading reading;
        bool changed = false;            ///< the reading differs from the previous one
        bool newStableWeight = false;    ///< a stable weight different from the last stable one (a data event)
        QList<DeviceStatus> statuses;    ///< status transitions to report, in order
    };

    WeightTracker() : WeightTracker(Settings{}) {}
    explicit WeightTracker(Settings settings);

    Update feed(const ScaleFrame &frame);
    const WeightReading &current() const { return m_current; }
    /// The gross weight of the last reading (before software tare), in mg.
    qint64 gross() const { return m_gross; }

    /// Tare in software: the current gross becomes the tare. Fails with a cashier message when the
    /// weight is not stable, overloaded or not positive.
    Outcome tare();
    void clearTare();
    /// Zero in software (empty platter drifted): the current raw reading becomes zero.
    Outcome zero();
    qint64 tareMg() const { return m_tareMg; }

private:
    void recompute(Update &update, bool stableFlag, bool overload, bool underload);

    Settings m_settings;
    WeightReading m_current;
    QList<qint64> m_recent;
    qint64 m_raw = 0;        ///< last weight as the scale sent it (gross or net)
    qint64 m_gross = 0;      ///< after software zero
    qint64 m_zeroMg = 0;     ///< software zero offset
    qint64 m_tareMg = 0;     ///< software tare
    qint64 m_scaleTareMg = 0; ///< tare reported by the scale (TR frames)
    bool m_scaleNet = false; ///< the scale sends net weights itself
    std::optional<qint64> m_lastStable;
    std::optional<DeviceStatus> m_lastStatus;
};

} // namespace qtill::hal
