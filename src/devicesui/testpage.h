#pragma once

#include "hal/receipt/receiptdocument.h"

#include <QDateTime>
#include <QString>

namespace qtill::devicesui {

/// What the test page says about where it was printed.
struct TestPageInfo
{
    QString storeName;
    QString registerId;
    QString printerName;
    QString paper;     ///< "80mm" / "58mm"
    QDateTime printedAt;
};

/// A real receipt for "Print a test page": the store's name large, Chinese and English text, a
/// two-column block, an EAN-13 barcode, a QR code and a cut — everything a receipt will use, so a
/// wrong code page, paper width or cutter shows at once.
hal::ReceiptDocument testPage(const TestPageInfo &info);

} // namespace qtill::devicesui
