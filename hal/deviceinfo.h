#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace qtill::hal {

/// The UnifiedPOS device categories Qtill knows.
enum class DeviceCategory {
    Scanner,
    ReceiptPrinter,
    CashDrawer,
    CardReader,
    NfcReader,
    Scale,
    CustomerDisplay,
    PaymentTerminal,
};

/// A translated name for a category ("Receipt printer"), used in messages.
QString categoryName(DeviceCategory category);
/// A stable key for a category ("receipt-printer"), used in settings.
QString categoryKey(DeviceCategory category);

/// What a device is: a stable id (unique in one DeviceManager, e.g. "printer"), its category, a name
/// the staff recognise ("Front counter printer"), the backend key ("tcp", "cups", "usb", "sim", ...)
/// and the backend's parameters (host, port, queue, VID:PID, path, baud, ...).
struct DeviceInfo
{
    QString id;
    DeviceCategory category = DeviceCategory::ReceiptPrinter;
    QString name;
    QString backend;
    QVariantMap params;
};

/// A device found by an enumerator (a USB printer, a CUPS queue, a serial port, a PC/SC reader):
/// enough to fill a DeviceInfo in the settings screen.
struct DetectedDevice
{
    DeviceCategory category = DeviceCategory::ReceiptPrinter;
    QString backend;
    QString name;        ///< e.g. "EPSON TM-T20III (USB 04b8:0e28)"
    QVariantMap params;  ///< ready to put into DeviceInfo::params
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::DeviceCategory)
