#pragma once

#include "hal/receipt/receiptdocument.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// Checks and prepares barcode contents, shared by the ESC/POS encoder and the painter.
class BarcodeData
{
public:
    /// Empty when the barcode can be printed, else a cashier-readable reason.
    static QString validate(const Barcode &barcode);
    /// Empty when the QR code can be printed, else a reason (too long, empty).
    static QString validate(const QrCode &qr);

    /// The EAN-13 check digit for 12 digits, or -1 if the input is not 12 digits.
    static int ean13CheckDigit(QStringView twelveDigits);
    /// 12 digits → 13 with the check digit; 13 digits returned as they are. Call validate() first.
    static QString ean13Full(QStringView digits);

    /// Code 128 data for ESC/POS GS k 73: code set selectors ("{B", "{C") followed by the data; runs
    /// of four or more digits are packed two per byte in code set C, the rest goes in code set B
    /// ('{' is escaped as "{{"). Call validate() first.
    static QByteArray code128EscPos(QStringView text);

    /// Longest QR payload accepted (bytes, UTF-8), well within model 2 version 40 at level L.
    static constexpr int kMaxQrBytes = 2000;
};

} // namespace qtill::hal
