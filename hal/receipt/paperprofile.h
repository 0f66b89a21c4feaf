#pragma once

#include <QString>

namespace qtill::hal {

/// How text bytes reach the printer.
enum class TextEncoding {
    Gb18030, ///< the printer's Chinese mode (FS &): ASCII single-byte, everything else GB18030 double-width
    Latin1,  ///< single-byte code page; characters outside it print as '?'
};

/// A paper width and what fits on one line in the printer's standard font (Font A, 12×24 dots;
/// CJK glyphs 24×24, two columns).
struct PaperProfile
{
    QString key;            ///< "58mm" / "80mm"
    int paperWidthMm = 80;
    int columns = 48;       ///< Font A characters per line
    int dotsPerLine = 576;  ///< printable width in dots at 203 dpi
    TextEncoding encoding = TextEncoding::Gb18030;

    /// 58 mm paper: 32 columns, 384 dots.
    static PaperProfile mm58();
    /// 80 mm paper: 48 columns, 576 dots.
    static PaperProfile mm80();
    /// "58mm"/"58" or "80mm"/"80"; anything else gives 80 mm.
    static PaperProfile fromKey(const QString &key);

    /// Dots per character column (12 for both standard profiles).
    int dotsPerColumn() const { return dotsPerLine / columns; }
};

} // namespace qtill::hal
