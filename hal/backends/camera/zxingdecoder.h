#pragma once

#include "hal/scanner.h"

#include <QImage>
#include <QList>
#include <QString>

namespace qtill::hal {

/// One barcode found in an image.
struct DecodedBarcode
{
    QString text;
    Symbology symbology = Symbology::Unknown;
};

/// Barcode decoding with ZXing-C++ 1.4 (ZXing::ReadBarcodes on a luminance ImageView). By default
/// it looks for the retail symbologies: EAN-13, EAN-8, UPC-A, UPC-E, Code 128 and QR (plus Code 39,
/// ITF, DataMatrix and PDF417 when asked), trying harder and rotated images.
class ZxingDecoder
{
public:
    static QList<Symbology> retailSymbologies();

    explicit ZxingDecoder(QList<Symbology> symbologies = retailSymbologies());

    /// Every barcode in the image (any QImage format; converted to 8-bit grey first).
    QList<DecodedBarcode> decode(const QImage &image) const;

private:
    QList<Symbology> m_symbologies;
};

} // namespace qtill::hal
