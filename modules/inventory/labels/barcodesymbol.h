#pragma once

#include "core/result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace qtill::inventory {

/// The symbologies labels print.
enum class LabelSymbology {
    Auto,       ///< EAN-13 / EAN-8 for a valid GTIN of that length, otherwise Code 128
    Ean13,
    Ean8,
    Code128,
    Qr,
};

/// A barcode as modules (bars or squares), made with ZXing-C++'s MultiFormatWriter and painted as
/// filled rectangles, so it stays sharp in a PDF and on any printer resolution.
class BarcodeSymbol
{
public:
    /// Encodes `text`. InvalidInput when the symbology cannot carry it (letters in an EAN-13, a wrong
    /// check digit, an empty text). Auto picks by BarcodeSymbol::choose().
    static Result<BarcodeSymbol> encode(const QString &text, LabelSymbology symbology = LabelSymbology::Auto);

    /// EAN-13 for a valid 13-digit GTIN, EAN-8 for a valid 8-digit one, Code 128 for anything else.
    static LabelSymbology choose(const QString &text);

    LabelSymbology symbology() const { return m_symbology; }
    const QString &text() const { return m_text; }
    bool isMatrix() const { return m_symbology == LabelSymbology::Qr; }
    /// Modules across (and down, for QR; 1 for linear codes).
    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isSet(int x, int y) const { return m_bits.at(y * m_width + x) != 0; }

    /// The quiet zone in modules the standard asks for on each side (EAN 11/7, Code 128 10, QR 4).
    int quietZone() const;

    /// Paints the symbol centred in `area` (device units), keeping the quiet zone clear inside it and,
    /// for QR, square modules. Black on white; the area is not filled.
    void paint(QPainter &painter, const QRectF &area) const;

private:
    LabelSymbology m_symbology = LabelSymbology::Code128;
    QString m_text;
    int m_width = 0;
    int m_height = 0;
    QList<quint8> m_bits;
};

} // namespace qtill::inventory
