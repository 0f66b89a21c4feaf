#include "barcodesymbol.h"

#include "inventory/ean13.h"

#include <QCoreApplication>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace qtill::inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::inventory::BarcodeSymbol", text);
}

ZXing::BarcodeFormat formatOf(LabelSymbology symbology)
{
    switch (symbology) {
    case LabelSymbology::Ean13: return ZXing::BarcodeFormat::EAN13;
    case LabelSymbology::Ean8: return ZXing::BarcodeFormat::EAN8;
    case LabelSymbology::Qr: return ZXing::BarcodeFormat::QRCode;
    case LabelSymbology::Code128:
    case LabelSymbology::Auto: break;
    }
    return ZXing::BarcodeFormat::Code128;
}

} // namespace

LabelSymbology BarcodeSymbol::choose(const QString &text)
{
    if (Ean13::isValid(text))
        return LabelSymbology::Ean13;
    if (Ean13::isValidEan8(text))
        return LabelSymbology::Ean8;
    return LabelSymbology::Code128;
}

Result<BarcodeSymbol> BarcodeSymbol::encode(const QString &text, LabelSymbology symbology)
{
    if (symbology == LabelSymbology::Auto)
        symbology = choose(text);
    if (text.isEmpty())
        return Error::invalidInput(tr("There is no code to print as a barcode."));
    if ((symbology == LabelSymbology::Ean13 && !Ean13::isValid(text))
        || (symbology == LabelSymbology::Ean8 && !Ean13::isValidEan8(text))) {
        return Error::invalidInput(tr("%1 is not a valid EAN code (digits or check digit); print it as Code 128 instead.").arg(text));
    }
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(formatOf(symbology));
        writer.setMargin(0);
        if (symbology == LabelSymbology::Qr)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        bits = writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &e) {
        return Error::invalidInput(tr("The code %1 cannot be printed in this barcode type.").arg(text),
                                   QString::fromUtf8(e.what()));
    }
    if (bits.width() <= 0 || bits.height() <= 0)
        return Error::invalidInput(tr("The code %1 cannot be printed in this barcode type.").arg(text));
    BarcodeSymbol symbol;
    symbol.m_symbology = symbology;
    symbol.m_text = text;
    symbol.m_width = bits.width();
    symbol.m_height = symbology == LabelSymbology::Qr ? bits.height() : 1;
    symbol.m_bits.resize(qsizetype(symbol.m_width) * symbol.m_height);
    for (int y = 0; y < symbol.m_height; ++y) {
        for (int x = 0; x < symbol.m_width; ++x)
            symbol.m_bits[y * symbol.m_width + x] = bits.get(x, y) ? 1 : 0;
    }
    return symbol;
}

int BarcodeSymbol::quietZone() const
{
    switch (m_symbology) {
    case LabelSymbology::Ean13: return 11;
    case LabelSymbology::Ean8: return 7;
    case LabelSymbology::Qr: return 4;
    case LabelSymbology::Code128:
    case LabelSymbology::Auto: break;
    }
    return 10;
}

void BarcodeSymbol::paint(QPainter &painter, const QRectF &area) const
{
    if (m_width <= 0 || area.isEmpty())
        return;
    const int quiet = quietZone();
    const double columns = m_width + 2.0 * quiet;
    double module = area.width() / columns;
    double top = area.top();
    double moduleHeight = area.height();
    if (isMatrix()) {
        module = std::min(module, area.height() / (m_height + 2.0 * quiet));
        moduleHeight = module;
        top = area.top() + (area.height() - module * m_height) / 2;
    }
    const double left = area.left() + (area.width() - module * m_width) / 2;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_height; ++y) {
        // Runs of dark modules become one rectangle.
        for (int x = 0; x < m_width;) {
            if (!isSet(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_width && isSet(end, y))
                ++end;
            painter.drawRect(QRectF(left + x * module, top + y * moduleHeight, (end - x) * module,
                                    isMatrix() ? module : moduleHeight));
            x = end;
        }
    }
    painter.restore();
}

} // namespace qtill::inventory
