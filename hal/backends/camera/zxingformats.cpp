#include "hal/backends/camera/zxingformats.h"

namespace qtill::hal {

ZXing::BarcodeFormat ZxingFormats::toZxing(Symbology symbology)
{
    using F = ZXing::BarcodeFormat;
    switch (symbology) {
    case Symbology::Ean13: return F::EAN13;
    case Symbology::Ean8: return F::EAN8;
    case Symbology::UpcA: return F::UPCA;
    case Symbology::UpcE: return F::UPCE;
    case Symbology::Code128: return F::Code128;
    case Symbology::Code39: return F::Code39;
    case Symbology::Itf: return F::ITF;
    case Symbology::Qr: return F::QRCode;
    case Symbology::DataMatrix: return F::DataMatrix;
    case Symbology::Pdf417: return F::PDF417;
    case Symbology::Unknown: break;
    }
    return F::None;
}

Symbology ZxingFormats::fromZxing(ZXing::BarcodeFormat format)
{
    using F = ZXing::BarcodeFormat;
    switch (format) {
    case F::EAN13: return Symbology::Ean13;
    case F::EAN8: return Symbology::Ean8;
    case F::UPCA: return Symbology::UpcA;
    case F::UPCE: return Symbology::UpcE;
    case F::Code128: return Symbology::Code128;
    case F::Code39: return Symbology::Code39;
    case F::ITF: return Symbology::Itf;
    case F::QRCode: return Symbology::Qr;
    case F::DataMatrix: return Symbology::DataMatrix;
    case F::PDF417: return Symbology::Pdf417;
    default: break;
    }
    return Symbology::Unknown;
}

} // namespace qtill::hal
