#pragma once

#include "hal/scanner.h"

#include <QImage>
#include <QString>

namespace qtill::hal {

/// Barcode images with ZXing-C++ 1.4's MultiFormatWriter: the payment QR on the customer screen,
/// test images, the simulator. Black modules on white, 8-bit grey.
class ZxingEncoder
{
public:
    /// The symbol with `moduleSize` pixels per module and a quiet zone of `margin` modules
    /// (QR: 4 by the standard; linear codes: 10). Linear symbols are `barHeight` pixels tall.
    /// Null image when the text cannot be encoded in that symbology (e.g. letters in EAN-13, a
    /// wrong check digit).
    static QImage encode(const QString &text, Symbology symbology, int moduleSize = 4, int margin = -1,
                         int barHeight = 120);
};

} // namespace qtill::hal
