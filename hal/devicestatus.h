#pragma once

#include <QMetaType>
#include <QString>

namespace qtill::hal {

/// Status updates (UnifiedPOS StatusUpdateEvent). One value per event; a device reports only the ones
/// that apply to it.
enum class DeviceStatus {
    Online,
    Offline,
    Busy,
    Idle,
    PaperOk,
    PaperNearEnd,
    PaperOut,
    CoverOpen,
    CoverClosed,
    DrawerOpen,
    DrawerClosed,
    CardPresent, ///< NFC/chip card placed on the reader
    CardRemoved,
    WeightStable,
    WeightUnstable,
    WeightOverload,
    WeightUnderZero,
};

/// A short translated text for a status ("Out of paper"), for status lines in settings and the shell.
QString statusText(DeviceStatus status);

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::DeviceStatus)
