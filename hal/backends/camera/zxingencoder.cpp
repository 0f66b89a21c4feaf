#include "hal/backends/camera/zxingencoder.h"

#include "hal/backends/camera/zxingformats.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace qtill::hal {

QImage ZxingEncoder::encode(const QString &text, Symbology symbology, int moduleSize, int margin, int barHeight)
{
    const ZXing::BarcodeFormat format = ZxingFormats::toZxing(symbology);
    if (format == ZXing::BarcodeFormat::None || text.isEmpty() || moduleSize < 1)
        return {};
    const bool matrix = symbology == Symbology::Qr || symbology == Symbology::DataMatrix
        || symbology == Symbology::Pdf417;
    if (margin < 0)
        margin = matrix ? 4 : 10;
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (symbology == Symbology::Qr)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        // width/height 0: the symbol's natural size, one pixel per module.
        bits = writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &) {
        return {}; // ZXing throws on contents the symbology cannot carry
    }
    if (bits.width() <= 0 || bits.height() <= 0)
        return {};
    const int rows = matrix ? bits.height() : 1;
    const int width = (bits.width() + 2 * margin) * moduleSize;
    const int height = matrix ? (rows + 2 * margin) * moduleSize : barHeight + 2 * margin * moduleSize;
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < height; ++y) {
        const int my = y / moduleSize - margin;
        if (matrix && (my < 0 || my >= rows))
            continue;
        if (!matrix && (y < margin * moduleSize || y >= margin * moduleSize + barHeight))
            continue;
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const int mx = x / moduleSize - margin;
            if (mx >= 0 && mx < bits.width() && bits.get(mx, matrix ? my : 0))
                line[x] = 0;
        }
    }
    return image;
}

} // namespace qtill::hal
