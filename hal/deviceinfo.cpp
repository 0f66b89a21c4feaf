#include "hal/deviceinfo.h"

#include <QCoreApplication>

namespace qtill::hal {

QString categoryName(DeviceCategory category)
{
    const char *context = "qtill::hal::Device";
    switch (category) {
    case DeviceCategory::Scanner:
        return QCoreApplication::translate(context, "barcode scanner");
    case DeviceCategory::ReceiptPrinter:
        return QCoreApplication::translate(context, "receipt printer");
    case DeviceCategory::CashDrawer:
        return QCoreApplication::translate(context, "cash drawer");
    case DeviceCategory::CardReader:
        return QCoreApplication::translate(context, "card reader");
    case DeviceCategory::NfcReader:
        return QCoreApplication::translate(context, "member card reader");
    case DeviceCategory::Scale:
        return QCoreApplication::translate(context, "scale");
    case DeviceCategory::CustomerDisplay:
        return QCoreApplication::translate(context, "customer display");
    case DeviceCategory::PaymentTerminal:
        return QCoreApplication::translate(context, "payment terminal");
    }
    return {};
}

QString categoryKey(DeviceCategory category)
{
    switch (category) {
    case DeviceCategory::Scanner:
        return QStringLiteral("scanner");
    case DeviceCategory::ReceiptPrinter:
        return QStringLiteral("receipt-printer");
    case DeviceCategory::CashDrawer:
        return QStringLiteral("cash-drawer");
    case DeviceCategory::CardReader:
        return QStringLiteral("card-reader");
    case DeviceCategory::NfcReader:
        return QStringLiteral("nfc-reader");
    case DeviceCategory::Scale:
        return QStringLiteral("scale");
    case DeviceCategory::CustomerDisplay:
        return QStringLiteral("customer-display");
    case DeviceCategory::PaymentTerminal:
        return QStringLiteral("payment-terminal");
    }
    return {};
}

} // namespace qtill::hal
