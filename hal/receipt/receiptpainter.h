#pragma once

#include "hal/receipt/paperprofile.h"
#include "hal/receipt/receiptdocument.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

class QPainter;

namespace qtill::hal {

/// Renders a ReceiptDocument the way the printer would: same line breaks (ColumnLayout), one dot per
/// pixel at 203 dpi (times `scale`), 12-dot columns, CJK two columns wide, in a monospace CJK font
/// (Noto Sans Mono CJK SC). Used for the on-screen preview, e-receipts (PNG/PDF) and the simulated
/// printer. Needs a QGuiApplication (fonts); works with the offscreen platform. Thread-safe for
/// QImage/PDF output.
class ReceiptPainter
{
public:
    explicit ReceiptPainter(PaperProfile profile);

    /// White paper, black ink; width = (dotsPerLine + 2 × kMarginDots) × scale.
    QImage render(const ReceiptDocument &receipt, int scale = 1) const;
    bool savePng(const ReceiptDocument &receipt, const QString &path, int scale = 1) const;
    /// A PDF page as wide as the paper (58/80 mm) and as long as the receipt.
    QByteArray pdf(const ReceiptDocument &receipt) const;
    bool savePdf(const ReceiptDocument &receipt, const QString &path) const;

    /// The font family used: pickFontFamily() of this machine's fonts.
    static QString fontFamily();
    /// The family to paint with, given the `installed` families: "Noto Sans Mono CJK SC" (the grid of
    /// the printer's font, CJK included) when there, else `fallback` (the system's fixed-pitch font).
    static QString pickFontFamily(const QStringList &installed, const QString &fallback);

    static constexpr int kMarginDots = 16;
    static constexpr int kLineDots = 30;   ///< one text line: 24-dot characters + spacing
    static constexpr int kDotsPerInch = 203;

private:
    /// Paints at dot scale (painter may be null to measure); returns the height in dots.
    int paint(QPainter *painter, const ReceiptDocument &receipt) const;

    PaperProfile m_profile;
};

} // namespace qtill::hal
