#include "hal/inputdevicefactory.h"

#include "hal/devicedetector.h"

#include "hal/backends/camera/camerascanner.h"
#include "hal/backends/evdev/evdevcardreader.h"
#include "hal/backends/evdev/evdevdevicefinder.h"
#include "hal/backends/evdev/evdevscanner.h"
#include "hal/backends/pcsc/pcscnfcreader.h"
#include "hal/backends/pcsc/pcscworker.h"
#include "hal/backends/serial/serialcardreader.h"
#include "hal/backends/serial/serialpoledisplay.h"
#include "hal/backends/serial/serialscale.h"
#include "hal/backends/serial/serialscanner.h"
#include "hal/display/screencustomerdisplay.h"
#include "hal/sim/simcardreader.h"
#include "hal/sim/simcustomerdisplay.h"
#include "hal/sim/simnfcreader.h"
#include "hal/sim/simpaymentterminal.h"
#include "hal/sim/simscale.h"
#include "hal/sim/simscanner.h"
#include "hal/wedge/wedgecardreader.h"
#include "hal/wedge/wedgescanner.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QSerialPortInfo>

namespace qtill::hal {

QStringList InputDeviceFactory::backends(DeviceCategory category)
{
    switch (category) {
    case DeviceCategory::Scanner: return {u"wedge"_qs, u"evdev"_qs, u"serial"_qs, u"camera"_qs, u"sim"_qs};
    case DeviceCategory::CardReader: return {u"wedge"_qs, u"evdev"_qs, u"serial"_qs, u"sim"_qs};
    case DeviceCategory::NfcReader: return {u"pcsc"_qs, u"sim"_qs};
    case DeviceCategory::Scale: return {u"serial"_qs, u"sim"_qs};
    case DeviceCategory::CustomerDisplay: return {u"screen"_qs, u"serial"_qs, u"sim"_qs};
    case DeviceCategory::PaymentTerminal: return {u"sim"_qs};
    case DeviceCategory::ReceiptPrinter:
    case DeviceCategory::CashDrawer: break;
    }
    return {};
}

std::unique_ptr<Device> InputDeviceFactory::create(const DeviceInfo &info, const Context &context, Outcome *error)
{
    const QString &b = info.backend;
    std::unique_ptr<Device> device;
    switch (info.category) {
    case DeviceCategory::Scanner:
        if (b == u"evdev")
            device = std::make_unique<EvdevScanner>(info);
        else if (b == u"serial")
            device = std::make_unique<SerialScanner>(info);
        else if (b == u"camera")
            device = std::make_unique<CameraScanner>(info);
        else if (b == u"wedge")
            device = std::make_unique<WedgeScanner>(info, context.wedge);
        else if (b == u"sim")
            device = std::make_unique<SimScanner>(info);
        break;
    case DeviceCategory::CardReader:
        if (b == u"evdev")
            device = std::make_unique<EvdevCardReader>(info);
        else if (b == u"serial")
            device = std::make_unique<SerialCardReader>(info);
        else if (b == u"wedge")
            device = std::make_unique<WedgeCardReader>(info, context.wedge);
        else if (b == u"sim")
            device = std::make_unique<SimCardReader>(info);
        break;
    case DeviceCategory::NfcReader:
        if (b == u"pcsc")
            device = std::make_unique<PcscNfcReader>(info);
        else if (b == u"sim")
            device = std::make_unique<SimNfcReader>(info);
        break;
    case DeviceCategory::Scale:
        if (b == u"serial")
            device = std::make_unique<SerialScale>(info);
        else if (b == u"sim")
            device = std::make_unique<SimScale>(info);
        break;
    case DeviceCategory::CustomerDisplay:
        if (b == u"serial")
            device = std::make_unique<SerialPoleDisplay>(info);
        else if (b == u"screen")
            device = std::make_unique<ScreenCustomerDisplay>(info);
        else if (b == u"sim")
            device = std::make_unique<SimCustomerDisplay>(info);
        break;
    case DeviceCategory::PaymentTerminal:
        if (b == u"sim")
            device = std::make_unique<SimPaymentTerminal>(info, context.scheduler);
        break;
    case DeviceCategory::ReceiptPrinter:
    case DeviceCategory::CashDrawer:
        break;
    }
    if (!device && error) {
        *error = Outcome::failure(ErrorKind::NotFound,
                                  QCoreApplication::translate("qtill::hal::InputDeviceFactory",
                                                              "\"%1\" is not a known kind of %2.")
                                      .arg(b, categoryName(info.category)),
                                  QStringLiteral("backend \"%1\" for category %2").arg(b, categoryKey(info.category)));
    }
    return device;
}

QList<DetectedDevice> InputDeviceFactory::detect(const DetectionOptions &options)
{
    using Source = DeviceDetector::Source;
    return DeviceDetector::detect(Source::InputDevices | Source::SerialPorts | Source::Cameras | Source::PcscReaders,
                                  options);
}

} // namespace qtill::hal
