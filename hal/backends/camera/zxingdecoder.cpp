#include "hal/backends/camera/zxingdecoder.h"

#include "hal/backends/camera/zxingformats.h"

#include <ZXing/ReadBarcode.h>

namespace qtill::hal {

QList<Symbology> ZxingDecoder::retailSymbologies()
{
    return {Symbology::Ean13, Symbology::Ean8, Symbology::UpcA, Symbology::UpcE, Symbology::Code128, Symbology::Qr};
}

ZxingDecoder::ZxingDecoder(QList<Symbology> symbologies) : m_symbologies(std::move(symbologies)) {}

QList<DecodedBarcode> ZxingDecoder::decode(const QImage &image) const
{
    QList<DecodedBarcode> out;
    if (image.isNull())
        return out;
    const QImage grey = image.format() == QImage::Format_Grayscale8 ? image
                                                                     : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::BarcodeFormats formats;
    for (const Symbology s : m_symbologies)
        formats |= ZxingFormats::toZxing(s);
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        const std::string text = r.text();
        out.append(DecodedBarcode{QString::fromUtf8(text.data(), qsizetype(text.size())),
                                  ZxingFormats::fromZxing(r.format())});
    }
    return out;
}

} // namespace qtill::hal
