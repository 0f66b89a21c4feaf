#pragma once

#include "hal/receipt/receiptdocument.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// Bytes for a two-line customer pole display (VFD/LCD, usually 2 × 20 characters).
///
/// Command sets:
/// - Cd5220 (the most common Chinese pole display; also "Aedex"-compatible units in CD5220 mode):
///   ESC @ initialise, FF clear, `ESC Q A <text> CR` upper line, `ESC Q B <text> CR` lower line,
///   `ESC s n` the price-only LED's indicator lamp (0 off, 1 price, 2 total, 3 collect, 4 change).
/// - EscPos (Epson DM-D and clones in ESC/POS mode): ESC @ initialise, FF clear, `US $ x y` move
///   the cursor (1-based), `US C 0` hide the cursor.
/// Chinese: displays with a GB2312/GB18030 font take `FS &` to enter Chinese mode (as printers do);
/// then text is GB18030 and CJK characters take two columns. Without it, anything outside printable
/// ASCII is shown as '?'. Lines are padded/truncated to exactly `columns` (never splitting a
/// double-width character), so an update overwrites the previous text without a flickering clear.
class PoleDisplayEncoder
{
public:
    enum class CommandSet { Cd5220, EscPos };
    /// The lamp under the digits of price-only LED displays.
    enum class PriceLabel { None = 0, Price = 1, Total = 2, Collect = 3, Change = 4 };

    struct Options
    {
        CommandSet commands = CommandSet::Cd5220;
        int columns = 20;
        bool chinese = false;
    };

    PoleDisplayEncoder() : PoleDisplayEncoder(Options{}) {}
    explicit PoleDisplayEncoder(Options options);

    const Options &options() const { return m_options; }

    /// Reset, Chinese mode when configured, cursor off (EscPos), clear.
    QByteArray initialize() const;
    QByteArray clear() const;
    /// Both lines, each fitted to the width (aligned as given).
    QByteArray showLines(const QString &line1, const QString &line2, Align align1 = Align::Left,
                         Align align2 = Align::Left) const;
    /// "Label ........ amount" on one line: the label left, the amount right, fitted to the width.
    QString labelled(const QString &label, const QString &amount) const;
    /// Price-only LED displays (CD5220 command set): lamp + digits (e.g. "35.00").
    QByteArray showPrice(PriceLabel label, const QString &amount) const;
    /// The text as the display's bytes (GB18030 in Chinese mode, else ASCII with '?').
    QByteArray encodeText(const QString &text) const;
    /// The text fitted to exactly `columns` display columns.
    QString fit(const QString &text, Align align = Align::Left) const;

private:
    Options m_options;
};

} // namespace qtill::hal
