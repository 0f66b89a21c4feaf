#include "hal/devicestatus.h"

#include <QCoreApplication>

namespace qtill::hal {

QString statusText(DeviceStatus status)
{
    const char *context = "qtill::hal::DeviceStatus";
    switch (status) {
    case DeviceStatus::Online:
        return QCoreApplication::translate(context, "Online");
    case DeviceStatus::Offline:
        return QCoreApplication::translate(context, "Offline");
    case DeviceStatus::Busy:
        return QCoreApplication::translate(context, "Busy");
    case DeviceStatus::Idle:
        return QCoreApplication::translate(context, "Idle");
    case DeviceStatus::PaperOk:
        return QCoreApplication::translate(context, "Paper loaded");
    case DeviceStatus::PaperNearEnd:
        return QCoreApplication::translate(context, "Paper running low");
    case DeviceStatus::PaperOut:
        return QCoreApplication::translate(context, "Out of paper");
    case DeviceStatus::CoverOpen:
        return QCoreApplication::translate(context, "Cover open");
    case DeviceStatus::CoverClosed:
        return QCoreApplication::translate(context, "Cover closed");
    case DeviceStatus::DrawerOpen:
        return QCoreApplication::translate(context, "Drawer open");
    case DeviceStatus::DrawerClosed:
        return QCoreApplication::translate(context, "Drawer closed");
    case DeviceStatus::CardPresent:
        return QCoreApplication::translate(context, "Card on reader");
    case DeviceStatus::CardRemoved:
        return QCoreApplication::translate(context, "Card removed");
    case DeviceStatus::WeightStable:
        return QCoreApplication::translate(context, "Weight stable");
    case DeviceStatus::WeightUnstable:
        return QCoreApplication::translate(context, "Weighing…");
    case DeviceStatus::WeightOverload:
        return QCoreApplication::translate(context, "Over capacity");
    case DeviceStatus::WeightUnderZero:
        return QCoreApplication::translate(context, "Below zero");
    }
    return {};
}

} // namespace qtill::hal
