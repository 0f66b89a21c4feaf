#include "hal/receipt/receiptpainter.h"

#include "hal/receipt/barcodedata.h"
#include "hal/receipt/columnlayout.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <stdexcept>

namespace qtill::hal {

namespace {

constexpr int kCharDots = 24; // glyph height; a column is 12 dots
constexpr int kLineDots = ReceiptPainter::kLineDots;

/// Modules of a barcode (true = bar), or empty when ZXing cannot encode it.
ZXing::BitMatrix encodeSymbol(ZXing::BarcodeFormat format, const std::string &text, int eccLevel = -1)
{
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (eccLevel >= 0) {
            writer.setEccLevel(eccLevel);
        }
        return writer.encode(text, 0, 0);
    } catch (const std::exception &) {
        return {};
    }
}

int alignedX(Align align, int width, int lineDots)
{
    switch (align) {
    case Align::Left:
        return 0;
    case Align::Center:
        return std::max(0, (lineDots - width) / 2);
    case Align::Right:
        return std::max(0, lineDots - width);
    }
    return 0;
}

class Painter
{
public:
    Painter(QPainter *painter, const PaperProfile &profile)
        : m_painter(painter)
        , m_profile(profile)
        , m_layout(profile.encoding)
        , m_column(profile.dotsPerColumn())
    {
    }

    int height() const { return m_y; }

    void textLine(const QString &line, const TextStyle &style)
    {
        const int sx = style.doubleWidth ? 2 : 1;
        const int sy = style.doubleHeight ? 2 : 1;
        const int width = m_layout.width(line) * m_column * sx;
        int x = alignedX(style.align, width, m_profile.dotsPerLine);
        if (m_painter) {
            QFont font(ReceiptPainter::fontFamily());
            font.setPixelSize(kCharDots);
            font.setBold(style.bold);
            font.setStyleHint(QFont::Monospace);
            m_painter->setFont(font);
            const QFontMetrics metrics(font);
            // Each character in its own cell, as the printer's font grid does.
            for (qsizetype i = 0; i < line.size(); ++i) {
                qsizetype length = line[i].isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
                while (i + length < line.size() && line[i + length].category() == QChar::Mark_NonSpacing) {
                    ++length;
                }
                const QString cell = line.mid(i, length);
                const char32_t code = length >= 2 && line[i].isHighSurrogate() ? QChar::surrogateToUcs4(line[i], line[i + 1])
                                                                                 : line[i].unicode();
                const int cellDots = m_layout.charWidth(code) * m_column;
                m_painter->save();
                m_painter->translate(x, m_y);
                m_painter->scale(sx, sy);
                const QRect box(0, 0, cellDots, kCharDots);
                m_painter->drawText(box, Qt::AlignCenter | Qt::TextDontClip, cell);
                m_painter->restore();
                x += cellDots * sx;
                i += length - 1;
            }
        }
        m_y += kLineDots * sy;
    }

    void operator()(const TextLine &element)
    {
        for (const QString &line : m_layout.wrap(element.text, ColumnLayout::columnsFor(m_profile, element.style))) {
            textLine(line, element.style);
        }
    }
    void operator()(const ColumnsLine &element)
    {
        TextStyle style = element.style;
        style.align = Align::Left;
        for (const QString &line : m_layout.layout(element, ColumnLayout::columnsFor(m_profile, style))) {
            textLine(line, style);
        }
    }
    void operator()(const Separator &element)
    {
        const QString one(element.character);
        textLine(one.repeated(m_profile.columns / std::max(m_layout.width(one), 1)), TextStyle{});
    }
    void operator()(const Feed &element) { m_y += kLineDots * std::max(element.lines, 0); }
    void operator()(const Barcode &element)
    {
        if (!BarcodeData::validate(element).isEmpty()) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        const bool ean = element.type == BarcodeType::Ean13;
        const std::string text = ean ? BarcodeData::ean13Full(element.data).toStdString() : element.data.toStdString();
        const ZXing::BitMatrix modules = encodeSymbol(ean ? ZXing::BarcodeFormat::EAN13 : ZXing::BarcodeFormat::Code128, text);
        if (modules.width() == 0) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        const int width = modules.width() * element.moduleWidth;
        const int x = alignedX(element.align, width, m_profile.dotsPerLine);
        if (m_painter) {
            for (int m = 0; m < modules.width(); ++m) {
                if (modules.get(m, modules.height() / 2)) {
                    m_painter->fillRect(x + m * element.moduleWidth, m_y, element.moduleWidth, element.heightDots,
                                        Qt::black);
                }
            }
        }
        m_y += element.heightDots;
        if (element.humanReadable) {
            textLine(QString::fromStdString(text), TextStyle{false, false, false, element.align});
        }
    }
    void operator()(const QrCode &element)
    {
        if (!BarcodeData::validate(element).isEmpty()) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        static const int levels[] = {1, 3, 5, 7}; // ZXing 0..8 scale for L, M, Q, H
        const ZXing::BitMatrix modules
            = encodeSymbol(ZXing::BarcodeFormat::QRCode, element.data.toStdString(), levels[int(element.errorLevel)]);
        if (modules.width() == 0) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        const int size = element.moduleSize;
        const int width = modules.width() * size;
        const int x = alignedX(element.align, width, m_profile.dotsPerLine);
        m_y += 2 * size; // quiet zone
        if (m_painter) {
            for (int row = 0; row < modules.height(); ++row) {
                for (int col = 0; col < modules.width(); ++col) {
                    if (modules.get(col, row)) {
                        m_painter->fillRect(x + col * size, m_y + row * size, size, size, Qt::black);
                    }
                }
            }
        }
        m_y += modules.height() * size + 2 * size + kLineDots; // quiet zone and the line feed after it
    }
    void operator()(const Cut &element)
    {
        m_y += kLineDots * std::max(element.feedLines, 0);
        if (m_painter) {
            QPen pen(Qt::gray, 2, element.type == CutType::Full ? Qt::SolidLine : Qt::DashLine);
            m_painter->setPen(pen);
            m_painter->drawLine(-ReceiptPainter::kMarginDots, m_y + 8, m_profile.dotsPerLine + ReceiptPainter::kMarginDots,
                                m_y + 8);
            m_painter->setPen(Qt::black);
        }
        m_y += 16;
    }
    void operator()(const DrawerKick &) {}
    void operator()(const Logo &element)
    {
        if (element.image.isNull()) {
            return;
        }
        QImage image = element.image.width() > m_profile.dotsPerLine
                           ? element.image.scaledToWidth(m_profile.dotsPerLine, Qt::SmoothTransformation)
                           : element.image;
        // What the printer prints: black and white dots.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QPainter p(&flat);
            p.drawImage(0, 0, image);
        }
        const QImage mono = flat.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::DiffuseDither);
        if (m_painter) {
            m_painter->drawImage(alignedX(element.align, mono.width(), m_profile.dotsPerLine), m_y, mono);
        }
        m_y += mono.height();
    }

private:
    QPainter *m_painter;
    const PaperProfile &m_profile;
    ColumnLayout m_layout;
    int m_column;
    int m_y = 0;
};

} // namespace

ReceiptPainter::ReceiptPainter(PaperProfile profile)
    : m_profile(std::move(profile))
{
}

QString ReceiptPainter::fontFamily()
{
    static const QString family =
        pickFontFamily(QFontDatabase::families(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    return family;
}

QString ReceiptPainter::pickFontFamily(const QStringList &installed, const QString &fallback)
{
    const QString preferred = QStringLiteral("Noto Sans Mono CJK SC");
    return installed.contains(preferred) ? preferred : fallback;
}

int ReceiptPainter::paint(QPainter *painter, const ReceiptDocument &receipt) const
{
    Painter visitor(painter, m_profile);
    for (const ReceiptElement &element : receipt.elements()) {
        std::visit(visitor, element);
    }
    return visitor.height();
}

QImage ReceiptPainter::render(const ReceiptDocument &receipt, int scale) const
{
    scale = std::clamp(scale, 1, 8);
    const int height = paint(nullptr, receipt) + 2 * kMarginDots;
    const int width = m_profile.dotsPerLine + 2 * kMarginDots;
    QImage image(width * scale, height * scale, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kDotsPerInch * scale / 0.0254));
    image.setDotsPerMeterY(int(kDotsPerInch * scale / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(kMarginDots, kMarginDots);
    painter.setPen(Qt::black);
    paint(&painter, receipt);
    return image;
}

bool ReceiptPainter::savePng(const ReceiptDocument &receipt, const QString &path, int scale) const
{
    return render(receipt, scale).save(path, "PNG");
}

QByteArray ReceiptPainter::pdf(const ReceiptDocument &receipt) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const int heightDots = paint(nullptr, receipt) + 2 * kMarginDots;
    const int widthDots = m_profile.dotsPerLine + 2 * kMarginDots;
    const QSizeF pageMm(m_profile.paperWidthMm, heightDots * 25.4 / kDotsPerInch);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDotsPerInch);
    writer.setPageSize(QPageSize(pageMm, QPageSize::Millimeter, QStringLiteral("Receipt"), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("Receipt"));
    writer.setCreator(QStringLiteral("Qtill"));
    QPainter painter(&writer);
    // Center the printable width on the paper.
    const double paperDots = m_profile.paperWidthMm / 25.4 * kDotsPerInch;
    painter.translate((paperDots - widthDots) / 2 + kMarginDots, kMarginDots);
    painter.setPen(Qt::black);
    paint(&painter, receipt);
    painter.end();
    return bytes;
}

bool ReceiptPainter::savePdf(const ReceiptDocument &receipt, const QString &path) const
{
    QFile file(path);
    const QByteArray bytes = pdf(receipt);
    return !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace qtill::hal
