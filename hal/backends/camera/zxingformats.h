#pragma once

#include "hal/scanner.h"

#include <ZXing/BarcodeFormat.h>

namespace qtill::hal {

/// Maps between the HAL's symbologies and ZXing's formats (only in .cpp files that use ZXing).
class ZxingFormats
{
public:
    static ZXing::BarcodeFormat toZxing(Symbology symbology);
    static Symbology fromZxing(ZXing::BarcodeFormat format);
};

} // namespace qtill::hal
