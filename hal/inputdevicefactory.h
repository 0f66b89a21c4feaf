#pragma once

#include "hal/device.h"
#include "hal/devicedetector.h"
#include "hal/deviceinfo.h"

#include <QList>
#include <memory>

namespace qtill::hal {

class SimScheduler;
class WedgeFilter;

/// Builds the input-side devices (scanners, card readers, NFC readers, scales, customer displays,
/// payment terminals) from their stored settings, and finds attached ones for the settings screen.
///
/// Backends by category (params are documented on each class):
///   Scanner          evdev (EvdevScanner), serial (SerialScanner), camera (CameraScanner),
///                    wedge (WedgeScanner), sim (SimScanner)
///   CardReader       evdev (EvdevCardReader), serial (SerialCardReader), wedge (WedgeCardReader),
///                    sim (SimCardReader)
///   NfcReader        pcsc (PcscNfcReader), sim (SimNfcReader)
///   Scale            serial (SerialScale), sim (SimScale)
///   CustomerDisplay  serial (SerialPoleDisplay), screen (ScreenCustomerDisplay), sim (SimCustomerDisplay)
///   PaymentTerminal  sim (SimPaymentTerminal)
class InputDeviceFactory
{
public:
    struct Context
    {
        WedgeFilter *wedge = nullptr;       ///< the filter for "wedge" backends (default: the application's)
        SimScheduler *scheduler = nullptr;  ///< time for the payment simulator (default: real timers)
    };

    /// The device, or nullptr with the reason in `error` (unknown backend for the category, or a
    /// category this factory does not build).
    static std::unique_ptr<Device> create(const DeviceInfo &info, const Context &context, Outcome *error = nullptr);
    static std::unique_ptr<Device> create(const DeviceInfo &info, Outcome *error = nullptr)
    {
        return create(info, Context{}, error);
    }
    /// Backend keys a category supports, in the order a settings screen offers them.
    static QStringList backends(DeviceCategory category);

    /// Attached now: keyboard-mode scanners (evdev, by USB id), serial ports (ttyACM* as scanners,
    /// other ports as scales — the settings screen lets staff change the category), cameras, PC/SC
    /// readers. `options` say where to look (tests point them at a fake /dev).
    static QList<DetectedDevice> detect(const DetectionOptions &options = {});
};

} // namespace qtill::hal
