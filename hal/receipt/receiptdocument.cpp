#include "hal/receipt/receiptdocument.h"

namespace qtill::hal {

ReceiptDocument &ReceiptDocument::add(ReceiptElement element)
{
    m_elements.append(std::move(element));
    return *this;
}

ReceiptDocument &ReceiptDocument::text(const QString &text, TextStyle style)
{
    return add(TextLine{text, style});
}

ReceiptDocument &ReceiptDocument::columns(const QString &left, const QString &right, TextStyle style)
{
    // The right cell takes what it needs; the width is resolved at layout time (-1 = fit content).
    return add(ColumnsLine{{Column{left, 0, Align::Left}, Column{right, -1, Align::Right}}, style});
}

ReceiptDocument &ReceiptDocument::columns(QList<Column> columns, TextStyle style)
{
    return add(ColumnsLine{std::move(columns), style});
}

ReceiptDocument &ReceiptDocument::separator(QChar character)
{
    return add(Separator{character});
}

ReceiptDocument &ReceiptDocument::feed(int lines)
{
    return add(Feed{lines});
}

ReceiptDocument &ReceiptDocument::barcode(BarcodeType type, const QString &data)
{
    Barcode code;
    code.type = type;
    code.data = data;
    return add(code);
}

ReceiptDocument &ReceiptDocument::qrCode(const QString &data, int moduleSize, QrErrorLevel level)
{
    QrCode code;
    code.data = data;
    code.moduleSize = moduleSize;
    code.errorLevel = level;
    return add(code);
}

ReceiptDocument &ReceiptDocument::cut(CutType type, int feedLines)
{
    return add(Cut{type, feedLines});
}

ReceiptDocument &ReceiptDocument::kickDrawer(DrawerPin pin)
{
    DrawerKick kick;
    kick.pin = pin;
    return add(kick);
}

ReceiptDocument &ReceiptDocument::logo(const QImage &image, Align align)
{
    return add(Logo{image, align});
}

bool ReceiptDocument::needsMultibyte() const
{
    const auto nonAscii = [](const QString &text) {
        for (QChar c : text) {
            if (c.unicode() >= 0x80) {
                return true;
            }
        }
        return false;
    };
    for (const ReceiptElement &element : m_elements) {
        if (const auto *line = std::get_if<TextLine>(&element); line && nonAscii(line->text)) {
            return true;
        }
        if (const auto *row = std::get_if<ColumnsLine>(&element)) {
            for (const Column &column : row->columns) {
                if (nonAscii(column.text)) {
                    return true;
                }
            }
        }
        if (const auto *sep = std::get_if<Separator>(&element); sep && sep->character.unicode() >= 0x80) {
            return true;
        }
    }
    return false;
}

} // namespace qtill::hal
