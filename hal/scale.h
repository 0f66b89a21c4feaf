#pragma once

#include "hal/device.h"

#include <QtGlobal>

namespace qtill::hal {

/// The payload of Scale::dataReceived: one weight reading, in exact integer milligrams (no double).
struct WeightReading
{
    qint64 netMilligrams = 0;
    qint64 tareMilligrams = 0;
    bool stable = false;
    bool overload = false;
    bool underZero = false;
};

/// A weighing scale (UnifiedPOS Scale). Readings arrive as data; stable/unstable as status.
class Scale : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    /// The last reading received (zero before the first).
    virtual WeightReading currentWeight() const = 0;
    /// Sets the tare to the current gross weight (on the scale if it supports it, else in software).
    virtual Outcome tare() = 0;
    /// Zeroes the scale (empty platter).
    virtual Outcome zero() = 0;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::WeightReading)
