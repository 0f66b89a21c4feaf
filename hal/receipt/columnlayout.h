#pragma once

#include "hal/receipt/paperprofile.h"
#include "hal/receipt/receiptdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::hal {

/// Lays text out in printer columns, shared by the ESC/POS encoder and the painter so that the paper
/// and the preview break lines in the same places.
///
/// Width rules: printable ASCII is one column; combining marks are zero; control characters are
/// dropped (a product name can never smuggle printer commands). With TextEncoding::Gb18030 (the
/// printer's Chinese mode) every other character is printed from the double-byte font and takes two
/// columns; with Latin1, East Asian Wide/Fullwidth characters take two and the rest one.
class ColumnLayout
{
public:
    explicit ColumnLayout(TextEncoding encoding = TextEncoding::Gb18030);

    /// Columns one code point takes.
    int charWidth(char32_t codePoint) const;
    /// Columns a text takes on one line.
    int width(QStringView text) const;
    /// The text with control characters removed (tabs become spaces).
    static QString sanitize(QStringView text);

    /// Breaks text into lines of at most `columns` (between words, and between any two CJK
    /// characters; a word longer than a line is split). Lines carry no trailing spaces. Explicit
    /// '\n' starts a new line. Never returns an empty list ("" gives one empty line).
    QStringList wrap(QStringView text, int columns) const;
    /// Pads (or truncates) text to exactly `columns` display columns.
    QString fit(QStringView text, int columns, Align align) const;
    /// The lines of a column row, at most `lineColumns` wide, trailing spaces trimmed. Cells are
    /// separated by one space; the cell with width 0 (else the last) takes the rest.
    QStringList layout(const ColumnsLine &row, int lineColumns) const;

    /// Columns available for a style (double width halves them).
    static int columnsFor(const PaperProfile &profile, const TextStyle &style);
    /// True for East Asian Wide and Fullwidth code points (CJK ideographs, kana, hangul, fullwidth forms).
    static bool isWide(char32_t codePoint);

private:
    TextEncoding m_encoding;
};

} // namespace qtill::hal
